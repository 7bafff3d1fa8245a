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
