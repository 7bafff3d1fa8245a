from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.office_mentions import past_city, read_offices
from meetings.extraction.tokens import tokenize

from .conftest import people, roles

LEX = load_lexicon()


def read(text):
    tokens = tokenize(text)
    mentions, offices, claimed = [], [], set()
    read_offices(LEX, tokens, mentions, offices, claimed)
    return tokens, mentions, offices, claimed


def test_an_office_takes_the_name_after_it():
    tokens, mentions, offices, claimed = read("استقبل وزير الدفاع الأردني سليم الحوراني وفدا.")
    (mention,) = mentions
    assert (mention.name, mention.role, mention.country, mention.ministry) == (
        "سليم الحوراني",
        "وزير الدفاع",
        "JO",
        "defense",
    )
    assert offices == []
    assert claimed == set(range(1, 6))


def test_an_office_with_no_name_is_kept_unnamed():
    _, mentions, offices, _ = read("وبحث الوزير مع نظيره الإيطالي ملف الحدود.")
    assert mentions == []
    assert [(o.head, o.country, o.counterpart) for o in offices] == [
        ("وزير", None, False),
        ("نظير", "IT", True),
    ]


def test_a_plural_office_before_listed_states_is_one_office_per_state():
    _, mentions, offices, _ = read("التقى سفراء كل من اليونان وقبرص ومالطا.")
    assert mentions == []
    assert [o.country for o in offices] == ["GR", "CY", "MT"]


def test_a_former_office_is_marked():
    _, (mention,), _, _ = read("المبعوث الأممي السابق كريم الزاوي")
    assert mention.former


def test_a_source_said_to_be_responsible_is_no_office():
    _, mentions, offices, _ = read("وقال مصدر مسؤول في الوزارة إن اللقاء تم.")
    assert (mentions, offices) == ([], [])


def test_an_envoy_of_a_president_is_the_second_name():
    _, (mention,), _, _ = read("المبعوث الخاص للرئيس الأمريكي دونالد هيرمان، نادر سليمان")
    assert mention.name == "نادر سليمان"


def test_a_ship_named_after_its_commander_is_no_name():
    _, mentions, offices, _ = read("استقبل قائد الفرقاطة اليونانية “نجمة الشمال” الوفد.")
    assert mentions == []
    assert len(offices) == 1


def test_past_a_city_an_office_is_seated_in():
    tokens = tokenize("ولي عهد أبوظبي")
    assert past_city(LEX, tokens, 2) == 3
    assert past_city(LEX, tokens, 1) == 1


def test_the_holder_of_an_aide_s_office_is_not_sought_past_another_office(extract):
    (meeting,) = extract(
        "التقى وزير الخارجية الأردني سامي الخطيب اليوم في عمان، مستشار الرئيس الفلسطيني "
        "مروان حمدان، ومدير المخابرات خالد عودة."
    )
    named = people(meeting)
    assert named["مروان حمدان"].role == "مستشار الرئيس"
    assert named["خالد عودة"].role.startswith("مدير المخابرات")


def test_an_office_opened_with_and_after_a_titled_name_is_the_next_persons():
    text = "قمة جمعت الأمير حمد ورئيس أوغندا بول موسيفيني ورئيس جمهورية بوروندي إيفاريست ندايشيمي."
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.country) for m in read.mentions if m.head] == [
        ("بول موسيفيني", "UG"),
        ("إيفاريست ندايشيمي", "BI"),
    ]


def test_a_list_of_offices_each_set_off_from_its_holder_by_a_comma(extract):
    (meeting,) = extract(
        "التقى السفير جان لوران برئيس الحكومة، سالم الورفلي ووزير الدفاع الليبي، "
        "نادر الحاسي ووزير الداخلية، عماد الزوي."
    )
    found = people(meeting)
    assert found["سالم الورفلي"].role == "رئيس الحكومة"
    assert (found["نادر الحاسي"].ministry, found["نادر الحاسي"].country) == ("defense", "LY")


