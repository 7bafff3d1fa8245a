import pytest

from .conftest import people, read


def test_a_held_meeting_is_not_planned():
    document = read(
        "اجتمع وزير الداخلية العراقي حسين الربيعي أمس مع نظيره الكويتي فهد العنزي في بغداد.",
        until="triggers",
    )
    (clause,) = document.sentences[0].clauses
    assert (clause.kind, clause.planned) == ("verb", False)


def test_an_announced_meeting_is_planned():
    document = read(
        "يلتقي وزير الداخلية العراقي حسين الربيعي نظيره الكويتي فهد العنزي الأسبوع المقبل.",
        until="triggers",
    )
    (clause,) = document.sentences[0].clauses
    assert (clause.kind, clause.planned) == ("verb", True)


def test_what_will_be_done_during_his_meetings_tells_of_meetings_to_come(extract):
    text = (
        "توجه الرئيس اليمني سالم الحوثي إلى أبوظبي في جولة خليجية. وقال الحوثي إنه سيتم "
        "خلال لقاءاته مع رئيس الدولة الشيخ فهد بن زايد وأمير الكويت الشيخ جابر الصباح "
        "بحث العلاقات الأخوية."
    )
    assert extract(text) == []


def test_an_expected_meeting_is_planned():
    document = read(
        "ويتوقع أن يتم استقبال الفريق سالم الطاهر من قبل رئيس المرحلة الانتقالية العقيد "
        "موسى كانتي في القصر الرئاسي.",
        until="triggers",
    )
    assert document.sentences[0].clauses[0].planned


def test_what_is_expected_before_a_past_meeting_is_not_the_meeting(extract):
    [meeting] = extract(
        "ومن المتوقع تفعيل اتفاقات سابقة، حيث بحث نائب وزير الخارجية الروسي إيفان "
        "سوكولوف في موسكو مع مدير المخابرات السوداني سالم الطيب الوضع في البلاد."
    )
    assert meeting.status == "held"


def test_next_is_a_plan_only_after_a_time_word():
    document = read(
        "بحث وزير الداخلية العراقي حسين الربيعي مع نظيره الكويتي فهد العنزي الانتخابات المقبلة.",
        until="triggers",
    )
    assert not document.sentences[0].clauses[0].planned


def test_a_rapporteur_schedules_nothing_but_from_the_scheduled_does():
    document = read(
        "استقبل وزير الداخلية سالم القماطي وفدا من مجلس الأعيان، ضم رئيس المجلس عمر "
        "الزوي، والمقرر العام فرج المقريف.",
        until="triggers",
    )
    assert not document.sentences[0].clauses[0].planned
    document = read(
        "ومن المقرر أن يستقبل وزير الداخلية سالم القماطي وفدا من مجلس الأعيان.",
        until="triggers",
    )
    assert document.sentences[0].clauses[0].planned


def test_each_clause_has_its_own_cue():
    document = read(
        "اجتمع وزير الداخلية العراقي حسين الربيعي مع نظيره الكويتي فهد العنزي؛"
        " وحضر الاجتماع سفير الكويت لدى العراق.",
        until="triggers",
    )
    kinds = [clause.kind for clause in document.sentences[0].clauses]
    assert kinds == ["verb", "attendance"]


def test_a_sentence_without_a_cue_has_no_clause():
    document = read("وقال الوزير إن التعاون مستمر.", until="triggers")
    assert document.sentences[0].clauses == []


def test_an_announced_meeting_is_not_held(extract):
    text = (
        "ومن المقرر أن يلتقي وزير الخارجية الليبي حسن الطاهر نظيره المصري سامي رشدي غدا في القاهرة."
    )
    assert extract(text) == []


def test_phone_call_is_a_meeting(extract):
    text = "أجرى وزير الخارجية المغربي يوسف العمراني اتصالا هاتفيا مع نظيره الإسباني خوسيه ألباريس."
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"يوسف العمراني", "خوسيه ألباريس"}


def test_no_meeting_gives_an_empty_list(extract):
    text = (
        "أعلنت وزارة الداخلية الليبية ضبط شحنة مخدرات في ميناء مصراتة. "
        "وقال الناطق إن التحقيق مستمر."
    )
    assert extract(text) == []


def test_a_second_verb_after_a_comma_opens_a_clause_of_its_own():
    document = read(
        "عقد الوزير ماركو بيانكي لقاء مع نظيره التونسي منير الساحلي، وحسب بيان الوزارة،"
        " التقى الوزير الإيطالي برئيس الجمهورية.",
        until="triggers",
    )
    assert len(document.sentences[0].clauses) == 2


