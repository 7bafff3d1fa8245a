"""Reads that take more than one step: facet counts, related meetings, a participant's
record and monthly counts. Every count is computed by the database."""

import datetime
from dataclasses import dataclass, field

from django.db.models import (
    Case,
    Count,
    F,
    Max,
    Min,
    Model,
    Prefetch,
    Q,
    QuerySet,
    Value,
    When,
)
from django.db.models.functions import ExtractMonth, ExtractYear, TruncMonth
from django.utils.dates import MONTHS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from meetings.filters import MeetingFilterSet
from meetings.models import Meeting, Ministry, Participant, Participation

# Facets list their most frequent values; chosen values are always listed as well.
FACET_SIZE = 12
# Facets are counted over at most this many meetings (the newest, or for a search the
# first matches found): exact counts over a whole large archive cost a scan of every
# link table per facet, far beyond a page's time budget. The sidebar says so.
FACET_WINDOW = 2000
RELATED_SIZE = 8
# Meetings that share only countries or topics are looked for this close in time: what
# was discussed around the same date is what a reader wants next, and the window keeps
# the search bounded however large the archive grows.
RELATED_WINDOW = datetime.timedelta(days=183)
COUNTERPARTS_SIZE = 10


@dataclass(frozen=True)
class ActiveFilter:
    """A filter in force, for the list's removable chips and the feed's title."""

    param: str
    # The query-string value to remove, or None when the whole parameter goes.
    value: str | None
    label: str


@dataclass(frozen=True)
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    title: str
    values: list[FacetValue]


def _localized(row: dict, prefix: str) -> str:
    return row[f"{prefix}name_en"] if get_language() == "en" else row[f"{prefix}name_ar"]


def _chosen(filterset: MeetingFilterSet, name: str) -> list[str]:
    """The chosen values of filter ``name`` as they appear in the query string."""
    value = filterset.form.cleaned_data.get(name)
    # Absent model choices clean to an empty queryset, present ones to a list of objects.
    if value is None or value == "" or isinstance(value, QuerySet):
        return []
    values = value if isinstance(value, list) else [value]
    return [str(v.pk) if isinstance(v, Model) else str(v) for v in values]


def _top(rows, key: str, chosen: list[str], count: str = "count"):
    """Order grouped rows by chosen-first then count, and keep the first FACET_SIZE."""
    order = [f"-{count}", key]
    if chosen:
        chosen_first = Case(When(**{f"{key}__in": chosen}, then=Value(1)), default=Value(0))
        order.insert(0, chosen_first.desc())
    return rows.order_by(*order)[:FACET_SIZE]


