from meetings.extraction.tokens import forget_words, tokenize

from .conftest import people


def test_words_run_together_after_tanween_are_two():
    assert [t.text for t in tokenize("أجرى اتصالاًهاتفياً بنظيره")] == [
        "أجرى",
        "اتصالاً",
        "هاتفياً",
        "بنظيره",
    ]


def test_a_word_read_again_reads_the_same():
    first = tokenize("التقى الوزير، نظيره (التونسي).")
    forget_words()
    assert tokenize("التقى الوزير، نظيره (التونسي).") == first


def test_a_tanween_written_before_its_alef_ends_no_word_early():
    assert [t.text for t in tokenize("عقد اجتماعًا طارئًا للجنة")] == [
        "عقد",
        "اجتماعًا",
        "طارئًا",
        "للجنة",
    ]
    assert [t.text for t in tokenize("اجتماعًاطارئًا")] == ["اجتماعًا", "طارئًا"]


def test_tatweel_stretching_a_word_is_not_kept(extract):
    (meeting,) = extract(
        "وصل وزير الداخلية التونسي كمـال الهمـامي إلى طرابلس، حيث التقى نظيره الليبي "
        "اللـواء سالم الورفلي."
    )
    assert set(people(meeting)) == {"كمال الهمامي", "سالم الورفلي"}
    # a stretched prefix set apart from its word is written onto it, past a quote
    assert [t.text for t in tokenize("بـ الأمن")] == ["بالأمن"]
    assert [t.text for t in tokenize('لـ"إجراء مشاورات"')] == ['"', "لإجراء", "مشاورات", '"']


def test_a_purpose_written_with_a_stretched_prefix_and_a_quote_is_to_come(extract):
    assert not extract(
        'أعلنت الوزارة أن الوزير سالم العلي سيتوجه الإثنين إلى الجزائر، لـ"إجراء '
        'مشاورات مع نظيره الجزائري كمال بوزيد".'
    )


def test_a_word_run_into_the_next_after_teh_marbuta_is_two():
    assert [t.text for t in tokenize("في العاصمة العراقيةبغداد")] == [
        "في",
        "العاصمة",
        "العراقية",
        "بغداد",
    ]


def test_a_foreign_given_name_opening_like_the_article_is_not_definite():
    (token,) = tokenize("واليساندرو")
    assert not token.definite and token.undefined == "اليساندرو"
    (token,) = tokenize("والساحل")
    assert token.definite


def test_an_office_head_run_into_its_portfolio_is_two_words():
    assert [t.text for t in tokenize("وأوضح وزيرالمواصلات الليبي")] == [
        "وأوضح",
        "وزير",
        "المواصلات",
        "الليبي",
    ]


def test_a_conjunction_alone_before_a_known_word_rather_than_with_a_preposition():
    (token,) = tokenize("وكبيرة")
    assert (token.prefix, token.core) == ("و", "كبيره")
    (token,) = tokenize("وبالوزير")
    assert (token.prefix, token.core) == ("وب", "الوزير")


def test_kaf_on_a_word_of_three_letters_is_the_name_s_own_letter(extract):
    assert [t.text for t in tokenize("كلاس")] == ["كلاس"]
    (meeting,) = extract("اجتمع رئيس الحكومة سالم العلي مع وزير الشباب سمير كلاس.")
    assert "سمير كلاس" in people(meeting)
