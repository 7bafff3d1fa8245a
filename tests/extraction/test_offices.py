import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.office_details import (
    phrase_country,
    phrase_ministry,
    phrase_org,
    phrase_stateless,
    short_role,
)
from meetings.extraction.offices import extend_phrase
from meetings.extraction.tokens import tokenize

from .conftest import people, roles

LEX = load_lexicon()


def test_an_office_phrase_ends_before_the_name():
    tokens = tokenize("نائب وزير الخارجية الياباني كينجي ساتو")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["كينجي", "ساتو"]
    assert phrase_country(LEX, tokens, 1, end) == "JP"
    assert phrase_ministry(LEX, tokens, 0, end) == "foreign"
    assert phrase_org(LEX, tokens, 0, end) == "وزارة الخارجية"
    assert short_role(LEX, tokens, 0, end) == "نائب وزير الخارجية"


def test_the_host_state_of_an_ambassador_is_not_his():
    tokens = tokenize("السفير الإيطالي لدى ليبيا جوزيبي بوتشينو")
    end = extend_phrase(LEX, tokens, 1)
    assert end == 4
    assert phrase_country(LEX, tokens, 1, end) == "IT"


def test_feminine_office(extract):
    text = (
        "بحثت وزيرة الخارجية الليبية هدى المبروك مع وزيرة الخارجية الألمانية آنا شميت ملف الهجرة."
    )
    (meeting,) = extract(text)
    german = people(meeting)["آنا شميت"]
    assert (german.country, german.ministry) == ("DE", "foreign")


def test_countries_from_adjectives_offices_and_institutions(extract):
    text = (
        "استقبل رئيس المجلس الرئاسي الليبي منصور الفيتوري سفير بريطانيا لدى ليبيا جون سميث "
        "ونائبة رئيس المفوضية الأوروبية ماريا لوبيز وممثل بعثة الأمم المتحدة عادل كريم."
    )
    (meeting,) = extract(text)
    countries = {name: p.country for name, p in people(meeting).items()}
    assert countries == {
        "منصور الفيتوري": "LY",
        "جون سميث": "GB",
        "ماريا لوبيز": "EU",
        "عادل كريم": "UN",
    }


def test_ministries_from_offices(extract):
    text = (
        "التقى وزير العدل الليبي سالم النوري وزير الصحة الإيطالي ماركو روسي "
        "ووزير الدولة لشؤون الهجرة كامل سعد."
    )
    (meeting,) = extract(text)
    ministries = {name: p.ministry for name, p in people(meeting).items()}
    assert ministries == {"سالم النوري": "justice", "ماركو روسي": "health", "كامل سعد": "other"}


def test_a_two_word_office(extract):
    text = "استقبل وزير الداخلية الليبي نادر سالم القائم بالأعمال الكندي جون براون في طرابلس."
    (meeting,) = extract(text)
    assert people(meeting)["جون براون"].country == "CA"


def test_and_to_is_not_an_office(extract):
    text = (
        "التقى وزير الداخلية الليبي نادر سالم نظيره النيجري عثمان ساني، ودعا الوزير "
        "إلى التنسيق وإلى إنشاء قوة مشتركة للدوريات."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"نادر سالم", "عثمان ساني"}


def _phrase(text: str, head: int) -> str:
    tokens = tokenize(text)
    end = extend_phrase(LEX, tokens, head + 1)
    return " ".join(t.text for t in tokens[head:end])


def test_a_given_name_ends_the_office():
    text = "ومفوض الاتحاد الأوروبي لسياسة الجوار ومفاوضات التوسع أوليفر دانتي"
    assert _phrase(text, 0) == "ومفوض الاتحاد الأوروبي لسياسة الجوار ومفاوضات التوسع"


def test_a_body_s_acronym_is_part_of_the_office():
    text = "قائد القيادة العسكرية الأمريكية في أفريقيا (أفريكوم)، الجنرال جون سميث"
    phrase = _phrase(text, 0)
    assert "أفريكوم" in phrase and "الجنرال" not in phrase


