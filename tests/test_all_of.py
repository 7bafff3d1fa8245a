"""All-of and any-of within one facet (issue #10): what each mode lists, and facet counts
that say what choosing a value would give in either mode."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from meetings import selectors
from meetings.facets import ARRAY_FACETS
from meetings.filters import MeetingFilterSet, match_param
from meetings.models import COUNT_SAMPLE_STEPS, Meeting, MeetingFacetRow, in_count_sample
from meetings.selectors.listing import _about
from meetings.services.derived import meeting_refresh_derived
from tests.factories import ParticipantFactory, ParticipationFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


def make_archive() -> dict:
    """Three people, five meetings: two of Libya and Italy together, one of each alone
    (the Libyan one with a Tunisian), one of Tunisia alone."""
    people = {
        "rashdan": ParticipantFactory(name="رشدان الكفراوي"),
        "matteo": ParticipantFactory(name="ماتيو سبيرانزي"),
        "waddah": ParticipantFactory(name="وضاح الهنشيري"),
    }
    rashdan, matteo, waddah = people.values()
    meetings = {
        "ly_it": make_meeting(
            countries=["LY", "IT"], topics=["migration"], people=[rashdan, matteo]
        ),
        "ly_it_tn": make_meeting(
            countries=["LY", "IT", "TN"],
            topics=["migration", "training"],
            people=[rashdan, matteo, waddah],
            date=datetime.date(2023, 3, 1),
        ),
        "ly": make_meeting(
            countries=["LY", "TN"],
            topics=["training"],
            people=[rashdan, waddah],
            date=datetime.date(2022, 7, 1),
        ),
        "it": make_meeting(
            countries=["IT"], topics=["maritime"], people=[matteo], date=datetime.date(2021, 1, 1)
        ),
        "tn": make_meeting(
            countries=["TN"], topics=["migration"], people=[waddah], date=datetime.date(2020, 1, 1)
        ),
    }
    return {"people": people, "meetings": meetings}


@pytest.fixture
def archive():
    return make_archive()


def filterset(**params) -> MeetingFilterSet:
    chosen = MeetingFilterSet(params, queryset=Meeting.objects.newest_first())
    assert chosen.is_valid(), chosen.errors
    return chosen


def listed(archive, **params) -> set[str]:
    names = {meeting.pk: name for name, meeting in archive["meetings"].items()}
    return {names[meeting.pk] for meeting in filterset(**params).qs}


def counts(**params) -> dict[str, dict[str, int]]:
    """Per facet, each listed value's count (None when unknown)."""
    facets = selectors.meeting_list_counts(filterset(**params)).facets
    return {facet.name: {value.value: value.count for value in facet.values} for facet in facets}


def ids(archive, *names) -> list[str]:
    return [str(archive["people"][name].pk) for name in names]


def test_countries_and_participants_default_to_all_of(archive):
    assert listed(archive, country=["LY", "IT"]) == {"ly_it", "ly_it_tn"}
    assert listed(archive, participant=ids(archive, "rashdan", "matteo")) == {"ly_it", "ly_it_tn"}
    assert listed(archive, country=["LY", "IT", "TN"]) == {"ly_it_tn"}


def test_any_of_is_one_parameter_away(archive):
    assert listed(archive, country=["LY", "IT"], country_match="any") == {
        "ly_it",
        "ly_it_tn",
        "ly",
        "it",
    }
    people = ids(archive, "rashdan", "matteo")
    assert listed(archive, participant=people, participant_match="any") == {
        "ly_it",
        "ly_it_tn",
        "ly",
        "it",
    }


def test_topics_and_ministries_default_to_any_of(archive):
    assert listed(archive, topic=["migration", "training"]) == {"ly_it", "ly_it_tn", "ly", "tn"}
    assert listed(archive, topic=["migration", "training"], topic_match="all") == {"ly_it_tn"}

    both = make_meeting(people=[archive["people"]["rashdan"]], ministry="interior")
    ParticipationFactory(meeting=both, participant=archive["people"]["waddah"], ministry="foreign")
    meeting_refresh_derived(meeting=both)
    # Every meeting of the archive has an interior minister; only this one a foreign one too.
    ministries = ["interior", "foreign"]
    assert len(filterset(ministry=ministries).qs) == len(archive["meetings"]) + 1
    assert list(filterset(ministry=ministries, ministry_match="all").qs) == [both]


def test_modes_combine_facet_by_facet(archive):
    params = {"country": ["LY", "IT"], "topic": ["migration", "training"]}
    assert listed(archive, **params) == {"ly_it", "ly_it_tn"}
    assert listed(archive, **params, topic_match="all") == {"ly_it_tn"}
    assert listed(archive, **params, country_match="any", topic_match="all") == {"ly_it_tn"}
    assert listed(archive, **params, country_match="any") == {"ly_it", "ly_it_tn", "ly"}


def test_an_invalid_mode_is_a_form_error_and_the_default_applies(archive):
    chosen = MeetingFilterSet(
        {"country": ["LY", "IT"], "country_match": "most"}, queryset=Meeting.objects.all()
    )
    assert not chosen.is_valid()
    assert "country_match" in chosen.errors
    assert {meeting.pk for meeting in chosen.qs} == {
        archive["meetings"]["ly_it"].pk,
        archive["meetings"]["ly_it_tn"].pk,
    }


def test_every_to_many_facet_has_its_mode_filter():
    filters = MeetingFilterSet().filters
    assert all(match_param(name) in filters for name in ARRAY_FACETS)


