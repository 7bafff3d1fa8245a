import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.office_words import (
    continues_after_preposition,
    coordinated_noun,
    definite_name_at,
    genitive_chain,
    in_construct,
    name_opens,
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


@pytest.mark.parametrize(
    "text, word, opens",
    [
        ("وزير الداخلية التونسي الهادي ناصف", "الهادي", True),
        ("السفير الأمريكي الجديد لدى ليبيا", "الجديد", False),
        ("مبعوث الاتحاد لمفاوضات التوسع سمير خلدون", "سمير", True),
        ("مدير المكتب عبد الواحد نجيم", "عبد", True),
        # a given name that is also a word, before a given name that is none
        ("التقى السفير الطيب إبراهيم حسن", "الطيب", True),
        ("التقى السفير الطيب الذكر", "الطيب", False),
        # a given name with the article after a portfolio, before a family name
        ("وزير المجاهدين وذوي الحقوق العيد زروقي", "العيد", True),
        ("وزير الفلاحة المختار بلعيد", "المختار", True),
        ("رئيس المجلس الأعلى للدولة", "للدولة", False),
    ],
)
def test_a_name_opens_after_an_office(text, word, opens):
    tokens = tokenize(text)
    assert name_opens(LEX, tokens, position(tokens, word)) is opens


def test_an_office_noun_without_the_article_takes_its_genitive():
    tokens = tokenize("رئيس جهاز الأمن")
    assert in_construct(LEX, tokens[0])
    assert not in_construct(LEX, tokenize("الرئيس")[0])
    assert not in_construct(LEX, tokenize("وزيرها")[0])  # a possessive takes no genitive


def test_two_unknown_words_with_the_article_at_the_end_are_a_name():
    tokens = tokenize("وزير الخارجية الليبي المبروك الزنتاني .")
    assert definite_name_at(LEX, tokens, position(tokens, "المبروك"))
    tokens = tokenize("ممثلو الرؤساء المشاركين في اللجنة")
    assert not definite_name_at(LEX, tokens, position(tokens, "الرؤساء"))


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


def test_a_given_name_that_is_also_an_office_word_opens_a_name_before_a_name():
    tokens = tokenize("وزير المالية أمين فرحان")
    assert name_opens(LEX, tokens, 2)
    assert not name_opens(LEX, tokenize("وزير المالية أمين عام الحزب"), 2)
    assert not name_opens(LEX, tokenize("نائب الرئيس حاكم الإقليم"), 2)
