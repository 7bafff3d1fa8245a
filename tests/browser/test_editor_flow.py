"""An editor signs in, corrects a participant's name on a meeting, and the public page follows."""

import pytest

from meetings.services.curation import editor_create
from meetings.services.ingestion import article_ingest

# serialized_rollback: the Editors group, countries and topics come from data
# migrations, which an earlier transactional test's flush would have removed.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "curate-the-archive-2024"
TEXT = (
    "وزير الداخلية الليبي يلتقي نظيره الإيطالي\n"
    "التقى وزير الداخلية الليبي سالم الورفلي اليوم في طرابلس وزير الداخلية الإيطالي ماركو بيانكي.\n"
    "وبحث الجانبان ملف الهجرة غير الشرعية."
)


def test_an_editor_corrects_a_participants_name(live_server, page, meeting_data, artifacts_dir):
    evidence = TEXT.splitlines()[1]
    meeting = article_ingest(
        text=TEXT, title="لقاء وزيري الداخلية", meetings=[meeting_data(evidence=evidence)]
    ).meetings[0]
    editor_create(username="mona", password=PASSWORD)

    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "mona")
    page.fill("#id_password", PASSWORD)
    page.locator("#login-form [type=submit]").click()

    page.goto(f"{live_server.url}/admin/meetings/meeting/{meeting.pk}/change/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".curation-sources mark").inner_text().startswith("التقى وزير الداخلية")
    page.screenshot(path=str(artifacts_dir / "admin-meeting.png"), full_page=True)

    page.locator("a.edit-participant", has_text="سالم الورفلي").click()
    page.fill("#id_name", "سالم علي الورفلي")
    page.locator("[name=_save]").click()
    page.locator(".messagelist .success").wait_for()

    page.goto(f"{live_server.url}/meetings/{meeting.pk}/")
    assert page.get_by_text("سالم علي الورفلي").count() >= 1
    assert page.get_by_text("ماركو بيانكي").count() >= 1
