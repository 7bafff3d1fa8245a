import pytest

from meetings.extraction.cues import clause_cue, cue
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tokens import tokenize

from .conftest import people

LEX = load_lexicon()


def kind(text, claimed=frozenset()):
    tokens = tokenize(text)
    found = clause_cue(LEX, tokens, 0, len(tokens), set(claimed))
    return found and (tokens[found[0]].text, found[1])


def test_what_a_word_is_among_the_cues():
    assert cue(LEX, tokenize("التقى")[0]).verb
    assert cue(LEX, tokenize("لقاء")[0]).noun
    assert cue(LEX, tokenize("الاجتماع")[0]).definite
    assert not cue(LEX, tokenize("لبحث")[0]).verb  # with ل it is a noun: "to discuss"
    assert cue(LEX, tokenize("تلاقى")[0]).verb  # as Moroccan outlets write "met"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("التقى الوزير نظيره في الرباط", ("التقى", "verb")),
        ("وتناول اللقاء الذي جرى في الرباط ملف الهجرة", ("اللقاء", "definite")),
        ("خلال لقاء في الرباط", ("لقاء", "noun")),
        ("كشف الوزير عن إجراء مكالمة مع نظيره", ("مكالمة", "verb")),
        ("زار الوزير نظيره في مكتبه", ("زار", "verb")),
        ("في مؤتمر صحفي مشترك مع نظيره", ("مشترك", "verb")),
    ],
)
def test_the_cue_of_a_clause_and_its_kind(text, expected):
    assert kind(text) == expected


def test_a_cue_word_naming_a_unit_or_an_invitation_is_none():
    assert kind("افتتح الوزير مكتب اتصال جديدا") is None
    assert kind("تلقى الوزير دعوة رسمية من نظيره") is None


def test_a_greeting_offered_during_a_call_leaves_it_a_call():
    assert kind("تلقى الوزير اتصالا هاتفيا من نظيره، وقدم له التهنئة") == ("تلقى", "verb")


def test_supervising_a_session_with_someone_is_meeting_them():
    text = "ويشرف وزير الداخلية مع نظيره التونسي على جلسة عمل بالمعبر"
    assert kind(text) == ("ويشرف", "verb")


def test_touring_the_heads_of_several_bodies_is_meeting_them():
    text = "جال قائد القوات الأمريكية الجنرال جون ماركس أمس على رؤساء الجمهورية والحكومة"
    assert kind(text) == ("جال", "verb")


def test_a_series_of_calls_with_people_is_calls_not_telecommunications():
    assert kind("أجرى الوزير سلسلة اتصالات مع نظرائه العرب") == ("أجرى", "verb")
    assert kind("أجرى الوزير اتصالات مع نظيريه") == ("أجرى", "verb")
    assert kind("افتتح الوزير معرض الاتصالات والتقنية") is None


def test_a_visit_to_a_place_is_no_meeting():
    assert kind("زار الوزير مدينة بنغازي") is None


def test_a_cue_word_inside_a_claimed_office_is_none():
    tokens = tokenize("مستشار مكلف بالاتصال")
    assert clause_cue(LEX, tokens, 0, len(tokens), set(range(len(tokens)))) is None


def test_touring_officials_is_meeting_them():
    assert kind("وكان المبعوث قد جال أمس على رئيس البرلمان سامي حداد") == ("جال", "verb")
    assert kind("جال الوزير في أسواق المدينة القديمة") is None


def test_the_gathering_someone_came_to_attend_gives_way_to_the_meeting_told_after():
    text = "الوزير الذي يزور فيينا للمشاركة في الاجتماع الوزاري، التقى نظيره النمساوي"
    assert kind(text) == ("التقى", "verb")


def test_lam_on_a_verb_of_meeting_then_tells_what_came_next():
    assert kind("ليجتمع بعدها برئيس البرلمان سامي حداد") == ("ليجتمع", "verb")
    assert kind("وصل الوزير إلى بيروت ليلتقي رئيس البرلمان") is None  # a purpose


def test_chairing_with_someone_is_meeting_them():
    assert kind("ترأس خلالها مع نظيره التونسي كمال الحامدي أشغال اللجنة") == ("ترأس", "verb")
    assert kind("ترأس الوزير اجتماعا للجنة الأمنية") == ("ترأس", "verb")


