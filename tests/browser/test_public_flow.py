"""A reader's path through the archive in a real browser: search, two facets, a
meeting, a related meeting."""

import pytest
from django.core.management import call_command

# serialized_rollback: countries and topics come from data migrations, which the
# live server's flush would otherwise leave out for the tests after this one. Every
# live-server test restores them the same way, in whatever order they run.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_search_facets_meeting_and_related_meeting(live_server, page, artifacts_dir):
    call_command("load_samples", verbosity=0)
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    page.get_by_role("searchbox").fill("الهجرة")
    page.get_by_role("search").get_by_role("button").click()
    page.wait_for_url("**/?*q=*")
    assert page.locator(".snippet mark").count() >= 1

    for facet in ("country", "topic"):
        link = page.locator(f"#facet-{facet} a:not(.selected)").first
        with page.expect_navigation():
            link.click()
    assert "country=" in page.url and "topic=" in page.url and "q=" in page.url
    assert page.locator("a.chip").count() == 3
    page.screenshot(path=str(artifacts_dir / "public_list.png"), full_page=True)
    results = page.locator("section.results article.meeting")
    assert results.count() >= 1

    with page.expect_navigation():
        results.first.locator("h3 a").click()
    assert page.locator(".meeting-detail blockquote").count() >= 1
    related = page.locator("section.related article.meeting h3 a")
    assert related.count() >= 1
    first_url = page.url
    with page.expect_navigation():
        related.first.click()
    assert page.url != first_url and "/meetings/" in page.url
    assert page.locator("section.related .reason").count() >= 1
    page.screenshot(path=str(artifacts_dir / "public_flow.png"), full_page=True)
