"""Writing articles and the meetings extracted from them into the archive.

Meetings arrive in the extraction contract's JSON shape (see
``meetings.extraction``'s ``ExtractedArticle.to_json()``), the same shape as
``manage.py extract --json`` and the sample fixtures, so every way in goes through
``article_ingest``. What editors have done is never overwritten: a reviewed or
rejected meeting only gains sources, fields an editor changed stay as set, participations an editor
added or corrected stay, and people an editor took off a meeting are not put back.
"""

import datetime
from dataclasses import dataclass, field, fields
from typing import Any

from django.db import connection, models, transaction
from django.db.models import Q

from meetings.extraction import clean_article_text, extract_article
from meetings.extraction.normalize import normalize_arabic
from meetings.models import (
    Article,
    Country,
    Meeting,
    MeetingSource,
    Participant,
    Participation,
    Topic,
    is_plausible_date,
)
from meetings.search import search_normalize
from meetings.services.derived import meeting_refresh_derived
from meetings.services.resolution import archive_people, participant_resolve, person_resolve

MeetingData = dict[str, Any]

# Meeting fields an extraction sets, by the names editors' changes are recorded under.
EXTRACTED_MEETING_FIELDS = (
    "date",
    "date_precision",
    "end_date",
    "place",
    "place_country",
    "countries",
    "topics",
)
# News reports a meeting within days; an article that gives no date of its own is
# dated by its publication, so its meeting may be any of the days before.
REPORT_LAG = datetime.timedelta(days=7)
# From the least to the most a date can say: a stated day replaces the day a meeting
# was only reported on, whichever article came first.
DATE_PRECISION_RANK = {
    precision: rank
    for rank, precision in enumerate(
        [
            Meeting.DatePrecision.REPORTED,
            Meeting.DatePrecision.YEAR,
            Meeting.DatePrecision.MONTH,
            Meeting.DatePrecision.DAY,
        ]
    )
}
# Review states whose meetings re-extraction and further reports leave as they are.
KEPT_STATES = (Meeting.ReviewState.REVIEWED, Meeting.ReviewState.REJECTED)
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


@dataclass
class _Report:
    """One meeting as an article reports it, with the participants the archive has.

    Each reported participant comes with the existing Participant it names, or None
    for someone new: nobody is created or renamed until a participation is (see
    ``_meeting_apply_participants``), since a report may yet be dropped or only add a
    source to a reviewed meeting.
    """

    data: MeetingData
    participants: list[tuple[Participant | None, dict]] = field(default_factory=list)
    # What storing it did, for IngestResult: whether it became a new meeting, and the
    # ids of the participants it created and of the existing ones it linked to.
    new_meeting: bool = False
    created: set[int] = field(default_factory=set)
    linked: set[int] = field(default_factory=set)

    @property
    def participant_ids(self) -> set[int]:
        return {found.pk for found, _item in self.participants if found is not None}


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
    known_countries = _known_countries()
    stored, reports = [], []
    for data in meetings:
        # Resolved once the previous report is stored, so people it created are found.
        report = _report_resolve(data, known_countries=known_countries)
        stored.append(_report_store(article=article, report=report))
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
    known_countries = _known_countries()
    reports = [
        _report_resolve(data, known_countries=known_countries)
        for data in _held_meetings(extracted.to_json())
    ]
    # Locked before anything is decided from their review state or edited fields: an
    # editor saving one of them meanwhile waits, rather than being overwritten.
    stored = list(
        article.meetings.select_for_update(of=("self",)).prefetch_related(
            "sources", "removals", "participations__participant"
        )
    )
    pairs, new_reports, gone = _pair_reports(article=article, reports=reports, meetings=stored)
    for report, meeting in pairs:
        if meeting.review_state in KEPT_STATES:
            result.kept += 1
        elif _meeting_apply(
            meeting=meeting, article=article, report=report, replace=meeting.sources.count() == 1
        ):
            result.updated += 1
        else:
            result.unchanged += 1
    for report in new_reports:
        _report_store(article=article, report=report)
        result.created += 1
    for meeting in gone:
        if _edited_by_editor(meeting):
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


