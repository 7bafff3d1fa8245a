import datetime as dt

import pytest

from meetings.extraction.published import find_published_date, find_published_month, without_marker


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("الثلاثاء , 14 مارس 2023", dt.date(2023, 3, 14)),
        ("تاريخ النشر : 10:05 - 2024/02/09", dt.date(2024, 2, 9)),
        ("الأحد 5 تشرين الأول 2025", dt.date(2025, 10, 5)),
        ("السبت ١١ نوفمبر ٢٠٢٣", dt.date(2023, 11, 11)),
        (" date 2024-07-01", dt.date(2024, 7, 1)),
        ("Published On: 14 January 2022", dt.date(2022, 1, 14)),
        ("تاريخ النشر: 29th, August 2023 GMT", dt.date(2023, 8, 29)),
        ("Saturday, January 4, 2025", dt.date(2025, 1, 4)),
    ],
)
def test_published_date_forms(header, expected):
    body = "التقى وزير الخارجية الليبي حسن الطاهر نظيره المالطي بيتر غاو في فاليتا."
    assert find_published_date(f"{header}\n{body}") == expected


def test_a_date_line_after_a_long_title_dates_the_article():
    title = "قائد الجيش يناقش مع وزير الدفاع الإسباني أمن الحدود والهجرة في غرب المتوسط"
    body = "بحث رئيس أركان الجيش سالم العربي، اليوم، مع وزير الدفاع الإيطالي ماركو روسي التعاون."
    text = f"{title} وآفاق التعاون بين البلدين\nعرب وعالم 27-9-2023 | 20:49\n{body}"
    assert find_published_date(text) == dt.date(2023, 9, 27)


def test_a_stamp_with_its_time_dates_the_article_before_the_page_s_own_day():
    text = (
        "الأحد 24 نوفمبر 2024\nسياسة\nتعاون أمني بين المغرب وإسبانيا\n"
        "3-4-2024 | 11:20\nبحث وزير الداخلية المغربي سعيد العلوي اليوم الأربعاء مع "
        "نظيره الإسباني خوان مارتينيز التعاون الأمني."
    )
    assert find_published_date(text) == dt.date(2024, 4, 3)


def test_a_date_in_a_short_line_of_the_body_does_not_date_the_article():
    body = (
        "بحث وزير الداخلية الليبي سالم العربي مع سفير تركيا محمد يلدز تعزيز التعاون الأمني "
        "بين البلدين."
    )
    text = f"{body}\nوتربط البلدين اتفاقية أمنية وقعت في 28 نوفمبر 2019."
    assert find_published_date(text) is None


def test_a_month_without_a_day_is_not_a_published_date():
    assert find_published_date(" date 2022-12 التقى الوزير كريم سالم نظيره.") is None


@pytest.mark.parametrize(
    "first_line",
    [
        "الرباط 14 مارس 2021 (وكالة) استقبل وزير الداخلية المغربي سعيد الوافي اليوم "
        "(الأحد) نظيره الموريتاني أحمد ولد سالم لبحث التعاون الأمني بين البلدين.",
        "نواكشوط – 14 مارس 2021م – استقبل وزير الداخلية الموريتاني أحمد ولد سالم اليوم "
        "نظيره المغربي سعيد الوافي لبحث التعاون الأمني بين البلدين الجارين.",
        # the Hijri date first, then the Gregorian one it falls on
        "الرباط 30 رجب 1442 هـ الموافق 14 مارس 2021 (وكالة) - استقبل وزير الداخلية "
        "المغربي سعيد الوافي اليوم نظيره الموريتاني أحمد ولد سالم في مقر الوزارة.",
    ],
)
def test_a_dateline_s_date_is_the_day_the_story_was_filed(first_line):
    assert find_published_date(first_line) == dt.date(2021, 3, 14)


def test_a_date_on_which_something_reported_happened_is_not_the_article_s():
    text = (
        "التقى رئيس المجلس الرئاسي عمر الزوي اليوم الثلاثاء ممثل الاتحاد الأفريقي كمال "
        "بن سالم في طرابلس.\n"
        "وشدد الطرفان على احترام اتفاق الصخيرات الموقع بتاريخ 17 ديسمبر 2015، "
        "وعلى حماية المدنيين."
    )
    assert find_published_date(text) is None


