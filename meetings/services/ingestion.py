"""Writing articles and the meetings extracted from them into the archive.

Meetings arrive in the extraction contract's JSON shape (see
``meetings.extraction``'s ``ExtractedArticle.to_json()``), the same shape as
``manage.py extract --json`` and the sample fixtures, so every way in goes through
one function.
"""

import datetime
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from meetings.search import search_normalize
from meetings.models import Article, Country, Meeting, MeetingSource, Participant, Participation, Topic

MeetingData = dict[str, Any]


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    meetings: list[Meeting]


@transaction.atomic
def article_ingest(
    *,
    text: str,
    cleaned_text: str | None = None,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published: datetime.date | None = None,
    meetings: list[MeetingData],
) -> IngestResult:
    """Store an article with its meetings, or nothing if the same text is already here."""
    content_hash = Article.hash_text(text)
    existing = Article.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return IngestResult(article=existing, created=False, meetings=[])

    cleaned_text = cleaned_text if cleaned_text is not None else text
    article = Article.objects.create(
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        raw_text=text,
        text=cleaned_text,
        content_hash=content_hash,
        search_title=search_normalize(title),
        search_body=search_normalize(cleaned_text),
    )
    created_meetings = [meeting_create(article=article, data=data) for data in meetings]
    return IngestResult(article=article, created=True, meetings=created_meetings)


def meeting_create(*, article: Article, data: MeetingData) -> Meeting:
    """Create one meeting reported by ``article`` from its extracted data."""
    known_countries = set(Country.objects.values_list("code", flat=True))

    def country_code(code: str | None) -> str | None:
        return code if code in known_countries else None

    meeting = Meeting.objects.create(
        date=_parse_date(data.get("date")),
        end_date=_parse_date(data.get("end_date")),
        place=data.get("place") or "",
        place_country_id=country_code(data.get("place_country")),
    )
    MeetingSource.objects.create(meeting=meeting, article=article, evidence=data.get("evidence") or "")
    for item in data.get("participants", []):
        participant = participant_resolve(
            name=item.get("name"), org=item.get("org"), country=country_code(item.get("country"))
        )
        Participation.objects.get_or_create(
            meeting=meeting,
            participant=participant,
            defaults={
                "role": item.get("role") or "",
                "organization": item.get("org") or "",
                "ministry": item.get("ministry") or "",
                "country_id": country_code(item.get("country")),
            },
        )
    meeting.countries.set([code for code in data.get("countries", []) if code in known_countries])
    meeting.topics.set(Topic.objects.filter(code__in=data.get("topics", [])))
    meeting_refresh_search_text(meeting=meeting)
    return meeting


def participant_resolve(*, name: str | None, org: str | None, country: str | None) -> Participant:
    """The archive's participant for a name (or, for an institution, its organisation)."""
    kind = Participant.Kind.PERSON if name else Participant.Kind.INSTITUTION
    label = name or org or ""
    match = Participant.objects.named(label).filter(kind=kind).first()
    if match is not None:
        return match
    return Participant.objects.create(name=label, kind=kind, country_id=country)


def meeting_refresh_search_text(*, meeting: Meeting) -> None:
    """Rewrite the meeting's normalised search columns from its current data."""
    participations = meeting.participations.select_related("participant", "country")
    entities = [meeting.place]
    for participation in participations:
        entities += [participation.participant.name, participation.role, participation.organization]
    entities += [country.name_ar for country in meeting.countries.all()]
    entities += [topic.name_ar for topic in meeting.topics.all()]
    sources = meeting.sources.select_related("article")
    Meeting.objects.filter(pk=meeting.pk).update(
        search_title=search_normalize(" ".join(s.article.title for s in sources)),
        search_entities=search_normalize(" ".join(filter(None, entities))),
        search_body=search_normalize(
            " ".join([s.evidence for s in sources] + [s.article.text for s in sources])
        ),
    )


def _parse_date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None
