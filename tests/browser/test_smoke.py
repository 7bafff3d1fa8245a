import pytest
from django.core.management import call_command

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_home_page_renders_in_a_real_browser(live_server, page, artifacts_dir):
    call_command("load_samples", verbosity=0)
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("article.meeting").count() >= 8
    page.screenshot(path=str(artifacts_dir / "home.png"), full_page=True)
