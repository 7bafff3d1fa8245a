import pytest
from django.core.management import call_command

from meetings.models import Meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def samples():
    call_command("load_samples", verbosity=0)


def test_sample_data_covers_every_facet(samples):
    meetings = Meeting.objects.all()
    assert meetings.count() >= 8
    assert meetings.values("countries").distinct().count() >= 4
    assert (
        meetings.values("participations__ministry")
        .exclude(participations__ministry="")
        .distinct()
        .count()
        >= 3
    )
    assert meetings.values("topics").distinct().count() >= 4
    assert len({(m.date.year, m.date.month) for m in meetings if m.date}) >= 3


def test_loading_samples_twice_duplicates_nothing(samples):
    count = Meeting.objects.count()
    call_command("load_samples", verbosity=0)
    assert Meeting.objects.count() == count


def test_home_lists_the_meetings_right_to_left(client, samples):
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert "سالم الورفلي" in html


def test_english_is_selectable(client, samples):
    page = client.get("/").content.decode()
    assert '<a href="/en/" hreflang="en" lang="en">English</a>' in page
    response = client.get("/en/")
    assert 'lang="en"' in response.content.decode()
    assert 'dir="ltr"' in response.content.decode()


def test_meeting_participant_country_and_topic_pages(client, samples):
    meeting = Meeting.objects.filter(participations__isnull=False).first()
    participant = meeting.participants.first()
    for url in (
        meeting.get_absolute_url(),
        participant.get_absolute_url(),
        "/countries/LY/",
        "/topics/migration/",
    ):
        assert client.get(url).status_code == 200, url


def test_unknown_ids_are_404(client):
    assert client.get("/meetings/999999/").status_code == 404
    assert client.get("/countries/XX/").status_code == 404


def test_admin_asks_anonymous_users_to_log_in(client):
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_the_address_says_the_language_whatever_the_browser_asks(client):
    arabic = client.get("/", HTTP_ACCEPT_LANGUAGE="en", HTTP_COOKIE="django_language=en")
    assert '<html lang="ar" dir="rtl">' in arabic.content.decode()
    english = client.get("/en/").content.decode()
    assert '<html lang="en" dir="ltr">' in english


def test_each_page_links_to_itself_in_the_other_language(client):
    arabic = client.get("/", {"country": "LY"}).content.decode()
    assert '<link rel="alternate" hreflang="en" href="/en/?country=LY">' in arabic
    english = client.get("/en/countries/LY/").content.decode()
    assert '<link rel="alternate" hreflang="ar" href="/countries/LY/">' in english


def test_the_language_link_leads_to_the_same_page_in_the_other_language(client):
    arabic = client.get("/", {"topic": "migration"}).content.decode()
    assert 'href="/en/?topic=migration" hreflang="en"' in arabic
    english = client.get("/en/topics/migration/").content.decode()
    assert 'href="/topics/migration/" hreflang="ar"' in english


def test_english_pages_show_a_latin_form_of_a_name_where_the_archive_has_one(client):
    from tests.factories import ParticipantFactory
    from tests.views.data import make_meeting

    guest = ParticipantFactory(name="لوكا فيراري", aliases=["Luca Ferrari"])
    meeting = make_meeting(people=[guest, ParticipantFactory(name="سالم الكوني")])
    meeting_url, guest_url = meeting.get_absolute_url(), guest.get_absolute_url()
    english = client.get("/en" + meeting_url).content.decode()
    assert ">Luca Ferrari</a>" in english and ">سالم الكوني</a>" in english
    assert "<h1>Luca Ferrari</h1>" in client.get("/en" + guest_url).content.decode()
    assert ">Luca Ferrari</a>" in client.get("/en/").content.decode()
    # Arabic pages keep the name as the archive has it.
    assert ">لوكا فيراري</a>" in client.get(meeting_url).content.decode()