def test_a_verb_in_the_imperfect_announces_a_meeting():
    document = read("ووصل الوزير إلى تونس حيث يلتقي نظيره التونسي منير الساحلي.", until="triggers")
    assert document.sentences[0].clauses[-1].planned


def test_a_purpose_to_come_does_not_make_a_meeting_announced():
    document = read(
        "التقى الوزير سالم الورفلي نظيره التونسي منير الساحلي لبحث تنظيم منتدى الشهر المقبل.",
        until="triggers",
    )
    assert not document.sentences[0].clauses[0].planned


def test_agreeing_with_someone_is_meeting_them():
    document = read(
        "واتفق الوزير سالم الورفلي مع نظيره التونسي منير الساحلي على فتح المعبر.",
        until="triggers",
    )
    assert document.sentences[0].clauses[0].kind == "verb"
    assert read("واتفق الجانبان على فتح المعبر.", until="triggers").sentences[0].clauses == []


def test_a_meeting_noun_with_its_parties():
    document = read(
        "واتفق سالم الورفلي ومنير الساحلي خلال لقائهما في تونس على فتح المعبر.",
        until="triggers",
    )
    assert [c.kind for c in document.sentences[0].clauses] == ["verb"]


def test_a_body_that_met_on_its_own():
    document = read("واجتمعت اللجنة الأمنية المشتركة في تونس لبحث أمن الحدود.", until="triggers")
    assert document.sentences[0].clauses[0].kind in ("verb", "body")


def test_talks_that_will_focus_on_something_are_announced(extract):
    text = (
        "يبدأ وزير الداخلية الإسباني خوسيه رويث غدا زيارة إلى تونس. وستركز مباحثات الوزير "
        "الإسباني مع نظيره التونسي على الهجرة."
    )
    assert extract(text) == []


def test_a_short_meeting_noun_with_a_possessive_reports_its_parties(extract):
    (meeting,) = extract(
        "أكد وزير الداخلية الليبي سالم الورفلي خلال لقائه نظيره المالطي جون بورغ أن التعاون مستمر."
    )
    assert set(people(meeting)) == {"سالم الورفلي", "جون بورغ"}


def test_signing_with_a_counterpart_is_meeting_them(extract):
    (meeting,) = extract(
        "ووقعت وزيرة الداخلية الهولندية آنا دي فريس ونظيرها التونسي كمال بن صالح في تونس "
        "إعلان نوايا بشأن الهجرة."
    )
    assert set(people(meeting)) == {"آنا دي فريس", "كمال بن صالح"}


def test_a_state_signing_with_a_government_is_no_meeting(extract):
    text = "وكانت مالطا قد وقعت مع حكومة الوفاق مذكرة تفاهم قبل ثلاث سنوات."
    assert extract(text) == []


@pytest.mark.parametrize("verb", ["واستعرض", "وعرض"])
def test_reviewing_with_someone_is_meeting_them(extract, verb):
    (meeting,) = extract(
        f"{verb} وزير الداخلية الكويتي سالم العنزي مع سفير جمهورية بولندا لدى البلاد "
        "يان كوفالسكي المواضيع ذات الاهتمام المشترك."
    )
    assert set(people(meeting)) == {"سالم العنزي", "يان كوفالسكي"}


def test_a_meeting_noun_and_its_adjective_then_who_it_brought_together(extract):
    (meeting,) = extract(
        "أشاد وزير الداخلية الإيطالي لوكا فيراري بالتعاون خلال لقاء ثنائي جمعه بوزير "
        "الداخلية التونسي كمال بن صالح."
    )
    assert set(people(meeting)) == {"لوكا فيراري", "كمال بن صالح"}


def test_a_minister_and_his_counterpart_stressing_together_met(extract):
    (meeting,) = extract(
        "شدد وزير الخارجية الأردني سالم العبادي، ونظيره الكندي جون بورغ، على متانة "
        "العلاقات بين البلدين."
    )
    assert set(people(meeting)) == {"سالم العبادي", "جون بورغ"}


def test_stressing_coordination_with_a_counterpart_is_no_meeting(extract):
    text = (
        "أكد وزير الخارجية الأردني سالم العبادي أهمية التنسيق مع نظيره الكندي في القضايا الإقليمية."
    )
    assert extract(text) == []


def test_a_meeting_noun_after_bi_is_met_by_the_verb_s_subject(extract):
    text = (
        "وصل قائد الجيش الليبي عماد الكيلاني إلى مسقط في زيارة رسمية. "
        "وبدأ الكيلاني زيارته بلقاء رئيس الأركان العماني سالم الرحبي، وتم خلال اللقاء "
        "بحث التعاون العسكري."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"عماد الكيلاني", "سالم الرحبي"}


