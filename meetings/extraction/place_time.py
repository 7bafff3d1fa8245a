"""When and where each meeting was.

A clause's own date, else an earlier one's ("في اليوم نفسه"), and the first city (else
state) it puts the meeting in, are read while clauses are grouped into events (see
`grouping`). `inherit_time_and_place` then fills what an event still lacks: from the
sentences it refers to, from the dateline's city, from the earlier meeting of the
same people, or from its people's offices (`office_places`).
"""

import re

from .dates import NOT_FOUND, FoundDate, find_date, month_names, weekday_anchors, weekday_named
from .document import Clause, Document, Event, Sentence
from .lexicon import Lexicon
from .office_places import governor_s_office, posting_of_a_guest
from .places import VISITS, clause_place, subject_words, venue_or_town_at
from .story_places import dateline_place, headline_place
from .tokens import Token, in_any
from .words import COMMAS, RELATIVES, WAS

# "في اليوم ذاته", "مساء اليوم نفسه", "في نفس اليوم": the day of the meeting before.
_SAME_DAY = re.compile(
    r"(?<!\w)(?:اليوم\s+(?:ذاته|نفسه)|(?:نفس|ذات)\s+اليوم|(?:في\s+)?وقت\s+لاحق)(?!\w)"
)

# A meeting told as held before the one the story is about: another meeting, even of
# the same people ("وكان الوزير قد اتصل في وقت سابق بنظيره").
_EARLIER = re.compile(r"(?<!\w)في\s+وقت\s+سابق(?!\w)")

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


# A month or a year gone by (normalised): "شهر جويلية الماضي", "العام الماضي". Not a
# weekday: "الخميس الماضي" is as often the meeting's own day, told again.
_GONE_BY = frozenset({"الماضي", "الماضيه", "المنصرم", "المنصرمه", "الفائت", "الفائته"})
_PERIODS = frozenset({"الشهر", "العام", "السنه"})


def time_gone_by(tokens: list[Token]) -> bool:
    months = month_names()
    return any(
        t.norm in _GONE_BY and (tokens[k - 1].norm in _PERIODS or tokens[k - 1].norm in months)
        for k, t in enumerate(tokens[1:], start=1)
    )


def add_time_and_place(doc: Document, event: Event, sentence: Sentence, clause: Clause) -> None:
    """Give the event the clause's date and place where it has none yet. "في اليوم نفسه"
    is the day of the meeting before, or with none, the last date the text gives; a
    call ("اتصالا هاتفيا") has no place."""
    tokens = sentence.tokens
    start, position, end = clause.start, clause.position, clause.end
    if "سابق" in sentence.norm and _EARLIER.search(sentence.span_norm(start, end)):
        event.before_another = True
    if time_gone_by(tokens[start:end]) and any(
        e is not event and not time_gone_by(doc.sentences[e.sentence].tokens) for e in doc.events
    ):
        event.before_another = True  # "واستقبله منتصف شهر جويلية الماضي", after a call today
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
        subject = subject_words(doc, sentence, position, end)
        place, country = clause_place(doc, sentence, start, end, subject)
        if place is None and (_where(tokens, start) or _arrived_before(tokens, start)):
            # "قام فلان بزيارة إلى مدينة X حيث التقى ...", "وصل فلان إلى X في زيارة ...،
            # والتقى ...": where the clause before went
            place, country = clause_place(doc, sentence, 0, start) if start else (None, None)
            country = country if place else None
        if place or (country and not event.place_country):
            event.place = place
            event.place_country = country


def _where(tokens: list[Token], start: int) -> bool:
    """Does the clause open with "حيث" ("where"), right at its start or after "،"?"""
    return any(0 <= k < len(tokens) and tokens[k].norm == "حيث" for k in (start - 1, start))


def _arrived_before(tokens: list[Token], start: int) -> bool:
    """Does the sentence tell of a visit or an arrival before the clause ("وصل إلى",
    "لدى وصوله إلى")?"""
    return any(t.bare in VISITS or t.core in _HIS_ARRIVAL for t in tokens[:start])


_HIS_ARRIVAL = frozenset({"وصوله", "وصولها", "وصولهما", "وصولهم"})


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


# --- what an event still lacks ------------------------------------------------------


