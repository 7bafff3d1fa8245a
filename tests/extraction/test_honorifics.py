from .conftest import people


def test_his_excellency_is_the_first_named_so_the_subject_the_story_follows(extract):
    text = (
        "أجرى معالي السيد سالم الهنائي، وزير الخارجية، اتصالات هاتفية مع نظرائه.\n"
        "وتباحث معالي وزير الخارجية خلال اتصال هاتفي مع معالي بيتر ماير، وزير "
        "خارجية ألمانيا، العلاقات الثنائية.\n"
        "كما أجرى معاليه اتصالا هاتفيا مع معالي جان دوبون، وزير خارجية فرنسا، تناول العلاقات."
    )
    last = extract(text)[-1]
    assert set(people(last)) == {"سالم الهنائي", "جان دوبون"}
