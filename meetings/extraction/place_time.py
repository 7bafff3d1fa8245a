"""When and where each meeting was.

A clause's own date, else an earlier one's ("في اليوم نفسه"), and the first city (else
state) it puts the meeting in, are read while clauses are grouped into events (see
`grouping`). `inherit_time_and_place` then fills what an event still lacks: from the
sentences it refers to, from the dateline's city, or from the earlier meeting of the
same people.
"""

import re

from .dates import NOT_FOUND, FoundDate, find_date
from .document import Clause, Document, Event, Sentence
from .lexicon import match_phrase
from .tokens import Token, in_any
from .words import written

_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "بلده", "منطقه", "جزيره", "عاصمه"})
# Buildings a meeting is held in: the town after them is the place ("بقصر قرطاج").
_VENUES = frozenset({"قصر", "مقر", "ديوان", "قاعده", "قاعه", "مكتب", "مبني"})
# What joins a venue to its town: "بمقر القيادة العامة – بنغازي", "في مكتبه في اليرزة".
_VENUE_LINKS = frozenset({"في", "-", "–", "—", "،", ","})
# A visit names its city without a preposition: "يزور دمشق".
_VISITS = frozenset({"زار", "زارت", "يزور", "تزور", "زارا", "وصل", "وصلت", "حل", "حلت"})
# What "وفي ال...،" opens when it is not a place: "وفي المقابل،", "وفي الختام،".
_NOT_PLACES = frozenset(
    {"المقابل", "الختام", "الاثناء", "السياق", "الاطار", "الغضون", "المجمل", "النهايه"}
    | {"البدايه", "الوقت", "الاخير", "الشان", "التفاصيل", "الصدد", "الاطار", "المحصله"}
)
_PLACE_PREPOSITIONS = frozenset({"في", "وفي", "الي", "داخل"})  # normalised: إلى → الي
# "في منطقة الساحل": a region, not where a meeting was.
_REGIONS = frozenset({"الساحل", "الخليج", "المتوسط", "الشرق", "المغرب", "البحر", "القرن"})
_REGIONS |= frozenset({"الجنوب", "الشمال", "الغرب", "الوسط", "البحيرات", "الصحراء"})
# The visitor of the dateline's state ("الذي يزور البلاد حاليا"), its ambassador there
# ("لدى الدولة"): the meeting is in the dateline's city.
_HERE = re.compile(
    r"(?<!\w)(?:[يت]زور\s+(?:البلاد|الدوله|المملكه|الامارات)|لدي\s+(?:البلاد|الدوله|المملكه))"
)
_MAX_PLACE_WORDS = 3
# "في اليوم ذاته", "مساء اليوم نفسه", "في نفس اليوم": the day of the meeting before.
_SAME_DAY = re.compile(
    r"(?<!\w)(?:اليوم\s+(?:ذاته|نفسه)|(?:نفس|ذات)\s+اليوم|(?:في\s+)?وقت\s+لاحق)(?!\w)"
)

# --- a clause's time and place ------------------------------------------------------


def clause_date(doc: Document, sentence: Sentence, start: int, end: int) -> FoundDate:
    """The clause's own date; a dateline's only when the clause gives none after it."""
    found = NOT_FOUND
    if sentence.body_start > start:
        clause = sentence.span_norm(sentence.body_start, end)
        found = find_date(clause, doc.published)
    if not found.found:
        clause = sentence.span_norm(start, end)
        found = find_date(clause, doc.published)
    return found


