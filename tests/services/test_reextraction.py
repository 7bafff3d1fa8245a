"""Re-extraction brings untouched meetings up to date and keeps every editor's change."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting, Participant, Participation, Topic
from meetings.services.curation import (
    meeting_editor_save,
    meeting_mark_reviewed,
    meeting_reject,
    participant_editor_save,
    participation_editor_save,
    participation_remove,
)
from meetings.services.ingestion import article_ingest_text, article_reextract
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db

TEXT = "نص الخبر عن اللقاء"


@pytest.fixture
def stored(scripted_extractor, meeting_data):
    """An article whose one meeting (Libyan and Italian ministers) has been ingested."""
    scripted_extractor.meetings[TEXT] = [meeting_data()]
    result = article_ingest_text(text=TEXT)
    return result.article, result.meetings[0]


def improved(scripted_extractor, meeting_data, **changes):
    """The extractor now reports the meeting differently."""
    scripted_extractor.meetings[TEXT] = [meeting_data(**changes)]


def names(meeting):
    return {participation.participant.name for participation in meeting.participations.all()}


def test_an_untouched_meeting_takes_the_new_extraction(stored, scripted_extractor, meeting_data):
    article, meeting = stored
    salem, marco = meeting_data()["participants"]
    improved(
        scripted_extractor, meeting_data, place="روما", topics=["terrorism"], participants=[salem]
    )
    result = article_reextract(article=article)
    assert (result.updated, result.created, result.removed) == (1, 0, 0)
    meeting.refresh_from_db()
    assert meeting.place == "روما"
    assert [t.code for t in meeting.topics.all()] == ["terrorism"]
    assert names(meeting) == {"سالم الورفلي"}


def test_unchanged_extraction_changes_nothing(stored):
    article, meeting = stored
    history = meeting.history.count()
    result = article_reextract(article=article)
    assert (result.updated, result.unchanged) == (0, 1)
    assert meeting.history.count() == history


def test_a_reviewed_meeting_is_left_as_it_is(stored, scripted_extractor, meeting_data):
    article, meeting = stored
    meeting_mark_reviewed(meetings=Meeting.objects.all())
    improved(scripted_extractor, meeting_data, place="روما", participants=[])
    assert article_reextract(article=article).kept == 1
    meeting.refresh_from_db()
    assert meeting.place == "طرابلس" and len(names(meeting)) == 2


def test_fields_an_editor_changed_are_kept(stored, scripted_extractor, meeting_data):
    article, meeting = stored
    meeting.place = "مصراتة"
    meeting_editor_save(meeting=meeting, changed_fields=["place"])
    improved(scripted_extractor, meeting_data, place="روما", topics=["terrorism"])
    article_reextract(article=article)
    meeting.refresh_from_db()
    assert meeting.place == "مصراتة"
    assert [t.code for t in meeting.topics.all()] == ["terrorism"]


def test_a_renamed_participant_keeps_the_editors_name(stored):
    article, meeting = stored
    person = Participant.objects.get(name="سالم الورفلي")
    person.name = "سالم علي الورفلي"
    participant_editor_save(participant=person, previous_name="سالم الورفلي")
    article_reextract(article=article)
    assert names(meeting) == {"سالم علي الورفلي", "ماركو بيانكي"}
    assert Participant.objects.count() == 2


def test_a_participation_an_editor_added_stays(stored):
    article, meeting = stored
    guest = ParticipantFactory(name="علي الفاسي")
    participation_editor_save(participation=Participation(meeting=meeting, participant=guest))
    article_reextract(article=article)
    assert "علي الفاسي" in names(meeting)


def test_a_participation_an_editor_corrected_stays(stored):
    article, meeting = stored
    participation = meeting.participations.get(participant__name="سالم الورفلي")
    participation.role = "وزير الداخلية المكلف"
    participation_editor_save(participation=participation)
    article_reextract(article=article)
    participation.refresh_from_db()
    assert participation.role == "وزير الداخلية المكلف"


def test_a_participant_an_editor_removed_is_not_put_back(stored):
    article, meeting = stored
    participation_remove(participation=meeting.participations.get(participant__name="ماركو بيانكي"))
    article_reextract(article=article)
    assert names(meeting) == {"سالم الورفلي"}


def test_a_removal_holds_after_the_participant_is_renamed(stored):
    article, meeting = stored
    marco = Participant.objects.get(name="ماركو بيانكي")
    participation_remove(participation=meeting.participations.get(participant=marco))
    marco.name = "ماركو أنطونيو بيانكي"
    participant_editor_save(participant=marco, previous_name="ماركو بيانكي")
    article_reextract(article=article)
    assert names(meeting) == {"سالم الورفلي"}


def test_a_meeting_no_longer_found_goes_unless_an_editor_worked_on_it(
    stored, scripted_extractor, meeting_data
):
    article, meeting = stored
    scripted_extractor.meetings[TEXT] = []
    assert article_reextract(article=article).removed == 1
    assert not Meeting.objects.exists()

    scripted_extractor.meetings[TEXT] = [meeting_data()]
    article_reextract(article=article)
    meeting = article.meetings.get()
    meeting_mark_reviewed(meetings=Meeting.objects.all())
    scripted_extractor.meetings[TEXT] = []
    assert article_reextract(article=article).kept == 1
    assert Meeting.objects.get() == meeting


def test_a_new_meeting_found_is_added(stored, scripted_extractor, meeting_data):
    article, _meeting = stored
    other = {"name": "جون سميث", "role": "سفير", "org": None, "ministry": None, "country": "GB"}
    scripted_extractor.meetings[TEXT] = [meeting_data(), meeting_data(participants=[other])]
    assert article_reextract(article=article).created == 1
    assert article.meetings.count() == 2


def test_an_added_cue_word_changes_the_topics_of_later_extractions():
    """With the real extractor: an editor adds a cue word, re-extraction uses it."""
    text = (
        "التقى وزير الداخلية الليبي سالم الورفلي اليوم في طرابلس سفير إيطاليا لدى ليبيا "
        "جوزيبي بوتشينو، وبحث الجانبان ملف الطائرات المسيرة."
    )
    meeting = article_ingest_text(text=text).meetings[0]
    assert "military" not in {t.code for t in meeting.topics.all()}
    military = Topic.objects.get(code="military")
    military.cue_words = [*military.cue_words, "الطائرات المسيرة"]
    military.save()
    article_reextract(article=meeting.articles.get())
    assert "military" in {t.code for t in meeting.topics.all()}


def test_a_participant_an_editor_replaced_is_not_put_back(stored):
    article, meeting = stored
    participation = meeting.participations.get(participant__name="ماركو بيانكي")
    participation.participant = ParticipantFactory(name="ماركو أنطونيو بيانكي")
    participation_editor_save(participation=participation)
    article_reextract(article=article)
    assert names(meeting) == {"سالم الورفلي", "ماركو أنطونيو بيانكي"}


def test_re_extraction_locks_the_stored_meetings_before_deciding(stored):
    article, _meeting = stored
    with CaptureQueriesContext(connection) as queries:
        article_reextract(article=article)
    assert any('FOR UPDATE OF "meetings_meeting"' in query["sql"] for query in queries)


def test_a_report_pairs_with_the_meeting_an_editor_removed_its_people_from(
    stored, scripted_extractor, meeting_data
):
    article, meeting = stored
    _salem, marco = meeting_data()["participants"]
    participation_remove(participation=meeting.participations.get(participant__name=marco["name"]))
    other = {"name": "جون سميث", "role": "سفير", "org": None, "ministry": None, "country": "GB"}
    improved(scripted_extractor, meeting_data, participants=[marco, other], evidence="نص آخر.")
    article_reextract(article=article)
    assert article.meetings.get() == meeting
    assert not Participation.objects.filter(participant__name=marco["name"]).exists()


def test_no_new_meeting_for_a_report_sharing_people_with_an_edited_meeting(
    stored, scripted_extractor, meeting_data
):
    article, meeting = stored
    meeting.place = "مصراتة"
    meeting_editor_save(meeting=meeting, changed_fields=["place"])
    salem, _marco = meeting_data()["participants"]
    other = {"name": "جون سميث", "role": "سفير", "org": None, "ministry": None, "country": "GB"}
    scripted_extractor.meetings[TEXT] = [
        meeting_data(),
        meeting_data(participants=[salem, other], evidence="نص آخر."),
    ]
    assert article_reextract(article=article).created == 0
    assert article.meetings.get() == meeting


def test_a_rejected_meeting_is_neither_rewritten_nor_recreated(
    stored, scripted_extractor, meeting_data
):
    article, meeting = stored
    meeting_reject(meetings=Meeting.objects.all())
    improved(scripted_extractor, meeting_data, place="روما")
    assert article_reextract(article=article).kept == 1
    scripted_extractor.meetings[TEXT] = []
    assert article_reextract(article=article).kept == 1
    meeting.refresh_from_db()
    assert Meeting.objects.get() == meeting
    assert (meeting.place, meeting.review_state) == ("طرابلس", Meeting.ReviewState.REJECTED)


def test_participants_of_a_dropped_report_are_neither_created_nor_renamed(
    stored, scripted_extractor, meeting_data
):
    article, _meeting = stored
    meeting_mark_reviewed(meetings=Meeting.objects.all())
    salem, marco = meeting_data()["participants"]
    other = {"name": "جون سميث", "role": "سفير", "org": None, "ministry": None, "country": "GB"}
    improved(
        scripted_extractor,
        meeting_data,
        participants=[{**salem, "name": "سالم محمد الورفلي"}, marco, other],
    )
    article_reextract(article=article)
    assert not Participant.objects.filter(name="جون سميث").exists()
    assert Participant.objects.filter(name="سالم الورفلي", aliases=[]).exists()