def meeting_facets(filterset: MeetingFilterSet) -> list[Facet]:
    """Counts of meetings per facet value, each facet counted without its own filter.

    ``filterset`` must have been validated; invalid filters are left out, as in ``qs``.
    """
    facets = []

    def add(name, title, rows, value_key, label):
        chosen = _chosen(filterset, name)
        values = [
            FacetValue(
                value=str(row[value_key]),
                label=label(row),
                count=row["count"],
                selected=str(row[value_key]) in chosen,
            )
            for row in rows
        ]
        facets.append(Facet(name=name, title=title, values=values))

    searching = bool(filterset.form.cleaned_data.get("q"))
    active = {name for name in filterset.filters if _chosen(filterset, name)}
    windows = {}

    def meetings_without(*names):
        key = frozenset(names) & active
        if key not in windows:
            meetings = filterset.queryset_without(*key)
            # Newest first comes from an index; ordering search matches by anything
            # would mean reading every match, so a search takes the first found.
            meetings = meetings.order_by() if searching else meetings.newest_first()
            window = meetings.values_list("pk", flat=True)[:FACET_WINDOW]
            # Unfiltered, the window is a short index scan and stays a subquery. Filtered,
            # it costs a search of its own, so facets that share it read it only once.
            windows[key] = list(window) if active - key else window
        return windows[key]

    countries = Meeting.countries.through.objects.filter(meeting__in=meetings_without("country"))
    add(
        "country",
        _("Country"),
        _top(
            countries.values("country", "country__name_ar", "country__name_en").annotate(
                count=Count("*")
            ),
            "country",
            _chosen(filterset, "country"),
        ),
        "country",
        lambda row: _localized(row, "country__"),
    )
    topics = Meeting.topics.through.objects.filter(meeting__in=meetings_without("topic"))
    add(
        "topic",
        _("Topic"),
        _top(
            topics.values("topic", "topic__name_ar", "topic__name_en").annotate(count=Count("*")),
            "topic",
            _chosen(filterset, "topic"),
        ),
        "topic",
        lambda row: _localized(row, "topic__"),
    )
    ministries = Participation.objects.filter(meeting__in=meetings_without("ministry")).exclude(
        ministry=""
    )
    add(
        "ministry",
        _("Ministry"),
        _top(
            ministries.values("ministry").annotate(count=Count("meeting", distinct=True)),
            "ministry",
            _chosen(filterset, "ministry"),
        ),
        "ministry",
        lambda row: Ministry(row["ministry"]).label,
    )
    participants = Participation.objects.filter(meeting__in=meetings_without("participant"))
    add(
        "participant",
        _("Participant"),
        _top(
            participants.values("participant", "participant__name").annotate(count=Count("*")),
            "participant",
            _chosen(filterset, "participant"),
        ),
        "participant",
        lambda row: row["participant__name"],
    )
    add(
        "place",
        _("Place"),
        _top(
            Meeting.objects.filter(pk__in=meetings_without("place"))
            .exclude(place="")
            .values("place")
            .annotate(count=Count("*")),
            "place",
            _chosen(filterset, "place"),
        ),
        "place",
        lambda row: row["place"],
    )
    add(
        "review",
        _("Review state"),
        Meeting.objects.filter(pk__in=meetings_without("review"))
        .values("review_state")
        .annotate(count=Count("*"))
        .order_by("review_state"),
        "review_state",
        lambda row: Meeting.ReviewState(row["review_state"]).label,
    )
    add(
        "year",
        _("Year"),
        Meeting.objects.filter(pk__in=meetings_without("year", "month"))
        .exclude(date=None)
        .values(year=ExtractYear("date"))
        .annotate(count=Count("*"))
        .order_by("-year"),
        "year",
        lambda row: str(row["year"]),
    )
    # Months are browsed within a year; across the whole archive they would mean little.
    if _chosen(filterset, "year"):
        add(
            "month",
            _("Month"),
            Meeting.objects.filter(pk__in=meetings_without("month"))
            .exclude(date=None)
            .values(month=ExtractMonth("date"))
            .annotate(count=Count("*"))
            .order_by("month"),
            "month",
            lambda row: MONTHS[row["month"]],
        )
    return facets


def active_filters(filterset: MeetingFilterSet) -> list[ActiveFilter]:
    """The valid filters of ``filterset``, each with a label in the page's language."""
    data = filterset.form.cleaned_data
    english = get_language() == "en"
    chips = []
    if data.get("q"):
        chips.append(ActiveFilter("q", None, f"«{data['q']}»"))
    for name in ("country", "topic"):
        chips += [
            ActiveFilter(name, obj.code, obj.name_en if english else obj.name_ar)
            for obj in data.get(name) or []
        ]
    chips += [
        ActiveFilter("ministry", code, str(Ministry(code).label))
        for code in data.get("ministry", [])
    ]
    chips += [
        ActiveFilter("participant", str(participant.pk), participant.name)
        for participant in data.get("participant") or []
    ]
    chips += [ActiveFilter("place", place, place) for place in data.get("place", [])]
    chips += [
        ActiveFilter("review", state, str(Meeting.ReviewState(state).label))
        for state in data.get("review", [])
    ]
    dates = data.get("date")
    if dates and dates.start:
        chips.append(ActiveFilter("date_after", None, _("from %s") % dates.start.isoformat()))
    if dates and dates.stop:
        chips.append(ActiveFilter("date_before", None, _("until %s") % dates.stop.isoformat()))
    if data.get("year"):
        chips.append(ActiveFilter("year", None, str(data["year"])))
    if data.get("month"):
        chips.append(ActiveFilter("month", None, str(MONTHS[int(data["month"])])))
    return chips