def test_a_meeting_word_inside_an_office_is_no_cue():
    document = read("وضم الوفد مستشار مكلف بالاتصال والبروتوكول سالم الرحبي.", until="triggers")
    assert document.sentences[0].clauses == []


def test_a_meeting_word_naming_a_unit_or_a_room_is_no_cue():
    document = read(
        "وضم الوفد سالم الرحبي من مكتب اتصال الاتحاد الأفريقي. وأقيم الحفل بقاعة الاجتماعات.",
        until="triggers",
    )
    assert [s.clauses for s in document.sentences] == [[], []]


def test_members_listed_after_the_delegation_s_meeting_take_part(extract):
    text = (
        "استقبل القائد العام سالم الرحبي وفدا برئاسة الأمين العام لوزارة الخارجية ماركو "
        "روسي. وأوضح البيان أن الوفد يضم المبعوثة الخاصة للاتحاد الأفريقي وحيدة العياري، "
        "وعضو في الوفد جان هولند، وموظفا بمكتب اتصال الاتحاد."
    )
    (meeting,) = extract(text)
    assert {"وحيدة العياري", "جان هولند"} <= set(people(meeting))


def test_signing_with_a_second_signer_named_by_office_is_a_meeting(extract):
    (meeting,) = extract(
        "وقع مدير الأمن العام الأردني اللواء سالم الرحبي، ممثلا عن الحكومة، والسفير "
        "الأمريكي في عمان جان ماتيو اليوم، اتفاقية تعاون."
    )
    assert set(people(meeting)) == {"سالم الرحبي", "جان ماتيو"}
    # saying is not signing: "أكد فلان والسفير ..." stays no meeting
    assert not extract("وأكد مدير الأمن العام سالم الرحبي والسفير جان ماتيو أهمية التعاون.")


def test_a_call_held_with_someone_reports_its_parties(extract):
    (meeting,) = extract(
        "دعا رئيس الوزراء اليوناني جان ماتيو عبر اتصال هاتفي أجراه مع القائد سالم الرحبي "
        "إلى تسوية سريعة للأزمة."
    )
    assert set(people(meeting)) == {"جان ماتيو", "سالم الرحبي"}


def test_a_meeting_noun_ending_in_hamza_takes_a_possessive(extract):
    (meeting,) = extract(
        "قام بتوقيع الاتفاقية، الأمير سالم بن نادر، وزير الداخلية السعودي، خلال التقائه في "
        "الرياض مع وزير العدل الجزائري جان ماتيو."
    )
    assert set(people(meeting)) == {"سالم بن نادر", "جان ماتيو"}


def test_two_signers_each_named_by_office_met(extract):
    (meeting,) = extract(
        "ووقع عن الجانب اللبناني وزير الداخلية سالم الرحبي وعن الجانب الإماراتي وزير "
        "الداخلية جان ماتيو مذكرة تفاهم."
    )
    assert set(people(meeting)) == {"سالم الرحبي", "جان ماتيو"}


def test_the_meeting_that_brought_him_together_with_someone_reports_its_parties(extract):
    (meeting,) = extract(
        "وصرح الوزير النيجري سالم الرحبي لوسائل الإعلام عقب اللقاء الذي جمعه بوزير "
        "الداخلية الجزائري جان ماتيو بأن التعاون مثمر."
    )
    assert set(people(meeting)) == {"سالم الرحبي", "جان ماتيو"}


def test_the_call_that_someone_received_from_someone_reports_its_parties(extract):
    text = (
        "وأكد رئيس المجلس الرئاسي نادر الكيلاني في اتصال هاتفي مع الرئيس المصري سالم "
        "الرحبي عمق العلاقات. وتناول الاتصال الهاتفي، الذي تلقاه الرحبي من رئيس الوزراء "
        "البريطاني جان ماتيو، الملف الليبي."
    )
    meetings = extract(text)
    assert any(set(people(m)) == {"سالم الرحبي", "جان ماتيو"} for m in meetings)


def test_a_series_of_phone_calls_held_is_a_call_with_each(extract):
    meetings = extract(
        "أجرى وزير الخارجية الليبي سالم الرحبي سلسلة من الاتصالات الهاتفية شملت وزير "
        "الخارجية المغربي جان ماتيو ووزير الخارجية التونسي نادر الكيلاني."
    )
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["جان ماتيو", "سالم الرحبي"],
        ["سالم الرحبي", "نادر الكيلاني"],
    ]


