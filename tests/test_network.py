"""Who met whom: a participant's and a country's counterparts and rankings, counted by
the database in a fixed number of queries, and the network graph's geometry."""

import pytest
from django.template import Context, Template
from django.utils import translation

from meetings import network
from meetings.models import COUNT_SAMPLE_STEPS, Meeting, MeetingFacetRow, in_count_sample
from meetings.services.derived import meeting_refresh_derived
from meetings.templatetags.archive import (
    NETWORK_HEIGHT,
    NETWORK_WIDTH,
    _anchor,
    _text_direction,
    network_graph,
)
from tests.factories import ParticipantFactory, ParticipationFactory, country
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db

NO_CACHE = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}


def meet(countries, *attendees, review_state=Meeting.ReviewState.EXTRACTED):
    """A meeting of ``countries`` attended by (participant, ministry) pairs, each of
    the participant's own country."""
    meeting = make_meeting(countries=countries, people=(), review_state=review_state)
    for participant, ministry in attendees:
        ParticipationFactory(meeting=meeting, participant=participant, ministry=ministry)
    meeting_refresh_derived(meeting=meeting)
    return meeting


@pytest.fixture
def cast():
    """Libyans, Italians, a Tunisian and an envoy of no stated country, and their
    meetings: two Libyan-Italian, one Libyan-Tunisian, one Italian-Tunisian without
    Libya, one with the envoy, and a rejected one that counts nowhere."""
    people = {
        "badr": ParticipantFactory(name="بدر السوافي", country=country("LY")),
        "hala": ParticipantFactory(name="هالة الزنتاني", country=country("LY")),
        "dante": ParticipantFactory(name="دانتي روسيلو", country=country("IT")),
        "fiora": ParticipantFactory(name="فيورا بالدي", country=country("IT")),
        "mazen": ParticipantFactory(name="مازن الحرشاني", country=country("TN")),
        "envoy": ParticipantFactory(name="مبعوث الغيمة", country=None),
    }
    p = people
    meet(["LY", "IT"], (p["badr"], "interior"), (p["dante"], "interior"))
    meet(
        ["LY", "IT"],
        (p["badr"], "interior"),
        (p["hala"], "foreign"),
        (p["dante"], "interior"),
        (p["fiora"], "foreign"),
    )
    meet(["LY", "TN"], (p["badr"], "interior"), (p["mazen"], "interior"))
    meet(["IT", "TN"], (p["dante"], "interior"), (p["mazen"], "interior"))
    meet(["LY"], (p["badr"], "interior"), (p["envoy"], "foreign"))
    meet(
        ["LY", "IT"],
        (p["badr"], "interior"),
        (p["fiora"], "foreign"),
        review_state=Meeting.ReviewState.REJECTED,
    )
    return people


def test_a_participants_counterparts_are_counted_over_public_meetings(cast):
    counterparts = network.participant_counterparts(cast["badr"])
    assert [(c.name, c.count) for c in counterparts] == [
        ("دانتي روسيلو", 2),
        ("فيورا بالدي", 1),
        ("مازن الحرشاني", 1),
        ("مبعوث الغيمة", 1),
        ("هالة الزنتاني", 1),
    ]
    assert counterparts[0].participant_id == cast["dante"].pk
    assert (counterparts[0].key, counterparts[0].label) == (cast["dante"].pk, "دانتي روسيلو")


def test_a_countrys_network_counts_what_concerns_it(cast):
    result = network.country_network(country("LY"))
    # Italy and Tunisia, each met only in meetings concerning Libya; Libya itself never.
    assert [(c.country.code, c.count) for c in result.countries] == [("IT", 2), ("TN", 1)]
    # Other countries' ministries; the envoy's country is unknown, so not counted as met.
    assert [(m.country.code, m.ministry, m.count) for m in result.ministries_met] == [
        ("IT", "interior", 2),
        ("IT", "foreign", 1),
        ("TN", "interior", 1),
    ]
    assert [(p.name, p.country.code, p.count) for p in result.people_met] == [
        ("دانتي روسيلو", "IT", 2),
        ("فيورا بالدي", "IT", 1),
        ("مازن الحرشاني", "TN", 1),
    ]
    assert result.people_met[0].participant_id == cast["dante"].pk
    # Two Libyans of one ministry in a meeting would count it once.
    assert [(m.ministry, m.count) for m in result.own_ministries] == [
        ("interior", 4),
        ("foreign", 1),
    ]


