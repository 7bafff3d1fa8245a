"""Who holds an office the text names without a name ("الوزير التركي", "نظيره
الأردني", "الموفد القطري"): the one person of the article the registry gives that
office, or that state, when there is one (see `references`)."""

from .document import Document, Office
from .normalize import normalize_arabic

# The head of state named by his office alone, as "الرئيس" is (normalised).
_HEADS_OF_STATE = frozenset({"رئيس الجمهوريه", "رئيس الدوله"})
# Heads that name the same office (normalised).
_SYNONYMS = {"عاهل": "ملك"}
# The ways of naming a head of government (normalised): "رئيس الوزراء العراقي" is the
# "رئيس مجلس الوزراء" or "رئيس الحكومة العراقية" named before.
_PREMIERS = ("رئيس الوزراء", "رئيس مجلس الوزراء", "رئيس الحكومه")  # not a region's
# Heads that say only that someone speaks for a state (normalised): "الموفد القطري",
# "المسؤول الإيراني" may be that state's one named person, whatever his office.
_ANY_OFFICE = frozenset({"موفد", "مسؤول"})


def office_holder(
    doc: Document, office: Office, named_before: set[int] | None = None
) -> int | None:
    """The one named person of the article who holds this office, if any. An office
    with no nationality ("وكان وزير الخارجية قد التقى") is the one held by a person
    given none either: the article's own side. "المبعوث الأممي" is not the former
    one ("المبعوث الأممي السابق"). A bare office ("تصريحات الوزير") is the article's
    only named holder of such an office, whoever's side. Of several holders, a
    reference back ("تلقى الملك اتصالات") is to the one named before it, when only one
    of them was (`named_before`). "الموفد القطري" is the only Qatari named, whatever his
    office."""
    head = _same_head(office.head)
    if office.counterpart and office.country is not None:
        # "مع نظيره الأردني" again: the one Jordanian the article named, as a
        # counterpart before
        of_the_state = {
            i
            for i, person in enumerate(doc.registry.people)
            if person.first("country") == office.country
        }
        if len(of_the_state) == 1:
            (only,) = of_the_state
            if any(m.counterpart for m in doc.registry.people[only].mentions):
                return only
    if office.country is None and office.ministry is None:
        role = _same_role(normalize_arabic(office.role))
        if office.end - office.start > 1 and role not in _HEADS_OF_STATE:
            # "رئيس مجلس بنغازي": an office of its own, held by whoever the article gave
            # that very office ("رئيس الأركان" is "الفريق فلان رئيس الأركان المشتركة")
            holders = {
                i
                for i, person in enumerate(doc.registry.people)
                for m in person.mentions
                if m.head
                and not m.counterpart
                and m.former == office.former
                and f"{_same_role(normalize_arabic(m.role))} ".startswith(f"{role} ")
            }
            return _one_of(holders, named_before)
        holders = {
            i
            for i, person in enumerate(doc.registry.people)
            for m in person.mentions
            if m.head
            and not m.counterpart  # whose office the text gave them itself
            and _same_head(m.head) == head
            and m.former == office.former
        }
        return _one_of(holders, named_before)
    premier = _premier(office.role)
    found = {
        i
        for i, person in enumerate(doc.registry.people)
        for m in person.mentions
        if m.head
        and m.former == office.former
        and (head in _heads(m) or (premier and _premier(m.role)))
        and person.first("country") == office.country
        and (office.ministry is None or m.ministry == office.ministry)
    }
    if not found and head in _ANY_OFFICE and office.ministry is None:
        # of those who take part: not the president who sent "الموفد الفرنسي"
        found = {
            i
            for i, person in enumerate(doc.registry.people)
            if person.first("country") == office.country and not person.kin_only
        }
    return _one_of(found, named_before)


def _heads(mention) -> set[str]:
    """The offices a mention gives its person: "قائد القوات البرية، وزير
    الدفاع" is the one "وزير الدفاع" later refers to."""
    return {_same_head(h) for h in (mention.head, *mention.other_heads)}


# Offices written in full or short (normalised): "نائب الرئيس" is "نائب رئيس الجمهورية".
_SHORT_ROLES = {"نائب رئيس الجمهوريه": "نائب الرئيس", "نائب رئيس الدوله": "نائب الرئيس"}


def _same_role(role: str) -> str:
    for full, short in _SHORT_ROLES.items():
        if f"{role} ".startswith(f"{full} "):
            return short + role[len(full) :]
    return role


def _premier(role: str | None) -> bool:
    return bool(role) and f"{normalize_arabic(role)} ".startswith(tuple(f"{p} " for p in _PREMIERS))


def _same_head(head: str) -> str:
    """An office's head word as any of its forms: the feminine ("وزيره") and a
    synonym ("العاهل" is "الملك") are the same office."""
    head = head.removesuffix("ه")
    return _SYNONYMS.get(head, head)


def _one_of(holders: set[int], named_before: set[int] | None) -> int | None:
    if len(holders) > 1 and named_before is not None:
        holders = holders & named_before
    return holders.pop() if len(holders) == 1 else None
