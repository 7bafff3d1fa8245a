"""From events to the contract's meetings.

Adds the document's `meetings`: the events that are meetings (`Event.is_meeting`), each
with its participants (named people, unnamed offices, institutions) and the state of
each, its countries, topics and evidence.
"""

from dataclasses import replace

from .countries import count_states, home_country, paired_states
from .delegations import OFFICIALS
from .document import Document, Event
from .known import KnownPeople
from .normalize import as_written, name_key, normalize_phrase
from .registry import Person
from .results import ExtractedMeeting, ExtractedParticipant
from .twins import one_per_meeting
from .unnamed_parties import (
    held_by_someone_named,
    house_state,
    office_of_the_unmarked,
    spoken_for,
    states_of_members,
)


def assemble_meetings(doc: Document) -> None:
    homes: dict[int, str | None] = {}
    events = one_per_meeting(doc, [event for event in doc.events if event.is_meeting])
    # The state of a person given none is best inferred where the meeting marks the
    # other side ("استقبل فلان سفير رومانيا"); a meeting that names no state tells only
    # which states the article names most. Those meetings settle it first.
    for event in events:
        stated, counterparts = _stated(doc, event)
        if stated:
            _settle_homes(doc, event, homes, stated, counterparts)
    doc.meetings = tuple(_meeting(doc, event, homes) for event in events)


def _meeting(doc: Document, event: Event, homes: dict[int, str | None]) -> ExtractedMeeting:
    """`homes` keeps the state first inferred for each person given no nationality, so
    a person stays of one state across the article's meetings."""
    fallback = _settle_homes(doc, event, homes, *_stated(doc, event))
    participants = [
        _participant(
            doc.registry.people[i],
            house_state(doc, doc.registry.people[i]) or homes[i],
            doc.known,
            stateless=bool(doc.registry.people[i].first("stateless")),
        )
        for i in event.persons
    ]
    # A name of one word the article never gives in full is too little to publish:
    # mostly a word read as a name ("حفل", "بوينغ") or a name cut short ("محمد أمين
    # ..."); the office it holds, if any, stays as an unnamed party.
    participants = [
        p if p.name is None or len(p.name.split()) > 1 else replace(p, name=None)
        for p in participants
        if p.name is None or len(p.name.split()) > 1 or p.role or p.org
    ]
    offices = [o for o in event.offices if not held_by_someone_named(o, participants)]
    # the same office told again (a title, then the story): one unnamed party
    offices = list({(name_key(o.role or ""), o.country, o.org): o for o in offices}.values())
    participants, offices = office_of_the_unmarked(doc, event, participants, offices, homes)
    participants += [
        ExtractedParticipant(
            None, o.role, None if _bare_body(doc, o.org) else o.org, o.ministry, o.country
        )
        for o in offices
    ]
    participants = states_of_members(doc, event, participants)
    seen = set()
    for institution in event.institutions:
        if institution.org not in seen and not spoken_for(institution, participants):
            seen.add(institution.org)
            officials = institution.delegation == OFFICIALS  # "كبار مسؤولي الأمن الإسبان"
            participants.append(
                ExtractedParticipant(
                    None,
                    institution.org if officials else None,
                    None if officials else institution.org,
                    institution.ministry,
                    institution.country or (None if institution.multilateral else fallback),
                )
            )
    participants = [_without_vowel_marks(p) for p in participants]
    countries = []
    for code in [p.country for p in participants] + [event.place_country]:
        if code and code not in countries:
            countries.append(code)
    date, precision = event.date, event.date_precision
    if date is None and doc.published is None and doc.published_month is not None:
        date, precision = doc.published_month, "month"
    return ExtractedMeeting(
        date=date,
        date_precision=precision if date else None,
        reported_on=doc.published if date is None else None,
        end_date=event.end_date,
        place=event.place,
        place_country=event.place_country,
        countries=tuple(countries),
        topics=event.topics,
        participants=tuple(participants),
        evidence=doc.sentences[event.sentence].text,
        status="planned" if event.planned else "held",
    )


def _without_vowel_marks(participant: ExtractedParticipant) -> ExtractedParticipant:
    """What is published and faceted carries no vowel marks ("وزيرُ الدفاعِ")."""
    return replace(
        participant,
        name=participant.name and as_written(participant.name),
        role=participant.role and as_written(participant.role),
        org=participant.org and as_written(participant.org),
    )


