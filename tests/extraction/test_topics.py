import pytest

from meetings.extraction.topics import topic_patterns

from .conftest import read


def test_given_cues_extend_the_defaults():
    patterns = dict(topic_patterns({"drugs": ["المخدرات"]}, {"fishing": ["الصيد البحري"]}))
    assert set(patterns) == {"drugs", "fishing"}
    assert patterns["drugs"].search("مكافحة تهريب المخدرات")
    assert patterns["drugs"].search("ملف للمخدرات")  # "لل" for "ال" after ل


def test_the_topics_of_a_meeting_come_from_its_sentences():
    document = read(
        "التقى وزير الدفاع الأردني يوسف الحنيطي قائد القوات الأمريكية جون كوري. "
        "وقال الحنيطي إن الجانبين بحثا التدريب المشترك.",
        until="topics",
    )
    (event,) = document.events
    assert "training" in event.topics


def test_topics_come_from_cue_words(extract):
    text = (
        "بحث وزير الداخلية الليبي نادر سالم مع نظيره الإيطالي ماركو روسي "
        "مكافحة الهجرة غير الشرعية وتهريب المخدرات."
    )
    (meeting,) = extract(text)
    assert {"migration", "drugs"} <= set(meeting.topics)


def test_topic_cues_can_be_given(extract):
    text = "بحث وزير الداخلية الليبي نادر سالم مع نظيره الإيطالي ماركو روسي ملف الصيد البحري."
    (meeting,) = extract(text, topic_cues={"fishing": ["الصيد البحري"]})
    assert meeting.topics == ("fishing",)


def test_the_database_cues_extend_the_packages(extract):
    text = "بحث وزير الداخلية الليبي نادر سالم مع نظيره الإيطالي ماركو روسي ملف الهجرة غير الشرعية."
    (meeting,) = extract(text, topic_cues={"fishing": ["الصيد البحري"]})
    assert meeting.topics == ("migration",)


def test_a_list_of_fields_gives_each_its_topic(extract):
    (meeting,) = extract(
        "التقى وزير الدفاع الأردني يوسف الحنيطي قائد القوات الأمريكية جون كوري، وبحثا "
        "التعاون في المجالات السياسية والعسكرية والأمنية."
    )
    assert {"military", "security-cooperation"} <= set(meeting.topics)


@pytest.mark.parametrize(
    "talks",
    [
        "سبل تعزيز العلاقات بين البلدين",
        "علاقات التعاون المثمر بين البلدين",
        "العلاقات بين الأردن واليابان",
        "علاقات الأخوة والتعاون",
        # the news of the region, as the archive's editors tag it
        "التطورات الأخيرة",
        "آخر المستجدات بعد عودة الوفد",
        "التطورات المتسارعة في المنطقة",
        # negotiations, a government formed, a state kept whole
        "مسار المفاوضات بين الوفدين",
        "جهود تشكيل الحكومة الجديدة",
        "أعمال اللجنة الدستورية",
        "الحفاظ على وحدة وسلامة أراضي البلاد",
        # dialogue, summits, crises and the news of them
        "أهمية الحوار بين الأطراف",
        "سبل حل الأزمات في المنطقة",
        "مستجدات الملف النووي",
        "التحضير للقمة العربية المقبلة",
        # calming a conflict, mediation, the political situation
        "سبل خفض التصعيد في الإقليم",
        "أهمية التهدئة بين الطرفين",
        "جهود الوساطة بين الجانبين",
        "إحياء مسار حل الدولتين",
        "التطورات السياسية الراهنة",
        "إعادة بناء العلاقة بين الحكومتين",
    ],
)
def test_relations_between_states_are_diplomacy(extract, talks):
    (meeting,) = extract(
        f"بحث وزير الخارجية الأردني سامي الخطيب مع نظيره الياباني كينجي ساتو {talks}."
    )
    assert "diplomacy" in meeting.topics


@pytest.mark.parametrize(
    "talks",
    [
        "الترتيبات الأمنية لافتتاح القنصلية",
        "تطوير العلاقات الشرطية بين البلدين",
        "دعم القدرات الشرطية",
        "التعاون في المجالين الأمني والتنموي",
        "دعم الأجهزة الأمنية",
    ],
)
def test_police_and_security_services_are_security_cooperation(extract, talks):
    (meeting,) = extract(
        f"بحث وزير الداخلية الأردني سامي الخطيب مع السفير الياباني كينجي ساتو {talks}."
    )
    assert "security-cooperation" in meeting.topics


