import pytest

from meetings.extraction.known import KnownPeople
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.tokens import tokenize

from .conftest import people, read, roles

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


def test_a_name_with_no_office_known_by_what_it_is_made_of():
    read = read_mentions(LEX, tokenize("والتقى اليوم فتحي الدرسي مع ماركو بيانكي في روما."))
    assert {m.name for m in read.mentions} == {"فتحي الدرسي", "ماركو بيانكي"}


def test_a_given_name_that_is_an_ordinary_word_needs_a_cue_before_it():
    # "خليفة" is also "successor": a name only right after a meeting cue or "مع".
    assert read_mentions(LEX, tokenize("واختير خليفة المدير أمس.")).mentions == []
    read = read_mentions(LEX, tokenize("التقى خليفة الدرسي نظيره."))
    assert [m.name for m in read.mentions][:1] == ["خليفة الدرسي"]


def test_the_archive_s_people_are_recognised_anywhere():
    known = KnownPeople([("جوزيف كارانتي", [], "MT")])
    read = read_mentions(LEX, tokenize("وكان جوزيف كارانتي حاضرا."), known)
    assert [m.name for m in read.mentions] == ["جوزيف كارانتي"]


def test_a_son_carries_his_father_s_family_name():
    read = read_mentions(LEX, tokenize("التقى الفريق خالد، نجل المشير سالم منصور، الوزير."))
    assert read.mentions[0].name == "خالد منصور"


def test_a_visitor_s_delegation_is_of_the_visitor_s_state():
    text = (
        "استقبل الوزير أحمد سالم نظيره المغربي عمر التازي والوفد المرافق له الذي يضم"
        " مدير الأمن الوطني سعيد العلوي، ومدير الشرطة القضائية كريم البقالي."
    )
    read = read_mentions(LEX, tokenize(text))
    countries = {m.name: m.country for m in read.mentions}
    assert countries["سعيد العلوي"] == countries["كريم البقالي"] == "MA"


def test_someone_whose_greetings_are_conveyed_is_only_mentioned():
    text = "ونقل الوزير خلال اللقاء تحيات الرئيس التونسي منير الساحلي إلى مضيفه."
    read = read_mentions(LEX, tokenize(text))
    assert [m.kin for m in read.mentions] == [True]


def test_a_team_is_no_rank():
    read = read_mentions(LEX, tokenize("اتفق فريق التنسيق الفني المشترك على مشروع."))
    assert read.mentions == []


def test_ministers_listed_by_portfolio():
    text = "وزار الرئيس تشاد على رأس وفد ضم وزراء: الداخلية سالم الورفلي، والخارجية نجلاء العبيدي."
    read = read_mentions(LEX, tokenize(text))
    ministries = {m.name: m.ministry for m in read.mentions}
    assert ministries == {"سالم الورفلي": "interior", "نجلاء العبيدي": "foreign"}


def test_a_portfolio_after_a_minister_opens_another_minister():
    text = (
        "وبحضور وزير الخارجية (نجلاء العبيدي) والداخلية (سالم الورفلي) وشؤون الهجرة "
        "(اجديد الطاهر) تمت مناقشة التنسيق."
    )
    read = read_mentions(LEX, tokenize(text))
    ministries = {m.name: (m.role, m.ministry) for m in read.mentions}
    assert ministries["سالم الورفلي"] == ("وزير الداخلية", "interior")
    # a portfolio outside the codes, known by the bracketed name after it
    assert ministries["اجديد الطاهر"] == ("وزير شؤون الهجرة", "other")


def test_an_office_after_a_name_is_not_the_next_titled_person_s():
    text = (
        "دار اتصال بين سامح يوسف وزير الخارجية وشئون المصريين بالخارج وسمو الأمير "
        "تركي بن خالد وزير خارجية المملكة العربية السعودية، تناول الأوضاع في المنطقة."
    )
    read = read_mentions(LEX, tokenize(text))
    assert {m.name: m.country for m in read.mentions} == {
        "سامح يوسف": "EG",
        "تركي بن خالد": "SA",
    }


def test_a_delegation_s_nationality_is_its_members():
    text = (
        "وصل إلى مقديشو وفد إثيوبي برئاسة وزيرة الدفاع هيروت تسفاي ووزير الدولة للشؤون "
        "الخارجية برهانو ديبابا، في زيارة تستمر يومين."
    )
    read = read_mentions(LEX, tokenize(text))
    assert {m.name: m.country for m in read.mentions} == {
        "هيروت تسفاي": "ET",
        "برهانو ديبابا": "ET",
    }


def test_a_side_s_list_of_officers_each_with_an_office_after_a_semicolon(extract):
    text = (
        "عقد قائد الأركان العامة للجيوش الموريتاني الفريق محمد ولد أحمد اجتماعا مع الجنرال "
        "الأمريكي مارك سميث. وشارك فيه من الجانب الموريتاني، الفريق المختار ولد "
        "سالم؛ قائد الأركان المساعد، واللواء سيدي ولد محمد؛ قائد أركان الجيش البري، "
        "واللواء البحري أحمد ولد الطالب؛ قائد أركان البحرية."
    )
    (meeting,) = extract(text)
    officers = {"المختار ولد سالم", "سيدي ولد محمد", "أحمد ولد الطالب"}
    assert {name: p.country for name, p in people(meeting).items() if name in officers} == {
        name: "MR" for name in officers
    }
    assert people(meeting)["سيدي ولد محمد"].role == "قائد أركان الجيش البري"