def test_a_portfolio_goes_on_through_words_no_lexicon_knows():
    text = "عقد وزير الداخلية وترقية اللامركزية والتنمية المحلية، سالم ولد أحمد"
    assert _phrase(text, 1) == "وزير الداخلية وترقية اللامركزية والتنمية المحلية"


def test_an_office_with_b_is_the_object_of_a_verb():
    assert _phrase("التقى الوزير الإيطالي برئيس الجمهورية", 1) == "الوزير الإيطالي"


def test_the_portfolio_may_come_further_on():
    text = "الوزير المسؤول عن الشؤون الخارجية في سلطنة عمان"
    tokens = tokenize(text)
    end = extend_phrase(LEX, tokens, 1)
    assert end == len(tokens)
    assert phrase_ministry(LEX, tokens, 0, end) == "foreign"
    assert phrase_country(LEX, tokens, 1, end) == "OM"


def test_a_possessive_office_is_of_the_nationality_named_before(extract):
    text = (
        "عقب زيارة الرئيس القبرصي إلى ليبيا الشهر الماضي، وصل وزير خارجيته أندرياس "
        "خريستو إلى مصراتة واجتمع بعميد البلدية الليبي مختار بن علي."
    )
    (meeting,) = extract(text)
    assert people(meeting)["أندرياس خريستو"].country == "CY"


def test_a_department_named_after_a_state_is_not_of_it(extract):
    [meeting] = extract(
        "استقبل رئيس البرلمان سالم الفيتوري رئيس قسم ليبيا في الخارجية اليونانية نيكوس ستافرو."
    )
    assert people(meeting)["نيكوس ستافرو"].country == "GR"


def test_a_rank_without_the_article_before_a_given_name_is_no_office_of_it(extract):
    [meeting] = extract(
        "التقى وكيل وزارة الداخلية سالم الهادي السفير التشادي محمد صالح، بحضور "
        "رئيس لجنة الحدود، عميد مصطفى الفيتوري."
    )
    assert "مصطفى الفيتوري" in people(meeting)


def test_a_conjunction_written_apart_goes_on_with_the_portfolio(extract):
    [meeting] = extract(
        "ترأس وزير الداخلية و الجماعات المحلية و التهيئة العمرانية السيد كمال بلقاسم "
        "اجتماعا مع وزير خارجية مالي عمر كوليبالي و وزير خارجية تشاد أحمد علي."
    )
    found = people(meeting)
    assert found["كمال بلقاسم"].ministry == "interior"
    # Before a name, the conjunction written apart still starts another person.
    assert {"عمر كوليبالي", "أحمد علي"} <= set(found)


def test_a_leading_member_of_a_body_is_one_more_office_before_the_name(extract):
    [meeting] = extract(
        "استقبل مستشار الأمن القومي القيادي في منظمة الفجر عادل الكبيسي رئيس جهاز "
        "المخابرات التركي أحمد دمير."
    )
    assert "عادل الكبيسي" in people(meeting)


def test_a_remit_with_bi_goes_on_with_the_office(extract):
    (meeting,) = extract(
        "التقى وزير الداخلية التونسي كمال بن صالح مفوض الحكومة الألمانية المختص بإبرام "
        "اتفاقات الهجرة هانس مولر."
    )
    assert "هانس مولر" in people(meeting)


def test_head_of_state_as_an_office(extract):
    (meeting,) = extract(
        "استقبل رئيس الجمهورية، رأس الدولة الفريق سالم دوكو وزير الشباب الليبي منير الساحلي."
    )
    assert set(people(meeting)) == {"سالم دوكو", "منير الساحلي"}


def test_a_remit_s_genitive_stays_in_the_office(extract):
    (meeting,) = extract(
        "استقبل الرئيس سالم الرحبي المبعوث الخاص للأمين العام المكلف بملف الصحراء الغربية، "
        "السيد ماركو روسي."
    )
    assert set(people(meeting)) == {"سالم الرحبي", "ماركو روسي"}


