from meetings.extraction.document import Event, Institution, Office

from .conftest import people, read


def _institution(org: str, met: bool = False) -> Institution:
    return Institution(0, 1, org, None, None, met=met)


def test_a_meeting_has_two_parties_one_of_them_named():
    office = Office(0, 1, "سفير", "سفير", "IT", None, None)
    assert Event(0, persons=[0], offices=[office]).is_meeting
    assert not Event(0, persons=[0]).is_meeting


def test_without_a_name_two_institutions_or_one_meeting_on_its_own():
    assert Event(0, institutions=[_institution("اللجنة"), _institution("الوزارة")]).is_meeting
    assert not Event(0, institutions=[_institution("اللجنة")]).is_meeting
    assert Event(0, institutions=[_institution("اللجنة", met=True)]).is_meeting


def test_a_person_given_no_state_keeps_one_across_meetings():
    document = read(
        "استقبل قائد الجيش فؤاد الشامي السفير الفرنسي بيار لوكلير. "
        "ثم استقبل الشامي السفير الألماني كلاوس فيبر.",
        until="assembly",
    )
    homes = [
        {p.name: p.country for p in meeting.participants}["فؤاد الشامي"]
        for meeting in document.meetings
    ]
    assert len(homes) == 2 and homes[0] == homes[1]


def test_an_office_named_again_without_its_holder_is_the_holder(extract):
    [meeting] = extract(
        "استقبل رئيس مجلس الشورى ناصر الهادي سفير اليونان ستافروس نيكولاو في مكتبه. "
        "وتناول اللقاء مبادرة رئيس مجلس الشورى الأخيرة لحل الأزمة السياسية."
    )
    # Not another participant, nor "لحل الأزمة السياسية" as someone's name.
    assert [p.name for p in meeting.participants] == ["ناصر الهادي", "ستافروس نيكولاو"]


def test_who_receives_an_ambassador_is_not_of_the_ambassadors_state(extract):
    [meeting] = extract("استقبل رئيس مجلس الشورى ناصر الهادي سفير اليونان ستافروس نيكولاو.")
    assert people(meeting)["ناصر الهادي"].country != "GR"


def test_a_host_takes_the_state_of_a_meeting_that_marks_the_guests(extract):
    meetings = extract(
        "التقى وزير الداخلية سالم العتيبي مدير الأمن العام فهد الرشيدي في مكتبه. "
        "واستقبل العتيبي بعد ذلك سفير رومانيا لدى البلاد يون بوبيسكو، ونوه برغبة "
        "الكويت في توطيد الصلات مع رومانيا وبصلات رومانيا مع أوروبا."
    )
    # The first meeting names no state; the second tells the minister's.
    homes = {p.country for m in meetings for p in m.participants if p.name == "سالم العتيبي"}
    assert homes == {"KW"}


def test_who_holds_a_marked_partys_office_tells_the_unmarked_sides_state(extract):
    meetings = extract(
        "استقبل رئيس الجمهورية قاسم العربي اليوم وزير الداخلية منير الحداد ووزير الداخلية "
        "الليبي نوري سالم. وأكد الوزير الليبي أن السلطات الليبية ستفتح المعبر غدا.\n"
        "وفي سياق منفصل، أعلنت وزارة الصحة التونسية عن حملة تلقيح جديدة."
    )
    # Libya has one interior minister: the unmarked side, host and minister, is Tunisia.
    [meeting] = meetings
    assert people(meeting)["قاسم العربي"].country == "TN"
    assert people(meeting)["منير الحداد"].country == "TN"


def test_an_office_named_without_its_holder_is_a_marked_party(extract):
    [meeting] = extract(
        "وقد اجتمع المبعوث الأمريكي، الموجود في بيروت منذ يومين، صباح اليوم بالرئيس "
        "اللبناني جوزيف حداد، وسمير سلامة رئيس مجلس النواب."
    )
    # The envoy is the foreigner: the speaker the text leaves unmarked is the host's.
    assert people(meeting)["سمير سلامة"].country == "LB"


def test_a_national_body_gives_its_state(extract):
    [meeting] = extract("التقى رئيس مجلس السيادة الانتقالي عمر الطيب الرئيس الإريتري في الرياض.")
    assert people(meeting)["عمر الطيب"].country == "SD"