def test_talking_with_someone_is_meeting_them(extract):
    text = (
        "أجرى رئيس الوزراء الإثيوبي سالم الرحبي محادثات مع الرئيس الكيني نادر الكيلاني. "
        "كما تحدث الرحبي مع الأمين العام للأمم المتحدة جان ماتيو على هامش القمة."
    )
    meetings = extract(text)
    assert any(set(people(m)) == {"سالم الرحبي", "جان ماتيو"} for m in meetings)


def test_the_next_meeting_a_meeting_prepared_does_not_make_it_planned(extract):
    (meeting,) = extract(
        "ناقش وزير الخارجية التونسي سالم الرحبي مع المبعوث الأممي جان ماتيو تحضيرات "
        "الاجتماع الوزاري القادم المقرر يوم الخميس المقبل في القاهرة."
    )
    assert set(people(meeting)) == {"سالم الرحبي", "جان ماتيو"}


def test_two_named_by_office_agreeing_met(extract):
    (meeting,) = extract(
        "اتفق قائد الجيش السوداني سالم الرحبي ورئيس المجلس الرئاسي الليبي جان ماتيو، على "
        "تفعيل الاتفاقيات العسكرية."
    )
    assert set(people(meeting)) == {"سالم الرحبي", "جان ماتيو"}


def test_an_invitation_or_a_letter_received_is_no_meeting(extract):
    for item in ("دعوة رسمية", "رسالة خطية"):
        text = f"تلقى الرئيس الصومالي حسن علي {item} من نظيره الكيني وليام سامو."
        assert extract(text) == []
    # A call received is one.
    assert extract("تلقى الرئيس الصومالي حسن علي اتصالا من نظيره الكيني وليام سامو.")


def test_a_list_of_envoys_set_apart_by_semicolons_is_one_clause(extract):
    text = (
        "تسلم الرئيس سالم بن حمد صباح أمس أوراق اعتماد سفراء جدد في البلاد. وشمل "
        "الاستقبال كلا من: السيد أحمد سالم الروضي، سفير فلسطين؛ والسيد ماركو بيانكي، سفير "
        "إيطاليا؛ والسيدة آنا شميت، سفيرة ألمانيا."
    )
    (meeting,) = extract(text)
    assert {"ماركو بيانكي", "آنا شميت", "أحمد سالم الروضي"} <= set(people(meeting))


def test_telling_of_a_call_held_makes_the_teller_a_party(extract):
    text = (
        "أعلن السفير الهولندي في ليبيا يان ديكر عبر حسابه عن إجراء مكالمة مطولة مع عميد "
        "بلدية غريان مصطفى علي، بحثا فيها شؤون البلديات."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"يان ديكر", "مصطفى علي"}
    # To hold meetings is a purpose: "لعقد لقاءات" makes no one a party.
    text = "يتوجه وزير الداخلية الفرنسي جان مارك إلى تونس غدا لعقد لقاءات مع نظيره."
    assert extract(text) == []


def test_a_conversation_held_between_two_is_a_meeting(extract):
    text = (
        "أجريت أمس محادثة مطولة بين وزيرة الخارجية الإيطالية لوتشيا بيانكي ونظيرها "
        "التونسي كمال العياري."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"لوتشيا بيانكي", "كمال العياري"}


