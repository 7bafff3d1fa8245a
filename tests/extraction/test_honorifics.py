from .conftest import people, roles


def test_his_excellency_is_the_first_named_so_the_subject_the_story_follows(extract):
    text = (
        "أجرى معالي السيد سالم الهنائي، وزير الخارجية، اتصالات هاتفية مع نظرائه.\n"
        "وتباحث معالي وزير الخارجية خلال اتصال هاتفي مع معالي بيتر ماير، وزير "
        "خارجية ألمانيا، العلاقات الثنائية.\n"
        "كما أجرى معاليه اتصالا هاتفيا مع معالي جان دوبون، وزير خارجية فرنسا، تناول العلاقات."
    )
    last = extract(text)[-1]
    assert set(people(last)) == {"سالم الهنائي", "جان دوبون"}


def test_his_highness_is_the_one_styled_so_among_the_titles_before_his_name(extract):
    text = (
        "في 5 يوليو، ترأس حضرة صاحب السمو الشيخ حمد بن سالم آل فهد أمير البلاد وفدا في "
        "زيارته الرسمية لفرنسا. وقد التقى سموه في أول أيام الزيارة سعادة السيدة كلير "
        "دوبوا وزيرة الدفاع بالجمهورية الفرنسية."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"حمد بن سالم آل فهد", "كلير دوبوا"}


def test_religious_honorifics_are_no_part_of_a_name():
    assert "نور الدين حقاني" in roles("التقى الوزير الأفغاني المولوي نور الدين حقاني نظيره.")
    assert "عبد الرحيم سيال" in roles("اجتمع وزير العدل مولانا عبد الرحيم سيال مع المفوض.")
