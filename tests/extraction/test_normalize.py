from meetings.extraction.normalize import name_key, normalize_arabic

from .conftest import people


def test_name_key_folds_spelling_variants():
    assert name_key("عبد الحكيم الشريف") == name_key("عبدالحكيم شريف")
    assert name_key("«أحمد» القمودي") == ("احمد", "قمودي")


def test_name_key_joins_abd_to_the_word_after_it():
    assert name_key("عبد ربه منصور") == ("عبدربه", "منصور")
    assert name_key("سالم عبد الله") == name_key("سالم عبدالله")


def test_name_key_joins_al_din_to_the_word_before_it():
    assert name_key("نور الدين حمودة") == name_key("نورالدين حمودة") == ("نورالدين", "حموده")


def test_name_key_drops_the_article_only_from_words_longer_than_three_letters():
    assert name_key("فيصل آل سعود") == ("فيصل", "ال", "سعود")
    assert name_key("إلى") == ("الي",)
    assert name_key("جمال الحق") == ("جمال", "حق")


def test_a_persian_keyboard_s_letters_are_read_as_arabic_ones():
    assert normalize_arabic("وزیر الخارجية کمال") == normalize_arabic("وزير الخارجية كمال")


def test_an_office_typed_on_a_persian_keyboard_is_read(extract):
    (meeting,) = extract("التقى وزیر الخارجية الإيراني علي رضائي نظيره العراقي سالم حسن في بغداد.")
    minister = people(meeting)["علي رضائي"]
    assert (minister.role, minister.country) == ("وزیر الخارجية", "IR")
