"""The monthly bar chart of the country and topic pages: plain numbers in its markup
whatever the language, a count axis, and time labels that never overlap."""

import datetime
import re
from itertools import pairwise

import pytest
from django.template import Context, Template
from django.utils import translation

from meetings.templatetags.archive import CHART_LABEL_SPACING, CHART_WIDTH, month_chart
from tests.views.data import make_meeting

# Every attribute holding a number, and what a plain one looks like: digits, at most one
# "." and no "," (the Arabic decimal separator).
NUMERIC_ATTRIBUTE = re.compile(r'\b(x|y|x1|x2|y1|y2|width|height|viewBox)="([^"]*)"')
PLAIN_NUMBERS = re.compile(r"-?\d+(\.\d+)?( -?\d+(\.\d+)?)*")


def monthly(first: datetime.date, months: int) -> list[tuple[datetime.date, int]]:
    """``months`` consecutive months from ``first``, with counts that vary."""
    counts = []
    month = first
    for index in range(months):
        counts.append((month, index % 7))
        month = (month + datetime.timedelta(days=32)).replace(day=1)
    return counts


def render(counts, language: str = "ar") -> str:
    with translation.override(language):
        template = Template('{% load archive %}{% month_chart counts "لقاءات الغيم" %}')
        return template.render(Context({"counts": counts}))


FEW_MONTHS = monthly(datetime.date(2023, 11, 1), 7)
SEVERAL_YEARS = monthly(datetime.date(2016, 1, 1), 96)
THIRTY_YEARS = monthly(datetime.date(1990, 1, 1), 360)
SEVERAL_DECADES = monthly(datetime.date(1950, 3, 1), 898)
SPANS = [FEW_MONTHS, SEVERAL_YEARS, THIRTY_YEARS, SEVERAL_DECADES]


def assert_plain_numbers(markup: str) -> None:
    attributes = NUMERIC_ATTRIBUTE.findall(markup)
    assert attributes
    for name, value in attributes:
        assert PLAIN_NUMBERS.fullmatch(value), f'{name}="{value}"'
    assert not re.search(r'="[^"]*\d,\d', markup)


@pytest.mark.parametrize("counts", SPANS, ids=["months", "years", "30 years", "decades"])
def test_numbers_in_the_markup_are_plain_in_arabic(counts):
    markup = render(counts)
    assert_plain_numbers(markup)
    # Bars are fractions wide (97.71 for seven months): a decimal point, not Arabic's ",".
    assert re.search(r'width="\d+\.\d+"', markup)


@pytest.mark.parametrize("counts", SPANS, ids=["months", "years", "30 years", "decades"])
def test_time_labels_never_overlap_nor_leave_the_chart(counts):
    chart = month_chart(counts, "لقاءات الغيم")
    rows = [chart["month_labels"], chart["year_labels"]]
    assert chart["year_labels"]
    for row in rows:
        centres = [bar["centre"] for bar in row]
        assert centres == sorted(centres)
        assert all(b - a >= CHART_LABEL_SPACING for a, b in pairwise(centres))
        assert all(
            CHART_LABEL_SPACING / 2 <= centre <= CHART_WIDTH - CHART_LABEL_SPACING / 2
            for centre in centres
        )


def labels(chart, row: str) -> list[str]:
    return [f"{bar['month']:%Y-%m}" for bar in chart[row]]


def test_a_few_months_are_labelled_each_month_with_the_year_at_the_first_and_january():
    chart = month_chart(FEW_MONTHS, "لقاءات الغيم")
    assert len(chart["month_labels"]) == 7
    assert labels(chart, "year_labels") == ["2023-11", "2024-01"]
    markup = render(FEW_MONTHS)
    assert ">نوفمبر<" in markup and ">يناير<" in markup
    assert ">2023<" in markup and ">2024<" in markup
    assert ">Jan<" in render(FEW_MONTHS, "en")


def test_several_years_are_labelled_every_year():
    chart = month_chart(SEVERAL_YEARS, "لقاءات الغيم")
    assert chart["month_labels"] == []
    assert labels(chart, "year_labels") == [f"{year}-01" for year in range(2016, 2024)]


def test_decades_are_labelled_every_five_or_ten_years():
    thirty = month_chart(THIRTY_YEARS, "لقاءات الغيم")
    assert labels(thirty, "year_labels") == [f"{year}-01" for year in range(1990, 2020, 5)]
    decades = month_chart(SEVERAL_DECADES, "لقاءات الغيم")
    assert labels(decades, "year_labels") == [f"{year}-01" for year in range(1960, 2030, 10)]


def test_one_month_fills_the_chart_and_is_labelled():
    chart = month_chart(monthly(datetime.date(2024, 5, 1), 1), "لقاءات الغيم")
    (bar,) = chart["bars"]
    assert bar["x"] + bar["width"] + 1 == CHART_WIDTH
    assert labels(chart, "month_labels") == labels(chart, "year_labels") == ["2024-05"]


def test_the_count_axis_shows_zero_the_middle_and_the_peak():
    chart = month_chart(FEW_MONTHS, "لقاءات الغيم")
    ticks = chart["count_ticks"]
    assert [tick["count"] for tick in ticks] == [0, 3, 6]
    # Zero at the bars' foot, the peak at the tallest bar's top.
    assert ticks[0]["y"] == chart["bottom"]
    assert ticks[-1]["y"] == min(bar["y"] for bar in chart["bars"])
    markup = render(FEW_MONTHS)
    assert '<g class="count-axis">' in markup and ">6</text>" in markup


def test_the_chart_keeps_its_title_description_caption_and_tooltips():
    markup = render(FEW_MONTHS)
    assert '<title id="chart-title">لقاءات الغيم</title>' in markup
    assert 'aria-describedby="chart-desc"' in markup and 'dir="ltr"' in markup
    assert "<figcaption>لقاءات الغيم" in markup
    assert markup.count("<rect") == markup.count("</title></rect>") == 7
    assert "<title>مايو 2024: 6</title>" in markup


@pytest.mark.django_db
def test_country_and_topic_pages_in_arabic_write_plain_numbers(client):
    for date in (datetime.date(2022, 3, 9), datetime.date(2023, 8, 21)):
        make_meeting(
            date=date,
            countries=["IT"],
            topics=["migration"],
            place="وادي الزعفران",
            title="لقاء السنديان الأزرق",
            evidence="اجتمع المندوب برفيقه في وادي الزعفران.",
        )
    for url in ("/countries/IT/", "/topics/migration/"):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="ar")
        assert response.status_code == 200
        page = response.content.decode()
        assert 'lang="ar"' in page
        chart = page[page.index('<figure class="chart">') : page.index("</figure>")]
        assert_plain_numbers(chart)