@pytest.mark.parametrize(
    "talks",
    [
        "مستجدات الحرب على داعش",
        "خطر خلايا تنظيم الدولة في البادية",
        "مواجهة الجماعات المتطرفة",
        "التصدي لأي عملية إرهابية",
    ],
)
def test_jihadist_groups_and_extremism_are_terrorism(extract, talks):
    (meeting,) = extract(
        f"بحث وزير الدفاع العراقي سالم الجبوري مع الملحق العسكري الفرنسي بيير لوران {talks}."
    )
    assert "terrorism" in meeting.topics


@pytest.mark.parametrize(
    "sentence",
    [
        "وتناول اللقاء إمكانية فتح قنصلية في المدينة.",
        "وناقش الجانبان جاهزية المفوضية لتنفيذ انتخابات المجالس البلدية.",
    ],
)
def test_consulates_and_elections_are_diplomacy(sentence):
    document = read(
        "التقى وزير الخارجية سامي الحداد السفير الفرنسي لوك مارتان في طرابلس. " + sentence,
        until="topics",
    )
    [event] = [e for e in document.events if e.is_meeting]
    assert "diplomacy" in event.topics


def test_regional_security_is_security_cooperation():
    document = read(
        "التقى وزير الداخلية سامي الحداد مدير المخابرات الروسي إيفان بتروف في الدوحة. "
        "وبحث الجانبان شؤون الأمن الإقليمي والوضع في المنطقة.",
        until="topics",
    )
    [event] = [e for e in document.events if e.is_meeting]
    assert "security-cooperation" in event.topics


def test_a_security_memorandum_is_security_cooperation():
    document = read(
        "التقى وزير الخارجية سامي الحداد نظيره القبرصي أندرياس بابادوبولوس في نيقوسيا، "
        "لبحث مذكرة التفاهم الأمنية بين البلدين.",
        until="topics",
    )
    [event] = [e for e in document.events if e.is_meeting]
    assert "security-cooperation" in event.topics


def test_a_qualifier_after_a_cue_makes_it_another_topic_s():
    patterns = dict(
        topic_patterns({"diplomacy": ["علاقات التعاون"]}, None, {"diplomacy": ["العسكري"]})
    )
    assert patterns["diplomacy"].search("بحث علاقات التعاون بين البلدين")
    assert not patterns["diplomacy"].search("بحث علاقات التعاون العسكري")
    assert not patterns["diplomacy"].search("بحث علاقات التعاون الوثيق العسكري")
    # a later plain mention still counts
    assert patterns["diplomacy"].search("علاقات التعاون العسكري و علاقات التعاون عامة")


def test_military_relations_are_no_diplomacy_and_regional_developments_are(extract):
    text = (
        "بحث رئيس الأركان الليبي نادر سالم مع الملحق العسكري الإيطالي ماركو روسي علاقات "
        "التعاون العسكري بين الجيشين. كما تناول اللقاء تطورات الأوضاع في المنطقة."
    )
    (meeting,) = extract(text)
    assert "diplomacy" in meeting.topics
    (meeting,) = extract(text.split(" كما")[0])
    assert "diplomacy" not in meeting.topics


def test_security_and_stability_in_the_region_is_no_security_cooperation(extract):
    text = (
        "بحث وزير الخارجية الليبي نادر سالم مع السفير الإيطالي ماركو روسي العلاقات "
        "الثنائية بما يحقق الأمن والاستقرار في المنطقة."
    )
    (meeting,) = extract(text)
    assert "security-cooperation" not in meeting.topics


@pytest.mark.parametrize(
    ("subject", "diplomacy"),
    [
        ("عمق العلاقات المتجذرة بين البلدين", True),  # relations, however qualified
        ("جهود التوصل إلى وقف إطلاق النار وتثبيت الهدنة", True),  # a political process
        ("مسار السلام في المنطقة", True),
        ("العلاقات العسكرية بين الجيشين", False),  # relations of a domain are its own
    ],
)
def test_relations_and_peace_are_diplomacy(extract, subject, diplomacy):
    (meeting,) = extract(
        f"التقى وزير الخارجية الليبي نادر سالم نظيره الإيطالي ماركو روسي وبحثا {subject}."
    )
    assert ("diplomacy" in meeting.topics) is diplomacy


