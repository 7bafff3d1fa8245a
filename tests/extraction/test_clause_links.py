from meetings.extraction.clause_links import came_during_meeting, passive, spoke_at_meeting
from meetings.extraction.tokens import tokenize

from .conftest import people


def test_what_was_said_at_the_opening_of_a_meeting_tells_a_speaker_who_took_part():
    tokens = tokenize("وصرح الوزير سالم لدى افتتاح الاجتماع بأن التعاون مستمر")
    position = [t.norm for t in tokens].index("الاجتماع")
    assert spoke_at_meeting(tokens, 0, position)


def test_what_came_during_a_meeting_tells_more_of_it():
    tokens = tokenize("وجاء ذلك خلال لقائه بالسفير")
    assert came_during_meeting(tokens, 0, 3)
    assert not came_during_meeting(tokenize("وقال ذلك خلال لقائه"), 0, 3)


def test_a_cue_after_jara_or_tamma_is_what_was_discussed():
    tokens = tokenize("كما جرى بحث الزيارة المقبلة")
    assert passive(tokens, 0, 2)
    assert not passive(tokenize("كما بحث الوزير الزيارة"), 0, 1)


def test_a_guest_thanking_a_host_for_the_reception_met_him(extract):
    text = (
        "شكر وزير الداخلية الليبي سالم الفيتوري نظيره المالطي جون كاميليري على حفاوة "
        "الاستقبال خلال زيارته إلى فاليتا."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الفيتوري", "جون كاميليري"}


def test_who_attended_the_meeting_before_takes_part(extract):
    text = (
        "التقى وزير الدفاع العراقي سالم الجبوري قائد القوات الأمريكية جون ميلر في بغداد. "
        "وأضاف البيان أن مساعدة وزير الدفاع الأمريكي كارين دوغلاس حضرت الاجتماع."
    )
    (meeting,) = extract(text)
    assert "كارين دوغلاس" in people(meeting)


def test_who_spoke_while_receiving_a_call_took_part(extract):
    text = (
        "شدد رئيس الوزراء الأردني سامي الخطيب، خلال تلقيه اتصالا هاتفيا من الرئيس اللبناني "
        "جوزيف حداد، على أهمية التنسيق."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي الخطيب", "جوزيف حداد"}


def test_a_similar_call_before_this_one_is_another_meeting(extract):
    text = (
        "أجرى وزير الدفاع المغربي سالم الإدريسي اتصالا هاتفيا مع نظيره الأردني ماجد "
        "الخطيب، بحثا خلاله التعاون العسكري. وجاء الاتصال بعد أسبوع من اتصال مماثل "
        "بين سالم الإدريسي ووزير الدفاع الإسباني خوان مورينو."
    )
    meetings = extract(text)
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["خوان مورينو", "سالم الإدريسي"],
        ["سالم الإدريسي", "ماجد الخطيب"],
    ]


def test_a_meeting_of_the_same_two_in_a_month_gone_by_is_another(extract):
    meetings = extract(
        "أجرى الرئيس التونسي كمال الهمامي مكالمة هاتفية مع رئيس الوزراء المالطي جون "
        "بورغ اليوم الثلاثاء. واستقبل الرئيس كمال الهمامي منتصف شهر يوليو الماضي بقصر "
        "قرطاج رئيس الوزراء المالطي جون بورغ، الذي قام بزيارة عمل إلى تونس."
    )
    assert len(meetings) == 2
    assert [m.place for m in meetings] == [None, "قرطاج"]


def test_what_came_before_the_meeting_told_with_its_own_verb_is_another(extract):
    text = (
        "بحث وزير الداخلية الأردني مازن الفايز في اتصال هاتفي مع نظيره العماني حمد "
        "البوسعيدي التعاون الأمني. وقبل هذا الاتصال بأسبوع كان وزير الخارجية الأردني سامر "
        "الروسان قد اجتمع بنظيره العماني خالد الحارثي في مسقط."
    )
    meetings = extract(text)
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["حمد البوسعيدي", "مازن الفايز"],
        ["خالد الحارثي", "سامر الروسان"],
    ]


def test_a_meeting_it_came_after_is_another_with_its_own_parties(extract):
    text = (
        "بحث وزير الداخلية المصري حسن عبد الرازق اليوم في اتصال هاتفي مع نظيره الليبي "
        "سالم الفيتوري أمن الحدود. ويأتي الاتصال بعد أسبوع من مباحثات أجراها رئيس الحكومة "
        "المصرية أيمن فوزي مع رئيس المجلس الرئاسي الليبي علي الترهوني في القاهرة."
    )
    call, talks = extract(text)
    assert set(people(call)) == {"حسن عبد الرازق", "سالم الفيتوري"}
    assert set(people(talks)) == {"أيمن فوزي", "علي الترهوني"}


def test_the_meeting_it_came_after_must_be_named_by_a_meeting_noun(extract):
    text = (
        "بحث وزير الداخلية المصري حسن عبد الرازق اليوم في اتصال هاتفي مع نظيره الليبي "
        "سالم الفيتوري أمن الحدود. ويأتي الاتصال بعد وصول وفد أمني مصري إلى طرابلس."
    )
    (call,) = extract(text)
    assert set(people(call)) == {"حسن عبد الرازق", "سالم الفيتوري"}


def test_days_may_come_between_after_and_the_meeting_it_came_after(extract):
    text = (
        "اجتمع وزير الدفاع القطري سالم العطية اليوم مع سفير تركيا لدى الدوحة أحمد أوزجان. "
        "ويأتي هذا اللقاء بعد 4 أيام من استقبال وزير الدفاع التركي مراد يلماز رئيس الأركان "
        "القطري اللواء غانم الكواري في أنقرة."
    )
    first, second = extract(text)
    assert set(people(first)) == {"سالم العطية", "أحمد أوزجان"}
    assert set(people(second)) == {"مراد يلماز", "غانم الكواري"}


