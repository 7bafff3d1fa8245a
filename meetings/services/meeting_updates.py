"""A report stored: as a new meeting, or as what it changes in the meeting it tells of
(the fields, sources and participations an extraction sets), without undoing editors'
work (see ``ingestion``'s docstring). Finding that meeting is ``reports``'s. Nothing
here commits: ingestion's transactions hold it."""

from meetings.models import Article, Meeting, MeetingSource, Participation, Topic
from meetings.services.derived import meeting_refresh_derived
from meetings.services.reports import (
    EXTRACTED_MEETING_FIELDS,
    KEPT_STATES,
    Report,
    item_forms,
    same_meeting,
    scalar_values,
)
from meetings.services.resolution import participant_resolve

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


def report_store(*, article: Article, report: Report) -> Meeting:
    """Store a report as a new meeting, or as another source of the same meeting."""
    meeting = same_meeting(article=article, report=report)
    if meeting is None:
        meeting = Meeting.objects.create(**scalar_values(report.data))
        report.new_meeting = True
        meeting_apply(meeting=meeting, article=article, report=report, replace=True)
        return meeting
    # Locked, and read again, before its review state decides what the report may change.
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if meeting.review_state in KEPT_STATES:
        MeetingSource.objects.create(
            meeting=meeting, article=article, evidence=report.data.get("evidence") or ""
        )
        meeting_refresh_derived(meeting=meeting)
    else:
        meeting_apply(meeting=meeting, article=article, report=report, replace=False)
    return meeting


def meeting_apply(*, meeting: Meeting, article: Article, report: Report, replace: bool) -> bool:
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


def _meeting_apply_fields(*, meeting: Meeting, report: Report, replace: bool) -> bool:
    editable = set(EXTRACTED_MEETING_FIELDS) - set(meeting.edited_fields)
    changed_fields = set()
    values = scalar_values(report.data)
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


def _meeting_apply_participants(*, meeting: Meeting, report: Report, replace: bool) -> bool:
    removed = set(meeting.removals.values_list("name_normalized", flat=True))
    current = {
        participation.participant_id: participation
        for participation in meeting.participations.all()
    }
    changed = False
    reported = set()
    for found, item in report.participants:
        if item_forms(found, item) & removed:
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
