import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.name_positions import name_after, name_before
from meetings.extraction.names import take_name
from meetings.extraction.tokens import tokenize

from .conftest import people

LEX = load_lexicon()


def test_joiners_do_not_count_towards_a_name_s_length():
    tokens = tokenize("فيصل بن سلطان بن تركي آل سعود وزير")
    assert take_name(LEX, tokens, 0, definite_ok=False) == [0, 1, 2, 3, 4, 5, 6]


def test_the_name_after_an_office_and_whether_a_comma_came_between():
    tokens = tokenize("السفير الإيطالي لدى ليبيا جوزيبي بوتشينو")
    assert name_after(LEX, tokens, 4) == ([4, 5], False)
    tokens = tokenize("رئيس جمهورية النيجر، إدريس مامادو")
    assert name_after(LEX, tokens, 3) == ([4, 5], True)


def test_a_name_before_an_office_has_two_words_at_least():
    assert name_before(LEX, tokenize("عمر البشير الطيب رئيس الوزراء"), 2, set()) == [0, 1, 2]
    assert name_before(LEX, tokenize("التقى عمر رئيس الوزراء"), 1, set()) == []


def test_ranks_and_honorifics_are_stripped(extract):
    text = (
        "التقى وزير الداخلية المصري اللواء حسن عبدالله، الدكتور كريم ناصر مدير جهاز الأمن الليبي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"حسن عبدالله", "كريم ناصر"}


def test_names_in_guillemets(extract):
    text = "التقى وزير الدفاع الليبي «فرج العبيدي» نظيره التركي أحمد يلدز."
    (meeting,) = extract(text)
    assert "فرج العبيدي" in people(meeting)


def test_a_name_with_the_article_after_an_office(extract):
    text = "تلقى وزير الخارجية الليبي الهادي العكاري اتصالا هاتفيا من نظيره المالطي بيتر غاو."
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"الهادي العكاري", "بيتر غاو"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # joiners do not count towards a name's length
        (
            "استقبل الأمير فيصل بن سلطان بن تركي آل سعود وزير الداخلية السعودي نظيره العراقي"
            " قاسم الساعدي.",
            "فيصل بن سلطان بن تركي آل سعود",
        ),
        # an honorific ending a name is the family name
        (
            "التقى وزير الداخلية اللبناني القاضي رياض الحاج، السفير الإيطالي ماركو روسي.",
            "رياض الحاج",
        ),
        # a name read as و + a city after a rank
        ("التقى الفريق مفتاح العبيدي العميد ونيس البرعصي.", "ونيس البرعصي"),
        # a time word opening a name after an office
        (
            "التقى الوزير السعودي فهد علي سفير العراق لدى المملكة صباح حميد الجبوري.",
            "صباح حميد الجبوري",
        ),
    ],
)
def test_names_despite_look_alike_words(extract, text, name):
    (meeting,) = extract(text)
    assert name in people(meeting)
