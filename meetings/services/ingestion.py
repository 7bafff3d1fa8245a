"""Writing articles and the meetings extracted from them into the archive.

Meetings arrive in the extraction contract's JSON shape (see
``meetings.extraction``'s ``ExtractedArticle.to_json()``), the same shape as
``manage.py extract --json`` and the sample fixtures, so every way in goes through
``article_ingest``. What editors have done is never overwritten: a reviewed or
rejected meeting only gains sources, fields an editor changed stay as set, participations an editor
added or corrected stay, and people an editor took off a meeting are not put back.
"""

import datetime
from dataclasses import dataclass, fields

from django.db import connection, transaction

from meetings.extraction import clean_article_text, extract_article
from meetings.models import (
    Article,
    Meeting,
    Topic,
    is_plausible_date,
)
from meetings.search import search_normalize
from meetings.services.derived import meeting_refresh_derived
from meetings.services.meeting_updates import meeting_apply, report_store
from meetings.services.reports import (
    KEPT_STATES,
    MeetingData,
    edited_by_editor,
    pair_reports,
    report_resolve,
    stored_country_codes,
)
from meetings.services.resolution import archive_people

# The key of the PostgreSQL advisory lock that lets one ingestion write at a time.
WRITERS_LOCK_KEY = int.from_bytes(b"ingest", "big")


@dataclass(frozen=True)
class IngestResult:
    article: Article
    created: bool
    meetings: list[Meeting]
    # What the article added: how many of ``meetings`` are new (the others gained it as
    # another source), the participants it created, and those it linked to participants
    # stored before it.
    new_meetings: int = 0
    new_participants: int = 0
    linked_participants: int = 0


@dataclass
class ReextractResult:
    updated: int = 0
    unchanged: int = 0
    created: int = 0
    removed: int = 0
    kept: int = 0  # reviewed or edited meetings left as editors have them

    def __add__(self, other: "ReextractResult") -> "ReextractResult":
        return ReextractResult(
            **{f.name: getattr(self, f.name) + getattr(other, f.name) for f in fields(self)}
        )


def topic_cues() -> dict[str, list[str]]:
    """The cue words of every topic, as editors keep them in the Topic table."""
    return dict(Topic.objects.values_list("code", "cue_words"))


@transaction.atomic
def article_ingest_text(
    *,
    text: str,
    title: str = "",
    url: str = "",
    outlet: str = "",
    published: datetime.date | None = None,
    source: str = "",
) -> IngestResult:
    """Extract the meetings of an article's text and store both, unless already stored."""
    existing = Article.objects.filter(content_hash=Article.hash_text(text)).first()
    if existing is not None:
        return IngestResult(article=existing, created=False, meetings=[])
    extracted = extract_article(
        text,
        source=source,
        published=published,
        topic_cues=topic_cues(),
        known_people=archive_people(),
    )
    return article_ingest(
        text=text,
        cleaned_text=clean_article_text(text),
        # The extractor's title is the article's first heading, whatever its length.
        title=(title or extracted.title or "")[: Article._meta.get_field("title").max_length],
        url=url,
        outlet=outlet,
        # The extractor already prefers the date the article states over ``published``.
        published=extracted.published,
        meetings=_held_meetings(extracted.to_json()),
    )


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
    """Store an article with its meetings, or nothing if the same text is already here.

    A meeting another article already reported (same date, mostly the same people)
    gains this article as a second source instead of being stored twice.
    """
    content_hash = Article.hash_text(text)
    _writers_serialise()
    existing = Article.objects.filter(content_hash=content_hash).first()
    if existing is not None:
        return IngestResult(article=existing, created=False, meetings=[])

    cleaned_text = cleaned_text if cleaned_text is not None else text
    article = Article.objects.create(
        url=url,
        outlet=outlet,
        title=title,
        published=published if published and is_plausible_date(published) else None,
        raw_text=text,
        text=cleaned_text,
        content_hash=content_hash,
        search_title=search_normalize(title),
        search_body=search_normalize(cleaned_text),
    )
    known_countries = stored_country_codes()
    stored, reports = [], []
    for data in meetings:
        # Resolved once the previous report is stored, so people it created are found.
        report = report_resolve(data, known_countries=known_countries)
        stored.append(report_store(article=article, report=report))
        reports.append(report)
    created = set().union(*(report.created for report in reports))
    # Someone one report created and a later one found is new, not linked.
    linked = set().union(*(report.linked for report in reports)) - created
    return IngestResult(
        article=article,
        created=True,
        meetings=stored,
        new_meetings=sum(report.new_meeting for report in reports),
        new_participants=len(created),
        linked_participants=len(linked),
    )


@transaction.atomic
def article_reextract(*, article: Article) -> ReextractResult:
    """Run the extractor again on a stored article and bring its meetings up to date.

    Each newly extracted meeting is paired with the article's stored meeting that
    shares most of its people. Reviewed meetings are left as they are; the others get
    the new extraction except where editors have worked (see the module docstring).
    Stored meetings the extractor no longer finds are deleted unless an editor has
    worked on them or another article reports them too.
    """
    extracted = extract_article(
        article.raw_text,
        source=f"article-{article.pk}",
        published=article.published,
        topic_cues=topic_cues(),
        known_people=archive_people(),
    )
    cleaned_text = clean_article_text(article.raw_text)
    if cleaned_text != article.text:
        article.text = cleaned_text
        article.search_body = search_normalize(cleaned_text)
        article.save(update_fields=["text", "search_body"])

    result = ReextractResult()
    _writers_serialise()
    known_countries = stored_country_codes()
    reports = [
        report_resolve(data, known_countries=known_countries)
        for data in _held_meetings(extracted.to_json())
    ]
    # Locked before anything is decided from their review state or edited fields: an
    # editor saving one of them meanwhile waits, rather than being overwritten.
    stored = list(
        article.meetings.select_for_update(of=("self",)).prefetch_related(
            "sources", "removals", "participations__participant"
        )
    )
    pairs, new_reports, gone = pair_reports(article=article, reports=reports, meetings=stored)
    for report, meeting in pairs:
        if meeting.review_state in KEPT_STATES:
            result.kept += 1
        elif meeting_apply(
            meeting=meeting, article=article, report=report, replace=meeting.sources.count() == 1
        ):
            result.updated += 1
        else:
            result.unchanged += 1
    for report in new_reports:
        report_store(article=article, report=report)
        result.created += 1
    for meeting in gone:
        if edited_by_editor(meeting):
            result.kept += 1
            continue
        if meeting.sources.exclude(article=article).exists():
            meeting.sources.filter(article=article).delete()
            meeting_refresh_derived(meeting=meeting)
        else:
            meeting.delete()
        result.removed += 1
    return result


def _writers_serialise() -> None:
    """Wait until no other ingestion is writing, and hold that turn until this
    transaction ends.

    Whether an article, a person or a meeting is already stored is decided by reading
    before writing: two runs at once would each find nothing and both store the same
    person or meeting (or fail on the article's unique hash). Taken after extraction,
    so the slow part still runs in parallel, and before anything is looked up.
    """
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [WRITERS_LOCK_KEY])


def _held_meetings(extracted: dict) -> list[MeetingData]:
    # Announced meetings ("سيلتقي غداً") are not meetings yet (extraction spec).
    return [data for data in extracted["meetings"] if data.get("status", "held") == "held"]