def test_names_follow_the_pages_language_from_one_cached_entry(cast):
    with translation.override("ar"):
        result = network.country_network(country("LY"))
        assert result.countries[0].label == "إيطاليا"
        assert result.ministries_met[0].label == "الداخلية"
    with translation.override("en"):
        result = network.country_network(country("LY"))
        assert result.countries[0].label == "Italy"
        assert result.ministries_met[0].label == "Interior"


def test_a_country_met_by_none_has_an_empty_network():
    result = network.country_network(country("EG"))
    assert result == network.CountryNetwork([], [], [], [])


def test_rankings_are_bounded():
    host = ParticipantFactory(country=country("LY"))
    guests = ParticipantFactory.create_batch(network.NETWORK_SIZE + 3, country=country("IT"))
    for guest in guests:
        meet(["LY", "IT"], (host, "interior"), (guest, "interior"))
    assert len(network.participant_counterparts(host)) == network.NETWORK_SIZE
    assert len(network.country_network(country("LY")).people_met) == network.RANKING_SIZE


@pytest.mark.parametrize("size", [1, 5])
def test_each_read_takes_a_fixed_number_of_queries(size, settings, django_assert_num_queries):
    settings.CACHES = NO_CACHE
    libya = country("LY")
    host = ParticipantFactory(country=libya)
    for code in ["IT", "TN", "EG", "DZ", "MA"][:size]:
        for _ in range(size):
            guest = ParticipantFactory(country=country(code))
            meet(["LY", code], (host, "interior"), (guest, "foreign"))
    # The data version, then the counterparts and their names.
    with django_assert_num_queries(3):
        assert len(network.participant_counterparts(host)) == min(size * size, 12)
    # The data version; the country's total; countries; the three rankings of its
    # participations in one statement; the people's names; the countries' names.
    with django_assert_num_queries(6):
        assert len(network.country_network(libya).countries) == size


def test_both_are_cached_until_a_write(cast, django_assert_num_queries):
    libya = country("LY")
    network.participant_counterparts(cast["badr"])
    network.country_network(libya)
    # The data version and the cached entry, each.
    with django_assert_num_queries(4):
        network.participant_counterparts(cast["badr"])
        network.country_network(libya)
    meet(["LY", "EG"], (cast["badr"], "interior"))
    assert [c.country.code for c in network.country_network(libya).countries] == [
        "IT",
        "EG",
        "TN",
    ]


# The graph's geometry


def test_label_direction_follows_its_text():
    assert _text_direction("بدر السوافي") == "rtl"
    assert _text_direction("Italy") == "ltr"
    # Digits and punctuation are weak: the first letter decides.
    assert _text_direction("(1) إيطاليا") == "rtl"
    assert _text_direction("") == "ltr"


def test_the_anchor_puts_the_asked_side_at_the_point_in_either_direction():
    assert _anchor("left", "ltr") == "start" and _anchor("left", "rtl") == "end"
    assert _anchor("right", "ltr") == "end" and _anchor("right", "rtl") == "start"
    assert _anchor("middle", "rtl") == _anchor("middle", "ltr") == "middle"