@pytest.mark.parametrize("subject", ["أمن الملاحة في البحر الأحمر", "مكافحة القرصنة"])
def test_navigation_and_piracy_are_maritime(extract, subject):
    (meeting,) = extract(
        f"التقى وزير الدفاع اليمني نادر سالم قائد العملية الأوروبية ماركو روسي وبحثا {subject}."
    )
    assert "maritime" in meeting.topics


def test_combat_capabilities_are_military_not_training(extract):
    [meeting] = extract(
        "التقى رئيس أركان الجيش سالم العبيدي قائد القوات الأمريكية جون كوري، وبحثا تطوير "
        "القدرات القتالية للجيش والوضع العسكري في المنطقة."
    )
    assert "military" in meeting.topics
    assert "training" not in meeting.topics


@pytest.mark.parametrize("the_two", ["الرئيسان", "الزعيمان", "القائدان", "الوفدان"])
def test_what_the_two_parties_discussed_is_the_meetings(the_two):
    document = read(
        "استقبل الرئيس التشادي آدم بشير رئيس النيجر موسى حامدو في نجامينا. "
        f"وقرر {the_two} تأمين الحدود المشتركة بين البلدين.",
        until="topics",
    )
    [event] = [e for e in document.events if e.is_meeting]
    assert "border-security" in event.topics


@pytest.mark.parametrize("border", ["التوترات على الحدود", "ترسيم الحدود بين البلدين"])
def test_tensions_on_the_border_and_its_drawing_are_border_security(extract, border):
    [meeting] = extract(f"بحث الرئيس المصري سامي حسن مع رئيس الأركان السوداني عمر الطيب {border}.")
    assert "border-security" in meeting.topics


@pytest.mark.parametrize(
    "talks",
    ["سبل تعزيز التعاون بين جيشي البلدين", "التعاون في المجالات الدفاعية", "حصرية السلاح"],
)
def test_talks_of_two_armies_or_their_weapons_are_military(extract, talks):
    text = f"استقبل قائد الجيش اللبناني سمير حداد نظيره القبرصي أندرياس كوستا وبحثا {talks}."
    (meeting,) = extract(text)
    assert "military" in meeting.topics


@pytest.mark.parametrize(
    "subject",
    [
        # what no one stated: "matters of common interest" name no content
        "عددا من القضايا ذات الاهتمام المشترك",
        # a crossing opened for aid is no border policing
        "فتح معبر رفح أمام قوافل المساعدات",
        # strengthening capabilities, with nothing said of training
        "تعزيز القدرات في مختلف المجالات",
    ],
)
def test_words_that_state_no_topic_give_none(extract, subject):
    (meeting,) = extract(
        f"استقبل وزير الخارجية المصري سامي حسن نظيره الأردني أيمن خالد وبحثا {subject}."
    )
    assert meeting.topics == ()


@pytest.mark.parametrize(
    ("subject", "code"),
    [
        ("أوضاع الاقتصاد في البلدين", "economy"),
        ("برامج تدريب القوات الخاصة", "military"),
    ],
)
def test_the_economy_and_training_forces_have_their_topics(extract, subject, code):
    (meeting,) = extract(
        f"التقى رئيس الوزراء الأردني سامي حسن السفير الكوري كيم مين سو وبحثا {subject}."
    )
    assert code in meeting.topics


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("بحث التعاون الأمني", True),
        ("وبالتعاون مع الشرطة", True),  # after و and ب
        ("فللتعاون دور", True),  # "لل" for "ال" after ف
        ("سالتعاون", False),  # inside a word
        ("التعاونية", True),  # a cue is the opening of a word, whatever ends it
    ],
)
def test_a_cue_opens_a_word_maybe_after_its_conjunction_and_preposition(text, found):
    [(_, pattern)] = topic_patterns({"diplomacy": ["التعاون"]}, None)
    assert bool(pattern.search(text)) is found
