from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.tokens import tokenize

from .conftest import people

LEX = load_lexicon()


def test_office_then_name():
    read = read_mentions(LEX, tokenize("استقبل وزير العدل المغربي سعيد الكتاني أمس."))
    (mention,) = read.mentions
    assert (mention.name, mention.role, mention.country, mention.ministry) == (
        "سعيد الكتاني",
        "وزير العدل",
        "MA",
        "justice",
    )
    assert read.offices == []


def test_name_then_office():
    read = read_mentions(LEX, tokenize("والتقى عمر البشير الطيب رئيس الوزراء السوداني."))
    (mention,) = read.mentions
    assert (mention.name, mention.country) == ("عمر البشير الطيب", "SD")


def test_an_office_without_a_name():
    read = read_mentions(LEX, tokenize("حضر اللقاء السفير الإيطالي لدى ليبيا."))
    assert read.mentions == []
    (office,) = read.offices
    assert (office.head, office.country) == ("سفير", "IT")


def test_one_unnamed_ambassador_per_listed_state():
    text = "التقى رئيس الحكومة اليوم سفراء كل من اليونان وقبرص ومالطا."
    read = read_mentions(LEX, tokenize(text))
    ambassadors = [office.country for office in read.offices if office.role == "سفراء"]
    assert ambassadors == ["GR", "CY", "MT"]


def test_people_mentioned_but_not_present_are_left_out(extract):
    text = (
        "التقى الفريق خالد، نجل المشير سالم منصور، وزير الدفاع الإيطالي ماركو روسي في روما. "
        "وقال الخبير الأمني علي حسن إن اللقاء مهم."
    )
    (meeting,) = extract(text)
    # The son is named by his father's family name; the father is only mentioned.
    assert set(people(meeting)) == {"خالد منصور", "ماركو روسي"}


def test_a_place_named_after_someone_is_not_a_person(extract):
    text = (
        "التقى وزير الداخلية السعودي فهد علي بمطار الملك خالد الدولي وزير الداخلية العراقي"
        " قاسم الساعدي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"فهد علي", "قاسم الساعدي"}
