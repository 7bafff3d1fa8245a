"""Pages of two countries' or two people's meetings together (issue #10), at
/between/...: their address, their meetings, and what the page shows above them."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Min, QuerySet
from django.urls import reverse

from meetings.facets import ARRAY_FACETS, FACETS_BY_NAME
from meetings.models import MeetingFacetRow, Participant, Topic
from meetings.selectors.cache import cached_until_write
from meetings.selectors.subjects import COUNTERPARTS_SIZE, monthly_counts


def pair_url(facet: str, values: list[str]) -> str | None:
    """The page of the meetings two chosen countries or participants (``values``, as
    in the query string) share; None for other facets and other numbers of values."""
    if len(values) != 2:
        return None
    if facet == "country":
        return reverse("meetings:country_pair", args=sorted(values))
    if facet == "participant":
        return reverse("meetings:participant_pair", args=sorted(values, key=int))
    return None


def pair_rows(facet: str, values: list) -> QuerySet[MeetingFacetRow]:
    """The facet rows of the public meetings holding both ``values`` of ``facet``
    ("country" or "participant"): one GIN lookup (``@>``)."""
    return MeetingFacetRow.objects.filter(**{f"{ARRAY_FACETS[facet].column}__contains": values})


@dataclass(frozen=True)
class PairSummary:
    meeting_count: int
    first_date: datetime.date | None
    last_date: datetime.date | None
    # (topic, meetings), most discussed first.
    topics: list[tuple[Topic, int]]
    # (participant, meetings), most present first: for two people, the others.
    participants: list[tuple[Participant, int]]
    monthly: list[tuple[datetime.date, int]]


def _most_frequent(rows: QuerySet, facet: str, *, limit: int | None = None) -> list[tuple]:
    """(value, meetings) for the values of ``facet`` in ``rows``, the most frequent
    first; ``limit`` of them, or all."""
    return list(
        rows.order_by()
        .values(value=FACETS_BY_NAME[facet].value_expression())
        .annotate(count=Count("*"))
        .order_by("-count", "value")
        .values_list("value", "count")[:limit]
    )


def pair_summary(facet: str, values: list) -> PairSummary:
    """What a pair's page shows above its meetings: how many, the first and last
    dates, the topics discussed and the participants present most often (for two
    people, the others: they are in every one). Counted over the pair's facet rows;
    cached until the next write."""
    rows = pair_rows(facet, values)
    # Two people are each in every meeting: they are left out of the count below.
    others = set(values) if facet == "participant" else set()

    def summarise():
        totals = rows.aggregate(count=Count("*"), first=Min("date"), last=Max("date"))
        # All of them: the list of topics is short.
        topic_counts = _most_frequent(rows, "topic")
        people_counts = [
            pair
            for pair in _most_frequent(rows, "participant", limit=COUNTERPARTS_SIZE + 2)
            if pair[0] not in others
        ][:COUNTERPARTS_SIZE]
        topics = Topic.objects.in_bulk([code for code, _count in topic_counts])
        people = Participant.objects.only("name").in_bulk([pk for pk, _count in people_counts])
        return PairSummary(
            meeting_count=totals["count"],
            first_date=totals["first"],
            last_date=totals["last"],
            topics=[(topics[code], count) for code, count in topic_counts],
            participants=[(people[pk], count) for pk, count in people_counts],
            monthly=monthly_counts(rows),
        )

    return cached_until_write(f"pair:{facet}:{':'.join(map(str, values))}", summarise)
