"""One meeting told twice is one: a summary above the story and the story, or a
caption naming a counterpart by office and a sentence naming him (see `assembly`)."""

from .document import Document, Event
from .normalize import normalize_arabic
from .tokens import in_any


def one_per_meeting(doc: Document, events: list[Event]) -> list[Event]:
    """One meeting told twice (a summary above the story, then the story) is one: the
    same people (the story may name more), on no other day and at no other place, and
    neither told as held before the other."""
    kept: list[Event] = []
    # a meeting with a body, then with a counterpart, named only so, told again in full
    events = _told_again(_told_again(events, doc, _named_member), doc, _named_twin)
    for event in events:
        twin = next((k for k in kept if _same_meeting(k, event, _summary(doc, k))), None)
        if twin is None:
            kept.append(event)
            continue
        for person in event.persons:
            twin.add_person(person)  # the story names more of a summary's meeting
        twin.offices += [o for o in event.offices if o not in twin.offices]
        twin.institutions += [i for i in event.institutions if i not in twin.institutions]
        twin.scope += [i for i in event.scope if i not in twin.scope]
        twin.topics = tuple(dict.fromkeys(twin.topics + event.topics))
        if twin.date is None:
            twin.date, twin.end_date, twin.date_precision = (
                event.date,
                event.end_date,
                event.date_precision,
            )
        if twin.place is None and twin.place_country is None:
            twin.place, twin.place_country = event.place, event.place_country
    return kept


def _told_again(events: list[Event], doc: Document, named_twin) -> list[Event]:
    """Fold each event whose `named_twin` is another into it: the twin names who the
    event named only by office or body, and takes the event's sentences, topics, and its
    date and place where it has none."""
    kept = []
    for event in events:
        named = named_twin(doc, event, events)
        if named is None:
            kept.append(event)
            continue
        named.scope += [i for i in event.scope if i not in named.scope]
        named.topics = tuple(dict.fromkeys(named.topics + event.topics))
        if named.date is None and event.date is not None:
            named.date, named.end_date = event.date, event.end_date
            named.date_precision = event.date_precision
        if named.place is None and named.place_country is None:
            named.place, named.place_country = event.place, event.place_country
    return kept


def _named_member(doc: Document, event: Event, events: list[Event]) -> Event | None:
    """ "بحث فلان مع وفد من وزارة الخارجية الألمانية", told again with a person of that
    body named ("استقبل فلان مسؤول الملف في وزارة الخارجية الألمانية علان")."""
    if len(event.persons) != 1 or event.offices or len(event.institutions) != 1:
        return None
    person, body = event.persons[0], normalize_arabic(event.institutions[0].org or "")
    if not body:
        return None
    for other in events:
        if other is event or other.planned != event.planned or person not in other.persons:
            continue
        if any(
            normalize_arabic(doc.registry.people[p].first("org") or "") == body
            for p in other.persons
            if p != person
        ):
            return other
    return None


def _unnamed_counterpart(event: Event) -> bool:
    return (
        len(event.persons) == 1
        and len(event.offices) == 1
        and event.offices[0].counterpart
        and event.offices[0].country is not None
        and not event.institutions
    )


def _named_twin(doc: Document, event: Event, events: list[Event]) -> Event | None:
    """A meeting with someone's counterpart unnamed (a photo's caption: "لقطة من لقاء
    الوزير الإيطالي بنظيره التونسي"), told again with the counterpart named ("ثم اجتمع
    الوزير الإيطالي بنظيره التونسي فلان"): the meeting of the same person with one of
    the counterpart's state holding the same office."""
    if not _unnamed_counterpart(event):
        return None
    person, state = event.persons[0], event.offices[0].country
    office = doc.registry.people[person].first("head")
    for other in events:
        if other is event or other.planned != event.planned or len(other.persons) != 2:
            continue
        if person not in other.persons:
            continue
        partner = doc.registry.people[next(p for p in other.persons if p != person)]
        if partner.first("country") == state and office and partner.first("head") == office:
            return other
    return None


def _summary(doc: Document, event: Event) -> bool:
    """Is the event told in the story's first sentence by a meeting noun alone, as a
    summary above the story is ("ما وراء اجتماع فلان مع وفد أمريكي؟")?"""
    if event.sentence != 0:
        return False
    first = doc.sentences[0]
    return all(
        in_any(first.tokens[clause.position], doc.lex.verbs) is None for clause in first.clauses
    )


def _same_meeting(one: Event, other: Event, summary: bool) -> bool:
    """`one`, told first, is `other` with the same people, or with some of them when it
    is a summary's."""
    return (
        len(one.persons) >= 2
        and (
            set(one.persons) == set(other.persons)
            or (summary and set(one.persons) < set(other.persons))
        )
        and one.planned == other.planned
        and one.before_another == other.before_another
        and (None in (one.date, other.date) or one.date == other.date)
        and (None in (one.place, other.place) or one.place == other.place)
    )