@pytest.mark.parametrize(
    "office, role",
    [
        ("المنسق الخاص للأمم المتحدة لعملية التسوية في المنطقة", "المنسق الخاص"),
        ("المبعوث الأممي لعمليات حفظ السلام", "المبعوث"),
    ],
)
def test_a_process_an_envoy_answers_for_stays_in_the_office(extract, office, role):
    (meeting,) = extract(f"التقى رئيس الوزراء خالد سالم، اليوم في مكتبه، {office} يوهان برنت.")
    envoy = next(p for p in meeting.participants if p.name == "يوهان برنت")
    assert (envoy.role, envoy.country) == (role, "UN")


def test_after_a_meeting_noun_an_office_with_li_is_the_other_party(extract):
    text = (
        "أكد رئيس مصلحة الجوازات العقيد سالم الرحبي أن الخطة جاهزة. وجاء ذلك خلال لقاء "
        "رئيس مصلحة الجوازات لسفير اليابان لدى ليبيا، جان ماتيو."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الرحبي", "جان ماتيو"}


def test_after_its_town_a_council_s_office_ends_before_a_name_no_lexicon_knows():
    tokens = tokenize("رئيس بلدية بنغازي الصقر بوجواري، ورئيس الغرفة")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[:end]] == ["رئيس", "بلدية", "بنغازي"]


def test_an_office_goes_on_with_the_region_it_serves_after_li():
    tokens = tokenize("ممثلة الاتحاد الأوروبي لدول الساحل ماريا روسي في")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]][:2] == ["ماريا", "روسي"]


@pytest.mark.parametrize("region", ["الشرق الأوسط", "الصحراء الغربية", "القرن الأفريقي"])
def test_an_envoy_s_office_goes_on_with_a_region_after_ila(region):
    tokens = tokenize(f"نائبة المبعوث الأمريكي إلى {region} سارة ميلر، كان")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]][:2] == ["سارة", "ميلر"]


def test_a_bare_title_and_a_family_name_before_the_other_party_s_office(extract):
    (meeting,) = extract(
        "وفي الربيع الماضي التقى الوزير الكبيسي وزير خارجية كندا جون هارت، وتناول اللقاء "
        "العلاقات الثنائية."
    )
    guest = next(p for p in meeting.participants if p.name == "جون هارت")
    assert guest.country == "CA"
    # the minister named by his family name alone stays a party by his office
    assert [p.role for p in meeting.participants if p.name is None] == ["الوزير"]


def test_an_office_heading_a_known_body_too_before_a_comma_and_its_holder():
    tokens = tokenize("وزير الشؤون الأفريقية وجامعة الدول العربية، عبد الكريم سالم والسفير")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end : end + 4]] == ["،", "عبد", "الكريم", "سالم"]


def test_a_town_council_keeps_the_town_s_name_however_unknown():
    for town in ("الزاوية", "تازربو"):
        tokens = tokenize(f"عميد بلدية {town} سالم عمر الفيتوري")
        end = extend_phrase(LEX, tokens, 1)
        assert [t.text for t in tokens[end:]] == ["سالم", "عمر", "الفيتوري"]
    # A given name after the council word is the holder's: the office has no town.
    tokens = tokenize("عميد البلدية سالم عمر الفيتوري")
    assert extend_phrase(LEX, tokens, 1) == 2


def test_a_state_s_national_security_council_is_not_the_un_s():
    tokens = tokenize("الأمين العام لمجلس الأمن القومي الإيراني حسن رضائي")
    end = extend_phrase(LEX, tokens, 1)
    assert phrase_country(LEX, tokens, 1, end) == "IR"
    tokens = tokenize("سكرتير مجلس الأمن الروسي سيرغي بافلوف")
    assert phrase_country(LEX, tokens, 1, extend_phrase(LEX, tokens, 1)) == "RU"
    tokens = tokenize("رئيس مجلس الأمن الدولي")
    assert phrase_country(LEX, tokens, 1, extend_phrase(LEX, tokens, 1)) == "UN"


