"""The story, its sentences and its dateline.

`read_story` adds the date the article states (else the one it was given), its
paragraphs without the page around them (see `text`) and its title; `split_sentences`
the story's sentences with their tokens; `find_dateline` the state and city of the
dateline the story opens with ("القاهرة - أ ش أ", "عمان (بترا)") and, for the opening
sentences, where their own text starts after it.
"""

import re

from .document import Document, Sentence
from .lexicon import Lexicon
from .phrases import match_phrase
from .published import find_published_date, find_published_month
from .text import paragraphs, sentences
from .tokens import Token, in_any, tokenize
from .words import written

_DATELINE_WORDS = 3
_DATELINE_ENDS = frozenset({"-", "--", "–", "—", "/", ")"})
_DATELINE_MAX = 15
_DATELINE_SENTENCES = 3  # an agency's name may come first: "وكالة الأنباء الأردنية (بترا)"
# States named like their capital: a dateline naming one names the city ("الجزائر/
# فلان/ الأناضول", "الكويت - 5 - 3 (كونا)").
_NAMED_FOR_THEIR_CAPITAL = frozenset({"DZ", "TN", "KW", "DJ"})
# A line of its own that names the city beside the outlet or its writer ("الخرطوم –
# النهار", "منبر الشمال | الرباط"), among the lines above the story's first paragraph.
_CITY_LINE_SEPARATORS = frozenset({"-", "–", "—", "|", "/"})
# A separator written against its words ("دمشق-سانا", "المدى/بغداد"), set apart.
_JOINED_SEPARATOR = re.compile(r"([-–—|/])")
_CITY_LINE_WORDS = 6
_CITY_LINE_PARAGRAPHS = 6
_BODY_WORDS = 12


def read_story(doc: Document) -> None:
    doc.published = find_published_date(doc.text) or doc.published
    doc.published_month = find_published_month(doc.text)
    doc.story = paragraphs(doc.text)
    if doc.story and doc.story[0].heading:
        doc.title = doc.story[0].text


def split_sentences(doc: Document) -> None:
    for paragraph in doc.story:
        if paragraph.heading:
            continue
        for text in sentences(paragraph.text):
            tokens = tokenize(text)
            doc.sentences.append(Sentence(text, " ".join(t.norm for t in tokens), tokens))


def find_dateline(doc: Document) -> None:
    story = doc.story
    if story:
        doc.dateline = _dateline(doc, tokenize(story[0].text))
    for paragraph in story[1:_DATELINE_SENTENCES]:
        # below an agency's name: "وكالة الأنباء القطرية" / "الدوحة في 22 مايو /قنا/"
        if doc.dateline is not None or not paragraph.heading:
            break
        tokens = tokenize(paragraph.text)
        if len(tokens) <= _DATELINE_MAX and _dateline_end(doc.lex, tokens):
            doc.dateline = _dateline(doc, tokens)
    # The body's first paragraph; a line of a few words ("آخر تحديث:") is page furniture.
    body = next((p for p in story if not p.heading and len(p.text.split()) > 3), None)
    if doc.dateline_city is None and body is not None:
        # below a site name: "الكويت - 5 - 3 (كونا) -- استقبل ..."; or below a headline
        # that opens with a state ("العراق وتركيا يؤكدان ..." / "بغداد/ ... استقبل"):
        # the body's city is the dateline.
        tokens = tokenize(body.text)
        filed_from = _correspondent_line(doc.lex, tokens)
        if filed_from is not None:
            # "مهند سليمان من المنامة: قال ...": the city the correspondent filed from
            start, length, _ = filed_from
            cores = [t.core for t in tokens[start : start + length]]
            doc.dateline = match_phrase(cores, 0, doc.lex.cities, length)[1]
            doc.dateline_city = written(tokens[start : start + length])
        elif _dateline_end(doc.lex, tokens):
            found = _dateline(doc, tokens)
            if doc.dateline is None or doc.dateline_city is not None:
                doc.dateline = found
    if doc.dateline_city is None:
        # "المدى/بغداد": a city after the outlet on a line of its own
        _find_city_line(doc)
    for sentence in doc.sentences[:_DATELINE_SENTENCES]:
        sentence.body_start = _dateline_end(doc.lex, sentence.tokens)