def test_the_side_met_with_is_not_the_speaker_s():
    text = (
        "نوه الوزير بالتنسيق مع الجانب التركي في ضبط الحدود، وقال الوزير كريم الساعدي "
        "إن اللجان ستجتمع قريبا."
    )
    read = read_mentions(LEX, tokenize(text))
    assert {m.name: m.country for m in read.mentions} == {"كريم الساعدي": None}


def test_an_office_after_a_name_behind_a_preposition_is_someone_else():
    read = read_mentions(LEX, tokenize("خلال استقبال الشيخ سعود المطيري للوزير البريطاني."))
    (mention,) = read.mentions
    assert (mention.name, mention.role, mention.country) == ("سعود المطيري", None, None)
    assert [office.country for office in read.offices] == ["GB"]


def test_a_police_rank_and_a_jurists_title_are_no_part_of_the_name():
    read = read_mentions(LEX, tokenize("التقى اللواء شرطة حقوقي صديق حامد الجعلي أمس."))
    (mention,) = read.mentions
    assert mention.name == "صديق حامد الجعلي"


def test_the_object_marker_on_a_name_the_tokeniser_does_not_know_is_dropped(extract):
    (meeting,) = extract(
        "التقى وزير الداخلية السوداني صديق الجعلي، اليوم، بماري لوكاس، ممثلة المفوض السامي "
        "لشؤون اللاجئين."
    )
    assert set(people(meeting)) == {"صديق الجعلي", "ماري لوكاس"}
    assert people(meeting)["ماري لوكاس"].country == "UN"


def test_offices_joined_by_and_before_one_name_are_that_persons(extract):
    (meeting,) = extract(
        "استقبل وزير الخارجية الأردني سامي الخطيب نائبة المبعوث الخاص للأمم المتحدة في الأردن "
        "والمنسقة المقيمة هيلغا بيرغ."
    )
    assert people(meeting)["هيلغا بيرغ"].country == "UN"


def test_a_rank_after_an_office_and_and_opens_another_persons_name(extract):
    (meeting,) = extract(
        "وزار مدير البعثة الأوروبية والعقيد نوري الزاوي، قائد مركز التكوين، ورشة المركز "
        "في بنغازي حيث التقى المدير الزاوي."
    )
    assert people(meeting)["نوري الزاوي"].country != "EU"


@pytest.mark.parametrize("adviser", ["المستشار السياسي", "المستشار الإعلامي"])
def test_an_advisers_field_is_no_name(extract, adviser):
    meetings = extract(
        f"استقبل وزير الدفاع اليمني صالح الحوثري وفدا فرنسيا ضم الملحق العسكري و{adviser} للسفارة."
    )
    assert all(set(people(m)) <= {"صالح الحوثري"} for m in meetings)


def test_a_second_office_after_a_named_ones_is_the_same_persons():
    read = read_mentions(
        LEX, tokenize("التقى ماجد العتيبي، نائب رئيس الوزراء ووزير الداخلية، نظيره أمس.")
    )
    mention = next(m for m in read.mentions if m.name == "ماجد العتيبي")
    assert mention.ministry == "interior"
    assert read.offices == [] or all(o.ministry != "interior" for o in read.offices)


def test_one_person_heading_two_bodies_is_named_after_both(extract):
    [meeting] = extract(
        "التقى المدير العام للأمن الوطني ومديرية حماية الحدود عبد الكريم الفاسي "
        "السفير الإسباني خوان بيريز."
    )
    assert "عبد الكريم الفاسي" in people(meeting)


def test_names_listed_with_their_offices_after_them_lose_the_conjunction(extract):
    [meeting] = extract(
        "التقى الوزير سالم الهادي بكل من خوان بيريز، مدير المركز، وماتيو روسي، المفوض "
        "العام للمعلومات، وإنريك بارون، رئيس الشرطة."
    )
    assert {"خوان بيريز", "ماتيو روسي", "إنريك بارون"} <= set(people(meeting))


def test_how_an_office_stands_may_come_between_it_and_its_holder(extract):
    (meeting,) = extract(
        "اجتمع وزير الخارجية في الحكومة الصومالية المعترف بها دولياً، أحمد بن سالم، بوزير "
        "الخارجية العماني بدر الكيلاني."
    )
    yemeni = people(meeting)["أحمد بن سالم"]
    assert (yemeni.role, yemeni.country) == ("وزير الخارجية", "SO")
    assert all(p.name for p in meeting.participants)
    (meeting,) = extract(
        "التقى رئيس حكومة الإنقاذ منتهية الولاية عبد الحميد الكيلاني المفوض الأوروبي ماركو روسي."
    )
    assert people(meeting)["عبد الحميد الكيلاني"].role == "رئيس حكومة الإنقاذ"


def test_a_quoted_name_after_a_ship_is_the_ship_s(extract):
    (meeting,) = extract(
        "واستقبل وكيل وزارة الدفاع الليبي سالم الرحبي الملحق البحري اليوناني، وقائد "
        "الفرقاطة اليونانية “نجمة الشمال”، ومرافقيهما."
    )
    assert set(people(meeting)) == {"سالم الرحبي"}


def mention_of(text: str):
    (mention,) = read_mentions(LEX, tokenize(text)).mentions
    return mention


