"""An English reader (issue #10): the English pages live at /en/ addresses, and a search
in Latin letters finds the Arabic records, by a person's Latin form or a country's
English name."""

import pytest

from meetings.services.derived import meeting_refresh_derived
from tests.test_all_of import make_archive

# serialized_rollback: see test_public_flow.py.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_an_english_reader_searches_in_latin_letters(live_server, page, artifacts_dir):
    archive = make_archive()
    matteo = archive["people"]["matteo"]
    matteo.aliases = ["Matteo Speranzi"]
    matteo.save()
    for meeting in archive["meetings"].values():
        meeting_refresh_derived(meeting=meeting)  # as an editor's alias would
    page.set_viewport_size({"width": 1280, "height": 900})

    page.goto(live_server.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("input[name=q]").fill("Speranzi")
    with page.expect_navigation():
        page.locator("input[name=q]").press("Enter")
    assert "/en/?q=Speranzi" in page.url
    results = page.locator("section.results article.meeting")
    assert results.count() == 3  # every meeting of his
    assert results.first.locator("bdi a", has_text="Matteo Speranzi").count() == 1
    page.screenshot(path=str(artifacts_dir / "search_latin_en.png"), full_page=True)

    page.goto(live_server.url + "/en/?q=Tunisia")
    assert results.count() == 3  # the meetings Tunisia took part in
    # The address is the English page's: shared, it opens in English.
    page.goto(live_server.url + "/?q=Tunisia")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert results.count() == 3
