import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.name_offices import joined, offices_after_names
from meetings.extraction.office_mentions import read_offices
from meetings.extraction.tokens import tokenize

from .conftest import people, roles

LEX = load_lexicon()


def _after_names(text: str):
    tokens = tokenize(text)
    mentions, offices, claimed = [], [], set()
    read_offices(LEX, tokens, mentions, offices, claimed)
    offices_after_names(LEX, tokens, mentions, offices, claimed)
    return mentions, offices


def test_an_office_after_a_name_is_the_name_s():
    mentions, offices = _after_names("التقى كمال بن يوسف رئيس الحكومة أمس")
    assert offices == []
    assert [(m.name, m.head) for m in mentions] == [("كمال بن يوسف", "رئيس")]


def test_offices_chained_to_a_name_s_office_are_the_name_s_too():
    mentions, offices = _after_names(
        "استقبل الفريق سامح عبد الباقي، القائد العام للقوات المسلحة، وزير الدفاع، الوفد"
    )
    assert offices == []
    (mention,) = mentions
    assert (mention.ministry, mention.other_heads[:1]) == ("defense", ("وزير",))


def test_an_office_with_a_conjunction_or_preposition_is_joined():
    first, second = tokenize("وللوزير الوزير")
    assert joined(first) and not joined(second)


def test_a_name_listed_after_another_s_name_before_its_office_loses_its_wa(extract):
    (meeting,) = extract(
        "التقى وزير الخارجية الليبي سالم العلي أمس في تونس نظيره التونسي كمال حسن ودانغ "
        "فو القائم بأعمال وزير خارجية فيتنام."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال حسن", "دانغ فو"}


@pytest.mark.parametrize("mark", ["،", "ـــ", "-"])
def test_an_office_between_a_titled_name_and_a_name_with_its_own_office_is_the_first_s(mark):
    names = roles(
        f"استقبل اللواء كامل عوض وزير الداخلية يان ميلر {mark} مفوض الهجرة بالاتحاد الأوروبي "
        f"{mark} الذي يزور البلاد."
    )
    assert names["كامل عوض"][0] == "وزير الداخلية"
    assert names["يان ميلر"] == ("مفوض الهجرة", "EU")


def test_an_office_of_a_state_before_a_name_stays_with_that_name_before_its_second_office():
    names = roles("استقبل المشير سالم العلي سفير إيطاليا جان مارتان، رئيس البعثة الدبلوماسية، أمس.")
    assert names["جان مارتان"] == ("سفير إيطاليا", "IT")
    assert names["سالم العلي"][0] is None


def test_another_office_of_a_state_right_after_a_head_of_state_s_name_is_someone_else(extract):
    [meeting] = extract("استقبل الرئيس سالم الهاشمي وزير الخارجية الأردني في بغداد.")
    assert people(meeting)["سالم الهاشمي"].role == "الرئيس"
    # the same office told again after the name is the holder's
    [meeting] = extract("استقبل الملك سالم الهاشمي ملك المملكة الأردنية وزير الدفاع كمال الغيلاني.")
    assert people(meeting)["سالم الهاشمي"].country == "JO"


def test_an_ambassador_s_title_before_his_own_office_of_a_state_is_his(extract):
    [meeting] = extract(
        "التقى وزير الخارجية الأردني أيمن الطراونة السفير سامر النجار مساعد وزير الخارجية "
        "المصري للشؤون العربية."
    )
    assert people(meeting)["سامر النجار"].role == "مساعد وزير الخارجية"
    assert all(p.name for p in meeting.participants)