def test_the_hamza_of_affairs_and_officials_on_ya_or_dropped_reads_as_on_waw():
    for affairs in ("الشئون", "الشوون", "الشؤون"):
        mention = mention_of(f"استقبل وزير {affairs} الأوروبية الفرنسي جان مورو أمس.")
        assert (mention.ministry, mention.country) == ("other", "FR")
    assert mention_of("التقى المسئول الإيطالي ماركو روسي أمس.").role == "المسئول"


def test_a_masculine_nationality_after_feminine_affairs_is_the_minister_s():
    mention = mention_of("التقى وزير الشؤون الأوروبية الفرنسي جان مورو أمس.")
    assert mention.country == "FR"


def test_a_minister_of_state_and_minister_of_a_portfolio_holds_that_portfolio():
    mention = mention_of("وصل وزير الدولة وزير الداخلية النيجري عمر سالم أمس.")
    assert (mention.role, mention.ministry, mention.country) == (
        "وزير الدولة وزير الداخلية",
        "interior",
        "NE",
    )
    # Of state alone, or with a remit, it stays another portfolio.
    mention = mention_of("وصل وزير الدولة لشؤون الأمن عضو مجلس الوزراء عمر سالم أمس.")
    assert mention.ministry == "other"


def test_a_minister_for_his_own_citizens_abroad_is_their_state_s():
    mention = mention_of("التقى وزير الخارجية والهجرة وشؤون التونسيين بالخارج كمال الورتاني.")
    assert mention.country == "TN"
    # A department for another region's affairs says nothing of the minister's state.
    mention = mention_of("التقى وزير الشؤون الأوروبية كمال الورتاني.")
    assert mention.country is None


def test_a_remit_s_genitive_before_a_nationality_stays_in_the_office():
    mention = mention_of("استقبل الوزير وزير الدولة لشؤون المحاربين القدامى الفرنسي جان مورو.")
    assert (mention.name, mention.country) == ("جان مورو", "FR")


def test_a_responsible_source_is_no_office():
    read = read_mentions(LEX, tokenize("وصرح مصدر مسؤول بالأمانة العامة بأن الاجتماع انتهى."))
    assert (read.mentions, read.offices) == ([], [])


def test_a_minister_of_another_state_right_after_a_premier_holds_no_portfolio_of_his():
    mention = mention_of("استقبل رئيس الوزراء العراقي وزير الخارجية الإيراني مراد كاظمي أمس.")
    assert (mention.name, mention.role, mention.country) == ("مراد كاظمي", "وزير الخارجية", "IR")


def test_a_premier_who_also_holds_a_portfolio_holds_it():
    mention = mention_of("اتصل رئيس الوزراء الكويتي وزير الداخلية خالد بن سالم أمس بنظيره.")
    assert (mention.country, mention.ministry) == ("KW", "interior")
    text = "التقى سالم الفهد، رئيس مجلس الوزراء بالوكالة ووزير الداخلية، أمس وفدا."
    mention = mention_of(text)
    assert (mention.name, mention.ministry, mention.org) == (
        "سالم الفهد",
        "interior",
        "مجلس الوزراء بالوكالة",
    )


def test_in_a_list_of_names_and_offices_each_office_is_the_name_s_before_it():
    text = (
        "ترأس الاجتماع اللواء عبد الحميد بوعلام، المدير العام للجمارك الجزائرية، وزهير العياري، "
        "المدير العام للديوانة التونسية."
    )
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.country) for m in read.mentions] == [
        ("عبد الحميد بوعلام", "DZ"),
        ("زهير العياري", "TN"),
    ]
    text = "بحضور كمال سالم وزير الخارجية المفوض، وزهير العياري المستشار السياسي للرئيس."
    read = read_mentions(LEX, tokenize(text))
    assert [m.name for m in read.mentions] == ["كمال سالم", "زهير العياري"]


def test_an_office_with_bi_after_a_titled_name_is_the_other_party_s():
    text = "والتقى الفريق عماد سالم آنذاك بقائد قوات الأفريكوم، توماس كلارك."
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.country) for m in read.mentions] == [
        ("عماد سالم", None),
        ("توماس كلارك", "US"),
    ]


def test_a_pair_of_names_with_no_office_gives_two_people(extract):
    (meeting,) = extract("وبحث كل من سمير الطرابلسي وجمال الورفلي سبل دعم الحدود المشتركة.")
    assert set(people(meeting)) == {"سمير الطرابلسي", "جمال الورفلي"}


def test_a_base_after_a_name_is_no_part_of_it(extract):
    (meeting,) = extract("واجتمع اللواء حسن زايد وسالم المبروك بقاعدة الخروبة الجوية.")
    assert set(people(meeting)) == {"حسن زايد", "سالم المبروك"}


@pytest.mark.parametrize(
    "text, role",
    [
        # the rest of the body's name runs on past where the office phrase stopped
        (
            "استقبل الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور سالم حسن كريم "
            "سفير دولة قطر.",
            "الأمين العام",
        ),
        # a rank of several words after a comma
        (
            "بحث رئيس أركان الجيش، الفريق قوات خاصة الركن سالم حسن كريم، مع نظيره التونسي.",
            "رئيس أركان الجيش",
        ),
        # an office word alone used as a title
        (
            "استقبل وزير الخارجية والتعاون الدولي، السفير سالم حسن كريم، وفدا من البنك.",
            "وزير الخارجية",
        ),
    ],
)
def test_an_office_holds_the_titled_name_its_reading_did_not_reach(text, role):
    read = read_mentions(LEX, tokenize(text))
    holder = next(m for m in read.mentions if m.name == "سالم حسن كريم")
    assert holder.role == role
    assert role not in [office.role for office in read.offices]


