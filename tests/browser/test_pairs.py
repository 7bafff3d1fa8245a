"""A reader asks for the meetings of Libya and Italy together (issue #10): two countries
chosen in the facet, all of them or any of them, then the pair's own page, in Arabic
and in English."""

import pytest

from meetings.models import Country
from tests.test_all_of import make_archive

# serialized_rollback: see test_public_flow.py.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_two_countries_then_their_pair_page(live_server, page, artifacts_dir):
    make_archive()
    libya, italy = Country.objects.get(code="LY"), Country.objects.get(code="IT")
    page.goto(live_server.url + "/")
    results = page.locator("section.results article.meeting")
    assert results.count() == 5

    for country in (libya, italy):
        with page.expect_navigation():
            page.locator("#facet-country a", has_text=country.name_ar).first.click()
    assert page.locator("a.chip").count() == 2
    # Both of them, by default: the meetings of Libya and Italy together.
    assert results.count() == 2
    toggle = page.locator("#facet-country .match")
    assert toggle.locator("strong[aria-current]").count() == 1

    with page.expect_navigation():
        toggle.locator("a").click()
    assert "country_match=any" in page.url
    assert results.count() == 4
    with page.expect_navigation():
        page.locator("#facet-country .match a").click()
    assert results.count() == 2

    with page.expect_navigation():
        page.locator("#facet-country .pair a").click()
    assert page.url.endswith("/between/IT/LY/")
    heading = page.locator("h1").inner_text()
    assert libya.name_ar in heading and italy.name_ar in heading
    assert page.locator("section.timeline article.meeting").count() == 2
    assert page.locator(".pair-people li a").count() == 3
    assert page.locator(".chart svg").count() == 1
    page.screenshot(path=str(artifacts_dir / "pair_ar.png"), full_page=True)

    # The same page in English, through the site's language link.
    with page.expect_navigation():
        page.locator(".language a[hreflang='en']").click()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("html").get_attribute("dir") == "ltr"
    # The language is in the address, so the English page can be shared.
    assert page.url.endswith("/en/between/IT/LY/")
    assert page.locator("h1").inner_text() == f"{italy.name_en} – {libya.name_en}"
    page.screenshot(path=str(artifacts_dir / "pair_en.png"), full_page=True)