def _report_resolve(data: MeetingData, *, known_countries: set[str]) -> _Report:
    """Resolve a report's participants, dropping country codes the archive lacks."""

    def known(code: str | None) -> str | None:
        return code if code in known_countries else None

    data = {
        **data,
        "place": _fitting(data.get("place"), Meeting, "place"),
        "place_country": known(data.get("place_country")),
        "countries": [code for code in data.get("countries", []) if code in known_countries],
        "participants": [
            {
                **item,
                "name": _fitting(item.get("name"), Participant, "name") or None,
                "org": _fitting(item.get("org"), Participation, "organization") or None,
                "role": _fitting(item.get("role"), Participation, "role"),
                "country": known(item.get("country")),
            }
            for item in data.get("participants", [])
        ],
    }
    report = _Report(data=data)
    for item in data["participants"]:
        if item.get("name") or item.get("org"):
            report.participants.append((_participant_find(item), item))
    return report


def _fitting(value: str | None, model: type[models.Model], field: str) -> str:
    """``value``, or nothing when it is longer than its column: a place, name or office
    that long is an extraction error, better dropped than cut and stored as fact."""
    value = value or ""
    return value if len(value) <= model._meta.get_field(field).max_length else ""


def _participant_find(item: dict) -> Participant | None:
    """The participant ``participant_resolve`` would give for a reported item, if it
    exists already; unlike it, this writes nothing."""
    if item.get("name"):
        person, _other_form = person_resolve(name=item["name"], country=item["country"])
        return person
    return (
        Participant.objects.named(item["org"])
        .filter(kind=Participant.Kind.INSTITUTION, country_id=item["country"])
        .order_by("pk")
        .first()
    )


def _item_forms(found: Participant | None, item: dict) -> set[str]:
    """The normalised name forms a reported participant is known by."""
    forms = {normalize_arabic(item.get("name") or item.get("org") or "")}
    return forms | found.name_forms() if found is not None else forms


def _report_store(*, article: Article, report: _Report) -> Meeting:
    """Store a report as a new meeting, or as another source of the same meeting."""
    meeting = _same_meeting(article=article, report=report)
    if meeting is None:
        meeting = Meeting.objects.create(**_scalar_values(report.data))
        report.new_meeting = True
        _meeting_apply(meeting=meeting, article=article, report=report, replace=True)
        return meeting
    # Locked, and read again, before its review state decides what the report may change.
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.review_state in KEPT_STATES:
        MeetingSource.objects.create(
            meeting=meeting, article=article, evidence=report.data.get("evidence") or ""
        )
        meeting_refresh_derived(meeting=meeting)
    else:
        _meeting_apply(meeting=meeting, article=article, report=report, replace=False)
    return meeting


def _same_meeting(*, article: Article, report: _Report) -> Meeting | None:
    """A meeting of another article with the same date and mostly the same people.

    "Mostly" is more than half of the smaller side: a minister meeting A and, the same
    day, meeting B shares only one person of two with each, and stays two meetings.
    One shared person is enough only when each side has just that one, or the place is
    the same: a minister seen alone in a report is otherwise as likely to be at any of
    the day's meetings.
    """
    date = _parse_date(report.data.get("date"))
    ids = report.participant_ids
    if date is None or not ids:
        return None
    reported = len(report.participants)
    place = report.data.get("place") or ""
    candidates = (
        Meeting.objects.filter(
            _same_time(date, _scalar_values(report.data)["date_precision"]),
            participations__participant_id__in=ids,
        )
        .exclude(sources__article=article)
        .distinct()
        .prefetch_related("participations")
    )
    best, best_shared = None, 0
    for meeting in candidates:
        theirs = {participation.participant_id for participation in meeting.participations.all()}
        shared = len(theirs & ids)
        enough = shared >= 2 or len(theirs) == reported == 1 or (place and place == meeting.place)
        if enough and 2 * shared > min(len(theirs), reported) and shared > best_shared:
            best, best_shared = meeting, shared
    return best


def _same_time(date: datetime.date, precision: str) -> Q:
    """Meetings that can have been on `date`: the same day, or within the days before
    a report that gives only the day it was published (and the reverse); for a month or
    a year, any day of it."""
    Precision = Meeting.DatePrecision
    if precision == Precision.REPORTED:
        return Q(date__range=(date - REPORT_LAG, date))
    if precision == Precision.MONTH:
        return Q(date__year=date.year, date__month=date.month)
    if precision == Precision.YEAR:
        return Q(date__year=date.year)
    return Q(date=date) | Q(
        date_precision=Precision.REPORTED, date__range=(date, date + REPORT_LAG)
    )


