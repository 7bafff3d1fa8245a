import pytest

from .conftest import people


def test_a_letter_s_sender_and_addressee_are_only_mentioned(extract):
    meetings = extract(
        "استقبل وزير الخارجية سامي الحداد نظيره اليمني صالح العولقي الذي سلمه رسالة "
        "خطية موجهة إلى الملك حمد الثالث من الرئيس اليمني ناصر الشعيبي."
    )
    named = {name for m in meetings for name in people(m)}
    assert named == {"سامي الحداد", "صالح العولقي"}


def test_one_on_whose_behalf_another_came_takes_no_part(extract):
    (meeting,) = extract(
        "استقبل رئيس مجلس النواب جان ماتيو وزير الخارجية سالم الرحبي الذي حل ممثلا لرئيس "
        "الجمهورية، السيد نادر الكيلاني."
    )
    assert set(people(meeting)) == {"جان ماتيو", "سالم الرحبي"}


def test_whoever_sent_a_letter_or_gave_the_orders_takes_no_part(extract):
    meetings = extract(
        "بتعليمات سامية من العاهل الأردني الملك طلال الثالث، استقبل وزير الداخلية سامي "
        "الحداد وزير الخارجية اليمني صالح العولقي الذي حمل رسالة شفوية من الرئيس اليمني "
        "ناصر الشعيبي، وذلك بفضل توجيهات الأمير فهد بن مشعل."
    )
    named = {name for m in meetings for name in people(m)}
    assert named == {"سامي الحداد", "صالح العولقي"}


def test_whose_visit_to_come_is_discussed_is_only_mentioned(extract):
    [meeting] = extract(
        "وبحث مستشار الأمن الوطني سالم الحديثي والسفير البريطاني جون مارتن الزيارة "
        "المرتقبة لرئيس الوزراء فالح الجبوري إلى لندن."
    )
    assert set(people(meeting)) == {"سالم الحديثي", "جون مارتن"}


def test_the_sender_of_a_message_named_with_his_majesty_takes_no_part(extract):
    [meeting] = extract(
        "استقبل الرئيس المالي موسى كوناتي اليوم بباماكو وزير الخارجية سالم بن علي، "
        "وهو يحمل رسالة خطية من جلالة الملك سلطان الثاني."
    )
    assert set(people(meeting)) == {"موسى كوناتي", "سالم بن علي"}


def test_someone_whose_greetings_are_conveyed_is_only_mentioned(extract):
    [meeting] = extract(
        "التقى قائد الأسطول الغربي اللواء سالم الحربي مدير خفر السواحل اليمني اللواء خالد "
        "القملي، الذي نقل له تحايا وزير الداخلية أحمد الميسري."
    )
    assert "أحمد الميسري" not in people(meeting)


def test_someone_whose_feelings_are_conveyed_is_only_mentioned(extract):
    [meeting] = extract(
        "استقبل الرئيس النيجري سالم ايسوفو في نيامي وزير الخارجية الجزائري كمال الزين، "
        "الذي نقل له مشاعر «الود والأخوة» من الرئيس عمر الهادي."
    )
    assert set(people(meeting)) == {"سالم ايسوفو", "كمال الزين"}


def test_whom_an_envoy_comes_from_is_only_mentioned(extract):
    [meeting] = extract(
        "وقال وزير الخارجية ناصر بوريطة إنه استقبل من طرف رئيس الجمهورية محمد ولد عبد "
        "العزيز كمبعوث من الملك محمد السادس حاملا رسالة منه."
    )
    assert "محمد السادس" not in people(meeting)


def test_the_ruler_under_whose_reign_ties_grew_takes_no_part(extract):
    [meeting] = extract(
        "استقبل وزير الداخلية البحريني الشيخ سالم بن راشد آل خليفة اليوم وزير الداخلية "
        "العماني حمد بن سيف البوسعيدي. وفي بداية جلسة المحادثات بين الوفدين، "
        "رحب الوزير البحريني بضيفه، مشيدا بالعلاقات بين البلدين في ظل قيادة حضرة "
        "صاحب السمو الشيخ عيسى بن سلمان آل خليفة."
    )
    assert set(people(meeting)) == {"سالم بن راشد آل خليفة", "حمد بن سيف البوسعيدي"}


