from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.tokens import tokenize

from .conftest import people

LEX = load_lexicon()


def test_a_minister_named_with_a_second_portfolio_is_one_person_of_the_first(extract):
    (meeting,) = extract(
        "ناقش وزير الخارجية ووزير الدولة لشؤون الرئاسة العماني الشيخ سالم الهنائي مع نظيره "
        "الإسباني خوسيه ألباريس العلاقات."
    )
    found = people(meeting)
    assert set(found) == {"سالم الهنائي", "خوسيه ألباريس"}  # no unnamed "وزير الخارجية"
    assert (found["سالم الهنائي"].ministry, found["خوسيه ألباريس"].ministry) == ("foreign",) * 2


def test_a_head_of_government_who_is_also_a_minister_has_a_minister_s_counterpart(extract):
    text = (
        "أكد وزير الخارجية الأردني لنظيره التركي دعم بلاده. والتقى نائب رئيس الحكومة ووزير "
        "الخارجية الأردني سامر العلي، أمس، مع وزير الخارجية التركي كمال يلدز."
    )
    names = {name for meeting in extract(text) for name in people(meeting)}
    assert names == {"سامر العلي", "كمال يلدز"}


def test_two_offices_of_two_states_are_two_people(extract):
    (meeting,) = extract("استقبل وزير الخارجية التركي ووزير الدفاع الليبي سالم الورفلي في أنقرة.")
    assert people(meeting)["سالم الورفلي"].ministry == "defense"


def test_an_envoy_who_also_heads_a_mission_is_one_person(extract):
    (meeting,) = extract(
        "استقبل رئيس الوزراء النيجري حامد كوني المبعوث الشخصي لأمين عام الأمم المتحدة "
        "ورئيس بعثة الأمم المتحدة في غرب أفريقيا السيد ماتيو رينال، وبحثا الأزمة."
    )
    found = people(meeting)
    assert set(found) == {"حامد كوني", "ماتيو رينال"}
    assert found["ماتيو رينال"].role.startswith("المبعوث الشخصي")
    assert all(p.name for p in meeting.participants)  # no unnamed "المبعوث الشخصي"


def test_a_minister_and_a_chief_of_staff_are_two_people(extract):
    (meeting,) = extract(
        "استقبل وزير الدفاع ورئيس الأركان الفريق سالم الورفلي الوفد الإيطالي في طرابلس، "
        "وبحثا التعاون."
    )
    assert people(meeting)["سالم الورفلي"].role.startswith("رئيس الأركان")


def test_a_counterpart_set_off_before_an_office_and_its_name_is_that_person(extract):
    (meeting,) = extract(
        "عقد وزير الداخلية العماني سالم الحارثي اجتماعا مع نظيره الماليزي، وزير الداخلية "
        "ووزير الهجرة أحمد رزاق، في مسقط."
    )
    found = people(meeting)
    assert found["أحمد رزاق"].country == "MY"
    assert all(p.name for p in meeting.participants)  # no unnamed "نظيره الماليزي"


def test_a_minister_of_state_set_off_before_his_portfolio_and_name_is_one_person():
    read = read_mentions(
        LEX,
        tokenize(
            "استقبل وزير الدولة، وزير الشؤون الخارجية، سالم الهمامي، أمس نائب وزير الخارجية "
            "التركي كمال دمير."
        ),
    )
    assert [m.name for m in read.mentions] == ["سالم الهمامي", "كمال دمير"]
    assert read.offices == []
    # a minister of another state after the comma is the one received
    read = read_mentions(LEX, tokenize("استقبل وزير الدولة، وزير الخارجية الفرنسي جان ميلر."))
    assert [o.role for o in read.offices] == ["وزير الدولة"]


def test_a_deputy_minister_who_is_also_an_envoy_is_one_person(extract):
    [meeting] = extract(
        "استقبل رئيس الحكومة سالم الهاشمي نائب وزير الخارجية الصيني والمبعوث الرئاسي "
        "الخاص للشرق الأوسط لي مينغ هوا."
    )
    assert people(meeting)["لي مينغ هوا"].role == "نائب وزير الخارجية"
    assert people(meeting)["لي مينغ هوا"].ministry == "foreign"
