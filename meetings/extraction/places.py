"""Where a clause puts a meeting: the first city it names after a preposition, a venue
or a visit ("في طرابلس", "بقصر قرطاج", "في مكتبه في اليرزة", "يزور دمشق"), else the
first state. The places the story's frame gives (headline, dateline) are
`story_places`'.
"""

from .document import Document, Sentence
from .lexicon import Lexicon
from .normalize import normalize_arabic
from .office_words import skip_quotes
from .phrases import match_phrase
from .tenses import future_verb
from .tokens import Token, in_any
from .venues import forum_town, palace_town, venue
from .words import (
    CAPITAL,
    COMMAS,
    DURING,
    PROVINCES,
    RELATIVES,
    accredited_at,
    head,
    is_title,
    written,
)

_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "بلده", "منطقه", "جزيره", "عاصمه"})
# A province named by its main city ("محافظة جدة"): a place only when that is a city.


# What joins a venue to its town: "بمقر القيادة العامة – بنغازي", "في مكتبه في اليرزة".
_VENUE_LINKS = frozenset({"في", "-", "–", "—", "،", ","})


# A visit names its city without a preposition: "يزور دمشق".
VISITS = frozenset({"زار", "زارت", "يزور", "تزور", "زارا", "وصل", "وصلت", "حل", "حلت"})
# A visit of someone named before, with the city visited as its object, during which
# they met: "خلال زيارته الجزائر", "أثناء زيارته العاصمة طرابلس" (normalised core).
_THEIR_VISIT = frozenset({"زيارته", "زيارتها", "زيارتهما", "زيارتهم"})


# What "وفي ال...،" opens when it is not a place: "وفي المقابل،", "وفي الختام،".
_NOT_PLACES = frozenset(
    {"المقابل", "الختام", "الاثناء", "السياق", "الاطار", "الغضون", "المجمل", "النهايه"}
    | {"البدايه", "الوقت", "الاخير", "الشان", "التفاصيل", "الصدد", "الاطار", "المحصله"}
)


_PLACE_PREPOSITIONS = frozenset({"في", "وفي", "الي", "داخل"})  # normalised: إلى → الي
# A place that hosted the meeting, named right after the verb ("احتضنت العاصمة القطرية
# الدوحة لقاء بين ...", "استضافت الرباط اجتماعا"); bare, normalised.
_HOSTED = frozenset({"احتضنت", "احتضن", "استضافت", "استضاف", "شهدت", "شهد"})
# words at most between a visit and its place, but for the visitor's office and name:
# "زار وزير الدفاع فلان بغداد", "زار وفد فرنسي برئاسة فلان، العاصمة دمشق"
_VISITOR = 4


# "في منطقة الساحل": a region, not where a meeting was.
_REGIONS = frozenset({"الساحل", "الخليج", "المتوسط", "الشرق", "المغرب", "البحر", "القرن"})
_REGIONS |= frozenset({"الجنوب", "الشمال", "الغرب", "الوسط", "البحيرات", "الصحراء"})
_REGIONS |= frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})  # "بمنطقة شمال أفريقيا"


_MAX_PLACE_WORDS = 3
# What follows a venue's town in its name (normalised core): "مطار بنينا الدولي".
_FACILITY_ADJECTIVES = frozenset({"الدولي"})


def subject_words(doc: Document, sentence: Sentence, position: int, end: int) -> set[int]:
    """The words after a clause's cue that tell what was discussed: from "سبل"/"تعزيز"
    to the next comma. "بحث العلاقات ... في السودان" names a subject there, not where
    the meeting was."""
    tokens = sentence.tokens
    subject = set()
    k = position + 1
    while k < end:
        word = tokens[k]
        opens = in_any(word, doc.lex.subject_words) or word.undefined in doc.lex.subject_words
        if k not in sentence.people.claimed and opens:  # "آخر المستجدات في الملف"
            while k < end and not tokens[k].is_punct:
                subject.add(k)
                k += 1
        k += 1
    return subject