def test_all_of_counts_narrow(archive):
    country = counts(country=["LY", "IT"])
    assert country["country"] == {"LY": 2, "IT": 2, "TN": 1}
    assert country["topic"] == {"migration": 2, "training": 1}
    # One country chosen narrows too: next to Italy, the meetings of Libya and Italy.
    assert counts(country=["LY"])["country"] == {"LY": 3, "IT": 2, "TN": 2}
    people = counts(participant=ids(archive, "rashdan", "matteo"))["participant"]
    assert people == dict(zip(ids(archive, "rashdan", "matteo", "waddah"), [2, 2, 1], strict=True))


def test_any_of_counts_widen_as_before(archive):
    assert counts(country=["LY", "IT"], country_match="any")["country"] == {
        "LY": 3,
        "IT": 3,
        "TN": 3,
    }
    assert counts(topic=["migration"])["topic"] == {"migration": 3, "training": 2, "maritime": 1}


@pytest.mark.parametrize(
    ("facet", "params"),
    [
        ("country", {"country": ["LY"]}),
        ("country", {"country": ["LY", "IT"]}),
        ("country", {"country": ["LY"], "topic": ["training"]}),
        ("participant", {"participant": ["rashdan", "matteo"]}),
        ("topic", {"topic": ["migration"], "topic_match": "all"}),
        ("topic", {"country": ["LY"], "topic": ["training"], "topic_match": "all"}),
    ],
)
def test_an_all_of_count_is_the_list_that_adding_the_value_gives(archive, facet, params):
    if "participant" in params:
        params = {**params, "participant": ids(archive, *params["participant"])}
    for value, count in counts(**params)[facet].items():
        widened = {**params, facet: sorted({*params[facet], value})}
        assert count == len(filterset(**widened).qs), (facet, value)


@pytest.mark.parametrize("mode", ["all", "any"])
def test_chosen_values_and_the_total_agree_in_either_mode(archive, mode):
    counted = selectors.meeting_list_counts(filterset(country=["LY", "IT"], country_match=mode))
    assert counted.total == (2 if mode == "all" else 4)
    country = {facet.name: facet for facet in counted.facets}["country"]
    assert country.match == mode
    assert {value.value for value in country.values if value.selected} == {"LY", "IT"}
    if mode == "all":
        # Every chosen value is in every listed meeting.
        assert {value.count for value in country.values if value.selected} == {counted.total}


def test_a_mode_alone_leaves_the_whole_archive_counted_from_the_kept_totals(archive):
    # Each list is counted once (then cached): the whole archive from the kept totals,
    # and with a mode and no country the same, rather than by counting every row.
    with CaptureQueriesContext(connection) as plain:
        selectors.meeting_list_counts(filterset())
    with CaptureQueriesContext(connection) as moded_queries:
        moded = selectors.meeting_list_counts(filterset(country_match="any"))
    assert len(moded_queries) == len(plain)
    assert not any("unnest" in query["sql"] for query in moded_queries)
    assert {facet.name: facet.match for facet in moded.facets}["country"] is None


def test_estimated_all_of_counts_narrow_over_the_sample(monkeypatch):
    # Every list counts as long, so counts come from the sample: meetings are added
    # until it holds one of Libya and Italy together.
    monkeypatch.setattr("meetings.selectors.facets.EXACT_COUNT_LIMIT", 0)
    sampled = MeetingFacetRow.objects.filter(in_count_sample(COUNT_SAMPLE_STEPS[0]))
    while not sampled.filter(countries__contains=["LY", "IT"]).exists():
        make_meeting(countries=["LY", "IT"])
        make_meeting(countries=["LY", "TN"])
    together = sampled.filter(countries__contains=["LY", "IT"]).count()

    counted = selectors.meeting_list_counts(filterset(country=["LY", "IT"]))
    country = {facet.name: facet for facet in counted.facets}["country"]
    assert country.approximate
    estimate = _about(together * COUNT_SAMPLE_STEPS[0])
    assert {value.value: value.count for value in country.values} == {
        "LY": estimate,
        "IT": estimate,
    }


def test_a_mode_other_than_the_default_is_a_chip(archive):
    def chips(**params):
        with translation.override("en"):
            return {
                (chip.param, chip.value): chip.label
                for chip in selectors.active_filters(filterset(**params))
            }

    assert chips(country=["LY", "IT"], country_match="any")[("country_match", None)] == (
        "Country: any of these"
    )
    assert chips(topic=["migration", "training"], topic_match="all")[("topic_match", None)] == (
        "Topic: all of these"
    )
    # The default, or one value, which a mode does not change, says nothing more.
    assert ("country_match", None) not in chips(country=["LY", "IT"], country_match="all")
    assert ("country_match", None) not in chips(country=["LY"], country_match="any")


def test_pair_urls_are_offered_for_two_countries_or_people_under_all_of(archive):
    def facets(**params):
        return {f.name: f for f in selectors.meeting_list_counts(filterset(**params)).facets}

    assert facets(country=["LY", "IT"])["country"].pair_url == "/between/IT/LY/"
    assert facets(country=["LY", "IT"], country_match="any")["country"].pair_url is None
    assert facets(country=["LY", "IT", "TN"])["country"].pair_url is None
    rashdan, matteo = archive["people"]["rashdan"].pk, archive["people"]["matteo"].pk
    people = facets(participant=[str(matteo), str(rashdan)])["participant"]
    first, second = sorted([rashdan, matteo])
    assert people.pair_url == f"/between/people/{first}/{second}/"
    assert facets(topic=["migration", "training"], topic_match="all")["topic"].pair_url is None