def add_time_and_place(doc: Document, event: Event, sentence: Sentence, clause: Clause) -> None:
    """Give the event the clause's date and place where it has none yet. "في اليوم نفسه"
    is the day of the meeting before, or with none, the last date the text gives; a
    call ("اتصالا هاتفيا") has no place."""
    tokens = sentence.tokens
    start, position, end = clause.start, clause.position, clause.end
    if not event.date_found:
        text = sentence.span_norm(start, end)
        earlier = next(
            (e for e in reversed(doc.events) if e is not event and e.date_found and e.date),
            None,
        )
        same_day = _SAME_DAY.search(text)
        if same_day and earlier is None:
            earlier_date = _date_before(doc, sentence)
            if earlier_date is not None:
                take_date(event, earlier_date)
                event.same_day = True
        if event.date_found:
            pass
        elif earlier is not None and same_day:
            take_date(event, FoundDate(earlier.date, None, True))
            event.same_day = True
        else:
            take_date(event, clause_date(doc, sentence, start, end))
    if any(in_any(t, doc.lex.remote) for t in tokens[start:end]):
        event.remote = True  # a call has no place
    if event.place is None and not event.remote:
        # What was discussed runs from "سبل"/"تعزيز" to the next comma: "بحث العلاقات
        # ... في السودان" names a subject there, not where the meeting was.
        subject = set()
        k = position + 1
        while k < end:
            if k not in sentence.people.claimed and in_any(tokens[k], doc.lex.subject_words):
                while k < end and not tokens[k].is_punct:
                    subject.add(k)
                    k += 1
            k += 1
        place, country = clause_place(doc, sentence, start, end, subject)
        if place or (country and not event.place_country):
            event.place = place
            event.place_country = country


def take_date(event: Event, found: FoundDate) -> None:
    """Give the event a date found for it. A month or a year alone is kept only until a
    day is found: the event's other sentences and earlier meetings are still searched."""
    if found.date is not None and found.precision != "day":
        if event.date is None:
            event.date, event.end_date, event.date_precision = found.date, None, found.precision
        return
    if not found.found and event.date is not None:
        return
    event.date, event.end_date, event.date_found, event.date_precision = found


def _date_before(doc: Document, sentence: Sentence) -> FoundDate | None:
    """The last date the text gives before this sentence ("وصل X الثلاثاء 8 يوليو
    ... واجتمع في اليوم نفسه")."""
    before = []
    for other in doc.sentences:
        if other is sentence:
            break
        before.append(other)
    for other in reversed(before):
        found = clause_date(doc, other, 0, len(other.tokens))
        if found.date is not None:
            return found._replace(end_date=None)
    return None


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
    for k in range(start, end):
        t = tokens[k]
        if k in claimed or k in skipped:
            continue
        before = tokens[k - 1] if k else None
        after_preposition = before is not None and (
            before.norm in _PLACE_PREPOSITIONS or before.bare in _VISITS
        )
        after_venue = before is not None and (
            _venue(before)
            or (before.norm in _VENUE_LINKS and any(_venue(x) for x in tokens[max(0, k - 6) : k]))
        )
        if not (after_preposition or after_venue or t.prefix.endswith(("ب", "ل"))):
            continue
        if after_venue and before.norm == "في" and _unknown_place(doc, t):
            return t.text, None  # "في مكتبه في اليرزة"
        if t.core in _PLACE_NOUNS:
            place, country = _named_place(doc, tokens, k + 1, end)
            if place:
                return place, country
            country_only = country_only or country
            continue
        length, code = match_phrase(cores, k, lex.cities, lex.max_phrase)
        if length and ((t.core,) not in lex.country_names or _city_preferred(doc, t.core)):
            after = k + length
            if after + 1 < end and tokens[after].norm == "في":
                more, city = match_phrase(cores, after + 1, lex.cities, lex.max_phrase)
                if more and city == code:
                    return written(tokens[after + 1 : after + 1 + more]), code
            return written(tokens[k:after]), code
        if after_venue:
            continue
        length, code = match_phrase(cores, k, lex.country_names, lex.max_phrase)
        if length:
            after = k + length
            if after < end and tokens[after].core == "العاصمه":
                return written(tokens[k:after]), code  # "بالجزائر العاصمة"
            if k < subject_from:
                country_only = country_only or code
    if start == 0 and country_only is None:
        return _opening_place(doc, tokens), None
    return None, country_only


def _venue(token: Token) -> bool:
    """A building a meeting is held in, with a preposition or a possessive: "بمقر",
    "في مكتبه", "بقصر"."""
    word = token.norm[1:] if token.norm[:1] in "بو" and token.norm[1:] in _VENUES else token.norm
    for suffix in ("ها", "ه"):
        if word.endswith(suffix) and word[: -len(suffix)] in _VENUES:
            return True
    return word in _VENUES or token.core in _VENUES


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


