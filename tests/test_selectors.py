import datetime

import pytest
from django.db import connection
from django.utils import translation

from meetings import selectors
from meetings.filters import MeetingFilterSet
from meetings.models import (
    COUNT_SAMPLE_STEPS,
    Meeting,
    MeetingFacetRow,
    in_count_sample,
    sample_step,
)
from meetings.search import HIGHLIGHT_START
from meetings.selectors.listing import _about
from meetings.services.curation import (
    meeting_editor_save,
    meeting_mark_reviewed,
    meeting_reject,
    participation_remove,
)
from meetings.services.ingestion import article_reextract
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting, with_related_inputs

pytestmark = pytest.mark.django_db


def facets(**params):
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.all())
    filterset.is_valid()
    return {
        facet.name: {value.value: (value.count, value.selected) for value in facet.values}
        for facet in selectors.meeting_facets(filterset)
    }


def test_facet_counts_meetings_per_value():
    make_meeting(countries=["LY", "IT"], topics=["migration"])
    make_meeting(countries=["LY"], topics=["training"], date=datetime.date(2023, 3, 1))
    counts = facets()
    assert counts["country"] == {"LY": (2, False), "IT": (1, False)}
    assert counts["topic"] == {"migration": (1, False), "training": (1, False)}
    assert counts["year"] == {"2024": (1, False), "2023": (1, False)}
    assert "month" not in counts


def test_each_facet_is_counted_without_its_own_filter():
    make_meeting(countries=["LY", "IT"], topics=["migration"])
    make_meeting(countries=["TN"], topics=["migration"])
    make_meeting(countries=["TN"], topics=["training"])
    counts = facets(country=["IT"], country_match="any", topic=["migration"])
    # Countries are counted under the topic filter only, so TN stays choosable...
    assert counts["country"] == {"IT": (1, True), "LY": (1, False), "TN": (1, False)}
    # ...and topics under the country filter only.
    assert counts["topic"] == {"migration": (1, True)}


def test_chosen_values_are_listed_even_beyond_the_facet_size(monkeypatch):
    monkeypatch.setattr("meetings.selectors.facets.FACET_SIZE", 1)
    make_meeting(countries=["LY"])
    make_meeting(countries=["LY"])
    make_meeting(countries=["TN"])
    assert facets(country=["TN"])["country"] == {"TN": (1, True)}


def test_ministry_counts_meetings_not_participants():
    make_meeting(people=ParticipantFactory.create_batch(2), ministry="interior")
    assert facets()["ministry"] == {"interior": (1, False)}


def test_month_facet_appears_within_a_year():
    make_meeting(date=datetime.date(2024, 5, 1))
    make_meeting(date=datetime.date(2024, 5, 20))
    make_meeting(date=datetime.date(2024, 7, 1))
    assert facets(year="2024")["month"] == {"5": (2, False), "7": (1, False)}


def test_active_filters_have_labels():
    person = ParticipantFactory(name="سالم الورفلي")
    make_meeting(people=[person])
    filterset = MeetingFilterSet(
        {"country": ["IT"], "participant": [str(person.pk)], "q": "الهجرة"},
        queryset=Meeting.objects.all(),
    )
    filterset.is_valid()
    labels = {chip.param: chip.label for chip in selectors.active_filters(filterset)}
    assert labels == {"country": "إيطاليا", "participant": "سالم الورفلي", "q": "«الهجرة»"}