def _pair_reports(*, article: Article, reports: list[_Report], meetings: list[Meeting]):
    """Pair new reports with the article's stored meetings, most people in common first.

    A reported participant counts as in common too when an editor took them off the
    meeting, or put someone of the same name on it: removals and editors'
    participations are per meeting, so the report must land on that meeting to be
    held to them. For the same reason a report left unpaired that shares people with
    a meeting editors worked on is dropped rather than stored as a new meeting.
    """
    scored, kept_overlaps = [], set()
    for report_index, report in enumerate(reports):
        evidence = report.data.get("evidence") or ""
        for meeting_index, meeting in enumerate(meetings):
            overlap = _overlap(report=report, meeting=meeting)
            same_evidence = any(
                source.article_id == article.pk and evidence and source.evidence == evidence
                for source in meeting.sources.all()
            )
            score = overlap + 2 * same_evidence
            if score:
                scored.append((score, report_index, meeting_index))
            if overlap and _edited_by_editor(meeting):
                kept_overlaps.add(report_index)
    pairs, paired_reports, paired_meetings = [], set(), set()
    for _score, report_index, meeting_index in sorted(scored, key=lambda item: -item[0]):
        if report_index in paired_reports or meeting_index in paired_meetings:
            continue
        pairs.append((reports[report_index], meetings[meeting_index]))
        paired_reports.add(report_index)
        paired_meetings.add(meeting_index)
    new_reports = [
        report
        for index, report in enumerate(reports)
        if index not in paired_reports and index not in kept_overlaps
    ]
    gone = [meeting for index, meeting in enumerate(meetings) if index not in paired_meetings]
    return pairs, new_reports, gone


def _overlap(*, report: _Report, meeting: Meeting) -> int:
    """How many of the report's participants the meeting has, has had removed, or has
    under an editor's participation of the same name."""
    theirs = {participation.participant_id for participation in meeting.participations.all()}
    editors_forms = {
        form
        for participation in meeting.participations.all()
        if participation.origin == Participation.Origin.EDITOR
        for form in participation.participant.name_forms()
    }
    removed = {removal.name_normalized for removal in meeting.removals.all()}
    return sum(
        1
        for found, item in report.participants
        if (found is not None and found.pk in theirs)
        or _item_forms(found, item) & (removed | editors_forms)
    )


def _meeting_apply(*, meeting: Meeting, article: Article, report: _Report, replace: bool) -> bool:
    """Write an article's report into a meeting; return whether anything changed.

    ``replace`` when the article is the meeting's only source: its report then is the
    whole extracted truth, and what it no longer says goes. With other sources, the
    report only adds. Fields and participations editors set are left alone either way.
    """
    changed = _meeting_apply_fields(meeting=meeting, report=report, replace=replace)
    evidence = report.data.get("evidence") or ""
    source, created = MeetingSource.objects.get_or_create(
        meeting=meeting, article=article, defaults={"evidence": evidence}
    )
    if not created and source.evidence != evidence:
        source.evidence = evidence
        source.save(update_fields=["evidence"])
        changed = True
    changed |= _meeting_apply_participants(meeting=meeting, report=report, replace=replace)
    if changed or created:
        meeting_refresh_derived(meeting=meeting)
    return changed or created


