"""The CSV, JSON and Atom exports of a filtered meeting list (issue #10)."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from meetings.models import Meeting
from tests.factories import ArticleFactory, MeetingSourceFactory, ParticipantFactory
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def reported_twice():
    """A meeting of two named people that two articles report."""
    people = (
        ParticipantFactory(name="نادر القمودي"),
        ParticipantFactory(name="لوكا فيراتي"),
    )
    meeting = make_meeting(
        people=people,
        countries=["LY", "IT"],
        title="لقاء الأمن البحري",
        evidence="اجتمع القمودي بفيراتي في طرابلس.",
    )
    MeetingSourceFactory(
        meeting=meeting,
        article=ArticleFactory(
            url="https://example.org/second", title="خبر ثان", outlet="صحيفة الساحل"
        ),
        evidence="وبحث الطرفان دوريات الساحل.",
    )
    return meeting


def csv_rows(response) -> list[dict]:
    assert response.status_code == 200
    return list(
        csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig")))
    )


def json_rows(response) -> list[dict]:
    assert response.status_code == 200
    return json.loads(b"".join(response.streaming_content))


def test_csv_starts_with_a_byte_order_mark_for_excel(client, reported_twice):
    content = b"".join(client.get("/meetings.csv").streaming_content)
    assert content.startswith("\ufeffid,".encode())


def test_csv_is_one_row_per_meeting_with_participants_and_sources(client, reported_twice):
    (row,) = csv_rows(client.get("/meetings.csv"))
    assert row["participants"] == (
        "نادر القمودي (وزير الداخلية, interior, LY); لوكا فيراتي (وزير الداخلية, interior, LY)"
    )
    first, second = reported_twice.sources.order_by("pk")
    assert row["source_urls"].split("\n") == [first.article.url, "https://example.org/second"]
    assert row["evidence"].split("\n") == [
        "اجتمع القمودي بفيراتي في طرابلس.",
        "وبحث الطرفان دوريات الساحل.",
    ]
    assert row["date"] == "2024-05-14" and row["date_precision"] == "day"


def test_csv_neutralises_formulas_in_the_new_columns(client):
    make_meeting(people=[ParticipantFactory(name="-زياد البرعصي")], evidence="=1+1 في الخبر")
    (row,) = csv_rows(client.get("/meetings.csv"))
    assert row["participants"].startswith("'-زياد")
    assert row["evidence"] == "'=1+1 في الخبر"


def test_json_gives_sources_participants_and_date_precision(client, reported_twice):
    Meeting.objects.filter(pk=reported_twice.pk).update(
        date=datetime.date(2024, 5, 1), date_precision=Meeting.DatePrecision.MONTH
    )
    (item,) = json_rows(client.get("/meetings.json"))
    assert item["date"] == "2024-05-01" and item["date_precision"] == "month"
    assert item["participants"][1] == {
        "id": item["participants"][1]["id"],
        "name": "لوكا فيراتي",
        "role": "وزير الداخلية",
        "organization": "",
        "ministry": "interior",
        "country": "LY",
    }
    assert item["sources"][1] == {
        "url": "https://example.org/second",
        "title": "خبر ثان",
        "outlet": "صحيفة الساحل",
        "published": "2024-05-15",
        "evidence": "وبحث الطرفان دوريات الساحل.",
    }
    assert item["sources"][0]["title"] == "لقاء الأمن البحري"


def test_only_http_source_addresses_are_exported(client):
    meeting = make_meeting()
    MeetingSourceFactory(meeting=meeting, article=ArticleFactory(url="javascript:alert(1)"))
    (item,) = json_rows(client.get("/meetings.json"))
    assert item["sources"][1]["url"] == ""


@pytest.mark.parametrize("meeting_count", [2, 8])
def test_csv_queries_do_not_grow_with_meetings_or_sources(
    client, django_assert_num_queries, meeting_count
):
    for _ in range(meeting_count):
        meeting = make_meeting(people=ParticipantFactory.create_batch(2), topics=["migration"])
        MeetingSourceFactory(meeting=meeting)
    # The meetings, then their countries, topics, participations and sources.
    with django_assert_num_queries(5):
        b"".join(client.get("/meetings.csv").streaming_content)


def entry_titles(response) -> list[str]:
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    return [entry.find(f"{ATOM}title").text for entry in feed.iter(f"{ATOM}entry")]


def test_feed_titles_say_who_met_whom_and_when(client, reported_twice):
    assert entry_titles(client.get("/en/meetings.atom")) == [
        "نادر القمودي – لوكا فيراتي, May 14, 2024"
    ]
    (title,) = entry_titles(client.get("/meetings.atom"))
    with translation.override("ar"):
        date = reported_twice.date_label()
    assert title.startswith("نادر القمودي – لوكا فيراتي") and title.endswith(date)


def test_feed_titles_fall_back_to_the_place(client):
    make_meeting(place="غدامس")
    assert entry_titles(client.get("/en/meetings.atom")) == ["غدامس, May 14, 2024"]


def test_feed_titles_escape_markup_in_names(client):
    make_meeting(people=[ParticipantFactory(name="<b>صابر</b>")])
    (title,) = entry_titles(client.get("/meetings.atom"))
    # Parsed once (as XML) it is still escaped: readers that render titles as HTML
    # show the name as text.
    assert title.startswith("&lt;b&gt;صابر&lt;/b&gt;")
