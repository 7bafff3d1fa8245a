"""Linking a participant named in an article to the one the archive already has.

A person's page should gather all their meetings, so a name is linked to an existing
Participant whenever it is clearly the same person; when in doubt a new Participant
is created instead. A false merge hides a person's meetings under someone else's
name and is hard to notice, while a duplicate is one merge action away for an editor.

The same people, by every form of their name, are what the extractor is given to
recognise (`archive_people`).
"""

from django.db.models import Max

from meetings.extraction import KnownPeople
from meetings.extraction.normalize import RELIGION, name_key, normalize_arabic
from meetings.models import Participant

_ABD = "عبد"
# Countries whose people's given names are mostly of Arabic origin and have one settled
# Arabic spelling: the Arab League's members, the Muslim-majority countries of the
# extractor's country list, and the UN, whose envoys are often Arab. There a given
# name one letter longer is another name (سليمان/سلمان); elsewhere names reach Arabic
# by transliteration, and outlets spell them a letter apart (جوفاني/جيوفاني).
_SETTLED_SPELLING_COUNTRIES = frozenset(
    "LY EG TN DZ MA MR SD SO DJ KM SA KW QA BH AE OM YE IQ SY LB JO PS "
    "TD NE ML BF SN GM GN SL NG ER TR IR PK AF BD ID MY AZ KZ UZ KG TJ TM AL UN".split()
)


def names_match(a: tuple[str, ...], b: tuple[str, ...], *, transliterated: bool = False) -> bool:
    """Whether two names, as `name_key` gives them, are forms of one person's name.

    Same given name, same family name, and the shorter form's middle names all in the
    longer form in order: "هشام الدرناوي" is "هشام علي عبد السلام الدرناوي", but
    "محمد الورفلي" is not "سالم الورفلي" and "محمد علي الورفلي" is not "محمد سالم
    الورفلي". One-word names match only themselves. A ``transliterated`` name (see
    ``_SETTLED_SPELLING_COUNTRIES``) may also spell its given name with one letter
    more or less: "جوفاني روسيتي" is "جيوفاني روسيتي".
    """
    if len(a) < 2 or len(b) < 2:
        return a == b
    if a[-1] != b[-1]:
        return False
    if a[0] != b[0] and not (transliterated and _one_letter_more(a[0], b[0])):
        return False
    shorter, longer = sorted((a[1:-1], b[1:-1]), key=len)
    remaining = iter(longer)
    return all(token in remaining for token in shorter)


def _one_letter_more(a: str, b: str) -> bool:
    """Whether one word is the other with one letter added anywhere.

    Transliterations differ that way: a long vowel written or not (جوفاني/جيوفاني), د
    before ج for a "g" (لويجي/لويدجي). Not a letter replaced: that mostly makes another
    name (ماركو/ماريو, باولو/باولا). Nor a trigram-similarity threshold: a letter added to
    a five-letter word leaves ~0.45 of its trigrams shared, the same for a variant as
    for another name, so no threshold keeps the one and refuses the other.
    """
    shorter, longer = sorted((a, b), key=len)
    if len(longer) != len(shorter) + 1 or len(shorter) < 3:
        return False
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def person_resolve(*, name: str, country: str | None) -> tuple[Participant | None, bool]:
    """The existing person ``name`` refers to, and whether it is another form of their name.

    Returns ``(None, False)`` when no one matches, or when several people do and
    choosing would be a guess. The closest kind of match decides: the same words, then
    another form of the name, then (for transliterated names) another spelling.
    """
    persons = Participant.objects.filter(kind=Participant.Kind.PERSON)
    exact = [
        person
        for person in persons.named(name).order_by("pk")
        if country is None or person.country_id in (None, country)
    ]
    if exact:
        # Prefer the one from the same country over one whose country is unknown.
        return min(exact, key=lambda person: person.country_id != country), False
    tokens = name_key(name)
    if country is None or len(tokens) < 2:
        return None, False
    # Other forms of the name share its family name, so only participants of the same
    # country whose canonical name contains it are compared: LIKE '%...%' on
    # name_normalized is served by its trigram GIN index. Aliases are compared once a
    # participant is found, not searched: a substring of an array has no index, and
    # the canonical name is the fullest form, which holds the family name.
    # A family name "عبدالسلام" is looked for as "السلام", "نورالدين" as "نور": stored
    # names may keep the space.
    family = tokens[-1].removeprefix(_ABD).removesuffix(RELIGION) or tokens[-1]
    candidates = persons.filter(country_id=country, name_normalized__contains=family)
    transliterated = country not in _SETTLED_SPELLING_COUNTRIES
    same_words: list[Participant] = []
    other_forms: list[Participant] = []
    spellings: list[Participant] = []
    for candidate in candidates.order_by("pk"):
        forms = [name_key(form) for form in candidate.name_forms()]
        if tokens in forms:
            same_words.append(candidate)
        elif any(names_match(tokens, form) for form in forms):
            other_forms.append(candidate)
        elif transliterated and any(
            names_match(tokens, form, transliterated=True) for form in forms
        ):
            spellings.append(candidate)
    for found, other_form in ((same_words, False), (other_forms, True), (spellings, True)):
        if found:
            return (found[0], other_form) if len(found) == 1 else (None, False)
    return None, False