def _settle_homes(
    doc: Document,
    event: Event,
    homes: dict[int, str | None],
    stated: set[str],
    counterparts: set[str],
) -> str | None:
    """Give each person of the meeting with no state of their own the one inferred for
    them (`home_country`), unless an earlier meeting gave them one; return the state
    inferred for the meeting's unmarked parties."""
    fallback = home_country(
        count_states(doc, event.scope),
        doc.counts,
        stated,
        event.place_country,
        doc.dateline,
        next((code for code in homes.values() if code), None),
        counterparts=counterparts,
        pairs=paired_states(doc, event.scope),
        houses=[house_state(doc, doc.registry.people[i]) for i in event.persons],
    )
    # (an envoy's state is the one posted to: those he meets are not of it for that)
    visited = {
        doc.registry.people[i].first("visiting")
        for i in event.persons
        if not _envoy(doc.registry.people[i].first("head"))
    } - {None}
    if len(visited) == 1:
        # "استهل فلان زيارته للولايات المتحدة بلقاء ...": those he meets there, unmarked,
        # are his hosts (he himself is not of the state he visits: `_unless_not_theirs`)
        fallback = next(iter(visited))
    unmarked = [i for i in event.persons if not house_state(doc, doc.registry.people[i])]
    if fallback is not None and any(
        _same_office_state(doc, event, i) == fallback
        for i in unmarked
        if not doc.registry.people[i].first("country")
    ):
        # "استقبل الرئيس فلان وزير الداخلية علان ونظيره الوزير الليبي": one unmarked party
        # holds a marked one's office, so the unmarked side is of another state.
        fallback = _another_state(doc, event, {fallback}, stated, counterparts)
    for i in unmarked:
        if i not in homes:
            homes[i] = _unless_not_theirs(doc, event, i, fallback, stated, counterparts)
    return fallback


def _unless_not_theirs(
    doc: Document,
    event: Event,
    person: int,
    fallback: str | None,
    stated: set[str],
    counterparts: set[str],
) -> str | None:
    """The inferred state, unless it is the one the person is said to be visiting or
    posted to ("الذي يزور حاليا تركيا", "السفير لدى إندونيسيا فلان"), that of another
    party holding the same office ("استقبل وزير الدفاع الصيني فلان وزير الدفاع علان":
    one state has one defence minister), or, for a foreign minister, that of a party
    marked with it: then the next one the article suggests."""
    visiting = doc.registry.people[person].first("visiting")
    not_theirs = visiting or _same_office_state(doc, event, person)
    if not_theirs is None and fallback in stated and _diplomat(doc.registry.people[person]):
        # a foreign minister meets other states' people: "استقبل وزير الخارجية فلان
        # رئيس الوزراء الفلسطيني علان" (he is not Palestinian for want of another state)
        not_theirs = fallback
    postings = _postings(doc, event, person)
    if fallback is not None and fallback in postings:
        not_theirs = fallback  # envoys received together are none posted to their own state
    foreign = stated - {fallback}
    if (
        _posted_abroad(doc.registry.people[person].first("head"))
        and len(foreign) == 1
        and visiting not in foreign  # not the ambassador to that state
    ):
        # "استقبل قائد الجيش فلان القائد البريطاني علان، بحضور السفير سام ..." : an
        # ambassador or attaché is posted among the hosts, from the one foreign state
        return next(iter(foreign))
    if not_theirs is None or not_theirs != fallback:
        return fallback
    code = _another_state(doc, event, {not_theirs} | postings, stated, counterparts)
    if visiting and code in (None, visiting) and len(foreign) == 1:
        # "وصل رئيس الحكومة فلان إلى المغرب ... وكان في استقباله سفير تونس": no
        # other state suggested, the visitor is of the one other a party is marked with
        # (whose envoy's state counts as a counterpart's)
        return next(iter(foreign))
    return code


def _diplomat(person) -> bool:
    """A minister of foreign affairs, whose office is with other states (not defence or
    the interior: "استقبل وزير الدفاع فلان رئيس أركان الجيش الليبي" is one state's)."""
    return person.first("ministry") == "foreign"