def test_a_region_named_by_its_side_of_a_place_stays_in_the_office():
    for office in ("محافظ شمال سيناء", "والي جنوب دارفور"):
        tokens = tokenize(f"{office} خالد سالم")
        assert [t.text for t in tokens[extend_phrase(LEX, tokens, 1) :]] == ["خالد", "سالم"]


def test_the_world_food_programme_under_either_name_is_the_un_s():
    for body in ("برنامج الأغذية العالمي", "برنامج الغذاء العالمي"):
        tokens = tokenize(f"المدير التنفيذي ل{body} ديفيد بيل")
        assert phrase_country(LEX, tokens, 1, extend_phrase(LEX, tokens, 1)) == "UN"


@pytest.mark.parametrize(
    "office",
    [
        "مسؤول منظمة الاوتشا في اليمن",
        "مدير فرع الأممالمتحدة في تونس",  # the UN's name as often glued
        "ممثل مفوضية شؤون اللاجئين في العراق",
        "الأمين العام للمنظمة البحرية الدولية",
        "مبعوث المنظمة الدولية إلى ليبيا",  # the UN, as news calls it
    ],
)
def test_un_agencies_under_their_other_names_are_the_un_s(office):
    tokens = tokenize(f"{office} جون سميث")
    assert phrase_country(LEX, tokens, 1, extend_phrase(LEX, tokens, 1)) == "UN"


def test_the_international_police_organisation_is_not_the_un_s():
    tokens = tokenize("أمين عام المنظمة الدولية للشرطة الجنائية جون سميث")
    assert phrase_country(LEX, tokens, 1, extend_phrase(LEX, tokens, 1)) is None


def test_a_coordinated_portfolio_that_is_also_a_topic_word_goes_on():
    tokens = tokenize("وزير الطاقة وأمن الشبكات البلجيكي، فلان")
    assert extend_phrase(LEX, tokens, 1) == 5


def test_a_body_after_lam_and_a_section_take_their_genitive():
    assert extend_phrase(LEX, tokenize("المدير التنفيذي لمركز الحوار الدولي، برفقة"), 1) == 5
    assert extend_phrase(LEX, tokenize("ورئيس قسم حقوق الطفل في الوزارة"), 1) == 6


def test_affairs_take_a_genitive_chain():
    assert extend_phrase(LEX, tokenize("مساعد الوزير لشؤون حقوق المرأة فلان"), 1) == 5


def test_a_governor_s_office_ends_with_the_province_it_names():
    # Morocco's "عامل إقليم": the province, then the holder's name
    tokens = tokenize("عامل إقليم الحسيمة علي بنعمر")
    assert [t.text for t in tokens[extend_phrase(LEX, tokens, 2) :]] == ["علي", "بنعمر"]


def test_a_posting_may_name_two_states():
    tokens = tokenize("قائد قوات التحالف في مالي والنيجر الجنرال جون بيل")
    assert [t.text for t in tokens[extend_phrase(LEX, tokens, 1) :]] == ["الجنرال", "جون", "بيل"]


def test_a_word_naming_a_state_and_a_city_is_the_state_in_construct():
    # "عمان" is Oman and, without its shadda, Amman
    tokens = tokenize("وزير خارجية عمان سالم الحارثي")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["سالم", "الحارثي"]
    assert phrase_country(LEX, tokens, 1, end) == "OM"


@pytest.mark.parametrize(
    "text, role",
    [
        ("استقبل مدير أمن طرابلس العميد سالم كريم القنصل الإيطالي جون سميث.", "مدير أمن طرابلس"),
        ("استقبل قائد شرطة دبي اللواء سالم كريم الملحق الأمريكي جون سميث.", "قائد شرطة دبي"),
    ],
)
def test_a_city_after_a_noun_in_construct_is_the_office_s(text, role):
    read = read_mentions(LEX, tokenize(text))
    holder = next(m for m in read.mentions if m.name == "سالم كريم")
    assert holder.role == role