@pytest.mark.parametrize(
    "text",
    [
        "استقبل وزير الداخلية اليوم الفريق سالم حسن كريم.",  # a time word between
        "نقل السفير لرئيس الدولة تحيات الدكتور سالم حسن كريم.",  # no genitive of the office
        "وحضر رئيس اللجنة والسيد سالم حسن كريم.",  # a conjunction: another person
    ],
)
def test_a_titled_name_after_an_unnamed_office_is_someone_else(text):
    read = read_mentions(LEX, tokenize(text))
    holder = next(m for m in read.mentions if m.name == "سالم حسن كريم")
    assert holder.role is None
    assert len(read.offices) == 1


@pytest.mark.parametrize(
    ("text", "holder", "principal"),
    [
        (
            "التقى الوزير سالم علي المبعوث الخاص للرئيس الأمريكي جون كار، ستيفن ماير، في مسقط.",
            "ستيفن ماير",
            "جون كار",
        ),
        (
            "اجتمع الفريق سالم علي مع مستشار الرئيس بيل كار للشرق الأوسط ماهر نصور في واشنطن.",
            "ماهر نصور",
            "بيل كار",
        ),
        (
            "استقبل الوزير الأول سالم علي سفير الملك حسن الرابع بمالي إدريس الكتاني.",
            "إدريس الكتاني",
            "حسن الرابع",
        ),
    ],
)
def test_an_envoy_s_principal_named_in_the_office_is_not_its_holder(
    extract, text, holder, principal
):
    (meeting,) = extract(text)
    assert holder in people(meeting) and principal not in people(meeting)


def test_an_adviser_to_the_president_named_alone_holds_the_office(extract):
    (meeting,) = extract(
        "استقبل وزير الخارجية سالم علي مستشار الرئيس محمد الفلاني وبحث معه التعاون."
    )
    assert "محمد الفلاني" in people(meeting)


def test_an_adviser_to_an_office_with_a_remit_of_his_own_holds_the_name_after_it(extract):
    (meeting,) = extract(
        "التقى الأمين العام سالم علي بوزير الداخلية كمال حسن، ومستشار رئيس الوزراء "
        "المعني بالأمن القومي راشد تاج."
    )
    assert {"كمال حسن", "راشد تاج"} <= set(people(meeting))


def _names_and_roles(text: str) -> list[tuple[str, str | None]]:
    return [(m.name, m.role) for m in read_mentions(LEX, tokenize(text)).mentions]


def test_a_deputy_or_an_assistant_after_a_name_opens_an_office():
    # "نائب" is no given name, though "نايب" is one spelt with its other hamza.
    assert _names_and_roles("والتقى الأمير فهد بن مقرن نائب وزير الدفاع السعودي.") == [
        ("فهد بن مقرن", "نائب وزير الدفاع")
    ]
    assert _names_and_roles("واستقبل الرئيس فهد العايش مساعد وزير الدفاع.")[-1] == (
        "فهد العايش",
        "مساعد وزير الدفاع",
    )


def test_a_second_office_after_a_name_and_its_seat_is_that_name_s():
    read = read_mentions(
        LEX,
        tokenize(
            "استقبل الشيخ حمدان بن راشد ولي عهد دبي رئيس المجلس التنفيذي في الإمارات، "
            "الأمير فهد بن مقرن نائب وزير الدفاع السعودي."
        ),
    )
    by_name = {m.name: m for m in read.mentions}
    assert (by_name["حمدان بن راشد"].role, by_name["حمدان بن راشد"].country) == (
        "ولي عهد",
        "AE",
    )
    assert (by_name["فهد بن مقرن"].role, by_name["فهد بن مقرن"].country) == (
        "نائب وزير الدفاع",
        "SA",
    )


def test_a_given_name_known_only_with_its_article_opens_a_name_after_an_office():
    assert _names_and_roles("استقبل الرئيس التونسي الباجي قايد المرزوقي أمس في قرطاج.") == [
        ("الباجي قايد المرزوقي", "الرئيس")
    ]


def test_in_a_dashed_list_each_office_is_the_name_s_before_it():
    assert _names_and_roles(
        "وقدم أوراق اعتمادهم كل من: - السيد بيتر هولم – سفير مملكة الدنمارك - السيدة "
        "آنا ريبيرو – سفيرة جمهورية البرتغال"
    ) == [("بيتر هولم", "سفير مملكة الدنمارك"), ("آنا ريبيرو", "سفيرة جمهورية البرتغال")]


def test_an_emir_s_office_ends_his_name_and_amir_stays_a_given_name():
    assert _names_and_roles("اتصل الشيخ جاسم بن خالد آل ثاني أمير قطر بنظيره.")[0] == (
        "جاسم بن خالد آل ثاني",
        "أمير قطر",
    )
    assert _names_and_roles("التقى وزير الخارجية الإيراني حسن أمير زاده نظيره.")[0] == (
        "حسن أمير زاده",
        "وزير الخارجية",
    )


def test_words_of_a_visit_are_no_part_of_a_name():
    assert _names_and_roles(
        "يعتزم رئيس الحكومة العراقية فالح الجبوري القيام بزيارة إلى واشنطن."
    ) == [("فالح الجبوري", "رئيس الحكومة")]


