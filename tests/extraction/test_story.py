import datetime as dt

import pytest

from .conftest import people, read


def test_the_dateline_gives_its_state_and_city():
    document = read(
        "الرباط - 3 مارس (ومع) - استقبل وزير العدل المغربي سعيد الكتاني سفيرة هولندا إيلس دي فريس.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == ("MA", "الرباط")


def test_a_state_named_like_its_capital_in_a_dateline_is_the_city():
    document = read(
        "الجزائر/ سالم بن علي/ الأناضول بحث وزير الداخلية الجزائري كمال بلعيد ونظيره "
        "المالي موسى كوني، اليوم الأحد، أمن الحدود.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == ("DZ", "الجزائر")


def test_the_dateline_below_an_agency_name():
    document = read(
        "وكالة الأنباء العمانية\nمسقط في 4 فبراير /العمانية/\n"
        "استقبل وزير الخارجية العماني سالم الهنائي سفير اليابان كينتا موري.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == ("OM", "مسقط")
    assert document.title == "وكالة الأنباء العمانية"


def test_a_line_naming_the_city_beside_the_outlet_is_the_dateline():
    document = read(
        "وزير الداخلية يودع سفير اليابان\nمنبر الشمال | الرباط\n"
        "ودع وزير الداخلية المغربي سعيد الكتاني سفير اليابان كينتا موري في مكتبه أمس.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == ("MA", "الرباط")


@pytest.mark.parametrize("line", ["الرباط-صدى", "صدى/الرباط", "صدى / الرباط"])
def test_a_city_line_with_a_slash_or_a_dash_against_its_words(line):
    document = read(
        f"{line}\nودع وزير الداخلية المغربي سعيد الكتاني سفير اليابان كينتا موري في مكتبه أمس.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == ("MA", "الرباط")


def test_the_city_line_below_a_headline_and_its_subtitle_places_the_meeting(extract):
    text = (
        'أخبار محلية\n"الهنائي" يستقبل سفير اليابان في مكتبه بالوزارة\n'
        "لقاء في وزارة الخارجية\nمسقط – الوطن\n"
        "استقبل وزير الخارجية العماني سالم الهنائي، صباح أمس، سفير اليابان لدى السلطنة "
        "كينتا موري، وبحثا التعاون بين البلدين في مجال الأمن البحري."
    )
    (meeting,) = extract(text)
    assert meeting.place == "مسقط"


def test_a_line_whose_city_is_part_of_a_longer_name_is_no_dateline():
    document = read(
        "وزير الداخلية يودع سفير اليابان\nالموقع الرسمي | القاهرة الإخبارية\n"
        "ودع وزير الداخلية المغربي سعيد الكتاني سفير اليابان كينتا موري في مكتبه أمس.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == (None, None)


def test_the_first_sentence_starts_after_its_dateline():
    document = read(
        "الرباط - 3 مارس (ومع) - استقبل وزير العدل المغربي سعيد الكتاني سفيرة هولندا إيلس دي فريس.",
        until="dateline",
    )
    (sentence,) = document.sentences
    assert sentence.tokens[sentence.body_start].text == "استقبل"


def test_no_dateline_without_a_place_first():
    document = read("استقبل وزير العدل المغربي سعيد الكتاني سفيرة هولندا.", until="dateline")
    assert (document.dateline, document.dateline_city) == (None, None)
    assert document.sentences[0].body_start == 0


def test_the_stated_date_comes_before_the_given_one():
    document = read("بحث وزير العدل المغربي سعيد الكتاني.", until="story")
    assert document.published is None
    document = read(
        "بحث وزير العدل المغربي سعيد الكتاني.", until="story", published=dt.date(2024, 3, 3)
    )
    assert document.published == dt.date(2024, 3, 3)


def test_a_scraper_s_date_marker_is_no_part_of_the_dateline():
    document = read(
        " date 2025-03-04 بيروت (رويترز) -\n\nقال الوزير سامي حداد إن البلاد بخير.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == ("LB", "بيروت")


def test_a_reporter_named_between_slashes_in_the_dateline_takes_no_part(extract):
    (meeting,) = extract(
        "بغداد / سالم الخطيب / الأناضول بحث وزير النفط العراقي كمال الحسني، والسفير "
        "التركي لدى بغداد جان أوزتورك، الأربعاء، التعاون في مجال الطاقة."
    )
    assert set(people(meeting)) == {"كمال الحسني", "جان أوزتورك"}


def test_an_outlet_named_for_a_city_and_today_is_no_dateline():
    document = read(
        "وهران اليوم -\n"
        "بحث رئيس الأركان الليبي سالم الحداد مع نظيره التونسي منير الكافي أمن الحدود.",
        until="dateline",
    )
    assert (document.dateline, document.dateline_city) == (None, None)


def test_a_correspondent_s_line_gives_the_city_and_its_name_takes_no_part(extract):
    (meeting,) = extract(
        "سامر الحلو من المنامة: التقى وزير الداخلية البحريني سالم الخليفي السفير "
        "الإيطالي ماركو بيانكي أمس."
    )
    assert set(people(meeting)) == {"سالم الخليفي", "ماركو بيانكي"}
    assert (meeting.place, meeting.place_country) == ("المنامة", "BH")
    assert not extract("وصل الوزير كمال الراشد من القاهرة: والتقى نظيره.")
