"""Reads that take more than one step: facet counts, related meetings, a participant's
record and monthly counts. Every count is computed by the database."""

import datetime
import hashlib
import itertools
import json
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import reduce
from typing import TypeVar

from django.core.cache import cache
from django.db import connection
from django.db.models import (
    Count,
    F,
    FloatField,
    Func,
    Max,
    Min,
    Model,
    Prefetch,
    Q,
    QuerySet,
    TextField,
    Value,
    Window,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import (
    Cast,
    Coalesce,
    ExtractMonth,
    ExtractYear,
    RowNumber,
    TruncMonth,
)
from django.urls import reverse
from django.utils.dates import MONTHS
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from meetings.english import place_en
from meetings.filters import (
    ARRAY_FACETS,
    MATCH_PARAMS,
    UNDATED,
    Match,
    MeetingFilterSet,
    match_param,
)
from meetings.models import (
    COUNT_SAMPLE_EVERY,
    EARLIEST_DATE,
    Country,
    DataVersion,
    FacetTotal,
    Meeting,
    MeetingFacetRow,
    Ministry,
    Participant,
    Participation,
    Topic,
    latest_date,
)
from meetings.search import search_normalize

T = TypeVar("T")

# Facets list their most frequent values; chosen values are always listed as well.
FACET_SIZE = 12
# Cached counts are keyed by the data version, so a write makes them unreachable at
# once; the timeout only lets unused entries age out of the cache table.
COUNTS_CACHE_SECONDS = 24 * 60 * 60
# Part of every cached figure's key: raise it when what is cached changes meaning, so
# a deploy does not serve figures computed by the code it replaced.
CACHE_GENERATION = 2
RELATED_SIZE = 8
# Meetings that share only countries or topics are looked for this close in time: what
# was discussed around the same date is what a reader wants next, and the window keeps
# the search bounded however large the archive grows.
RELATED_WINDOW = datetime.timedelta(days=183)
# An undated meeting has no time to be close in: its meetings sharing countries or
# topics are looked for among this many of the newest that share any, which keeps the
# search as bounded as the window does.
RELATED_UNDATED_CANDIDATES = 500
COUNTERPARTS_SIZE = 10
# Meetings sharing two participants with a meeting are found by looking up each pair of
# its participants in the facet rows' index; a meeting with more than this many (a
# summit) has too many pairs for that, and is matched through its participations.
PAIRWISE_LIMIT = 8
# Ranking by relevance reads every match's stored vector; past this many matches that
# takes longer than a page may, so such a search is listed newest first and the page
# says so. Its count and facets still cover every match.
SEARCH_RANK_LIMIT = 5000
# A facet whose counts add up to about this many is counted exactly; a larger one,
# which would take longer than a page may, is estimated from the sample of one
# meeting in COUNT_SAMPLE_EVERY (Meeting.in_count_sample).
EXACT_COUNT_LIMIT = 10_000


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
    # None for a chosen value the count sample does not hold: its count is unknown,
    # not 0 (a value in fewer meetings than the sample's step is easily missed).
    count: int | None
    selected: bool


@dataclass(frozen=True)
class Facet:
    name: str
    title: str
    values: list[FacetValue]
    # Counts estimated from the count sample (see ``_counts``), rounded.
    approximate: bool = False
    # How the chosen values combine ("all" or "any"), when two or more of a facet in
    # ARRAY_FACETS are chosen: the reader may then switch; else None.
    match: str | None = None
    # The page of two chosen countries' or people's meetings together (all-of only).
    pair_url: str | None = None

    @property
    def match_param(self) -> str:
        return match_param(self.name)

    @property
    def match_toggle(self) -> str:
        """The facet's other mode than its default. Links put it in the URL or take it
        out, so one link (``toggle_filter``) switches either way."""
        default = ARRAY_FACETS[self.name].default_match
        return Match.ANY if default == Match.ALL else Match.ALL


@dataclass(frozen=True)
class ListCounts:
    """How many meetings a filtered list has, and its facets.

    ``approximate`` when some counts (those of the facets that say so, and the total
    when ``total_approximate``) were estimated from the count sample (see ``_counts``).
    """

    total: int
    facets: list[Facet]
    approximate: bool = False
    total_approximate: bool = False
    # A search's meetings in order of relevance, when it has few enough to rank and
    # they were ranked while being counted (see ``_count_rows``); else None.
    ranked_ids: tuple[int, ...] | None = None


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


def _top(counts: dict[str, int], chosen: list[str]) -> list[tuple[str, int]]:
    """The chosen values, then the most frequent others, FACET_SIZE in all at most."""
    ranked = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    picked = [pair for pair in ranked if pair[0] in chosen]
    picked += [(value, 0) for value in chosen if value not in counts]
    others = [pair for pair in ranked if pair[0] not in chosen]
    return picked + others[: max(FACET_SIZE - len(picked), 0)]


def _grouped(rows, name: str, value) -> QuerySet:
    """(name, value as text, meetings) for each value of expression ``value`` in ``rows``."""
    return (
        rows.annotate(facet=Value(name), value=Cast(value, TextField()))
        .values("facet", "value")
        .annotate(count=Count("*"))
        .values_list("facet", "value", "count")
    )


def _unnested(array: str) -> Func:
    return Func(F(array), function="unnest")


@dataclass(frozen=True)
class _FacetQuery:
    """The facet rows a facet is counted over, and the value it counts them by."""

    rows: QuerySet
    value: Func | F | Value
    # Whether any filter but the search applies: without, the kept totals hold the counts.
    filtered: bool


def _facet_queries(filterset: MeetingFilterSet, active: set[str]) -> dict[str, _FacetQuery]:
    """Per facet ("total" for the list itself), what it counts, with every valid filter
    applied but its own (and the search, which ``_count_rows`` applies); an all-of
    facet's own filter applies too."""

    def counted(value, *own: str, skip_empty: str | None = None) -> _FacetQuery:
        excluded = (set(own) & active) | {"q"}
        rows = filterset.queryset_without(*excluded, queryset=MeetingFacetRow.objects.all())
        if skip_empty == "place":
            rows = rows.exclude(place="")
        elif skip_empty == "date":
            rows = rows.exclude(date=None)
        return _FacetQuery(rows, value, filtered=bool(active - excluded))

    def array_facet(name) -> _FacetQuery:
        # A count says what choosing the value too would give (issue #10). Under
        # all-of that is the list narrowed: counted under the facet's own filter.
        # Under any-of it is the list widened, which its own filter would hide.
        own = (name,) if filterset.match(name) == Match.ANY else ()
        return counted(_unnested(ARRAY_FACETS[name].array), *own)

    queries = {
        "total": counted(Value("")),
        "country": array_facet("country"),
        "topic": array_facet("topic"),
        "ministry": array_facet("ministry"),
        "participant": array_facet("participant"),
        "place": counted(F("place"), "place", skip_empty="place"),
        "review": counted(F("review_state"), "review"),
        # Undated meetings are counted too, under a value of their own.
        "year": counted(
            Coalesce(Cast(ExtractYear("date"), TextField()), Value(UNDATED)), "year", "month"
        ),
    }
    # Months are browsed within a year; across the whole archive they would mean little,
    # and the undated have none.
    if "year" in active and _chosen(filterset, "year") != [UNDATED]:
        queries["month"] = counted(ExtractMonth("date"), "month", skip_empty="date")
    return queries


def _ranked(rows: QuerySet) -> QuerySet:
    """("rank", meeting id as text, position) for each of ``rows``, most relevant first,
    from the relevance the gathered rows carry (see ``_count_rows``)."""
    table = connection.ops.quote_name(MeetingFacetRow._meta.db_table)
    relevance = RawSQL(f'{table}."rank"', (), output_field=FloatField())
    order = [relevance.desc(), F("date").desc(nulls_last=True), F("meeting_id").desc()]
    return (
        rows.annotate(
            facet=Value("rank"),
            value=Cast("meeting_id", TextField()),
            position=Window(RowNumber(), order_by=order),
        )
        .values_list("facet", "value", "position")
        .order_by()
    )


def _count_rows(
    filterset: MeetingFilterSet,
    queries: dict[str, _FacetQuery],
    *,
    sample: bool = False,
    ranked: bool = False,
) -> dict[str, dict[str, int]]:
    """Per facet of ``queries``, the meetings per value, counted over the matching facet
    rows; with ``sample``, over those in the count sample only. With ``ranked`` (and a
    search), also the matching meetings' positions by relevance, under "rank".

    One statement, so the figures cost one round trip. The rows it reads are gathered
    first, once, in a materialised WITH query named like the facet-row table (the
    search runs there, and the sample is read through its own index); the statement's
    parts then filter those rows, rather than each running the search again. Ranking
    there too costs little more: the search reads each match's vector anyway.
    """
    search = filterset.search
    ranked = ranked and search is not None
    parts = [_grouped(query.rows, name, query.value) for name, query in queries.items()]
    if ranked:
        parts.append(_ranked(queries["total"].rows))
    sql, params = parts[0].union(*parts[1:], all=True).query.sql_with_params()

    if sample:
        rows = MeetingFacetRow.objects.filter(in_count_sample=True)
        meetings = Meeting.objects.filter(in_count_sample=True)
    else:
        # Every row some facet counts: one scan, where each facet would make its own.
        rows = reduce(operator.or_, (query.rows for query in queries.values()))
        meetings = Meeting.objects.all()
    if ranked:
        rows = rows.filter(search.condition("meeting__")).annotate(rank=search.rank("meeting__"))
    elif search is not None:
        matches = meetings.filter(search.condition()).values("pk")
        rows = rows.filter(meeting__in=matches)
    table = connection.ops.quote_name(MeetingFacetRow._meta.db_table)
    rows_sql, rows_params = rows.order_by().query.sql_with_params()
    # Inside its own definition a (non-recursive) WITH name is not in scope, so the
    # WITH query reads the table and everything after it reads the gathered rows.
    sql = f"WITH {table} AS MATERIALIZED ({rows_sql}) {sql}"
    params = (*rows_params, *params)

    counts: dict[str, dict[str, int]] = {}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, count in cursor.fetchall():
            counts.setdefault(facet, {})[value] = count
    return counts


def _kept_totals(names, chosen_participants: list[str]) -> dict[str, dict[str, int]]:
    """The counts of facets ``names`` over the whole archive, from the totals the
    database keeps: of participants, the most frequent and the chosen ones only."""
    totals = FacetTotal.objects.filter(count__gt=0)
    facets = set(names) - {"participant"}
    # Years are kept for dated meetings only: the undated are the total less those.
    if "year" in facets:
        facets.add("total")
    # Only the top of the long participant list is shown; the index serves it sorted.
    rows = [*totals.filter(facet__in=facets).values_list("facet", "value", "count")]
    if "participant" in names:
        participants = totals.filter(facet="participant")
        rows += participants.order_by("-count", "value").values_list("facet", "value", "count")[
            :FACET_SIZE
        ]
        rows += participants.filter(value__in=chosen_participants).values_list(
            "facet", "value", "count"
        )
    counts: dict[str, dict[str, int]] = {}
    for facet, value, count in rows:
        counts.setdefault(facet, {})[value] = count
    if "year" in names:
        undated = sum(counts.get("total", {}).values()) - sum(counts.get("year", {}).values())
        if undated > 0:
            counts.setdefault("year", {})[UNDATED] = undated
        if "total" not in names:
            counts.pop("total", None)
    return counts


def _counts(
    filterset: MeetingFilterSet,
) -> tuple[dict[str, dict[str, int]], set[str], tuple[int, ...] | None]:
    """Per facet ("total" included) the meetings per value, the facets whose counts are
    estimates, and a search's meetings by relevance when it has few enough to rank.

    Counting takes time in proportion to the values counted (a meeting's countries,
    its participants...), so each facet is counted the cheapest way that is exact
    enough: over the whole archive from the kept totals; up to EXACT_COUNT_LIMIT
    values exactly; beyond, estimated from the count sample. The sample is counted
    first, and tells which facets are which, and whether a search is likely to have
    few enough matches to rank (when it misjudges, the list ranks them itself).
    """
    # A match mode alone filters nothing: with it, the kept totals still hold.
    active = {name for name in filterset.filters if _chosen(filterset, name)} - MATCH_PARAMS
    queries = _facet_queries(filterset, active)
    # A query of diacritics or tatweel alone searches for nothing, as in the list.
    searching = filterset.search is not None
    kept = {name for name, query in queries.items() if not (query.filtered or searching)}
    counts = _kept_totals(kept, _chosen(filterset, "participant")) if kept else {}
    queries = {name: query for name, query in queries.items() if name not in kept}
    if not queries:
        return counts, set(), None
    sampled = _count_rows(filterset, queries, sample=True)

    def estimate(name):
        return sum(sampled.get(name, {}).values()) * COUNT_SAMPLE_EVERY

    exact = {name: query for name, query in queries.items() if estimate(name) <= EXACT_COUNT_LIMIT}
    ranked = searching and "total" in exact and estimate("total") <= SEARCH_RANK_LIMIT
    if exact:
        counts |= _count_rows(filterset, exact, ranked=ranked)
    positions = counts.pop("rank", {})
    ranked_ids = None
    if ranked and sum(counts.get("total", {}).values()) <= SEARCH_RANK_LIMIT:
        ranked_ids = tuple(int(pk) for pk in sorted(positions, key=positions.get))
    estimated = set(queries) - set(exact)
    for name in estimated:
        counts[name] = {
            value: count * COUNT_SAMPLE_EVERY for value, count in sampled.get(name, {}).items()
        }
    return counts, estimated, ranked_ids


def meeting_facets(filterset: MeetingFilterSet) -> list[Facet]:
    """Counts of meetings per facet value, each facet counted without its own filter.

    ``filterset`` must have been validated; invalid filters are left out, as in ``qs``.
    """
    return _list_counts(filterset).facets


def _about(count: int) -> int:
    """An estimated count to two significant figures: all the precision it has."""
    return round(count, 2 - len(str(count))) if count >= 100 else count


def _list_counts(filterset: MeetingFilterSet) -> ListCounts:
    counts, estimated, ranked_ids = _counts(filterset)
    english = get_language() == "en"
    facets = []

    def add(name, title, pairs, label):
        chosen = _chosen(filterset, name)
        approximate = name in estimated
        values = [
            FacetValue(
                value=value,
                label=str(label(value)),
                count=(_about(count) or None) if approximate else count,
                selected=value in chosen,
            )
            for value, count in pairs
        ]
        match = filterset.match(name) if name in ARRAY_FACETS and len(chosen) > 1 else None
        # Strings, not lazy translations: the result is cached per language.
        facets.append(
            Facet(
                name=name,
                title=str(title),
                values=values,
                approximate=approximate,
                match=match.value if match else None,
                pair_url=pair_url(name, chosen) if match == Match.ALL else None,
            )
        )

    def top(name):
        return _top(counts.get(name, {}), _chosen(filterset, name))

    def names_of(model, pairs, field="name_en" if english else "name_ar"):
        keys = [value for value, _count in pairs]
        # Unordered: sorting by name would load the collation in a new connection (~80 ms).
        rows = model.objects.filter(pk__in=keys).order_by().values_list("pk", field)
        return {str(pk): name for pk, name in rows}.get

    pairs = top("country")
    add("country", _("Country"), pairs, names_of(Country, pairs))
    pairs = top("topic")
    add("topic", _("Topic"), pairs, names_of(Topic, pairs))
    add("ministry", _("Ministry"), top("ministry"), lambda value: Ministry(value).label)
    pairs = top("participant")
    add("participant", _("Participant"), pairs, names_of(Participant, pairs, "name"))
    add("place", _("Place"), top("place"), _place_label)
    states = sorted(counts.get("review", {}).items())
    add("review", _("Review state"), states, lambda value: Meeting.ReviewState(value).label)
    # Newest first, the undated last.
    years = sorted(
        counts.get("year", {}).items(),
        key=lambda pair: (pair[0] == UNDATED, 0 if pair[0] == UNDATED else -int(pair[0])),
    )
    add("year", _("Year"), years, _year_label)
    if "month" in counts:
        months = sorted(counts["month"].items(), key=lambda pair: int(pair[0]))
        add("month", _("Month"), months, lambda value: MONTHS[int(value)])
    total = sum(counts.get("total", {}).values())
    if "total" in estimated:
        total = _about(total)
    return ListCounts(
        total=total,
        facets=facets,
        approximate=bool(estimated),
        total_approximate="total" in estimated,
        ranked_ids=ranked_ids,
    )


def _place_label(place: str) -> str:
    """A place in the page's language (its English name, where known, on English pages)."""
    return (get_language() == "en" and place_en(place)) or place


def _year_label(value) -> str:
    """A year facet value or chip as shown: the year, or "Undated" for ``UNDATED``."""
    return str(_("Undated")) if str(value) == UNDATED else str(value)


def data_version() -> int | None:
    """The number every write to meetings bumps (see ``DataVersion``), or None when its
    row is missing (a flushed test database): then nothing may be cached, as an entry
    stored before the flush could not be told from a new one."""
    return DataVersion.objects.filter(pk=1).values_list("value", flat=True).first()


def cached_until_write(key: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept in the cache until the next write to meetings.

    The cache is the default one (a database table, see settings.CACHES): shared by
    every worker, and rolled back with a test's transaction. ``key`` must say
    everything the result depends on besides the data, the page's language included.
    """
    version = data_version()
    if version is None:
        return compute()
    key = f"{key}:g{CACHE_GENERATION}:v{version}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_CACHE_SECONDS)
    return value


def _filter_state(filterset: MeetingFilterSet) -> str:
    """The valid filters as a stable string: one cache entry per list, however the URL
    orders or spells its parameters."""
    state = {name: sorted(_chosen(filterset, name)) for name in filterset.filters}
    state["q"] = search_normalize(filterset.form.cleaned_data.get("q") or "")
    return json.dumps(state, sort_keys=True, ensure_ascii=False)


def meeting_list_counts(filterset: MeetingFilterSet) -> ListCounts:
    """The number of matching meetings and the facets, cached until the next write."""
    digest = hashlib.sha256(_filter_state(filterset).encode()).hexdigest()

    return cached_until_write(
        f"meeting-counts:{get_language()}:{digest}", lambda: _list_counts(filterset)
    )


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
    # Only a mode other than the default says more than the values do.
    for name, facet in ARRAY_FACETS.items():
        match = filterset.match(name)
        if len(_chosen(filterset, name)) > 1 and match != facet.default_match:
            # Translators: a filter, as "Country: any of these".
            label = _("%(facet)s: %(match)s") % {
                "facet": filterset.filters[name].label,
                "match": match.label,
            }
            chips.append(ActiveFilter(match_param(name), None, label))
    chips += [ActiveFilter("place", place, _place_label(place)) for place in data.get("place", [])]
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
        chips.append(ActiveFilter("year", None, _year_label(data["year"])))
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


def _sharing_participants(meeting: Meeting, participant_ids: set[int], *, limit: int):
    """Ids of the meetings sharing most of ``participant_ids``, then newest first.

    In two steps, so that someone with tens of thousands of meetings does not mean
    reading the date of each: meetings sharing two or more participants (few, found
    from the facet rows' participant index as those holding any pair of them, or for
    a meeting of many participants from the participations) are ranked on their own,
    and the rest, which share one, come newest first from the facet rows' date index.
    """
    several = None
    if len(participant_ids) <= PAIRWISE_LIMIT:
        pairs = [
            Q(participants__contains=list(pair))
            for pair in itertools.combinations(sorted(participant_ids), 2)
        ]
        if pairs:
            several = MeetingFacetRow.objects.filter(reduce(operator.or_, pairs))
    else:
        # Too many pairs to look up one by one: count the participants each meeting shares.
        # Read into a list first: as a subquery the planner misjudges its size and scans
        # every facet row to join it.
        sharing = (
            Participation.objects.filter(participant__in=participant_ids, meeting_public=True)
            .values("meeting")
            .annotate(shared=Count("*"))
            .filter(shared__gte=2)
            .values_list("meeting", flat=True)
        )
        several = MeetingFacetRow.objects.filter(meeting__in=list(sharing))
    keys = []
    if several is not None:
        rows = several.exclude(meeting=meeting).values_list("meeting", "date", "participants")
        keys = sorted(
            (
                (len(participant_ids.intersection(participants)), date or datetime.date.min, pk)
                for pk, date, participants in rows
            ),
            reverse=True,
        )
    ranked = [pk for _shared, _date, pk in keys[:limit]]
    if participant_ids and len(ranked) < limit:
        sharing_one = (
            MeetingFacetRow.objects.filter(participants__overlap=list(participant_ids))
            .exclude(meeting__in=[meeting.pk, *ranked])
            .order_by(F("date").desc(nulls_last=True), "-meeting")
            .values_list("meeting", flat=True)
        )
        ranked += list(sharing_one[: limit - len(ranked)])
    return ranked


def _newest_sharing_subjects(country_codes: set[str], topic_codes: set[str]) -> QuerySet:
    """The ids of the meetings concerning any of ``country_codes`` or ``topic_codes``,
    newest first (the undated last), from the facet rows' indexes."""
    sharing = Q(countries__overlap=sorted(country_codes)) if country_codes else Q()
    if topic_codes:
        sharing |= Q(topics__overlap=sorted(topic_codes))
    return newest_first_ids(MeetingFacetRow.objects.filter(sharing))


def related_meetings(meeting: Meeting, *, limit: int = RELATED_SIZE) -> list[RelatedMeeting]:
    """Meetings sharing participants first, then those sharing countries and topics.

    Those sharing only countries or topics are looked for around the meeting's date
    (RELATED_WINDOW), undated ones included; for an undated meeting, among the newest
    sharing any (RELATED_UNDATED_CANDIDATES). On equal sharing, the newest come first
    and the undated last.

    ``meeting`` should come with its participations, countries and topics prefetched.
    Each result carries what it shares with ``meeting``: the reason it is listed.
    """
    participant_ids = {p.participant_id for p in meeting.participations.all()}
    country_codes = {country.code for country in meeting.countries.all()}
    topic_codes = {topic.code for topic in meeting.topics.all()}

    by_participants = _sharing_participants(meeting, participant_ids, limit=limit)
    by_subjects = []
    if len(by_participants) < limit and (country_codes or topic_codes):
        nearby = Meeting.objects.public().exclude(pk__in=[meeting.pk, *by_participants])
        if meeting.date:
            window = (meeting.date - RELATED_WINDOW, meeting.date + RELATED_WINDOW)
            # An undated meeting may be from any time, so near this one too: it stays
            # eligible, and the order puts it after the dated ones sharing as much.
            nearby = nearby.filter(Q(date__range=window) | Q(date=None))
        else:
            nearby = nearby.filter(
                pk__in=_newest_sharing_subjects(country_codes, topic_codes)[
                    :RELATED_UNDATED_CANDIDATES
                ]
            )
        by_subjects = list(
            nearby.annotate(
                shared=Count("countries", filter=Q(countries__in=country_codes), distinct=True)
                + Count("topics", filter=Q(topics__in=topic_codes), distinct=True)
            )
            .filter(shared__gt=0)
            .order_by("-shared", F("date").desc(nulls_last=True), "-pk")
            .values_list("pk", flat=True)[: limit - len(by_participants)]
        )

    candidates = (
        Meeting.objects.filter(pk__in=by_participants + by_subjects)
        .without_search_columns()
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

    The number in all comes from the totals the database keeps, so a country in half
    the archive costs no more than one in a handful of meetings.
    """
    rows = subject_rows(facet, code)

    def count():
        total = FacetTotal.objects.filter(facet=facet, value=code).values_list("count", flat=True)
        return SubjectCounts(meeting_count=total.first() or 0, monthly=monthly_counts(rows))

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
    rows = dict(
        meetings.filter(date__range=(EARLIEST_DATE, latest_date()))
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


# Pages of two countries' or two people's meetings together (issue #10): /between/...


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
    return MeetingFacetRow.objects.filter(**{f"{ARRAY_FACETS[facet].array}__contains": values})


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


def _most_frequent(rows: QuerySet, array: str, *, limit: int | None = None) -> list[tuple]:
    """(value, meetings) for the values of ``array`` in ``rows``, the most frequent
    first; ``limit`` of them, or all."""
    return list(
        rows.order_by()
        .values(value=_unnested(array))
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
        topic_counts = _most_frequent(rows, "topics")
        people_counts = [
            pair
            for pair in _most_frequent(rows, "participants", limit=COUNTERPARTS_SIZE + 2)
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