def inherit_time_and_place(doc: Document) -> None:
    """A meeting that states no place or date shares them with the earlier one of the
    same person ("عقد سلسلة اجتماعات في X ... حيث التقى ..."), one that states the same
    place shares its date ("... بمطار نواكشوط"), and a meeting that
    refers back with no date of its own takes one from the sentence it refers to."""
    events = doc.events
    for i, event in enumerate(events):
        if not event.date_found:
            for index in event.scope:
                sentence = doc.sentences[index]
                take_date(event, clause_date(doc, sentence, 0, len(sentence.tokens)))
                if event.date_found:
                    break
        if not event.date_found and (then := _when_it_was(doc, event.sentence + 1)):
            take_date(event, then)  # "استقبل فلان علانا. وذلك اليوم الأحد الموافق ..."
        for index in event.scope:
            if event.place is None and not event.remote:
                sentence = doc.sentences[index]
                end = _meeting_named_until(doc, sentence)
                # not where what was agreed on is: "التوافق خلال اللقاء على دعم ... في غزة"
                subject = subject_words(doc, sentence, 0, end)
                place, country = (
                    clause_place(doc, sentence, 0, end, subject) if end else (None, None)
                )
                there = _where_it_was(doc.lex, sentence.tokens)
                if place is None and there is not None:
                    # "كما تطرق الطرفان إلى ... وذلك في قصر الروضة بالمنامة"
                    place, country = clause_place(doc, sentence, there, len(sentence.tokens))
                if place:
                    event.place, event.place_country = place, country
        if event.place is None and not event.remote:
            _visit_before(doc, event)
        if event.place is None and not event.remote:
            _visit_told_after(doc, event)
        first = not any(e.persons for e in events[:i])
        if not event.remote and (first or _lead_is_about(doc, event)):
            _from_lead(doc, event)
        if first and event.place is None and not event.remote:
            headline_place(doc, event)
        if event.place is None and not event.remote:
            dateline_place(doc, event)
        if event.remote or (event.date_found and (event.place or not event.same_day)):
            continue
        for earlier in reversed(events[:i]):
            if set(earlier.persons) & set(event.persons):
                if event.place is not None and event.place != earlier.place:
                    break  # another scene ("لدى عودته ... بمطار ...")
                if event.place is None and event.place_country in (None, earlier.place_country):
                    # not a city of another state than the one the clause names
                    event.place = earlier.place
                    event.place_country = earlier.place_country
                if not event.date_found and not _pluperfect(doc.sentences[event.sentence]):
                    # not told as held before: "يلتقي فلان السبت علان ... وكان علان قد
                    # التقى فلتان"
                    event.date, event.end_date = earlier.date, earlier.end_date
                    event.date_precision = earlier.date_precision
                break
    for event in events:
        if event.place is None and not event.remote:
            governor_s_office(doc, event)
        if event.place is None and not event.remote:
            posting_of_a_guest(doc, event)
    if doc.published is None:
        _dated_by_their_weekday(doc, events)


def _dated_by_their_weekday(doc: Document, events: list[Event]) -> None:
    """With no published date, a meeting on a weekday the article dates in full
    elsewhere ("السبت 6 أكتوبر 2018" ... "وصل صبيحة السبت ... واستقبله") is on that day."""
    anchors = weekday_anchors([s.span_norm(0, len(s.tokens)) for s in doc.sentences])
    if not anchors:
        return
    for event in events:
        if event.date is not None:
            continue
        for index in sorted(set(event.scope)):
            sentence = doc.sentences[index]
            weekday = weekday_named(sentence.span_norm(0, len(sentence.tokens)))
            if weekday in anchors:
                take_date(event, FoundDate(anchors[weekday], None, True))
                break


def _pluperfect(sentence: Sentence) -> bool:
    """Does the sentence open on "كان" and tell with "قد" what had been done ("وكان
    فلان قد قام بزيارة ...")?"""
    tokens = sentence.tokens
    return bool(tokens) and tokens[0].bare in WAS and any(t.norm == "قد" for t in tokens[1:])


def _visit_before(doc: Document, event: Event) -> None:
    """A meeting told right after one of its people's visit to a city is in that city:
    "وزار فلان واشنطن الجمعة ... . والتقى فلان الجمعة نائب الرئيس ..."."""
    if event.sentence == 0:
        return
    sentence = doc.sentences[event.sentence - 1]
    if not any(t.bare in VISITS for t in sentence.tokens):
        return
    if not {m.person for m in sentence.people.mentions + sentence.refs} & set(event.persons):
        return
    place, country = clause_place(doc, sentence, 0, len(sentence.tokens))
    if place:
        event.place, event.place_country = place, country


# How far after a meeting a sentence may tell of the visit it was held on.
_VISIT_AFTER = 3


