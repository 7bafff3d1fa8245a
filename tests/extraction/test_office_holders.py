from .conftest import read


def holder_names(text: str) -> list[str]:
    document = read(text, until="references")
    return [
        document.registry.people[ref.person].name
        for sentence in document.sentences
        for ref in sentence.refs
        if not ref.name_tokens
    ]


def test_an_office_named_again_is_its_one_holder():
    text = (
        "التقى وزير الخارجية التركي كمال أوزتورك نظيره الليبي سالم الطاهر. "
        "وأكد الوزير التركي دعم بلاده."
    )
    assert holder_names(text) == ["كمال أوزتورك"]


def test_an_envoy_of_a_state_is_its_one_named_person():
    text = (
        "استقبل الرئيس اللبناني سمير عون وزير الدولة القطري سالم الكواري. "
        "وأكد الموفد القطري دعم الدوحة."
    )
    assert holder_names(text) == ["سالم الكواري"]