def test_two_praising_together_met_but_one_praising_another_did_not(extract):
    text = (
        "ثمن وزير الداخلية الموريتاني محمد سالم ونظيره الإسباني فرناندو لوبيز النجاحات "
        "المحققة في مكافحة الهجرة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"محمد سالم", "فرناندو لوبيز"}
    assert extract("كما ثمن الوزير محمد سالم قيادة الرئيس كمال العياري لجهود الأمن.") == []


def test_visiting_a_counterpart_or_someone_at_his_office_is_meeting_him(extract):
    (meeting,) = extract(
        "زار وزير العدل الأردني سامر حداد نظيره البحريني خالد المناعي في مقر إقامته بالقاهرة."
    )
    assert set(people(meeting)) == {"سامر حداد", "خالد المناعي"}
    (meeting,) = extract("وزار السفير كارلو فيتي مدير الجمارك العقيد نادر سالم في مكتبه.")
    assert set(people(meeting)) == {"كارلو فيتي", "نادر سالم"}


def test_visiting_a_town_with_a_companion_is_no_meeting(extract):
    assert extract("زار وزير النقل حامد يونس مدينة سبها برفقة العميد سالم حمد.") == []


def test_a_joint_press_conference_with_someone_is_meeting_him(extract):
    (meeting,) = extract(
        "وقال الوزير التشيكي يان كرال، في مؤتمر صحفي مشترك مع نظيره التونسي منير بلحاج،"
        " إن البلدين يعملان معا."
    )
    assert set(people(meeting)) == {"يان كرال", "منير بلحاج"}


def test_the_signing_of_two_named_people_is_their_meeting(extract):
    (meeting,) = extract(
        "أعلنت الوزارة عن توقيع وزيري الزراعة التونسي سليم قابيل، والجزائري رفيق صالحي، اتفاقا أمس."
    )
    assert set(people(meeting)) == {"سليم قابيل", "رفيق صالحي"}


def test_a_signing_before_an_attendance_cue_keeps_its_signer(extract):
    (meeting,) = extract(
        "وجرى التوقيع بين وزير النقل الموريتاني سيدي ولد حمادي وسفير بلجيكا،"
        " بحضور الرئيس أحمد ولد بلال."
    )
    assert "سيدي ولد حمادي" in people(meeting)


def test_receiving_letters_of_credence_is_meeting_the_ambassadors(extract):
    (meeting,) = extract(
        "وتقبل رئيس الجمهورية سالم حسن كريم أمس أوراق اعتماد سفير البرتغال جون سميث"
        " وسفيرة الهند ماري لوك."
    )
    assert set(people(meeting)) == {"سالم حسن كريم", "جون سميث", "ماري لوك"}


def test_letters_of_credence_to_be_presented_are_no_meeting_yet(extract):
    assert extract("وسيقدم سفير البرتغال جون سميث أوراق اعتماده إلى الرئيس سالم حسن كريم.") == []


def test_credence_needs_its_letters(extract):
    # "تسلم" alone is receiving anything: a letter, a shipment, an office
    assert extract("تسلم وزير الداخلية سالم حسن كريم مهامه من سلفه جون سميث.") == []


def test_a_second_verb_going_on_about_the_call_opens_no_clause(extract):
    (meeting,) = extract(
        "تلقى وزير الخارجية سالم حسن كريم، اتصالاً هاتفياً من نظيره الأردني جون سميث بحثا"
        " خلاله العلاقات الثنائية بين البلدين، وتطورات الأزمة."
    )
    assert set(people(meeting)) == {"سالم حسن كريم", "جون سميث"}


def test_what_is_to_come_after_a_verb_in_the_past_is_what_was_discussed():
    document = read(
        "بحث وزير الداخلية سالم القماطي مع نظيره التونسي منير الطرابلسي القمة المزمع "
        "عقدها في شهر ديسمبر القادم.",
        until="triggers",
    )
    assert not document.sentences[0].clauses[0].planned


def test_a_meeting_told_as_an_aim_is_to_come():
    document = read(
        "وصل إلى العاصمة دمشق اليوم وفد روسي رفيع برئاسة نائب وزير الخارجية إيفان "
        "سوكولوف، بهدف لقاء رئيس الحكومة سالم الحلبي.",
        until="triggers",
    )
    assert all(clause.planned for clause in document.sentences[0].clauses)


def test_a_verb_after_where_opens_a_clause_only_when_it_names_someone():
    document = read(
        "وانتقل الوزير إلى لقاء نظيره العراقي سالم الجبوري، حيث استقبل بمراسم عسكرية.",
        until="triggers",
    )
    assert len(document.sentences[0].clauses) == 1


def test_holding_discussions_with_someone_is_meeting_them(extract):
    [meeting] = extract(
        "قال المبعوث الأممي رمطان حداد إنه أجرى مناقشات مطولة مع مستشارة الرئيس الكيني "
        "للأمن القومي، السفيرة مونيكا جوما، في نيروبي."
    )
    assert set(people(meeting)) == {"رمطان حداد", "مونيكا جوما"}


def test_receiving_two_letters_is_no_meeting(extract):
    assert (
        extract(
            "وتلقى الملك سالم بن فهد أمس رسالتين من رئيس بوركينا فاسو جون تراوري بشأن العلاقات."
        )
        == []
    )


def test_a_meeting_noun_after_a_verb_in_the_future_is_announced(extract):
    text = (
        "بدأ وزير الداخلية العراقي سالم الجبوري أمس جولة محادثات مع المسؤولين الكويتيين "
        "ستتوج بلقاء أمير الكويت الشيخ نواف الأحمد اليوم."
    )
    held = [m for m in extract(text) if m.status != "planned"]
    assert all("نواف الأحمد" not in people(m) for m in held)


def test_a_visitor_touring_officials_meets_each_in_turn(extract):
    text = (
        "التقى المبعوث الألماني يوهان كلاين الرئيس اللبناني سمير عون في بعبدا. "
        "وعقب اللقاء مع الرئيس عون، استقبل رئيس الحكومة نادر سلامة، كلاين في "
        "السرايا. ليجتمع بعدها برئيس البرلمان فادي حداد في عين التينة."
    )
    meetings = [set(people(m)) for m in extract(text)]
    assert meetings == [
        {"يوهان كلاين", "سمير عون"},
        {"نادر سلامة", "يوهان كلاين"},
        {"يوهان كلاين", "فادي حداد"},
    ]


def test_meetings_told_as_begun_in_the_past_were_held(extract):
    text = (
        "ويبحث الموفد الألماني يوهان كلاين خلال لقاءاته التي استهلها مع الرئيس اللبناني "
        "سمير عون في بعبدا ملفات الحدود."
    )
    (meeting,) = extract(text)
    assert meeting.status == "held"


def test_a_meeting_told_in_the_present_as_going_on_since_a_day_is_held(extract):
    text = (
        "يبحث وزيرا الدفاع الليبي والمالطي، خالد الورفلي وجوزيف بورغ، في مدينة سرت، منذ "
        "أمس الأحد، أمن السواحل."
    )
    (meeting,) = extract(text)
    assert meeting.status == "held"
    assert {p.name: p.country for p in meeting.participants} == {
        "خالد الورفلي": "LY",
        "جوزيف بورغ": "MT",
    }


def test_another_event_scheduled_after_a_reported_reception_leaves_it_held(extract):
    text = (
        "أكد الرئيس التونسي سالم المرزوقي الخصوصية الاستراتيجية للعلاقات مع الجزائر. وجاء "
        "ذلك خلال استقباله اليوم وزير الخارجية الجزائري كمال بلعيد، خلال زيارته إلى تونس "
        "للمشاركة في الاجتماعات الوزارية المقررة بعد غد."
    )
    (meeting,) = extract(text)
    assert meeting.status == "held"
    assert set(people(meeting)) == {"سالم المرزوقي", "كمال بلعيد"}


def test_a_document_signed_by_two_named_people_is_their_meeting(extract):
    text = (
        "وقعت الجزائر وإيطاليا أمس ثلاث اتفاقيات· ويتعلق الاتفاق الأول بمذكرة تفاهم وقعها "
        "وزير المالية الجزائري سليم بلقاسم ووزير الاقتصاد الإيطالي ماركو فيراري· أما "
        "الاتفاق الثاني فيخص النقل البحري وأمضاها وزير النقل الجزائري عمر دحماني ونظيره "
        "الإيطالي لوكا بيانكي."
    )
    first, second = extract(text)
    assert set(people(first)) == {"سليم بلقاسم", "ماركو فيراري"}
    assert set(people(second)) == {"عمر دحماني", "لوكا بيانكي"}


def test_conveying_greetings_to_someone_named_is_meeting_them(extract):
    text = (
        "وصل وفد مصري إلى بنغازي أمس. ونقل اللواء حسن عبد المنعم تحيات الرئيس المصري "
        "سامي فهمي إلى المشير خليفة الورفلي، مشيدا بالعلاقات بين البلدين."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"حسن عبد المنعم", "خليفة الورفلي"}


def test_the_list_of_those_received_after_they_are_joins_the_meeting(extract):
    text = (
        "استقبل الملك محمد السادس اليوم بالقصر الملكي بالرباط عددا من السفراء الأجانب "
        "الذين قدموا له أوراق اعتمادهم.\nويتعلق الأمر بالسادة\nجان بيير مارتان سفير جمهورية "
        "الكونغو،\nسامي نصر الله سفير الجمهورية اللبنانية،\nإيفان بتروف سفير فيدرالية روسيا."
    )
    (meeting,) = extract(text)
    named = people(meeting)
    assert {"جان بيير مارتان", "سامي نصر الله", "إيفان بتروف"} <= set(named)
    assert named["جان بيير مارتان"].country == "CG"
    assert named["إيفان بتروف"].country == "RU"


def test_a_semicolon_between_an_office_and_its_holder_cuts_no_clause(extract):
    (meeting,) = extract(
        "أكدت إيطاليا دعمها لخفر السواحل.\n"
        "جاء ذلك على لسان السفيرة الإيطالية لدى تونس؛ جاكلين موران، خلال لقائها رئيس "
        "الحرس البحري التونسي؛ العميد سالم الورفلي، في العاصمة تونس."
    )
    assert set(people(meeting)) == {"جاكلين موران", "سالم الورفلي"}


def test_talks_concluded_by_both_sides_are_a_meeting(extract):
    text = (
        "أنهى وزير الخارجية القطري خالد بن سعد آل ثاني ونظيره الصومالي عمر حسن علي "
        "مباحثات ثنائية لبحث العلاقات بين البلدين."
    )
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"خالد بن سعد آل ثاني", "عمر حسن علي"}


