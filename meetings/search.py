"""Text preparation for PostgreSQL full-text search.

Stored search columns and incoming queries both pass through ``search_normalize``;
PostgreSQL then applies its ``arabic`` Snowball stemmer (SEARCH_CONFIG).
"""

import re
from dataclasses import dataclass

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import normalize_alef_maksura_ar, normalize_unicode

# PostgreSQL's Snowball Arabic configuration; one constant so vectors and queries agree.
SEARCH_CONFIG = "arabic"

# The Snowball stemmer removes the article and the prepositions fused with it (ال، بال،
# كال، لل) but not the conjunctions و/ف in front of them: it keeps 'والمهاجر' apart from
# 'مهاجر' (المهاجرين). Dropping the conjunction first leaves a form the stemmer handles.
# Two letters must follow ال so short words such as والي or فالح are left alone.
_CONJUNCTION_BEFORE_ARTICLE = re.compile(r"(?<!\w)[وف](?=ال\w\w)")
# A doubled و is a conjunction in front of a word that starts with و (ووزير = و + وزير).
_CONJUNCTION_BEFORE_WAW = re.compile(r"(?<!\w)و(?=و\w\w)")
_TATWEEL = re.compile("\u0640")


def search_normalize(text: str) -> str:
    """Normalise text for the search index and for queries alike.

    Unicode forms, diacritics and tatweel go, and alef maksura becomes ya (the stemmer
    reads مصطفى and مصطفي differently). Hamza forms of alef and teh marbuta are left to
    the stemmer, which folds them itself; folding ة to ه first would stop it from
    removing the ending (الشرعية and الشرعي share a stem, الشرعيه does not), and the
    text shown in search snippets stays as written. Then the conjunctions و/ف the
    stemmer keeps are dropped. Query syntax (quotes, ``or``, a leading ``-``) passes
    through unchanged.
    """
    text = normalize_alef_maksura_ar(dediac_ar(normalize_unicode(text or "")))
    text = _TATWEEL.sub("", text)
    text = _CONJUNCTION_BEFORE_ARTICLE.sub("", text)
    return _CONJUNCTION_BEFORE_WAW.sub("", text)


# Snowball takes the و at the start of a word for the conjunction and removes it when
# enough is left, but not after the article (or another prefix it removes): وزير is
# stemmed to زير and الوزير, بالوزير to وزير, so a search for وزير missed every
# article form. Stored text keeps the words as written (snippets show them); instead
# a query word starting with و also matches its form with the article. Not the other
# way round: the stem of a bare و-word is shared with words that never had a و (وزارة
# and زار, "visited", are both زار), so الوزارة stays as precise as it was.
_BARE_WAW_WORD = re.compile(r"(?<![^\W\d_])و[^\W\d_]{3,}")


def article_forms(query: str) -> list[tuple[str, str]]:
    """(word, the word with the article) for each word of the normalised ``query``
    that starts with و."""
    return sorted({(word, "ال" + word) for word in _BARE_WAW_WORD.findall(query)})


# SearchHeadline marks matches with these private-use characters rather than with HTML:
# the snippet is escaped as a whole and only then are they turned into <mark>, so
# article text can never bring its own markup (see the ``highlight`` template filter).
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_STOP = "\ue001"


# Exact (unstemmed) matching. The stemmer folds a nisba onto its place (الطرابلسي and
# طرابلس share the stem طرابلس), so a person's family name found every meeting held
# in the city. Names, offices and places are therefore also kept unstemmed
# (Meeting.exact_vector, PostgreSQL's ``simple`` configuration), with the spelling
# differences the stemmer would have ironed out folded first, the same way in the
# stored text and in queries.
EXACT_CONFIG = "simple"
EXACT_FOLD_FROM = "أإآٱة"
EXACT_FOLD_TO = "ااااه"
_EXACT_FOLD = str.maketrans(EXACT_FOLD_FROM, EXACT_FOLD_TO)
# Between two names (or offices, places) in the stored entities and names: tatweel
# alone is a word to PostgreSQL's parser, so it takes a position and a phrase never
# runs from one name into the next; queries never hold it (``search_normalize``
# removes it).
NAME_SEPARATOR = " \u0640 "


def exact_fold(text: str) -> str:
    return text.translate(_EXACT_FOLD)


_TOKEN = re.compile(r'-?"[^"]*"?|\S+')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class ParsedQuery:
    """A normalised web-search query, as the archive reads it.

    ``text`` is the whole query, for ranking and snippets; ``phrases`` are its quoted
    phrases (not negated), which must be found as written; ``runs`` are the candidate
    name runs: every run of consecutive plain words (neither quoted nor negated),
    longest first, which may be (part of) someone's name; none in a query with ``or``.
    """

    text: str
    phrases: tuple[str, ...] = ()
    runs: tuple[str, ...] = ()

    @property
    def words(self) -> list[str]:
        """The words the query asks for: not those after a minus, nor "or"."""
        return [
            word
            for token in _TOKEN.findall(self.text)
            if not token.startswith("-") and token.lower() != "or"
            for word in _WORD.findall(token)
        ]

    def split_names(self, known: set[str]) -> tuple[list[str], str]:
        """The runs to search as names, and the query left for the stemmed search.

        Of the candidate runs those ``known`` (found in someone's name) are taken, the
        longest first and none overlapping another; what is left is the query without
        them and without the quoted phrases (both are searched on their own).
        """
        tokens = _TOKEN.findall(self.text)
        names: list[str] = []
        taken: set[int] = set()
        for run in self.runs:
            if run not in known:
                continue
            words = run.split()
            for start in range(len(tokens) - len(words) + 1):
                span = set(range(start, start + len(words)))
                if tokens[start : start + len(words)] == words and span.isdisjoint(taken):
                    names.append(run)
                    taken |= span
                    break
        rest = [
            token
            for index, token in enumerate(tokens)
            if index not in taken and not token.startswith('"')
        ]
        return names, " ".join(rest)


# Runs longer than this are not names; the limit also bounds the candidates looked up.
MAX_NAME_WORDS = 5


def parse_query(text: str) -> ParsedQuery | None:
    """Read a query (web-search syntax) the way the archive searches it; None when
    nothing is left to search for."""
    text = search_normalize(text).strip()
    if not _WORD.search(text):
        return None
    tokens = _TOKEN.findall(text)
    phrases = tuple(
        " ".join(_WORD.findall(token))
        for token in tokens
        if token.startswith('"') and _WORD.search(token)
    )
    # With "or" the query is a choice between parts; taking words out of one part
    # would change what the choice is between, so it is searched as written.
    segments: list[list[str]] = [[]]
    for token in tokens if not any(token.lower() == "or" for token in tokens) else ():
        if _WORD.fullmatch(token):
            segments[-1].append(token)
        elif segments[-1]:
            segments.append([])
    runs = [
        " ".join(words[start : start + size])
        for words in segments
        for size in range(min(len(words), MAX_NAME_WORDS), 0, -1)
        for start in range(len(words) - size + 1)
    ]
    return ParsedQuery(text=text, phrases=phrases, runs=tuple(dict.fromkeys(runs)))
