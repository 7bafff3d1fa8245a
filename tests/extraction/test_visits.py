from .conftest import people


def test_the_members_a_later_sentence_lists_for_the_delegation_took_part(extract):
    [meeting] = extract(
        "وصل وفد إسباني على رأسه وزير الداخلية خوان غارسيا إلى طرابلس، حيث استقبله "
        "رئيس الحكومة سليم البرغثي. "
        "وأشار البيان إلى أن الوفد الإسباني يضم السفير الإسباني لدى ليبيا خافيير لوبيز، "
        "ورئيس الشرطة الإسبانية بابلو مورينو."
    )
    found = people(meeting)
    assert {"خافيير لوبيز", "بابلو مورينو"} <= set(found)
    # "وفد إسباني على رأسه ...": the one leading it is Spanish too.
    assert found["خوان غارسيا"].country == "ES"


def test_the_delegation_s_members_listed_verb_first_took_part(extract):
    [meeting] = extract(
        "استقبلت بلدية الزاوية اليوم وفدا من المنظمة الدولية للهجرة، وكان في استقبالهم "
        "عميد البلدية سالم العكاري. "
        "وضم الوفد الزائر ماريانا فيراتي رئيسة البعثة، وتوماس بيكر مسؤول الحماية."
    )
    found = people(meeting)
    assert {"ماريانا فيراتي", "توماس بيكر"} <= set(found)
    # The delegation's body speaks for the UN, and so do its members.
    assert found["توماس بيكر"].country == "UN"


def test_meetings_listed_one_by_one_are_each_their_own(extract):
    meetings = extract(
        "أجرى رئيس المؤسسة سالم الشريف في روما سلسلة لقاءات تمثلت في اجتماع مع وزير "
        "الخارجية الإيطالي ماركو بيانكي، واجتماع مع وزيرة الداخلية لورا فيراري، واجتماع "
        "آخر مع السفير جوليو كونتي. "
        "وأكد الجانب الإيطالي خلال هذه الاجتماعات دعمه لجهود مكافحة الهجرة غير الشرعية."
    )
    pairs = {tuple(sorted(people(m))) for m in meetings}
    assert pairs == {
        ("سالم الشريف", "ماركو بيانكي"),
        ("سالم الشريف", "لورا فيراري"),
        ("جوليو كونتي", "سالم الشريف"),
    }
    # What follows is said of all of them.
    assert all("migration" in m.topics for m in meetings)


def test_a_delegation_introduced_then_led_by_someone_meets_as_its_leader(extract):
    text = (
        "قام وفد عسكري من فرنسا بزيارة إلى نواكشوط خلال الأسبوع. "
        "ويرأس الوفد الفريق جان د سانت مارتان مساعد قائد العمليات. "
        "وكان الوفد عقد أول أمس اجتماعا بنواكشوط مع قائد الأركان العامة الفريق سالم "
        "الرحبي بمكتبه."
    )
    (meeting,) = extract(text)
    assert {"جان د سانت مارتان", "سالم الرحبي"} <= set(people(meeting))


def test_who_leads_the_delegation_met_with_it(extract):
    [meeting] = extract(
        "استقبل رئيس الأركان الغاني الجنرال جون موسى مساء أمس وفدا عسكريا روسيا، "
        "وبحث معه مكافحة الإرهاب.\n"
        "وصرح الجنرال إيفان سوكولوف الذي يقود الوفد الروسي بأن موسكو مستعدة للتعاون."
    )
    assert set(people(meeting)) == {"جون موسى", "إيفان سوكولوف"}


def test_those_a_visitor_came_with_are_the_delegation_met_later(extract):
    meetings = extract(
        "حل المبعوث الأممي جون براون بمدينة جوبا يوم الجمعة، وبرفقته مبعوث الإيقاد "
        "إسماعيل حسن.\n\nوقد اجتمع الوفد فور وصوله بالرئيس جون قرنق."
    )
    assert {"جون براون", "إسماعيل حسن", "جون قرنق"} <= set(people(meetings[-1]))


def test_who_a_later_sentence_says_leads_the_delegation_met_with_it_of_its_state(extract):
    [meeting] = extract(
        "ناقش الرئيس المصري سامي حسن مع وفد عسكري سوداني يزور البلاد منذ أمس الوضع "
        "على الحدود.\n\nويقود الوفد السوداني عضو مجلس السيادة عمر الكباشي، برفقة وزير "
        "الإعلام فيصل صالح."
    )
    assert people(meeting)["عمر الكباشي"].country == "SD"
    assert people(meeting)["فيصل صالح"].country == "SD"


