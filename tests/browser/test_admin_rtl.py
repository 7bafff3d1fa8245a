"""The Arabic admin at a laptop's width: a meeting's participants' table fits the form."""

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
    "التقى المستشار الأول لشؤون الموانئ والمنافذ البحرية نديم عمر الساحلي "
    "اليوم في بنغازي رئيس هيئة حرس السواحل الإقليمية سليم الزواري."
)
# "https://example.org/أخبار/لقاء-الموانئ", as ingestion stores it.
URL = (
    "https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/"
    "%D9%84%D9%82%D8%A7%D8%A1-%D8%A7%D9%84%D9%85%D9%88%D8%A7%D9%86%D8%A6"
)


def participant(name: str, role: str, org: str, country: str) -> dict:
    return {"name": name, "role": role, "org": org, "ministry": "transport", "country": country}


def test_the_participants_table_fits_the_form_in_arabic(
    live_server, page, meeting_data, artifacts_dir
):
    # Long offices and organisations, as the press writes them.
    people = [
        participant(
            "نديم عمر الساحلي",
            "المستشار الأول لشؤون الموانئ والمنافذ البحرية",
            "المؤسسة العامة للموانئ والمنافذ البحرية والبرية",
            "LY",
        ),
        participant(
            "سليم الزواري",
            "رئيس هيئة حرس السواحل الإقليمية",
            "الهيئة الإقليمية لحرس السواحل وأمن الملاحة",
            "TN",
        ),
        participant("فرانكا دي لوريتو", "وكيلة الوزارة", "وزارة البنى التحتية", "IT"),
    ]
    meeting = article_ingest(
        text=TEXT,
        title="لقاء الموانئ",
        url=URL,
        meetings=[meeting_data(evidence=TEXT, participants=people, countries=["LY", "TN"])],
    ).meetings[0]
    editor_create(username="salma", password=PASSWORD)

    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "salma")
    page.fill("#id_password", PASSWORD)
    page.locator("#login-form [type=submit]").click()
    page.goto(f"{live_server.url}/admin/meetings/meeting/{meeting.pk}/change/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    # A new row too: its boxes are set up by script when it is added.
    page.locator("#participations-group .add-row a").click()
    assert page.locator("#participations-group tr.form-row:not(.empty-form)").count() == 4

    sizes = page.evaluate(
        """() => {
          const group = document.querySelector('#participations-group');
          const box = group.querySelector('fieldset');
          return {
            group: [group.scrollWidth, group.clientWidth],
            box: [box.scrollWidth, box.clientWidth],
            table: group.querySelector('table').getBoundingClientRect().width,
            page: [document.documentElement.scrollWidth, window.innerWidth],
          };
        }"""
    )
    page.screenshot(path=str(artifacts_dir / "admin_inline_ar.png"), full_page=True)
    assert sizes["group"][0] <= sizes["group"][1], sizes
    assert sizes["box"][0] <= sizes["box"][1], sizes
    assert sizes["table"] <= sizes["group"][1], sizes
    assert sizes["page"][0] <= sizes["page"][1], sizes

    assert page.locator("#participations-group th.column-participant").inner_text() == "مشارك"
    source = page.locator(".curation-sources .source-url a")
    assert source.inner_text() == "https://example.org/أخبار/لقاء-الموانئ"
    assert source.get_attribute("href") == URL