def test_who_leads_a_state_the_meeting_praised_takes_no_part(extract):
    [meeting] = extract(
        "التقى رئيس مجلس السيادة الفريق سالم الطاهر في الخرطوم السفير المصري كمال "
        "الشناوي، معربا عن تقديره لمصر حكومة وشعبا تحت قيادة فخامة الرئيس أحمد "
        "الدسوقي. حيث تناول اللقاء العلاقات بين البلدين."
    )
    assert set(people(meeting)) == {"سالم الطاهر", "كمال الشناوي"}


def test_a_ruler_whose_trust_or_orders_are_spoken_of_takes_no_part_nor_the_next(extract):
    [meeting] = extract(
        "عقد وزير الداخلية الأمير فهد بن ناصر آل مرزوق جلسة مباحثات مع وزير الداخلية "
        "الإيطالي ماركو بيانكي في الرياض، بتوجيه من خادم الحرمين الشريفين الملك "
        "ناصر بن سعد آل مرزوق، وصاحب السمو الملكي الأمير سعد بن ناصر آل مرزوق ولي العهد. "
        "وأكد الأمير فهد أنه محل ثقة خادم الحرمين الشريفين الملك ناصر بن سعد."
    )
    assert set(people(meeting)) == {"فهد بن ناصر آل مرزوق", "ماركو بيانكي"}


def test_whose_health_or_death_a_call_was_about_takes_no_part(extract):
    meetings = extract(
        "أجرى رئيس الوزراء العراقي كريم الساعدي اليوم اتصالا هاتفيا بولي العهد الكويتي "
        "الشيخ فهد الأحمد الصباح، ليطمئن على صحة أمير الكويت الشيخ جابر المبارك "
        "الصباح. وقدم الساعدي، خلال اتصاله الهاتفي، تعازيه بوفاة الشيخ ناصر الحمود الصباح."
    )
    named = {name for meeting in meetings for name in people(meeting)}
    assert named == {"كريم الساعدي", "فهد الأحمد الصباح"}


def test_who_sent_an_invitation_handed_over_takes_no_part(extract):
    [meeting] = extract(
        "استقبل رئيس الوزراء الكويتي الشيخ سالم العلي في مكتبه اليوم سفير قطر "
        "علي بن حمد، الذي سلمه دعوة من الشيخ خليفة بن سعود آل ثاني، رئيس "
        "الوزراء، لحضور بطولة كأس العالم."
    )
    assert set(people(meeting)) == {"سالم العلي", "علي بن حمد"}


def test_whom_a_side_looks_forward_to_receiving_takes_no_part(extract):
    [meeting] = extract(
        "استقبل نائب وزير الخارجية المصري سامح لطفي اليوم وزير الدولة الياباني كينجي "
        "ساتو. وأبدى الضيف الياباني خلال المحادثات تطلعه لاستقبال الرئيس المصري حسن "
        "عبد الحميد في طوكيو قريبا."
    )
    assert set(people(meeting)) == {"سامح لطفي", "كينجي ساتو"}


def test_whose_regime_fell_takes_no_part(extract):
    (meeting,) = extract(
        "استقبل الرئيس التركي جان أوزتورك نظيره السوري سالم الحمد في أول زيارة له منذ "
        "سقوط نظام الرئيس السابق كمال العلي."
    )
    assert set(people(meeting)) == {"جان أوزتورك", "سالم الحمد"}


def test_whose_wife_met_another_takes_no_part_in_it(extract):
    meetings = extract(
        "التقت السيدة الأولى لتركيا ليلى أوزتورك، قرينة الرئيس التركي جان أوزتورك، "
        "الملكة سلمى العلي في إسطنبول."
    )
    assert "جان أوزتورك" not in {name for m in meetings for name in people(m)}


def test_the_king_s_two_advisers_take_part_though_one_made_adviser_to_him_does_not(extract):
    (meeting,) = extract(
        "أجرى الملك محمد الخامس مباحثات مع رئيس الوزراء الإسباني خوان مورينو، حضرها عن "
        "الجانب المغربي مستشارا الملك عمر العلوي وكمال الفاسي."
    )
    assert "عمر العلوي" in people(meeting)
    (meeting,) = extract(
        "استقبل الرئيس سالم الحوثي السفير الإيطالي ماركو بيانكي، بعد تعيينه مستشارا "
        "للرئيس السابق كمال العلي."
    )
    assert "كمال العلي" not in people(meeting)


