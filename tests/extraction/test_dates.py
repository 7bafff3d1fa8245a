import datetime as dt

import pytest

from meetings.extraction import find_published_date

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
    ],
)
def test_published_date_forms(header, expected):
    body = "التقى وزير الخارجية الليبي حسن الطاهر نظيره المالطي بيتر غاو في فاليتا."
    assert find_published_date(f"{header}\n{body}") == expected


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
