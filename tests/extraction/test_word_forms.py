from meetings.extraction.word_forms import (
    future_forms,
    nationality_plurals,
    verb_forms,
    with_object_pronouns,
)


def test_the_third_persons_of_a_verb_perfect_and_imperfect():
    perfects, imperfects = verb_forms([["التقى", "يلتقي"], "بحث"])
    assert {"التقى", "التقت", "التقيا", "التقوا", "بحث"} <= set(perfects)
    assert {"يلتقي", "تلتقي", "يلتقيان", "يلتقون"} <= set(imperfects)


def test_object_pronouns_and_the_future():
    assert {"التقاه", "التقاها", "استقبلهم"} <= set(with_object_pronouns(["التقى", "استقبل"]))
    assert not with_object_pronouns(["التقوا"])
    assert future_forms(["يلتقي"]) == ["سيلتقي"]


def test_the_plurals_and_dual_of_a_nationality():
    assert nationality_plurals("المصري") == ["المصري", "المصريين", "المصريون", "المصريان"]
    assert nationality_plurals("الأتراك") == ["الأتراك"]
