import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.name_ends import (
    feminine_imperfect,
    feminine_noun_and_adjective,
    in_the_name_of,
    indefinite_object,
    possessed_plural,
    verb_after_name,
    verb_with_wa,
    verbal_noun_in_construct,
)
from meetings.extraction.tokens import tokenize

LEX = load_lexicon()


@pytest.mark.parametrize(
    "text, ends",
    [
        ("ترسيم الحدود", True),
        ("تيسير الخطيب", False),
        ("ترامب للشؤون العربية", False),
        # a day after it tells when: "التقى نظيره الأمريكي جون تراكس السبت"
        ("تراكس السبت", False),
        ("توالس اليوم", False),
    ],
)
def test_a_verbal_noun_before_its_genitive_is_what_was_discussed(text, ends):
    assert verbal_noun_in_construct(LEX, tokenize(text), 0) is ends


def test_basem_is_in_the_name_of_after_a_spokesman():
    assert in_the_name_of(LEX, tokenize("المتحدث باسم الحكومة"), 1)
    assert not in_the_name_of(LEX, tokenize("التقى باسم يوسف"), 1)


def test_a_verb_of_going_ends_a_name():
    assert verb_after_name(LEX, tokenize("فلان الفلاني سيصل إلى روما"), 2)
    assert not verb_after_name(LEX, tokenize("محمد الطاهر سيالة في"), 2)


def test_a_verb_before_its_object_in_the_accusative_ends_a_name():
    assert verb_after_name(LEX, tokenize("فلان الفلاني يسعى اتفاقًا"), 2)
    assert not verb_after_name(LEX, tokenize("كنعان يلماز، السفير"), 1)


def test_a_plural_with_a_possessive_is_no_family_name():
    assert possessed_plural(LEX, tokenize("فلان الفلاني جولاته"), 2)
    assert not possessed_plural(LEX, tokenize("أحمد شحاتة"), 1)


def test_a_verbal_noun_before_a_possessed_genitive_ends_a_name():
    assert verbal_noun_in_construct(LEX, tokenize("اهتمام بلاده بالملف"), 0)


def test_a_feminine_noun_and_its_adjective_after_a_name_end_it():
    assert feminine_noun_and_adjective(tokenize("فلان الفلاني الخصوصية الاستراتيجية"), 2)
    assert not feminine_noun_and_adjective(tokenize("خالد العطية الأمين"), 1)


def test_an_indefinite_feminine_noun_and_adjective_after_a_name_end_it():
    assert feminine_noun_and_adjective(tokenize("سالم علي الحارثي صورة شاملة"), 3)
    assert not feminine_noun_and_adjective(tokenize("سالم علي فاطمة الزهراء"), 2)


@pytest.mark.parametrize("word, verb", [("تتضمن", True), ("تتواصل", True), ("تمام", False)])
def test_a_feminine_imperfect_doubling_its_ta_is_no_family_name(word, verb):
    assert feminine_imperfect(LEX, tokenize(word)[0]) is verb


@pytest.mark.parametrize(
    "text, ends", [("مؤتمرا صحفيا", True), ("اجتماعا ثنائيا", True), ("رضا الحمادي", False)]
)
def test_an_indefinite_object_and_its_adjective_end_a_name(text, ends):
    assert indefinite_object(LEX, tokenize(text), 0) is ends


def test_wa_and_a_verb_before_its_definite_subject_end_a_name_of_two_words():
    tokens = tokenize("للقاء رئيسها ماريو فيلاسكو وتمثل الموقف في مصافحة")
    assert verb_with_wa(LEX, tokens, 4)
    assert [m.name for m in read_mentions(LEX, tokens).mentions] == ["ماريو فيلاسكو"]
    assert not verb_with_wa(LEX, tokenize("سالم وتوفيق"), 1)


def test_an_indefinite_object_and_its_participle_end_a_name():
    assert indefinite_object(LEX, tokenize("شرحا مفصلا عن المهمة"), 0)
    assert indefinite_object(LEX, tokenize("عرضا موجزا عن المهمة"), 0)


def test_a_future_verb_and_when_end_a_name():
    assert verb_after_name(LEX, tokenize("ستنتهي خلال الأسابيع المقبلة"), 0)
