import pytest

from meetings.extraction import extract_article
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tenses import future_verb
from meetings.extraction.tokens import make_token

from .conftest import people, read

LEX = load_lexicon()


@pytest.mark.parametrize(
    "when, status",
    [
        ("التقى وزير الداخلية الليبي سالم علي نظيره الأردني خالد حسن أمس", "held"),
        ("يلتقي وزير الداخلية الليبي سالم علي نظيره الأردني خالد حسن الأسبوع المقبل", "planned"),
        ("يبحث وزير الداخلية الليبي سالم علي ونظيره الأردني خالد حسن منذ أمس أمن الحدود", "held"),
        # a participle scheduling another event after a verb in the past
        (
            "بحث وزير الداخلية الليبي سالم علي مع نظيره الأردني خالد حسن التحضير للقمة "
            "المقررة الشهر المقبل",
            "held",
        ),
        # "جرى اتصال": taken place, though after a byline and before an event to come
        (
            "سالم عمر - القاهرة - جرى اتصال هاتفي بين وزير الخارجية نبيل فارس ورئيس الوزراء "
            "محمد حمدان للتحضير للمؤتمر المقرر عقده الشهر المقبل",
            "held",
        ),
    ],
)
def test_a_meeting_is_held_or_announced(when, status):
    (meeting,) = extract_article(f"{when} في عمان.").meetings
    assert meeting.status == status


def test_a_verb_in_the_future():
    assert future_verb(LEX, make_token("ستتوج"))
    assert not future_verb(LEX, make_token("ستار"))


def test_a_past_meeting_told_after_a_comma_is_held_despite_a_visit_to_come(extract):
    (meeting,) = extract(
        "أعلنت وزيرة الداخلية الإيطالية ماريا بيانكي أنها ستقوم بزيارة لتونس غدا، وهي "
        "الثانية بعد زيارة أولى تمحورت حول الهجرة، والتقت خلالها رئيس الحكومة سالم العياري."
    )
    assert set(people(meeting)) == {"ماريا بيانكي", "سالم العياري"}


def test_who_will_be_there_to_receive_a_visitor_has_not_met_him_yet():
    text = (
        "وصل وزير الداخلية الإيطالي ماركو روسي إلى الجزائر. وبحسب المصدر، سيكون في استقبال "
        "الوزير الإيطالي نظيره الجزائري سالم بلقاسم في المطار."
    )
    (meeting,) = extract_article(text).meetings
    assert meeting.status == "planned"


def test_a_meeting_that_follows_it_in_the_imperfect_is_to_come():
    text = (
        "ويرتقب أن تترأس المسؤولة الأوروبية مع وزير الخارجية الجزائري سالم بلقاسم الحوار "
        "الثاني. يليها لقاء بين كاترين ماير والوزير الأول عمر الحداد حول الشراكة."
    )
    met = [m for m in extract_article(text).meetings if m.status == "held"]
    assert met == []


def test_a_future_in_what_someone_said_does_not_make_the_meeting_planned(extract):
    (meeting,) = extract(
        "التقى وزير الدفاع الموريتاني سيدي ولد أحمد نظيره المالي عمر ديوب في نواكشوط، "
        "مؤكدا أن بلاده ستواصل دعم جهود الأمن في المنطقة."
    )
    assert set(people(meeting)) == {"سيدي ولد أحمد", "عمر ديوب"}


def test_talks_someone_came_to_hold_are_an_aim_not_held(extract):
    assert (
        extract(
            "وصل رئيس المجلس الرئاسي الصومالي حسن علي، يوم الاثنين، إلى نيروبي، لإجراء "
            "محادثات مع نظيره الرئيس الكيني جون كاماو."
        )
        == []
    )


def test_what_a_relative_clause_after_a_held_meeting_schedules_is_not_the_meeting(extract):
    (meeting,) = extract(
        "عقد وزير الخارجية التونسي سالم الهمامي محادثات مع الأمين العام للجامعة كمال "
        "الدباغ وعدد من نظرائه على هامش اجتماع تحضيري لوزراء الخارجية قبل القمة التي "
        "تبدأ أعمالها غدا في العاصمة."
    )
    assert set(people(meeting)) == {"سالم الهمامي", "كمال الدباغ"}


def test_meetings_on_a_visit_s_programme_or_that_will_be_are_announced(extract):
    text = (
        "يحل المفوض الأوروبي للعدل جان ميلر بتونس غدا.\n"
        "ويتضمن برنامج زيارة المفوض لقاء مع وزيرة العدل ليلى سالم ووزير الداخلية كمال حسن.\n"
        "كما سيكون للمفوض جان ميلر لقاءات مع ممثلي الجمعيات."
    )
    assert extract(text) == []


def test_what_a_plural_relative_clause_after_a_held_meeting_schedules_is_not_the_meeting(extract):
    (meeting,) = extract(
        "وعقد الوزير سالم بن علي أمس لقاءات مع رؤساء الوفود وكذلك المبعوث الأممي جان ميلر، "
        "الذين سيشاركون غدا في الاجتماع."
    )
    assert "جان ميلر" in people(meeting)


