import datetime

import pytest

from meetings.models import Article, Meeting, Participant
from meetings.services.ingestion import article_ingest

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
