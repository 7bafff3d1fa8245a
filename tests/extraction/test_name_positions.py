from meetings.extraction.lexicon import load_lexicon

from .conftest import roles

LEX = load_lexicon()


def test_a_short_name_alone_in_quotes_after_a_comma():
    found = roles("بحث الوزير مع سفير الاتحاد الأوروبي لدى ليبيا، “لوكا فيراري”، سبل التعاون.")
    assert found["لوكا فيراري"] == ("سفير الاتحاد", "EU")


def test_the_holder_s_nationality_after_the_comma_before_the_name():
    found = roles("اجتمع الوزير مع رئيس البرلمان الأوروبي، البلجيكي لوك ديمول في بروكسل.")
    assert found["لوك ديمول"] == ("رئيس البرلمان", "EU")


def test_a_government_s_seat_between_an_office_and_its_name():
    text = "أوضح وزير العدل في الحكومة المؤقتة في البيضاء، سالم الورفلي أن"
    assert found_role(text, "سالم الورفلي") == "وزير العدل"


def found_role(text, name):
    return roles(text)[name][0]


def test_an_office_after_a_ranked_name_is_that_name_s():
    text = (
        "التقى الفريق أول سالم الورفلي القائد العام للقوات المسلحة، الفريق ماركو بيانكي"
        " نائب رئيس الأركان الإيطالي."
    )
    found = roles(text)
    assert found["سالم الورفلي"][0] == "القائد العام"
    assert found["ماركو بيانكي"] == ("نائب رئيس الأركان", "IT")


def test_a_name_after_a_body_s_noun_is_its_owner_not_the_office_holder():
    text = "وكان في استقبال الوفد رئيس أركان القوات البرية (بقوات سالم) وعدد من القادة."
    assert "سالم" not in roles(text)


def test_a_name_set_off_by_two_dashes_is_the_office_s():
    text = "بحث الوزير مع مديرة مكتب المفوضية السامية لشؤون اللاجئين - كارلا فيشر - سبل التعاون."
    assert roles(text)["كارلا فيشر"] == ("مديرة مكتب المفوضية السامية", "UN")


def test_a_blessing_between_dashes_is_no_name():
    text = "وذلك بتوجيه من الملك وولي عهده -حفظهما الله-، دعما للتعاون."
    assert not roles(text)


def test_a_name_after_a_semicolon_is_the_office_s():
    text = "بحث وزير الخارجية الكيني ؛ جون كاماو مع المبعوث الأمريكي ؛ مايك هاريس"
    assert roles(text)["جون كاماو"] == ("وزير الخارجية", "KE")


def test_a_foreign_rank_and_its_arm_between_an_office_and_its_holder():
    text = "استقبل الوزير نائب قائد القوات الجوية الكندية، المارشال الجوي جون ماكلين، أمس."
    assert roles(text)["جون ماكلين"][1] == "CA"
    text = "حضر اللقاء الملحق العسكري الفرنسي الكولونيل بيار دوبون."
    assert "بيار دوبون" in roles(text)


def test_an_office_word_as_a_title_between_the_comma_and_a_quoted_name():
    text = (
        'جرت مكالمة جمعت السلطان مع أمير قطر، الشيخ "فهد بن سالم آل ثاني"، '
        'والعاهل الأردني، الملك "فهد بن عبدالعزيز".'
    )
    assert roles(text)["فهد بن عبدالعزيز"] == ("العاهل", "JO")


def test_a_slash_may_stand_between_an_office_and_its_holder():
    assert set(roles("تلقى السيد الرئيس/ حازم الشناوي اتصالا من الرئيس الكيني جوزيف أوتينو")) == {
        "حازم الشناوي",
        "جوزيف أوتينو",
    }


def test_a_name_follows_the_city_an_office_sits_in():
    text = "استقبل المحافظ رئيسة بعثة المراقبة الدولية في مدينة الخليل كرستين هولم، والوفد"
    assert "كرستين هولم" in roles(text)