def test_an_office_as_a_verb_s_object_takes_its_genitive_too(extract):
    [meeting] = extract("التقى الوزير سالم الكبير بوزير خارجية غانا كوامي أدجاي أوبونغ.")
    guest = next(p for p in meeting.participants if p.name == "كوامي أدجاي أوبونغ")
    assert (guest.ministry, guest.country) == ("foreign", "GH")


def test_a_moroccan_governor_named_by_the_province_s_noun_alone_is_an_office(extract):
    [meeting] = extract("التقى السفير الأمريكي جون براون عامل الإقليم سالم الودغيري.")
    assert people(meeting)["سالم الودغيري"].role == "عامل الإقليم"


def test_an_envoy_named_muwfad_holds_an_office(extract):
    [meeting] = extract(
        "بحث رئيس الوزراء اللبناني نبيل سلامة مع الموفد الأمريكي جون براون الأوضاع."
    )
    assert people(meeting)["جون براون"].role == "الموفد"


@pytest.mark.parametrize(
    "text, role",
    [
        ("استقبل الوزير سالم الكبير وفدا ضم المقرر العام “مفتاح المقريف”.", "المقرر العام"),
        ("استقبل الوزير سالم الكبير مقرر المجلس سعيد الورفلي.", "مقرر المجلس"),
    ],
)
def test_a_rapporteur_holds_an_office(extract, text, role):
    [meeting] = extract(text)
    holder = next(p for p in meeting.participants if p.name != "سالم الكبير")
    assert holder.role == role


def test_who_is_charged_with_running_a_ministry_holds_its_office(extract):
    [meeting] = extract(
        "استقبل رئيس الحكومة سالم الكبير، في حضور وزيرة العدل حليمة سالم والمُكلف بتسيير "
        "مهام وزارة الخارجية عادل الورفلي، سفير مالطا جون كاميليري."
    )
    assert people(meeting)["عادل الورفلي"].ministry == "foreign"


def test_after_a_meeting_noun_an_office_with_lam_is_the_one_received(extract):
    text = (
        "أكد وزير الداخلية المكلف سالم الفرجاني أهمية الأمن. وكان ذلك أثناء استقبال الوزير "
        "لنائب المدير العام للشؤون الأمنية بالاتحاد الأوروبي “ماركو فيلان” والوفد المرافق له."
    )
    (meeting,) = extract(text)
    named = people(meeting)
    assert set(named) == {"سالم الفرجاني", "ماركو فيلان"}
    assert (named["ماركو فيلان"].role, named["ماركو فيلان"].country) == ("نائب المدير العام", "EU")


def test_a_given_name_with_the_article_after_a_bare_title_opens_the_name(extract):
    text = "التقى السفير الإيطالي ماريو بلانكي، اليوم، بالنائب الصالحين بوزقية في مدينة البيضاء."
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"ماريو بلانكي", "الصالحين بوزقية"}


@pytest.mark.parametrize("office", ["المدير العام لخفر السواحل", "المدير العام لحرس الحدود"])
def test_a_body_of_a_noun_and_its_genitive_after_lam_is_the_office_s(office):
    # "لخفر السواحل": ل on a noun the lexicon knows heads a genitive, not "لل".
    (mention,) = read_mentions(LEX, tokenize(f"واستقبل الوفد {office} سالم الهنشيري")).mentions
    assert mention.name == "سالم الهنشيري"
    assert mention.role.endswith("المدير العام")


def test_a_definite_office_of_its_own_nationality_after_a_complete_office_is_another():
    tokens = tokenize("حمل رئيس الجمهورية الموفد الفرنسي رسالة")
    assert extend_phrase(LEX, tokens, 2) == 3
    # a definite head with no nationality may still qualify the office
    tokens = tokenize("وكيل الوزارة المساعد لشؤون العمل")
    assert extend_phrase(LEX, tokens, 1) > 2