def test_an_event_to_come_named_before_a_comma_does_not_make_a_past_meeting_planned(extract):
    (meeting,) = extract(
        "في إطار التحضير للقمة الثنائية المقرر عقدها مطلع العام المقبل، التقى وزير "
        "الخارجية المغربي كريم العلوي، يوم الجمعة، نظيره البرتغالي جواو سيلفا."
    )
    assert set(people(meeting)) == {"كريم العلوي", "جواو سيلفا"}


def test_what_follows_inna_is_what_someone_said_even_after_an_aside(extract):
    (meeting,) = extract(
        "وقال الوزير القبرصي نيكوس أندرياس - خلال لقائه مع سفير الأردن بنيقوسيا السفير "
        "سامر حداد - إن بلاده تعتزم توسيع برامج العمالة الموسمية."
    )
    assert set(people(meeting)) == {"نيكوس أندرياس", "سامر حداد"}


def test_a_visit_put_off_is_not_held(extract):
    text = (
        "علمت الصحيفة أن زيارة الوفد التونسي برئاسة وزير الصناعة سالم الهمامي إلى مالي، "
        "التي كانت مقررة اليوم الأربعاء، قد تأجلت إلى موعد لاحق.\n"
        "ويضم الوفد الرئيس المدير العام لشركة الكهرباء كمال بن علي."
    )
    assert extract(text) == []


def test_a_meeting_someone_plans_to_hold_is_announced(extract):
    text = (
        "وكشف وزير الزراعة البولندي إيفان سوروكين، يوم الأحد، أنه يخطط للقاء كل من وزير "
        "الزراعة العماني سالم الكواري، ومدير المنظمة كمال بن علي، في وارسو."
    )
    assert extract(text) == []


def test_a_meeting_a_visit_includes_is_announced(extract):
    text = (
        "وقالت مصادر مطلعة إن زيارة المبعوث الكندي جون ماركس تتضمن لقاء رسميا مع "
        "الرئيس اللبناني سليم حداد ووزير الخارجية كمال بن علي."
    )
    assert extract(text) == []


def test_a_call_told_after_a_meeting_someone_is_sent_to_hold_was_held(extract):
    (meeting,) = extract(
        "وطلب الرئيس الفرنسي جان ميلر من وزير الداخلية التوجه إلى الرباط للقاء نظيره "
        "بعد مكالمة هاتفية بين ميلر والعاهل المغربي الملك كمال بن علي."
    )
    assert set(people(meeting)) == {"جان ميلر", "كمال بن علي"}


def test_a_month_to_come_in_what_the_speaker_said_does_not_make_the_meeting_planned(extract):
    (meeting,) = extract(
        "أكد الرئيس اللبناني سليم حداد أمام وزير الخارجية المصري كمال حسن اليوم أن لبنان "
        "متمسك بالانسحاب في شباط المقبل."
    )
    assert set(people(meeting)) == {"سليم حداد", "كمال حسن"}


