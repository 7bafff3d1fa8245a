"""The network on a person's and a country's page: the graph with its links to the
pairs' pages, plain numbers in its markup in Arabic, and the rankings beside it."""

import re

import pytest
from django.utils import translation

from meetings.models import Meeting
from meetings.services.derived import meeting_refresh_derived
from tests.factories import ParticipantFactory, ParticipationFactory, country
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db

# Every attribute of the graph holding a number, and what a plain one looks like:
# digits and at most one "." (never the Arabic decimal separator ",").
NUMERIC_ATTRIBUTE = re.compile(r'\b(x|y|x1|x2|y1|y2|cx|cy|r|stroke-width|viewBox)="([^"]*)"')
PLAIN_NUMBERS = re.compile(r"-?\d+(\.\d+)?( -?\d+(\.\d+)?)*")


def html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def graph(page: str) -> str:
    return page[
        page.index('<figure class="network-graph">') : page.index(
            "</figure>", page.index('<figure class="network-graph">')
        )
    ]


def assert_plain_numbers(markup: str) -> None:
    attributes = NUMERIC_ATTRIBUTE.findall(markup)
    assert {name for name, _value in attributes} >= {"cx", "cy", "r", "x", "y", "stroke-width"}
    for name, value in attributes:
        assert PLAIN_NUMBERS.fullmatch(value), f'{name}="{value}"'
    # Fractions are written with a point: positions on a circle are rarely whole.
    assert re.search(r'\bcx="\d+\.\d+"', markup)


def meet(countries, *attendees):
    meeting = make_meeting(countries=countries, people=())
    for participant, ministry in attendees:
        ParticipationFactory(meeting=meeting, participant=participant, ministry=ministry)
    meeting_refresh_derived(meeting=meeting)
    return meeting


@pytest.fixture
def cast():
    people = {
        "badr": ParticipantFactory(name="بدر السوافي", country=country("LY")),
        "dante": ParticipantFactory(name="دانتي روسيلو", country=country("IT")),
        "fiora": ParticipantFactory(name="فيورا بالدي", country=country("IT")),
        "mazen": ParticipantFactory(name="مازن الحرشاني", country=country("TN")),
    }
    p = people
    meet(["LY", "IT"], (p["badr"], "interior"), (p["dante"], "interior"))
    meet(["LY", "IT"], (p["badr"], "interior"), (p["dante"], "interior"), (p["fiora"], "foreign"))
    meet(["LY", "TN"], (p["badr"], "interior"), (p["mazen"], "interior"))
    return people


def test_a_persons_page_draws_who_they_met_linking_to_each_pair(client, cast):
    badr, dante, mazen = cast["badr"], cast["dante"], cast["mazen"]
    page = html(client.get(badr.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="ar"))
    svg = graph(page)
    assert svg.count("<a href=") == 3
    for other in (dante, mazen):
        first, second = sorted([badr.pk, other.pk])
        assert f'<a href="/between/people/{first}/{second}/">' in svg
    assert 'direction="rtl">دانتي روسيلو</text>' in svg
    # The tooltip names the counterpart and the meetings shared.
    assert re.search(r"<title>دانتي روسيلو: 2 [^<]+</title>", svg)
    assert_plain_numbers(svg)
    # The ranking beside it links to each person's own page, most met first.
    ranking = page[page.index('<ol class="ranking">') :]
    assert ranking.index(dante.get_absolute_url()) < ranking.index(mazen.get_absolute_url())
    assert '<span class="count">2</span>' in ranking


def test_a_countrys_page_draws_the_countries_it_met_and_ranks_ministries_and_people(client, cast):
    page = html(client.get("/countries/LY/", HTTP_ACCEPT_LANGUAGE="ar"))
    svg = graph(page)
    assert '<a href="/between/IT/LY/">' in svg and '<a href="/between/LY/TN/">' in svg
    assert 'direction="rtl">إيطاليا</text>' in svg
    assert_plain_numbers(svg)
    counterparts = page[
        page.index('<section class="network">') : page.index('<div class="rankings">')
    ]
    assert 'href="/countries/IT/">إيطاليا</a> <span class="count">2</span>' in counterparts
    ministries, people, own = re.findall(
        r"<section>(.*?)</section>", page[page.index('<div class="rankings">') :], re.S
    )
    # Italy's interior ministry, met twice, heads the ministries met.
    assert ministries.index('الداخلية — <a href="/countries/IT/">إيطاليا</a>') < ministries.index(
        "الخارجية"
    )
    assert '<span class="count">2</span>' in ministries
    assert f'href="{cast["dante"].get_absolute_url()}">دانتي روسيلو</a>' in people
    assert "مازن الحرشاني" in people and "بدر السوافي" not in people
    # Libya's own ministry, in all three meetings.
    assert '<li>الداخلية <span class="count">3</span></li>' in own


def test_the_english_page_names_countries_in_english_written_left_to_right(client, cast):
    page = html(client.get("/en/countries/LY/"))
    svg = graph(page)
    assert 'direction="ltr">Italy</text>' in svg
    assert 'direction="ltr">Libya</text>' in svg
    assert "Interior — <a" in page
    # Names of people stay Arabic, and right to left, on the English person's page.
    with translation.override("en"):
        english_url = cast["badr"].get_absolute_url()
    assert english_url.startswith("/en/")
    svg = graph(html(client.get(english_url)))
    assert 'direction="rtl">دانتي روسيلو</text>' in svg
    assert "<title>دانتي روسيلو: 2 meetings</title>" in svg


def test_pages_without_counterparts_draw_no_graph(client):
    loner = ParticipantFactory(name="نجم الوحدة", country=country("LY"))
    meet(["EG"], (loner, "interior"))
    for url in (loner.get_absolute_url(), "/countries/EG/", "/countries/SA/"):
        page = html(client.get(url))
        assert "network-graph" not in page, url
        assert '<section class="network">' in page, url


def test_topic_pages_have_no_network(client, cast):
    make_meeting(countries=["LY", "IT"], topics=["migration"], people=[cast["badr"]])
    page = html(client.get("/topics/migration/"))
    assert '<section class="network">' not in page


def test_a_country_ranked_from_the_count_sample_says_so(client, cast, monkeypatch):
    # Whether a meeting is in the sample follows a hash of its id, and ids are not
    # rolled back between tests: meet again until the one-in-40 sample holds a meeting.
    for _ in range(400):
        if Meeting.objects.filter(count_sample_step__gte=40).exists():
            break
        meet(["LY", "IT"], (cast["badr"], "interior"), (cast["dante"], "interior"))
    monkeypatch.setattr("meetings.selectors.EXACT_COUNT_LIMIT", 1)
    page = html(client.get("/countries/LY/", HTTP_ACCEPT_LANGUAGE="ar"))
    assert "تقدير من عيّنة فيها اجتماع واحد من كل 40" in page
    ranked = page[page.index("notice") :]
    counts = [m.end() for m in re.finditer(r'<span class="count">', ranked)]
    assert counts
    assert all(ranked[i:].startswith('<span title="تقديري">≈</span>') for i in counts)