def test_a_regnal_name_goes_on_only_with_bin():
    assert _names_and_roles("ووصل الملك فهد الثاني حاملا هدية إلى الرئيس.")[0] == (
        "فهد الثاني",
        "الملك",
    )


def test_a_second_office_s_principal_named_after_it_is_no_holder():
    assert _names_and_roles(
        "وصل وفد برئاسة إيفان سوكولوف، نائب وزير الدفاع ومبعوث الرئيس سيرغي بيلوف "
        "إلى الشرق الأوسط، إلى دمشق."
    ) == [("إيفان سوكولوف", "نائب وزير الدفاع")]


def test_a_verb_written_with_its_prefix_s_vowel_ends_a_name():
    assert _names_and_roles("استقبل الرئيس نيجيرفان بارزاني يُشيد بالتعاون.")[0][0] == (
        "نيجيرفان بارزاني"
    )


def test_in_the_name_of_a_body_is_no_name_and_a_french_rank_is_a_title():
    assert (
        _names_and_roles("وقلدت رئيسة الشرطة الإيطالية، باسم حكومة روما، عددا من الضباط أوسمة.")
        == []
    )
    assert _names_and_roles("استقبل الفريق باسم يوسف العبيدي الوفد.") == [
        ("باسم يوسف العبيدي", None)
    ]
    assert _names_and_roles("رحب الجنرال دوكور دارمي قائد المنطقة الجنوبية بالوفد.") == []


def test_what_an_office_did_is_no_name_after_it():
    assert _names_and_roles("بعد قرار الرئيس التونسي بحل البرلمان وتعليق عمل الحكومة.") == []


def test_a_place_named_after_someone_at_a_crossing_is_no_person():
    assert _names_and_roles("وقررت الحكومة إعادة تشغيل معبر جابر نصيب الحدودي مع سوريا.") == []


def test_ordinary_words_after_a_name_end_it():
    assert _names_and_roles("وتلقى الرئيس عون التهاني بعيد الجيش.") == []
    assert _names_and_roles("استقبل رئيس مجلس الشورى الإسلامي حسن باقر النوري الوفد.") == [
        ("حسن باقر النوري", "رئيس مجلس الشورى الإسلامي")
    ]


def test_the_office_of_al_azhar_s_sheikh_ends_a_name_and_sheikh_stays_a_name():
    assert _names_and_roles("زار المشير سالم منير شيخ الأزهر خالد الطيبي في مكتبه.") == [
        ("سالم منير", None),
        ("خالد الطيبي", "شيخ الأزهر"),
    ]
    assert _names_and_roles("واستقبل الرئيس حسن شيخ محمود السفير.")[0][0] == "حسن شيخ محمود"


def test_a_given_name_the_tokeniser_could_split_is_a_name_word():
    # "باقر" reads as ب + "اقر" (he acknowledged) to a tokeniser.
    assert _names_and_roles("استقبل رئيس البرلمان حسن باقر النوري الوفد.") == [
        ("حسن باقر النوري", "رئيس البرلمان")
    ]


def test_a_given_name_with_its_article_opens_a_name_with_no_office_before_it():
    assert _names_and_roles("عاد الصادق الفاسي الفهري، مستشار الملك محمد السادس، إلى الواجهة.") == [
        ("الصادق الفاسي الفهري", "مستشار الملك")
    ]
    # After a definite noun it qualifies the noun: "the good man".
    assert _names_and_roles("وصف الرجل الطيب الفاسي الوضع.") == []


def test_a_retired_rank_and_a_comma_come_before_the_name():
    assert _names_and_roles("بحث اللواء المتقاعد، سالم الزوي في روما مع الوزير.")[0] == (
        "سالم الزوي",
        None,
    )


def test_a_greeting_after_a_name_ends_it():
    assert _names_and_roles("ووجه الرئيس قيس الفارسي التحية لأعوان الأمن.") == [
        ("قيس الفارسي", "الرئيس")
    ]


def test_the_name_after_an_envoy_of_the_head_of_state_is_the_principal_s(extract):
    [meeting] = extract(
        "التقى الرئيس الإريتري سالم أفورقي بعد الظهر مبعوث رئيس الجمهورية المشير عمر "
        "حسن الفريق أول محمد عطا عباس، وتناول الجانبان ملفات التعاون."
    )
    assert set(people(meeting)) == {"سالم أفورقي", "محمد عطا عباس"}


def test_a_nationality_after_a_rank_gives_the_state_and_keeps_another_state_s_office():
    read = read_mentions(LEX, tokenize("استقبل الفريق الليبي سالم الورفلي، السفير التونسي."))
    (mention,) = read.mentions
    assert (mention.name, mention.country, mention.role) == ("سالم الورفلي", "LY", None)
    assert [(o.role, o.country) for o in read.offices] == [("السفير", "TN")]


def test_first_alone_is_no_rank_before_a_name():
    read = read_mentions(LEX, tokenize("بعد أن بدأت المحادثات أول مرة في جنيف."))
    assert read.mentions == []
    read = read_mentions(LEX, tokenize("استقبل الفريق أول سالم الورفلي الوفد."))
    assert [m.name for m in read.mentions] == ["سالم الورفلي"]


def test_an_office_in_the_dual_for_two_states_has_a_holder_of_each():
    text = "اجتمع وزيرا الخارجية المغربي والإسباني، سعيد الإدريسي وخوان مارتينيز، في الرباط."
    read = read_mentions(LEX, tokenize(text))
    assert {m.name: m.country for m in read.mentions} == {
        "سعيد الإدريسي": "MA",
        "خوان مارتينيز": "ES",
    }


