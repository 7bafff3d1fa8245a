from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.tokens import tokenize

from .conftest import people


def test_a_delegation_of_rank_gives_its_state_to_the_one_leading_it(extract):
    [meeting] = extract(
        "زار العاصمة الليبية بشكل مفاجئ أمس وفد يوناني كبير، ترأسه وزير الخارجية "
        "نيكوس ستافرو، والتقى رئيس الحكومة سليم البرغثي."
    )
    assert people(meeting)["نيكوس ستافرو"].country == "GR"
    # "العاصمة الليبية": the state's capital, not a town made of the words after it.
    assert (meeting.place, meeting.place_country) == ("طرابلس", "LY")


def test_an_expanded_delegation_gives_its_state_to_its_members(extract):
    [meeting] = extract(
        "استقبل رئيس البرلمان نبيل سالم في بيروت الوفد الأميركي الموسع المؤلف من "
        "السيناتور جون كارتر، في حضور سفير فرنسا لدى لبنان جان مارك."
    )
    assert people(meeting)["جون كارتر"].country == "US"


def test_the_delegation_named_again_as_what_includes_its_members_gives_them_its_state(extract):
    text = (
        "استقبل رئيس الحكومة الليبية سالم الورفلي وفدا يونانيا رفيعا وصل إلى طرابلس، "
        "ويضم الوفد، وزراء الخارجية نيكوس ديندياس، والدفاع بانوس كامينوس."
    )
    found = people(extract(text)[0])
    assert found["بانوس كامينوس"].country == "GR"


def test_officials_of_a_state_named_one_by_one_are_of_it(extract):
    meetings = extract(
        "استقبل رئيس الوزراء اليوناني نيكوس ستافرو اليوم الأحد، رئيس المجلس الرئاسي "
        "الليبي سالم الكوني في أثينا. وكان في استقباله عدد من الوزراء الألمان، من بينهم "
        "وزير الخارجية كارل فيبر، ووزير الداخلية يوهان كلاين."
    )
    found = {p.name: p.country for m in meetings for p in m.participants}
    assert found["كارل فيبر"] == found["يوهان كلاين"] == "DE"


def test_a_delegation_of_a_state_led_by_someone_gives_him_its_state(extract):
    (meeting,) = extract(
        "زار وفد ياباني بقيادة المبعوث الخاص كينجي ساتو العاصمة بغداد، حيث التقى رئيس "
        "الوزراء العراقي سالم الجبوري."
    )
    assert people(meeting)["كينجي ساتو"].country == "JP"


def test_who_represented_a_side_is_of_it(extract):
    [meeting] = extract(
        "احتضنت مدينة بنغازي اليوم اجتماعا للقوات المشتركة الليبية التشادية، وترأس الوفد "
        "التشادي الجنرال محمد صالح إدريس، فيما مثّل الجانب الليبي العميد سالم الفاخري. "
        "وأشاد الجانب التشادي بالتنسيق مع القوات التشادية في إنجامينا."
    )
    assert people(meeting)["سالم الفاخري"].country == "LY"


def test_a_delegation_s_kind_may_come_before_its_nationality(extract):
    [meeting] = extract(
        "استقبل وزير الدفاع السعودي خالد بن سلمان وفدا عسكريا أمريكيا برئاسة الجنرال إريك كوريلا."
    )
    assert people(meeting)["إريك كوريلا"].country == "US"


def test_an_envoy_is_of_the_state_that_sent_him_and_the_sender_takes_no_part(extract):
    [meeting] = extract(
        "استقبل رئيس الجمهورية العماد سمير حداد في بيروت اليوم رئيس الأركان الجنرال "
        "لوران ديبوا (Laurent Dubois)، بصفته موفدا شخصيا من الرئيس الفرنسي جان مارتان. "
        "وفي ختام اللقاء، سلّم الرئيس حداد الموفد الفرنسي رسالة تقدير إلى الرئيس جان مارتان."
    )
    named = people(meeting)
    assert set(named) == {"سمير حداد", "لوران ديبوا"}
    assert named["لوران ديبوا"].country == "FR"
    assert named["سمير حداد"].country == "LB"
    # "الموفد الفرنسي" is the envoy again, not a third, unnamed party
    assert all(p.name for p in meeting.participants)


def test_who_comes_with_someone_is_of_his_side():
    text = "بحضور الملحق العسكري الفرنسي العقيد بيار مارتان يرافقه النقيب البحري جان روبير."
    found = {m.name: m.country for m in read_mentions(load_lexicon(), tokenize(text)).mentions}
    assert found["جان روبير"] == "FR"


def test_counterparts_of_a_state_named_one_by_one_after_especially_are_of_it(extract):
    (meeting,) = extract(
        "وأجرى المدير العام للأمن الوطني المغربي سعيد الحمدي مباحثات مع عدد من نظرائه "
        "البرتغاليين، خصوصا جواو سيلفا المدير العام للشرطة."
    )
    assert people(meeting)["جواو سيلفا"].country == "PT"
