import datetime as dt

import pytest

from meetings.extraction import extract_article
from meetings.extraction.dates import find_date, prepare
from meetings.extraction.normalize import normalize_arabic

from .conftest import people

THURSDAY = dt.date(2023, 3, 16)


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
        # numbers: the year first or last, the separators with or without spaces
        ("يوم الخميس 2023/3/2", dt.date(2023, 3, 2)),
        ("الخميس الموافق 2 / 3 / 2023م", dt.date(2023, 3, 2)),
        ("الخميس 3 آذار (مارس) 2022", dt.date(2022, 3, 3)),
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
    # "from the 9th to the 11th": its first day, "إلى" normalised as any word is
    found = find_date(normalize_arabic("في الفترة من 9 إلى 11 سبتمبر 2025"), None)
    assert (found.date, found.end_date) == (dt.date(2025, 9, 9), dt.date(2025, 9, 11))


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
    ("text", "expected"),
    [
        ("اتصل به في الثالث من آب 2021", dt.date(2021, 8, 3)),
        ("التقاه في الحادي والعشرين من شهر مارس 2020", dt.date(2020, 3, 21)),
        ("اجتمعا في الثاني عشر من ديسمبر 2019", dt.date(2019, 12, 12)),
    ],
)
def test_a_day_written_as_an_ordinal_word_before_its_month(text, expected):
    assert find_date(prepare(text), None).date == expected


def test_an_ordinal_word_before_no_month_is_no_day():
    assert find_date(prepare("للمرة الثالثة في الخامس من الشهر"), None).date is None


def test_a_day_of_this_month_after_the_published_day_is_to_come_not_last_year():
    published = dt.date(2025, 12, 11)
    assert find_date(prepare("يوم 12 ديسمبر الجاري"), published).date == dt.date(2025, 12, 12)
    assert find_date(prepare("في 23 ديسمبر"), published).date == dt.date(2024, 12, 23)


def test_a_session_that_will_convene_is_announced(extract):
    text = (
        " date 2025-12-11\nانعقد اليوم بتونس اجتماع لجنة المتابعة بإشراف وزير الخارجية "
        "التونسي سامي الحداد ونظيره الجزائري عمر بلقاسم. وتتيح الدورة القادمة التي ستلتئم "
        "بتونس يوم 12 ديسمبر الجاري بإشراف رئيسة الحكومة التونسية ليلى الماجري والوزير "
        "الأول الجزائري نذير العرباوي تقييم التعاون."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي الحداد", "عمر بلقاسم"}


def test_a_weekday_in_brackets_after_today_is_the_day_of_that_name(extract):
    (meeting,) = extract(
        "أجرى وزير الخارجية سالم الهمامي، اليوم (الأحد)، مباحثات مع السفير جان ميلر.",
        published=dt.date(2017, 2, 11),  # a Saturday
    )
    assert meeting.date == dt.date(2017, 2, 5)


def test_the_date_a_document_was_signed_on_is_not_the_meeting_s(extract):
    (meeting,) = extract(
        "التقى وزير العدل التونسي منير الخالدي نظيره البرتغالي جواو مونتيرو، لتحيين "
        "الاتفاقية الموقعة بين البلدين في 3 مارس 1988."
    )
    assert meeting.date is None
    (meeting,) = extract(
        "التقى وزير العدل التونسي منير الخالدي في 3 مارس 2021 نظيره البرتغالي جواو مونتيرو."
    )
    assert meeting.date == dt.date(2021, 3, 3)


def test_the_month_an_agreement_was_signed_is_not_the_meetings():
    norm = normalize_arabic("واستمرار العمل باتفاق الإطار الموقع أواخر يونيو 2026، والذي ينص")
    assert not find_date(norm, None).found


def test_a_day_written_against_its_month():
    assert find_date(prepare("استقبل اليوم الخميس 11نوفمبر 2021م الوفد"), None).date == dt.date(
        2021, 11, 11
    )
    assert find_date(prepare("عام 2021نوفمبر"), None).date is None  # no day of "21"


def test_a_page_stamp_with_the_month_between_slashes():
    found = find_date(prepare("السبت 27/مارس/2021 - 02:24 م"), None)
    assert found.date == dt.date(2021, 3, 27)


def test_a_year_told_as_this_year_s():
    found = find_date(prepare("استقبل الاثنين 29 أكتوبر من السنة الجارية 2018 الوفد"), None)
    assert found.date == dt.date(2018, 10, 29)


def test_a_month_written_before_its_day_as_english_pages_do():
    assert find_date(prepare("محليات إبريل 23, 2019, 7:08 م"), None).date == dt.date(2019, 4, 23)
