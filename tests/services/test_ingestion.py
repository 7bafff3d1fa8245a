import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from meetings.models import Article, Meeting, MeetingFacetRow, Participant, Topic
from meetings.services.curation import meeting_mark_reviewed, meeting_reject
from meetings.services.ingestion import article_ingest, article_ingest_text

pytestmark = pytest.mark.django_db


def test_article_and_meetings_are_stored(meeting_data):
    result = article_ingest(
        text="نص تجريبي عن لقاء أمني في طرابلس.",
        title="لقاء أمني",
        published=datetime.date(2024, 5, 15),
        meetings=[meeting_data()],
    )
    assert result.created
    meeting = result.meetings[0]
    assert meeting.date == datetime.date(2024, 5, 14)
    assert meeting.place_country_id == "LY"
    assert {c.code for c in meeting.countries.all()} == {"LY", "IT"}
    assert [t.code for t in meeting.topics.all()] == ["migration"]
    assert meeting.participations.count() == 2
    assert meeting.sources.get().article == result.article


def test_same_text_is_one_article(meeting_data):
    first = article_ingest(text="نص واحد", meetings=[meeting_data()])
    again = article_ingest(text="نص   واحد\n", meetings=[meeting_data()])
    assert not again.created and again.article == first.article
    assert Article.objects.count() == 1 and Meeting.objects.count() == 1


def test_a_person_is_one_participant_across_articles(meeting_data):
    article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    article_ingest(text="الخبر الثاني", meetings=[meeting_data(date="2024-06-01")])
    person = Participant.objects.get(name="سالم الورفلي")
    assert person.meetings.count() == 2


def test_ingested_meeting_is_searchable(meeting_data):
    article_ingest(text="بحث الوزيران ملف الهجرة غير الشرعية", meetings=[meeting_data()])
    assert Meeting.objects.search("الورفلي").count() == 1
    assert Meeting.objects.search("الهجرة").count() == 1


def test_an_article_fails_whole_when_one_meeting_fails_mid_way(meeting_data):
    good, broken = meeting_data(), meeting_data(date="2024-13-45")
    with pytest.raises(ValueError):
        article_ingest(text="خبر فيه لقاءان", meetings=[good, broken])
    assert not Article.objects.exists()
    assert not Meeting.objects.exists() and not Participant.objects.exists()


def test_the_same_meeting_from_two_articles_is_one_meeting_with_two_sources(meeting_data):
    first = article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    second = article_ingest(
        text="الخبر الثاني",
        meetings=[meeting_data(evidence="استقبل الوزير نظيره.", topics=["terrorism"])],
    )
    meeting = first.meetings[0]
    assert second.meetings == [meeting]
    assert Meeting.objects.count() == 1
    assert {s.article_id for s in meeting.sources.all()} == {first.article.pk, second.article.pk}
    # A second report adds what it says to the meeting.
    assert {t.code for t in meeting.topics.all()} == {"migration", "terrorism"}


def test_one_shared_person_of_two_is_not_the_same_meeting(meeting_data):
    minister = meeting_data()["participants"][0]
    other = {"name": "جون سميث", "role": "سفير", "org": None, "ministry": None, "country": "GB"}
    article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    article_ingest(text="الخبر الثاني", meetings=[meeting_data(participants=[minister, other])])
    assert Meeting.objects.count() == 2


def test_a_reviewed_meeting_only_gains_the_new_source(meeting_data):
    first = article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    meeting = first.meetings[0]
    meeting.review_state = Meeting.ReviewState.REVIEWED
    meeting.save()
    article_ingest(text="الخبر الثاني", meetings=[meeting_data(topics=["terrorism"], place="روما")])
    meeting.refresh_from_db()
    assert meeting.sources.count() == 2
    assert meeting.place == "طرابلس" and [t.code for t in meeting.topics.all()] == ["migration"]


def test_participants_link_across_articles_by_other_forms_of_their_name(meeting_data):
    first = article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    longer = meeting_data(date="2024-07-01")
    longer["participants"][0]["name"] = "سالم محمد الورفلي"
    second = article_ingest(text="الخبر الثاني", meetings=[longer])
    person = first.meetings[0].participants.get(country="LY")
    assert second.meetings[0].participants.filter(pk=person.pk).exists()
    person.refresh_from_db()
    assert person.name == "سالم محمد الورفلي" and person.aliases == ["سالم الورفلي"]
    assert person.meetings.count() == 2


def test_unknown_country_codes_are_dropped(meeting_data):
    result = article_ingest(
        text="نص", meetings=[meeting_data(countries=["LY", "XX"], place_country="XX")]
    )
    meeting = result.meetings[0]
    assert meeting.place_country is None
    assert [c.code for c in meeting.countries.all()] == ["LY"]


def test_ingesting_text_runs_the_extractor_with_the_editors_cue_words():
    text = (
        "التقى وزير الداخلية الليبي سالم الورفلي اليوم في طرابلس سفير إيطاليا لدى ليبيا "
        "جوزيبي بوتشينو، وبحث الجانبان ملف الطائرات المسيرة."
    )
    military = Topic.objects.get(code="military")
    military.cue_words = [*military.cue_words, "الطائرات المسيرة"]
    military.save()
    result = article_ingest_text(text=text, published=datetime.date(2024, 5, 15))
    assert result.created and result.article.published == datetime.date(2024, 5, 15)
    meeting = result.meetings[0]
    assert "military" in {t.code for t in meeting.topics.all()}
    assert {p.name for p in meeting.participants.all()} >= {"سالم الورفلي", "جوزيبي بوتشينو"}


def test_ingesting_the_same_text_again_skips_the_extractor(scripted_extractor):
    article_ingest_text(text="نص الخبر")
    again = article_ingest_text(text="نص  الخبر")
    assert not again.created
    assert len(scripted_extractor.cues) == 1


