import datetime as dt

import pytest

from meetings.extraction import extract_article, find_published_date

from .conftest import people

THURSDAY = dt.date(2023, 3, 16)


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
    ("when", "expected"),
    [
        ("اليوم", THURSDAY),
        ("أمس", dt.date(2023, 3, 15)),
        ("أمس الأربعاء", dt.date(2023, 3, 15)),
        ("الاثنين", dt.date(2023, 3, 13)),
        ("الخميس", THURSDAY),
        ("الخميس الماضي", dt.date(2023, 3, 9)),
        ("في 2 مارس 2023", dt.date(2023, 3, 2)),
    ],
)
def test_meeting_dates_relative_to_publication(extract, when, expected):
    text = f"التقى وزير الداخلية الليبي نادر سالم، {when}، نظيره التونسي منير بلحاج في تونس."
    (meeting,) = extract(text, THURSDAY)
    assert meeting.date == expected


def test_date_range(extract):
    text = (
        "اجتمع وزير الدفاع الليبي فرج العبيدي مع نظيره التركي أحمد يلدز "
        "يومي 3 و4 مايو 2024 في أنقرة."
    )
    (meeting,) = extract(text)
    assert (meeting.date, meeting.end_date) == (dt.date(2024, 5, 3), dt.date(2024, 5, 4))


def test_relative_date_without_publication_is_unknown(extract):
    (meeting,) = extract("التقى وزير الداخلية الليبي نادر سالم أمس نظيره التونسي منير بلحاج.")
    assert meeting.date is None
    assert set(people(meeting)) == {"نادر سالم", "منير بلحاج"}


def test_a_dateline_date_gives_way_to_the_meetings_own(extract):
    text = (
        "أبوظبي في 27 سبتمبر / وام / التقى وزير الدولة الإماراتي سعيد الكعبي أمس"
        " وزير الاقتصاد الليبي مصطفى الزنتاني."
    )
    (meeting,) = extract(text, dt.date(2023, 9, 27))
    assert meeting.date == dt.date(2023, 9, 26)


def test_the_same_day_is_the_day_of_the_meeting_before(extract):
    text = (
        "التقى وزير الداخلية الليبي عماد سالم أمس السبت نظيره المالطي روبرت زاميت. "
        "وفي سياق متصل، استقبل عماد سالم مساء اليوم نفسه السفير الإيطالي ماركو روسي."
    )
    first, second = extract(text, dt.date(2024, 5, 12))
    assert first.date == second.date == dt.date(2024, 5, 11)


def test_another_day_is_another_meeting(extract):
    text = (
        "تلقى وزير الخارجية الكويتي مبارك الصباح أمس اتصالا هاتفيا من نظيره الأردني عمر الخصاونة. "
        "وكان مبارك الصباح قد التقى الخصاونة الأربعاء الماضي في القاهرة."
    )
    call, earlier = extract(text, dt.date(2024, 3, 5))
    assert (call.date, earlier.date, earlier.place) == (
        dt.date(2024, 3, 4),
        dt.date(2024, 2, 28),
        "القاهرة",
    )


def test_a_day_and_month_after_publication_are_last_years(extract):
    text = (
        "عقد وزير الداخلية الأردني سامر العدوان في 23 تشرين الأول الماضي اجتماعا"
        " مع نظيره السوري حسان الحسين."
    )
    (meeting,) = extract(text, dt.date(2024, 1, 4))
    assert meeting.date == dt.date(2023, 10, 23)


@pytest.mark.parametrize(
    ("when", "date", "precision"),
    [
        ("في ديسمبر 2022", dt.date(2022, 12, 1), "month"),
        ("خلال شهر فبراير الماضي", dt.date(2023, 2, 1), "month"),
        ("مطلع أيار الماضي", dt.date(2022, 5, 1), "month"),
        ("في عام 2019", dt.date(2019, 1, 1), "year"),
        ("الخميس", THURSDAY, "day"),
    ],
)
def test_a_date_says_how_much_the_text_stated(extract, when, date, precision):
    text = f"التقى وزير الداخلية الليبي نادر سالم {when} نظيره التونسي منير بلحاج في تونس."
    (meeting,) = extract(text, THURSDAY)
    assert (meeting.date, meeting.date_precision) == (date, precision)


def test_a_day_found_later_outranks_a_month(extract):
    text = (
        "التقى وزير الداخلية الليبي نادر سالم نظيره التونسي منير بلحاج في تونس.\n"
        "وجرى اللقاء الخميس في إطار برنامج تعاون بدأ في يناير 2023."
    )
    (meeting,) = extract(text, THURSDAY)
    assert (meeting.date, meeting.date_precision) == (THURSDAY, "day")


def test_a_scraper_s_month_marker_dates_the_meeting_to_the_month():
    article = extract_article(" date 2022-12 التقى الوزير كريم سالم نظيره التونسي منير بلحاج.")
    (meeting,) = article.meetings
    assert (meeting.date, meeting.date_precision) == (dt.date(2022, 12, 1), "month")


def test_a_meeting_with_no_date_is_reported_on_its_article_s_day():
    published = dt.date(2024, 5, 16)
    article = extract_article(
        "التقى وزير الداخلية الليبي نادر سالم نظيره التونسي منير بلحاج في تونس.",
        published=published,
    )
    (meeting,) = article.meetings
    assert (meeting.date, meeting.reported_on) == (None, published)
    assert meeting.to_json()["reported_on"] == "2024-05-16"


def test_today_stated_with_its_date_makes_yesterday_the_day_before(extract):
    text = (
        "ذكرت الوزارة اليوم الأحد 9 جوان 2024 في بيان أن الوزير التونسي مراد الشابي أجرى "
        "مساء أمس اتصالا هاتفيا بنظيره المالطي جون بورغ تناول ملف الهجرة."
    )
    (meeting,) = extract(text)
    assert meeting.date == dt.date(2024, 6, 8)


@pytest.mark.parametrize(
    "first_line",
    [
        "الرباط 14 مارس 2021 (وكالة) استقبل وزير الداخلية المغربي سعيد الوافي اليوم "
        "(الأحد) نظيره الموريتاني أحمد ولد سالم لبحث التعاون الأمني بين البلدين.",
        "نواكشوط – 14 مارس 2021م – استقبل وزير الداخلية الموريتاني أحمد ولد سالم اليوم "
        "نظيره المغربي سعيد الوافي لبحث التعاون الأمني بين البلدين الجارين.",
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
