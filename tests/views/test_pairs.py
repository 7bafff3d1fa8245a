"""The list's all-of/any-of toggle, and the pages of two countries' or two people's
meetings together, /between/... (issue #10)."""

import csv
import datetime
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import MergedParticipant
from tests.factories import ParticipantFactory
from tests.test_all_of import make_archive
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def archive():
    return make_archive()


def html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def pair_of_people(archive, first="rashdan", second="matteo") -> list[int]:
    return sorted([archive["people"][first].pk, archive["people"][second].pk])


def test_two_countries_offer_the_toggle_and_the_pair_page(client, archive):
    response = client.get("/", {"country": ["LY", "IT"]})
    page = html(response)
    assert response.context["counts"].total == 2
    toggle = page.split('class="match small"')[1].split("</p>")[0]
    assert 'aria-current="true"' in toggle.split("·")[0]
    assert 'href="?country=LY&amp;country=IT&amp;country_match=any"' in toggle
    assert 'href="/between/IT/LY/"' in page
    # One country has nothing to combine: neither toggle nor pair page.
    page = html(client.get("/", {"country": "LY"}))
    assert 'class="match small"' not in page and "/between/" not in page


def test_any_of_is_kept_by_chips_facet_links_and_exports(client, archive):
    params = {"country": ["LY", "IT"], "country_match": "any"}
    page = html(client.get("/", params))
    summary = page.split('class="summary"')[1].split("</p>")[0]
    # Removing a country keeps the mode; removing the mode's chip goes back to all-of.
    assert 'class="chip" href="?country=IT&amp;country_match=any"' in summary
    assert 'class="chip" href="?country=LY&amp;country=IT"' in summary
    assert 'href="?country=LY&amp;country=IT&amp;country_match=any&amp;topic=maritime"' in page
    toggle = page.split('class="match small"')[1].split("</p>")[0]
    assert 'href="?country=LY&amp;country=IT"' in toggle.split("·")[0]
    # No pair page for "either of them".
    assert "/between/" not in page
    assert 'href="/meetings.csv?country=LY&amp;country=IT&amp;country_match=any"' in page


@pytest.mark.parametrize(("mode", "expected"), [("all", 2), ("any", 4)])
def test_exports_and_the_feed_honour_the_mode(client, archive, mode, expected):
    params = {"country": ["LY", "IT"], "country_match": mode}
    response = client.get("/meetings.csv", params)
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert len(list(csv.DictReader(io.StringIO(content)))) == expected
    response = client.get("/meetings.json", params)
    assert len(json.loads(b"".join(response.streaming_content))) == expected
    feed = ET.fromstring(client.get("/meetings.atom", params).content)
    assert len(feed.findall(f"{ATOM}entry")) == expected


def test_the_feed_title_says_any_of(client, archive):
    params = {"country": ["LY", "IT"], "country_match": "any"}
    feed = ET.fromstring(client.get("/en/meetings.atom", params).content)
    title = feed.find(f"{ATOM}title").text
    assert "Libya" in title and "Italy" in title and "any of these" in title


def test_two_people_offer_their_pair_page(client, archive):
    first, second = pair_of_people(archive)
    page = html(client.get("/", {"participant": [second, first]}))
    assert f'href="/between/people/{first}/{second}/"' in page


def test_country_pair_page_summarises_their_meetings(client, archive):
    response = client.get("/between/IT/LY/")
    page = html(response)
    summary = response.context["summary"]
    assert summary.meeting_count == 2
    assert (summary.first_date, summary.last_date) == (
        datetime.date(2023, 3, 1),
        datetime.date(2024, 5, 14),
    )
    assert [(topic.code, count) for topic, count in summary.topics] == [
        ("migration", 2),
        ("training", 1),
    ]
    people = archive["people"]
    assert [(person.pk, count) for person, count in summary.participants] == sorted(
        [(people["rashdan"].pk, 2), (people["matteo"].pk, 2), (people["waddah"].pk, 1)],
        key=lambda pair: (-pair[1], pair[0]),
    )
    for person in people.values():
        assert f'href="{person.get_absolute_url()}"' in page
    assert 'href="/?country=IT&amp;country=LY"' in page
    assert 'href="/meetings.atom?country=IT&amp;country=LY"' in page
    # The meetings, newest first, and none of the others.
    meetings = archive["meetings"]
    assert page.index(meetings["ly_it"].get_absolute_url()) < page.index(
        meetings["ly_it_tn"].get_absolute_url()
    )
    assert meetings["ly"].get_absolute_url() not in page
    assert "<svg" in page


