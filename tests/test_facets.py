"""The facet registry (meetings.facets) and the totals the database keeps for it."""

import datetime

import pytest
from django.db.models import Count

from meetings.facets import FACETS, FACETS_BY_NAME, UNDATED
from meetings.models import FacetTotal, Meeting, MeetingFacetRow, MonthTotal
from meetings.selectors import monthly_counts, subject_counts, subject_rows
from meetings.services.curation import meeting_reject
from meetings.services.derived import meeting_refresh_derived
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    first, second = ParticipantFactory(), ParticipantFactory()
    make_meeting(countries=("LY", "IT"), topics=("migration",), people=(first, second))
    make_meeting(place="روما", countries=("IT",), topics=("migration", "terrorism"))
    make_meeting(date=None, place="", people=(first,), ministry="defense")
    make_meeting(
        date=datetime.date(2023, 1, 2),
        review_state=Meeting.ReviewState.REVIEWED,
        people=(second,),
        ministry="",
    )
    # A rejected meeting is in no count.
    make_meeting(countries=("TN",), review_state=Meeting.ReviewState.REJECTED)


def _registry_counts(facet) -> dict[str, int]:
    rows = MeetingFacetRow.objects.all()
    if facet.without_value is not None:
        rows = rows.exclude(facet.without_value)
    counted = rows.order_by().values(value=facet.value_expression()).annotate(n=Count("*"))
    return {str(row["value"]): row["n"] for row in counted}


def test_the_kept_totals_are_the_counts_of_the_registry_s_facets(archive):
    # meetings_facet_pairs (migration 0006) lists the facets by hand: a facet added to
    # the registry as kept, but not there, fails here.
    for facet in FACETS:
        kept = dict(
            FacetTotal.objects.filter(facet=facet.name, count__gt=0).values_list("value", "count")
        )
        counted = _registry_counts(facet)
        if facet.name == "year":
            # The undated are kept as the total less the dated (facets._kept_totals).
            counted.pop(UNDATED)
        assert kept == (counted if facet.kept else {}), facet.name
    kept_facets = set(FacetTotal.objects.values_list("facet", flat=True)) - {"total"}
    assert kept_facets == {facet.name for facet in FACETS if facet.kept}


def test_a_facet_s_labels_come_in_the_page_s_language(archive):
    country = FACETS_BY_NAME["country"]
    assert country.labels(["LY", "IT"], english=True) == {"LY": "Libya", "IT": "Italy"}
    assert country.labels(["LY"], english=False) == {"LY": "ليبيا"}
    year = FACETS_BY_NAME["year"]
    assert year.labels(["2024"], english=True) == {"2024": "2024"}


def _months_counted() -> dict[tuple[str, str, datetime.date], int]:
    counts: dict[tuple[str, str, datetime.date], int] = {}
    for row in MeetingFacetRow.objects.exclude(date=None):
        month = row.date.replace(day=1)
        for facet, values in (("country", row.countries), ("topic", row.topics)):
            for value in values:
                counts[facet, value, month] = counts.get((facet, value, month), 0) + 1
    return counts


def test_the_kept_month_totals_follow_every_write(archive):
    def kept():
        rows = MonthTotal.objects.filter(count__gt=0)
        return {(r.facet, r.value, r.month): r.count for r in rows}

    assert kept() == _months_counted() != {}
    moved = make_meeting(countries=("EG", "IT"), topics=("training",))
    Meeting.objects.filter(pk=moved.pk).update(date=datetime.date(2021, 3, 9))
    meeting_refresh_derived(meeting=Meeting.objects.get(pk=moved.pk))
    assert kept() == _months_counted()
    meeting_reject(meetings=Meeting.objects.filter(pk=moved.pk))
    assert kept() == _months_counted()
    Meeting.objects.filter(countries="LY").delete()
    assert kept() == _months_counted()


def test_a_subject_s_chart_is_read_from_the_kept_month_totals(archive):
    counts = subject_counts("country", "IT")
    assert counts.monthly == monthly_counts(subject_rows("country", "IT"))
    assert sum(n for _month, n in counts.monthly) == 2