def participant_resolve(
    *, name: str | None, org: str | None, country: str | None
) -> Participant | None:
    """The archive's participant for a reported name (or, for an institution, its org).

    A person found under another form of their name gets that form as an alias, and
    the fullest form becomes the canonical name, unless an editor has worked on the
    participant. Returns None when the report names neither a person nor an org.
    """
    if name:
        person, other_form = person_resolve(name=name, country=country)
        if person is None:
            return Participant.objects.create(
                name=name, kind=Participant.Kind.PERSON, country_id=country
            )
        if not person.edited_by_editor:
            _person_learn(person=person, name=name, country=country, other_form=other_form)
        return person
    if org:
        # An institution is one per country: the interior ministries of Libya and of
        # Italy are two participants.
        institution = (
            Participant.objects.named(org)
            .filter(kind=Participant.Kind.INSTITUTION, country_id=country)
            .order_by("pk")
            .first()
        )
        return institution or Participant.objects.create(
            name=org, kind=Participant.Kind.INSTITUTION, country_id=country
        )
    return None


def _person_learn(*, person: Participant, name: str, country: str | None, other_form: bool) -> None:
    """Keep a newly seen form of the name as an alias, the fullest as the name."""
    changed = False
    if other_form and normalize_arabic(name) not in person.name_forms():
        if len(name_key(name)) > len(name_key(person.name)):
            person.aliases = [*person.aliases, person.name]
            person.name = name
        else:
            person.aliases = [*person.aliases, name]
        changed = True
    if person.country_id is None and country is not None:
        person.country_id = country
        changed = True
    if changed:
        person.save()


# The archive's people as the extractor last read them, and the newest participant
# history record then: (history id, people).
_archive_people: tuple[int | None, KnownPeople] | None = None


def archive_people() -> KnownPeople:
    """The archive's people, by every form of their name, for the extractor to
    recognise (see `meetings.extraction.known`).

    Read again only when a participant has changed: every change leaves a history
    record, so the newest record's id tells. When participants were only added since
    (an ingestion), they are added to what was read; an edit, merge or deletion reads
    them all again.
    """
    global _archive_people
    latest = Participant.history.aggregate(latest=Max("history_id"))["latest"]
    if _archive_people is not None and _archive_people[0] == latest:
        return _archive_people[1]
    persons = Participant.objects.filter(kind=Participant.Kind.PERSON)
    if _archive_people is not None and _archive_people[0] is not None and latest is not None:
        since = Participant.history.filter(history_id__gt=_archive_people[0])
        if not since.exclude(history_type="+").exists():
            people = _archive_people[1]
            for row in persons.filter(pk__in=since.values("id")).values_list(
                "name", "aliases", "country_id"
            ):
                people.add(*row)
            _archive_people = (latest, people)
            return people
    people = KnownPeople(persons.values_list("name", "aliases", "country_id"))
    _archive_people = (latest, people)
    return people
