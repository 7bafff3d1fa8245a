import datetime

import pytest

from meetings.filters import MeetingFilterSet
from meetings.models import Meeting
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


def filtered(**params):
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.newest_first())
    assert filterset.is_valid(), filterset.errors
    return set(filterset.qs)


@pytest.fixture
def meetings():
    return {
        "ly_it_migration": make_meeting(countries=["LY", "IT"], topics=["migration"]),
        "ly_tr_training": make_meeting(countries=["LY", "TR"], topics=["training"]),
        "tn_migration": make_meeting(
            countries=["TN"],
            topics=["migration", "training"],
            place="تونس",
            date=datetime.date(2023, 1, 10),
            review_state=Meeting.ReviewState.REVIEWED,
        ),
    }


def test_values_of_one_facet_are_ored(meetings):
    assert filtered(country=["IT", "TN"], country_match="any") == {
        meetings["ly_it_migration"],
        meetings["tn_migration"],
    }


def test_facets_are_anded(meetings):
    assert filtered(country=["LY"], topic=["migration"]) == {meetings["ly_it_migration"]}


def test_to_many_filters_return_each_meeting_once(meetings):
    result = MeetingFilterSet(
        {"country": ["LY", "IT"], "topic": ["migration", "training"]},
        queryset=Meeting.objects.all(),
    ).qs
    assert sorted(m.pk for m in result) == sorted({m.pk for m in result})


def test_participant_ministry_place_review_and_dates(meetings):
    person = ParticipantFactory()
    with_person = make_meeting(people=[person], ministry="foreign")
    assert filtered(participant=[str(person.pk)]) == {with_person}
    assert filtered(ministry=["foreign"]) == {with_person}
    assert filtered(place=["تونس"]) == {meetings["tn_migration"]}
    assert filtered(review=["reviewed"]) == {meetings["tn_migration"]}
    assert filtered(date_before="2023-12-31") == {meetings["tn_migration"]}
    assert filtered(year="2023", month="1") == {meetings["tn_migration"]}
    assert meetings["tn_migration"] not in filtered(date_after="2024-01-01")


def test_search_is_a_filter_like_the_others(meetings):
    match = make_meeting(countries=["IT"], evidence="بحث ملف الهجرة غير الشرعية")
    assert filtered(q="والهجرة") == {match}
    assert filtered(q="الهجرة", country=["LY"]) == set()


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"country": ["XX"]}, "country"),
        ({"topic": ["gardening"]}, "topic"),
        ({"ministry": ["magic"]}, "ministry"),
        ({"participant": ["999999"]}, "participant"),
        ({"participant": ["abc"]}, "participant"),
        ({"review": ["maybe"]}, "review"),
        ({"date_after": "2024-13-45"}, "date"),
        ({"year": "abc"}, "year"),
        ({"year": "99999"}, "year"),
        ({"month": "13"}, "month"),
    ],
)
def test_malformed_values_are_form_errors_and_are_left_out(meetings, params, field):
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.all())
    assert not filterset.is_valid()
    assert field in filterset.errors
    assert set(filterset.qs) == set(meetings.values())