def test_the_emir_of_the_country_after_a_name_is_its_office(extract):
    text = (
        "تسلم الشيخ فهد بن سالم آل ثاني أمير البلاد المفدى رسالة خطية. وقام بتسليم الرسالة "
        "وزير الخارجية الأردني سامر العلي لدى استقبال سمو الأمير له بقصر الوجبة."
    )
    (meeting,) = extract(text)
    found = people(meeting)
    assert set(found) == {"فهد بن سالم آل ثاني", "سامر العلي"}
    assert found["فهد بن سالم آل ثاني"].country == "QA"


def test_an_emir_s_office_after_his_house_s_name_is_his(extract):
    (meeting,) = extract(
        "التقى الشيخ فهد بن سالم آل ثاني أمير قطر الشيخ نواف الأحمد الصباح أمير الكويت في الدوحة."
    )
    assert people(meeting)["فهد بن سالم آل ثاني"].role == "أمير قطر"


def test_an_adviser_named_after_his_principal_and_what_he_advises_on(extract):
    (meeting,) = extract(
        "استقبل الرئيس الجزائري سالم بلقاسم مستشار الرئيس الأمريكي جون ترامب للشؤون العربية "
        "والإفريقية، مسعد حداد، والوفد المرافق له."
    )
    assert people(meeting)["مسعد حداد"].role == "مستشار الرئيس"


def test_an_office_right_after_another_of_another_state_is_its_own_holder_s(extract):
    # "وزير" opens with و yet is no word joined to the portfolio before it
    (meeting,) = extract(
        "التقى العاهل الأردني في عمان أمس، ثم استقبل الرئيس المصري وزير الدفاع التركي "
        "كمال دمير وبحث معه أمن الحدود."
    )
    minister = people(meeting)["كمال دمير"]
    assert (minister.role, minister.country) == ("وزير الدفاع", "TR")


def test_a_name_after_an_office_and_a_comma_opening_with_b_is_the_one_met(extract):
    (meeting,) = extract(
        "استقبل الفريق أول سالم الهمامي وزير الدفاع أمس في مكتبه وفدا، واجتمع القائد "
        "العام، بعمر فاروق، رئيس الحكومة الماليزية."
    )
    assert people(meeting)["عمر فاروق"].role == "رئيس الحكومة"


def test_a_rank_written_onto_b_opens_the_name_of_the_one_met(extract):
    (meeting,) = extract(
        "وصل الفريق أول سالم الهمامي القائد العام إلى كوالالمبور أمس، واجتمع القائد العام "
        "بعدها بالفريق أول شاهد ظفر حيدر، قائد الجيش الماليزي."
    )
    chief = people(meeting)["شاهد ظفر حيدر"]
    assert (chief.role, chief.country) == ("قائد الجيش", "MY")
    (meeting,) = extract("اجتمع وزير الدفاع سالم الهمامي أمس بالفريق أول شاهد ظفر حيدر.")
    assert people(meeting)["شاهد ظفر حيدر"].role is None


def test_the_un_s_adjective_after_an_office_names_no_body():
    read = read_mentions(LEX, tokenize("والتقى المبعوث الأممي إلى ليبيا جون ميلر أمس."))
    (mention,) = read.mentions
    assert (mention.country, mention.org) == ("UN", None)


def test_an_office_right_after_a_bare_title_with_the_article_is_another_s():
    read = read_mentions(LEX, tokenize("واستقبل الرئيس نائب رئيس الوزراء الصيني، وانغ لي."))
    (mention,) = read.mentions
    assert (mention.name, mention.role, mention.country) == ("وانغ لي", "نائب رئيس الوزراء", "CN")
    assert [o.role for o in read.offices] == ["الرئيس"]


def test_the_representative_of_an_office_holder_is_the_name_after_his_principal_s():
    _, (mention,), _, _ = read(
        "وكان في مقدمة مستقبليه ممثل رئيس مجلس الشيوخ فريد حداد النائب خالد عواد"
    )
    assert mention.name == "خالد عواد"
    assert mention.role == "ممثل رئيس مجلس الشيوخ"


def test_an_office_held_in_someone_s_capacity_takes_no_name_after_it():
    _, mentions, offices, _ = read(
        "وبحث الترتيبات التي تولتها الحكومة بوصفها رئيسا للمنظمة لضمان نجاح القمة."
    )
    assert mentions == [] and offices == []


