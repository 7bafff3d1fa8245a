import pytest

from meetings.extraction.clause_subjects import same_subject_goes_on
from meetings.extraction.tokens import tokenize

from .conftest import people


@pytest.mark.parametrize("text", ["ثم استقبل", "حيث التقى", "قبل أن يستقبل"])
def test_a_verb_after_then_where_or_before_goes_on_with_the_subject_before(text):
    tokens = tokenize(text)
    assert same_subject_goes_on(tokens, len(tokens) - 1)


@pytest.mark.parametrize("text", ["كما كان تشاور", "ثم كان قد استقبل", "حيث كانت التقت"])
def test_was_between_then_and_the_verb_still_goes_on_with_the_subject_before(text):
    tokens = tokenize(text)
    assert same_subject_goes_on(tokens, len(tokens) - 1)


def test_a_consultation_told_as_what_he_had_done_is_his_second_meeting(extract):
    text = (
        "اتصل الرئيس اللبناني سمير حداد اليوم برئيس الحكومة كريم شمعون. كما كان "
        "تشاور مساء أمس مع رئيس البرلمان وليد فرنجي في شؤون الانتخابات."
    )
    first, second = extract(text)
    assert set(people(first)) == {"سمير حداد", "كريم شمعون"}
    assert set(people(second)) == {"سمير حداد", "وليد فرنجي"}


def test_a_verb_opening_the_sentence_has_a_subject_of_its_own():
    assert not same_subject_goes_on(tokenize("استقبل الوزير"), 0)


