"""The pages of a participant, a country and a topic: their meetings newest first,
how many there are and per month, a participant's offices and the people they met
most often."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, F, Func, Max, Min, QuerySet
from django.db.models.functions import TruncMonth

from meetings.models import (
    EARLIEST_DATE,
    FacetTotal,
    MeetingFacetRow,
    MonthTotal,
    Participant,
    latest_date,
)
from meetings.selectors.cache import cached_until_write

COUNTERPARTS_SIZE = 10


@dataclass(frozen=True)
class ParticipantSummary:
    meeting_count: int
    offices: list[dict]


def participant_summary(participant: Participant) -> ParticipantSummary:
    """What a participant's page shows besides the timeline, cached until the next write."""

    def summarise():
        return ParticipantSummary(
            meeting_count=participant.participations.filter(meeting_public=True).count(),
            offices=list(participant_offices(participant)),
        )

    return cached_until_write(f"participant:{participant.pk}", summarise)


@dataclass(frozen=True)
class SubjectCounts:
    meeting_count: int
    monthly: list[tuple[datetime.date, int]]


def newest_first_ids(rows: QuerySet[MeetingFacetRow]) -> QuerySet:
    """The ids of the meetings of ``rows``, newest first: the order of the facet rows'
    date index, which holds only public meetings."""
    return rows.order_by(F("date").desc(nulls_last=True), "-meeting_id").values_list(
        "meeting_id", flat=True
    )


def subject_rows(facet: str, code: str) -> QuerySet[MeetingFacetRow]:
    """The facet rows of the public meetings concerning country or topic ``code``
    (``facet`` is "country" or "topic")."""
    array = {"country": "countries", "topic": "topics"}[facet]
    return MeetingFacetRow.objects.filter(**{f"{array}__contains": [code]})


def subject_counts(facet: str, code: str) -> SubjectCounts:
    """How many public meetings concern country or topic ``code`` (``facet`` is
    "country" or "topic"), in all and per month; cached until the next write.

    Both come from the totals the database keeps (FacetTotal, MonthTotal), so a
    country in half the archive costs no more than one in a handful of meetings.
    """

    def count():
        total = FacetTotal.objects.filter(facet=facet, value=code).values_list("count", flat=True)
        months = MonthTotal.objects.filter(
            facet=facet, value=code, count__gt=0, month__range=(EARLIEST_DATE, latest_date())
        )
        return SubjectCounts(
            meeting_count=total.first() or 0,
            monthly=_every_month(dict(months.values_list("month", "count"))),
        )

    return cached_until_write(f"subject:{facet}:{code}", count)


def participant_counterparts(participant: Participant, *, limit: int = COUNTERPARTS_SIZE):
    """The participants met most often, as dicts of ``participant`` (id),
    ``participant__name`` and ``count`` (meetings shared).

    Counted over the facet rows of the participant's meetings (one GIN lookup), which
    stays cheap for someone with tens of thousands of meetings, unlike joining
    participations to themselves.
    """
    rows = MeetingFacetRow.objects.filter(participants__contains=[participant.pk]).order_by()
    # The participant is in every one of these rows, so at the top: one more is fetched.
    pairs = (
        rows.values(other=Func(F("participants"), function="unnest"))
        .annotate(count=Count("*"))
        .order_by("-count", "other")
        .values_list("other", "count")[: limit + 1]
    )
    counts = {other: count for other, count in pairs if other != participant.pk}
    names = dict(Participant.objects.filter(pk__in=counts).order_by().values_list("pk", "name"))
    counterparts = [
        {"participant": pk, "participant__name": names[pk], "count": count}
        for pk, count in counts.items()
    ]
    counterparts.sort(key=lambda row: (-row["count"], row["participant__name"]))
    return counterparts[:limit]


def participant_timeline_ids(participant: Participant) -> QuerySet:
    """The ids of the participant's public meetings, newest first.

    From the participations' copies of their meetings' date and state, in the order
    their timeline index holds them: any page is an index range, even for someone
    with tens of thousands of meetings.
    """
    return (
        participant.participations.filter(meeting_public=True)
        .order_by(F("meeting_date").desc(nulls_last=True), "-meeting_id")
        .values_list("meeting_id", flat=True)
    )


def participant_offices(participant: Participant) -> list[dict]:
    """Each office as reported, with how often and over which dates it was reported.

    Counted from the participations' own copies of their meetings' dates, so from one
    index, without reading the meetings.
    """
    offices = list(
        participant.participations.filter(meeting_public=True)
        .values("role", "organization", "ministry", "country")
        .annotate(count=Count("*"), first=Min("meeting_date"), last=Max("meeting_date"))
        .order_by()
    )
    # Most recently reported first (undated last), then by office.
    offices.sort(key=lambda office: office["role"])
    offices.sort(key=lambda office: office["last"] or datetime.date.min, reverse=True)
    return offices


def monthly_counts(meetings) -> list[tuple[datetime.date, int]]:
    """Meetings per month, from the first month with a meeting to the last, gaps as 0.

    Only dates the archive can hold count: a date that reached the database some other
    way must not stretch a chart over millennia (or past the last year Python knows).
    """
    return _every_month(
        dict(
            meetings.filter(date__range=(EARLIEST_DATE, latest_date()))
            .order_by()
            .values(month=TruncMonth("date"))
            .annotate(count=Count("*"))
            .values_list("month", "count")
        )
    )


def _every_month(counts: dict[datetime.date, int]) -> list[tuple[datetime.date, int]]:
    """``counts`` by month, from the first month to the last, the months between as 0."""
    if not counts:
        return []
    month, last = min(counts), max(counts)
    months = []
    while month <= last:
        months.append((month, counts.get(month, 0)))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return months