def _meeting_apply_fields(*, meeting: Meeting, report: _Report, replace: bool) -> bool:
    editable = set(EXTRACTED_MEETING_FIELDS) - set(meeting.edited_fields)
    changed_fields = set()
    values = _scalar_values(report.data)
    # The date and its precision go together: a month-only date is not a day.
    precision = values.pop("date_precision")
    finer = values["date"] is not None and (
        meeting.date is None
        or DATE_PRECISION_RANK[precision] > DATE_PRECISION_RANK[meeting.date_precision]
    )
    for name, value in values.items():
        current = getattr(meeting, name)
        if name.removesuffix("_id") not in editable or current == value:
            continue
        if replace or not current or (name == "date" and finer):
            setattr(meeting, name, value)
            changed_fields.add(name)
    date_kept = "date" not in changed_fields and not (replace and "date" in editable)
    if not date_kept and "date_precision" in editable and meeting.date_precision != precision:
        meeting.date_precision = precision
        changed_fields.add("date_precision")
    if meeting.end_date and meeting.date and meeting.end_date < meeting.date:
        # An editor's date with the extractor's end date (or the reverse) may disagree;
        # a date range the database would refuse is worse than no end date.
        meeting.end_date = None
        changed_fields.add("end_date")
    if changed_fields:
        meeting.save(update_fields=[*changed_fields, "updated_at"])

    related = {
        "countries": set(report.data["countries"]),
        "topics": set(
            Topic.objects.filter(code__in=report.data.get("topics", [])).values_list(
                "code", flat=True
            )
        ),
    }
    changed = bool(changed_fields)
    for name, codes in related.items():
        if name not in editable:
            continue
        manager = getattr(meeting, name)
        current = set(manager.values_list("pk", flat=True))
        wanted = codes if replace else current | codes
        if wanted != current:
            manager.set(wanted)
            changed = True
    return changed


def _meeting_apply_participants(*, meeting: Meeting, report: _Report, replace: bool) -> bool:
    removed = set(meeting.removals.values_list("name_normalized", flat=True))
    current = {
        participation.participant_id: participation
        for participation in meeting.participations.all()
    }
    changed = False
    reported = set()
    for found, item in report.participants:
        if _item_forms(found, item) & removed:
            continue
        values = {
            "role": item.get("role") or "",
            "organization": item.get("org") or "",
            "ministry": item.get("ministry") or "",
            "country_id": item["country"],
        }
        participation = current.get(found.pk) if found is not None else None
        if participation is None:
            # Only now is the participant created, or taught this form of its name.
            participant = participant_resolve(
                name=item.get("name"), org=item.get("org"), country=item["country"]
            )
            participation = current.get(participant.pk)
            if found is None and participation is None:
                # No one had the name when the report was resolved, which ingestion
                # does just before storing it; since then only participants now in
                # ``current`` can have been created or renamed. So this one is new.
                report.created.add(participant.pk)
        if found is not None:
            report.linked.add(found.pk)
        if participation is None:
            current[participant.pk] = Participation.objects.create(
                meeting=meeting, participant=participant, **values
            )
            reported.add(participant.pk)
            changed = True
            continue
        reported.add(participation.participant_id)
        if replace and participation.origin == Participation.Origin.EXTRACTED:
            differing = [
                name for name, value in values.items() if getattr(participation, name) != value
            ]
            if differing:
                for name in differing:
                    setattr(participation, name, values[name])
                participation.save(update_fields=differing)
                changed = True
    if replace:
        for participant_id, participation in current.items():
            if (
                participant_id not in reported
                and participation.origin == Participation.Origin.EXTRACTED
            ):
                participation.delete()
                changed = True
    return changed


def _edited_by_editor(meeting: Meeting) -> bool:
    # From the removals and participations re-extraction prefetched with the meetings.
    return bool(
        meeting.review_state in KEPT_STATES
        or meeting.edited_fields
        or meeting.removals.all()
        or any(
            participation.origin == Participation.Origin.EDITOR
            for participation in meeting.participations.all()
        )
    )


def _scalar_values(data: MeetingData) -> dict[str, Any]:
    date = _parse_date(data.get("date"))
    end_date = _parse_date(data.get("end_date"))
    precision = data.get("date_precision")
    if precision not in Meeting.DatePrecision.values:
        precision = Meeting.DatePrecision.DAY
    if date is None and data.get("reported_on"):
        # No date of its own: dated by the article that reports it, and said to be.
        date, precision = _parse_date(data["reported_on"]), Meeting.DatePrecision.REPORTED
    return {
        "date": date,
        "date_precision": precision,
        "end_date": end_date if end_date and (date is None or end_date >= date) else None,
        "place": data.get("place") or "",
        "place_country_id": data.get("place_country"),
    }


def _known_countries() -> set[str]:
    # Codes the extractor may give but the Country table lacks are dropped, not failed on.
    return set(Country.objects.values_list("code", flat=True))


def _parse_date(value: str | None) -> datetime.date | None:
    """The date, or None for none or one outside the archive's dates (a misread year
    in the text): a meeting is better undated than dated 9999 or 0001."""
    date = datetime.date.fromisoformat(value) if value else None
    return date if date and is_plausible_date(date) else None
