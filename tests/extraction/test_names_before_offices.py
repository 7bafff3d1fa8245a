from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.names_before_offices import name_before
from meetings.extraction.tokens import tokenize

from .conftest import people, roles

LEX = load_lexicon()


def test_a_name_before_an_office_needs_to_be_made_like_a_name():
    tokens = tokenize("وتناولت المناقشات العملية في ضوء نية الممثلة الخاصة الإعلان عنها")
    assert name_before(LEX, tokens, 5, set()) == []
    tokens = tokenize("والتقى أنيتا كوفاليوفا نائبة وزير الخارجية")
    assert [tokens[i].text for i in name_before(LEX, tokens, 2, set())] == ["أنيتا", "كوفاليوفا"]


def test_a_common_given_name_opens_a_name_before_its_office():
    text = "حضر اللقاء خلدون سالم العامري رئيس جهاز الشؤون التنفيذية."
    assert roles(text)["خلدون سالم العامري"][0] == "رئيس جهاز الشؤون التنفيذية"


def test_a_foreign_family_name_s_ending_is_evidence_of_a_name_before_an_office():
    tokens = tokenize("اجتمع الوزير في أنقرة تشاغلار قره أوغلو وزير داخلية تركيا")
    assert name_before(LEX, tokens, 6, set()) == [4, 5, 6]
    tokens = tokenize("في ضوء نية الممثلة الخاصة")
    assert name_before(LEX, tokens, 2, set()) == []


def test_a_given_name_that_is_a_word_loses_its_preposition_before_an_office():
    text = "اجتمع الوزير في أنقرة بمولود قره أوغلو وزير داخلية تركيا."
    read = read_mentions(LEX, tokenize(text))
    assert "مولود قره أوغلو" in [m.name for m in read.mentions]


def test_names_each_before_their_office_in_a_list_with_and():
    text = (
        "وحضر الاجتماع كريم العلي نائب رئيس الحكومة وزير الدفاع وبثينة سلامة "
        "المستشارة الإعلامية في الرئاسة."
    )
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.role) for m in read.mentions] == [
        ("كريم العلي", "نائب رئيس الحكومة وزير الدفاع"),
        ("بثينة سلامة", "المستشارة الإعلامية"),
    ]


def test_a_name_in_latin_letters_before_an_office():
    tokens = tokenize("استقبل الوزير اليوم، Wang Lei، المبعوث الصيني")
    assert name_before(LEX, tokens, 5, set()) == [4, 5]


def test_a_meeting_verb_s_subject_set_off_from_its_office_by_a_comma_is_a_name():
    # no lexicon knows "جيم" or "حمادة" as a given name: the frame tells the name
    found = roles("استقبل جيم موران، وزير الخارجية الأردني، السفير الإيطالي ماركو بيانكي.")
    assert found["جيم موران"] == ("وزير الخارجية", "JO")
    found = roles("التقى حمادة الصاوي، النائب العام المصري، السفير الإيطالي ماركو بيانكي.")
    assert found["حمادة الصاوي"][0] == "النائب العام"
    # not words any lexicon knows: "في ضوء" is no name
    assert "في ضوء" not in roles("بحث في ضوء، وزير الخارجية الأردني، السفير ماركو بيانكي.")


def test_a_name_before_an_office_opens_at_a_given_name_written_onto_a_preposition():
    found = roles("وجاء اللقاء بعد لقاء كارلوس مورينو بعمر السالمي، منسق الجبهة في جنيف.")
    assert "عمر السالمي" in found


def test_a_name_before_an_office_opens_at_a_given_name_written_onto_b_after_a_verb():
    found = roles("حل رئيس الوزراء الهولندي مارك دي فريس بتونس، والتقى بمحمد الغربي وزير العدل.")
    assert "محمد الغربي" in found


def test_the_next_of_a_list_opens_with_wa_and_a_given_name_that_is_also_a_word():
    found = roles("حضر اللقاء سالم الكتبي وزير دولة، وفارس النعيمي مساعد وزير الخارجية.")
    assert "فارس النعيمي" in found


def test_a_name_before_an_office_has_two_words_at_least():
    assert name_before(LEX, tokenize("عمر البشير الطيب رئيس الوزراء"), 2, set()) == [0, 1, 2]
    assert name_before(LEX, tokenize("التقى عمر رئيس الوزراء"), 1, set()) == []


def test_a_name_written_onto_b_right_after_another_s_name_is_read_before_its_office(extract):
    (meeting,) = extract("التقى الوزير سالم الهمامي بمحمد الدباغ رئيس الحكومة في تونس.")
    assert set(people(meeting)) == {"سالم الهمامي", "محمد الدباغ"}
    assert people(meeting)["محمد الدباغ"].role == "رئيس الحكومة"


def test_joiners_do_not_count_towards_a_name_before_its_office():
    text = "حيث التقى عبد الرحمن بن خالد آل فارس وزير الخارجية."
    assert roles(text)["عبد الرحمن بن خالد آل فارس"][0] == "وزير الخارجية"


def test_a_given_name_that_is_an_office_word_inside_a_name_before_its_office():
    text = "وحضر اللقاء من الجانب الأممي خالد أمين حمود أبو زيد مدير إدارة آسيا."
    assert roles(text)["خالد أمين حمود أبو زيد"][0] == "مدير إدارة آسيا"


def test_a_foreign_given_name_that_looks_definite_opens_a_name_before_its_office():
    text = "وحضر اللقاء السفير ماركو ريني، واليساندرو كونتي، قائد الشرطة."
    assert roles(text)["اليساندرو كونتي"][0] == "قائد الشرطة"


def test_a_foreign_name_between_a_verb_and_an_office_naming_its_state():
    text = "بحث غرانت فلتون وزير الدفاع البريطاني الجمعة مع نظيره الكيني جوزيف أوتينو"
    assert set(roles(text)) == {"غرانت فلتون", "جوزيف أوتينو"}


def test_a_name_before_an_office_opens_at_a_given_name_after_and():
    text = (
        "حضر اللقاء العقيد سالم محمد عبدالله الدوري أركان حرب الأمن المركزي وأندرو ميلنر "
        "السفير البريطاني بصنعاء"
    )
    assert "أندرو ميلنر" in roles(text)


def test_a_name_before_an_office_opens_at_a_weak_given_name_after_and():
    text = "جاء اللقاء عقب اجتماع في المدينة بين دوبوا وخليفة الزوي، قائد القوات الجوية"
    assert "خليفة الزوي" in roles(text)


def test_a_foreign_name_after_with_and_before_an_office_naming_its_state():
    # a first name opening with ف is no conjunction after "مع"
    text = "أجرى الوزير اتصالا هاتفيا مع فاردين هوفانيسيان وزيرة الخارجية الأرمنية"
    assert roles(text)["فاردين هوفانيسيان"][0] == "وزيرة الخارجية"


def test_a_short_foreign_given_name_after_a_comma_and_and_opens_the_next_of_a_list():
    text = "التقى الوزير كمال الراشد نائب رئيس الوزراء، وروب ميلانسون رئيس الشرطة الأوروبية."
    assert roles(text)["روب ميلانسون"] == ("رئيس الشرطة", "EU")


def test_a_foreign_name_before_an_office_naming_its_state_by_name_is_a_party():
    assert roles(
        "التقى الوزير سالم العلي في لندن اليوم مع أمبر تالبوت وزيرة الداخلية بالمملكة المتحدة."
    )["أمبر تالبوت"] == ("وزيرة الداخلية", "GB")
