"""Counting a filtered list and its facets: the facet-row queries, the one statement
that counts them (over the count sample or exactly), the totals the database keeps, and
the dataclasses the list page and its feed show. Every count is computed by the
database."""

import operator
from dataclasses import dataclass
from functools import reduce

from django.db import connection
from django.db.models import (
    Count,
    F,
    FloatField,
    Func,
    Model,
    Q,
    QuerySet,
    TextField,
    Value,
    Window,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import (
    Cast,
    RowNumber,
)

from meetings.facets import ARRAY_FACETS, FACETS, FACETS_BY_NAME, UNDATED, Match
from meetings.filters import MATCH_PARAMS, MeetingFilterSet, match_param
from meetings.models import FacetTotal, Meeting, MeetingFacetRow, in_count_sample, sample_step

# Facets list their most frequent values; chosen values are always listed as well.
FACET_SIZE = 12
# Ranking by relevance reads every match's stored vector; past this many matches that
# takes longer than a page may, so such a search is listed newest first and the page
# says so. Its count and facets still cover every match.
SEARCH_RANK_LIMIT = 5000
# A facet whose counts add up to about this many is counted exactly; a larger one,
# which would take longer than a page may, is estimated from the count sample
# (models.sample_step: one meeting in 40, in a larger step for a larger archive).
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
    # The estimates' sample holds one meeting in this many (``models.sample_step``).
    sample_every: int = 0


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


@dataclass(frozen=True)
class _FacetQuery:
    """The facet rows a facet is counted over, and the value it counts them by."""

    rows: QuerySet
    value: Func | F | Value
    # Whether any filter but the search applies: without, the kept totals hold the counts.
    filtered: bool


def _facet_queries(filterset: MeetingFilterSet, active: set[str]) -> dict[str, _FacetQuery]:
    """Per facet of the registry ("total" for the list itself), what it counts, with
    every valid filter applied but its own (and the search, which ``_count_rows``
    applies); an all-of facet's own filter applies too."""

    def counted(value, *own: str, without: Q | None = None) -> _FacetQuery:
        excluded = (set(own) & active) | {"q"}
        rows = filterset.queryset_without(*excluded, queryset=MeetingFacetRow.objects.all())
        if without is not None:
            rows = rows.exclude(without)
        return _FacetQuery(rows, value, filtered=bool(active - excluded))

    queries = {"total": counted(Value(""))}
    for facet in FACETS:
        if facet.within and (
            facet.within not in active or _chosen(filterset, facet.within) == [UNDATED]
        ):
            continue
        # A count says what choosing the value too would give (issue #10). Under
        # all-of that is the list narrowed: counted under the facet's own filter.
        # Under any-of, or for a facet of one value per meeting, it is the list
        # widened, which its own filter would hide.
        if facet.many and filterset.match(facet.name) == Match.ALL:
            own = facet.counted_without
        else:
            own = (facet.name, *facet.counted_without)
        queries[facet.name] = counted(facet.value_expression(), *own, without=facet.without_value)
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
    sample: int = 0,
    ranked: bool = False,
) -> dict[str, dict[str, int]]:
    """Per facet of ``queries``, the meetings per value, counted over the matching facet
    rows; with ``sample`` (a step), over those in its count sample only. With ``ranked`` (and a
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
        rows = MeetingFacetRow.objects.filter(in_count_sample(sample))
        meetings = Meeting.objects.filter(in_count_sample(sample))
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
) -> tuple[dict[str, dict[str, int]], set[str], tuple[int, ...] | None, int]:
    """Per facet ("total" included) the meetings per value, the facets whose counts are
    estimates, a search's meetings by relevance when it has few enough to rank, and the
    step of the count sample the estimates come from.

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
    kept = {
        name
        for name, query in queries.items()
        if not (query.filtered or searching) and (name == "total" or FACETS_BY_NAME[name].kept)
    }
    counts = _kept_totals(kept, _chosen(filterset, "participant")) if kept else {}
    queries = {name: query for name, query in queries.items() if name not in kept}
    if not queries:
        return counts, set(), None, 0
    step = sample_step(archive_size())
    sampled = _count_rows(filterset, queries, sample=step)

    def estimate(name):
        return sum(sampled.get(name, {}).values()) * step

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
        counts[name] = {value: count * step for value, count in sampled.get(name, {}).items()}
    return counts, estimated, ranked_ids, step


def archive_size() -> int:
    """How many public meetings the archive holds, from the totals the database keeps."""
    return sum(FacetTotal.objects.filter(facet="total").values_list("count", flat=True))
