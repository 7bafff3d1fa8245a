"""Who met whom (issue #10): the counterparts of a participant or of a country, ranked,
for the network graph and the rankings on their pages.

Every count is computed by the database, only the top of each ranking is read, and
each read takes the same number of queries however many meetings it covers. Results
are cached until the next write (``selectors.cached_until_write``); names in the
page's language are chosen when the page renders, so one entry serves both languages.
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import CharField, Count, F, Func, Q, Value
from django.utils.translation import get_language

from meetings import selectors
from meetings.models import (
    Country,
    FacetTotal,
    Ministry,
    Participant,
    Participation,
    in_count_sample,
    sample_step,
)

# Counterparts drawn around a subject: more would crowd the circle's labels.
NETWORK_SIZE = 12
# Entries in each of a country's other rankings (ministries, people).
RANKING_SIZE = 10


@dataclass(frozen=True)
class PersonCount:
    """A participant met, and in how many public meetings."""

    participant_id: int
    name: str
    count: int
    # The participant's country, where a ranking shows it (a country's page).
    country: Country | None = None

    # ``key`` and ``label`` make it a node of the network graph (archive.network_graph).
    @property
    def key(self) -> int:
        return self.participant_id

    @property
    def label(self) -> str:
        return self.name


@dataclass(frozen=True)
class CountryCount:
    """A country met, and in how many public meetings."""

    country: Country
    count: int

    @property
    def key(self) -> str:
        return self.country.code

    @property
    def label(self) -> str:
        return self.country.name_en if get_language() == "en" else self.country.name_ar


@dataclass(frozen=True)
class MinistryCount:
    """A ministry (of ``country``, when a ranking spans several) and in how many
    public meetings it took part."""

    ministry: str
    count: int
    country: Country | None = None

    @property
    def label(self) -> str:
        return str(Ministry(self.ministry).label)


@dataclass(frozen=True)
class CountryNetwork:
    """What a country's page shows of who it met."""

    countries: list[CountryCount]
    # Of participants from other countries, in meetings concerning this one.
    ministries_met: list[MinistryCount]
    people_met: list[PersonCount]
    # The country's own ministries, by the meetings they took part in.
    own_ministries: list[MinistryCount]
    # Counted from the count sample and scaled up (``sample_every``: its step, see
    # ``models.sample_step``): a country in more meetings than can be counted while
    # its page waits.
    approximate: bool = False
    sample_every: int = 0


def participant_counterparts(participant: Participant) -> list[PersonCount]:
    """The people ``participant`` met most often, as ``selectors.participant_counterparts``
    counts them (two queries), cached until the next write."""

    def count():
        rows = selectors.participant_counterparts(participant, limit=NETWORK_SIZE)
        return [
            PersonCount(row["participant"], row["participant__name"], row["count"]) for row in rows
        ]

    return selectors.cached_until_write(f"network:participant:{participant.pk}", count)


def country_network(country: Country) -> CountryNetwork:
    """Who ``country`` met (countries, other countries' ministries and people) and its
    own most active ministries, cached until the next write. Five queries; a country
    in more than ``selectors.EXACT_COUNT_LIMIT`` meetings is ranked from the count
    sample, in a time that does not grow with the archive."""
    return selectors.cached_until_write(
        f"network:country:{country.code}", lambda: _country_network(country.code)
    )


