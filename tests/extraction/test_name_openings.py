import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.name_openings import definite_name_at, name_opens
from meetings.extraction.tokens import tokenize

from .conftest import roles

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
        # or before a family name no lexicon knows, after the office's state
        ("وزير العدل الجزائري الطيب بوزيدة", "الطيب", True),
        ("وزير الداخلية الجزائري السعيد قرموش", "السعيد", True),
        ("السفير الموريتاني المختار ولد سيدي", "المختار", True),
        ("الرئيس التركي رجب أوزكان", "التركي", False),
        # a given name with the article after a portfolio, before a family name
        ("وزير المجاهدين وذوي الحقوق العيد زروقي", "العيد", True),
        ("وزير الفلاحة المختار بلعيد", "المختار", True),
        ("رئيس المجلس الأعلى للدولة", "للدولة", False),
    ],
)
def test_a_name_opens_after_an_office(text, word, opens):
    tokens = tokenize(text)
    assert name_opens(LEX, tokens, position(tokens, word)) is opens


def test_two_unknown_words_with_the_article_at_the_end_are_a_name():
    tokens = tokenize("وزير الخارجية الليبي المبروك الزنتاني .")
    assert definite_name_at(LEX, tokens, position(tokens, "المبروك"))
    tokens = tokenize("ممثلو الرؤساء المشاركين في اللجنة")
    assert not definite_name_at(LEX, tokens, position(tokens, "الرؤساء"))


def test_a_given_name_that_is_also_an_office_word_opens_a_name_before_a_name():
    tokens = tokenize("وزير المالية أمين فرحان")
    assert name_opens(LEX, tokens, 2)
    assert not name_opens(LEX, tokenize("وزير المالية أمين عام الحزب"), 2)
    assert not name_opens(LEX, tokenize("نائب الرئيس حاكم الإقليم"), 2)


def test_a_given_name_that_is_an_office_word_after_a_title_opens_a_name():
    tokens = tokenize(
        "استقبل وزير العدل، السيد سالم العلي، اليوم، سفير الجزائر المعتمد لدى بلادنا، سعادة "
        "السيد أمين بركوني."
    )
    assert "أمين بركوني" in [m.name for m in read_mentions(LEX, tokens).mentions]


def test_a_given_name_with_the_article_after_an_office_opens_its_holder_s_name():
    names = roles("بحث محافظ المصرف المركزي الصديق الحمادي مع السفير البريطاني جون ماركس التعاون.")
    assert names["الصديق الحمادي"][0] == "محافظ المصرف المركزي"
    tokens = tokenize("وقرر المجلس وضع قرار انتخاب محافظ المصرف المركزي موضع التنفيذ.")
    assert read_mentions(LEX, tokens).mentions == []


def test_a_party_s_adjectives_after_an_office_are_no_name():
    text = "وكان سمير الحداد رئيس الحزب الوحدوي الليبرالي قد زار القاهرة."
    assert roles(text) == {"سمير الحداد": ("رئيس الحزب الوحدوي الليبرالي", None)}