@pytest.mark.parametrize(
    "header, published",
    [
        ("ثلاثاء, 02/19/2019 - 17:46", dt.date(2019, 2, 19)),  # the month first
        ("الخميس 9 أكتوبر-تشرين الأول 2025 / نشر في 10:30 صباحا", dt.date(2025, 10, 9)),
    ],
)
def test_a_header_date_in_other_ways_of_writing_it(header, published):
    assert (
        find_published_date(f"{header}\n\nبحث الوزير سالم الكبير مع السفير جون براون التعاون.")
        == published
    )


def test_a_scraper_s_month_marker_gives_a_month_and_no_day():
    month = find_published_month(" date 2022-12\nالتقى الوزير كريم سالم نظيره.")
    assert month == dt.date(2022, 12, 1)
    assert find_published_month(" date 2022-12-05\nالتقى الوزير نظيره.") is None


def test_the_marker_is_no_part_of_the_story():
    story = without_marker(" date 2025-11-25 الرباط (وكالة) التقى الوزير نظيره.")
    assert story.strip().startswith("الرباط")


def test_a_date_line_with_its_clock_time_after_a_long_title_dates_the_article():
    title = (
        "رئيس الدبلوماسية الأردنية يناقش مع ضيفه القبرصي في عمان ملفات الهجرة وأمن الحدود "
        "والطاقة والتعاون الاقتصادي"
    )
    text = f"{title}\nالاثنين، 9 مارس 2026 04:15 م\nالتقى الوزير سالم الخطيب نظيره."
    assert find_published_date(text) == dt.date(2026, 3, 9)


def test_a_header_line_of_dates_in_two_calendars_and_an_issue_number_is_the_date():
    text = (
        "عنوان الخبر في سطر قصير\n"
        "الأربعاء - 3 رجب 1445 هـ - 17 يناير 2024 مـ رقم العدد [ 16512]\n"
        "أجرى وزير الداخلية محادثات أمس مع نظيره في العاصمة حول التعاون الأمني بين البلدين "
        "ومكافحة الهجرة غير النظامية وتهريب البشر عبر الحدود المشتركة."
    )
    assert find_published_date(text) == dt.date(2024, 1, 17)


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        # a dash between the day and the month
        ("إسلام آباد: 16 – سبتمبر 2024م (وكالة الأنباء) التقى", dt.date(2024, 9, 16)),
        # the Hijri date first, a dash, then "الموافق" and the Gregorian one
        (
            "مقديشو 24 جمادي الأولى 1443- الموافق 29 ديسمبر 2021 (صونا)- التقى",
            dt.date(2021, 12, 29),
        ),
    ],
)
def test_a_dateline_s_date_in_less_common_forms(opening, expected):
    text = opening + " الوزير كمال الراشد نظيره الصومالي علي حسن في مقر الوزارة اليوم."
    assert find_published_date(text) == expected


def test_the_article_s_stamp_under_its_title_over_the_page_s_own_time_above_it():
    text = (
        "الجمعة 14 مارس 2025 07:59 صـ\nاقرأ الخبر\n\n"
        "وزير الخارجية يبحث مع نظيره إعادة الإعمار\n\n"
        "السبت 8 مارس 2025 09:55 صـ\n\n"
        "التقى وزير الخارجية كمال الراشد مع نظيره سالم الحداد مساء الجمعة في جدة، وبحثا "
        "جهود إعادة الإعمار والتنسيق بين البلدين في المحافل الدولية."
    )
    assert find_published_date(text) == dt.date(2025, 3, 8)


def test_a_date_line_below_the_story_dates_it_when_nothing_above_does():
    story = [
        "التقى رئيس مجلس النواب كمال الراشد مساء اليوم السبت رئيس البرلمان الكوري جون لي.",
        *(f"وبحث الجانبان في الجلسة رقم {n} سبل تطوير التعاون بين البلدين." for n in range(10)),
    ]
    assert find_published_date("\n".join([*story, "13-7-2013"])) == dt.date(2013, 7, 13)