def test_an_energy_minister_is_of_the_oil_ministry(extract):
    [meeting] = extract(
        "استقبل الرئيس الجزائري كريم بلعيد وزير الطاقة الإيطالي ماركو بيانكي في الجزائر."
    )
    assert people(meeting)["ماركو بيانكي"].ministry == "oil"


def test_an_unnamed_office_s_body_named_by_its_head_noun_alone_is_no_body(extract):
    [meeting] = extract(
        "استقبل قائد الأسطول الخامس الأمريكي جون ميلر في المنامة وزير الداخلية "
        "البحريني راشد الخليفة، بحضور مدير المكتب."
    )
    [office] = [p for p in meeting.participants if not p.name]
    assert (office.role, office.org) == ("مدير المكتب", None)


def test_a_prince_whose_name_ends_in_the_founding_king_s_is_saudi(extract):
    text = (
        "التقى الأمير سلمان بن فهد بن عبدالعزيز وزير الداخلية في طوكيو وزير الدفاع الياباني "
        "كينجي ساتو."
    )
    (meeting,) = extract(text)
    named = people(meeting)
    assert named["سلمان بن فهد بن عبدالعزيز"].country == "SA"


def test_a_ruler_s_house_does_not_mark_the_host_as_the_foreign_party(extract):
    # His house makes the prince Bahraini; it does not make his unmarked ministers of
    # the other state, as a nationality written out would.
    (meeting,) = extract(
        "وقد استقبل القائد العام لقوة دفاع البحرين الشيخ سالم بن حمد آل خليفة وفدا "
        "من طلبة كلية الحرب بالولايات المتحدة برئاسة الجنرال جون كوري، وبحضور وزير شؤون "
        "الدفاع اللواء ناصر الجلاهمة وقائد سلاح الجو الملكي البحريني اللواء خالد "
        "النعيمي، حيث بحث معهم التعاون بين مملكة البحرين والولايات المتحدة."
    )
    states = {p.name: p.country for p in meeting.participants}
    assert states["سالم بن حمد آل خليفة"] == states["ناصر الجلاهمة"] == "BH"


def test_a_name_of_one_word_is_published_as_its_office_alone(extract):
    # one word is mostly a common word read as a name, or a name cut short
    (meeting,) = extract("استقبل الرئيس فارس اليوم السفير الإيطالي ماركو بيانكي في قصر قرطاج.")
    assert [(p.name, p.role) for p in meeting.participants] == [
        (None, "الرئيس"),
        ("ماركو بيانكي", "السفير"),
    ]


def test_those_a_visitor_meets_in_the_state_he_visits_are_its_people(extract):
    meetings = extract(
        "استهل قائد الجيش العماد سمير الخوري زيارته للولايات المتحدة بلقاء مساعد رئيس هيئة "
        "الأركان الجنرال جون ميلر. والتقى العماد الخوري مساعد وزير الخارجية السفير ديفيد "
        "براون الذي أكد دعم الجيش اللبناني."
    )
    found = {name: p for m in meetings for name, p in people(m).items()}
    assert (found["سمير الخوري"].country, found["ديفيد براون"].country) == ("LB", "US")


def test_an_unmarked_ambassador_at_a_foreign_visitor_s_meeting_is_of_the_visitor_s_state(extract):
    (meeting,) = extract(
        "استقبل قائد الجيش العماد سمير الخوري في مكتبه في اليرزة قائد القوات البريطانية الفريق "
        "جون ميلر، بحضور السفير توم ريد، والملحق العسكري المقدم بيتر غرين."
    )
    found = people(meeting)
    assert (found["توم ريد"].country, found["بيتر غرين"].country) == ("GB", "GB")
    assert found["سمير الخوري"].country == "LB"


def test_an_office_named_again_without_its_holder_is_not_a_second_participant(extract):
    (meeting,) = extract(
        "عقد العاهل المغربي الملك الحسن الثالث وأخوه الأمير فهد بن خالد آل سعود ولي "
        "العهد اجتماعا في جدة. وأكد العاهل المغربي وولي العهد السعودي خلال اللقاء متانة "
        "العلاقات."
    )
    assert [p.role for p in meeting.participants if not p.name] == []


def test_a_visitor_met_by_his_own_envoy_is_of_the_envoy_s_state(extract):
    (meeting,) = extract(
        "وصل رئيس الحكومة الدكتور مراد السالمي، مساء أمس، إلى المملكة المغربية في زيارة "
        "تدوم يومين. وكان في استقباله بمطار مراكش سفير تونس لدى المغرب نبيل العياري، "
        "إلى جانب عدد من المسؤولين المغاربة."
    )
    named = people(meeting)
    assert named["مراد السالمي"].country == "TN"
    assert named["نبيل العياري"].country == "TN"


