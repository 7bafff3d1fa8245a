from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.name_positions import name_before
from meetings.extraction.tokens import tokenize

LEX = load_lexicon()


def _people(text: str) -> dict[str, tuple]:
    read = read_mentions(LEX, tokenize(text))
    return {m.name: (m.role, m.country) for m in read.mentions}


def test_a_short_name_alone_in_quotes_after_a_comma():
    found = _people("بحث الوزير مع سفير الاتحاد الأوروبي لدى ليبيا، “لوكا فيراري”، سبل التعاون.")
    assert found["لوكا فيراري"] == ("سفير الاتحاد", "EU")


def test_the_holder_s_nationality_after_the_comma_before_the_name():
    found = _people("اجتمع الوزير مع رئيس البرلمان الأوروبي، البلجيكي لوك ديمول في بروكسل.")
    assert found["لوك ديمول"] == ("رئيس البرلمان", "EU")


def test_a_government_s_seat_between_an_office_and_its_name():
    text = "أوضح وزير العدل في الحكومة المؤقتة في البيضاء، سالم الورفلي أن"
    assert found_role(text, "سالم الورفلي") == "وزير العدل"


def found_role(text, name):
    return _people(text)[name][0]


def test_an_office_after_a_ranked_name_is_that_name_s():
    text = (
        "التقى الفريق أول سالم الورفلي القائد العام للقوات المسلحة، الفريق ماركو بيانكي"
        " نائب رئيس الأركان الإيطالي."
    )
    found = _people(text)
    assert found["سالم الورفلي"][0] == "القائد العام"
    assert found["ماركو بيانكي"] == ("نائب رئيس الأركان", "IT")


def test_a_name_before_an_office_needs_to_be_made_like_a_name():
    tokens = tokenize("وتناولت المناقشات العملية في ضوء نية الممثلة الخاصة الإعلان عنها")
    assert name_before(LEX, tokens, 5, set()) == []
    tokens = tokenize("والتقى أنيتا كوفاليوفا نائبة وزير الخارجية")
    assert [tokens[i].text for i in name_before(LEX, tokens, 2, set())] == ["أنيتا", "كوفاليوفا"]


def test_a_name_after_a_body_s_noun_is_its_owner_not_the_office_holder():
    text = "وكان في استقبال الوفد رئيس أركان القوات البرية (بقوات سالم) وعدد من القادة."
    assert "سالم" not in _people(text)


def test_a_name_set_off_by_two_dashes_is_the_office_s():
    text = "بحث الوزير مع مديرة مكتب المفوضية السامية لشؤون اللاجئين - كارلا فيشر - سبل التعاون."
    assert _people(text)["كارلا فيشر"] == ("مديرة مكتب المفوضية السامية", "UN")


def test_a_blessing_between_dashes_is_no_name():
    text = "وذلك بتوجيه من الملك وولي عهده -حفظهما الله-، دعما للتعاون."
    assert not _people(text)


def test_a_name_after_a_semicolon_is_the_office_s():
    text = "بحث وزير الخارجية الكيني ؛ جون كاماو مع المبعوث الأمريكي ؛ مايك هاريس"
    assert _people(text)["جون كاماو"] == ("وزير الخارجية", "KE")


def test_a_foreign_rank_and_its_arm_between_an_office_and_its_holder():
    text = "استقبل الوزير نائب قائد القوات الجوية الكندية، المارشال الجوي جون ماكلين، أمس."
    assert _people(text)["جون ماكلين"][1] == "CA"
    text = "حضر اللقاء الملحق العسكري الفرنسي الكولونيل بيار دوبون."
    assert "بيار دوبون" in _people(text)


def test_a_common_given_name_opens_a_name_before_its_office():
    text = "حضر اللقاء خلدون سالم العامري رئيس جهاز الشؤون التنفيذية."
    assert _people(text)["خلدون سالم العامري"][0] == "رئيس جهاز الشؤون التنفيذية"


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
    found = _people("استقبل جيم موران، وزير الخارجية الأردني، السفير الإيطالي ماركو بيانكي.")
    assert found["جيم موران"] == ("وزير الخارجية", "JO")
    found = _people("التقى حمادة الصاوي، النائب العام المصري، السفير الإيطالي ماركو بيانكي.")
    assert found["حمادة الصاوي"][0] == "النائب العام"
    # not words any lexicon knows: "في ضوء" is no name
    assert "في ضوء" not in _people("بحث في ضوء، وزير الخارجية الأردني، السفير ماركو بيانكي.")


def test_an_office_word_as_a_title_between_the_comma_and_a_quoted_name():
    text = (
        'جرت مكالمة جمعت السلطان مع أمير قطر، الشيخ "فهد بن سالم آل ثاني"، '
        'والعاهل الأردني، الملك "فهد بن عبدالعزيز".'
    )
    assert _people(text)["فهد بن عبدالعزيز"] == ("العاهل", "JO")


def test_a_name_before_an_office_opens_at_a_given_name_written_onto_a_preposition():
    found = _people("وجاء اللقاء بعد لقاء كارلوس مورينو بعمر السالمي، منسق الجبهة في جنيف.")
    assert "عمر السالمي" in found


def test_a_name_before_an_office_opens_at_a_given_name_written_onto_b_after_a_verb():
    found = _people("حل رئيس الوزراء الهولندي مارك دي فريس بتونس، والتقى بمحمد الغربي وزير العدل.")
    assert "محمد الغربي" in found


def test_the_next_of_a_list_opens_with_wa_and_a_given_name_that_is_also_a_word():
    found = _people("حضر اللقاء سالم الكتبي وزير دولة، وفارس النعيمي مساعد وزير الخارجية.")
    assert "فارس النعيمي" in found