def _find_city_line(doc: Document) -> None:
    """The dateline written on a line of its own above the story, the city on one side
    of a dash or bar and the outlet or the writer on the other."""
    for paragraph in doc.story[:_CITY_LINE_PARAGRAPHS]:
        words = paragraph.text.split()
        if len(words) > _BODY_WORDS and not paragraph.heading:
            return
        if len(words) > _CITY_LINE_WORDS:
            continue
        text = _JOINED_SEPARATOR.sub(r" \1 ", paragraph.text)
        tokens = [t for t in tokenize(text) if t.norm != ":"]
        cut = next((k for k, t in enumerate(tokens) if t.norm in _CITY_LINE_SEPARATORS), None)
        if cut is None:
            continue
        before, after = tokens[:cut], tokens[cut + 1 :]
        if not before or not after:
            continue
        for side in (before, after):
            code = _whole_city(doc.lex, [t.core for t in side])
            if code:
                doc.dateline, doc.dateline_city = code, written(side)
                return


def _whole_city(lex: Lexicon, cores: list[str]) -> str | None:
    """The state of a city (or a state named like its capital) written whole by `cores`."""
    for table in (lex.cities, lex.country_names):
        length, code = match_phrase(cores, 0, table, lex.max_phrase)
        if length and length == len(cores):
            if table is lex.cities or code in _NAMED_FOR_THEIR_CAPITAL:
                return code
    return None


def _dateline(doc: Document, tokens: list[Token]) -> str | None:
    """The state of the city an article opens with ("القاهرة - أ ش أ", "عمان (بترا)")."""
    cores = [t.core for t in tokens[:_DATELINE_WORDS]]
    for k in range(len(cores)):
        for table in (doc.lex.cities, doc.lex.country_names):
            length, code = match_phrase(cores, k, table, doc.lex.max_phrase)
            if length and k == 0 and _outlet_of_today(tokens, length):
                return None
            if length:
                if k == 0 and (table is doc.lex.cities or code in _NAMED_FOR_THEIR_CAPITAL):
                    doc.dateline_city = written(tokens[:length])
                return code
    return None


def _outlet_of_today(tokens: list[Token], length: int) -> bool:
    """Is the city or state at the line's start an outlet's name with "اليوم" ("الدار
    البيضاء اليوم -", "بغداد اليوم"), and the line nothing more? A dateline's "today"
    follows its dash ("القاهرة - اليوم")."""
    rest = [t.norm for t in tokens[length:]]
    return rest[:1] == ["اليوم"] and all(word in _DATELINE_ENDS for word in rest[1:])


# How many words a correspondent's name before "من" and his city may have.
_CORRESPONDENT_WORDS = 4
_CORRESPONDENT_ENDS = frozenset({":", "-", "–", "—"})


def _correspondent_line(lex: Lexicon, tokens: list[Token]) -> tuple[int, int, int] | None:
    """ "مهند سليمان من المنامة: قال ...": a correspondent's name, "من" and the city
    filed from, then a colon or a dash, where the story opens. (Where the city starts,
    its length in words, where the story starts), else None; not "وصل الوزير من
    القاهرة:", a verb's."""
    for k in range(1, min(len(tokens), _CORRESPONDENT_WORDS + 1)):
        if tokens[k].norm != "من":
            continue
        if any(t.is_punct or in_any(t, lex.verbs) or in_any(t, lex.held_verbs) for t in tokens[:k]):
            return None
        cores = [t.core for t in tokens[k + 1 : k + 1 + lex.max_phrase]]
        length = match_phrase(cores, 0, lex.cities, lex.max_phrase)[0]
        end = k + 1 + length
        if length and end < len(tokens) and tokens[end].norm in _CORRESPONDENT_ENDS:
            return k + 1, length, end + 1
        return None
    return None


def _dateline_end(lex: Lexicon, tokens: list[Token]) -> int:
    """Where the story's first sentence starts after a dateline that opens with a
    city or state ("عمان 4 كانون الثاني (بترا)- بحث ...") or a correspondent's line
    ("فلان من المنامة:"), else 0."""
    filed_from = _correspondent_line(lex, tokens)
    if filed_from is not None:
        return filed_from[2]
    cores = [t.core for t in tokens[:_DATELINE_MAX]]
    if not any(
        match_phrase(cores, 0, table, lex.max_phrase)[0]
        for table in (lex.cities, lex.country_names)
    ):
        return 0
    end = 0
    for k, token in enumerate(tokens[:_DATELINE_MAX]):
        if token.norm in _DATELINE_ENDS:
            end = k + 1
        elif in_any(token, lex.verbs) or in_any(token, lex.held_verbs):
            break
    return end