@pytest.mark.parametrize(
    "text",
    [
        "ويأتي هذا الاتصال في وقت جدد فيه الرئيس سامي موقف بلاده",
        "وجاء اللقاء وسط توتر متصاعد",
        "وتأتي المكالمة الهاتفية في ظل تصعيد عسكري",
    ],
)
def test_a_meeting_set_among_other_events_is_no_cue(text):
    tokens = tokenize(text)
    assert clause_cue(LEX, tokens, 0, len(tokens), set()) is None


def test_people_named_in_what_the_call_came_amid_take_no_part(extract):
    text = (
        "أجرى وزير الخارجية التركي أوكتاي شاهين اليوم اتصالا هاتفيا مع نظيره الأردني خالد "
        "العبادي. ويأتي هذا الاتصال في وقت جدد فيه الرئيس التركي مراد أوزتورك موقف بلاده "
        "من الأزمة."
    )
    (call,) = extract(text)
    assert set(people(call)) == {"أوكتاي شاهين", "خالد العبادي"}


def test_a_meeting_asked_for_is_no_cue():
    tokens = tokenize("كما عبر الوزير عن امتنانه لفرنسا على طلبها عقد جلسة طارئة للمجلس")
    assert clause_cue(LEX, tokens, 0, len(tokens), set()) is None


def test_the_head_of_a_government_led_by_someone_is_no_attendance(extract):
    text = (
        "قال وزير الخارجية اليوناني نيكوس باباس إن بلاده ترفض الاتفاق الذي أبرمته أنقرة "
        "مع حكومة الوحدة الليبية برئاسة سالم الدرسي، وذلك بعد اجتماعه مع المشير خليفة "
        "الورفلي. وسيواصل الورفلي اجتماعاته مع رئيس الوزراء اليوناني يانيس كوستا."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"نيكوس باباس", "خليفة الورفلي"}


def test_chairing_a_meeting_together_with_ra_asa_is_a_cue_and_heading_a_delegation_is_not():
    tokens = tokenize("كما رأس وزير الخارجية السوداني ونظيره المصري اجتماع آلية التشاور")
    assert clause_cue(LEX, tokens, 0, len(tokens), set()) == (1, "verb")
    tokens = tokenize("وصل الوزير على رأس وفد كبير")
    assert clause_cue(LEX, tokens, 0, len(tokens), set()) != (3, "verb")


def test_a_delegation_of_a_government_led_by_someone_brings_him(extract):
    text = (
        "التقى وزير الخارجية القطري الشيخ سالم بن حمد آل ثاني أمس وفدا من حكومة تصريف "
        "الأعمال الأفغانية برئاسة أمير خان نوري."
    )
    (meeting,) = extract(text)
    assert "أمير خان نوري" in people(meeting)


def test_a_summit_that_brought_two_together_is_their_meeting(extract):
    (meeting,) = extract(
        "وتأتي الزيارة بعد القمة المشتركة التي جمعت الملك سالم بن فهد والرئيس الفرنسي "
        "جان مارتان في باريس في شهر مايو الماضي."
    )
    assert set(people(meeting)) == {"سالم بن فهد", "جان مارتان"}
    assert meeting.place == "باريس"


def test_a_summit_alone_is_no_meeting(extract):
    assert extract("وشارك الملك سالم بن فهد في القمة العربية التي عقدت في الرياض.") == []


def test_what_one_discussed_with_another_is_their_meeting(extract):
    (meeting,) = extract(
        "وهذا ما ناقشه المبعوث الأمريكي جون كوري مع قائد الجيش العماد سالم عون في اليرزة."
    )
    assert set(people(meeting)) == {"جون كوري", "سالم عون"}


def test_a_farewell_to_someone_is_a_meeting_with_them(extract):
    (meeting,) = extract(
        "أكد رئيس مجلس السيادة الفريق سالم الطاهر أهمية العلاقات الخارجية، جاء ذلك خلال "
        "وداعه اليوم سفير السودان لدى مالي السفير كمال الشناوي."
    )
    assert set(people(meeting)) == {"سالم الطاهر", "كمال الشناوي"}


def test_granting_someone_a_reception_is_meeting_them(extract):
    (meeting,) = extract(
        "وفي ختام الزيارة، خصص الرئيس السنغالي موسى ديوف استقبالا خاصا للفريق سالم ولد "
        "أحمد قائد الأركان العامة للجيوش."
    )
    assert set(people(meeting)) == {"موسى ديوف", "سالم ولد أحمد"}