def _country_network(code: str) -> CountryNetwork:
    rows = selectors.subject_rows("country", code).order_by()
    totals = FacetTotal.objects.filter(Q(facet="country", value=code) | Q(facet="total"))
    sizes = dict(totals.values_list("facet", "count"))
    approximate = sizes.get("country", 0) > selectors.EXACT_COUNT_LIMIT
    every = sample_step(sizes.get("total", 0))
    if approximate:
        rows = rows.filter(in_count_sample(every))
    # The country itself is in every one of its rows: dropped from each row's array
    # before counting, so the top N are all others.
    others = Func(
        Func(F("countries"), Value(code), function="array_remove"),
        function="unnest",
        output_field=CharField(),
    )
    countries = list(
        rows.values(other=others)
        .annotate(count=Count("*"))
        .order_by("-count", "other")
        .values_list("other", "count")[:NETWORK_SIZE]
    )

    ministries_met, top_people, own_ministries = _participation_rankings(code, rows)
    people = Participant.objects.only("name", "country").in_bulk([pk for pk, _count in top_people])
    people_met = sorted(
        ((pk, people[pk].name, people[pk].country_id, count) for pk, count in top_people),
        key=lambda row: (-row[3], row[1], row[0]),
    )

    codes = {other for other, _count in countries}
    codes |= {country for country, _ministry, _count in ministries_met}
    codes |= {country for _pk, _name, country, _count in people_met if country}
    names = Country.objects.in_bulk(codes)
    if approximate:
        countries = [(other, count * every) for other, count in countries]
        ministries_met = [(c, ministry, n * every) for c, ministry, n in ministries_met]
        people_met = [(pk, name, c, n * every) for pk, name, c, n in people_met]
        own_ministries = [(ministry, n * every) for ministry, n in own_ministries]
    return CountryNetwork(
        countries=[CountryCount(names[other], count) for other, count in countries],
        ministries_met=[
            MinistryCount(ministry, count, names[country])
            for country, ministry, count in ministries_met
        ],
        people_met=[
            PersonCount(pk, name, count, names.get(country))
            for pk, name, country, count in people_met
        ],
        own_ministries=[MinistryCount(ministry, count) for ministry, count in own_ministries],
        approximate=approximate,
        sample_every=every if approximate else 0,
    )


def _participation_rankings(code: str, rows) -> tuple[list, list, list]:
    """From the participations of the meetings of facet ``rows`` (public meetings of
    country ``code``): the other countries' ministries met, the other countries' people
    met, and the country's own ministries, the top ``RANKING_SIZE`` of each by meetings.

    One statement reading the participations once (a materialised WITH query) for the
    three rankings, which each read them again before: for Libya, in half the archive,
    most of the time of its page after a write went to those three reads. A meeting
    counts once per ministry or person however many of its participations share it;
    counting distinct (meeting, value) rows takes about half the time of a
    COUNT(DISTINCT) per group. A participant of no stated country may well be of this
    one: not counted as met.
    """
    participations = Participation.objects.filter(meeting__in=rows.values("meeting")).values(
        "meeting", "participant", "country", "ministry"
    )
    sql, params = participations.order_by().query.sql_with_params()
    foreign = "country IS NOT NULL AND country <> %s"
    statement = f"""
        WITH p AS MATERIALIZED ({sql})
        (SELECT 'ministries_met', country, ministry, COUNT(*) AS n FROM (
            SELECT DISTINCT meeting, country, ministry FROM p WHERE {foreign} AND ministry <> ''
         ) AS m GROUP BY country, ministry ORDER BY n DESC, country, ministry LIMIT %s)
        UNION ALL
        (SELECT 'people_met', participant::text, '', COUNT(*) AS n FROM p WHERE {foreign}
         GROUP BY participant ORDER BY n DESC, participant LIMIT %s)
        UNION ALL
        (SELECT 'own_ministries', '', ministry, COUNT(*) AS n FROM (
            SELECT DISTINCT meeting, ministry FROM p WHERE country = %s AND ministry <> ''
         ) AS m GROUP BY ministry ORDER BY n DESC, ministry LIMIT %s)
    """
    size = RANKING_SIZE
    rankings = {"ministries_met": [], "people_met": [], "own_ministries": []}
    with connection.cursor() as cursor:
        cursor.execute(statement, (*params, code, size, code, size, code, size))
        for ranking, first, second, count in cursor.fetchall():
            rankings[ranking].append((first, second, count))
    return (
        rankings["ministries_met"],
        [(int(participant), count) for participant, _none, count in rankings["people_met"]],
        [(ministry, count) for _none, ministry, count in rankings["own_ministries"]],
    )
