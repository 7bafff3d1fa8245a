import pytest


@pytest.mark.parametrize(
    ("where", "place", "country"),
    [
        ("في طرابلس", "طرابلس", "LY"),
        ("بطرابلس", "طرابلس", "LY"),
        ("بمقر وزارة الخارجية في بنغازي", "بنغازي", "LY"),
        ("في العاصمة التركية أنقرة", "أنقرة", "TR"),
        ("في العاصمة الأردنية", None, "JO"),
        ("في الكويت", None, "KW"),
    ],
)
def test_places(extract, where, place, country):
    text = f"التقى وزير الداخلية الليبي نادر سالم {where} نظيره المصري حسام فوزي."
    (meeting,) = extract(text)
    assert (meeting.place, meeting.place_country) == (place, country)