def test_the_second_holder_of_an_office_of_two_portfolios_holds_the_second():
    text = "استقبل وزيرا الخارجية والدفاع التركيان، كمال أوزتورك ومراد يلدز، الوفد الليبي."
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.ministry, m.country) for m in read.mentions] == [
        ("كمال أوزتورك", "foreign", "TR"),
        ("مراد يلدز", "defense", "TR"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "وقع وزيرا داخلية إيران حسن رضائي وتركيا مراد يلدز اتفاقية للتعاون.",
        "اتفق وزيرا داخلية إيران حسن رضائي، وتركيا مراد يلدز، على تبادل المعلومات.",
    ],
)
def test_an_office_of_two_may_name_each_holder_after_his_state(text):
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.ministry, m.country) for m in read.mentions] == [
        ("حسن رضائي", "interior", "IR"),
        ("مراد يلدز", "interior", "TR"),
    ]


def test_counterparts_of_several_states_named_in_the_states_order():
    text = (
        "أجرى الوزير اتصالات هاتفية مع نظرائه من مصر والأردن والعراق سامح حسين وناصر "
        "الخطيب وعلي الربيعي على التوالي."
    )
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.country) for m in read.mentions] == [
        ("سامح حسين", "EG"),
        ("ناصر الخطيب", "JO"),
        ("علي الربيعي", "IQ"),
    ]


def test_a_title_that_is_an_office_with_its_remit_and_state_is_the_office():
    read = read_mentions(LEX, tokenize("استقبل رئيس المجلس المستشار الثقافي الياباني كينجي ساتو."))
    assert [(m.name, m.role, m.country) for m in read.mentions] == [
        ("كينجي ساتو", "المستشار الثقافي", "JP")
    ]


def test_counterparts_listed_by_nationality_take_the_office_through_titles_and_also():
    read = read_mentions(
        LEX,
        tokenize(
            "بحث وزير الخارجية سليم بن عمار هاتفيا مع نظرائه المصري حسام فهمي والإماراتي "
            "الشيخ راشد بن حمد آل نهيان والمالي موسى كوناتي وكذا النيجري إدريس مامادو "
            "والتشادي محمد صالح نور"
        ),
    )
    found = {m.name: (m.country, m.role) for m in read.mentions}
    assert found["راشد بن حمد آل نهيان"][0] == "AE"
    assert found["موسى كوناتي"][0] == "ML"
    assert found["إدريس مامادو"][0] == "NE"
    assert found["محمد صالح نور"][0] == "TD"
    assert found["حسام فهمي"][1] == found["راشد بن حمد آل نهيان"][1] == found["موسى كوناتي"][1]


def test_financial_is_no_nationality_outside_a_list_of_them():
    read = read_mentions(LEX, tokenize("التقى المستشار المالي سالم الدرسي نظيره"))
    assert all(m.country != "ML" for m in read.mentions)


def test_a_verb_of_holding_an_office_ends_the_name_before_it():
    read = read_mentions(LEX, tokenize("وكان خالد الورفلي يشغل منصب قائد القوات الخاصة"))
    assert [m.name for m in read.mentions][:1] == ["خالد الورفلي"]


def test_a_nationality_after_a_conjunction_written_apart_opens_the_next_name():
    read = read_mentions(
        LEX,
        tokenize("في اجتماع ضم وزيري الداخلية المغربي سعيد العلمي و الألماني هانس مولر"),
    )
    assert {m.name: m.country for m in read.mentions} == {
        "سعيد العلمي": "MA",
        "هانس مولر": "DE",
    }


def test_a_state_s_definite_office_right_after_a_titled_name_is_the_one_received(extract):
    text = (
        "أنهى حسن عثمان، وزير الخارجية السوداني، زيارة لمصر استمرت يومين. وفي القاهرة "
        "استقبل الرئيس سامي فهمي الوزير السوداني الذي حمل إليه رسالة من رئيس بلاده."
    )
    (meeting,) = extract(text)
    named = people(meeting)
    assert set(named) == {"سامي فهمي", "حسن عثمان"}
    assert named["سامي فهمي"].role == "الرئيس"


@pytest.mark.parametrize(
    "text",
    [
        "استقبل اليوم الأستاذ سالم علي باحميد الرئيس التنفيذي رئيس مجلس الإدارة لموانئ عدن",
        "وعن الجانب الأمريكي حضر قائد مجموعات التدخل السريع اللواء جون بيكر",
    ],
)
def test_words_of_an_office_are_no_names(text):
    read = read_mentions(LEX, tokenize(text))
    names = {m.name for m in read.mentions}
    assert names & {"التنفيذي", "لموانئ", "التدخل السريع"} == set()


def test_an_office_after_a_comma_after_a_name_s_office_is_the_name_s_too():
    text = (
        "استقبل الفريق أول سامح عبد الباقي، قائد القوات البرية، وزير الدفاع الوطني، "
        "وزير الدفاع الكندي جون ميلر"
    )
    read = read_mentions(LEX, tokenize(text))
    assert read.offices == []
    first = read.mentions[0]
    assert (first.name, first.ministry) == ("سامح عبد الباقي", "defense")


def test_a_state_s_office_after_a_comma_is_not_taken_by_a_name_given_no_state():
    text = "استقبل اللواء سامح عبد الباقي، مدير الأمن، السفير الكندي لدى البلاد"
    read = read_mentions(LEX, tokenize(text))
    assert [(o.head, o.country) for o in read.offices] == [("سفير", "CA")]