def _named_place(doc: Document, tokens: list[Token], k: int, end: int):
    """After "العاصمة"/"مدينة": an optional adjective, then the place's name."""
    lex = doc.lex
    country = None
    if k < end and (tokens[k].core,) in lex.adjectives:
        country = lex.adjectives[(tokens[k].core,)]
        k += 1
    cores = [t.core for t in tokens]
    length, code = match_phrase(cores, k, lex.cities, lex.max_phrase)
    if length:
        return written(tokens[k : k + length]), code
    if k < end and tokens[k].core in _REGIONS:
        return None, country
    words = []
    while k < end and len(words) < _MAX_PLACE_WORDS:
        t = tokens[k]
        if t.is_punct or t.prefix or t.norm in lex.stopwords or t.core in lex.stopwords:
            break
        words.append(t)
        k += 1
    return (written(words) if words else None), country


# --- what an event still lacks ------------------------------------------------------


def inherit_time_and_place(doc: Document) -> None:
    """A meeting that states no place or date shares them with the earlier one of the
    same person ("عقد سلسلة اجتماعات في X ... حيث التقى ..."), and a meeting that
    refers back with no date of its own takes one from the sentence it refers to."""
    events = doc.events
    for i, event in enumerate(events):
        if not event.date_found:
            for index in event.scope:
                sentence = doc.sentences[index]
                take_date(event, clause_date(doc, sentence, 0, len(sentence.tokens)))
                if event.date_found:
                    break
        for index in event.scope:
            if event.place is None and not event.remote:
                sentence = doc.sentences[index]
                place, country = clause_place(doc, sentence, 0, len(sentence.tokens))
                if place and _refers_to_meeting(doc, sentence):
                    event.place, event.place_country = place, country
        first = not any(e.persons for e in events[:i])
        if not event.remote and (first or _lead_is_about(doc, event)):
            _from_lead(doc, event)
        if event.place is None and not event.remote:
            _dateline_place(doc, event)
        if event.place or (event.date_found and not event.same_day) or event.remote:
            continue
        for earlier in reversed(events[:i]):
            if set(earlier.persons) & set(event.persons):
                event.place = event.place or earlier.place
                event.place_country = event.place_country or earlier.place_country
                if not event.date_found:
                    event.date, event.end_date = earlier.date, earlier.end_date
                    event.date_precision = earlier.date_precision
                break


def _lead_is_about(doc: Document, event: Event) -> bool:
    """Does the article's lead (its first sentence) introduce this meeting's people,
    with no meeting of its own ("أجرى فلان زيارة عمل إلى بلجيكا اليوم الخميس ...
    عقد فلان جلسات عمل مع ...")?"""
    if not doc.sentences or event.sentence == 0:
        return False
    if any(e.sentence == 0 and e.persons for e in doc.events):
        return False
    lead = doc.sentences[0]
    named = {m.person for m in lead.people.mentions + lead.refs}
    return bool(named & set(event.persons))


def _from_lead(doc: Document, event: Event) -> None:
    """A meeting takes the place and date the article's lead gives, when it is the
    article's first meeting or the lead introduces its people, and the meeting is only
    reported in a later sentence ("اجتمع وزراء داخلية ... في العاصمة الأردنية عمان
    اليوم السبت. ... وبحث الوزراء خلال الاجتماع ...")."""
    if 0 not in event.scope:
        event.scope.append(0)  # what the lead says of the meeting is about it
    for sentence in doc.sentences[:1]:
        if event.place is None:
            place, country = clause_place(doc, sentence, 0, len(sentence.tokens))
            if place:
                event.place, event.place_country = place, country
        if not event.date_found:
            found = clause_date(doc, sentence, 0, len(sentence.tokens))
            if found.found:
                take_date(event, found)


def _dateline_place(doc: Document, event: Event) -> None:
    """The dateline's city when the text puts the meeting there: a visitor "الذي يزور
    البلاد", an ambassador "لدى الدولة", with a host who may be of that state."""
    if not doc.dateline_city or event.place_country not in (None, doc.dateline):
        return
    if not any(_HERE.search(doc.sentences[i].norm) for i in event.scope):
        return
    homes = {doc.registry.people[p].first("country") for p in event.persons}
    if homes & {None, doc.dateline}:  # a host of the state (whose is found later)
        event.place, event.place_country = doc.dateline_city, doc.dateline


def _refers_to_meeting(doc: Document, sentence: Sentence) -> bool:
    return any(in_any(t, doc.lex.definite_nouns) for t in sentence.tokens)