def test_the_chief_of_a_ministry_s_advisers_is_an_office():
    found = {
        m.name: (m.country, m.ministry)
        for m in read_mentions(
            LEX, tokenize("استقبل الوزير كبير مستشاري وزارة الدفاع البريطانية الفريق جون ميلر.")
        ).mentions
    }
    assert found["جون ميلر"] == ("GB", "defense")


def test_a_remit_ends_before_a_given_name_with_its_article():
    tokens = tokenize("نائب رئيس الحكومة المكلف بوزارة الداخلية الصديق عبد الكريم")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["الصديق", "عبد", "الكريم"]


def test_a_second_remit_with_a_genitive_chain_of_its_own_goes_on_with_the_office():
    tokens = tokenize("وزيرة الدفاع وشؤون قدامى المحاربين الكينية ماري كاماو")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["ماري", "كاماو"]


def test_an_office_the_lexicon_lists_whole_as_a_body_is_of_that_body():
    tokens = tokenize("المفوض السامي لشؤون اللاجئين يان هانسن")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["يان", "هانسن"]
    assert phrase_country(LEX, tokens, 1, end) == "UN"


def test_a_body_after_an_office_is_read_whole_though_its_words_carry_prepositions():
    tokens = tokenize("الأمين المساعد لمجلس التعاون لدول الخليج العربية سالم الكندي")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["سالم", "الكندي"]
    assert phrase_stateless(LEX, tokens, 1, end)


def test_the_sultan_of_oman_is_an_office_though_sultan_is_a_given_name(extract):
    (meeting,) = extract(
        "استقبل سلطان عمان، هيثم الراشدي، الخميس، وزير الخارجية الكويتي سالم الصباح."
    )
    sultan = people(meeting)["هيثم الراشدي"]
    assert (sultan.role, sultan.country) == ("سلطان عمان", "OM")
    named = extract("التقى الأمير سلطان بن فهد وزير الخارجية الكويتي سالم الصباح.")
    assert "سلطان بن فهد" in people(named[0])


def test_an_office_goes_on_over_a_body_after_a_conjunction_written_apart():
    tokens = tokenize("وزير الشؤون الأفريقية و جامعة الدول العربية سالم بن علي")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["سالم", "بن", "علي"]


def test_a_woman_charge_d_affaires_is_an_office_that_ends_the_name_before_it(extract):
    (meeting,) = extract(
        "التقى الرئيس الصومالي حسن شيخ محمود القائمة بأعمال السفارة البريطانية بمقديشو "
        "آن ويليامز في الرياض."
    )
    chargee = people(meeting)["آن ويليامز"]
    assert (chargee.role, chargee.country) == ("القائمة بأعمال السفارة", "GB")


def test_a_remit_s_genitive_chain_goes_on_and_the_people_it_serves_give_no_state():
    tokens = tokenize("مدير إدارة شؤون مخيمات اللاجئين الصوماليين بكينيا العقيد عمر فارح")
    end = extend_phrase(LEX, tokens, 1)
    assert [t.text for t in tokens[end:]] == ["العقيد", "عمر", "فارح"]
    assert phrase_country(LEX, tokens, 1, end) == "KE"


def test_a_second_body_with_the_holder_s_nationality_before_the_name_stays_in_the_office():
    read = read_mentions(
        LEX,
        tokenize(
            "والتقى وزير الشؤون الإفريقية وجامعة الدول العربية الجزائري سالم بن علي "
            "صباح أمس رؤساء الوفود."
        ),
    )
    assert [(m.name, m.role) for m in read.mentions] == [("سالم بن علي", "وزير الشؤون الإفريقية")]


def test_an_office_of_a_company_goes_on_over_the_company_s_name():
    names = roles("استقبل الرئيس المدير العام لمجمع ترانكسو، سالم العلي، اليوم، السفير الإيطالي.")
    assert names["سالم العلي"][0] == "الرئيس المدير العام لمجمع ترانكسو"


