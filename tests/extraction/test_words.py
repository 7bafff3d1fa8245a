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


def test_a_member_of_two_is_an_office_without_the_article_and_organic_with_it():
    assert head(LEX, make_token("عضوي")) == "عضوي"
    assert head(LEX, make_token("العضوي")) is None  # "القانون العضوي"