@pytest.mark.parametrize(
    "text",
    [
        "بأمر من جلالة الملك عبد الرحمن الخامس، عقد الفريق سامي العلوي اجتماعا مع "
        "الجنرال بيير لوران.",
        "وأعرب سعيد البكري عن تهانئ الملك عبد الرحمن الخامس للرئيس أمادو توري خلال لقائهما.",
        "أشاد سعيد البكري والوزير بيير لوران خلال لقائهما بالعلاقات التي تربط جلالة "
        "الملك عبد الرحمن الخامس وجلالة الملك فيليب الثالث.",
    ],
)
def test_a_ruler_by_whose_order_whose_congratulations_or_whose_ties_is_no_party(extract, text):
    names = {p.name for m in extract(text) for p in m.participants}
    assert "عبد الرحمن الخامس" not in names


@pytest.mark.parametrize(
    "said",
    [
        "في عهد القيادتين الرشيدتين لجلالة الملك فهد بن ناصر آل منصور",
        "بتعليمات عليا من الملك فهد بن ناصر آل منصور",
    ],
)
def test_a_ruler_under_whose_reign_or_high_orders_two_met_takes_no_part(extract, said):
    (meeting,) = extract(
        f"استقبل وزير الداخلية راشد الكعبي نظيره الأردني سالم العتيبي، {said}، "
        "وبحثا التعاون الأمني."
    )
    assert set(people(meeting)) == {"راشد الكعبي", "سالم العتيبي"}


def test_the_late_kings_at_whose_mausoleum_a_visitor_prayed_take_no_part(extract):
    meetings = extract(
        "بحث رئيس الحكومة سالم العلوي اليوم في الرباط مع رئيس الحكومة البرتغالية خوان "
        "مارتينيز التعاون.\n\nوكان الضيف البرتغالي، الذي زار قبل الظهر ضريح سالم الخامس "
        "وقرأ الفاتحة على المغفور لهما الملك سالم الخامس وجلالة الملك ناصر الثاني، قد وصل "
        "أمس إلى المملكة لرئاسة الدورة الثالثة للجنة العليا المشتركة مع نظيره."
    )
    assert all({"سالم الخامس", "ناصر الثاني"}.isdisjoint(people(m)) for m in meetings)


def test_the_sender_of_a_message_brought_to_him_is_only_mentioned(extract):
    (meeting,) = extract(
        "استقبل الرئيس التونسي سامي الجلاصي وزير الخارجية الجزائري كمال بلقاسم، والذي حمل "
        "رسالة خطية له من الرئيس الموريتاني عمر بن علي."
    )
    assert set(people(meeting)) == {"سامي الجلاصي", "كمال بلقاسم"}


def test_who_appointed_the_envoy_takes_no_part(extract):
    (meeting,) = extract(
        "استقبل وزير الخارجية المغربي سالم العلمي بالرباط رئيس بعثة المينورسو، ألكسندر "
        "بيتروف، الذي عينه الأمين العام أنطونيو غوتيريس مؤخرا."
    )
    assert set(people(meeting)) == {"سالم العلمي", "ألكسندر بيتروف"}


def test_the_sender_of_a_message_brought_by_a_guest_is_only_mentioned(extract):
    (meeting,) = extract(
        "استقبل الرئيس التونسي منير الحداد وزير الخارجية الإيطالي ماركو روسي الذي حمل "
        "رسالة الود والتقدير من قبل رئيسة الحكومة الإيطالية فرانشيسكا كولومبو."
    )
    assert set(people(meeting)) == {"منير الحداد", "ماركو روسي"}


def test_the_two_states_leaders_whose_will_is_carried_out_are_only_mentioned(extract):
    (meeting,) = extract(
        "اجتمع وزير الداخلية السنغالي عمر سال بنظيره الغامبي مامادو تانجارا تجسيدا لرؤية "
        "قائدي البلدين فخامة السيد ماكي فال، وفخامة السيد آداما بارو."
    )
    assert set(people(meeting)) == {"عمر سال", "مامادو تانجارا"}


def test_the_commander_of_a_militia_named_after_him_is_only_mentioned(extract):
    (meeting,) = extract(
        "بحث وزير الداخلية اليمني سالم باعوم مع السفير البريطاني جون هاريس، نزع الألغام التي "
        "زرعتها ميليشيا اللواء المتمرد ناصر الحوري."
    )
    assert set(people(meeting)) == {"سالم باعوم", "جون هاريس"}


