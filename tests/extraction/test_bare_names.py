import pytest

from meetings.extraction.bare_names import facility, opens_bare_name
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tokens import tokenize

from .conftest import people, read, roles

LEX = load_lexicon()


def _opens(text: str, word: str) -> bool:
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == word)
    return opens_bare_name(LEX, tokens, k)


def test_a_given_name_that_is_no_ordinary_word_opens_a_name():
    assert _opens("والتقى اليوم خليل الفارسي بالسفير.", "خليل")


def test_a_given_name_that_is_an_ordinary_word_opens_one_only_after_a_cue_or_with():
    assert _opens("التقى الوزير مع جمال الدرسي.", "جمال")
    assert not _opens("وأشاد بجمال الطبيعة ونصر الفريق.", "ونصر")


def test_a_given_name_with_its_article_opens_one_before_a_family_name():
    assert _opens("عاد الطيب الفاسي الفهري إلى الواجهة.", "الطيب")
    assert not _opens("وصف الرجل الطيب الفاسي الوضع.", "الطيب")


def test_a_place_named_after_someone_opens_no_name():
    tokens = tokenize("عند معبر جابر نصيب")
    assert facility(tokens[1])
    assert not opens_bare_name(LEX, tokens, 2)


def test_a_resort_named_after_someone_names_no_one_met(extract):
    for text in (
        "استقبل رئيس الإقليم كامران الهركي السفير الفرنسي في مصيف صلاح الدين قرب أربيل.",
        "استقبل رئيس الإقليم كامران الهركي السفير الفرنسي جان دوبوا في مصيف صلاح الدين.",
    ):
        (meeting,) = extract(text)
        assert all("صلاح" not in name for name in people(meeting)), text


def test_a_news_outlet_named_like_a_person_opens_no_name():
    assert not _opens("وأفادت وكالة تسنيم الإخبارية أن الوزير وصل.", "تسنيم")
    assert not _opens("ونقلت قناة فرح الفضائية عن الوزير.", "فرح")
    assert not _opens("وحضر رئيس شركة بوينغ الدولية جون كوري.", "بوينغ")


def test_a_name_right_after_led_by_is_a_name_even_of_an_ordinary_word(extract):
    [meeting] = extract(
        "عقد مجلس الأمن القومي اجتماعه الأول برئاسة سالم الفاخري وبحضور نائبه عمر الكاسح."
    )
    assert {"سالم الفاخري", "عمر الكاسح"} <= set(people(meeting))


@pytest.mark.parametrize(
    "text",
    [
        "ناقش وزير الداخلية التونسي كمال الهمامي مع نائبي المجلس الرئاسي سالم الورفلي "
        "وعمر الكاسح في طرابلس الوضع الأمني.",
        "ناقش وزير الداخلية التونسي كمال الهمامي في طرابلس مع وزيري الخارجية والدفاع "
        "الليبيين سالم الورفلي وعمر الكاسح الوضع الأمني.",
        # the second's compound given name, kept whole with its "و" by the tokeniser
        "ناقش وزير الداخلية التونسي كمال الهمامي مع نائبي المجلس الرئاسي عمر الكاسح "
        "وعبد الله الورفلي في طرابلس الوضع الأمني.",
        # a comma between the two holders
        "ناقش وزير الداخلية التونسي كمال الهمامي مع نائبي المجلس الرئاسي الليبي عمر "
        "الكاسح، وعبد الله الورفلي في طرابلس الوضع الأمني.",
    ],
)
def test_an_office_of_two_is_held_by_both_named_after_it(extract, text):
    (meeting,) = extract(text)
    named = set(people(meeting)) - {"كمال الهمامي"}
    assert len(named) == 2 and "عمر الكاسح" in named
    assert {p.country for p in meeting.participants if p.name in named} == {"LY"}