def _visit_told_after(doc: Document, event: Event) -> None:
    """A meeting told before one of its people's visit to a city is in that city: "التقى
    فلان اليوم مع علان ... . وبدأت زيارة علان إلى القاهرة، الأربعاء"."""
    for sentence in doc.sentences[event.sentence + 1 : event.sentence + 1 + _VISIT_AFTER]:
        visit = next((k for k, t in enumerate(sentence.tokens) if t.core in _VISIT), None)
        if visit is None:
            continue
        if not {m.person for m in sentence.people.mentions + sentence.refs} & set(event.persons):
            continue
        place, country = clause_place(doc, sentence, visit, len(sentence.tokens))
        if place and event.place_country in (None, country):
            event.place, event.place_country = place, country
            return


def _lead_is_about(doc: Document, event: Event) -> bool:
    """Does the article's lead (its first sentence) introduce this meeting's people,
    with no meeting of its own ("أجرى فلان زيارة عمل إلى بلجيكا اليوم الخميس ...
    عقد فلان جلسات عمل مع ...")?"""
    if not doc.sentences or event.sentence == 0:
        return False
    if any(e.sentence == 0 and e.is_meeting for e in doc.events):
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
        if event.place is None or event.place_country is None:
            place, country = clause_place(doc, sentence, 0, len(sentence.tokens))
            if event.place is None and place and event.place_country in (None, country):
                event.place, event.place_country = place, country
            elif event.place is not None:
                event.place_country = country  # a town no lexicon knows ("بقصر كولوبا")
        if not event.date_found:
            found = clause_date(doc, sentence, 0, len(sentence.tokens))
            if found.found:
                take_date(event, found)


# A visit the meeting was held during (normalised): "خلال زيارة فلان إلى X".
_DURING = frozenset({"خلال", "اثناء", "ضمن"})
_VISIT = frozenset({"زياره", "زيارته", "زيارتها", "زيارتهم", "زيارتهما"})


def _visit_during(tokens: list[Token]) -> int | None:
    """Where the visit a sentence says the meeting came during is named ("جاء ذلك خلال
    زيارة الوزير الحالية لأثينا"), if it says so."""
    return next(
        (
            k
            for k in range(1, len(tokens))
            if tokens[k].core in _VISIT and tokens[k - 1].norm.removeprefix("و") in _DURING
        ),
        None,
    )


def _when_it_was(doc: Document, index: int) -> FoundDate | None:
    """The date of the sentence at `index` when it opens on "وذلك" and a date, telling
    when what the sentence before told was ("وذلك اليوم الأحد الموافق 28/1/2024")."""
    if index >= len(doc.sentences):
        return None
    sentence = doc.sentences[index]
    if not sentence.tokens or sentence.tokens[0].norm != "وذلك" or sentence.clauses:
        return None
    found = clause_date(doc, sentence, 0, min(len(sentence.tokens), _WHEN_WORDS))
    return found if found.found else None


# How far after "وذلك" its date may come: "وذلك مساء اليوم الأحد الموافق ...".
_WHEN_WORDS = 10


def _where_it_was(lex: Lexicon, tokens: list[Token]) -> int | None:
    """Where "وذلك" opens the place of what the sentence told, a venue or a town ("وذلك
    في قصر الروضة بالمنامة", "وذلك بمقر الوزارة"), else None; not "وذلك في إطار ...",
    "وذلك بمناسبة ..."."""
    for k, token in enumerate(tokens[:-2]):
        if token.norm != "وذلك":
            continue
        at = k + 2 if tokens[k + 1].norm == "في" else k + 1
        if (at == k + 2 or tokens[k + 1].prefix == "ب") and venue_or_town_at(lex, tokens, at):
            return k + 1
    return None


def _meeting_named_until(doc: Document, sentence: Sentence) -> int:
    """Where the part of a sentence that refers back to the meeting ("وجرى اللقاء في
    طرابلس،") ends: at the first comma after its noun, for what follows is what was
    said or done there ("وأكد، خلال اللقاء، ضرورة ... الحرب في غزة"); 0 when it names
    no meeting."""
    tokens = sentence.tokens
    noun = next((k for k, t in enumerate(tokens) if in_any(t, doc.lex.definite_nouns)), None)
    if noun is None:
        noun = _visit_during(tokens)  # "جاء ذلك خلال زيارة الوزير للعاصمة أثينا،"
    if noun is None:
        return 0
    commas = [k for k in range(noun + 1, len(tokens)) if tokens[k].norm in COMMAS]
    for end in commas:
        if end + 1 >= len(tokens) or tokens[end + 1].norm not in RELATIVES:
            return end  # not "خلال اللقاء، الذي انعقد في باريس،": still the meeting
    return len(tokens)
