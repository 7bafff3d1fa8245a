import datetime as dt

from .conftest import people, read


def test_a_clause_referring_back_continues_the_meeting():
    document = read(
        "اجتمع وزير الداخلية العراقي حسين الربيعي مع نظيره الكويتي فهد العنزي؛"
        " وحضر الاجتماع سفير الكويت لدى العراق. كما بحث الجانبان ملف الحدود.",
        until="grouping",
    )
    (event,) = document.events
    assert event.persons == [0, 1]
    assert [o.role for o in event.offices] == ["سفير الكويت"]
    assert event.scope == [0, 1]


def test_someone_new_opens_another_meeting():
    document = read(
        "استقبل وزير الخارجية العماني سالم الهنائي سفير اليابان كينتا موري. "
        "ثم استقبل الهنائي سفير كندا مارك ليبلان.",
        until="grouping",
    )
    # each in the order the text names them
    assert [event.persons for event in document.events] == [[0, 1], [0, 2]]


def test_two_clauses_make_two_meetings(extract):
    text = (
        "التقى وزير الداخلية الليبي نادر سالم نظيره المصري حسام الدين فوزي في القاهرة. "
        "كما التقى نادر سالم مع وزير الداخلية السوداني عمر البشير الطيب."
    )
    first, second = extract(text)
    assert set(people(first)) == {"نادر سالم", "حسام الدين فوزي"}
    assert set(people(second)) == {"نادر سالم", "عمر البشير الطيب"}


def test_later_sentences_about_the_same_meeting_add_no_meeting(extract):
    text = (
        "بحثت وزيرة الخارجية الليبية هدى المبروك مع السفير الفرنسي لدى ليبيا بيير دوران "
        "ملف الهجرة. "
        "وأكدت المبروك خلال اللقاء أهمية التعاون. ومن جانبه، بحث دوران معها ملف التأشيرات."
    )
    assert len(extract(text)) == 1