def test_came_attended_by_names_who_took_part(extract):
    # "وجاء الاجتماع في إطار ..." sets it among other events; "بحضور" tells who came
    (meeting,) = extract(
        "استقبل ولي العهد الشيخ سالم الحمد الصباح في قصر بيان اليوم وزير الدفاع الإيطالي "
        "ماركو بيانكي.\n"
        "وجاء هذا الاستقبال بحضور وزير الدفاع الشيخ فهد العلي الصباح، وعدد من كبار "
        "المسؤولين."
    )
    assert set(people(meeting)) == {"سالم الحمد الصباح", "ماركو بيانكي", "فهد العلي الصباح"}


def test_the_last_meeting_between_people_is_another_though_one_of_them_met_again(extract):
    text = (
        "التقى وزير الداخلية الليبي سالم بن علي وفد بعثة الاتحاد الأوروبي برئاسة ماريا "
        "لوبيز في طرابلس. وأطلعه الوفد على ما نوقش خلال الاجتماع الأخير بين المفوض "
        "الأوروبي يوهان برغ والوزير في بروكسل."
    )
    meetings = extract(text)
    assert len(meetings) == 2
    assert meetings[0].place == "طرابلس" and meetings[1].place == "بروكسل"


def test_who_voiced_a_view_during_a_call_took_part(extract):
    (meeting,) = extract(
        "عبرت رئيسة الحكومة التونسية ليلى سالم خلال اتصال هاتفي أمس الأربعاء، مع رئيس "
        "حكومة الوحدة الوطنية الليبية كمال بن علي، عن استعداد بلادها لدعم الانتخابات."
    )
    assert set(people(meeting)) == {"ليلى سالم", "كمال بن علي"}


def test_who_spoke_during_a_meeting_in_his_turn_took_part(extract):
    (meeting,) = extract(
        "ومن جانبه، صرح وزير المالية البلغاري إيفان سوروكين، خلال اجتماع عقده في صوفيا مع "
        "رئيس حكومة تشاد سالم العلي، بأن بلاده تريد توسيع التجارة."
    )
    assert set(people(meeting)) == {"إيفان سوروكين", "سالم العلي"}


def test_who_praises_in_his_turn_the_receiving_of_migrants_meets_no_one_there(extract):
    (meeting,) = extract(
        "بحث المحافظ سالم العلي مع السيد جان ميلر آلية إعادة المهاجرين.\n"
        "بدوره أشاد السيد ميلر بجهود السلطة المحلية في استقبال المهاجرين."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان ميلر"}


def test_what_came_right_after_a_meeting_tells_more_of_it(extract):
    (meeting,) = extract(
        "أعلن السفير الليبي لدى روما سالم العلي أمس أن إيطاليا ستعيد فتح قنصليتها في "
        "بنغازي. وقال العلي في بيان إن القرار نهائي. وجاء ذلك عقب الاجتماع الذي جمعه "
        "بوزير الخارجية الإيطالي ماركو بيانكي الثلاثاء الماضي."
    )
    assert set(people(meeting)) == {"سالم العلي", "ماركو بيانكي"}


def test_who_spoke_in_turn_during_this_call_took_part():
    tokens = tokenize("ومن جانبه، ثمن سالم الدباغ، خلال هذا الاتصال تضامن البلدين")
    position = [t.norm for t in tokens].index("الاتصال")
    assert spoke_at_meeting(tokens, 0, position)


def test_who_spoke_in_a_statement_right_after_the_meeting_took_part():
    tokens = tokenize("وقال المفوض سالم الدباغ في تصريح بعيد اللقاء إن التعاون مستمر")
    position = [t.norm for t in tokens].index("اللقاء")
    assert spoke_at_meeting(tokens, 0, position)


def test_who_spoke_in_their_speech_of_this_meeting_took_part(extract):
    text = (
        "بدأت في مقر الأمانة العامة اليوم أعمال اجتماع مشترك لرؤساء أجهزة الحدود، ورأس "
        "وفد كينيا إلى الاجتماعات مدير عام حرس الحدود الفريق جوزيف أوتينو. وأوضح الأمين "
        "العام للمجلس الدكتور حسن مبوا في كلمته أمام الوفود أن هذا الاجتماع خطوة نحو "
        "تنسيق أوسع."
    )
    (meeting,) = extract(text)
    assert {"جوزيف أوتينو", "حسن مبوا"} <= set(people(meeting))


def test_who_opened_the_meeting_told_before_took_part(extract):
    [meeting] = extract(
        "بحث قادة القوات البحرية في الدول الأعضاء، في الاجتماع الدوري للجنة البحرية "
        "المشتركة أمس في جدة، تأمين الممرات. قائد القوات البحرية الفريق سالم بن ناصر "
        "العتيبي، افتتح الاجتماع مرحبا بالوفود. من جانبه، أشاد رئيس الأمانة البحرية "
        "اللواء كمال بن راشد الهاجري بدور المملكة."
    )
    assert set(people(meeting)) == {"سالم بن ناصر العتيبي", "كمال بن راشد الهاجري"}


def test_who_was_there_to_receive_the_guests_met_them(extract):
    [meeting] = extract(
        "اللواء بحري كمال عادل رشدي، قائد القوات البحرية، كان في استقبال الوفد "
        "السعودي برئاسة الفريق سالم الحربي، حيث ناقش الجانبان التعاون."
    )
    assert {"كمال عادل رشدي", "سالم الحربي"} <= set(people(meeting))