def clause_place(
    doc: Document, sentence: Sentence, start: int, end: int, skipped: frozenset | set = frozenset()
) -> tuple[str | None, str | None]:
    """The first city the clause puts the meeting in, else the first country.

    A venue's town gives way to the city after it ("بالرجمة في بنغازي"); a venue
    named by its town counts ("بقصر قرطاج"). A state named only after the subject
    has begun ("... والعودة الآمنة إلى المناطق الآمنة في سوريا") is what was
    discussed, not where."""
    lex = doc.lex
    tokens = sentence.tokens
    cores = [t.core for t in tokens]
    claimed = sentence.people.claimed
    country_only = None
    subject_from = min(skipped, default=end)
    visit = None  # "زار فلان النيجر": the place visited comes after the visitor's name
    words_since_visit = 0  # those of the visitor's office and name not counted
    for k in range(start, end):
        t = tokens[k]
        if t.bare in VISITS:
            visit, words_since_visit = k, 0
        elif t.core in _THEIR_VISIT and k > start and tokens[k - 1].norm in DURING:
            # only the word right after it: not "زيارته لمدينتي مصراتة", what was discussed,
            # nor "نتائج زيارته موسكو", "عودته من زيارته القاهرة"
            visit, words_since_visit = k, _VISITOR - 1
        elif t.is_punct and not (t.norm in COMMAS and k - 1 in claimed):
            visit = None  # not the comma after the visitor's name: "زار فلان، العاصمة"
        elif k not in claimed and not t.is_punct:
            words_since_visit += 1
        if k in claimed or k in skipped:
            continue
        b = k - 1
        while b > start and (tokens[b].is_quote or tokens[b].norm == "#"):
            b -= 1  # "في "مدينة زوارة"", "بالعاصمة #أنقرة"
        before = tokens[b] if k else None
        after_preposition = before is not None and (
            before.norm in _PLACE_PREPOSITIONS or before.bare.removeprefix("و") in _HOSTED
        )
        after_preposition = after_preposition or (
            # not where the visitor comes from: "وصل فلان قادما من باريس إلى الرباط"
            visit is not None
            and words_since_visit <= _VISITOR
            and (before is None or before.norm != "من")
        )
        after_venue = before is not None and (
            venue(lex, before)
            or (
                before.norm in _VENUE_LINKS
                and any(venue(lex, x) for x in tokens[max(0, k - 6) : k])
            )
        )
        at_forum = forum_town(tokens, k)
        if not (after_preposition or after_venue or at_forum or t.prefix.endswith(("ب", "ل"))):
            continue
        if accredited_at(tokens, k) is not None:
            continue  # "سفيرا لجمهورية البرازيل": the state he represents
        if _where_another_will_be(lex, tokens, b if after_preposition else k):
            continue  # "القمة التي ستعقد في العاصمة الأوغندية": where something is to be
        if after_venue and before.norm == "في" and _unknown_place(doc, t):
            return t.text, None  # "في مكتبه في اليرزة"
        if (
            palace_town(doc, before, t)
            and not _city_follows(doc, tokens, k + 1, end)
            and not (k + 1 < end and tokens[k + 1].core in lex.institution_heads)
        ):
            # "بقصر كولوبا"; not "في قصر مداما بالعاصمة روما", nor "في قصر ضيافة وزارة
            # الدفاع": a palace of a body, named by what it is for
            return t.text, None
        if t.core in PROVINCES:
            # "في محافظة جدة": the city after it, when a lexicon knows it as one
            length, code = match_phrase(cores, k + 1, lex.cities, lex.max_phrase)
            if length:
                return written(tokens[k + 1 : k + 1 + length]), code
            continue
        length, code = match_phrase(cores, k, lex.cities, lex.max_phrase)
        if length and _seat_of_office(sentence, b, k + length, end):
            continue  # "التقى فلان، رئيس الحركة في غزة، الوزير علان": where he holds office
        if t.core in _PLACE_NOUNS and length:
            # A city named right after a capital's title: "بالعاصمة الإدارية بورتسودان"
            more, city = match_phrase(cores, k + length, lex.cities, lex.max_phrase)
            if more:
                return written(tokens[k + length : k + length + more]), city
        if t.core in _PLACE_NOUNS and length < 2:  # not "بالعاصمة الإدارية الجديدة"
            place, country = _named_place(doc, tokens, k + 1, end, capital=t.core in CAPITAL)
            if place:
                return place, country
            country_only = country_only or country
            continue
        if length and ((t.core,) not in lex.country_names or _city_preferred(doc, t.core)):
            after = k + length
            if after < end and tokens[after].core in _FACILITY_ADJECTIVES:
                after += 1  # "مطار بنينا الدولي"
            if after_venue and after < end and tokens[after].prefix == "ب":
                # "في قصر الرجمة ببنغازي": the city the venue's town is in
                more, city = match_phrase(cores, after, lex.cities, lex.max_phrase)
                if more and city == code:
                    return written(tokens[after : after + more]), code
            # "بالرجمة في بنغازي", "بمطار بنينا الدولي بمدينة بنغازي": the venue's city
            city_follows = after + 1 < end and (
                tokens[after].norm == "في" or (after_venue and tokens[after].norm == "بمدينه")
            )
            if city_follows:
                more, city = match_phrase(cores, after + 1, lex.cities, lex.max_phrase)
                if more and city == code:
                    return written(tokens[after + 1 : after + 1 + more]), code
                noun = tokens[after + 1].core
                if noun in _PLACE_NOUNS:
                    # "بقصر قرطاج في العاصمة تونس": the capital the venue is in
                    place, country = _named_place(
                        doc, tokens, after + 2, end, capital=noun in CAPITAL
                    )
                    if place and country == code:
                        return place, country
            return written(tokens[k : k + length]), code
        length, code = match_phrase(cores, k, lex.country_names, lex.max_phrase)
        after = k + length
        if length and after < end and tokens[after].core == "العاصمه":
            return written(tokens[k:after]), code  # "بالجزائر العاصمة", "في الجزائر العاصمة"
        if after_venue:
            continue
        if length and k < subject_from:
            country_only = country_only or code
    if start == 0 and country_only is None:
        return _opening_place(doc, tokens), None
    return None, country_only