def test_calls_the_story_says_were_separate_are_one_call_each(extract):
    meetings = extract(
        "بحث وزير الخارجية العماني سالم الهنائي في اتصالات هاتفية منفصلة أمن الملاحة.\n"
        "وأجرى الهنائي، يوم الاثنين، اتصالات هاتفية مع وزير خارجية الكويت ناصر الصباح "
        "ووزير خارجية الأردن سامي الخطيب ووزير خارجية مصر حسن شكري."
    )
    assert sorted(len(m.participants) for m in meetings) == [2, 2, 2]


def test_meetings_told_one_by_one_are_of_the_first_named_even_by_reference(extract):
    meetings = extract(
        "وصل المبعوث القطري سالم الكعبي إلى لندن. ووفق الوزارة، اجتمع الكعبي بصورة "
        "منفصلة مع مبعوث بريطانيا إلى المنطقة جون ويست، ومساعدة وزير الخارجية ماري بنعيم."
    )
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["جون ويست", "سالم الكعبي"],
        ["سالم الكعبي", "ماري بنعيم"],
    ]


def test_two_named_together_who_met_one_apart_met_the_other_each_with_who_attended(extract):
    meetings = extract(
        "استقبل اللواء كامل عثمان والدكتور هشام بدري، عضوا المجلس الرئاسي، أمس كل على حدة "
        "المبعوث النرويجي لارس هولم، بحضور وزير الخارجية المكلف صالح النور."
    )
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["صالح النور", "كامل عثمان", "لارس هولم"],
        ["صالح النور", "لارس هولم", "هشام بدري"],
    ]


def test_meetings_told_apart_in_the_next_sentence_are_one_each(extract):
    meetings = extract(
        "التقى الرئيس سالم العمري اليوم في الرباط كلا من وزير الخارجية الإسباني خوان "
        "لوبيز ورئيس وزراء مالطا جورج كاميليري ورئيس الحكومة التونسية فتحي الزين. "
        "وتناولت المباحثات، كل على حدة، التعاون الثنائي."
    )
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["جورج كاميليري", "سالم العمري"],
        ["خوان لوبيز", "سالم العمري"],
        ["سالم العمري", "فتحي الزين"],
    ]
    # "على حدة" of something else, or another story, leaves the meeting one
    [meeting] = extract(
        "عقد الرئيس عادل منصور اجتماعا مع رئيس الوزراء فهد الحربي ووزير الخارجية سامر "
        "النجار ووزير الدفاع خالد العتيبي. وفي سياق منفصل، أعلنت الرئاسة موعد الانتخابات."
    )
    assert len(people(meeting)) == 4


def test_the_leader_of_a_delegation_named_by_whose_it_is_was_at_its_meeting(extract):
    # "وفد الحلف": the delegation by whose it is, not "الوفد"
    (meeting,) = extract(
        "استقبل رئيس الأركان المغربي كمال بناني وفدا من حلف الناتو. ويقود وفد الحلف "
        "رئيس اللجنة العسكرية الأميرال بيتر هانسن."
    )
    assert {"كمال بناني", "بيتر هانسن"} <= set(people(meeting))


def test_who_speaks_in_turn_after_a_meeting_told_with_one_party_is_the_other(extract):
    (meeting,) = extract(
        "ترأس محافظ محافظة شبوة سالم الحارثي اجتماعا موسعا ناقش تأمين الشواطئ. "
        "من جانبه، ثمن قائد قوات خفر السواحل العميد ناصر العولقي دعم السلطة المحلية."
    )
    assert set(people(meeting)) == {"سالم الحارثي", "ناصر العولقي"}


def test_a_spokesman_speaking_in_turn_is_no_party(extract):
    (meeting,) = extract(
        "استقبل وزير الدفاع اليمني سالم الحارثي اليوم في عدن السفير الياباني كينجي هارا. "
        "من جانبه، قال المتحدث باسم الوزارة العقيد ناصر العولقي إن اللقاء كان مثمرا."
    )
    assert set(people(meeting)) == {"سالم الحارثي", "كينجي هارا"}