def test_what_a_relative_clause_after_a_meeting_told_during_schedules_is_not_it(extract):
    (meeting,) = extract(
        "وأعلن الوزير سالم العلي أنه قام خلال استقبال مساء السبت وفدا ليبيا برئاسة النائب "
        "الأول لرئيس المجلس كمال حسن، بتهنئة الحكومة التي سيكلفها المجلس في غضون الأيام "
        "القادمة."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال حسن"}


def test_a_meeting_during_which_something_is_to_come_is_announced(extract):
    text = (
        "وقالت المتحدثة إن المفوضة ستعرض نتائج جولتها على الوزراء خلال اجتماعهم المقرر في "
        "روما الأسبوع المقبل."
    )
    assert extract(text) == []


def test_a_form_both_perfect_and_imperfect_reads_as_the_perfect():
    text = "تسلم الرئيس سالم العلي، اليوم الاثنين، أوراق اعتماد سفير مالي لدى بلاده موسى كوليبالي."
    (meeting,) = extract_article(text).meetings
    assert meeting.status == "held"


def test_a_meeting_called_for_is_not_held(extract):
    text = (
        "أجرى الرئيس القبرصي نيكوس ماركو اتصالا هاتفيا مع أمير دولة الكويت سالم الدخيل. "
        "كما بحث الجانبان أهمية عقد اجتماع عاجل، حيث أعلن ماركو أن بلاده دعت إلى اجتماع "
        "طارئ لوزراء الخارجية، وإلى عقد اجتماع لرؤساء وممثلي الدول العربية والإسلامية "
        "على هامش دورة الجمعية العامة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"نيكوس ماركو", "سالم الدخيل"}


def test_a_delegation_to_visit_and_talks_that_will_focus_on_something_are_no_meeting(extract):
    text = (
        "أفادت مصادر أن وفدا أمنيا كينيا سيزور العاصمة الأوغندية يوم الأربعاء المقبل، "
        "بهدف إجراء محادثات مع القيادة الأوغندية.\n"
        "ويترأس الوفد وزير الدفاع الكيني جوزيف أوتينو، ويضم كلا من اللواء حسن مبوا، "
        "المدير العام للأمن.\n"
        "وذكرت المصادر أن المحادثات ستركز على ضبط الحدود."
    )
    assert not extract(text)


def test_what_a_speaker_says_is_to_come_after_a_meeting_told_in_passing_is_not_it(extract):
    [meeting] = extract(
        "وأوضح وزير النقل التونسي سامي الجلاصي، في مؤتمر صحافي مشترك مع نظيره القبرصي "
        "أندرياس كوستا، أنه سيتم فتح خط بحري بين البلدين الشهر المقبل."
    )
    assert set(people(meeting)) == {"سامي الجلاصي", "أندرياس كوستا"}


def test_a_meeting_that_could_not_take_place_is_not_held():
    document = read(
        "غادر المبعوث الأممي سالم الهاشمي الرياض بعد تعذر لقائه بالرئيس كمال الغيلاني.",
        until="triggers",
    )
    (clause,) = document.sentences[0].clauses
    assert clause.planned


def test_a_delegation_setting_out_in_the_imperfect_has_not_met_yet(extract):
    text = (
        "يتوجه وفد عسكري أردني، برئاسة رئيس الأركان اللواء سامي العدوان، إلى العاصمة "
        "العراقية بغداد يوم الأحد، في زيارة عمل ترمي إلى بحث أمن الحدود. وأفادت "
        "الوكالة أن الوفد يضم مدير العمليات العميد حسن الزعبي، وسيجتمع أثناء إقامته "
        "بوزير الدفاع العراقي ثابت الربيعي."
    )
    assert extract(text) == []  # no meeting held
    went = text.replace("يتوجه وفد", "توجه وفد").replace("وسيجتمع", "واجتمع")
    assert [m.status for m in extract(went)] == ["held"]


def test_a_future_verb_after_wa_that_the_tokeniser_does_not_split():
    assert future_verb(LEX, make_token("وستشمل"))
    assert not future_verb(LEX, make_token("وسيط"))


def test_meetings_a_visit_will_include_are_to_come(extract):
    text = (
        "وصل وزير الخارجية الهولندي يان دي بور إلى بيروت في زيارة قصيرة تدوم يومين، "
        "وستشمل عقد اجتماعات مع رئيس الحكومة سمير الخوري، ووزير الدفاع نبيل فارس."
    )
    assert extract(text) == []  # no meeting held


def test_talks_held_before_setting_out_are_held(extract):
    text = (
        "ويغادر وزير الخارجية الفرنسي جان بيرو بيروت مساء اليوم، بعد محادثات أجراها "
        "مع الرئيس اللبناني جوزيف حداد."
    )
    assert [m.status for m in extract(text)] == ["held"]  # held ones only


def test_a_meeting_in_the_coming_hours_is_to_come():
    text = (
        "وتحدثت مصادر عن لقاء بين وزير الخارجية المصري سامح كامل ونظيره السوداني علي "
        "الصادق في الساعات المقبلة."
    )
    assert [m.status for m in extract_article(text).meetings] == ["planned"]


def test_a_meeting_that_a_verb_to_come_governs_is_to_come():
    text = (
        "وأضافت الخارجية أن الوزير سالم عمران سيترأس مع نظيره كمال أوزتورك اجتماع "
        "مجموعة التخطيط المشتركة."
    )
    assert [m.status for m in extract_article(text).meetings] == ["planned"]


def test_his_excellency_is_no_verb_to_come(extract):
    text = (
        "استقبل وزير الداخلية خالد سعيد مدير السجل المدني عمر بشير. واستمع سيادته في "
        "لقائه بمكتبه مدير الجوازات اللواء سامي علي إلى شرح عن العمل."
    )
    assert [m.status for m in extract(text)] == ["held", "held"]


def test_a_reception_refused_was_not_held(extract):
    text = (
        "رفض عمدة المدينة، نبيل سالم، استقبال السفير البريطاني جون هول، احتجاجا على سياسة حكومته."
    )
    assert extract(text) == []
    text = "أكد الرئيس الفلسطيني محمود سالم رفض الاستيطان خلال استقباله المبعوث الأممي جون هول."
    assert [m.status for m in extract(text)] == ["held"]


@pytest.mark.parametrize(
    "text",
    [
        "رفض الرئيس الفلسطيني سالم عمران خلال لقائه المبعوث الأمريكي جون سميث أي حلول منقوصة.",
        "وأكد الوزير سالم عمران أن بلاده ستدعم ترشح مصر خلال لقائه أمس نظيره المصري سامي فؤاد.",
    ],
)
def test_a_refusal_or_a_verb_to_come_said_at_a_meeting_leaves_it_held(extract, text):
    assert [m.status for m in extract(text)] == ["held"]


def test_a_meeting_someone_was_praised_for_calling_for_is_not_held(extract):
    (meeting,) = extract(
        "التقى رئيس المجلس سالم العلي أمس بالسفير البريطاني جون كولينز. وبدوره أشاد "
        "السفير بمرونة الرئاسة الجديدة ودعوتها للاجتماع برئيس البرلمان كمال حسن."
    )
    assert set(people(meeting)) == {"سالم العلي", "جون كولينز"}
