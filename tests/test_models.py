import pytest
from django.db import connection

from meetings.models import Article, Country, Meeting, Participant, Topic
from tests.factories import MeetingFactory, ParticipantFactory, country

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
