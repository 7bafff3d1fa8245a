from meetings.extraction.institutions import read_institutions
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tokens import tokenize

from .conftest import people, read

LEX = load_lexicon()


def test_an_institution_taking_part_without_a_named_person():
    tokens = tokenize("حضر مندوب عن جهاز حرس الحدود الاجتماع")
    claimed: set[int] = set()
    (institution,) = read_institutions(LEX, tokens, claimed)
    assert institution.org == "جهاز حرس الحدود"
    assert claimed == {3, 4, 5}


def test_the_venue_is_not_a_party():
    tokens = tokenize("التقى الوزير في مقر وزارة الخارجية نظيره")
    assert read_institutions(LEX, tokens, set()) == []


def test_one_institution_per_ministry_of_a_pair():
    tokens = tokenize("اجتماع مشترك لوزارتي الداخلية والخارجية")
    orgs = [i.org for i in read_institutions(LEX, tokens, set())]
    assert orgs == ["وزارة الداخلية", "وزارة الخارجية"]


def test_the_head_of_a_delegation_speaks_for_its_body():
    document = read(
        "استقبل وزير الداخلية التونسي كمال الفقي وفدا من المنظمة الدولية للهجرة برئاسة رئيسة"
        " البعثة آنا لوبيز.",
        until="institutions",
    )
    people = document.sentences[0].people
    assert [i.org for i in people.institutions] == ["المنظمة الدولية للهجرة"]
    head = next(m for m in people.mentions if m.name == "آنا لوبيز")
    assert head.country == "UN"


def test_a_listed_body_is_read_by_its_whole_name_without_a_head_noun():
    tokens = tokenize('اجتمع وزراء "تجمع دول الساحل والصحراء" في باماكو')
    (institution,) = read_institutions(LEX, tokens, set())
    assert institution.org == "تجمع دول الساحل والصحراء"
    assert institution.multilateral


def test_staff_of_a_body_named_before_speak_for_it(extract):
    (meeting,) = extract(
        "استقبل وزير الهجرة العراقي كريم الجابري وفدا من المنظمة الدولية للهجرة ضم "
        "المدير الإقليمي للمنظمة السيد بيتر هانسن، ورئيس بعثة المنظمة في العراق السيد مارك لوبيز."
    )
    staff = people(meeting)
    assert staff["بيتر هانسن"].country == staff["مارك لوبيز"].country == "UN"
    assert staff["مارك لوبيز"].org == "المنظمة الدولية للهجرة"


def test_an_officer_of_a_body_of_many_states_has_no_state_or_ministry(extract):
    (meeting,) = extract(
        "استقبل وزير الداخلية الأردني ماجد الفايز في عمان الأمين العام لمجلس وزراء "
        "الداخلية العرب سعيد القحطاني."
    )
    officer = people(meeting)["سعيد القحطاني"]
    assert (officer.country, officer.ministry) == (None, None)


def test_representatives_of_a_body_no_lexicon_knows_take_part(extract):
    (meeting,) = extract(
        "أجرى وزير الخارجية التونسي سامي بن عمر أمس في نيامي محادثات مع ممثلي تنسيقية "
        "قبائل الشمال، الموقعين على اتفاق الهدنة."
    )
    assert "تنسيقية قبائل الشمال" in {p.org for p in meeting.participants if not p.name}


def test_a_body_named_in_full_before_is_the_body_its_bare_noun_names_later(extract):
    (meeting,) = extract(
        "التقى وكيل وزارة الداخلية اليمني سالم العبسي في عدن ممثل المفوضية السامية لشؤون "
        "اللاجئين جون بورغ. حضر اللقاء رئيس مكتب المفوضية بعدن كمال نصار ومسؤولة الحماية "
        "بالمفوضية آنا لوبيز."
    )
    staff = people(meeting)
    assert staff["كمال نصار"].country == staff["آنا لوبيز"].country == "UN"
    assert staff["سالم العبسي"].country == "YE"


def test_a_delegation_described_before_from_sends_for_its_body(extract):
    (meeting,) = extract(
        "اجتمع قائد البحرية العميد صالح ناجي، مع وفد أمني رفيع قادم من وزارة الدفاع المالطية."
    )
    assert {p.org for p in meeting.participants if not p.name} == {"وزارة الدفاع المالطية"}


def test_a_delegation_of_a_body_sends_for_it(extract):
    (meeting,) = extract(
        "استقبل وزير العدل الليبي نادر حمزة وفد الاتحاد الأفريقي الذي يزور طرابلس."
    )
    assert {p.org for p in meeting.participants if not p.name} == {"الاتحاد الأفريقي"}


def test_a_department_is_a_body_of_its_own_after_another():
    tokens = tokenize("بمشاركة جهاز خفر السواحل وقسم التعاون الدولي بالوزارة")
    orgs = [i.org for i in read_institutions(LEX, tokens, set())]
    assert orgs == ["جهاز خفر السواحل", "قسم التعاون الدولي بالوزارة"]


def test_bodies_only_meet_when_their_delegates_are_named_after_them(extract):
    text = (
        "بحث اجتماع عقد الأحد بمقر المديرية بمشاركة جهاز خفر السواحل ومندوبين عن وزارتي "
        "الداخلية والعدل خطة لمكافحة تهريب البشر."
    )
    (meeting,) = extract(text)
    orgs = {p.org for p in meeting.participants}
    assert orgs == {"جهاز خفر السواحل", "وزارة الداخلية", "وزارة العدل"}


def test_a_rank_before_a_family_name_the_article_gives_is_no_team(extract):
    text = (
        "أشاد وكيل وزارة الداخلية البحريني الفريق سالم الدوسري بالتعاون الأمني. وجاء ذلك في "
        "تصريح للفريق الدوسري عقب استقباله قائد القوات البحرية الأمريكية جون هاريس."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الدوسري", "جون هاريس"}


def test_a_quoted_delegation_still_sends_its_body(extract):
    text = (
        'استقبل رئيس أركان الجيش العراقي الفريق سالم الدليمي أمس "وفدا عسكريا" من '
        "وزارة الدفاع الأردنية لبحث أمن الحدود."
    )
    (meeting,) = extract(text)
    assert {p.org for p in meeting.participants if not p.name} == {"وزارة الدفاع الأردنية"}


def test_notables_of_a_tribe_sent_as_a_delegation_speak_for_it(extract):
    (meeting,) = extract(
        "استقبل رئيس الحكومة سالم الورفلي في مكتبه وفدا من مشايخ وأعيان قبيلة الزوية."
    )
    assert "قبيلة الزوية" in [p.org for p in meeting.participants if p.name is None]


def test_a_body_named_in_full_as_a_party_gives_its_state_to_its_head_later():
    document = read(
        "ناقشت بعثة الاتحاد الأوروبي للشرطة لدى تونس مع ضباط تونسيين سبل التكوين. وقالت "
        "رئيسة البعثة آنا بيرتولي إن الطرفين ناقشا الدورات المقبلة.",
        until="institutions",
    )
    (mention,) = document.sentences[1].people.mentions
    assert mention.country == "EU"


def test_a_municipality_is_a_body_its_head_speaks_for(extract):
    text = "عقد وكيل وزارة الحكم المحلي كمال الراشد اجتماعا في طرابلس مع عميد بلدية الأصابعة."
    (meeting,) = extract(text)
    assert "بلدية الأصابعة" in {p.org for p in meeting.participants}