def test_attendees_join_the_meeting(extract):
    text = (
        "استقبل رئيس الحكومة الليبية منصور الفيتوري سفير اليابان لدى ليبيا كينجي ساتو. "
        "وحضر اللقاء وزير المالية الليبي جمال الورفلي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"منصور الفيتوري", "كينجي ساتو", "جمال الورفلي"}
    assert people(meeting)["كينجي ساتو"].country == "JP"
    assert people(meeting)["جمال الورفلي"].ministry == "finance"


def test_institutions_take_part(extract):
    text = (
        "عقدت وزارة الداخلية الليبية اجتماعا مع المنظمة الدولية للهجرة "
        "ومفوضية الاتحاد الأوروبي بحضور مندوب عن جهاز حرس الحدود."
    )
    (meeting,) = extract(text)
    countries = {p.org: p.country for p in meeting.participants}
    assert countries["المنظمة الدولية للهجرة"] == "UN"
    assert "EU" in meeting.countries


def test_chairing_a_meeting_is_a_meeting_of_its_own(extract):
    text = (
        "التقى وزير الداخلية الجزائري عبد القادر بوشلاغم نظيره النيجري عثمان مايغا. "
        "وكان بوشلاغم قد ترأس أمس بمقر الوزارة اجتماعا للجنة الوطنية للوقاية من الاتجار بالأشخاص."
    )
    meetings = extract(text, dt.date(2024, 10, 3))
    assert len(meetings) == 2
    assert any(p.org and p.org.startswith("اللجنة الوطنية") for p in meetings[1].participants)


def test_a_body_meeting_on_its_own(extract):
    text = (
        "اتفق وزير الداخلية الأردني سامر العدوان ونظيره السوري حسان الحسين اليوم على تفعيل "
        "اللجنة الأمنية الأردنية السورية المشتركة، استكمالا لما تم الاتفاق عليه في اجتماع "
        "اللجنة الذي عقد في دمشق في 23 تشرين الأول الماضي."
    )
    meetings = extract(text, dt.date(2024, 1, 4))
    committee = meetings[-1]
    assert [p.org for p in committee.participants] == ["اللجنة الأمنية الأردنية السورية المشتركة"]
    assert committee.place == "دمشق"


def test_an_earlier_meeting_of_the_same_people_is_another_meeting(extract):
    text = (
        "استقبل رئيس الحكومة الليبية منصور الفيتوري، اليوم الأحد في طرابلس، وزير الخارجية "
        "اليوناني نيكوس ديميتريو. "
        "وكان الفيتوري قد التقى ديميتريو في أثينا مطلع مايو الماضي."
    )
    first, second = extract(text, dt.date(2024, 6, 30))
    assert (first.place, first.date) == ("طرابلس", dt.date(2024, 6, 30))
    # "مطلع مايو الماضي" names a month, not a day.
    assert (second.place, second.date, second.date_precision) == (
        "أثينا",
        dt.date(2024, 5, 1),
        "month",
    )


def test_an_object_right_after_the_verb_takes_the_last_meeting_s_subject(extract):
    text = (
        "اجتمع وزير الداخلية الإيطالي ماركو بيانكي أمس مع سالم الورفلي في بنغازي،"
        " حيث التقى بنظيره الليبي عمر التاجوري في مقر الوزارة."
    )
    meetings = extract(text)
    assert {"ماركو بيانكي", "عمر التاجوري"} <= set(people(meetings[-1]))


def test_a_meeting_after_the_reception_belongs_to_the_same_visit(extract):
    text = (
        "استقبل وزير الداخلية الليبي سالم الورفلي اليوم وزير الداخلية المالطي جوزيف كارانتي."
        " وعقب الاستقبال عقد اجتماع موسع حضره وكيل الوزارة منصور الزوي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الورفلي", "جوزيف كارانتي", "منصور الزوي"}


def test_a_spokesperson_reports_a_meeting_without_taking_part(extract):
    text = (
        "التقى وزير الدفاع الروسي يوري بيتروف قائد الجيش الليبي سالم الورفلي، وفق ما أعلنه"
        " المتحدث باسم الجيش أحمد العبيدي."
    )
    (meeting,) = extract(text)
    assert "أحمد العبيدي" not in people(meeting)


def test_parties_named_after_the_subject_with_mea(extract):
    text = (
        "ناقش وكيل وزارة الداخلية الليبي منصور الزوي، يوم الأحد، آفاق التنسيق في مكافحة"
        " التهريب مع المبعوث المالطي لدى ليبيا، جوزيف كارانتي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"منصور الزوي", "جوزيف كارانتي"}


def test_one_meeting_told_twice_is_one(extract):
    text = (
        "بحث وزير الداخلية السوري أنور الحلبي ونظيره الأردني سامر الخوالدة التعاون في عمان.\n"
        "وقال البيان إن الوزيرين تناولا أمن الحدود.\n"
        "وكان وزير الداخلية السوري أنور الحلبي قد بحث مع نظيره الأردني سامر الخوالدة في عمان"
        " ملف المخدرات."
    )
    assert len(extract(text)) == 1


def test_what_the_two_parties_did_next_is_about_their_meeting(extract):
    text = (
        "استقبل وزير الداخلية الليبي سالم الورفلي نظيره التونسي منير الساحلي في طرابلس.\n"
        "وتبادلا الحديث حول مكافحة الهجرة غير الشرعية."
    )
    (meeting,) = extract(text)
    assert "migration" in meeting.topics


def test_parties_met_one_by_one_make_one_meeting_each(extract):
    text = (
        "أجرى رئيس الأركان السوداني الفريق أول دكتور ركن حامد عثمان في الخرطوم جلستي "
        "مباحثات منفصلتين، مع كل من رئيس الأركان النيجري الفريق موسى أبا وقائد الجيش "
        "التشادي الفريق آدم يوسف."
    )
    meetings = extract(text)
    assert [set(people(m)) for m in meetings] == [
        {"حامد عثمان", "موسى أبا"},
        {"حامد عثمان", "آدم يوسف"},
    ]
    assert people(meetings[0])["حامد عثمان"].role == "رئيس الأركان"


def test_a_separate_story_is_no_separate_meeting(extract):
    text = (
        "وفي سياق منفصل، التقى وزير الداخلية الليبي نادر سالم نظيره التونسي منير بلحاج "
        "بحضور السفير الإيطالي ماركو روسي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"نادر سالم", "منير بلحاج", "ماركو روسي"}


def test_a_verb_with_a_pronoun_object_meets_the_person_named_before(extract):
    text = (
        "وصل نائب وزير الدفاع الروسي إيفان سوكولوف إلى باماكو في زيارة عمل. "
        "وخلال الزيارة، استقبله الرئيس المالي العقيد موسى كوني. "
        "وزار سوكولوف النيجر الأحد، حيث استقبله رئيس المجلس العسكري العميد آدم سعيدو."
    )
    meetings = extract(text)
    assert [set(people(m)) for m in meetings] == [
        {"إيفان سوكولوف", "موسى كوني"},
        {"إيفان سوكولوف", "آدم سعيدو"},
    ]
    # The second visit is to another state: the first one's city is not its place.
    assert [(m.place, m.place_country) for m in meetings] == [("باماكو", "ML"), (None, "NE")]


def test_a_minister_speaking_at_the_opening_of_a_body_s_meeting_takes_part(extract):
    text = (
        "بدأ في باماكو اجتماع لوزراء داخلية تجمع دول الساحل والصحراء يتناول الجريمة المنظمة. "
        "وقال وزير الداخلية المالي الجنرال موسى كوني خلال افتتاح الاجتماع إن التنسيق "
        "ضروري."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"موسى كوني"}
    assert [p.org for p in meeting.participants if not p.name] == ["تجمع دول الساحل والصحراء"]
    assert meeting.place == "باماكو"
    assert "organized-crime" in meeting.topics


def test_talks_held_with_attendees_are_the_visit_s_talks(extract):
    text = (
        "استقبل الرئيس السوري سامي الحلبي وزير الخارجية التركي أحمد يلماز في دمشق. "
        "وعقدت جلسة مباحثات حضرها وزير الخارجية السوري نزار العلي وركزت على ملف المياه."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي الحلبي", "أحمد يلماز", "نزار العلي"}


def test_a_meeting_on_the_sidelines_is_another(extract):
    text = (
        "اجتمع وزير الداخلية الليبي عماد الزوي برئيسة بعثة المنظمة الدولية للهجرة سارة "
        "جونسون. وفي هامش هذا اللقاء انعقد اجتماع ثان بحضور مدير جهاز الهجرة اللواء صالح "
        "الهادي، ومدير إدارة التعاون الدولي اللواء يوسف الدرسي."
    )
    meetings = extract(text)
    assert [set(people(m)) for m in meetings] == [
        {"عماد الزوي", "سارة جونسون"},
        {"صالح الهادي", "يوسف الدرسي"},
    ]


def test_a_call_told_in_a_relative_clause_between_others_is_another_meeting(extract):
    text = (
        "تلقى وزير الخارجية الجزائري أحمد بلقاسم اتصالا هاتفيا من نظيره الفرنسي جان مارتان. "
        "وجاء ذلك بعد المكالمة التي جرت في 31 مارس بين الرئيس الجزائري عبد المجيد حمدي "
        "ونظيره الفرنسي إيمانويل روبير تلقى بلقاسم الاتصال."
    )
    meetings = extract(text)
    assert [set(people(m)) for m in meetings] == [
        {"أحمد بلقاسم", "جان مارتان"},
        {"عبد المجيد حمدي", "إيمانويل روبير"},
    ]


def test_talks_that_brought_others_together_told_in_a_relative_clause_are_another_meeting(
    extract,
):
    text = (
        "اجتمع وزير العدل التونسي كمال بن سالم بنظيره البلجيكي بيتر يانسنس في بروكسل. "
        "وأشاد الوزيران بالتقارب الذي تحقق عقب المحادثات التي جمعت الرئيس التونسي "
        "منير الحداد برئيس الوزراء البلجيكي لوك مارتنس في تونس."
    )
    meetings = extract(text)
    assert [set(people(m)) for m in meetings] == [
        {"كمال بن سالم", "بيتر يانسنس"},
        {"منير الحداد", "لوك مارتنس"},
    ]


def test_a_verb_after_then_with_one_party_goes_on_with_the_host(extract):
    text = (
        "استقبل وزير الخارجية الموريتاني سيدي ولد الطالب اليوم السفير الإسباني خوان مارين، "
        "ثم استقبل السفيرة الهولندية ليزا دي فريس."
    )
    meetings = extract(text)
    assert [set(people(m)) for m in meetings] == [
        {"سيدي ولد الطالب", "خوان مارين"},
        {"سيدي ولد الطالب", "ليزا دي فريس"},
    ]


def test_before_he_received_narrates_a_meeting_held(extract):
    text = (
        "استقبل وزير الخارجية الموريتاني سيدي ولد الطالب اليوم السفير الإسباني خوان مارين، "
        "قبل أن يستقبل السفيرة الهولندية ليزا دي فريس."
    )
    assert len(extract(text)) == 2


def test_a_verb_with_its_subject_named_earlier_in_the_sentence_keeps_it(extract):
    text = (
        "وزار وزير الخارجية الإيراني كاظم رضائي بغداد أمس وتشاور مع نظيره العراقي "
        "سامر الجبوري، ثم أجرى مباحثات مع رئيس الوزراء العراقي نوري الساعدي."
    )
    last = extract(text, published=dt.date(2024, 3, 9))[-1]
    assert set(people(last)) == {"كاظم رضائي", "نوري الساعدي"}


def test_whereby_goes_on_about_the_meeting():
    document = read(
        "استقبل وزير الداخلية العراقي حامد الكعبي الأمين العام للمنظمة فؤاد الرميثي. "
        "حيث أشاد الوزير بالتعاون في مكافحة المخدرات.",
        until="grouping",
    )
    (event,) = document.events
    assert event.scope == [0, 1]


def test_attendees_among_a_number_of_officials_take_part(extract):
    (meeting,) = extract(
        "التقى وزير الداخلية السوداني صديق الجعلي، اليوم، وزير الداخلية التشادي محمد حسين، "
        "بحضور عدد من القيادات في الوزارة، من بينهم اللواء عوض الكريم رئيس هيئة الجمارك."
    )
    assert "عوض الكريم" in people(meeting)


def test_a_verb_whose_object_is_the_meeting_goes_on_with_it(extract):
    text = (
        "استقبل رئيس الأركان الليبي سالم الفيتوري وفدا من الجيش التونسي برئاسة اللواء هادي "
        "الغربي. وأقيمت للوفد مراسم استقبال حضرها العميد نوري السويحلي. وشهد اللقاء عقد "
        "جلسة مباحثات بحضور العقيد حسن المبروك."
    )
    (meeting,) = extract(text)
    assert {"سالم الفيتوري", "هادي الغربي", "حسن المبروك"} <= set(people(meeting))


def test_a_participants_words_after_an_aside_are_still_about_the_meeting():
    document = read(
        "التقى وزير الدفاع التونسي منير الزغلامي بالمفوض الأوروبي كارلو بيانكي. "
        "وبخصوص الوضع في المنطقة أكد الوزير أن بلاده تدعم الحوار. "
        "وأكد كارلو بيانكي استعداد الاتحاد لدعم خفر السواحل في مكافحة الهجرة غير الشرعية.",
        until="grouping",
    )
    (event,) = document.events
    assert 2 in event.scope


def test_the_one_who_welcomed_the_delegation_is_its_host(extract):
    text = (
        "استقبلت قيادة خفر السواحل العمانية وفدا بريطانيا ضم الملحق العسكري. "
        "ورحب نائب قائد خفر السواحل العميد سالم البلوشي بالوفد الزائر، مشيدا بالتعاون."
    )
    (meeting,) = extract(text)
    assert "سالم البلوشي" in people(meeting)
    assert {p.country for p in meeting.participants if p.role == "الملحق العسكري"} == {"GB"}


def test_what_was_discussed_during_the_meeting_is_that_meeting(extract):
    [meeting] = extract(
        "التقى رئيس البرلمان خليل الورداني وزير الخارجية القبرصي أندرياس كوستا في بنغازي. "
        "ونقلا عن المتحدث باسم البرلمان، فإن الرئيس بحث خلال اللقاء فتح قنصلية قبرصية."
    )
    assert "diplomacy" in meeting.topics


def test_talks_still_awaited_are_no_meeting(extract):
    assert not extract(
        "وصل الوزير إلى الرياض عشية محادثات مرتقبة بين الرئيسين الأمريكي جون كارتر "
        "والروسي إيفان بتروف."
    )


def test_what_the_meeting_discussed_is_not_someone_it_met(extract):
    (meeting,) = extract(
        "استقبل وزير الداخلية سالم الورفلي في طرابلس السفير الإيطالي لوكا فيراري. "
        "وقال المكتب الإعلامي إن اللقاء ناقش مبادرة المبعوث الأممي هانس مولر لعقد حوار "
        "جديد. وشدد اللقاء على أهمية إجراء الانتخابات."
    )
    assert set(people(meeting)) == {"سالم الورفلي", "لوكا فيراري"}
    assert "diplomacy" in meeting.topics


def test_a_sentence_saying_the_one_before_came_during_a_meeting_tells_more_of_it(extract):
    text = (
        "بحث وزير الداخلية الليبي عماد الكيلاني وسفير إيطاليا جان ماتيو التعاون الأمني. "
        "جاء ذلك خلال لقائهما، أمس، بمقر الوزارة في مدينة طرابلس، بحضور مدير الأمن "
        "نادر الفيتوري."
    )
    (meeting,) = extract(text, published=dt.date(2025, 3, 4))
    assert set(people(meeting)) == {"عماد الكيلاني", "جان ماتيو", "نادر الفيتوري"}
    assert (meeting.place, meeting.date) == ("طرابلس", dt.date(2025, 3, 3))


def test_a_meeting_told_in_the_present_then_in_the_past_was_held(extract):
    text = (
        "الرئيس سالم دوكو يلتقي مستشار الأمن القومي الليبي نادر الفيتوري الذي يزور البلاد "
        "حاليا وتعاون الحدود أهم محاور الاجتماع. "
        "كما بحث الجانبان خلال اللقاء تأمين الحدود المشتركة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم دوكو", "نادر الفيتوري"}


def test_a_subject_word_followed_by_more_named_people_does_not_end_the_parties(extract):
    text = (
        "جاء ذلك خلال لقاء وزير الداخلية الليبي خالد الكيلاني أعضاء الفريق الأممي الذي ضم "
        'ماركو روسي المبعوث الخاص سابقا لدى عدد من البلدان و"جاكلين موران" مديرة إدارة '
        'الشمال و"سعاد كريمي" رئيسة قطاع الإصلاح.'
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"خالد الكيلاني", "ماركو روسي", "جاكلين موران", "سعاد كريمي"}


def test_who_spoke_in_the_sentence_before_came_during_a_meeting_takes_part(extract):
    text = (
        "طالبت سعاد مارينو، رئيسة الحكومة الإيطالية، السلطات الليبية بتكثيف العمل على "
        "الحدود. "
        "جاء ذلك خلال لقاء مع رئيس الحكومة الليبية سالم الرحبي في روما، وأشاد خلاله "
        "بالرئيس نادر الكيلاني."
    )
    (meeting,) = extract(text)
    assert {"سعاد مارينو", "سالم الرحبي"} <= set(people(meeting))


def test_who_said_something_during_a_call_with_someone_took_part(extract):
    text = (
        "أجرى رئيس المجلس الرئاسي سالم الرحبي سلسلة اتصالات مع رؤساء دول الجوار. "
        "وأكد الرحبي في اتصال هاتفي مساء أمس، مع الرئيس المصري جان ماتيو، عمق العلاقات."
    )
    meetings = extract(text)
    assert any(set(people(m)) == {"سالم الرحبي", "جان ماتيو"} for m in meetings)


def test_and_then_met_names_whom_the_subject_before_met(extract):
    first, second = extract(
        "التقى وزير الدفاع التونسي كريم بوزيد اليوم نظيره الليبي عمر الكيلاني،"
        " وأمس التقى وزير داخلية مالطا جوزيف بورغ."
    )
    assert set(people(second)) == {"كريم بوزيد", "جوزيف بورغ"}


def test_and_then_met_with_someone_keeps_its_own_subject(extract):
    meetings = extract(
        "التقى وزير الدفاع التونسي كريم بوزيد اليوم نظيره الليبي عمر الكيلاني،"
        " والتقى وزير داخلية مالطا جوزيف بورغ بعدد من الضباط."
    )
    assert [set(people(m)) for m in meetings] == [{"كريم بوزيد", "عمر الكيلاني"}]


def test_some_of_a_body_s_members_after_with_make_the_body_a_party(extract):
    (meeting,) = extract(
        "ناقش وزير الداخلية الليبي سالم حمد الأوضاع الأمنية مع عدد من أعضاء المجلس البلدي سرت."
    )
    assert "المجلس البلدي" in {p.org for p in meeting.participants if not p.name}


def test_chairing_an_urgent_meeting_of_a_committee_is_meeting_it(extract):
    (meeting,) = extract(
        "ترأس وزير الداخلية الليبي سالم حمد، اليوم، اجتماعًا طارئًا للجنة العليا لمكافحة التهريب."
    )
    assert "اللجنة العليا لمكافحة التهريب" in {p.org for p in meeting.participants if not p.name}


def test_whose_plan_was_discussed_is_no_party(extract):
    (meeting,) = extract(
        "بحث وزير الخارجية المصري سالم الحاسي مع نظيره الأمريكي جون سميث خطة الرئيس"
        " الأمريكي دونالد ترامب لوقف الحرب."
    )
    assert set(people(meeting)) == {"سالم الحاسي", "جون سميث"}


def test_a_verb_bringing_in_a_new_unnamed_office_tells_another_meeting(extract):
    meetings = extract(
        "استقبل رئيس مجلس الوزراء سمير الخوري اليوم في السراي سفير طاجيكستان رستم "
        "نازاروف وعرض معه علاقات البلدين.\n\n"
        "كما استقبل في اليوم ذاته أمين لجنة الحزب الشيوعي الفيتنامي لإقليم هانوي، وبحث "
        "معه تبادل الزيارات."
    )
    assert len(meetings) == 2
    assert set(people(meetings[0])) == {"سمير الخوري", "رستم نازاروف"}
    assert [p.role for p in meetings[1].participants if not p.name] == ["أمين لجنة الحزب الشيوعي"]


def test_an_office_named_again_by_its_head_brings_in_no_new_party(extract):
    meetings = extract(
        "بحث وزير الداخلية العراقي سالم الجبوري، مع وزيرة النقل الإيرانية فرزانة "
        "رضائي، اليوم الأحد، تنظيم عودة الزائرين.\n\n"
        'وأفاد بيان الوزارة بأن "الجبوري استقبل بمقر الوزارة الوزيرة الإيرانية '
        'ومرافقيها".'
    )
    assert len(meetings) == 1


def test_a_body_received_right_after_the_subject_and_the_day_takes_part(extract):
    [meeting] = extract(
        "استقبل وزير الداخلية واللامركزية، سيدي ولد أحمد، اليوم، بمكتبه، بعثة "
        "الاتحاد الأوروبي المعنية بملف الهجرة."
    )
    [body] = [p.org for p in meeting.participants if not p.name]
    assert body.startswith("بعثة الاتحاد الأوروبي")


def test_some_heads_of_committees_listed_with_the_host_end_no_parties(extract):
    [meeting] = extract(
        "استقبل رئيس مجلس الشيوخ سالم الزوي، رفقة النائب الأول عمر بقي، وعدد من "
        "رؤساء لجان المجلس، يوم السبت، وزير الخارجية القطري حمد بن جاسم آل ثاني."
    )
    assert "حمد بن جاسم آل ثاني" in people(meeting)


def test_bodies_after_some_ministers_named_by_no_one_are_no_parties(extract):
    [meeting] = extract(
        "التقى وزير الخارجية الإيطالي ماركو ريني في روما نظيره الليبي سالم الزوي. "
        "وافتتح الحوار برئاسة وزير الخارجية الإيطالي ماركو ريني، بحضور عدد من وزراء "
        "المنطقة ومسؤولين من منظمة الصحة العالمية وصندوق النقد الدولي."
    )
    assert [p for p in meeting.participants if not p.name] == []


def test_who_spoke_in_the_sentence_before_met_when_he_said_he_did(extract):
    [meeting] = extract(
        "وقال وزير الخارجية الأمريكي جون ميلر في بيان إن الشراكة مع الهند مهمة. "
        "وأوضح بأنه ناقش مع رئيس الوزراء الهندي راجيف كومار أمن الملاحة."
    )
    assert set(people(meeting)) == {"جون ميلر", "راجيف كومار"}


def test_a_spokesman_in_the_name_of_a_body_reports_the_meeting(extract):
    [meeting] = extract(
        "ونقل بيان للناطق الرسمي باسم البرلمان عمر بلحاج أن رئيس البرلمان سالم عيسى "
        "بحث مع رئيس مجلس الشيوخ الفرنسي جيرار مارتان سبل التعاون."
    )
    assert set(people(meeting)) == {"سالم عيسى", "جيرار مارتان"}


def test_a_spokesman_who_attends_takes_part(extract):
    [meeting] = extract(
        "التقى وزير الخارجية سالم عيسى نظيره الفرنسي جيرار مارتان، بحضور المتحدث باسم "
        "الوزارة عمر بلحاج."
    )
    assert "عمر بلحاج" in people(meeting)


def test_what_was_discussed_told_in_the_passive_is_the_meeting_before(extract):
    [meeting] = extract(
        "التقى الرئيس الفلسطيني سالم عباس، صباح الخميس، في مكتبه بمدينة رام الله، سفير "
        "الاتحاد الأوروبي جون راتر.\nوعرض الرئيس عباس على السفير الأوروبي تطورات "
        "الوضع.\nكما جرى بحث زيارة يؤديها الرئيس عباس لاحقا إلى بروكسل لتوطيد الصلات "
        "مع الاتحاد الأوروبي."
    )
    assert meeting.place == "رام الله"


def test_both_sides_attendees_join_the_meeting_set_in_its_time(extract):
    text = (
        "اجتمع الرئيس الفلسطيني سالم حداد اليوم مع العاهل الأردني الملك فيصل بن حسين في "
        "عمان. ويأتي الاجتماع في إطار التنسيق بين الجانبين، خاصة بعد إعلان الرئيس "
        "الأمريكي جون ميلر نقل سفارة بلاده في الشهر المقبل. وحضر اللقاء من الجانب "
        "الفلسطيني: مدير المخابرات العامة اللواء خالد عودة، وسفير فلسطين لدى الأردن مروان حمدان. "
        "ومن الجانب الأردني: مدير الديوان الملكي عمر الرفاعي، ووزير الخارجية سامي الخطيب."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {
        "سالم حداد",
        "فيصل بن حسين",
        "خالد عودة",
        "مروان حمدان",
        "عمر الرفاعي",
        "سامي الخطيب",
    }


def test_meetings_of_a_group_told_one_by_one_are_meetings_of_their_own(extract):
    text = (
        "استقبل وزير الداخلية العراقي كريم الزبيدي نظيره اللبناني فادي نصار، ونظيره "
        "السوري ماهر العلي، ونظيره الأردني باسل الخطيب للمشاركة في مؤتمر إقليمي. "
        "وفي البداية، استقبل الزبيدي نظيره اللبناني فادي نصار وبحثا مكافحة المخدرات. "
        "ثم استقبل الزبيدي وزير الداخلية السوري ماهر العلي."
    )
    meetings = extract(text)
    assert sorted(len(m.participants) for m in meetings) == [2, 2, 4]


def test_one_of_a_group_named_again_is_the_group_s_meeting_told_again(extract):
    text = (
        "عقد رئيس المخابرات المصرية حسام فوزي محادثات مع رئيس الوزراء الإسرائيلي نداف "
        "شيرمان ووزير الدفاع الإسرائيلي عوفر لاندو. وقالت هيئة البث إن فوزي اجتمع مع "
        "شيرمان بحضور مسؤولين كبار."
    )
    (meeting,) = extract(text)
    assert len(meeting.participants) == 3


def test_the_two_sides_discussing_again_refer_back_and_bring_who_attended(extract):
    text = (
        "ناقش رئيس المؤسسة الوطنية للنفط جوزيف أوتينو، مع السفير التنزاني حسن مبوا أوجه "
        "التعاون.\nو بحث الجانبان أيضا، أثناء لقائهما بحضور رئيس قسم العقود في "
        "المؤسسة السيد سالم الدوري، خطط الإنتاج."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جوزيف أوتينو", "حسن مبوا", "سالم الدوري"}


def test_a_spokesman_received_by_someone_named_before_is_met(extract):
    meetings = extract(
        "بدأ وزير العدل الأردني الدكتور كمال الروسان زيارة إلى فيينا. ومن جهة أخرى، التقى "
        "وزير العدل المتحدث باسم الكتلة البرلمانية للحزب الاشتراكي يوهان غرابر."
    )
    assert any("يوهان غرابر" in people(m) for m in meetings)


def test_who_attended_the_meeting_attended_the_one_held_not_the_one_to_come(extract):
    meetings = extract(
        "استقبل رئيس الحكومة سالم الهاشمي السفير الروسي أندريه فولكوف في المنامة، خلال "
        "حضوره الدورة الجديدة لاجتماع المجلس الوزاري الذي يعقد غدا. وحضر الاستقبال "
        "وزير الخارجية كمال الغيلاني."
    )
    held = [m for m in meetings if m.status == "held"]
    assert len(held) == 1
    assert set(people(held[0])) == {"سالم الهاشمي", "أندريه فولكوف", "كمال الغيلاني"}


def test_a_receiver_who_is_also_the_government_s_spokesperson_takes_part(extract):
    text = (
        "استقبل معالي وزير الاتصال، المتحدث الرسمي للحكومة السيد/ سيدي ولد أحمد "
        "صباح أمس في مكتبه سفير اليابان كينجي سوزوكي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سيدي ولد أحمد", "كينجي سوزوكي"}
    reported = (
        "التقى وزير الخارجية سالم العلي سفير اليابان كينجي سوزوكي، وفق ما أعلنه الناطق "
        "الرسمي باسم الحكومة سيدي ولد أحمد."
    )
    (meeting,) = extract(reported)
    assert set(people(meeting)) == {"سالم العلي", "كينجي سوزوكي"}


def test_a_report_with_no_speaker_of_its_own_is_of_one_named_before_it(extract):
    text = (
        "وصل وزير الدفاع التشادي داود يايا إلى نواكشوط. وتأتي الزيارة وسط تحركات في "
        "المنطقة، منها زيارة للرئيس البوركيني الانتقالي جان ماري كابوري التي استهلها "
        "أمس في مالي، وأفادت مصادر بأنه ناقش خلال لقائه بالعقيد موسى ديارا تنسيقا أمنيا."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جان ماري كابوري", "موسى ديارا"}


def test_him_received_after_a_named_visitor_is_the_visitor_despite_an_office_met_later(extract):
    text = (
        "وصل وزير الخارجية الإيراني علي رضائي إلى بغداد في زيارة يلتقي خلالها رئيس "
        "الوزراء، واستقبله في المطار نظيره العراقي فؤاد حسين."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"علي رضائي", "فؤاد حسين"}


def test_a_report_with_no_speaker_is_of_the_sentence_s_subject_not_whom_he_met(extract):
    text = (
        "وصل المبعوث الأممي هانس برغر إلى بغداد أمس حيث التقى رئيس حكومة الإقليم مسرور "
        "البارزاني، وقالت مصادر إنه اجتمع أيضا مع رئيس الوزراء محمد السوداني."
    )
    pairs = sorted(sorted(people(m)) for m in extract(text))
    assert pairs == sorted([["مسرور البارزاني", "هانس برغر"], ["محمد السوداني", "هانس برغر"]])


def test_a_spokesperson_given_as_the_source_of_a_reception_takes_no_part(extract):
    text = (
        "استقبل رئيس الوزراء الأردني بشر العدوان، بحسب المتحدث باسم الحكومة سامي "
        "المومني، السفير الأمريكي جون سميث."
    )
    (meeting,) = extract(text)
    assert "سامي المومني" not in people(meeting)


def test_the_meeting_referred_to_after_one_announced_is_the_one_held_before_it(extract):
    text = (
        "عقد اجتماع أمني بين مدير المخابرات اللبنانية طوني سعد ورئيس جهاز الاستخبارات "
        "السوري حسن سالم. وستنظم الرياض قريبا اجتماعا آخر لوفدين من البلدين. "
        "وجرى خلال اللقاء بحث ضبط الحدود، بحضور السفير السعودي وليد العلي."
    )
    (meeting,) = extract(text)
    assert {"طوني سعد", "حسن سالم", "وليد العلي"} <= set(people(meeting))


def test_the_two_ministers_of_the_meeting_are_named_one_in_each_sentence_before(extract):
    text = (
        "وصل وزير الخارجية التركي سليم أوزجان إلى الجزائر اليوم في زيارة عمل ليومين. "
        "وجاءت الزيارة بدعوة من نظيره الجزائري كمال بن علي. وفي الاجتماع استعرض الوزيران "
        "ملف الطاقة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سليم أوزجان", "كمال بن علي"}


def test_a_spokesperson_named_alone_before_is_not_one_of_the_two(extract):
    text = (
        "استقبل الرئيس المصري سامي فؤاد رؤساء أجهزة المخابرات العربية. وقال المتحدث "
        "الرسمي باسم الرئاسة عادل حسين إن الرئيس رحب بالحضور. وخلال اللقاء أكد الرئيسان "
        "أهمية التنسيق."
    )
    assert all("عادل حسين" not in people(m) for m in extract(text))


def test_the_two_ministers_are_not_a_president_and_a_minister(extract):
    text = (
        "وصل وزير الخارجية الجزائري سالم عمران إلى تونس. وأشاد الرئيس التونسي سامي فؤاد "
        "في وقت سابق بالعلاقات. وخلال اللقاء بحث الوزيران ملفات المنطقة."
    )
    assert all({"سالم عمران", "سامي فؤاد"} != set(people(m)) for m in extract(text))


def test_who_attends_a_meeting_to_come_is_not_at_the_one_held_before(extract):
    text = (
        "استقبل الرئيس المصري سامي فؤاد في القاهرة اليوم وزير الخارجية الأمريكي جون سميث. "
        "ويلتقي سميث غدا في عمان الملك عبد الله سالم. ويحضر اللقاء الأمير فيصل بن سالم."
    )
    held = [m for m in extract(text)]
    assert all("فيصل بن سالم" not in people(m) for m in held)


def test_talks_with_his_counterpart_are_those_of_the_one_who_speaks_of_them(extract):
    text = (
        "قال وزير الخارجية كمال الراشد، إن المباحثات التي جرت اليوم، مع نظيره البولندي "
        "يان كوفالسكي، تناولت الأوضاع في المنطقة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كمال الراشد", "يان كوفالسكي"}


def test_a_meeting_with_someone_new_during_which_a_meeting_to_come_was_spoken_of_is_held(
    extract,
):
    (meeting,) = extract(
        "أكد الأمين العام للمنظمة سالم العلي أن الاجتماع الوزاري المشترك في شهر مايو "
        "القادم سيناقش ملفات عديدة. جاء ذلك خلال لقائه في الرياض اليوم بالمبعوث الخاص "
        "للاتحاد الأوروبي جان دوبوا."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان دوبوا"}


def test_a_meeting_a_refusal_led_someone_to_hold_is_his_and_held(extract):
    (meeting,) = extract(
        "رفض رئيس المجلس سالم العلي، مساء اليوم، استقبال المبعوث الأممي جان دوبوا لدى "
        "وصوله إلى مدينة طبرق، فيما منع المحتجون بعثة الأمم المتحدة برئاسة دوبوا من "
        "مغادرة المطار، مما اضطره إلى عقد اجتماع مع عدد من النواب كان على رأسهم النائب "
        "الأول لرئيس المجلس كمال حسن."
    )
    assert set(people(meeting)) == {"جان دوبوا", "كمال حسن"}
    assert meeting.place == "طبرق"
