import pytest

from .conftest import people


def test_ranks_and_honorifics_are_stripped(extract):
    text = (
        "التقى وزير الداخلية المصري اللواء حسن عبدالله، الدكتور كريم ناصر مدير جهاز الأمن الليبي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"حسن عبدالله", "كريم ناصر"}


def test_feminine_office(extract):
    text = (
        "بحثت وزيرة الخارجية الليبية هدى المبروك مع وزيرة الخارجية الألمانية آنا شميت ملف الهجرة."
    )
    (meeting,) = extract(text)
    german = people(meeting)["آنا شميت"]
    assert (german.country, german.ministry) == ("DE", "foreign")


def test_names_in_guillemets(extract):
    text = "التقى وزير الدفاع الليبي «فرج العبيدي» نظيره التركي أحمد يلدز."
    (meeting,) = extract(text)
    assert "فرج العبيدي" in people(meeting)


def test_a_person_named_twice_is_reported_once_under_the_full_name(extract):
    text = (
        "التقى وزير الداخلية الليبي عماد سالم الزوي نظيره التونسي منير بلحاج في تونس. "
        "وقال الزوي إن اللقاء كان مثمرا. كما التقى الزوي مع السفير البريطاني لدى تونس جون سميث."
    )
    names = {name for meeting in extract(text) for name in people(meeting)}
    assert names == {"عماد سالم الزوي", "منير بلحاج", "جون سميث"}


def test_people_mentioned_but_not_present_are_left_out(extract):
    text = (
        "التقى الفريق خالد، نجل المشير سالم منصور، وزير الدفاع الإيطالي ماركو روسي في روما. "
        "وقال الخبير الأمني علي حسن إن اللقاء مهم."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"خالد", "ماركو روسي"}


def test_countries_from_adjectives_offices_and_institutions(extract):
    text = (
        "استقبل رئيس المجلس الرئاسي الليبي منصور الفيتوري سفير بريطانيا لدى ليبيا جون سميث "
        "ونائبة رئيس المفوضية الأوروبية ماريا لوبيز وممثل بعثة الأمم المتحدة عادل كريم."
    )
    (meeting,) = extract(text)
    countries = {name: p.country for name, p in people(meeting).items()}
    assert countries == {
        "منصور الفيتوري": "LY",
        "جون سميث": "GB",
        "ماريا لوبيز": "EU",
        "عادل كريم": "UN",
    }


def test_ministries_from_offices(extract):
    text = (
        "التقى وزير العدل الليبي سالم النوري وزير الصحة الإيطالي ماركو روسي "
        "ووزير الدولة لشؤون الهجرة كامل سعد."
    )
    (meeting,) = extract(text)
    ministries = {name: p.ministry for name, p in people(meeting).items()}
    assert ministries == {"سالم النوري": "justice", "ماركو روسي": "health", "كامل سعد": "other"}


def test_a_name_with_the_article_after_an_office(extract):
    text = "تلقى وزير الخارجية الليبي الهادي العكاري اتصالا هاتفيا من نظيره المالطي بيتر غاو."
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"الهادي العكاري", "بيتر غاو"}


def test_a_two_word_office(extract):
    text = "استقبل وزير الداخلية الليبي نادر سالم القائم بالأعمال الكندي جون براون في طرابلس."
    (meeting,) = extract(text)
    assert people(meeting)["جون براون"].country == "CA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # joiners do not count towards a name's length
        (
            "استقبل الأمير فيصل بن سلطان بن تركي آل سعود وزير الداخلية السعودي نظيره العراقي"
            " قاسم الساعدي.",
            "فيصل بن سلطان بن تركي آل سعود",
        ),
        # an honorific ending a name is the family name
        (
            "التقى وزير الداخلية اللبناني القاضي رياض الحاج، السفير الإيطالي ماركو روسي.",
            "رياض الحاج",
        ),
        # a name read as و + a city after a rank
        ("التقى الفريق مفتاح العبيدي العميد ونيس البرعصي.", "ونيس البرعصي"),
        # a time word opening a name after an office
        (
            "التقى الوزير السعودي فهد علي سفير العراق لدى المملكة صباح حميد الجبوري.",
            "صباح حميد الجبوري",
        ),
    ],
)
def test_names_despite_look_alike_words(extract, text, name):
    (meeting,) = extract(text)
    assert name in people(meeting)


def test_a_place_named_after_someone_is_not_a_person(extract):
    text = (
        "التقى وزير الداخلية السعودي فهد علي بمطار الملك خالد الدولي وزير الداخلية العراقي"
        " قاسم الساعدي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"فهد علي", "قاسم الساعدي"}


def test_a_counterpart_takes_the_office_given_in_an_earlier_sentence(extract):
    text = (
        "استقبل وزير الخارجية الكويتي الشيخ مبارك الصباح السفير الإيطالي ماركو روسي. "
        "وتلقى الشيخ مبارك الصباح اتصالا هاتفيا من نظيره الأردني عمر الخصاونة."
    )
    call = extract(text)[-1]
    assert people(call)["عمر الخصاونة"].ministry == "foreign"
