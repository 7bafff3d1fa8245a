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
        ("بمقر القيادة العامة بالرجمة في بنغازي", "بنغازي", "LY"),
        ("بقصر قرطاج", "قرطاج", "TN"),
    ],
)
def test_places(extract, where, place, country):
    text = f"التقى وزير الداخلية الليبي نادر سالم {where} نظيره المصري حسام فوزي."
    (meeting,) = extract(text)
    assert (meeting.place, meeting.place_country) == (place, country)


def test_a_state_named_in_the_subject_is_not_the_place(extract):
    text = (
        "استقبل وزير الداخلية اللبناني رياض سالم في مكتبه ممثلة المفوضية كارين هوغلاند، "
        "وتناول البحث ملف النازحين والعودة الآمنة للنازحين إلى المناطق الآمنة في سوريا."
    )
    (meeting,) = extract(text)
    assert meeting.place_country != "SY"


def test_a_sentence_opening_with_an_unknown_place(extract):
    text = "وفي اليرزة، استقبل قائد الجيش اللبناني العماد جوزف سليمان السفير البريطاني هاميش كوبر."
    (meeting,) = extract(text)
    assert meeting.place == "اليرزة"