def test_a_delegation_someone_reports_met_meets_as_its_leader(extract):
    (meeting,) = extract(
        "ذكر الحزب أن وفدا من قيادته، برئاسة الأمين العام للحزب سالم العلي، أنهى زيارة "
        "إلى الأردن. وأوضح الحزب أن الوفد التقى مدير المخابرات الأردنية، كمال حسن، وناقش "
        "معه التطورات."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال حسن"}


def test_the_holders_of_an_office_met_in_the_plural_named_later_took_part(extract):
    (meeting,) = extract(
        "تسلم الرئيس سالم العلي في قصر الرئاسة أوراق اعتماد ثلاثة من السفراء الجدد. "
        "والسفراء هم، ماركو بيانكي سفير إيطاليا، وهانس مولر سفير ألمانيا."
    )
    assert set(people(meeting)) == {"سالم العلي", "ماركو بيانكي", "هانس مولر"}


def test_two_calls_with_two_others_are_one_call_each(extract):
    meetings = extract(
        "أجرى وزير الخارجية الليبي سالم العلي اتصالين هاتفيين أمس مع نظيره التونسي كمال "
        "حسن ودانغ فو القائم بأعمال وزير خارجية فيتنام."
    )
    assert [set(people(m)) for m in meetings] == [
        {"سالم العلي", "كمال حسن"},
        {"سالم العلي", "دانغ فو"},
    ]


def test_calls_in_the_plural_with_several_others_are_one_call_each(extract):
    meetings = extract(
        "بحث رئيس الوزراء الكيني جوزيف أوتينو خلال اتصالات هاتفية أجراها أمس مع الرئيس "
        "التنزاني حسن مبوا والرئيس الأوغندي ديفيد أوكيلو، مستجدات الأوضاع."
    )
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["جوزيف أوتينو", "حسن مبوا"],
        ["جوزيف أوتينو", "ديفيد أوكيلو"],
    ]


def test_meetings_apart_with_one_party_before_who_attended_are_still_told(extract):
    meetings = extract(
        "التقى الوزير سالم النعيمي بشكل منفصل، بحضور السفير كمال الدوري والقنصل جابر "
        "العلي، مع المبعوث الأممي هانز مولر."
    )
    assert meetings and all("سالم النعيمي" in people(m) for m in meetings)


def test_the_companions_of_a_visitor_are_the_delegation_met_after(extract):
    meetings = extract(
        "استقبل وزير الدفاع سالم ولد أحمد اليوم السيد يان كوفاتش المنسق الأوروبي للساحل. "
        "وكان برفقة المنسق السيد مارك دوبوا المبعوث الفرنسي، والسيدة لينا كارلسون "
        "القائمة بالأعمال.\n"
        "وعقد وزير الدفاع لاحقا اجتماعا مع الوفد الزائر بحث التعاون العسكري."
    )
    named = {name for m in meetings for name in people(m)}
    assert {"مارك دوبوا", "لينا كارلسون"} <= named


def test_a_reply_attributed_to_a_statement_is_still_the_other_party_s(extract):
    text = (
        "اجتمع رئيس الحكومة سالم الورفلي بطرابلس مع بعثة الاتحاد الأوروبي للحدود. وأكد "
        "الورفلي أهمية الملف. من جانبه وحسب البيان نفسه شدد رئيس بعثة الاتحاد الأوروبي "
        "ماركو بيانكي أن العمل كبير."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الورفلي", "ماركو بيانكي"}


def test_the_members_of_the_delegation_named_after_the_meeting_were_at_it(extract):
    (meeting,) = extract(
        "التقى الرئيس المصري سامي فؤاد اليوم بوفد الكونغرس الأمريكي. ومن بين أعضاء "
        "الوفد النائب جون سميث رئيس لجنة الدفاع، والنائب روبرت براون."
    )
    assert {"جون سميث", "روبرت براون"} <= set(people(meeting))


def test_who_the_delegation_s_members_praised_is_no_member(extract):
    (meeting,) = extract(
        "استقبل رئيس مجلس النواب سامي فؤاد وفدا برلمانيا فرنسيا. وأشاد أعضاء الوفد بالدور "
        "الذي يقوم به الملك عبد الله سالم."
    )
    assert "عبد الله سالم" not in people(meeting)


def test_a_meeting_the_visit_took_in_is_the_visitor_s(extract):
    (meeting,) = extract(
        "اختتم وزير الدفاع السوري سالم عمران أمس جولة عمل في روسيا دامت يومين. "
        "وأفاد بيان بأن الزيارة تضمنت اجتماعا مع وزير الدفاع الروسي بافل أنطونوف."
    )
    assert set(people(meeting)) == {"سالم عمران", "بافل أنطونوف"}


def test_whom_the_delegation_met_before_is_no_member_of_it(extract):
    first, second = extract(
        "التقى النائب الأول لرئيس البرلمان سالم العلي والوفد المرافق له مع رئيس مجلس "
        "النواب المغربي رشيد بناني. في سياق متصل التقى الوفد مع رئيس الجمعية الوطنية "
        "التركية أحمد يلماز."
    )
    assert set(people(second)) == {"سالم العلي", "أحمد يلماز"}


def test_a_meeting_the_visit_saw_held_is_the_visitor_s(extract):
    (meeting,) = extract(
        "يقوم المدير العام للأمن سالم العلي منذ يوم الثلاثاء بزيارة عمل إلى الإمارات. "
        "وأوضح بلاغ للمديرية أن الزيارة شهدت عقد اجتماع مع مدير جهاز الأمن الإماراتي "
        "راشد الكعبي."
    )
    assert set(people(meeting)) == {"سالم العلي", "راشد الكعبي"}