# A pairwise limit of 1 takes the path of a meeting with many participants.
@pytest.mark.parametrize("pairwise_limit", [selectors.PAIRWISE_LIMIT, 1])
def test_related_meetings_rank_shared_participants_first_and_give_reasons(
    monkeypatch, pairwise_limit
):
    monkeypatch.setattr("meetings.selectors.related.PAIRWISE_LIMIT", pairwise_limit)
    minister, guest = ParticipantFactory.create_batch(2)
    meeting = make_meeting(people=[minister, guest], countries=["LY", "IT"], topics=["migration"])
    both = make_meeting(people=[minister, guest], date=datetime.date(2020, 1, 1))
    one = make_meeting(people=[minister], countries=["LY", "IT"], topics=["migration"])
    subjects = make_meeting(countries=["LY", "IT"], topics=["migration"])
    country = make_meeting(countries=["IT"])
    make_meeting(countries=["TN"])  # nothing in common
    far = make_meeting(countries=["LY", "IT"], date=datetime.date(2010, 1, 1))

    related = selectors.related_meetings(meeting)
    assert [item.pk for item in related] == [m.pk for m in (both, one, subjects, country)]
    assert related[0].participants == [minister, guest]
    assert {c.code for c in related[2].countries} == {"IT", "LY"}
    assert [t.code for t in related[2].topics] == ["migration"]
    assert far.pk not in [item.pk for item in related]


def test_related_meetings_take_a_fixed_number_of_queries(django_assert_num_queries):
    person = ParticipantFactory()
    meeting = make_meeting(people=[person], topics=["migration"])
    for _ in range(5):
        make_meeting(people=[person], topics=["migration"])
    meeting = with_related_inputs(meeting)
    # One participant makes no pair to share: sharing one, by subjects, then what the
    # meetings found share, from their facet rows.
    with django_assert_num_queries(3):
        assert len(selectors.related_meetings(meeting)) == 5


def test_participant_counterparts_and_offices():
    minister, italian, turk = ParticipantFactory.create_batch(3)
    make_meeting(people=[minister, italian])
    make_meeting(people=[minister, italian], date=datetime.date(2023, 1, 1))
    make_meeting(people=[minister, turk])
    counterparts = list(selectors.participant_counterparts(minister))
    assert [(row["participant"], row["count"]) for row in counterparts] == [
        (italian.pk, 2),
        (turk.pk, 1),
    ]
    (office,) = selectors.participant_offices(minister)
    assert office["role"] == "وزير الداخلية" and office["count"] == 3
    assert office["first"] == datetime.date(2023, 1, 1)
    assert office["last"] == datetime.date(2024, 5, 14)


def test_monthly_counts_fill_empty_months():
    make_meeting(date=datetime.date(2023, 11, 3))
    make_meeting(date=datetime.date(2023, 11, 20))
    make_meeting(date=datetime.date(2024, 2, 1))
    assert selectors.monthly_counts(Meeting.objects.all()) == [
        (datetime.date(2023, 11, 1), 2),
        (datetime.date(2023, 12, 1), 0),
        (datetime.date(2024, 1, 1), 0),
        (datetime.date(2024, 2, 1), 1),
    ]
    assert selectors.monthly_counts(Meeting.objects.none()) == []


def list_counts(**params):
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.newest_first())
    filterset.is_valid()
    counts = selectors.meeting_list_counts(filterset)
    return counts.total, {
        facet.name: {value.value: value.count for value in facet.values} for facet in counts.facets
    }


def test_list_counts_are_exact_over_the_whole_archive():
    for _ in range(7):
        make_meeting(countries=["LY"], topics=["migration"])
    for _ in range(3):
        make_meeting(countries=["LY", "IT"], topics=["training"], ministry="foreign")
    total, counts = list_counts(topic=["training"])
    assert total == 3
    assert counts["country"] == {"LY": 3, "IT": 3}
    assert counts["topic"] == {"migration": 7, "training": 3}
    total, counts = list_counts()
    assert total == 10
    assert counts["country"] == {"LY": 10, "IT": 3}