def test_participant_pair_page_lists_the_others_present(client, archive):
    first, second = pair_of_people(archive)
    response = client.get(f"/between/people/{first}/{second}/")
    page = html(response)
    summary = response.context["summary"]
    assert summary.meeting_count == 2
    # The two are in every one of their meetings: the others present are listed.
    assert [(person.pk, count) for person, count in summary.participants] == [
        (archive["people"]["waddah"].pk, 1)
    ]
    assert f'href="/?participant={first}&amp;participant={second}"' in page
    assert "رشدان الكفراوي – ماتيو سبيرانزي" in page or "ماتيو سبيرانزي – رشدان الكفراوي" in page


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("/between/LY/IT/", "/between/IT/LY/"),
        ("/between/ly/it/", "/between/IT/LY/"),
        ("/between/LY/IT/?page=2", "/between/IT/LY/?page=2"),
    ],
)
def test_country_pairs_have_one_address(client, archive, url, canonical):
    response = client.get(url)
    assert response.status_code == 301
    assert response["Location"] == canonical


def test_people_pairs_have_one_address_surviving_merges(client, archive):
    first, second = pair_of_people(archive)
    response = client.get(f"/between/people/{second}/{first}/")
    assert (response.status_code, response["Location"]) == (
        301,
        f"/between/people/{first}/{second}/",
    )
    # A merged person's old id leads to the one they were merged into.
    MergedParticipant.objects.create(old_id=999_001, survivor=archive["people"]["matteo"])
    response = client.get(f"/between/people/999001/{archive['people']['rashdan'].pk}/")
    assert (response.status_code, response["Location"]) == (
        301,
        f"/between/people/{first}/{second}/",
    )


def test_unknown_or_single_members_are_404(client, archive):
    rashdan = archive["people"]["rashdan"].pk
    MergedParticipant.objects.create(old_id=999_002, survivor=archive["people"]["rashdan"])
    for url in (
        "/between/XX/LY/",
        "/between/LY/LY/",
        "/between/LIBYA/IT/",
        f"/between/people/999999/{rashdan}/",
        f"/between/people/{rashdan}/{rashdan}/",
        f"/between/people/999002/{rashdan}/",
    ):
        assert client.get(url).status_code == 404, url


def test_a_pair_that_never_met_has_an_empty_page(client, archive):
    page = html(client.get("/between/DZ/LY/"))
    assert 'class="meeting"' not in page


def queries_for(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_pair_page_queries_do_not_grow_with_the_page(client):
    people = ParticipantFactory.create_batch(2)
    make_meeting(
        countries=["LY", "IT"], topics=["migration"], people=[*people, ParticipantFactory()]
    )
    first, second = sorted(person.pk for person in people)
    urls = ["/between/IT/LY/", f"/between/people/{first}/{second}/"]
    few = {url: (queries_for(client, url), queries_for(client, url)) for url in urls}
    for index in range(40):
        make_meeting(
            countries=["LY", "IT"],
            topics=["migration", "training"],
            people=[*people, ParticipantFactory()],
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=index),
        )
    # Cold then warm (the summary cached), with a page full of meetings.
    many = {url: (queries_for(client, url), queries_for(client, url)) for url in urls}
    assert many == few


@pytest.mark.parametrize("mode", ["all", "any"])
def test_list_queries_do_not_grow_with_the_page_in_either_mode(client, archive, mode):
    url = f"/?country=LY&country=IT&country_match={mode}"
    few = queries_for(client, url), queries_for(client, url)
    for index in range(30):
        make_meeting(
            countries=["LY", "IT"], date=datetime.date(2019, 1, 1) + datetime.timedelta(index)
        )
    assert (queries_for(client, url), queries_for(client, url)) == few
