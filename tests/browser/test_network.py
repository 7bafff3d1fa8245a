"""The network graph as a reader sees it on a person's page, in Arabic and in English:
nodes that draw, labels that keep clear of their nodes and of each other, inside the
graph, and links to the pairs' pages."""

from itertools import combinations

import pytest

from tests.factories import ParticipantFactory, country
from tests.views.data import make_meeting

# serialized_rollback: countries come from a data migration, which the live server's
# flush would otherwise leave out for the tests after this one.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

COUNTERPARTS = [
    ("دانتي روسيلو", 5),
    ("فيورا بالدي", 3),
    ("مازن الحرشاني", 3),
    ("عبد الرحيم بن سليمان بن عمران الفزاني الكبير", 2),
    ("هالة الزنتاني", 2),
    ("نوار القصبي", 1),
    ("مبعوث الغيمة", 1),
    ("ريم الساحلي", 1),
    ("كمال الدرناوي", 1),
]


def overlaps(a: dict, b: dict) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


def inside(inner: dict, outer: dict) -> bool:
    return (
        outer["x"] <= inner["x"]
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"]
        and outer["y"] <= inner["y"]
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"]
    )


@pytest.fixture
def host():
    host = ParticipantFactory(name="بدر السوافي", country=country("LY"))
    for name, count in COUNTERPARTS:
        guest = ParticipantFactory(name=name, country=country("IT"))
        for _ in range(count):
            make_meeting(countries=["LY", "IT"], people=[host, guest])
    return host


def check_graph(page, host) -> None:
    figure = page.locator(".network-graph")
    svg = figure.locator("svg").bounding_box()
    assert svg["width"] > 300 and svg["height"] > 150
    nodes = figure.locator(".nodes a")
    assert nodes.count() == len(COUNTERPARTS)
    circles, labels = [], []
    for index in range(nodes.count()):
        node = nodes.nth(index)
        circle = node.locator("circle").bounding_box()
        label = node.locator("text").bounding_box()
        assert circle["width"] > 0 and circle["height"] > 0
        assert label["width"] > 0 and label["height"] > 0
        assert inside(label, svg), node.locator("text").text_content()
        assert not overlaps(label, circle)
        circles.append(circle)
        labels.append(label)
        href = node.get_attribute("href")
        assert href.startswith("/between/people/") and str(host.pk) in href.split("/")
    # The most met is the biggest node; no two labels touch.
    assert circles[0]["width"] > circles[-1]["width"]
    for a, b in combinations(labels, 2):
        assert not overlaps(a, b)
    # A label on the right of the circle runs rightwards from its node, one on the left
    # leftwards, whichever the page's direction.
    centre = figure.locator(".centre circle").bounding_box()
    middle = centre["x"] + centre["width"] / 2
    right, left = 1, nodes.count() - 1
    assert circles[right]["x"] > middle and labels[right]["x"] >= circles[right]["x"]
    assert labels[right]["x"] >= circles[right]["x"] + circles[right]["width"]
    assert circles[left]["x"] < middle
    assert labels[left]["x"] + labels[left]["width"] <= circles[left]["x"]
    assert figure.locator(".centre text").bounding_box()["width"] > 0


def test_a_persons_network_draws_in_arabic(live_server, page, host, artifacts_dir):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + host.get_absolute_url())
    assert page.locator("html").get_attribute("dir") == "rtl"
    check_graph(page, host)
    label = page.locator(".network-graph .nodes text").first
    assert label.text_content() == "دانتي روسيلو"
    assert label.get_attribute("direction") == "rtl"
    page.locator(".network").screenshot(path=str(artifacts_dir / "network_person_ar.png"))


def test_a_persons_network_draws_in_english(live_server, page, host, artifacts_dir):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/en" + host.get_absolute_url())
    assert page.locator("html").get_attribute("dir") == "ltr"
    check_graph(page, host)
    # Names stay Arabic, right to left, on the English page.
    assert page.locator(".network-graph .nodes text").first.get_attribute("direction") == "rtl"
    page.locator(".network").screenshot(path=str(artifacts_dir / "network_person_en.png"))


def test_a_countrys_network_draws_with_its_rankings(live_server, page, artifacts_dir):
    host = ParticipantFactory(name="بدر السوافي", country=country("LY"))
    for code, name, count in [("IT", "دانتي روسيلو", 3), ("TN", "مازن الحرشاني", 2)]:
        guest = ParticipantFactory(name=name, country=country(code))
        for _ in range(count):
            make_meeting(countries=["LY", code], people=[host, guest])
    make_meeting(countries=["LY", "EG"], people=[host])
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + "/countries/LY/")
    nodes = page.locator(".network-graph .nodes a")
    assert [nodes.nth(i).get_attribute("href") for i in range(3)] == [
        "/between/IT/LY/",
        "/between/LY/TN/",
        "/between/EG/LY/",
    ]
    for index in range(3):
        assert nodes.nth(index).locator("circle").bounding_box()["width"] > 0
    assert page.locator(".rankings li a", has_text="دانتي روسيلو").is_visible()
    page.locator(".network").screenshot(path=str(artifacts_dir / "network_country_ar.png"))