def test_list_counts_are_cached_until_a_write(django_assert_num_queries):
    person = ParticipantFactory()
    meeting = make_meeting(countries=["LY"], people=[person])
    assert list_counts()[0] == 1
    # The data version and the cached entry: nothing is counted again.
    with django_assert_num_queries(2):
        assert list_counts()[0] == 1

    other = make_meeting(countries=["IT"])
    total, counts = list_counts()
    assert (total, counts["country"]) == (2, {"LY": 1, "IT": 1})

    meeting_mark_reviewed(meetings=Meeting.objects.filter(pk=meeting.pk))
    assert list_counts()[1]["review"] == {"extracted": 1, "reviewed": 1}

    participation_remove(participation=meeting.participations.get())
    assert list_counts()[1]["participant"] == {}

    # Its article's text reports no meeting, so re-extraction deletes it.
    article_reextract(article=other.sources.get().article)
    total, counts = list_counts()
    assert (total, counts["country"]) == (1, {"LY": 1})


def test_facets_of_a_search_count_only_its_matches():
    make_meeting(countries=["LY", "IT"], topics=["migration"], evidence="بحث خفر السواحل")
    make_meeting(countries=["LY"], topics=["training"], evidence="بحث خفر السواحل")
    make_meeting(countries=["TN"], topics=["migration"], evidence="تدريب الشرطة")
    total, counts = list_counts(q="خفر السواحل")
    assert total == 2
    assert counts["country"] == {"LY": 2, "IT": 1}
    total, counts = list_counts(q="خفر السواحل", topic=["migration"])
    assert total == 1
    # Topics are counted over the search's matches without the topic filter.
    assert counts["topic"] == {"migration": 1, "training": 1}
    assert counts["country"] == {"LY": 1, "IT": 1}


def test_the_unfiltered_counts_follow_every_write_cascades_included():
    people = ParticipantFactory.create_batch(2)
    first = make_meeting(countries=["LY", "IT"], people=people)
    second = make_meeting(countries=["LY"], topics=["migration"], people=people[:1])
    meeting_mark_reviewed(meetings=Meeting.objects.filter(pk=first.pk))
    participation_remove(participation=first.participations.get(participant=people[1]))
    # Deleted without any service: the facet row goes by cascade, and its counts with it.
    second.delete()
    total, counts = list_counts()
    assert total == 1
    assert counts["country"] == {"LY": 1, "IT": 1}
    assert counts["topic"] == {}
    assert counts["review"] == {"reviewed": 1}
    assert counts["participant"] == {str(people[0].pk): 1}


def counted(**params) -> selectors.ListCounts:
    filterset = MeetingFilterSet(params, queryset=Meeting.objects.all())
    filterset.is_valid()
    return selectors.meeting_list_counts(filterset)


def test_short_lists_are_counted_exactly():
    make_meeting(countries=["LY", "IT"], topics=["migration"])
    counts = counted(topic=["migration"])
    assert counts.total == 1 and not counts.approximate and not counts.total_approximate


def test_long_lists_have_their_counts_estimated_from_the_sample(monkeypatch):
    # Every list counts as long; which meetings are in the sample is decided by a
    # hash of their ids, so meetings are added until the sample has one to count.
    monkeypatch.setattr("meetings.selectors.facets.EXACT_COUNT_LIMIT", 0)
    sampled = MeetingFacetRow.objects.filter(in_count_sample(COUNT_SAMPLE_STEPS[0]))
    while not sampled.filter(topics__contains=["migration"]).exists():
        make_meeting(countries=["LY", "IT"], topics=["migration"])
        make_meeting(countries=["TN"], topics=["training"])
    sampled_migration = sampled.filter(topics__contains=["migration"]).count()

    counts = counted(topic=["migration"])

    assert counts.approximate and counts.total_approximate
    assert counts.total == _about(sampled_migration * COUNT_SAMPLE_STEPS[0])
    by_name = {facet.name: facet for facet in counts.facets}
    assert by_name["country"].approximate
    assert {value.value: value.count for value in by_name["country"].values} == {
        "LY": _about(sampled_migration * COUNT_SAMPLE_STEPS[0]),
        "IT": _about(sampled_migration * COUNT_SAMPLE_STEPS[0]),
    }
    # Topics are counted without the topic filter, over the whole archive: the totals
    # the database keeps give them exactly, whatever the length.
    assert not by_name["topic"].approximate
    migration = Meeting.objects.filter(topics="migration").count()
    assert {value.value: value.count for value in by_name["topic"].values} == {
        "migration": migration,
        "training": Meeting.objects.count() - migration,
    }


