from meetings.extraction.known import KnownPeople
from meetings.extraction.tokens import tokenize

PEOPLE = KnownPeople(
    [
        ("منصور عبد الحفيظ الزوي", ["منصور الزوي"], "LY"),
        ("ماركو بيانكي", [], "IT"),
        ("حفتر", [], "LY"),  # one word: too ambiguous to be recognised alone
    ]
)


def test_any_form_of_a_known_name_is_found():
    tokens = tokenize("التقى منصور الزوي اليوم ماركو بيانكي")
    assert PEOPLE.match(tokens, 1) == 2
    assert PEOPLE.match(tokens, 4) == 2
    assert PEOPLE.match(tokens, 0) == 0


def test_a_conjunction_before_a_known_name():
    tokens = tokenize("استقبل الوزير وماركو بيانكي")
    assert PEOPLE.match(tokens, 2) == 2


def test_one_word_forms_are_not_known_names():
    assert PEOPLE.match(tokenize("حفتر"), 0) == 0
    assert len(PEOPLE) == 3  # two forms of one person, one of another


def test_a_known_person_keeps_the_archive_s_state():
    assert PEOPLE.get("منصور عبدالحفيظ الزوي").country == "LY"
    assert PEOPLE.get("ماركو روسي") is None


def test_people_added_later_are_known():
    people = KnownPeople()
    people.add("جيمس كارتر", ["جيم كارتر"], "US")
    assert people.get("جيم كارتر").name == "جيمس كارتر"