@dataclass
class RelatedMeeting:
    meeting: Meeting
    participants: list[Participant] = field(default_factory=list)
    countries: list = field(default_factory=list)
    topics: list = field(default_factory=list)

    @property
    def sort_key(self):
        return (
            len(self.participants),
            len(self.countries) + len(self.topics),
            self.meeting.date or datetime.date.min,
            self.meeting.pk,
        )


def related_meetings(meeting: Meeting, *, limit: int = RELATED_SIZE) -> list[RelatedMeeting]:
    """Meetings sharing participants first, then those sharing countries and topics.

    ``meeting`` should come with its participations, countries and topics prefetched.
    Each result carries what it shares with ``meeting``: the reason it is listed.
    """
    participant_ids = {p.participant_id for p in meeting.participations.all()}
    country_codes = {country.code for country in meeting.countries.all()}
    topic_codes = {topic.code for topic in meeting.topics.all()}

    by_participants = list(
        Participation.objects.filter(participant__in=participant_ids)
        .exclude(meeting=meeting)
        .values("meeting")
        .annotate(shared=Count("*"), date=Max("meeting__date"))
        .order_by("-shared", F("date").desc(nulls_last=True), "-meeting")
        .values_list("meeting", flat=True)[:limit]
    )
    by_subjects = []
    if len(by_participants) < limit and meeting.date and (country_codes or topic_codes):
        nearby = Meeting.objects.filter(
            date__range=(meeting.date - RELATED_WINDOW, meeting.date + RELATED_WINDOW)
        ).exclude(pk__in=[meeting.pk, *by_participants])
        by_subjects = list(
            nearby.annotate(
                shared=Count("countries", filter=Q(countries__in=country_codes), distinct=True)
                + Count("topics", filter=Q(topics__in=topic_codes), distinct=True)
            )
            .filter(shared__gt=0)
            .order_by("-shared", "-date", "-pk")
            .values_list("pk", flat=True)[: limit - len(by_participants)]
        )

    candidates = (
        Meeting.objects.filter(pk__in=by_participants + by_subjects)
        .select_related("place_country")
        .prefetch_related(
            "countries",
            "topics",
            Prefetch("participations", Participation.objects.select_related("participant")),
        )
    )
    related = []
    for candidate in candidates:
        related.append(
            RelatedMeeting(
                meeting=candidate,
                participants=[
                    p.participant
                    for p in candidate.participations.all()
                    if p.participant_id in participant_ids
                ],
                countries=[c for c in candidate.countries.all() if c.code in country_codes],
                topics=[t for t in candidate.topics.all() if t.code in topic_codes],
            )
        )
    return sorted(related, key=lambda item: item.sort_key, reverse=True)


def participant_counterparts(participant: Participant, *, limit: int = COUNTERPARTS_SIZE):
    """The participants met most often, with the number of meetings shared."""
    return (
        Participation.objects.filter(meeting__participations__participant=participant)
        .exclude(participant=participant)
        .values("participant", "participant__name")
        .annotate(count=Count("meeting", distinct=True))
        .order_by("-count", "participant__name")[:limit]
    )


def participant_offices(participant: Participant):
    """Each office as reported, with how often and over which dates it was reported."""
    return (
        participant.participations.values(
            "role", "organization", "ministry", "country__name_ar", "country__name_en"
        )
        .annotate(count=Count("*"), first=Min("meeting__date"), last=Max("meeting__date"))
        .order_by("-last", "role")
    )


def monthly_counts(meetings) -> list[tuple[datetime.date, int]]:
    """Meetings per month, from the first month with a meeting to the last, gaps as 0."""
    rows = dict(
        meetings.exclude(date=None)
        .order_by()
        .values(month=TruncMonth("date"))
        .annotate(count=Count("*"))
        .values_list("month", "count")
    )
    if not rows:
        return []
    month, last = min(rows), max(rows)
    counts = []
    while month <= last:
        counts.append((month, rows.get(month, 0)))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return counts
