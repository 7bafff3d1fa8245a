from meetings.extraction.foreign_names import foreign_family_name, transliterated
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.tokens import make_token

from .conftest import roles

LEX = load_lexicon()


def test_transliterated_names_spell_their_vowels_out():
    assert transliterated("انيتا") and transliterated("كوفاليوفا")
    assert not transliterated("ضوء") and not transliterated("تقرير")


def test_a_family_name_of_another_language_is_known_by_its_ending():
    assert foreign_family_name(LEX, make_token("أوزتورك أوغلو".split()[1]))
    assert foreign_family_name(LEX, make_token("بوبروفسكي"))
    assert foreign_family_name(LEX, make_token("لافروف"))
    # Arabic plurals end so too: with the article, or short
    assert not foreign_family_name(LEX, make_token("الدروس"))
    assert not foreign_family_name(LEX, make_token("ظروف"))


def test_ben_where_a_name_is_due_before_a_foreign_family_name():
    assert list(roles("التقى وزير الخارجية سالم العلي وزير الدفاع البريطاني بين والاس.")) == [
        "سالم العلي",
        "بين والاس",
    ]
    assert roles("وتوسط المبعوث الأمريكي بين البلدين لوقف القتال.") == {}
    assert roles("وتوسط وزير الخارجية الأمريكي بين واشنطن وطهران.") == {}


def test_a_foreign_given_name_opening_with_fa_is_no_fa_and_a_definite_word():
    assert list(roles("قال رئيس الأركان الروسي فاليري بيتروف إن الوضع صعب.")) == ["فاليري بيتروف"]


def test_general_of_the_army_is_a_rank():
    text = (
        "دارت مكالمة هاتفية بين رئيس الأركان الروسي، جنرال جيش فاليري بيتروف ونظيره "
        "التركي الجنرال ياشار أوزدمير."
    )
    assert "فاليري بيتروف" in roles(text)