def test_a_chosen_value_missing_from_the_sample_has_no_estimate(monkeypatch):
    monkeypatch.setattr("meetings.selectors.facets.EXACT_COUNT_LIMIT", 0)
    while not MeetingFacetRow.objects.filter(in_count_sample(COUNT_SAMPLE_STEPS[0])).exists():
        make_meeting(countries=["LY"], topics=["migration"])
    # A Tunisian meeting outside the sample (one drawn into it is taken back).
    while True:
        tunisian = make_meeting(countries=["TN"], topics=["migration"])
        if MeetingFacetRow.objects.get(pk=tunisian.pk).count_sample_step < COUNT_SAMPLE_STEPS[0]:
            break
        tunisian.delete()

    counts = counted(country=["TN"], country_match="any", topic=["migration"])

    countries = {facet.name: facet for facet in counts.facets}["country"]
    assert countries.approximate
    values = {value.value: value for value in countries.values}
    assert values["TN"].selected and values["TN"].count is None
    assert values["LY"].count > 0


def test_estimates_are_rounded_to_the_precision_they_have():
    assert [_about(n) for n in (40, 80, 120, 1240, 89160)] == [40, 80, 120, 1200, 89000]


def test_participant_records_follow_their_meetings_dates_and_state():
    minister = ParticipantFactory()
    first = make_meeting(people=[minister], date=datetime.date(2023, 1, 1))
    second = make_meeting(people=[minister], date=datetime.date(2024, 5, 14))
    second.date = datetime.date(2022, 6, 1)
    meeting_editor_save(meeting=second, changed_fields=["date"])

    (office,) = selectors.participant_offices(minister)
    assert (office["count"], office["first"], office["last"]) == (
        2,
        datetime.date(2022, 6, 1),
        datetime.date(2023, 1, 1),
    )
    assert list(selectors.participant_timeline_ids(minister)) == [first.pk, second.pk]

    meeting_reject(meetings=Meeting.objects.filter(pk=first.pk))
    (office,) = selectors.participant_offices(minister)
    assert office["count"] == 1
    assert list(selectors.participant_timeline_ids(minister)) == [second.pk]
    assert selectors.participant_summary(minister).meeting_count == 1


def test_a_search_is_ranked_while_it_is_counted():
    make_meeting(title="لقاء", evidence="تناول اللقاء الهجرة", date=datetime.date(2024, 1, 1))
    make_meeting(title="الهجرة على طاولة البحث", date=datetime.date(2023, 1, 1))
    # Equally relevant: newest first, the undated last.
    for date in (datetime.date(2022, 1, 1), None, datetime.date(2024, 6, 1)):
        make_meeting(title="لقاء", evidence="تناول اللقاء الهجرة", date=date)
    make_meeting(evidence="تناول اللقاء التدريب")

    counts = counted(q="الهجرة")

    ranked = Meeting.objects.search("الهجرة").values_list("pk", flat=True)
    assert counts.ranked_ids == tuple(ranked) and len(ranked) == 5


def test_a_search_with_too_many_matches_is_not_ranked(monkeypatch):
    monkeypatch.setattr("meetings.selectors.facets.SEARCH_RANK_LIMIT", 1)
    make_meeting(evidence="تناول اللقاء الهجرة")
    make_meeting(evidence="تناول اللقاء الهجرة")
    assert counted(q="الهجرة").ranked_ids is None