def test_an_office_goes_on_over_the_sector_it_serves():
    tokens = tokenize(
        "وشارك في الاجتماع سالم العلي، وكيل وزارة الصحة لقطاع الموارد البشرية، والسفير كمال حسن."
    )
    orgs = {m.name: m.org for m in read_mentions(LEX, tokens).mentions}
    assert orgs["سالم العلي"] == "وزارة الصحة لقطاع الموارد البشرية"


def test_an_office_goes_on_over_the_government_served_after_b():
    names = roles("التقى وزير الزراعة بحكومة تسيير الأعمال سالم العلي سفير قبرص جون بورغ.")
    assert names["سالم العلي"][0] == "وزير الزراعة"


def test_the_court_an_office_serves_at_is_its_body():
    (office,) = read_mentions(LEX, tokenize("وحضر المحامي العام بمحكمة استئناف مصراتة.")).offices
    assert office.org == "محكمة استئناف مصراتة"


def test_an_office_goes_on_past_and_written_apart_before_one_more_word():
    text = "كشف الوزير المكلف بالشؤون المغاربية و الإفريقية سالم بن عودة أمس عن اجتماع"
    assert set(roles(text)) == {"سالم بن عودة"}


def test_an_office_ends_before_and_a_compound_given_name():
    tokens = tokenize("والسفير حسن مبوا سفير الصومال وعبد الله سالم القائم بالأعمال")
    assert extend_phrase(LEX, tokens, 4) == 5


def test_a_bare_title_with_the_article_takes_no_plural_as_its_genitive():
    tokens = tokenize("ناقش الوزير العلاقات الثنائية مع نائب رئيس الوزراء")
    assert extend_phrase(LEX, tokens, 2) == 2


def test_an_office_answering_for_a_dossier_goes_on_to_whose_it_is(extract):
    [meeting] = extract(
        "استقبل رئيس الوزراء سليم حداد، أمس، المفوضة المسؤولة عن ملف الشرق الأوسط، "
        "يوهانا ليندكفيست، التي أكدت دعم الاتحاد الأوروبي."
    )
    assert "يوهانا ليندكفيست" in people(meeting)


def test_a_governor_is_of_the_state_of_the_city_governed(extract):
    [meeting] = extract(
        "وأكدت المبعوثة الأممية سارة ليندبرغ، خلال لقاء مع محافظ البصرة، أن الاتفاق خطوة أولى."
    )
    governor = next(p for p in meeting.participants if not p.name)
    assert (governor.role, governor.country) == ("محافظ البصرة", "IQ")


def test_an_office_serving_two_regions_goes_on_to_the_second():
    tokens = tokenize("الممثل الخاص لغرب إفريقيا ومنطقة الساحل، فرانسوا لوفيفر")
    end = extend_phrase(load_lexicon(), tokens, 1)
    assert tokens[end - 1].text == "الساحل"


def test_the_building_a_meeting_is_held_in_is_not_the_office_s():
    tokens = tokenize("رئيس المجلس العالمي للتسامح في القصر الرئاسي، سالم النعيمي")
    end = extend_phrase(load_lexicon(), tokens, 1)
    assert [t.text for t in tokens[:end]] == ["رئيس", "المجلس", "العالمي", "للتسامح"]


def test_a_spokesman_after_a_minister_is_another_office():
    tokens = tokenize("استقبل وزير الداخلية المتحدث باسم الحزب الاشتراكي ماركوس فيبر.")
    end = extend_phrase(load_lexicon(), tokens, 2)
    assert [t.text for t in tokens[1:end]] == ["وزير", "الداخلية"]


@pytest.mark.parametrize(
    "phrase, org",
    [
        ("رئيس مجلس الوزراء وزير الخارجية", "مجلس الوزراء"),
        ("رئيسة هيئة الشؤون المدنية عضو اللجنة المركزية", "هيئة الشؤون المدنية"),
        ("مدير مكتب رئيس الوزراء", "مكتب رئيس الوزراء"),  # the body is the office's
    ],
)
def test_the_body_of_an_office_ends_before_a_second_office_of_its_holder(phrase, org):
    tokens = tokenize(phrase)
    assert phrase_org(LEX, tokens, 0, len(tokens)) == org