def venue_or_town_at(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does a venue, a noun of places or a city open at k ("في قصر", "بمقر", "في
    العاصمة", "بالمنامة")? Not "في إطار", "بمناسبة", "بحضور"."""
    t = tokens[k]
    cores = [x.core for x in tokens[k : k + lex.max_phrase]]
    return (
        venue(lex, t)
        or t.core in _PLACE_NOUNS
        or bool(match_phrase(cores, 0, lex.cities, lex.max_phrase)[0])
    )


def _seat_of_office(sentence: Sentence, before: int, after: int, end: int) -> bool:
    """Is the city between "في" at `before` and a comma at `after` the seat of an office
    set off after its holder's name ("فلان، رئيس الحركة في غزة،"): "في" right after a
    word of someone's office, not of their name?"""
    tokens = sentence.tokens
    if (
        before < 1
        or tokens[before].norm != "في"
        or after >= end
        or tokens[after].norm not in COMMAS
    ):
        return False
    names = {id(t) for m in sentence.people.mentions for t in m.name_tokens}
    k = before - 1
    while (
        k >= 0
        and k in sentence.people.claimed
        and id(tokens[k]) not in names
        and tokens[k].norm not in COMMAS
    ):
        k -= 1  # back over the office's words to what sets it off
    return k < before - 1 and k >= 0 and tokens[k].norm in COMMAS


def _where_another_will_be(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does a relative clause in the future end right before k ("التي ستعقد في ...")?"""
    return k >= 2 and future_verb(lex, tokens[k - 1]) and tokens[k - 2].norm in RELATIVES


def _city_follows(doc: Document, tokens: list[Token], k: int, end: int) -> bool:
    """Does a city or "the capital" follow at k ("بروما", "بالعاصمة الإيطالية روما",
    "في روما")? Then the palace before it names no town."""
    k = skip_quotes(tokens, k)
    if k < end and tokens[k].definite and not tokens[k].prefix and k + 1 < end:
        k += 1  # the palace's adjective: "في قصر كولوبا الرئاسي بباماكو"
    elif (
        k + 1 < end
        and not tokens[k].prefix
        and not doc.lex.knows(tokens[k].core)
        and head(doc.lex, tokens[k]) is None
        and (tokens[k + 1].norm == "في" or tokens[k + 1].prefix == "ب" or tokens[k + 1].is_quote)
    ):
        # a palace's name of two words: "بقصر مونت كلوا في مدريد", "في قصر دولمة بهجة
        # بإسطنبول"
        k = skip_quotes(tokens, k + 1)
    if k < end and tokens[k].norm == "في":
        k += 1
    if k >= end or (tokens[k].prefix not in ("ب", "") and tokens[k].norm != "في"):
        return False
    if tokens[k].core in _PLACE_NOUNS:
        return True
    return bool(match_phrase([t.core for t in tokens], k, doc.lex.cities, doc.lex.max_phrase)[0])


def _unknown_place(doc: Document, token: Token) -> bool:
    """A word with the article that no lexicon knows, after a venue: a town or quarter
    ("اليرزة")."""
    return token.definite and not token.prefix and not doc.lex.knows(token.core)


def _opening_place(doc: Document, tokens: list[Token]) -> str | None:
    """ "وفي اليرزة، استقبل ...": a sentence opening with a place the lexicons do
    not know."""
    if len(tokens) < 3 or tokens[0].norm not in ("في", "وفي") or tokens[2].norm not in "،,":
        return None
    t = tokens[1]
    if not t.definite or t.prefix or doc.lex.knows(t.core) or t.core in _NOT_PLACES:
        return None
    return t.text


def _city_preferred(doc: Document, core: str) -> bool:
    """A word naming both a city and a state ("عمان": Amman or Oman) is the city when
    the article speaks more of the city's state."""
    city = doc.lex.cities.get((core,))
    state = doc.lex.country_names.get((core,))
    return city is not None and doc.counts[city] > doc.counts[state]


def _named_place(doc: Document, tokens: list[Token], k: int, end: int, capital: bool = False):
    """After "العاصمة"/"مدينة": an optional adjective, then the place's name (a city
    the lexicon knows, after an adjective). "العاصمة الروسية" with no name after it is
    Moscow."""
    lex = doc.lex
    country = None
    cores = [t.core for t in tokens]
    length, code = match_phrase(cores, k, lex.adjectives, lex.max_phrase) if k < end else (0, None)
    if length:
        country = code  # "العاصمة الروسية", "العاصمة الكورية الجنوبية"
        k += length
    while k < end and (tokens[k].is_quote or tokens[k].norm == "#"):
        k += 1  # "في العاصمة الإيطالية “روما”", "في العاصمة الأميركية (واشنطن)"
    length, code = match_phrase(cores, k, lex.cities, lex.max_phrase)
    if length:
        return written(tokens[k : k + length]), code
    if country is None and k + 1 < end and tokens[k].definite and not tokens[k].prefix:
        # Another adjective before a city the lexicon knows: "بالعاصمة المؤقتة عدن".
        length, code = match_phrase(cores, k + 1, lex.cities, lex.max_phrase)
        if length:
            return written(tokens[k + 1 : k + 1 + length]), code
    if country is not None:
        # After a nationality, a city the lexicon knows (above) or one word that ends
        # the phrase ("بالعاصمة الغابونية ليبروفيل."); not "العاصمة الليبية بشكل مفاجئ".
        t = tokens[k] if k < end else None
        ends = k + 1 >= len(tokens) or tokens[k + 1].is_punct
        if t is not None and ends and not t.is_punct and not lex.knows(t.core):
            return written([t]), country
        return (lex.capitals.get(country) if capital else None), country
    if capital and k < end:
        # "بالعاصمة الجزائر", "بالعاصمة تونس": the state's name is its capital's
        length, code = match_phrase(cores, k, lex.country_names, lex.max_phrase)
        named = written(tokens[k : k + length]) if length else None
        if named and normalize_arabic(named) == normalize_arabic(lex.capitals.get(code, "")):
            return named, code
    if k < end and (tokens[k].core in _REGIONS or is_title(lex, tokens[k])):
        return None, country  # "مدينة المشير فلان العسكرية": named after someone
    words = []
    while k < end and len(words) < _MAX_PLACE_WORDS:
        t = tokens[k]
        if t.is_punct or t.prefix or t.norm in lex.stopwords or t.core in lex.stopwords:
            break
        words.append(t)
        k += 1
    return (written(words) if words else None), country
