import pytest

from meetings.extraction.encounters import (
    by_phone_to_someone,
    calls,
    calls_took_in,
    co_chaired,
    received_item,
    toured_officials,
    visited_someone,
    visits_took_in_officials,
)
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tokens import tokenize

from .conftest import people

LEX = load_lexicon()


def test_receiving_an_invitation_is_no_call_and_a_greeting_after_a_call_leaves_it_one():
    invitation = tokenize("تلقى الوزير دعوة من نظيره")
    call = tokenize("تلقى الوزير اتصالا من نظيره، وقدم له التهنئة")
    assert received_item(LEX, invitation, 0, len(invitation))
    assert not received_item(LEX, call, 0, len(call))


def test_visiting_a_person_and_not_a_place():
    person = tokenize("زار الوزير نظيره في مكتبه")
    place = tokenize("زار الوزير مدينة بنغازي")
    assert visited_someone(LEX, person, 0, len(person))
    assert not visited_someone(LEX, place, 0, len(place))
    at_home = tokenize("زار السفير الرئيس الأسبق في دارته")
    assert visited_someone(LEX, at_home, 0, len(at_home))


def test_touring_officials_and_chairing_with_someone():
    tour = tokenize("جال الموفد أمس على رؤساء الجمهورية والحكومة")
    chair = tokenize("ترأس خلالها مع نظيره أشغال اللجنة")
    assert toured_officials(LEX, tour, 0, len(tour))
    assert co_chaired(LEX, chair, 0, len(chair))


def test_visits_that_took_in_officials_and_not_states():
    officials = tokenize("أنهى الموفد زياراته التي شملت وزير الدفاع فلان")
    states = tokenize("بدأ الوزير جولته التي شملت مصر والأردن")
    assert visits_took_in_officials(LEX, officials, 4, len(officials))
    assert not visits_took_in_officials(LEX, states, 4, len(states))


def test_the_officials_a_round_of_visits_took_in_were_met(extract):
    (meeting,) = extract(
        "وكان الموفد الكويتي فهد العنزي قد أنهى زياراته التي شملت وزير الدفاع كميل "
        "الشامي، ورئيس الحكومة سمير الحداد، وجرى البحث في الأوضاع العامة."
    )
    assert set(people(meeting)) == {"فهد العنزي", "سمير الحداد", "كميل الشامي"}


def test_the_calls_took_in_someone_and_not_a_subject_of_talks():
    officials = tokenize("وشملت الاتصالات وزيرة الخارجية فلانة")
    subjects = tokenize("وشملت المحادثات ملفات التعاون")
    assert calls_took_in(officials, 0)
    assert not calls_took_in(subjects, 0)


def test_whom_the_calls_told_before_took_in_each_had_a_call_with_the_caller(extract):
    text = (
        "أجرى وزير الخارجية الموريتاني سيدي ولد الطالب اتصالات هاتفية مع وزيرة الخارجية "
        "الهولندية إيفا يانسن، ووزير الخارجية الفنلندي أنتي كوسكينن، كما شملت "
        "الاتصالات وزيرة الخارجية النمساوية كلارا هوبر، ووزير الخارجية التشيكي يان "
        "نوفوتني. وشملت الاتصالات المفوض الأوروبي لشؤون المتوسط لوكا ريناتي."
    )
    meetings = extract(text)
    assert sorted(sorted(people(m)) for m in meetings) == sorted(
        sorted(["سيدي ولد الطالب", other])
        for other in ["إيفا يانسن", "أنتي كوسكينن", "كلارا هوبر", "يان نوفوتني", "لوكا ريناتي"]
    )


def test_calls_with_people_and_telecommunications():
    series = tokenize("أجرى الوزير سلسلة اتصالات مع نظرائه")
    sector = tokenize("افتتح الوزير معرض الاتصالات والتقنية")
    assert calls(series, 0, len(series))
    assert not calls(sector, 0, len(sector))


def test_his_press_conference_with_a_counterpart_is_their_meeting(extract):
    text = (
        "قال وزير الداخلية الإيراني العميد سعيد رضائي لدينا اتفاقيات جيدة مع العراق. وقال "
        "رضائي في مؤتمره الصحفي مع نظيره العراقي حسن الموسوي، الذي وصل طهران على "
        "رأس وفد، استضفنا اليوم أخي العزيز حسن الموسوي وناقشنا معه أمن الحدود."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سعيد رضائي", "حسن الموسوي"}


def test_a_joint_press_conference_held_with_someone_is_meeting_them(extract):
    text = (
        "وأعرب الأمين العام للجامعة حسام زكي في مؤتمر صحفي مشترك عقده مع "
        "نظيره العراقي فالح الربيعي عن دعم الجامعة للعراق."
    )
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"حسام زكي", "فالح الربيعي"}