def test_the_second_holder_of_an_office_of_two_may_have_a_name_no_lexicon_knows(extract):
    (meeting,) = extract(
        "بحث المبعوث القطري سالم الكعبي في كابل مع نائبي الرئيس الأفغاني نجيب رحيمي "
        "وزمرك دانشيار سبل دعم الحوار."
    )
    assert set(people(meeting)) == {"سالم الكعبي", "نجيب رحيمي", "زمرك دانشيار"}


def test_an_academy_or_centre_named_after_someone_opens_no_name():
    assert not _opens("وقعت مذكرة تفاهم مع أكاديمية خالد بن حمد للعلوم الأمنية.", "خالد")
    assert not _opens("وزار الوفد مركز سلطان بن عيسى للدراسات.", "سلطان")


def test_a_foreign_given_name_opens_a_name_after_with(extract):
    (meeting,) = extract(
        "بحث الرئيس المصري سالم حسين اليوم مع جيرارد لوبان، وزير الداخلية الفرنسي."
    )
    assert set(people(meeting)) == {"سالم حسين", "جيرارد لوبان"}


def test_a_verb_after_qad_opens_no_name_though_written_as_a_given_name():
    assert not _opens("وكان الوزير، الذي كان قد أدى القسم أمس، في تونس.", "أدى")
    assert _opens("التقى الوزير أدى بيرنس في لندن.", "أدى")


def test_a_given_name_that_is_a_word_opens_a_name_after_brought_together(extract):
    (meeting,) = extract(
        "شهدت مدينة طبرق لقاءات رفيعة جمعت خليفة العبيدي ووزير الدفاع المالطي جوزيف بورغ."
    )
    assert set(people(meeting)) == {"خليفة العبيدي", "جوزيف بورغ"}


def test_a_ship_named_after_someone_is_no_one():
    document = read("وصعد الضيوف إلى الفرقاطة التونسية خالد بن الوليد.", until="mentions")
    assert not [m for s in document.sentences for m in s.people.mentions]


@pytest.mark.parametrize("text", ["أجرى أمير حاتمي اتصالا", "اتصال أجراه أمير حاتمي"])
def test_a_given_name_that_is_also_a_word_opens_a_name_after_a_verb_of_holding(text):
    tokens = tokenize(text)
    k = next(i for i, t in enumerate(tokens) if t.text == "أمير")
    assert opens_bare_name(LEX, tokens, k)


def test_an_office_held_aboard_a_ship_is_still_an_office(extract):
    [meeting] = extract(
        "وعلى متن الفرقاطة التقى الرئيس الفرنسي جان مارتان وزير الدفاع خالد العتيبي."
    )
    assert people(meeting)["جان مارتان"].role == "الرئيس"


def test_a_nisba_written_like_a_woman_s_given_name_opens_no_name_alone():
    assert roles("ودعت السفارة إلى حوار سلمي واغتنام الفرصة المتاحة.") == {}
    assert list(roles("التقى الوزير مع سلمى العلي رئيسة الجمعية.")) == ["سلمى العلي"]


def test_a_place_named_like_a_person_after_fi_and_before_a_comma_is_no_one():
    text = "استقبل الرئيس سالم الكردي يوم الأحد في صلاح الدين، السفير الألماني يان مولر."
    assert list(roles(text)) == ["سالم الكردي", "يان مولر"]


def test_a_party_s_adjectives_are_no_name_after_its_body():
    text = (
        "التقى الرئيس وفدا برئاسة كارل هوبر عضو الكتلة النيابية للاتحاد الديمقراطي "
        "المسيحي (الألماني) والاتحاد الاجتماعي المسيحي (البافاري)."
    )
    assert "الاجتماعي المسيحي" not in roles(text)


def test_the_subject_of_a_pluperfect_is_a_name_though_its_given_name_is_a_word(extract):
    (meeting,) = extract(
        "وكان عادل كريم الساعدي قد استقبل، اليوم، مساعدة وزير الخارجية الأمريكية كارين "
        "شميت، والوفد المرافق لها."
    )
    assert set(people(meeting)) == {"عادل كريم الساعدي", "كارين شميت"}
