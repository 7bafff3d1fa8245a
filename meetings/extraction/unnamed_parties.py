"""Which of a meeting's offices and bodies named without a holder are its named
participants, or theirs: "ونظيره الأمريكي" beside the American minister named, "بعثة
الاتحاد الأوروبي" beside the head of its mission, an office named with a state beside
the one person of the meeting named with none (see `assembly`)."""

from dataclasses import replace

from .delegations import OFFICIALS
from .document import Document, Event, Institution
from .normalize import name_key, normalize_phrase
from .registry import Person
from .results import ExtractedParticipant


def office_of_the_unmarked(
    doc: Document,
    event: Event,
    participants: list[ExtractedParticipant],
    offices: list,
    homes: dict[int, str | None],
) -> tuple[list[ExtractedParticipant], list]:
    """ "أجرى الرئيس فلان اتصالا مع الرئيس الإيراني. ومن جانبه، ثمّن علان ...": a
    meeting's one person named with no office and no state of their own holds its one
    office named with a state and no holder."""
    unmarked = [
        i
        for i in event.persons
        if not any(doc.registry.people[i].first(key) for key in ("role", "org", "country"))
        and house_state(doc, doc.registry.people[i]) is None
    ]
    stated = [o for o in offices if o.country and o.role]
    # with no one else named, the unmarked one is the office's other party: "أن فلان
    # تلقى اتصالا هاتفيا من وزير الخارجية الأمريكي"
    if len(unmarked) != 1 or len(stated) != 1 or len(event.persons) < 2:
        return participants, offices
    name, office = doc.registry.people[unmarked[0]].name, stated[0]
    homes[unmarked[0]] = office.country
    participants = [
        replace(
            p, role=office.role, org=office.org, ministry=office.ministry, country=office.country
        )
        if p.name == name
        else p
        for p in participants
    ]
    return participants, [o for o in offices if o is not office]


def held_by_someone_named(office, participants: list[ExtractedParticipant]) -> bool:
    """Is an office named without a holder the one a named participant holds ("مبادرة
    رئيس مجلس النواب" in a meeting of the speaker, named before; "ولي العهد" again after
    "ولي العهد الأمير فلان")? Then it is them."""
    if not office.role:
        return False
    if (
        office.counterpart
        and office.country
        and any(
            p.name and p.country == office.country and p.ministry == office.ministry
            for p in participants
        )
    ):
        return True  # "ونظيره الأمريكي" in a meeting with the American minister named
    for participant in participants:
        if (
            participant.name
            and participant.role
            and name_key(participant.role) == name_key(office.role)
            and (
                None in (office.country, participant.country)
                or office.country == participant.country
            )
        ):
            return True
    if not office.org:
        return False
    head, words = name_key(office.role)[:1], set(name_key(office.org))
    for participant in participants:
        theirs = set(name_key(participant.org or ""))
        if (
            participant.name
            and participant.role
            and name_key(participant.role)[:1] == head
            and theirs
            and (words <= theirs or theirs <= words)
            and (
                None in (office.country, participant.country)
                or office.country == participant.country
            )
        ):
            return True
    return False


def states_of_members(
    doc: Document, event: Event, participants: list[ExtractedParticipant]
) -> list[ExtractedParticipant]:
    """ "بحثت بعثة من المفوضية السامية ... مع الوزير فلان. وقال المفوض المساعد علان":
    someone given no state and no body, whose office is the head of a body of the
    meeting with a state of its own ("مفوض" of "المفوضية"), is of its state."""
    bodies = [
        (institution, set(name_key(institution.org)))
        for institution in event.institutions
        if institution.country and institution.org
    ]
    if not bodies:
        return participants
    unmarked = {
        doc.registry.people[i].name
        for i in event.persons
        if not doc.registry.people[i].first("country") and not doc.registry.people[i].first("org")
    }
    members = []
    for participant in participants:
        head = name_key(participant.role or "")[:1]
        body = next(
            (i for i, words in bodies if head and f"{head[0]}يه" in words),
            None,
        )
        if participant.name in unmarked and body is not None:
            participant = replace(participant, country=body.country)
        members.append(participant)
    return members


def spoken_for(institution: Institution, participants: list[ExtractedParticipant]) -> bool:
    """Is a participant already there for the institution: its minister for "وزارة
    الخارجية", the head of its mission for "بعثة الاتحاد الأوروبي", someone named of a
    delegation's state? Then the body is not a participant of its own."""
    words = set(name_key(institution.org))
    if institution.delegation not in (None, OFFICIALS) and any(
        p.name and p.country == institution.country for p in participants
    ):
        return True  # "وفدا أمريكيا يضم فلان": its members are there
    for participant in participants:
        if institution.ministry and participant.ministry == institution.ministry:
            if None in (institution.country, participant.country) or (
                institution.country == participant.country
            ):
                return True
        theirs = set(name_key(participant.org or ""))
        if theirs and (words <= theirs or theirs <= words):
            return True
    return False


def house_state(doc: Document, person: Person) -> str | None:
    """The state of the ruling house a person's family name names ("آل ثاني", or
    "الصباح" after a given name)."""
    words = tuple(normalize_phrase(person.name).split())
    families = doc.lex.ruling_families
    if len(words) >= 3 and (state := families.get(words[-2:])):
        return state
    return families.get(words[-1:]) if len(words) >= 2 else None
