from .conftest import people


def test_an_office_attending_takes_part_though_it_names_no_body_or_state(extract):
    # An internal meeting counts: a chair and an attendee known by office alone.
    text = "ترأس وزير الداخلية التونسي منصف الجبالي اجتماعا أمنيا في صفاقس بحضور مدير أمن الولاية."
    (meeting,) = extract(text)
    roles = [p.role for p in meeting.participants if not p.name]
    assert roles == ["مدير أمن الولاية"]


def test_a_bare_head_attending_makes_no_meeting_alone(extract):
    text = "ترأس وزير الداخلية التونسي منصف الجبالي اجتماعا في صفاقس بحضور الوزير."
    assert extract(text) == []


def test_an_office_receiving_someone_takes_part_though_it_names_no_body_or_state(extract):
    text = "استقبل رئيس الجمهورية، اليوم، وزير الخارجية الإيطالي ماركو روسي في قصر قرطاج."
    (meeting,) = extract(text)
    assert [(p.name, p.role) for p in meeting.participants] == [
        ("ماركو روسي", "وزير الخارجية"),
        (None, "رئيس الجمهورية"),
    ]


def test_an_office_the_article_names_the_holder_of_is_no_other_party(extract):
    text = (
        "استقبل أمس وزير الأمن الداخلي والحدود اللواء نادر سالم السفير الإيطالي ماركو "
        "روسي. وبحث وزير الأمن مع السفير سبل تطوير التعاون. ثم التقت الوزيرة سلمى "
        "حداد الوفد المرافق للسفير. والتقت الوزيرة برئيس الحكومة كمال حسن."
    )
    unnamed = [p.role for m in extract(text) for p in m.participants if not p.name]
    assert "وزير الأمن" not in unnamed and "الوزيرة" not in unnamed


def test_people_whose_ties_a_meeting_praised_are_not_its_parties(extract):
    text = (
        "التقى وزير الداخلية الموريتاني سيدي ولد أحمد نظيره السنغالي عمر جوب في نواكشوط. "
        "وعقب الاجتماع، نوه الجانبان بعلاقات الأخوة القائمة بين الرئيسين، الرئيس محمد "
        "ولد سالم والرئيس ماكي صال."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سيدي ولد أحمد", "عمر جوب"}


def test_a_body_someone_was_brought_together_with_takes_part(extract):
    [meeting] = extract(
        "شدد عضو المجلس الرئاسي سالم الورفلي على دعم البلديات، في اللقاء الذي جمعه "
        "صباح اليوم برئيس وأعضاء المجلس البلدي مصراتة."
    )
    assert any(p.org and p.org.startswith("المجلس البلدي") for p in meeting.participants)


def test_a_body_met_through_some_of_its_leaders_after_the_subject_and_the_day(extract):
    (meeting,) = extract(
        "استقبل رئيس الحكومة نبيل فارس، صباح الأحد، قادة من الهيئة التنفيذية لاتحاد "
        "المزارعين، واستمع إلى مطالبهم."
    )
    (body,) = [p.org for p in meeting.participants if not p.name]
    assert body.startswith("الهيئة التنفيذية")


def test_the_body_whose_meetings_the_subject_attends_is_no_party(extract):
    [meeting] = extract(
        "استقبل رئيس الحكومة سالم الهاشمي السفير الروسي أندريه فولكوف في مقر إقامته، "
        "خلال مشاركته في اجتماعات مجلس وزراء الداخلية العرب."
    )
    assert not [p for p in meeting.participants if p.org == "مجلس وزراء الداخلية العرب"]
    # nor a meeting of its own
    assert (
        len(
            extract(
                "استقبل رئيس الحكومة سالم الهاشمي السفير الروسي أندريه فولكوف. وجاء اللقاء خلال "
                "مشاركته في اجتماعات مجلس وزراء الداخلية العرب."
            )
        )
        == 1
    )


def test_taking_part_in_a_meeting_with_someone_is_meeting_them(extract):
    [meeting] = extract(
        "وأكد وزير الخارجية سامر النجار، خلال مشاركته في اجتماع مع نظيره الفرنسي جان "
        "لوران في باريس، أهمية التعاون."
    )
    assert set(people(meeting)) == {"سامر النجار", "جان لوران"}


def test_a_body_whose_efforts_were_discussed_takes_no_part(extract):
    (meeting,) = extract(
        "التقى الأمين العام للجامعة سالم العلي داخل مكتبه اليوم المبعوث الأممي جان دوبوا. "
        "كما ناقش جهود مجلس التعاون المبذولة لدعم اليمن."
    )
    assert set(people(meeting)) == {"سالم العلي", "جان دوبوا"}
    assert [p.org for p in meeting.participants if not p.name] == []


def test_a_round_of_meetings_bodies_will_take_part_in_is_no_meeting_of_theirs(extract):
    (meeting,) = extract(
        "التقى النائب الأول لرئيس مجلس النواب سالم العلي المستشارة الأممية كارين شميت. "
        "وأكد العلي خلال اللقاء أن المجلس سيعقد جلسة قريبا وشدد على التزامه بالمشاركة في "
        "الجولة الثانية من اجتماعات اللجنة المشتركة لمجلس النواب ومجلس الدولة."
    )
    assert set(people(meeting)) == {"سالم العلي", "كارين شميت"}
