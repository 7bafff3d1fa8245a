"""Linking a participant named in an article to the one the archive already has.

A person's page should gather all their meetings, so a name is linked to an existing
Participant whenever it is clearly the same person; when in doubt a new Participant
is created instead. A false merge hides a person's meetings under someone else's
name and is hard to notice, while a duplicate is one merge action away for an editor.
"""

import re

from django.contrib.postgres.search import TrigramSimilarity
from django.db.models import Q

from meetings.extraction.normalize import normalize_arabic
from meetings.models import Participant

_WORD = re.compile(r"\w+")
_ABD = "عبد"
_ARTICLE = "ال"


def name_tokens(name: str) -> list[str]:
    """The words of a name as comparison sees them.

    Normalised, without punctuation, "عبد" joined to the word after it and a leading
    "ال" dropped: "عبد الحميد"/"عبدالحميد" and "الورفلي"/"ورفلي" are one word, as in
    the extraction spec's scorer.
    """
    words = _WORD.findall(normalize_arabic(name))
    tokens: list[str] = []
    for word in words:
        if tokens and tokens[-1] == _ABD:
            tokens[-1] += word
            continue
        if word.startswith(_ARTICLE) and len(word) > 3:
            word = word[len(_ARTICLE) :]
        tokens.append(word)
    return tokens


def names_match(a: list[str], b: list[str]) -> bool:
    """Whether two tokenised names are forms of one person's name.

    Same given name, same family name, and the shorter form's middle names all in the
    longer form in order: "فتحي باشاغا" is "فتحي علي عبد السلام باشاغا", but "محمد
    الورفلي" is not "سالم الورفلي" and "محمد علي الورفلي" is not "محمد سالم الورفلي".
    One-word names match only themselves.
    """
    if len(a) < 2 or len(b) < 2:
        return a == b
    if a[0] != b[0] or a[-1] != b[-1]:
        return False
    shorter, longer = sorted((a[1:-1], b[1:-1]), key=len)
    remaining = iter(longer)
    return all(token in remaining for token in shorter)


def person_resolve(*, name: str, country: str | None) -> tuple[Participant | None, bool]:
    """The existing person ``name`` refers to, and whether it is another form of their name.

    Returns ``(None, False)`` when no one matches, or when several people do and
    choosing would be a guess.
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
    tokens = name_tokens(name)
    if country is None or len(tokens) < 2:
        return None, False
    # Other forms of the name must share its family name, so only participants of the
    # same country whose name contains it are compared (LIKE '%...%' is served by the
    # trigram GIN index on name_normalized). Trigram similarity orders them but does
    # not decide: "لويدجي/لويجي دي مايو" (one man) and "سليمان/سلمان الورفلي" (two)
    # score the same 0.71, so the decision is names_match's word by word comparison.
    candidates = (
        persons.filter(country_id=country)
        .filter(
            Q(name_normalized__contains=tokens[-1]) | Q(aliases_normalized__icontains=tokens[-1])
        )
        .annotate(similarity=TrigramSimilarity("name_normalized", normalize_arabic(name)))
        .order_by("-similarity", "pk")
    )
    same_words = []
    matches = []
    for candidate in candidates:
        forms = [name_tokens(form) for form in candidate.name_forms()]
        if tokens in forms:
            same_words.append(candidate)
        elif any(names_match(tokens, form) for form in forms):
            matches.append(candidate)
    if len(same_words) == 1:
        return same_words[0], False
    if not same_words and len(matches) == 1:
        return matches[0], True
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
        if len(name_tokens(name)) > len(name_tokens(person.name)):
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