def test_a_counterpart_takes_the_office_written_after_his_name():
    text = (
        "بحث وزير الداخلية اللواء هشام الكردي مع نظيره البحريني الفريق راشد بن عيسى "
        "آل خليفة، نائب رئيس الحكومة سبل التعاون"
    )
    read = read_mentions(LEX, tokenize(text))
    assert read.offices == []
    second = read.mentions[1]
    assert (second.name, second.role, second.country) == (
        "راشد بن عيسى آل خليفة",
        "نائب رئيس الحكومة",
        "BH",
    )


def test_titled_names_each_followed_by_an_office_hold_the_office_after_them():
    text = (
        "التقى الفريق أول سامح عبد الباقي القائد العام للقوات المسلحة الجنرال بيير لوران "
        "رئيس أركان الجيوش الفرنسية والوفد المرافق له"
    )
    read = read_mentions(LEX, tokenize(text))
    assert read.offices == []
    assert [(m.name, m.head, m.country) for m in read.mentions] == [
        ("سامح عبد الباقي", "قائد", None),
        ("بيير لوران", "رئيس", "FR"),
    ]


def test_an_office_word_before_son_of_is_a_given_name():
    text = "وحضر الاجتماع الدكتور مساعد بن ناصر الشمري وزير الدولة"
    (mention,) = read_mentions(LEX, tokenize(text)).mentions
    assert (mention.name, mention.role) == ("مساعد بن ناصر الشمري", "وزير الدولة")


def test_an_office_of_two_states_is_one_unnamed_office_per_state():
    text = "بحث وزير الخارجية حسام فوزي مع وزيري خارجية الأردن وفلسطين مستجدات القضية"
    read = read_mentions(LEX, tokenize(text))
    assert [(o.role, o.ministry, o.country) for o in read.offices] == [
        ("وزير خارجية", "foreign", "JO"),
        ("وزير خارجية", "foreign", "PS"),
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("قال المصدر إن زيارة رئيس المخابرات لحفتر ليست الأولى هذا العام", {"ليست"}),
        ("وقف اللواء وقفة ترحم أمام النصب", {"وقفة"}),
        ("استقبل الوزير المسؤول الأممي المكلف بملف سيادة القانون", {"القانون"}),
        ("صور من استقبال الجنرال للمسؤول العسكري الأمريكي الرفيع المستوى", {"الرفيع"}),
        ("الرئيسية - أخبار محلية - رئيس المجلس يلتقي السفير", {"أخبار", "محلية"}),
    ],
)
def test_common_words_are_no_names(text, words):
    read = read_mentions(LEX, tokenize(text))
    assert not {w for m in read.mentions for w in m.name.split()} & words


def test_ali_written_with_a_final_alef_maqsura_after_a_title_is_a_name():
    text = "التقى الدكتور على عبد الستار رئيس مجلس النواب، ماركو فيراري، رئيس مجلس النواب الإيطالي"
    read = read_mentions(LEX, tokenize(text))
    assert [(m.name, m.country) for m in read.mentions] == [
        ("على عبد الستار", None),
        ("ماركو فيراري", "IT"),
    ]
    assert read_mentions(LEX, tokenize("أكد الدكتور على أهمية التعاون")).mentions == []


def test_a_given_name_with_a_preposition_written_on_it_opens_a_name_set_off_by_commas():
    text = "وكان لعثمان الهمامي، وزير الشؤون الخارجية، لقاء مع نظيره المالي"
    (mention,) = read_mentions(LEX, tokenize(text)).mentions
    assert (mention.name, mention.ministry) == ("عثمان الهمامي", "foreign")
    text = "خلفا لستيفان مورو ليكون رابع مبعوث خاص للأمين العام"
    assert read_mentions(LEX, tokenize(text)).mentions == []


def test_files_discussed_after_an_office_are_no_name():
    text = "قال المفوض إننا بحثنا مع وزير الخارجية ملفي الطاقة والهجرة"
    assert read_mentions(LEX, tokenize(text)).mentions == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("من أجل مدينة آمنة تلبي حاجات السكان", {"آمنة", "تلبي"}),
        ("في ضوء خطة الرئيس الأمريكي جون ميلر لوقف الحرب", {"لوقف"}),
        ("المشاريع التي اتفق عليها الرئيس سامي فهمي وأخوه الرئيس كريم ناصر", {"وأخوه"}),
    ],
)
def test_words_after_a_name_that_end_it(text, words):
    read = read_mentions(LEX, tokenize(text))
    assert not {w for m in read.mentions for w in m.name.split()} & words


@pytest.mark.parametrize(
    ("office", "country"),
    [
        ("وزير الخارجية والجالية الوطنية بالخارج", "DZ"),
        ("الوزير المنتدب المكلف بالمغاربة المقيمين بالخارج", "MA"),
        ("قائد الحرس الثوري", "IR"),
        ("رئيس مجلس القيادة الرئاسي", "YE"),
    ],
)
def test_a_state_s_own_body_in_an_office_gives_its_state(office, country):
    read = read_mentions(LEX, tokenize(f"واستقبل {office} كريم ناصر السفير"))
    assert [m.country for m in read.mentions] == [country]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("وتبادل فهمي وبراون الرؤى بشأن الأوضاع", {"الرؤى"}),
        ("محاولة تسميم الرئيس سامي فهمي  وبدوره أعرب رئيس الدولة", {"وبدوره"}),
        ("ورئيس جمعية الهلال الأحمر الليبي كريم ناصر", {"الأحمر"}),
    ],
)
def test_more_words_that_are_no_names(text, words):
    read = read_mentions(LEX, tokenize(text))
    assert not {w for m in read.mentions for w in m.name.split()} & words