def test_leaders_whose_forces_are_spoken_of_are_only_mentioned(extract):
    (meeting,) = extract(
        "بحث وزير الداخلية اليمني سالم باعوم مع رئيس الوزراء القطري كمال بن علي، الأمن في "
        "المحافظات التي استعادتها قوات الرئيس سامي الحداد من قوات الرئيس السابق ناصر الحوري."
    )
    assert set(people(meeting)) == {"سالم باعوم", "كمال بن علي"}


def test_the_second_leader_after_the_first_s_office_set_off_is_only_mentioned_too(extract):
    (meeting,) = extract(
        "اجتمع وزير الداخلية السنغالي عمر سال بنظيره الغامبي مامادو تانجارا تجسيدا لرؤية "
        "قائدي البلدين فخامة السيد ماكي فال، رئيس جمهورية السنغال، وفخامة السيد آداما "
        "بارو رئيس جمهورية غامبيا."
    )
    assert set(people(meeting)) == {"عمر سال", "مامادو تانجارا"}


def test_a_ruler_whose_ouster_is_spoken_of_is_only_mentioned(extract):
    (meeting,) = extract(
        "استقبل رئيس الأركان السوري اللواء سالم العلي نائب وزير الدفاع الروسي إيفان سوروكين، "
        "في الزيارة الرابعة منذ إطاحة الرئيس السابق كمال حسن."
    )
    assert set(people(meeting)) == {"سالم العلي", "إيفان سوروكين"}


def test_who_makes_the_visit_a_meeting_is_held_beside_is_not_met(extract):
    (meeting,) = extract(
        "التقى وزير الخارجية الإسباني خوان مارتين نظيره الكويتي سالم العنزي، على هامش زيارة "
        "أمير دولة الكويت الشيخ ناصر الفهد إلى مدريد."
    )
    assert set(people(meeting)) == {"خوان مارتين", "سالم العنزي"}


def test_whose_greetings_were_conveyed_after_and_is_only_mentioned(extract):
    text = (
        "وعقد الوزير جوزيف أوتينو اجتماعا ضم رئيس الأركان حسن مبوا. وألقى الوزير في "
        "اللقاء كلمة حمل فيها تحيات فخامة الرئيس الفريق أول ديفيد أوكيلو رئيس الدولة "
        "ورئيس المجلس الأعلى للدفاع وتحيات رئيس هيئة العمليات المشتركة سمو الأمير "
        "اللواء الركن سالم الدوري."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جوزيف أوتينو", "حسن مبوا"}


def test_whose_vision_is_carried_out_is_only_mentioned(extract):
    text = (
        "التقى رئيس المخابرات الكينية جوزيف أوتينو نظيره التنزاني حسن مبوا. وقالت قناة "
        "محلية إن اللقاء يأتي في إطار تنفيذ المرحلة الثانية من رؤية الرئيس الأوغندي "
        "ديفيد أوكيلو."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جوزيف أوتينو", "حسن مبوا"}


def test_the_officer_someone_succeeded_takes_no_part(extract):
    (meeting,) = extract(
        "استقبل قائد الجيش العماد سمير حداد أمس قائد البعثة الأممية الجديد اللواء "
        "البرتغالي جواو فيريرا، بعد تسلمه مهامه خلفا للعقيد الهولندي يان دي فريس."
    )
    assert set(people(meeting)) == {"سمير حداد", "جواو فيريرا"}


def test_whose_past_visit_is_told_of_takes_no_part(extract):
    (meeting,) = extract(
        "التقى وزير الدفاع سالم العلي أمس سفير فرنسا جان دوبوا. وأكد الوزير خلال اللقاء "
        "أن الزيارة الأخيرة للرئيس كمال الهادي إلى باريس كانت ناجحة."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان دوبوا"}


def test_whose_visit_a_meeting_was_held_within_takes_no_part(extract):
    (meeting,) = extract(
        "التقى وزير الدفاع سالم العلي وزير الجيوش الفرنسي جان دوبوا، في إطار زيارة "
        "رئيس جمهورية فرنسا بيار مارتان إلى تونس."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان دوبوا"}


def test_whose_official_envoy_someone_came_as_takes_no_part(extract):
    (meeting,) = extract(
        "استقبل الرئيس المصري سالم العلي اليوم وزير الخارجية كمال حسن، بصفته مبعوثا "
        "رسميا لرئيس الجمهورية عمر بلقاسم."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال حسن"}
