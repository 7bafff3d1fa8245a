import datetime as dt

from .conftest import people


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


def test_counterpart_takes_the_other_party_office(extract):
    (meeting,) = extract("التقى وزير الدفاع الليبي فرج العبيدي نظيره التركي أحمد يلدز.")
    turk = people(meeting)["أحمد يلدز"]
    assert (turk.country, turk.ministry) == ("TR", "defense")


def test_attendees_join_the_meeting(extract):
    text = (
        "استقبل رئيس الحكومة الليبية منصور الفيتوري سفير اليابان لدى ليبيا كينجي ساتو. "
        "وحضر اللقاء وزير المالية الليبي جمال الورفلي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"منصور الفيتوري", "كينجي ساتو", "جمال الورفلي"}
    assert people(meeting)["كينجي ساتو"].country == "JP"
    assert people(meeting)["جمال الورفلي"].ministry == "finance"


def test_phone_call_is_a_meeting(extract):
    text = "أجرى وزير الخارجية المغربي يوسف العمراني اتصالا هاتفيا مع نظيره الإسباني خوسيه ألباريس."
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"يوسف العمراني", "خوسيه ألباريس"}


def test_institutions_take_part(extract):
    text = (
        "عقدت وزارة الداخلية الليبية اجتماعا مع المنظمة الدولية للهجرة "
        "ومفوضية الاتحاد الأوروبي بحضور مندوب عن جهاز حرس الحدود."
    )
    (meeting,) = extract(text)
    countries = {p.org: p.country for p in meeting.participants}
    assert countries["المنظمة الدولية للهجرة"] == "UN"
    assert "EU" in meeting.countries


def test_no_meeting_gives_an_empty_list(extract):
    text = (
        "أعلنت وزارة الداخلية الليبية ضبط شحنة مخدرات في ميناء مصراتة. "
        "وقال الناطق إن التحقيق مستمر."
    )
    assert extract(text) == []


def test_an_announced_meeting_is_not_held(extract):
    text = (
        "ومن المقرر أن يلتقي وزير الخارجية الليبي حسن الطاهر نظيره المصري سامي رشدي غدا في القاهرة."
    )
    assert extract(text) == []


def test_topics_come_from_cue_words(extract):
    text = (
        "بحث وزير الداخلية الليبي نادر سالم مع نظيره الإيطالي ماركو روسي "
        "مكافحة الهجرة غير الشرعية وتهريب المخدرات."
    )
    (meeting,) = extract(text)
    assert {"migration", "drugs"} <= set(meeting.topics)


def test_topic_cues_can_be_given(extract):
    text = "بحث وزير الداخلية الليبي نادر سالم مع نظيره الإيطالي ماركو روسي ملف الصيد البحري."
    (meeting,) = extract(text, topic_cues={"fishing": ["الصيد البحري"]})
    assert meeting.topics == ("fishing",)


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


def test_the_database_cues_extend_the_packages(extract):
    text = "بحث وزير الداخلية الليبي نادر سالم مع نظيره الإيطالي ماركو روسي ملف الهجرة غير الشرعية."
    (meeting,) = extract(text, topic_cues={"fishing": ["الصيد البحري"]})
    assert meeting.topics == ("migration",)


def test_an_earlier_meeting_of_the_same_people_is_another_meeting(extract):
    text = (
        "استقبل رئيس الحكومة الليبية منصور الفيتوري، اليوم الأحد في طرابلس، وزير الخارجية "
        "اليوناني نيكوس ديميتريو. "
        "وكان الفيتوري قد التقى ديميتريو في أثينا مطلع مايو الماضي."
    )
    first, second = extract(text, dt.date(2024, 6, 30))
    assert (first.place, first.date) == ("طرابلس", dt.date(2024, 6, 30))
    assert (second.place, second.date) == ("أثينا", None)


def test_a_meeting_later_that_day_takes_its_date(extract):
    text = (
        "وصلت المفوضة الأوروبية للشؤون الداخلية إيفا لارسن، الثلاثاء 8 يوليو، إلى طرابلس "
        "على رأس وفد ضم وزير الداخلية الإيطالي ماركو فيراري. "
        "وفي طرابلس، اجتمع الوفد الأوروبي في اليوم نفسه برئيس الحكومة الليبية منصور الفيتوري."
    )
    (meeting,) = extract(text, dt.date(2025, 7, 10))
    assert set(people(meeting)) == {"إيفا لارسن", "ماركو فيراري", "منصور الفيتوري"}
    assert (meeting.place, meeting.date) == ("طرابلس", dt.date(2025, 7, 8))


def test_a_dateline_city_is_the_place_of_a_visitor_meeting(extract):
    text = (
        "الدوحة في 22 مايو /قنا/\n\n"
        "اجتمعت وزيرة الدولة للتعاون الدولي مريم العطية، اليوم، مع نائب المدير العام "
        "للمنظمة الدولية للهجرة خوان بيريز، الذي يزور البلاد حاليا."
    )
    (meeting,) = extract(text, dt.date(2024, 5, 22))
    assert (meeting.place, meeting.place_country) == ("الدوحة", "QA")


def test_and_to_is_no_governor(extract):
    text = (
        "التقى وزير الداخلية الليبي نادر سالم نظيره النيجري عثمان ساني، ودعا الوزير "
        "إلى التنسيق وإلى إنشاء قوة مشتركة للدوريات."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"نادر سالم", "عثمان ساني"}