def test_a_meeting_that_discussed_something_is_the_meeting_told_before(extract):
    text = (
        "استقبل رئيس الإقليم كاوا رشيد، يوم الخميس، الجنرال مارك هيل قائد قوات التحالف. "
        "وقالت رئاسة الإقليم إن اللقاء ناقش التنسيق بين قوات الإقليم مع قوات التحالف. "
        "كما ناقش اللقاء إصلاح وزارة شؤون القوات."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كاوا رشيد", "مارك هيل"}


def test_a_conference_set_off_by_a_comma_and_what_it_sees_is_no_meeting_to_come(extract):
    text = (
        "على هامش أعمال مؤتمر الأمن 2026م، الذي يشهد تجمعا دوليا لقادة العالم، عقد "
        "وزير الخارجية الكيني جوزيف أوتينو لقاء ثنائيا اليوم، مع وزير الخارجية التنزاني "
        "حسن مبوا."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جوزيف أوتينو", "حسن مبوا"}


def test_a_round_of_talks_with_the_article_is_new_talks(extract):
    [meeting] = extract(
        "بدأ وزير الداخلية الأردني سامر النجار، لدى وصوله إلى بغداد، جولة من المباحثات "
        "مع نظيره العراقي كريم الساعدي حول أمن الحدود."
    )
    assert set(people(meeting)) == {"سامر النجار", "كريم الساعدي"}


def test_a_call_named_mohatafa_is_a_call_with_whom_it_was(extract):
    (meeting,) = extract(
        "وأكد السفير الكندي مارك تيرنر في مهاتفة مع وزير الخارجية التونسي منير العياري، "
        "أن بلاده تدعم الحوار."
    )
    assert set(people(meeting)) == {"مارك تيرنر", "منير العياري"}
    assert meeting.place is None


def test_receiving_refugees_is_no_meeting_of_those_named(extract):
    text = (
        "وقال الوزير سالم علي إن بلاده تحملت أعباء كبيرة في مجال استقبال اللاجئين. جاء "
        "ذلك أثناء اجتماعه صباحا بالسفير الفرنسي جان بيرو."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم علي", "جان بيرو"}


def test_welcoming_someone_named_by_office_is_meeting_them():
    met = tokenize("ورحب رئيس الأركان الفريق سالم الحداد، بقائد القوات البحرية الإيطالية")
    claimed = set(range(1, 6)) | {8, 9, 10}
    assert clause_cue(LEX, met, 0, len(met), claimed) == (0, "verb")
    decision = tokenize("ورحب رئيس الأركان الفريق سالم الحداد بقرار مجلس الأمن")
    assert clause_cue(LEX, decision, 0, len(decision), set(range(1, 6))) is None


def test_welcoming_the_visit_of_someone_named_is_meeting_them(extract):
    (meeting,) = extract("رحب الرئيس كمال الراشد، بزيارة وانغ لي، نائبة رئيس وزراء الصين.")
    assert set(people(meeting)) == {"كمال الراشد", "وانغ لي"}
    assert not extract("رحب الوزير كمال الراشد بزيارة رئيسة البعثة الأوروبية للعاصمة.")


def test_a_summit_between_two_named_is_their_meeting(extract):
    (meeting,) = extract(
        "انطلقت أعمال القمة المصرية- الأوزبكية بين الرئيس المصري كمال الراشد ونظيره "
        "الأوزبكي رستم علييف، الأربعاء، في العاصمة طشقند."
    )
    assert set(people(meeting)) == {"كمال الراشد", "رستم علييف"}


def test_a_call_with_him_after_a_verb_naming_two_people_is_theirs(extract):
    (meeting,) = extract(
        "دعت المستشارة الألمانية كارين شميت رئيس المجلس الرئاسي سالم العلي لزيارة برلين، "
        "في اتصال هاتفي معه اليوم."
    )
    assert set(people(meeting)) == {"كارين شميت", "سالم العلي"}


def test_she_called_for_written_as_farewell_is_no_cue(extract):
    assert not extract(
        "ودعت الممثلة الأممية كارين شميت إلى تطبيق دعوة الرئيس سالم العلي ورئيس البرلمان "
        "كمال حسن إلى فك الحصار."
    )
    # seeing someone off is meeting them
    assert extract("ودعت الوزيرة كارين شميت نظيرها الليبي سالم العلي في المطار.")


def test_the_head_of_a_delegation_that_met_is_its_party(extract):
    (meeting,) = extract(
        "بحث نائب العاهل الأمير سالم العلي اليوم مع وفد من لجنة الرقابة بمجلس النواب "
        "الأمريكي علاقات التعاون. وكان الوفد الأمريكي برئاسة النائب جون كولينز قد وصل "
        "إلى عمّان اليوم."
    )
    assert "جون كولينز" in people(meeting)
