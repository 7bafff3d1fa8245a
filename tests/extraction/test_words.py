from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tokens import make_token, tokenize
from meetings.extraction.words import head, strip_possessive, without_prefix, written

LEX = load_lexicon()


def test_the_head_of_an_office_under_its_prefixes():
    for word in ("الوزير", "ووزير", "بوزير"):
        (token,) = tokenize(word)
        assert head(LEX, token) == "وزير"


def test_and_to_is_no_governor():
    assert head(LEX, tokenize("وإلى")[0]) is None
    assert head(LEX, tokenize("الوالي")[0]) == "والي"


def test_words_as_written_without_their_prefix():
    assert written(tokenize("بطرابلس")) == "طرابلس"
    assert without_prefix(tokenize("للجنة")[0]) == "اللجنة"
    assert strip_possessive("داخليتها") == "داخليه"


def test_a_diplomat_is_an_office_with_the_article_and_an_adjective_without():
    assert head(LEX, make_token("الدبلوماسي")) == "دبلوماسي"
    assert head(LEX, make_token("دبلوماسي")) is None  # "مصدر دبلوماسي", "فخ دبلوماسي"