def test_the_two_ministers_of_a_meeting_are_the_two_named_before(extract):
    text = (
        "جدد وزير الخارجية الأردني سامر القضاة ووزير خارجية العراق حيدر الساعدي اليوم "
        "دعمهما لجهود التهدئة. وقالت الوزارة إن الاجتماع الذي ضم الوزيرين بحث أمن الحدود."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامر القضاة", "حيدر الساعدي"}


def test_his_meeting_in_a_quote_of_him_is_of_the_one_named_before(extract):
    text = (
        "رحب المبعوث الأممي إلى اليمن سالم المخلافي بالدعم الأوروبي. ونقلت وكالات الأنباء "
        "عنه القول اليوم بعد لقائه بوزير الخارجية الإسباني خوان مارتيل في مدريد إن الحوار "
        "هو الطريق."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم المخلافي", "خوان مارتيل"}


def test_the_two_presidents_are_the_two_named_as_they_arrived(extract):
    text = (
        "وصل الرئيس الغاني كوفي منساه إلى العاصمة التوغولية لومي تلبية لدعوة من نظيره "
        "التوغولي إيدي كومبا. وبحث الرئيسان أمن الحدود بين البلدين."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كوفي منساه", "إيدي كومبا"}


def test_their_meeting_is_of_the_two_named_in_the_sentence_before(extract):
    text = (
        "أكد رئيس الحكومة المالية سليمان كوني لوزير الخارجية الصيني وانغ لين دعم بلاده "
        "لمبادرة السلام.\nوخلال لقائهما في بكين، أشاد كوني بعلاقات البلدين."
    )
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants if p.name} == {"سليمان كوني", "وانغ لين"}
    assert meeting.place == "بكين"


def test_his_meeting_opening_a_sentence_is_of_whom_the_sentence_before_spoke(extract):
    text = (
        "صرح نائب المبعوث الأممي إلى اليمن سالم العبيدي بأن البعثة ستفتح مكتبا قريبا. "
        "وخلال لقائه مع وزير الخارجية خالد اليماني عقب تعيينه نائبا للمبعوث الأممي أحمد "
        "الرفاعي، بحثا جهود السلام."
    )
    (meeting,) = extract(text)
    # whose deputy he became is only mentioned
    assert set(people(meeting)) == {"سالم العبيدي", "خالد اليماني"}


def test_a_person_opening_the_sentence_and_described_up_to_the_verb_is_its_subject(extract):
    text = (
        "سامي كريمي أمين المجلس الأعلى للدفاع الذي توجه إلى أستانا أمس لحضور "
        "اجتماع وزراء الدفاع في المنظمة التقى اليوم وزير الدفاع الروسي، "
        "إيفان سوكولوف."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي كريمي", "إيفان سوكولوف"}


def test_who_reports_a_meeting_in_his_words_takes_no_part_in_it(extract):
    text = (
        "وقال وزير الخارجية السوداني حسن عثمان في تصريحات بالمطار إن نائب رئيس الوزراء "
        "الصيني لي وانغ أجرى خلال الزيارة مباحثات مع رئيس الوزراء السوداني كمال إدريس."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"لي وانغ", "كمال إدريس"}


def test_and_that_during_his_meeting_is_of_whom_the_sentence_before_spoke(extract):
    text = (
        "أكد وزير الداخلية اللواء سامي العلي أن الوزارة قدمت التسهيلات لعودة المهجرين. "
        "وذلك خلال لقائه مع ممثل مفوضية اللاجئين في دمشق يوهان "
        "كارلسون حيث بحثا التعاون بين الجانبين."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي العلي", "يوهان كارلسون"}


def test_the_story_s_first_meeting_is_of_the_two_named_before_it(extract):
    text = (
        "أكد الرئيس السوري سامي الحلبي للرئيس اللبناني العماد جورج خوري الذي يزور دمشق أن "
        "بلاده تدعم استقرار لبنان. وجرى خلال اللقاء بحث ترسيم الحدود بين البلدين."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي الحلبي", "جورج خوري"}


def test_he_met_told_by_his_office_is_of_whom_the_sentence_before_spoke(extract):
    [meeting] = extract(
        "أكد مستشار الأمن الوطني سالم الدريدي رفض بلاده لأي تدخل خارجي.\n"
        "وقال مكتبه - في بيان نقلته قناة محلية اليوم - إنه التقى مع السفير الإيطالي في "
        "تونس ماركو بيانكي، وبحثا الأوضاع الأمنية."
    )
    assert set(people(meeting)) == {"سالم الدريدي", "ماركو بيانكي"}


def test_who_received_him_met_whom_the_sentence_before_spoke_of(extract):
    (meeting,) = extract(
        "قام وزير الداخلية، لواء سالم الورفلي، أمس بزيارة تفقدية لمقر جهاز خفر السواحل. "
        "كان في استقباله مدير الجهاز، لواء عمر الكاسح، وعدد من ضباطه."
    )
    assert set(people(meeting)) == {"سالم الورفلي", "عمر الكاسح"}


def test_a_verb_opening_with_wa_and_one_party_goes_on_with_the_subject_before(extract):
    text = (
        "عقد وزير الداخلية اللبناني سامر الخطيب على هامش الاجتماع سلسلة لقاءات مع "
        "نظرائه العرب. وإلتقى وزير داخلية البحرين اللواء حمد بن "
        "سلمان آل خليفة، وتم البحث في التعاون الأمني والسبل الكفيلة بتطويره."
    )
    named = [{p.name for p in m.participants if p.name} for m in extract(text)]
    assert {"سامر الخطيب", "حمد بن سلمان آل خليفة"} in named


@pytest.mark.parametrize(
    "text",
    [
        "حل وزير الخارجية التونسي كمال الهمامي بالرباط. وكانت له جلسة مباحثات مع وزير "
        "الخارجية المغربي سالم بلقاسمي.",
        "قام وزير الخارجية التونسي كمال الهمامي بزيارة إلى الرباط، استقبل خلالها من قبل "
        "رئيس الحكومة عمر بلعيد كما كانت له جلسة مباحثات مع وزير الخارجية المغربي سالم "
        "بلقاسمي.",
    ],
)
def test_a_meeting_said_to_be_his_has_the_subject_before_as_its_party(extract, text):
    meetings = extract(text)
    assert {"كمال الهمامي", "سالم بلقاسمي"} in [set(people(m)) for m in meetings]


def test_a_spokesperson_met_with_is_a_party(extract):
    (meeting,) = extract(
        "ناقش وزير الخارجية المغربي سالم العلوي، مع المستشار والناطق باسم الحكومة "
        "الإيطالية ماركو روسي، أمس في روما، التعاون."
    )
    assert set(people(meeting)) == {"سالم العلوي", "ماركو روسي"}


def test_those_met_listed_in_the_accusative_after_the_verb_leave_it_the_subject_before(extract):
    text = (
        "وأجرى وزير الداخلية المغربي سعيد الحمدي مباحثات مع نظيره البرتغالي جواو سيلفا. "
        "كما التقى كلاً من ماريو كوستا مدير الشرطة و خوسيه مارتينز قائد الحرس الوطني."
    )
    second = extract(text)[1]
    assert set(people(second)) == {"سعيد الحمدي", "ماريو كوستا", "خوسيه مارتينز"}


def test_their_meeting_is_of_the_two_named_before_it_in_the_sentence(extract):
    (meeting,) = extract(
        "وتسلم الرسالة رئيس الوزراء البحريني سلمان الخليفة من وزير الخارجية العماني بدر "
        "الهنائي؛ وذلك خلال لقائهما في المنامة، بحضور وزير الخارجية البحريني عبد الله الزياني."
    )
    assert set(people(meeting)) == {"سلمان الخليفة", "بدر الهنائي", "عبد الله الزياني"}


def test_the_meeting_held_between_them_is_of_the_two_who_spoke_before(extract):
    (meeting,) = extract(
        "أكد الرئيس التونسي سامي الجلاصي ورئيس الحكومة الليبية عمر الورفلي على ضرورة تأمين "
        "الحدود. وجاء ذلك خلال لقاء عقد بينهما في تونس."
    )
    assert set(people(meeting)) == {"سامي الجلاصي", "عمر الورفلي"}


def test_who_attended_does_not_count_as_a_party_of_a_verb_going_on_with_its_subject(extract):
    text = (
        "استقبل قائد الجيش العماد سمير الخوري في مكتبه في اليرزة السفير البريطاني جون ميلر. "
        "كما استقبل قائد البحرية الفرنسية الأميرال شارل دوبون، بحضور الملحق العسكري "
        "الفرنسي العقيد بيار مارتان."
    )
    second = extract(text)[1]
    assert set(people(second)) == {"سمير الخوري", "شارل دوبون", "بيار مارتان"}
    assert second.place == "اليرزة"


def test_the_two_officials_met_again_are_the_last_two_named_though_a_sentence_between_names_none(
    extract,
):
    text = (
        "التقى وزير الخارجية الموريتاني سيدي ولد أحمد نظيره المالي عبد الله ديوب أمس في "
        "نواكشوط. وهو لقاء تحضره ملفات الحدود منذ أشهر. واجتمع المسؤولان قبل ذلك في "
        "باماكو في مارس الماضي."
    )
    meetings = extract(text)
    assert len(meetings) == 2
    assert all(set(people(m)) == {"سيدي ولد أحمد", "عبد الله ديوب"} for m in meetings)


def test_who_spoke_during_his_meeting_is_who_the_sentence_before_named(extract):
    (meeting,) = extract(
        "دعا محافظ إقليم الواحات سالم العلي، الهيئات الدولية إلى تقييم أضرار السيول.\n"
        "وأكد خلال لقائه ممثل برنامج الأغذية العالمي جان ميلر، رغبة المحافظة في تسريع "
        "توزيع المساعدات."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان ميلر"}


def test_a_pronoun_received_again_is_the_visitor_not_the_first_host(extract):
    meetings = extract(
        "وصل وزير الخارجية الليبي سالم العلي إلى مسقط أمس، حيث استقبله نائب رئيس الوزراء "
        "ماجد بن سعيد في قصر العلم، كما استقبله وزير الدفاع العماني خالد بن حمد."
    )
    assert [set(people(m)) for m in meetings] == [
        {"سالم العلي", "ماجد بن سعيد"},
        {"سالم العلي", "خالد بن حمد"},
    ]


def test_who_a_sentence_opens_on_with_had_is_the_subject_of_its_meeting(extract):
    first, second = extract(
        "التقى رئيس الحكومة اللبنانية سليم حداد أمس الرئيس السوري فارس العلي في دمشق. "
        "وكان الزعيم نديم شمعون قد قام الشهر الماضي بزيارة إلى دمشق، حيث التقى مع فارس "
        "العلي في قصر الشعب."
    )
    assert set(people(first)) == {"سليم حداد", "فارس العلي"}
    assert set(people(second)) == {"نديم شمعون", "فارس العلي"}


def test_a_reception_of_him_after_linking_words_is_of_who_arrived(extract):
    (meeting,) = extract(
        "وصل وزير العدل السيد فتحي الورشفاني، إلى مطار غات الدولي. هذا وقد كان في "
        "استقباله السيد المحامي العام بمحكمة غات ومدير إدارة القضايا فرع غات."
    )
    assert set(people(meeting)) == {"فتحي الورشفاني"}
    assert {p.role for p in meeting.participants} >= {"المحامي العام"}


def test_who_met_is_who_opened_a_quotation_of_several_sentences(extract):
    text = (
        'قال رئيس الحكومة الدكتور سامر الحلبي، إن "بلادنا تواجه الإرهاب وحدها. ونحن نرحب '
        'بكل دعم يصلنا". جاء ذلك خلال اتصال هاتفي، اليوم، مع الرئيس القبرصي نيكوس ماركو.'
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامر الحلبي", "نيكوس ماركو"}


def test_a_verb_opening_its_sentence_with_no_subject_goes_on_with_who_came_before(extract):
    [meeting] = extract(
        "وصل وزير الخارجية الماليزي داتو حسن إلى عمان أمس. وخلال زيارته إلى الأردن، "
        "التقى مع رئيس الوزراء الأردني سمير الخطيب."
    )
    assert set(people(meeting)) == {"داتو حسن", "سمير الخطيب"}
    # a subject of its own after the verb: no one before is added
    [meeting] = extract(
        "وصل وزير الخارجية الماليزي داتو حسن إلى عمان أمس. والتقى وزير الداخلية سالم "
        "العمري مع رئيس الوزراء الأردني سمير الخطيب."
    )
    assert set(people(meeting)) == {"سالم العمري", "سمير الخطيب"}


def test_a_subject_after_those_met_is_the_verb_s_own(extract):
    # not the one the sentence before named: a woman holding a man's title, or the
    # subject named after the party met with "مع"
    [meeting] = extract(
        "أعلن البيت الأبيض أن الرئيس الأمريكي جون سميث سيزور روما. والتقت رئيس الوزراء "
        "الإيطالية ماريا روسي وزير الخارجية الأمريكي توم ديفيس."
    )
    assert set(people(meeting)) == {"ماريا روسي", "توم ديفيس"}
    [meeting] = extract(
        "أكد رئيس الوزراء فهد الحربي أن الحكومة ماضية في الإصلاحات. والتقى مع وفد "
        "صندوق النقد الدولي وزير المالية فريد السعدي."
    )
    assert "فهد الحربي" not in people(meeting)
    # nor does an office with no name leave the verb's subject out
    assert not extract(
        "أشاد الرئيس عادل منصور بدور الجيش. وأكد وزير الدفاع، خلال اجتماع مع قادة "
        "الألوية، جاهزية القوات."
    )


def test_said_during_a_meeting_set_off_by_commas_the_speaker_before_met(extract):
    [meeting] = extract(
        "اعتبر مدير العمليات اللواء سالم محمد الهاشمي أن المباحثات مهمة. وأكد، خلال "
        "اجتماع، بمقر الوزارة بالعاصمة، مع السفير الألماني كلاوس مولر، أن التعاون مستمر."
    )
    assert set(people(meeting)) == {"سالم محمد الهاشمي", "كلاوس مولر"}


def test_talks_held_between_the_two_sides_are_of_the_two_named_before(extract):
    text = (
        "وقال وزير الداخلية البحريني خالد العلي عقب توقيع مذكرة تفاهم مع وزير الداخلية "
        "الكويتي فهد السالم إن التعاون مثمر. وعقدت في المنامة جلسة مباحثات بين "
        "الجانبين تناولت التعاون الأمني."
    )
    meetings = extract(text)
    assert {"خالد العلي", "فهد السالم"} in [set(people(m)) for m in meetings]


def test_the_subject_goes_on_to_several_meetings_held_after_also(extract):
    (meeting,) = extract(
        "وصل وزير الخارجية سالم العلي إلى باريس أمس، كما قام بعقد عدة لقاءات صباح اليوم "
        "مع نظيره الفرنسي جان دوبوا."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان دوبوا"}


def test_those_received_in_the_plural_are_who_the_sentence_before_told_of(extract):
    (meeting,) = extract(
        "قام رؤساء الأركان اليوم بزيارة لمقر التحالف في مدينة الرياض، في مقدمتهم رئيس "
        "هيئة الأركان العامة الفريق سالم العلي. وكان في استقبالهم الأمين العام للتحالف "
        "اللواء كمال حسن."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال حسن"}


def test_my_meeting_in_quoted_speech_is_the_speaker_s(extract):
    (meeting,) = extract(
        "قال وزير الخارجية الفرنسي جان لوران اليوم إن عودة السفير تعتبر خبرا جيدا. "
        'وأضاف في حوار مع التلفزيون: "كانت هناك صعوبات". '
        'وتابع: "خلال لقائي بالرئيس سالم العلي في شهر ديسمبر الماضي، أكدت له رغبة فرنسا".'
    )
    assert set(people(meeting)) == {"جان لوران", "سالم العلي"}
