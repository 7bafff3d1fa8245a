from meetings.extraction.tokens import forget_words, tokenize


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
