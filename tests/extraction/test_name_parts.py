import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.name_parts import conjoined_word, not_a_name
from meetings.extraction.tokens import make_token, tokenize

from .conftest import people

LEX = load_lexicon()


@pytest.mark.parametrize(
    "word",
    ["يزور", "مؤكداً", "عمليات", "مفاوضات", "المكلف", "عراقي", "اعتزازه", "سيتوجه"]
    + ["بتحسن", "لتقدم", "سياسيا", "أمنيا"]
    + ["احتفل", "انتقل", "استمع"],  # verbs of the form افتعل
)
def test_words_no_name_opens_with(word):
    assert not_a_name(LEX, make_token(word), first=True)


@pytest.mark.parametrize(
    "word", ["سالم", "ماتيو", "بيانكي", "الورفلي", "ديدييه", "بتول", "ابتسام", "التوم"]
)
def test_words_a_name_may_open_with(word):
    assert not not_a_name(LEX, make_token(word), first=True)


def test_a_participle_ends_a_name_anywhere():
    assert not_a_name(LEX, make_token("مشيراً"), first=False)
    # A nationality can be a family name after a given name ("جوفاني روسي").
    assert not not_a_name(LEX, make_token("روسي"), first=False)


@pytest.mark.parametrize("word", ["تلقاها", "بحثه", "التقاهما", "رئاسة", "الشكر", "متانة", "أهمية"])
def test_a_verb_with_its_object_or_a_noun_of_office_or_thanks_ends_a_name(word):
    assert not_a_name(LEX, make_token(word), first=False)


def test_a_name_ending_as_a_pronoun_would_is_still_a_name():
    for word in ("طه", "عبده", "نزيه"):
        assert not not_a_name(LEX, make_token(word), first=False)


def test_the_name_before_a_verb_with_its_object_is_the_name_alone(extract):
    text = (
        "يزور رئيس الحكومة سمير الخطيب أنقرة اليوم استجابة لدعوة من الرئيس التركي مراد "
        "أوزتورك تلقاها خلال اتصال هاتفي. وكان أوزتورك قد التقى الخطيب في أنقرة خلال "
        "تولي الخطيب رئاسة الحكومة أول مرة، وقدم السيد سمير الخطيب الشكر لمضيفه."
    )
    named = {name for meeting in extract(text) for name in people(meeting)}
    assert named == {"سمير الخطيب", "مراد أوزتورك"}


def test_a_conjunction_on_a_word_that_is_no_given_name():
    assert conjoined_word(LEX, make_token("ومفاوضات"))
    assert not conjoined_word(LEX, make_token("وليد"))
    assert not conjoined_word(LEX, make_token("وماتيو"))


def test_a_verb_s_feminine_and_a_possessed_feminine_noun_are_no_names():
    for word in ("جددت", "أبلغت", "ألقت", "أدت", "رغبتها", "موافقتهم"):
        assert not_a_name(LEX, make_token(word), first=True), word
    for word in ("عزت", "طلعت"):
        assert not not_a_name(LEX, make_token(word), first=True), word


def test_a_preposition_on_a_word_no_name_opens_with_opens_no_name():
    for word in ("بشرطة", "لشرطة", "بوزارة", "لمتابعة"):
        assert not_a_name(LEX, make_token(word), first=True), word
    assert not not_a_name(LEX, make_token("بلال"), first=True)
    # a short name, and a foreign one ending as a possessive would
    for word in ("بله", "بيكييه", "باعلال"):
        assert not not_a_name(LEX, make_token(word), first=False), word


def test_a_verb_after_an_office_and_a_comma_is_no_name():
    read = read_mentions(
        LEX, tokenize("عقدت لقاء مع رئيس هيئة الموانئ السودانية، جددت خلاله دعم بلادي.")
    )
    assert read.mentions == []


def test_a_plural_after_a_preposition_ends_a_name_but_a_name_like_it_does_not():
    assert not_a_name(LEX, make_token("بتضحيات"), first=False)
    assert not not_a_name(LEX, make_token("بركات"), first=False)


def test_a_two_word_rank_before_a_foreign_name(extract):
    text = (
        "زار وزير الدفاع اللبناني سمير حداد مقر اليونيفيل حيث كان في استقباله القائد العام "
        "لليونيفيل الميجور جنرال ماركو ريني. ونوه الوزير حداد بتضحيات القوات الدولية."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سمير حداد", "ماركو ريني"}


def test_a_verb_after_an_office_with_its_state_is_no_name(extract):
    (meeting,) = extract(
        "استقبل الرئيس سالم العلي أمس في طرابلس وزير الخارجية الياباني كينجي ساتو. وبحضور "
        "رئيس حكومة اليابان احتفل الطرفان بتوقيع اتفاقية، وقال العلي إن تعيين "
        "مبعوث الاتحاد الأوروبي للساحل يعد خطوة مهمة."
    )
    assert set(people(meeting)) == {"سالم العلي", "كينجي ساتو"}


@pytest.mark.parametrize("word", ["موقفه", "رفضه", "ترحيبه"])
def test_a_noun_no_name_is_made_of_with_his_is_no_name(word):
    assert not_a_name(load_lexicon(), make_token(word), first=True)


def test_a_given_name_that_reads_as_a_noun_with_his_is_a_name():
    assert not not_a_name(load_lexicon(), make_token("أمره"), first=True)  # Emre
