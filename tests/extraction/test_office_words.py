import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.office_words import (
    continues_after_preposition,
    coordinated_noun,
    genitive_chain,
    in_construct,
    portfolio_of_a_premier,
    posted_office,
    quoted_word,
    state_in_construct,
    town_name,
    unsplit_genitive,
)
from meetings.extraction.tokens import tokenize

LEX = load_lexicon()


def position(tokens, word):
    return next(k for k, t in enumerate(tokens) if t.text == word)


def test_an_office_noun_without_the_article_takes_its_genitive():
    tokens = tokenize("رئيس جهاز الأمن")
    assert in_construct(LEX, tokens[0])
    assert not in_construct(LEX, tokenize("الرئيس")[0])
    assert not in_construct(LEX, tokenize("وزيرها")[0])  # a possessive takes no genitive


@pytest.mark.parametrize(
    "text, preposition, posted, goes_on",
    [
        ("المبعوث الأممي إلى ليبيا", "الي", False, True),
        ("المبعوث الأممي إلى طرابلس", "الي", False, False),
        ("المتحدث باسم الوزارة", "باسم", False, True),
        ("القنصل العام في القدس", "في", True, True),
        ("وزير الداخلية في طرابلس", "في", False, False),
    ],
)
def test_an_office_goes_on_after_a_preposition_only_before_what_it_can_own(
    text, preposition, posted, goes_on
):
    tokens = tokenize(text)
    after = len(tokens) - 1
    assert continues_after_preposition(LEX, tokens, after, preposition, posted=posted) is goes_on


def test_an_ambassador_is_posted_and_a_minister_is_not():
    assert posted_office(LEX, tokenize("السفير المصري لدى تونس"), 0, 2)
    assert not posted_office(LEX, tokenize("وزير الدفاع المصري"), 0, 2)


def test_a_word_naming_a_state_and_a_city_is_the_state_in_construct():
    tokens = tokenize("وزير خارجية عمان")
    assert state_in_construct(LEX, tokens, 2)


def test_any_plain_word_after_a_council_is_its_town():
    assert town_name(LEX, tokenize("بلدية زمزم"), 1)
    assert not town_name(LEX, tokenize("بلدية محمد"), 1)


def test_words_the_tokeniser_kept_whole_continue_the_office():
    assert unsplit_genitive(LEX, tokenize("الممثل السامي لتحالف الساحل"), 2)
    assert coordinated_noun(LEX, tokenize("وزير الداخلية وترقية اللامركزية"), 2)


def test_one_quoted_word_is_an_acronym():
    tokens = tokenize("القيادة الأمريكية في أفريقيا (أفريكوم)")
    assert quoted_word(LEX, tokens, position(tokens, "أفريكوم"))


def test_a_premier_may_also_hold_a_ministry():
    tokens = tokenize("رئيس مجلس الوزراء وزير الخارجية")
    assert portfolio_of_a_premier(LEX, tokens, 1, 3)
    tokens = tokenize("رئيس الأركان وزير الخارجية")
    assert not portfolio_of_a_premier(LEX, tokens, 1, 2)


def test_an_indefinite_noun_and_its_definite_genitive():
    tokens = tokenize("لشؤون حقوق الإنسان")
    assert genitive_chain(LEX, tokens, 1)
    assert not genitive_chain(LEX, tokenize("لشؤون محمد الأمين"), 1)