def test_meeting_rows_come_in_the_order_asked_ready_to_print():
    minister = ParticipantFactory(name="سالم الورفلي", aliases=["Salem Warfalli"])
    older = make_meeting(countries=["LY", "IT"], topics=["migration"], people=[minister])
    newer = make_meeting(date=datetime.date(2024, 6, 1), place="", countries=["TN"])
    rows = selectors.meeting_rows([newer.pk, older.pk])
    assert [row.pk for row in rows] == [newer.pk, older.pk]
    row = rows[1]
    assert (row.url, row.place, row.headline) == (f"/meetings/{older.pk}/", "طرابلس", "")
    # Countries and topics by their Arabic names, as the rest of the archive sorts them.
    assert [tag.label for tag in row.countries] == ["إيطاليا", "ليبيا"]
    assert [tag.url for tag in row.topics] == ["/topics/migration/"]
    [person] = row.participants
    assert (person.label, person.office) == ("سالم الورفلي", "وزير الداخلية")
    assert person.url == f"/people/{minister.pk}/"


def test_meeting_rows_on_english_pages():
    minister = ParticipantFactory(name="سالم الورفلي", aliases=["Salem Warfalli"])
    meeting = make_meeting(countries=["LY"], people=[minister])
    with translation.override("en"):
        [row] = selectors.meeting_rows([meeting.pk])
    assert (row.url, row.place, row.date_label) == (
        f"/en/meetings/{meeting.pk}/",
        "Tripoli",
        "May 14, 2024",
    )
    assert [tag.label for tag in row.countries] == ["Libya"]
    assert [(p.label, p.office) for p in row.participants] == [
        ("Salem Warfalli", "Minister of Interior")
    ]


def test_meeting_rows_mark_a_search_and_leave_out_a_deleted_meeting():
    kept = make_meeting(evidence="بحث الوزيران ملف الهجرة غير الشرعية")
    gone = make_meeting()
    ids = [kept.pk, gone.pk]
    gone.delete()
    [row] = selectors.meeting_rows(ids, query="الهجرة")
    assert row.pk == kept.pk
    assert HIGHLIGHT_START in row.headline


def test_meeting_rows_take_four_queries_however_many(django_assert_num_queries):
    people = ParticipantFactory.create_batch(3)
    ids = [
        make_meeting(countries=["LY", "IT"], topics=["migration"], people=people).pk
        for _ in range(6)
    ]
    with django_assert_num_queries(4):
        assert len(selectors.meeting_rows(ids)) == 6


def _meeting_with_sample_step(step: int, **fields) -> Meeting:
    """A meeting whose id falls in the count sample of ``step`` and no sparser one."""
    table = Meeting._meta.db_table
    sparser = [s for s in COUNT_SAMPLE_STEPS if s > step]
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT i FROM generate_series((SELECT COALESCE(max(id), 0) + 1 FROM {table}),"
            f" 10000000) AS i WHERE hashint8(i) %% %s = 0"
            + "".join(f" AND hashint8(i) %% {s} <> 0" for s in sparser)
            + " LIMIT 1",
            [step],
        )
        (pk,) = cursor.fetchone()
        cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s, false)", [table, pk])
    meeting = make_meeting(**fields)
    assert meeting.pk == pk and MeetingFacetRow.objects.get(pk=pk).count_sample_step == step
    return meeting


def test_a_sample_step_keeps_the_sample_bounded():
    assert [sample_step(size) for size in (0, 400_000, 400_001, 4_000_001, 10**9)] == [
        40,
        40,
        400,
        4000,
        4000,
    ]


def test_a_large_archive_estimates_from_a_sparser_sample(monkeypatch):
    # Three meetings make an archive "large" when the sample may hold 0.01 of them: the
    # one-in-400 sample is the first to hold no more than that.
    monkeypatch.setattr("meetings.models.sample.COUNT_SAMPLE_SIZE", 0.01)
    monkeypatch.setattr("meetings.selectors.facets.EXACT_COUNT_LIMIT", 0)
    _meeting_with_sample_step(400, countries=["LY"], topics=["migration"])
    _meeting_with_sample_step(40, countries=["LY"], topics=["migration"])
    make_meeting(countries=["TN"], topics=["training"])
    counts = counted(country=["LY"])
    assert counts.sample_every == 400
    assert counts.total_approximate and counts.total == 400