def test_announced_meetings_are_not_stored(scripted_extractor, meeting_data):
    scripted_extractor.meetings["نص الخبر"] = [meeting_data(status="planned")]
    assert article_ingest_text(text="نص الخبر").meetings == []


def test_an_ingested_meeting_gets_its_facet_row(meeting_data):
    meeting = article_ingest(text="نص عن لقاء", meetings=[meeting_data()]).meetings[0]
    row = MeetingFacetRow.objects.get(meeting=meeting)
    assert (row.date, row.place, row.review_state) == (meeting.date, "طرابلس", "extracted")
    assert row.countries == ["IT", "LY"]
    assert row.topics == ["migration"]
    assert row.ministries == ["interior"]
    assert row.participants == sorted(meeting.participations.values_list("participant", flat=True))


def test_a_report_adding_to_a_reviewed_meeting_creates_and_renames_no_one(meeting_data):
    first = article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    meeting_mark_reviewed(meetings=Meeting.objects.all())
    salem, marco = meeting_data()["participants"]
    other = {"name": "جون سميث", "role": "سفير", "org": None, "ministry": None, "country": "GB"}
    fuller = {**salem, "name": "سالم محمد الورفلي"}
    second = article_ingest(
        text="الخبر الثاني", meetings=[meeting_data(participants=[fuller, marco, other])]
    )
    assert second.meetings == first.meetings
    assert not Participant.objects.filter(name="جون سميث").exists()
    assert Participant.objects.get(country="LY").name == "سالم الورفلي"


def test_a_matched_meeting_is_locked_before_the_report_is_added(meeting_data):
    article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    with CaptureQueriesContext(connection) as queries:
        article_ingest(text="الخبر الثاني", meetings=[meeting_data()])
    assert any(
        'FROM "meetings_meeting"' in query["sql"] and "FOR UPDATE" in query["sql"]
        for query in queries
    )


@pytest.mark.parametrize(("place", "meetings"), [("روما", 2), ("طرابلس", 1)])
def test_one_shared_person_is_the_same_meeting_only_at_the_same_place(
    meeting_data, place, meetings
):
    article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    minister = meeting_data()["participants"][0]
    article_ingest(
        text="الخبر الثاني", meetings=[meeting_data(participants=[minister], place=place)]
    )
    assert Meeting.objects.count() == meetings


def test_a_report_of_a_rejected_meeting_does_not_bring_it_back(meeting_data):
    first = article_ingest(text="الخبر الأول", meetings=[meeting_data()])
    meeting_reject(meetings=Meeting.objects.all())
    second = article_ingest(text="الخبر الثاني", meetings=[meeting_data(place="روما")])
    assert second.meetings == first.meetings
    assert not Meeting.objects.public().exists()
    assert not MeetingFacetRow.objects.exists()


def test_values_longer_than_their_columns_are_dropped_not_stored(meeting_data):
    long_office = "وزير " * 100
    data = meeting_data(place="مدينة " * 60)
    data["participants"][0]["role"] = long_office
    result = article_ingest(text="نص عن لقاء طويل الوصف", meetings=[data])
    meeting = result.meetings[0]
    assert meeting.place == ""
    assert not meeting.participations.filter(role=long_office).exists()
    assert meeting.participations.count() == 2


def test_a_month_precision_date_is_stored_with_its_precision(meeting_data):
    result = article_ingest(
        text="خبر عن لقاء في شهر ما",
        meetings=[meeting_data(date="2022-12-01", date_precision="month")],
    )
    meeting = result.meetings[0]
    assert meeting.date_precision == Meeting.DatePrecision.MONTH
    with translation.override("en"):
        assert meeting.date_label() == "December 2022"


def test_a_stated_day_replaces_the_day_a_meeting_was_reported_on(meeting_data):
    reported = meeting_data(date="2024-05-16", date_precision="reported")
    first = article_ingest(text="الخبر الأول بلا تاريخ", meetings=[reported])
    second = article_ingest(text="الخبر الثاني بتاريخه", meetings=[meeting_data()])
    meeting = first.meetings[0]
    assert second.meetings == [meeting]
    meeting.refresh_from_db()
    assert meeting.date == datetime.date(2024, 5, 14)
    assert meeting.date_precision == Meeting.DatePrecision.DAY


def test_a_later_report_without_a_date_keeps_the_stated_day(meeting_data):
    first = article_ingest(text="الخبر الأول بتاريخه", meetings=[meeting_data()])
    reported = meeting_data(date="2024-05-18", date_precision="reported")
    second = article_ingest(text="الخبر الثاني بلا تاريخ", meetings=[reported])
    meeting = first.meetings[0]
    assert second.meetings == [meeting]
    meeting.refresh_from_db()
    assert (meeting.date, meeting.date_precision) == (datetime.date(2024, 5, 14), "day")


def test_a_report_long_after_a_meeting_is_another_meeting(meeting_data):
    article_ingest(text="الخبر الأول بتاريخه", meetings=[meeting_data()])
    reported = meeting_data(date="2024-06-30", date_precision="reported")
    article_ingest(text="خبر بعد أسابيع", meetings=[reported])
    assert Meeting.objects.count() == 2


def test_a_meeting_without_a_date_is_dated_by_the_article_that_reports_it(meeting_data):
    result = article_ingest(
        text="خبر لا يذكر يوم اللقاء",
        meetings=[meeting_data(date=None, reported_on="2024-05-16")],
    )
    meeting = result.meetings[0]
    assert (meeting.date, meeting.date_precision) == (datetime.date(2024, 5, 16), "reported")
    with translation.override("en"):
        assert "reported" in meeting.date_label()