def test_two_people_who_began_a_meeting_met(extract):
    (meeting,) = extract(
        "بدأ وزير الخارجية السنغالي عمر سال ونظيره الغامبي مامادو تانجارا، صباح الأحد، "
        "اجتماعاً في داكار لبحث أمن الحدود."
    )
    assert set(people(meeting)) == {"عمر سال", "مامادو تانجارا"}


def test_holding_told_of_a_conference_named_before_is_not_the_clause_s_meeting(extract):
    (meeting,) = extract(
        "استهل رئيس الأركان اللبناني العماد سمير خوري زيارته لفرنسا للمشاركة في المؤتمر "
        "الذي يعقد لدعم الجيوش، بلقاء قائد القوات البرية الفرنسية الجنرال بيير دوران."
    )
    assert set(people(meeting)) == {"سمير خوري", "بيير دوران"}


def test_a_call_told_after_a_comma_and_after_is_another_meeting(extract):
    meetings = extract(
        "استقبل أمير الكويت الشيخ جابر الصباح وزير الخارجية العماني سالم الحارثي، بعد "
        "ساعات من مكالمة جمعت الأمير مع ملك البحرين الملك حمد بن سلمان."
    )
    assert [set(people(m)) for m in meetings] == [
        {"جابر الصباح", "سالم الحارثي"},
        {"جابر الصباح", "حمد بن سلمان"},
    ]


