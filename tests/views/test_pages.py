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
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"}, follow=True)
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