def test_the_name_after_an_agent_of_a_principal_with_an_epithet_is_the_principal_s():
    found = roles("استقبل الوزير في بغداد ممثل المرشد الأعلى حسن الطباطبائي، مهدي رضا نوري.")
    assert found["مهدي رضا نوري"][0] == "ممثل المرشد الأعلى"
    assert "حسن الطباطبائي" not in found


def test_a_senior_adviser_s_principal_named_after_the_office_is_not_its_holder():
    found = roles(
        "اجتمع الوزير مع سليم داود، كبير مستشاري الرئيس الفرنسي جان لوران للشؤون "
        "الأفريقية، في باريس."
    )
    assert found["سليم داود"][0] == "كبير مستشاري الرئيس"
    assert "جان لوران" not in found


def test_two_offices_before_a_nationality_in_the_dual_are_both_of_its_state():
    _, _, offices, _ = read("بدأ وزير الداخلية ومدير الأمن العام الأردنيان جولة في تونس.")
    assert [(o.role, o.country) for o in offices] == [
        ("وزير الداخلية", "JO"),
        ("مدير الأمن العام", "JO"),
    ]


def test_a_university_named_like_a_person_is_part_of_its_director_s_office():
    text = "التقى مدير جامعة أم البواقي المكلف الدكتور سالم بن علي الحربي السفير الفرنسي."
    assert roles(text)["سالم بن علي الحربي"][0] == "مدير جامعة أم البواقي المكلف"


def test_what_a_state_is_said_to_do_after_its_envoy_is_no_name():
    _, mentions, offices, _ = read("لن يستقبل المجلس سفير دولة تدعم الحصار على المدينة.")
    assert mentions == []
    assert [o.role for o in offices] == ["سفير دولة"]


def test_an_adviser_s_principal_named_by_the_family_name_told_before_then_the_adviser():
    text = (
        "استقبل رئيس البلدية سمير حداد السفير الفرنسي جان ماري بحضور نائب الرئيس أحمد "
        "علي، ومستشارة الرئيس حداد ليلى منصور."
    )
    assert roles(text)["ليلى منصور"] == ("مستشارة الرئيس", None)


def test_a_consul_posted_in_a_province_named_by_its_noun_holds_the_name_after_it():
    text = "اجتمع المحافظ سالم محمد بالقنصل العام التركي في ولاية سوسة السيد كمال أرسلان."
    assert roles(text)["كمال أرسلان"] == ("القنصل العام", "TR")


def test_a_minister_of_state_holds_the_name_after_it():
    assert "خليفة شاهين" in roles("التقى وزير دولة خليفة شاهين في أبوظبي سفير اليونان.")


def test_a_university_s_name_with_no_title_after_it_leaves_the_holder_named():
    text = "استقبل رئيس الوزراء سالم عمران رئيس جامعة بيرزيت بشارة حنا."
    assert any(name.endswith("بشارة حنا") for name in roles(text))


def test_a_family_name_of_another_office_is_the_adviser_s_own():
    text = "استقبل وزير الخارجية فؤاد حسين السفير التركي، بحضور مستشار الرئيس حسين علي سالم."
    assert "حسين علي سالم" in roles(text)


def test_an_envoy_posted_in_a_province_does_not_take_its_governor_s_name():
    text = "والتقى القنصل الياباني في محافظة البصرة سالم العيداني محافظ البصرة."
    assert roles(text)["سالم العيداني"][0] == "محافظ البصرة"


def test_a_plural_nationality_of_a_noun_in_the_second_office_is_not_the_first_s():
    _, _, offices, _ = read(
        "استقبل وزير الشؤون الاجتماعية ورئيس لجنة المهجرين السوريين المفوض الأممي."
    )
    assert offices[0].country is None


def test_a_verb_s_noun_after_an_office_and_a_comma_is_no_name():
    assert roles("وجدد وزير الداخلية، اعتزاز حكومته بالعلاقات مع الكويت.") == {}


def test_a_body_represented_by_another_holds_no_representative_s_office(extract):
    (meeting,) = extract(
        "انطلق أمس الاجتماع الذي تنظمه وزارة الداخلية ممثلة بالإدارة العامة للموانئ، "
        "بمشاركة وزير الداخلية سالم العلي ونظيره البحريني كمال حسن."
    )
    assert [p.role for p in meeting.participants if p.name is None] == []