def test_a_visit_paid_to_a_person_is_meeting_them(extract):
    text = "قام الأمير سلمان بن فهد صباح أمس بزيارة لمعالي السيد كمال حسني وزير الداخلية."
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"سلمان بن فهد", "كمال حسني"}
    assert extract("قام وزير الخارجية كمال حسني بزيارة لمدينة العلمين.") == []


def test_a_courtesy_visit_paid_after_a_long_office_to_a_person_met_them(extract):
    (meeting,) = extract(
        "قام اللواء بحري مراد أكسوي، مساعد المدير العام للإدارة العامة للدفاع بوزارة "
        "الدفاع التركية، برفقة السفير صالح شن وطاقم السفينة، بزيارة مجاملة لمحافظ "
        "الإسكندرية الفريق أحمد سالم."
    )
    assert set(people(meeting)) == {"مراد أكسوي", "صالح شن", "أحمد سالم"}
    # a party given is no meeting of those who attended it
    assert not extract(
        "وأقام السفير صالح شن حفل استقبال على متن السفينة حضره عدد من الشخصيات وممثلي "
        "البعثات الدبلوماسية."
    )


def test_a_tour_opened_with_a_visit_to_a_person_met_them(extract):
    text = (
        "وابتدأ المبعوث الدولي جان دوبوا جولته بزيارة إلى السفير التركي أحمد أوزكان "
        "في طرابلس لتهنئته."
    )
    (meeting,) = extract(text)
    named = people(meeting)
    assert set(named) == {"جان دوبوا", "أحمد أوزكان"}
    assert named["جان دوبوا"].country == "UN"  # an international envoy is the UN's
    assert extract("وبدأ الوزير كمال حسني جولته بزيارة إلى مدينة بنغازي.") == []


def test_a_joint_press_conference_held_together_with_someone_is_meeting_them(extract):
    text = (
        "حل وزير الخارجية المغربي سعيد البكري بالبرازيل، حيث عقد رفقة وزير الخارجية "
        "البرازيلي، كارلوس سيلفا، مؤتمرا صحفيا مشتركا الخميس."
    )
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"سعيد البكري", "كارلوس سيلفا"}


@pytest.mark.parametrize("verb", ["تناول", "وتطرق"])
def test_taking_up_a_subject_with_someone_is_meeting_them(extract, verb):
    text = f"{verb} وزير الخارجية سامي فهمي مع نظيره الألماني كلاوس مولر التطورات في المنطقة."
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"سامي فهمي", "كلاوس مولر"}


def test_a_joint_press_conference_held_on_a_named_day_with_someone(extract):
    (meeting,) = extract(
        "قال الرئيس التركي كمال يلدز، خلال مؤتمر صحفي مشترك عقده الخميس مع رئيس وزراء "
        "مالي محمد ديبي في إسطنبول، إن بلاده مستعدة للتعاون."
    )
    assert set(people(meeting)) == {"كمال يلدز", "محمد ديبي"}


def test_a_meeting_noun_with_a_channel_or_paper_is_an_interview(extract):
    assert (
        extract(
            "وقال رئيس الوزراء سالم الكعبي في لقاء مع قناة الشرق الإخبارية، إن الرئيس "
            "الأمريكي جون سميث يسعى إلى اتفاق."
        )
        == []
    )


def test_saying_something_to_a_counterpart_is_meeting_them(extract):
    (meeting,) = extract(
        "أكد وزير الخارجية الأردني سامي الخطيب لنظيره الياباني كينجي ساتو أهمية التعاون."
    )
    assert set(people(meeting)) == {"سامي الخطيب", "كينجي ساتو"}
    # not the counterpart one works with, whom the minister speaks of
    assert not extract("أكد وزير الخارجية الأردني سامي الخطيب أهمية التنسيق مع نظيره الياباني.")


@pytest.mark.parametrize("to", ["لوزير", "أمام وزير"])
def test_saying_something_to_someone_named_after_the_speaker_is_speaking_with_them(extract, to):
    (meeting,) = extract(
        f"أكد الرئيس اللبناني سليم حداد {to} الخارجية المصري كمال حسن أن لبنان متمسك بالانسحاب."
    )
    assert set(people(meeting)) == {"سليم حداد", "كمال حسن"}


def test_a_ruler_named_in_the_speaker_s_office_or_supported_is_not_addressed(extract):
    assert extract("أكد المستشار الخاص للرئيس سليم حداد أن لبنان متمسك بالانسحاب.") == []
    assert extract("أكد وزير الخارجية سليم حداد دعم بلاده للرئيس كمال حسن.") == []


