import pytest

from .conftest import people


@pytest.mark.parametrize("act", ["قاما مساء الأربعاء بتدشين", "قاما بافتتاح", "دشنا"])
def test_two_who_open_something_together_meet(extract, act):
    (meeting,) = extract(
        f"وزير النقل التونسي كريم الجلاصي، ووزير النقل الجزائري رابح بوعلام، {act} "
        "الطريق السريع الرابط بين البلدين."
    )
    assert set(people(meeting)) == {"كريم الجلاصي", "رابح بوعلام"}


def test_one_who_opens_something_meets_nobody(extract):
    assert extract("وقام وزير النقل كريم الجلاصي مساء الأربعاء بتدشين الطريق السريع.") == []


def test_two_who_supervised_an_opening_together_met(extract):
    text = (
        "بمقر الإدارة العامة للحرس بتونس العاصمة أشرف وزير الداخلية التونسي كريم الزواري "
        "والجزائري سليم بوعزة السبت على افتتاح أشغال لقاء ولاة المناطق الحدودية."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كريم الزواري", "سليم بوعزة"}


def test_a_ministry_summoning_an_ambassador_meets_him(extract):
    (meeting,) = extract("استدعت وزارة الخارجية الكينية، أمس، السفير البرتغالي جواو مندش.")
    assert set(people(meeting)) == {"جواو مندش"}
    assert "وزارة الخارجية الكينية" in {p.org for p in meeting.participants}


def test_recalling_ones_own_ambassador_is_no_meeting(extract):
    assert not extract("استدعت وزارة الخارجية الكينية سفيرها في لشبونة للتشاور.")


def test_two_who_witnessed_a_signing_together_met(extract):
    text = (
        "شهد رئيس مجلس الوزراء الكيني جوزيف أوتينو، والرئيس التنزاني حسن مبوا، صباح "
        "السبت، مراسم التوقيع على ثلاث اتفاقيات للنقل والطاقة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جوزيف أوتينو", "حسن مبوا"}


def test_briefing_someone_is_meeting_him(extract):
    text = (
        "أطلعت محافظ مومباسا فاطمة أوتينو، اليوم الخميس، سفير جمهورية تنزانيا لدى كينيا "
        "حسن مبوا، على آخر التطورات في المحافظة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"فاطمة أوتينو", "حسن مبوا"}


def test_looking_into_something_is_no_meeting(extract):
    assert not extract(
        "اطلع محافظ مومباسا جوزيف أوتينو، اليوم، على سير العمل في الميناء مع مدير الميناء."
    )


def test_summoning_another_states_woman_ambassador_is_meeting_her(extract):
    (meeting,) = extract("استدعت وزارة الخارجية الكينية، أمس، سفيرة السويد آنا ليندهولم.")
    assert set(people(meeting)) == {"آنا ليندهولم"}
