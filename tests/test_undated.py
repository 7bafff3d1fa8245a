"""Meetings without a date (issue #10): a value of the year facet with its count, a
filter and a chip of their own, and related meetings found without dates."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from meetings import selectors
from meetings.facets import UNDATED
from meetings.filters import MeetingFilterSet
from meetings.models import (
    COUNT_SAMPLE_STEPS,
    Meeting,
    MeetingFacetRow,
    in_count_sample,
)
from meetings.selectors.listing import _about
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting, with_related_inputs

pytestmark = pytest.mark.django_db

UNDATED_LABEL = "بلا تاريخ"


def filterset(**params) -> MeetingFilterSet:
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.newest_first())
    filterset.is_valid()
    return filterset


def year_facet(**params) -> list[tuple]:
    counts = selectors.meeting_list_counts(filterset(**params))
    by_name = {facet.name: facet for facet in counts.facets}
    return [
        (value.value, value.label, value.count, value.selected) for value in by_name["year"].values
    ]


@pytest.fixture
def archive():
    return {
        "spring": make_meeting(date=datetime.date(2024, 4, 2), countries=["LY", "IT"]),
        "summer": make_meeting(date=datetime.date(2024, 7, 9), countries=["LY"]),
        "older": make_meeting(date=datetime.date(2023, 3, 1), countries=["TN"]),
        "undated_ly": make_meeting(date=None, countries=["LY"], place="غدامس"),
        "undated_tn": make_meeting(date=None, countries=["TN"], place="قبلّي"),
    }


# The filter.


def test_year_undated_lists_the_meetings_without_a_date(archive):
    chosen = filterset(year=UNDATED)
    assert chosen.is_valid()
    assert set(chosen.qs) == {archive["undated_ly"], archive["undated_tn"]}
    assert set(filterset(year=UNDATED, country=["LY"]).qs) == {archive["undated_ly"]}
    assert set(filterset(year="2024").qs) == {archive["spring"], archive["summer"]}
    # The facet rows, which the list's pages and counts read, are filtered the same way.
    rows = chosen.queryset_without(queryset=MeetingFacetRow.objects.all())
    assert set(rows.values_list("meeting", flat=True)) == {
        archive["undated_ly"].pk,
        archive["undated_tn"].pk,
    }


@pytest.mark.parametrize("value", ["undatedx", "Undated ", "2024.5", "0", "10000"])
def test_other_words_and_impossible_years_are_still_errors(archive, value):
    chosen = MeetingFilterSet({"year": value}, queryset=Meeting.objects.all())
    assert not chosen.is_valid()
    assert "year" in chosen.errors
    assert len(chosen.qs) == len(archive)


# The facet.


def test_the_year_facet_counts_the_undated_over_the_whole_archive(archive):
    # Nothing filtered: the counts come from the totals the database keeps.
    assert year_facet() == [
        ("2024", "2024", 2, False),
        ("2023", "2023", 1, False),
        (UNDATED, UNDATED_LABEL, 2, False),
    ]


def test_the_undated_value_is_counted_under_the_other_filters(archive):
    assert year_facet(country=["LY"]) == [
        ("2024", "2024", 2, False),
        (UNDATED, UNDATED_LABEL, 1, False),
    ]
    # A date range leaves the undated out, so they are not offered.
    assert [value for value, *_rest in year_facet(date_after="2024-01-01")] == ["2024"]


def test_the_chosen_undated_value_is_marked_and_months_are_not_offered(archive):
    counts = selectors.meeting_list_counts(filterset(year=UNDATED))
    assert counts.total == 2
    assert "month" not in {facet.name for facet in counts.facets}
    assert year_facet(year=UNDATED)[-1] == (UNDATED, UNDATED_LABEL, 2, True)
    assert year_facet(year=UNDATED, country=["TN"])[-1] == (UNDATED, UNDATED_LABEL, 1, True)


def test_the_undated_value_is_estimated_like_the_others(monkeypatch):
    monkeypatch.setattr("meetings.selectors.facets.EXACT_COUNT_LIMIT", 0)
    sampled = MeetingFacetRow.objects.filter(in_count_sample(COUNT_SAMPLE_STEPS[0]), date=None)
    while not sampled.exists():
        make_meeting(date=None, countries=["LY"])
    facet = {f.name: f for f in selectors.meeting_list_counts(filterset(country=["LY"])).facets}
    assert facet["year"].approximate
    values = {value.value: value.count for value in facet["year"].values}
    assert values[UNDATED] == _about(sampled.count() * COUNT_SAMPLE_STEPS[0])


def test_the_undated_chip_is_labelled_in_the_pages_language(archive):
    (chip,) = selectors.active_filters(filterset(year=UNDATED))
    assert (chip.param, chip.value, chip.label) == ("year", None, UNDATED_LABEL)
    with translation.override("en"):
        (chip,) = selectors.active_filters(filterset(year=UNDATED))
        assert chip.label == "Undated"
        assert year_facet()[-1][1] == "Undated"


# The list page.


def test_the_list_offers_the_undated_and_shows_them_with_a_removable_chip(client, archive):
    page = client.get("/").content.decode()
    facet = page.split('id="facet-year"')[1].split("</section>")[0]
    assert f'href="?year={UNDATED}"' in facet
    assert UNDATED_LABEL in facet and '<span class="count">2</span>' in facet

    response = client.get("/", {"year": UNDATED, "country": "TN"})
    page = response.content.decode()
    assert [m.pk for m in response.context["page"]] == [archive["undated_tn"].pk]
    # The row is headed by its date label, and the chip takes the filter away.
    assert f"{UNDATED_LABEL} — <bdi>قبلّي</bdi>" in page
    chips = page.split('class="summary"')[1].split("</p>")[0]
    assert 'class="chip" href="?country=TN"' in chips and UNDATED_LABEL in chips


@pytest.mark.parametrize("meeting_count", [2, 30])
def test_the_undated_list_takes_a_fixed_number_of_queries(client, meeting_count):
    person = ParticipantFactory()
    for _ in range(meeting_count):
        make_meeting(date=None, people=[person], countries=["LY"], topics=["migration"])
    with CaptureQueriesContext(connection) as cold:
        client.get("/", {"year": UNDATED})
    with CaptureQueriesContext(connection) as warm:
        client.get("/", {"year": UNDATED})
    # Cold, as for the plain list (test_list_queries_do_not_grow_with_the_page) but
    # with one statement for the kept year totals instead of two for all of them, and
    # three for the other facets and the total: the archive's size (which sets the
    # count sample's step), then over the count sample, then exactly.
    # The rows as there too: rendered and stored cold, found in the cache warm.
    # Warm: data version (read once for the page), cache hit, the page's ids and cache
    # hit.
    assert (len(cold), len(warm)) == (21, 4)


# Related meetings.


def test_undated_meetings_sharing_subjects_are_related_after_the_dated(archive):
    meeting = make_meeting(countries=["LY", "IT"], topics=["migration"])
    near_both = make_meeting(date=datetime.date(2024, 6, 1), countries=["LY"], topics=["migration"])
    undated_both = make_meeting(date=None, countries=["IT"], topics=["migration"])
    far_both = make_meeting(date=datetime.date(2012, 1, 1), countries=["LY", "IT"])

    related = [item.pk for item in selectors.related_meetings(meeting)]

    # Two shared first, newest first and the undated last; then one, the same way.
    assert related == [
        near_both.pk,
        archive["spring"].pk,
        undated_both.pk,
        archive["summer"].pk,
        archive["undated_ly"].pk,
    ]
    assert far_both.pk not in related


def test_an_undated_meeting_has_related_meetings_by_people_and_subjects(monkeypatch):
    guest, host = ParticipantFactory(name="زياد القرقني"), ParticipantFactory(name="فرات البلعزي")
    meeting = make_meeting(date=None, people=[guest, host], countries=["IT"], topics=["training"])
    both_undated = make_meeting(date=None, people=[guest, host])
    one_dated = make_meeting(date=datetime.date(2019, 2, 3), people=[host])
    one_undated = make_meeting(date=None, people=[guest])
    # No date to be near: the newest sharing a subject, however long ago.
    old_subject = make_meeting(date=datetime.date(2001, 5, 5), countries=["IT"])
    new_subject = make_meeting(date=datetime.date(2020, 5, 5), topics=["training"])
    make_meeting(date=datetime.date(2021, 1, 1), countries=["DZ"])  # nothing shared

    related = selectors.related_meetings(meeting)

    assert [item.pk for item in related] == [
        m.pk for m in (both_undated, one_dated, one_undated, new_subject, old_subject)
    ]
    assert related[0].participants == [guest, host]
    assert [t.code for t in related[3].topics] == ["training"]

    # The candidates by subject are a bounded number of the newest sharing any.
    monkeypatch.setattr("meetings.selectors.related.RELATED_UNDATED_CANDIDATES", 1)
    assert old_subject.pk not in [item.pk for item in selectors.related_meetings(meeting)]


def test_related_meetings_of_an_undated_meeting_take_a_fixed_number_of_queries(
    django_assert_num_queries,
):
    person = ParticipantFactory()
    meeting = make_meeting(date=None, people=[person], topics=["migration"])
    for date in (None, datetime.date(2015, 1, 1), None, datetime.date(2024, 1, 1)):
        make_meeting(date=date, people=[person], topics=["migration"])
    meeting = with_related_inputs(meeting)
    # As for a dated meeting: sharing one, by subjects, then what they share.
    with django_assert_num_queries(3):
        related = selectors.related_meetings(meeting)
    assert [item.date for item in related] == [
        datetime.date(2024, 1, 1),
        datetime.date(2015, 1, 1),
        None,
        None,
    ]


def test_the_page_of_an_undated_meeting_shows_its_label_and_related_meetings(client):
    meeting = make_meeting(date=None, countries=["TN"], topics=["training"], place="توزر")
    other = make_meeting(date=datetime.date(2022, 8, 8), countries=["TN"], place="نفطة")
    response = client.get(meeting.get_absolute_url())
    assert response.status_code == 200
    page = response.content.decode()
    assert UNDATED_LABEL in page.split("</h1>")[0]
    assert other.get_absolute_url() in page.split('class="related"')[1]