def test_a_summit_told_by_its_states_is_the_meeting_of_those_who_held_it(extract):
    (meeting,) = extract(
        "عقد الرئيس سالم العلي وملك البلد الجار كمال حسن قمة ليبية تونسية في طرابلس أمس."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال حسن"}
    # A summit named by its own name is a conference, not a meeting of theirs.
    assert extract("عقد قادة الدول الصناعية قمة العشرين في روما أمس.") == []


def test_two_chairs_of_a_session_named_one_after_the_other_met(extract):
    meetings = extract(
        "استقبل رئيس الحكومة التونسية سامي بن علي أمس وزير الخارجية الليبي سالم الورفلي. "
        "وفي سياق متصل ترأس الورفلي، ووزير الخارجية التونسي كمال حسن، أعمال الدورة الثالثة "
        "للجنة المشتركة."
    )
    assert [set(people(m)) for m in meetings] == [
        {"سامي بن علي", "سالم الورفلي"},
        {"سالم الورفلي", "كمال حسن"},
    ]


def test_a_press_conference_in_someone_s_company_is_meeting_them(extract):
    (meeting,) = extract(
        "وصرح يوهان ليندكفيست، رئيس الحكومة السويدية، أثناء مؤتمر صحفي برفقة الرئيس "
        "التشادي إدريس ماهامات، بأن البلدين سيعملان معا."
    )
    assert set(people(meeting)) == {"يوهان ليندكفيست", "إدريس ماهامات"}


def test_a_press_conference_held_with_someone_is_meeting_him(extract):
    text = (
        "وأكد الوزير الجزائري سليم بوعزة خلال ندوة صحفية عقدها مع وزير الخارجية "
        "الموريتاني أحمدو ولد سيدي على هامش أشغال اللجنة أن التعاون سيتوسع."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سليم بوعزة", "أحمدو ولد سيدي"}


def test_two_cables_received_are_no_call(extract):
    assert not extract(
        "تلقى وزير الدفاع اللواء سالم الحديدي برقيتي تضامن بعد الحادث، بعث بهما السفير "
        "الكندي ورئيس البعثة الأوروبية."
    )


def test_what_a_verb_did_by_phone_to_someone_was_a_call_with_them(extract):
    call = tokenize("هنأ الوزير فلان هاتفيا نظيره")
    noun = tokenize("أجرى الوزير اتصالا هاتفيا نظيره")
    assert by_phone_to_someone(LEX, call, 3, len(call))
    assert not by_phone_to_someone(LEX, noun, 3, len(noun))
    (meeting,) = extract(
        "عزى وزير الخارجية الإسباني خوان مارين، هاتفياً نظيره المغربي سعيد الإدريسي، "
        "في ضحايا الفيضانات."
    )
    assert set(people(meeting)) == {"خوان مارين", "سعيد الإدريسي"}


def test_calls_taking_in_others_are_the_caller_s_who_opened_the_sentence_told_before(extract):
    text = (
        "أجرى وزير الخارجية الأردني فارس العبادي اتصالات هاتفية مع عدد من نظرائه، وتلقى "
        "اتصالا من نظيره التركي أحمد يلماز. وشملت الاتصالات وزير الخارجية المصري سامح "
        "كامل، ووزير الخارجية السعودي فهد الراشد."
    )
    pairs = sorted(sorted(people(m)) for m in extract(text) if len(people(m)) == 2)
    assert ["سامح كامل", "فارس العبادي"] in pairs and ["فارس العبادي", "فهد الراشد"] in pairs
    visits = (
        "وصل المبعوث الأممي جان دوبوا إلى طرابلس. وشملت الزيارات رئيس المجلس الرئاسي "
        "سالم المقريف، ورئيس الحكومة عادل الشريف، كلا على حدة."
    )
    assert extract(visits) == []


def test_informing_someone_during_a_call_is_speaking_with_them(extract):
    (meeting,) = extract(
        "أبلغ رئيس الوزراء الإسرائيلي دان ليفي، الرئيس الفرنسي جان مارتان، خلال اتصال "
        "هاتفي، رفضه هدنة من طرف واحد."
    )
    assert set(people(meeting)) == {"دان ليفي", "جان مارتان"}


def test_informing_the_press_is_no_meeting(extract):
    assert extract("أبلغ الوزير سالم علي الصحفيين خلال المؤتمر أنه سيلتقي نظيره.") == []


def test_informing_someone_in_a_post_is_no_meeting(extract):
    text = (
        "أبلغ الرئيس الأمريكي جون سميث، الرئيس الأوكراني بافلو كوزاك، عبر منشور على "
        "منصته، أنه لن يحضر الاجتماع."
    )
    assert extract(text) == []
