"""The monthly chart as a reader sees it on an Arabic page: bars that draw, labels that
do not overlap, time running left to right."""

import datetime
from itertools import pairwise

import pytest

from tests.views.data import make_meeting

# serialized_rollback: countries come from a data migration, which the live server's
# flush would otherwise leave out for the tests after this one.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def overlaps(a: dict, b: dict) -> bool:
    return a["x"] < b["x"] + b["width"] and b["x"] < a["x"] + a["width"]


def test_the_arabic_chart_draws_its_bars_and_labels(live_server, page, artifacts_dir):
    # Twenty months, so the bottom row names months in Arabic, under them their years.
    dates = [datetime.date(2023, 1, 10), datetime.date(2023, 6, 5), datetime.date(2024, 8, 2)]
    for date in [*dates, datetime.date(2023, 6, 19)]:
        make_meeting(
            date=date,
            countries=["LY"],
            place="تل الياسمين",
            title="لقاء القمر الفضي",
            evidence="اجتمع الموفد بنظيره في تل الياسمين.",
        )
    page.goto(live_server.url + "/countries/LY/")
    assert page.locator("html").get_attribute("dir") == "rtl"

    bars = page.locator(".chart rect")
    assert bars.count() == 20
    first, june, last = bars.nth(0).bounding_box(), bars.nth(5), bars.nth(19).bounding_box()
    assert first["width"] > 0 and first["height"] > 0
    # June's two meetings make the tallest bar; time runs left to right.
    assert june.bounding_box()["height"] > first["height"]
    assert first["x"] < last["x"]
    assert june.locator("title").text_content() == "يونيو 2023: 2"

    # The count axis sits left of the bars, as the svg is left to right in an rtl page.
    counts = page.locator(".chart .count-axis text")
    assert counts.all_text_contents() == ["0", "1", "2"]
    zero = counts.first.bounding_box()
    assert zero["x"] + zero["width"] <= first["x"]

    labels = page.locator(".chart .time-axis text")
    rows = {}
    for label in labels.all():
        box = label.bounding_box()
        assert box["width"] > 0
        rows.setdefault(round(box["y"]), []).append(box)
    assert len(rows) == 2
    for boxes in rows.values():
        boxes.sort(key=lambda box: box["x"])
        assert not any(overlaps(a, b) for a, b in pairwise(boxes))
    assert "يناير" in labels.all_text_contents()
    years = page.locator(".chart .time-axis text", has_text="20")
    assert years.all_text_contents() == ["2023", "2024"]
    assert years.nth(0).bounding_box()["x"] < years.nth(1).bounding_box()["x"]

    page.locator(".chart").screenshot(path=str(artifacts_dir / "chart_ar.png"))
    page.screenshot(path=str(artifacts_dir / "country_chart_ar.png"), full_page=True)