def test_the_host_state_of_an_ambassador_is_skipped_whole():
    tokens = tokenize("السفير المعين لدى جمهورية إندونيسيا فهد الثقفي")
    end = extend_phrase(LEX, tokens, 1)
    assert phrase_country(LEX, tokens, 1, end) is None


def test_a_title_closing_an_office_phrase_before_the_name_is_no_part_of_its_body(extract):
    [meeting] = extract(
        "استقبل الرئيس سالم الهاشمي الأمين العام لوزارة الخارجية السفير كمال الغيلاني."
    )
    assert people(meeting)["كمال الغيلاني"].org == "وزارة الخارجية"


def test_an_office_s_head_closing_its_body_is_the_body_s(extract):
    [meeting] = extract("استقبل السفير الأمريكي جون ميلر مدير مكتب الرئيس فؤاد الطيب.")
    assert people(meeting)["فؤاد الطيب"].org == "مكتب الرئيس"


def test_an_envoy_s_bare_office_after_a_minister_s_is_another_person():
    tokens = tokenize("استقبل نائب وزير الخارجية سفير النرويج لدى المملكة هانس ليند")
    assert [t.text for t in tokens[extend_phrase(LEX, tokens, 2) :]][0] == "سفير"
    assert set(roles("عميد السلك الدبلوماسي سفير موريتانيا سيدي ولد أحمد حضر اللقاء")) == {
        "سيدي ولد أحمد"
    }


def test_a_mission_s_purpose_and_state_belong_to_its_head_s_office():
    text = "استقبل الوزير رئيس بعثة الأمم المتحدة لمساعدة العراق كريم الساعدي."
    assert roles(text)["كريم الساعدي"] == ("رئيس بعثة الأمم المتحدة", "UN")


def test_a_portfolio_after_affairs_without_the_article_goes_on_to_its_state():
    text = "التقى الوزير نائب وزير شؤون خارجية جمهورية قرغيزستان تالانت أومورزاكوف."
    assert roles(text)["تالانت أومورزاكوف"] == ("نائب وزير شؤون خارجية جمهورية قرغيزستان", "KG")


def test_a_region_no_lexicon_knows_ends_its_governor_s_office():
    text = "استقبل حاكم إقليم كردفان كمال أركو حامد السفير المصري."
    assert roles(text)["كمال أركو حامد"] == ("حاكم إقليم كردفان", None)


def test_a_body_of_several_words_after_in_belongs_to_the_office_not_to_a_name():
    text = "وحضر ليلى الحداد مسؤولة المراسم في برنامج الغذاء العالمي."
    assert set(roles(text)) == {"ليلى الحداد"}


def test_an_agency_s_country_office_is_not_qatar_s():
    text = "استقبل الوزير كمال الراشد المدير القطري لمنظمة اليونيسف جون ميلر."
    assert roles(text)["جون ميلر"] == ("المدير", "UN")
    assert roles("استقبل الوزير كمال الراشد السفير القطري سالم المري.")["سالم المري"][1] == "QA"


def test_a_foreign_officer_right_after_a_minister_s_portfolio_is_another_person(extract):
    meeting = extract(
        "استقبل وزير الداخلية رئيس أركان الحرس الوطني الإيطالي ماركو فيتالي، وبحثا "
        "التعاون الأمني. كما التقى وزير الداخلية مدير إدارة الهجرة في وزارة الخارجية "
        "الإسبانية خوان مورينو."
    )[0]
    named = people(meeting)
    assert named["ماركو فيتالي"].role == "رئيس أركان الحرس الوطني"
    assert "وزير الداخلية" in [p.role for p in meeting.participants if p.name is None]
    # A minister of state's portfolio, or a deputy premier's, is one person's.
    assert roles("وصل وزير الخارجية نائب رئيس الوزراء الأردني سامي العلي أمس.") == {
        "سامي العلي": ("وزير الخارجية نائب رئيس الوزراء", "JO")
    }