def _postings(doc: Document, event: Event, person: int) -> set[str]:
    """The states the meeting's envoys are posted to, when the person is an envoy too."""
    if not _envoy(doc.registry.people[person].first("head")):
        return set()
    people = [doc.registry.people[i] for i in event.persons]
    return {p.first("visiting") for p in people if _envoy(p.first("head"))} - {None}


def _another_state(
    doc: Document, event: Event, not_theirs: set[str], stated: set[str], counterparts: set[str]
) -> str | None:
    """The state the article suggests for the meeting's unmarked parties other than
    those `not_theirs`."""
    return home_country(
        count_states(doc, event.scope),
        doc.counts,
        stated | not_theirs,
        event.place_country,
        None if doc.dateline in not_theirs else doc.dateline,
        counterparts=counterparts | not_theirs,
    )


def _same_office_state(doc: Document, event: Event, person: int) -> str | None:
    """The state of another party to the meeting, marked with one, who holds the
    person's office."""
    role = doc.registry.people[person].first("role")
    if not role:
        return None
    for other in event.persons:
        theirs = doc.registry.people[other]
        if other != person and theirs.first("country") and theirs.first("role") == role:
            return theirs.first("country")
    return None


def _stated(doc: Document, event: Event) -> tuple[set[str], set[str]]:
    """The states the meeting gives its parties, and of those the counterparts' ("نظيره
    الليبي" is of another state than the party it is the counterpart of, and "سفير
    اليونان" than those who receive him)."""
    people = [doc.registry.people[i] for i in event.persons]
    # A ruler's house is no mark of a foreign party: news names its own rulers so too.
    stated = {p.first("country") for p in people}
    # an office named without its holder is a party marked with its state too
    stated |= {o.country for o in event.offices}
    # A counterpart tells of an unmarked party only: once the party it is the counterpart
    # of has a state, the counterpart's state may be that of the unmarked hosts too.
    counterparts = {o.country for o in event.offices if o.counterpart and not o.partner_marked}
    counterparts |= {
        p.first("country")
        for p in people
        if p.first("counterpart") and not p.first("partner_marked")
    }
    marked = [p for p in people if p.first("country")]
    if marked and all(_envoy(p.first("head")) for p in marked):
        # Only ambassadors are marked: those who receive them are of another state.
        counterparts |= {p.first("country") for p in marked}
    # An ambassador named by office alone ("سفير الولايات المتحدة") is of another state
    # than those who receive him, as a named one is.
    counterparts |= {o.country for o in event.offices if o.country and _envoy(o.head)}
    counterparts.discard(None)
    stated |= counterparts
    stated.discard(None)
    return stated, counterparts


_ENVOYS = frozenset({"سفير", "سفيره", "القائم بالاعمال", "القائم باعمال", "قائم باعمال"})


def _envoy(head: str | None) -> bool:
    return head is not None and normalize_phrase(head) in _ENVOYS


# Offices held abroad, at a mission (normalised, without the article).
_POSTED_ABROAD = _ENVOYS | {"ملحق", "ملحقه", "قنصل", "قنصله"}


def _posted_abroad(head: str | None) -> bool:
    return head is not None and normalize_phrase(head).removeprefix("ال") in _POSTED_ABROAD


def _bare_body(doc: Document, org: str | None) -> bool:
    """An office's body named by its head noun alone ("مدير مكتب", "رئيس المصلحة"):
    which one, the text does not say."""
    words = normalize_phrase(org or "").split()
    return len(words) == 1 and words[0].removeprefix("ال") in doc.lex.institution_heads


def _participant(
    person: Person, fallback: str | None, known: KnownPeople | None, *, stateless: bool = False
) -> ExtractedParticipant:
    """A person's state is the one the article gives them, else the archive's, else the
    one inferred for them (`home_country`). An officer of a body of many states speaks
    for none of them, and for no ministry."""
    archived = known.get(person.name) if known else None
    if stateless:
        fallback = None
    return ExtractedParticipant(
        name=person.name,
        role=person.first("role"),
        org=person.first("org"),
        ministry=None if stateless else person.first("ministry"),
        country=person.first("country") or (archived and archived.country) or fallback,
    )