def test_nodes_sit_on_a_circle_sized_by_count_with_labels_outside(cast):
    counterparts = network.participant_counterparts(cast["badr"])
    graph = network_graph(cast["badr"], counterparts, "لقاءات")
    nodes = graph["nodes"]
    assert len(nodes) == 5
    top = nodes[0]
    # The most met at the top, biggest and with the thickest line; its label above it.
    assert top["x"] == graph["cx"] and top["y"] < graph["cy"]
    assert top["r"] > nodes[1]["r"] and top["edge_width"] > nodes[1]["edge_width"]
    assert top["anchor"] == "middle" and top["label_y"] < top["y"] - top["r"]
    # Then clockwise: the next on the right, its Arabic label running rightwards from
    # beside it (anchored at its end, the left for rtl text); one on the left the other way.
    right, left = nodes[1], nodes[-1]
    assert right["x"] > graph["cx"] and right["label_x"] > right["x"] + right["r"]
    assert (right["direction"], right["anchor"]) == ("rtl", "end")
    assert left["x"] < graph["cx"] and left["label_x"] < left["x"] - left["r"]
    assert (left["direction"], left["anchor"]) == ("rtl", "start")
    for node in nodes:
        assert 0 < node["x"] < NETWORK_WIDTH and 0 < node["y"] < NETWORK_HEIGHT
    # The pair's one address has the lower id first.
    first, second = sorted([cast["badr"].pk, cast["dante"].pk])
    assert top["url"] == f"/between/people/{first}/{second}/"


def test_country_nodes_link_to_the_pair_of_codes_and_read_in_the_pages_language(cast):
    libya = country("LY")
    counterparts = network.country_network(libya).countries
    with translation.override("en"):
        graph = network_graph(libya, counterparts, "Meetings")
    # Codes in alphabetical order: the pair's one address.
    assert [node["url"] for node in graph["nodes"]] == ["/between/IT/LY/", "/between/LY/TN/"]
    assert graph["nodes"][0]["label"] == "Italy" and graph["nodes"][0]["direction"] == "ltr"
    assert graph["centre_label"] == "Libya" and graph["centre_direction"] == "ltr"


def test_long_names_are_cut_on_the_graph_and_whole_in_the_tooltip():
    host = ParticipantFactory(country=country("LY"))
    guest = ParticipantFactory(name="عبد الرحيم بن سليمان بن عمران الفزاني الكبير")
    meet(["LY"], (host, "interior"), (guest, "interior"))
    template = Template("{% load archive %}{% network_graph host counterparts 'لقاءات' %}")
    with translation.override("ar"):
        markup = template.render(
            Context({"host": host, "counterparts": network.participant_counterparts(host)})
        )
    # Cut at a space: the ellipsis follows the last word, on its left in rtl text.
    assert 'direction="rtl">عبد الرحيم بن سليمان…</text>' in markup
    assert "<title>عبد الرحيم بن سليمان بن عمران الفزاني الكبير: " in markup


def test_a_country_in_too_many_meetings_is_ranked_from_the_count_sample(monkeypatch):
    monkeypatch.setattr("meetings.selectors.EXACT_COUNT_LIMIT", 5)
    host = ParticipantFactory(country=country("LY"))
    sampled = MeetingFacetRow.objects.filter(in_count_sample(COUNT_SAMPLE_STEPS[0]))
    while sampled.count() < 2:
        guest = ParticipantFactory(country=country("IT"))
        meet(["LY", "IT"], (host, "interior"), (guest, "foreign"))
    result = network.country_network(country("LY"))
    assert result.approximate
    estimate = sampled.count() * COUNT_SAMPLE_STEPS[0]
    assert [(c.country.code, c.count) for c in result.countries] == [("IT", estimate)]
    assert [(m.ministry, m.count) for m in result.own_ministries] == [("interior", estimate)]
    assert [(m.ministry, m.count) for m in result.ministries_met] == [("foreign", estimate)]
    # Each Italian met Libya once: in the sample, each counts for COUNT_SAMPLE_STEPS[0].
    assert {p.count for p in result.people_met} == {COUNT_SAMPLE_STEPS[0]}


def test_a_country_in_few_enough_meetings_is_counted_exactly(cast):
    assert not network.country_network(country("LY")).approximate