def test_someone_named_bare_who_spoke_in_turn_holds_the_office_named_without_a_holder(
    extract,
):
    text = (
        "أجرى الرئيس القبرصي نيكوس ماركو اتصالا هاتفيا مع الرئيس الإيراني. "
        "ومن جانبه، ثمن حامد رستمي، خلال هذا الاتصال مواقف قبرص."
    )
    (meeting,) = extract(text)
    assert people(meeting)["حامد رستمي"].country == "IR"
    assert [p.role for p in meeting.participants if p.name is None] == []


def test_the_head_named_for_a_body_of_the_meeting_is_of_its_state(extract):
    text = (
        "بحثت بعثة من المفوضية السامية للأمم المتحدة لشؤون اللاجئين، مع الوزير الأول "
        "الموريتاني أحمدو ولد سيدي، اليوم، وضعية اللاجئين. وقال المفوض المساعد هانس "
        "كلاوسن في تصريح بعيد اللقاء إن المفوضية تشكر موريتانيا."
    )
    (meeting,) = extract(text)
    assert people(meeting)["هانس كلاوسن"].country == "UN"


def test_a_counterpart_named_by_state_alone_is_the_one_of_that_state_named(extract):
    text = (
        "هاتفيا.. وزيرالدفاع الكويتي ونظيرة الكيني يبحثان التطورات\n\n"
        "بحث الشيخ حمد سالم الصباح نائب رئيس الوزراء وزيرالدفاع وزيرالمالية الكويتي، "
        "مع جوزيف أوتينو وزير الدفاع الكيني، التطورات الإقليمية.\n\n"
        "وكان وزيرالدفاع الكويتي قد تلقى الاتصال صباحا من نظيره الكيني."
    )
    (meeting,) = extract(text)
    assert [p.name for p in meeting.participants] == ["حمد سالم الصباح", "جوزيف أوتينو"]


def test_an_office_told_in_the_title_and_again_in_the_story_is_one_party(extract):
    [meeting] = extract(
        "الرئيس يستقبل وزيرة الدفاع الإسبانية\n"
        "استقبل الرئيس كمال الهاشمي اليوم وزيرة الدفاع الإسبانية. وأكد الهاشمي خلال "
        "استقباله وزيرة الدفاع الإسبانية أهمية التعاون."
    )
    assert [p.role for p in meeting.participants if not p.name] == ["وزيرة الدفاع"]


def test_an_unmarked_foreign_minister_is_not_of_the_state_of_the_foreigner_he_receives(extract):
    (meeting,) = extract(
        "استقبل وزير الخارجية نبيل فارس اليوم رئيس الوزراء الفلسطيني محمد حمدان، وبحثا "
        "التطورات في الضفة الغربية والقضية الفلسطينية."
    )
    named = people(meeting)
    assert named["محمد حمدان"].country == "PS"
    assert named["نبيل فارس"].country != "PS"


def test_a_defence_minister_receiving_his_own_chief_of_staff_keeps_that_state(extract):
    (meeting,) = extract(
        "استقبل وزير الدفاع سالم العلي اليوم رئيس أركان الجيش الليبي كمال الزروق، وبحثا "
        "تنظيم الوحدات."
    )
    assert people(meeting)["سالم العلي"].country == "LY"


def test_names_offices_and_bodies_are_published_without_vowel_marks(extract):
    [meeting] = extract("استقبل مستشارُ الأمنِ القوميِّ سالم الهاشمي وزيرَ الدفاعِ الأمريكيَّ جون سميث.")
    assert people(meeting)["سالم الهاشمي"].role == "مستشار الأمن القومي"
    assert people(meeting)["جون سميث"].org == "وزارة الدفاع"


def test_the_one_person_named_does_not_hold_the_office_of_who_called_him(extract):
    (meeting,) = extract(
        "تلقى سالم كريم الساعدي اتصالا هاتفيا من وزير الخارجية الأمريكي بحث خلاله مهام "
        "القوات الأمريكية في العراق."
    )
    (named,) = [p for p in meeting.participants if p.name]
    assert (named.role, named.country) != ("وزير الخارجية", "US")
