"""On a phone the facets sit behind a "Filters" link above the results (issue #10),
shown and hidden without any script; on a wide screen they stay in their column."""

import datetime

import pytest

from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

# serialized_rollback: see test_public_flow.py.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone(browser):
    context = browser.new_context(locale="ar", viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def top(locator) -> float:
    box = locator.bounding_box()
    assert box is not None, locator
    return box["y"]


def bottom(locator) -> float:
    box = locator.bounding_box()
    assert box is not None, locator
    return box["y"] + box["height"]


def test_filters_open_above_the_results_on_a_phone(live_server, phone, artifacts_dir):
    guest = ParticipantFactory(name="نضال الكرمودي")
    for day in range(1, 7):
        make_meeting(
            date=datetime.date(2024, 3, day),
            people=[guest],
            countries=["LY", "TN"],
            topics=["migration"],
            place="زوارة",
        )
    make_meeting(date=None, countries=["TN"], place="الحامة")
    page = phone
    page.goto(live_server.url + "/")

    toggle = page.locator(".filters-toggle a")
    facets = page.locator("#facets")
    first = page.locator("section.results article.meeting").first
    assert toggle.is_visible()
    assert bottom(toggle) <= top(first)
    assert not facets.is_visible() and not page.locator("#facet-year").is_visible()
    page.screenshot(path=str(artifacts_dir / "phone_filters_closed.png"))

    toggle.click()
    page.wait_for_url("**/#facets")
    assert facets.is_visible() and page.locator("#facet-year").is_visible()
    # The panel opens where the link is: before the results, not after them.
    assert bottom(toggle) <= top(facets) and bottom(facets) <= top(first)
    page.screenshot(path=str(artifacts_dir / "phone_filters_open.png"), full_page=True)

    # A choice reloads the list with the panel closed and the choice as a chip.
    with page.expect_navigation():
        page.locator('#facet-year a[href="?year=undated"]').click()
    assert "year=undated" in page.url
    assert not facets.is_visible()
    assert page.locator("a.chip").count() == 1
    assert toggle.inner_text().endswith("(1)")
    assert page.locator("section.results article.meeting").count() == 1
    assert "بلا تاريخ" in first.inner_text()

    # "Hide filters" closes the panel again.
    toggle.click()
    page.wait_for_url("**#facets")
    assert facets.is_visible()
    page.locator(".filters-close a").click()
    page.wait_for_url("**#results")
    assert not facets.is_visible()

    # A wide screen keeps the facets in their column beside the results, with no link.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert facets.is_visible() and not toggle.is_visible()
    assert not page.locator(".filters-close a").is_visible()
    results = page.locator("section.results")
    assert abs(top(facets) - top(results)) < 40
    assert facets.bounding_box()["x"] != results.bounding_box()["x"]