def test_the_round_of_meetings_a_body_ended_its_work_after_is_its_own(extract):
    (meeting,) = extract(
        "وأنهت اللجنة السياسية المشتركة بين مالي والنيجر أعمالها الاثنين في نيامي، بعد "
        "سلسلة لقاءات دامت يومين. وترأس الوفد المالي خلال الاجتماعات وزير الخارجية "
        "عمر ديوب، وترأس وفد النيجر وزير الداخلية النيجري محمدو إيسوفو."
    )
    assert meeting.place == "نيامي"


def test_who_began_a_visit_by_holding_talks_with_someone_took_part(extract):
    (meeting,) = extract(
        "استهل رئيس الجمهورية الغانية كوفي منساه زيارته الرسمية إلى إسبانيا، صباح اليوم "
        "الخميس، بإجراء محادثة على انفراد مع رئيس الحكومة الإسبانية كارلوس رويث."
    )
    assert set(people(meeting)) == {"كوفي منساه", "كارلوس رويث"}


def test_a_farewell_call_is_a_meeting(extract):
    (meeting,) = extract(
        "ودع وزير الخارجية سالم الهنائي أمس في مقر الوزارة القنصل الياباني العام كينتا موري "
        "بمناسبة انتهاء فترة عمله."
    )
    assert set(people(meeting)) == {"سالم الهنائي", "كينتا موري"}
    (meeting,) = extract(
        "استقبل الوزير سالم الهنائي أمس السفير الياباني كينتا موري، وودعه بعد اللقاء."
    )
    assert set(people(meeting)) == {"سالم الهنائي", "كينتا موري"}


def test_a_meeting_held_after_talks_a_visit_is_for_is_held(extract):
    (meeting,) = extract(
        "ووصل وزير الخارجية الإيراني علي رضائي إلى بغداد أمس في زيارة رسمية لإجراء مباحثات "
        "مع كبار المسؤولين، والتقى نظيره العراقي سالم حسن."
    )
    assert set(people(meeting)) == {"علي رضائي", "سالم حسن"}


def test_exchanging_views_with_someone_is_a_meeting(extract):
    (meeting,) = extract(
        "تبادل وزير الخارجية سالم الهمامي والسفير الفرنسي جان ميلر وجهات النظر حول الأوضاع."
    )
    assert set(people(meeting)) == {"سالم الهمامي", "جان ميلر"}
    (meeting,) = extract("وتبادل الوزير سالم الهمامي مع نظيره الفرنسي جان ميلر وجهات النظر.")
    assert set(people(meeting)) == {"سالم الهمامي", "جان ميلر"}


