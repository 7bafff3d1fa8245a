"""What the public pages, exports and feed do with input meant to break them."""

import csv
import datetime
import io

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import Meeting
from meetings.services.derived import meeting_refresh_derived
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/?place=%00",
        "/?q=%00",
        "/?country=L%00Y",
        "/?pl%00ace=x",
        "/meetings.atom?place=%00",
        "/meetings.csv?place=%00",
        "/meetings.json?place=%00",
        "/countries/%00/",
        "/topics/%00/",
        "/people/1/?page=%00",
    ],
)
def test_a_nul_character_anywhere_in_the_address_is_a_bad_request(client, url):
    make_meeting(countries=["LY"])
    assert client.get(url).status_code == 400


@pytest.mark.parametrize("stored", [datetime.date(1, 1, 1), datetime.date(9999, 12, 31)])
def test_charts_stay_within_the_archives_dates_whatever_is_stored(client, stored):
    make_meeting(countries=["LY"], topics=["migration"], date=datetime.date(2024, 5, 14))
    # A date that reached the database without ingestion's or the admin's checks.
    odd = make_meeting(countries=["LY"], topics=["migration"])
    Meeting.objects.filter(pk=odd.pk).update(date=stored)
    meeting_refresh_derived(meeting=odd)
    for url in ("/countries/LY/", "/topics/migration/"):
        response = client.get(url)
        assert response.status_code == 200
        page = response.content.decode()
        assert page.count("<rect") == 1, url


def test_exports_run_their_query_before_the_response_starts(client):
    make_meeting(countries=["IT"])
    for url in ("/meetings.csv", "/meetings.json"):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        # Nothing has been streamed yet, and the meetings have been read: a database
        # failure would have been an error status, not a 200 with half a file.
        assert any('FROM "meetings_meeting"' in query["sql"] for query in queries), url
        assert b"IT" in b"".join(response.streaming_content)


def test_csv_cells_cannot_become_spreadsheet_formulas(client):
    person = ParticipantFactory(name='=HYPERLINK("http://example.test","اضغط")')
    make_meeting(people=[person], place="+طرابلس")
    response = client.get("/meetings.csv")
    (row,) = csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode()))
    assert row["participants"].startswith("'=HYPERLINK")
    assert row["place"] == "'+طرابلس"


def test_the_feed_escapes_names_that_hold_markup(client):
    person = ParticipantFactory(name='<img src=x onerror="alert(1)">')
    make_meeting(people=[person])
    feed = client.get("/meetings.atom").content.decode()
    # The summary is HTML to feed readers: the name must arrive there as text.
    assert "&amp;lt;img" in feed
    assert "&lt;img" not in feed.replace("&amp;lt;img", "")


def test_marker_characters_in_an_article_give_no_stray_marks(client):
    make_meeting(evidence="نص \ue000غريب\ue001 ثم بحث الوزيران ملف الهجرة \ue001 في طرابلس")
    page = client.get("/", {"q": "الهجرة"}).content.decode()
    assert page.count("<mark>") == page.count("</mark>") == 1
    assert "<mark>الهجرة</mark>" in page