@pytest.mark.parametrize(
    "text, not_names",
    [
        (
            "حضر آمر حرس الحدود العميد رمضان التابعين للمجلس الرئاسي حفل التخرج.",
            {"رمضان التابعين"},
        ),
        ("وهنأهم باسم الملك وولي عهد بذكرى الاستقلال المجيدة.", {"بذكرى الاستقلال المجيدة"}),
        ("وتابع الرئيس البرتغالي جدول أعماله بزيارة الميناء.", {"جدول أعماله"}),
        # the ones addressed: "وخاطب ... فلان الحضور"
        ("وخاطب مدير الأمن العميد سالم الورفلي الحضور.", {"سالم الورفلي الحضور"}),
        ("والتقى السفير جون ميلر الحديث عن الأوضاع.", {"جون ميلر الحديث"}),
    ],
)
def test_nouns_and_adjectives_after_an_office_are_no_names(text, not_names):
    names = {m.name for m in read_mentions(LEX, tokenize(text)).mentions}
    assert names & not_names == set()


def test_the_dual_of_a_title_opens_the_two_names_after_it():
    text = "وشارك الوزير الأول سالم علي ورئيسي حكومتي مالي والنيجر السيدين علي ديوب وأحمد الشيخ."
    names = {m.name for m in read_mentions(LEX, tokenize(text)).mentions}
    assert {"علي ديوب", "أحمد الشيخ"} <= names


def test_the_first_minister_heads_a_government_and_no_ministry(extract):
    (meeting,) = extract("استقبل الرئيس سالم حسن أمس الوزير الأول الصيني لي كيونغ في القصر.")
    premier = people(meeting)["لي كيونغ"]
    assert (premier.role, premier.ministry) == ("الوزير الأول", None)


def test_a_title_after_a_facility_names_the_place_not_a_person():
    assert roles("وحطت طائرة الوفد في مطار الأمير فهد بن سعود الدولي مساء أمس.") == {}


def test_a_prophet_named_with_his_eulogy_is_no_one_met():
    text = "وتوجه الوزير إلى المسجد، تشرفا بالسلام على سيد المرسلين محمد صلى الله عليه وسلم."
    assert roles(text) == {}
    document = read(
        "التقى الأمير محمد بن فهد رئيس الوزراء الماليزي أنور كمال. ثم زار الأمير مسجد "
        "الرسول محمد صلى الله عليه وسلم.",
        until="references",
    )
    assert [ref.name for ref in document.sentences[1].refs] == []


def test_sons_named_after_their_father_s_family_name_are_named_in_full(extract):
    (meeting,) = extract(
        "التقى المشير مختار الزوي السفير الإيطالي ماركو ريني. وحضر اللقاء نجلا الزوي سالم وعلي."
    )
    assert set(people(meeting)) == {"مختار الزوي", "ماركو ريني", "سالم الزوي", "علي الزوي"}


def test_the_late_are_mourned_not_met(extract):
    text = (
        "أجرى وزير الخارجية المالطي مارتن غاليا اتصالا هاتفيا مع نظيره التونسي سامي "
        "الجربي، أعرب فيه عن تعازيه باستشهاد الرئيس الراحل منصف العياري."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"مارتن غاليا", "سامي الجربي"}


def test_an_office_of_several_states_each_followed_by_its_holder():
    found = roles(
        "والتقى الوزير في الرياض سفراء الكويت سالم الحمد، وسلطنة عمان خالد بن سعيد الهنائي، "
        "والمغرب يوسف الإدريسي."
    )
    assert found["سالم الحمد"] == ("سفير", "KW")
    assert found["خالد بن سعيد الهنائي"] == ("سفير", "OM")
    assert found["يوسف الإدريسي"] == ("سفير", "MA")


def test_mali_s_adjective_after_a_head_of_state_is_the_state_s():
    assert roles("التقى الوزير أمس الرئيس المالي، بكاري كوليبالي.")["بكاري كوليبالي"][1] == "ML"
    assert roles("التقى الوزير المدير المالي للشركة سالم حداد.")["سالم حداد"][1] != "ML"


def test_a_list_of_counterparts_by_nationality_with_commas_around_each_adjective():
    found = roles(
        "تحدث الوزير بيير لامبير هاتفيا إلى نظرائه البنيني، جان هونغبو، والعاجي، الحسن "
        "كوناتي، والسنغالي، عثمان فال، في اليوم نفسه."
    )
    assert found["الحسن كوناتي"][1] == "CI"
    assert found["عثمان فال"][1] == "SN"


def test_calls_with_a_possessive_are_a_meeting_cue(extract):
    [meeting] = extract(
        "جدد وزير الخارجية الفرنسي جان دوبون، خلال اتصالاته مع نظيره السنغالي عثمان فال، دعم بلاده."
    )
    assert set(people(meeting)) == {"جان دوبون", "عثمان فال"}


def test_sahib_as_a_verb_opens_no_name():
    text = "ولفت إلى الضغوط التي صاحب قدوم النازحين على المدارس."
    assert read_mentions(LEX, tokenize(text)).mentions == []