def test_a_past_verb_right_after_a_comma_that_ends_an_announced_meeting_is_held(extract):
    (meeting,) = extract(
        "وتمهيدا للقمة الثلاثية المقرر انعقادها مطلع الشهر المقبل، استقبل رئيس الحكومة "
        "السنغالي كريم العلوي، يوم الأربعاء، وزير الخارجية البرتغالي جواو سيلفا."
    )
    assert set(people(meeting)) == {"كريم العلوي", "جواو سيلفا"}


def test_two_agreements_signed_by_two_named_people_are_their_meeting(extract):
    (meeting,) = extract(
        "وقعت تونس والبرتغال اتفاقيتين. الاتفاقيتان اللتان وقعهما وزير الداخلية التونسي "
        "منير الخالدي، ووزير الداخلية البرتغالي جواو مونتيرو، تهمان تبادل المعلومات."
    )
    assert set(people(meeting)) == {"منير الخالدي", "جواو مونتيرو"}


def test_a_verb_said_again_after_a_long_subject_opens_no_clause_of_its_own(extract):
    text = (
        "التقى الفريق أول سامي الخطيب قائد قوات الحماية، التقى بكمبالا الأربعاء ديفيد "
        "أوكيلو الرئيس الأوغندي، وناقشا خلال اللقاء سبل وقف الحرب."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي الخطيب", "ديفيد أوكيلو"}


def test_then_and_someone_named_is_another_meeting_of_the_same_subject(extract):
    text = (
        "وكان وزير الداخلية الجزائري سليم بوعزة قد حظي باستقبال من الرئيس التونسي كريم "
        "الزواري بقصر قرطاج، ثم برئيس الحكومة التونسية منير الجلاصي بقصر الحكومة."
    )
    first, second = extract(text)
    assert set(people(first)) == {"سليم بوعزة", "كريم الزواري"}
    assert set(people(second)) == {"سليم بوعزة", "منير الجلاصي"}


def test_hosting_someone_is_meeting_them(extract):
    [meeting] = extract(
        "استضاف النائب العام الأردني القاضي سامر الحديد، أمس، نظيره العماني الشيخ خالد "
        "بن سالم الرواحي في مكتبه بعمان."
    )
    assert set(people(meeting)) == {"سامر الحديد", "خالد بن سالم الرواحي"}


def test_hosting_the_event_named_before_is_no_meeting_and_not_its_time(extract):
    [meeting] = extract(
        "قبل يوم من القمة الاقتصادية التي تستضيفها الدوحة غدا، التقى وزير الخارجية "
        "الأردني سامي العلي مساء اليوم نظيره المغربي كمال الإدريسي."
    )
    assert set(people(meeting)) == {"سامي العلي", "كمال الإدريسي"}


def test_a_meeting_told_as_the_one_before_another_is_a_meeting_of_its_own(extract):
    meetings = extract(
        "استقبل الرئيس سالم الحلبي اليوم وزير الخارجية البحريني عيسى المناعي، وسبقه "
        "اجتماع مع مدير المخابرات الأردني حميد الساعدي قبل يومين."
    )
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["حميد الساعدي", "سالم الحلبي"],
        ["سالم الحلبي", "عيسى المناعي"],
    ]
    # a meeting that names its own subject after the noun is not the other's subject's
    meetings = extract(
        "استقبل رئيس الوزراء فهد الحربي وفد البنك الدولي برئاسة جون ميلر، وتلاه اجتماع "
        "للوفد مع وزير المالية فريد السعدي."
    )
    assert not any({"فهد الحربي", "فريد السعدي"} <= set(people(m)) for m in meetings)


def test_being_granted_an_audience_is_a_meeting_and_an_interview_with_a_channel_is_not(extract):
    [meeting] = extract(
        "حظي وزير الخارجية الموريتاني سالم الهاشمي اليوم بمقابلة رئيس الحكومة التونسية "
        "كمال الغيلاني."
    )
    assert set(people(meeting)) == {"سالم الهاشمي", "كمال الغيلاني"}
    assert not extract("وقال الرئيس سالم الهاشمي في مقابلة مع قناة الجزيرة إن البلاد بخير.")
    assert not extract(
        "وقال وزير الداخلية فارس المالكي في مقابلة تلفزيونية مع الإعلامي سمير حداد إن الأمن مستتب."
    )


def test_signing_an_agreement_with_someone_named_is_meeting_them(extract):
    (meeting,) = extract(
        "واستهل الوزير سالم العلي زيارته بتوقيع اتفاقية تعاون مع نظيره المغربي، وزير "
        "العدل كمال بناني، تتعلق ببرنامج الشراكة."
    )
    assert set(people(meeting)) == {"سالم العلي", "كمال بناني"}
