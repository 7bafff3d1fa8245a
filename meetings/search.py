"""Text preparation for PostgreSQL full-text search.

Stored search columns and incoming queries both pass through ``search_normalize``;
PostgreSQL then applies its ``arabic`` Snowball stemmer (SEARCH_CONFIG).
"""

import re

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
