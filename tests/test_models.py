import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Article, Country, Meeting, Participant, Topic
from tests.factories import MeetingFactory, ParticipantFactory, ParticipationFactory, country

pytestmark = pytest.mark.django_db


def test_fresh_database_has_the_spec_codes():
    assert {"LY", "IT", "TR", "DZ", "EU", "UN"} <= set(
        Country.objects.values_list("code", flat=True)
    )
    assert set(Topic.objects.values_list("code", flat=True)) >= {
        "border-security",
        "migration",
        "trafficking",
        "terrorism",
        "drugs",
        "organized-crime",
        "training",
        "maritime",
        "military",
        "security-cooperation",
        "economy",
        "diplomacy",
        "human-rights",
    }
    assert "الهجرة غير الشرعية" in Topic.objects.get(code="migration").cue_words


def test_trigram_extension_is_enabled():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        assert cursor.fetchone() is not None


def test_content_hash_ignores_rewrapping():
    assert Article.hash_text("التقى الوزير\n  نظيره") == Article.hash_text("التقى الوزير نظيره")
    assert Article.hash_text("التقى الوزير") != Article.hash_text("استقبل الوزير")


def test_participant_names_are_matched_in_normalised_form():
    person = ParticipantFactory(name="أحمد الورفلي", aliases=["الورفلى"])
    assert list(Participant.objects.named("احمد الورفلي")) == [person]
    assert list(Participant.objects.named("الورفلي")) == [person]
    assert not Participant.objects.named("محمد الورفلي").exists()


def test_search_vector_is_generated_from_normalised_columns():
    meeting = MeetingFactory(countries=[country("LY")])
    Meeting.objects.filter(pk=meeting.pk).update(
        search_title="لقاء أمني", search_entities="وزير الداخلية", search_body="الهجرة غير الشرعية"
    )
    assert list(Meeting.objects.search("الهجرة")) == [meeting]
    assert list(Meeting.objects.search("")) == [meeting]
    assert not Meeting.objects.search("الزراعة").exists()


def test_end_date_cannot_precede_date():
    from django.db import IntegrityError

    with pytest.raises(IntegrityError):
        MeetingFactory(date="2024-05-14", end_date="2024-05-13")


def test_only_http_urls_become_links():
    from tests.factories import ArticleFactory

    assert ArticleFactory(url="https://example.org/a").link == "https://example.org/a"
    assert ArticleFactory(url="javascript:alert(1)").link == ""


def test_names_typed_on_a_persian_keyboard_are_matched_and_normalised_again():
    from importlib import import_module

    from django.apps import apps

    person = ParticipantFactory(name="عباس عراقچی", aliases=["عراقچی"])
    assert list(Participant.objects.named("عباس عراقچي")) == [person]
    # stored by the normalisation before this one, which kept the Persian ی
    Participant.objects.filter(pk=person.pk).update(
        name_normalized="عباس عراقچی", aliases_normalized=["عراقچی"]
    )
    other = ParticipantFactory(name="سالم حسن")

    import_module("meetings.migrations.0023_fold_persian_letters").normalise_again(apps, None)

    person.refresh_from_db()
    assert (person.name_normalized, person.aliases_normalized) == ("عباس عراقچي", ["عراقچي"])
    assert Participant.objects.get(pk=other.pk).name_normalized == "سالم حسن"


def test_migrate_adds_countries_the_extractor_learned_since(db):
    from django.core.management import call_command

    Country.objects.filter(code="MT").delete()
    topic = Topic.objects.get(code="migration")
    topic.cue_words = ["كلمة أضافها محرر"]
    topic.save()

    call_command("migrate", verbosity=0)

    assert Country.objects.filter(code="MT").exists()
    # Rows already there are the editors' and stay as they are.
    assert Topic.objects.get(code="migration").cue_words == ["كلمة أضافها محرر"]


@pytest.fixture
def met():
    """A meeting of two people, as an admin list or a page would show it."""
    meeting = MeetingFactory(date=datetime.date(2023, 7, 12), place="زوارة")
    for name in ("هشام الزنتاني", "بيترو كالدوني"):
        ParticipationFactory(meeting=meeting, participant=ParticipantFactory(name=name))
    return meeting


def test_a_meeting_reads_as_who_met_whom_and_when(met, django_assert_num_queries):
    meeting = Meeting.objects.get(pk=met.pk)
    with django_assert_num_queries(1):
        assert str(meeting) == "هشام الزنتاني – بيترو كالدوني, 2023-07-12"
    prefetched = Meeting.objects.prefetch_related("participations__participant").get(pk=met.pk)
    with django_assert_num_queries(0):
        assert str(prefetched) == "هشام الزنتاني – بيترو كالدوني, 2023-07-12"


def test_a_meeting_without_people_or_date_reads_as_what_it_has():
    assert (
        str(MeetingFactory(date=datetime.date(2023, 7, 12), place="زوارة")) == "زوارة, 2023-07-12"
    )
    assert str(MeetingFactory(date=None, place="زوارة")) == "زوارة"


def test_a_past_version_of_a_meeting_reads_without_a_query(met, django_assert_num_queries):
    # The participations a past version had are not the meeting's current ones, so a
    # history page's rows show its place and date and look nothing up.
    (record,) = met.history.all()
    with django_assert_num_queries(0):
        assert str(record.history_object) == "زوارة, 2023-07-12"


def test_the_admin_meeting_list_names_participants_in_a_fixed_number_of_queries(admin_client, met):
    url = "/admin/meetings/meeting/"
    with CaptureQueriesContext(connection) as one_meeting:
        page = admin_client.get("/en" + url).content.decode()
    assert "هشام الزنتاني – بيترو كالدوني" in page and "July 12, 2023" in page
    for _ in range(5):
        ParticipationFactory(meeting=MeetingFactory(), participant=ParticipantFactory())
    with CaptureQueriesContext(connection) as six_meetings:
        admin_client.get(url)
    assert len(six_meetings.captured_queries) == len(one_meeting.captured_queries)
