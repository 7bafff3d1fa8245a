"""A meeting as one article reports it: its participants resolved against the archive's
people, and the stored meeting it tells of found (same time, mostly the same people).
Storing it is ``meeting_updates``'s. Nothing here commits: ingestion's transactions
hold it."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.db import models
from django.db.models import Q

from meetings.extraction.normalize import normalize_arabic
from meetings.models import (
    Article,
    Country,
    Meeting,
    Participant,
    Participation,
    is_plausible_date,
)
from meetings.services.resolution import person_resolve

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
# Review states whose meetings re-extraction and further reports leave as they are.
KEPT_STATES = (Meeting.ReviewState.REVIEWED, Meeting.ReviewState.REJECTED)


@dataclass
class Report:
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


def report_resolve(data: MeetingData, *, known_countries: set[str]) -> Report:
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
    report = Report(data=data)
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


def item_forms(found: Participant | None, item: dict) -> set[str]:
    """The normalised name forms a reported participant is known by."""
    forms = {normalize_arabic(item.get("name") or item.get("org") or "")}
    return forms | found.name_forms() if found is not None else forms


def same_meeting(*, article: Article, report: Report) -> Meeting | None:
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
            _same_time(date, scalar_values(report.data)["date_precision"]),
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


def pair_reports(*, article: Article, reports: list[Report], meetings: list[Meeting]):
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
            if overlap and edited_by_editor(meeting):
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


def _overlap(*, report: Report, meeting: Meeting) -> int:
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
        or item_forms(found, item) & (removed | editors_forms)
    )


def edited_by_editor(meeting: Meeting) -> bool:
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


def scalar_values(data: MeetingData) -> dict[str, Any]:
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


def stored_country_codes() -> set[str]:
    # Codes the extractor may give but the Country table lacks are dropped, not failed on.
    return set(Country.objects.values_list("code", flat=True))


def _parse_date(value: str | None) -> datetime.date | None:
    """The date, or None for none or one outside the archive's dates (a misread year
    in the text): a meeting is better undated than dated 9999 or 0001."""
    date = datetime.date.fromisoformat(value) if value else None
    return date if date and is_plausible_date(date) else None
