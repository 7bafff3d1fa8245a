"""Citations never die (issue #10): a merged person's address leads to the survivor, a
rejected meeting's says it was withdrawn, and error pages keep the site's look and the
reader's language.

This module is also the URLconf of the 500 tests: the archive's own URLs plus one view
that fails.
"""

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.template import loader
from django.urls import path
from django.utils import translation

from archive.urls import urlpatterns as archive_urlpatterns
from meetings.models import Meeting
from meetings.services.curation import meeting_reject, participant_delete, participant_merge
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


def fail(request):
    raise RuntimeError("a failure the 500 page reports")


urlpatterns = [
    *i18n_patterns(path("fail/", fail), prefix_default_language=False),
    *archive_urlpatterns,
]


def test_a_merged_participants_address_redirects_permanently_to_the_survivor(client):
    survivor = ParticipantFactory(name="نزار القطواني")
    duplicate = ParticipantFactory(name="نزار القطوانى")
    make_meeting(people=[duplicate])
    old_url = duplicate.get_absolute_url()
    participant_merge(target=survivor, duplicates=[duplicate])

    response = client.get(old_url, {"page": 2})
    assert response.status_code == 301
    assert response["Location"] == f"{survivor.get_absolute_url()}?page=2"
    assert client.get(old_url)["Location"] == survivor.get_absolute_url()
    assert "نزار القطواني" in client.get(old_url, follow=True).content.decode()


def test_an_address_merged_twice_leads_straight_to_the_last_survivor(client):
    first, second, last = (
        ParticipantFactory(name=name) for name in ("وضاح الزنتوتي", "وضاح زنتوتي", "و. الزنتوتي")
    )
    old_urls = [first.get_absolute_url(), second.get_absolute_url()]
    participant_merge(target=second, duplicates=[first])
    participant_merge(target=last, duplicates=[second])
    for old_url in old_urls:
        response = client.get(old_url)
        assert (response.status_code, response["Location"]) == (301, last.get_absolute_url())


def test_an_address_is_404_when_the_survivor_is_deleted_or_it_never_was(client):
    survivor, duplicate = ParticipantFactory(), ParticipantFactory()
    old_url = duplicate.get_absolute_url()
    participant_merge(target=survivor, duplicates=[duplicate])
    participant_delete(participant=survivor)
    assert client.get(old_url).status_code == 404
    assert client.get("/people/999999/").status_code == 404


def test_a_rejected_meetings_address_says_it_was_withdrawn(client):
    meeting = make_meeting(place="غدامس")
    meeting_reject(meetings=Meeting.objects.filter(pk=meeting.pk))
    response = client.get(meeting.get_absolute_url())
    page = response.content.decode()
    assert response.status_code == 410
    assert 'class="site-header"' in page and 'href="/"' in page
    assert "غدامس" not in page
    english = client.get("/en" + meeting.get_absolute_url())
    assert english.status_code == 410 and "withdrawn from the archive" in english.content.decode()


def test_a_missing_meeting_is_404_in_the_sites_design_and_arabic_by_default(client):
    response = client.get("/meetings/999999/")
    page = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="ar" dir="rtl">' in page
    assert 'class="site-header"' in page and "أرشيف الاجتماعات" in page
    assert 'href="/en/meetings/999999/" hreflang="en"' in page
    assert "تعذر العثور على الصفحة" in page and 'href="/"' in page


def test_the_404_page_is_english_at_an_english_address(client):
    response = client.get("/en/no/such/page/")
    page = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="en" dir="ltr">' in page
    assert "Page not found" in page and "Meetings archive" in page


@pytest.fixture
def failing_site(client, settings):
    settings.ROOT_URLCONF = __name__
    client.raise_request_exception = False
    return client


def test_the_500_page_is_the_sites_and_arabic_by_default(failing_site):
    response = failing_site.get("/fail/")
    page = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="ar" dir="rtl">' in page
    assert 'class="site-header"' in page and "/static/css/archive.css" in page
    assert "خطأ في المزود (500)" in page and 'href="/"' in page
    # The Content-Security-Policy allows no inline style or script.
    assert "<style" not in page and "style=" not in page and "<script" not in page


def test_the_500_page_is_english_at_an_english_address(failing_site):
    response = failing_site.get("/en/fail/")
    assert response.status_code == 500
    page = response.content.decode()
    assert '<html lang="en" dir="ltr">' in page and "Server error (500)" in page


def test_the_500_page_renders_without_a_request():
    with translation.override("ar"):
        page = loader.get_template("500.html").render()
    assert '<html lang="ar" dir="rtl">' in page and "أرشيف الاجتماعات" in page
