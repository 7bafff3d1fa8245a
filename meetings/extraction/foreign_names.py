"""Foreign names written in Arabic letters: how their words look (vowels spelled out,
a family name's ending of another language, a name opening with ف that is no
conjunction)."""

from .lexicon import Lexicon
from .tokens import Token
from .words import SON_OF

_VOWEL_LETTERS = frozenset("اويى")


def transliterated(word: str) -> bool:
    """Does a word look like a foreign name written in Arabic letters ("أنيتا", "يانس")?
    Transliteration spells every vowel out, so long-vowel letters make up much of it,
    more than in Arabic nouns ("ضوء", "نية")."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 4:
        return False
    return sum(ch in _VOWEL_LETTERS for ch in letters) * 5 >= len(letters) * 2


def conjoined_foreign_name(lex: Lexicon, first: Token, family: Token | None) -> bool:
    """Is `first`, after its و, a foreign given name: one that looks it ("وإنريك"), or
    one no lexicon knows before a family name that looks foreign ("وروب ميلانسون")?
    Not "ولد", a name's own word."""
    rest = first.norm[1:]
    return transliterated(rest) or (
        family is not None
        and first.norm not in SON_OF
        and not lex.knows(rest)
        and (transliterated(family.norm) or foreign_family_name(lex, family))
    )


def foreign_family_name(lex: Lexicon, token: Token) -> bool:
    """A word no lexicon knows with an ending of another language's family names
    (see names.json): "جاويش أوغلو", "لافروف". Not a word with the article, and a
    short ending only on a long word: Arabic plurals end so too ("الدروس", "ظروف")."""
    norm = token.norm
    ending = next((e for e in lex.foreign_family_endings if norm.endswith(e)), None)
    return (
        ending is not None
        and (len(ending) >= 3 or len(norm) >= 6)
        and not token.prefix
        and not token.article
        and not lex.knows(norm)
        and norm not in lex.given_names
    )


def foreign_with_f(lex: Lexicon, token: Token) -> bool:
    """Where a name is due, right after an office ("وزير الداخلية الإسباني فيرناندو
    ..."), a word opening with ف is a foreign name when the rest is no word or verb
    any lexicon knows, however few vowels it spells out."""
    norm = token.norm
    rest = norm[1:]
    return (
        norm[:1] == "ف"
        and not token.prefix
        and len(norm) >= 6
        and not lex.knows(rest)
        and rest not in lex.verbs
        and not norm.endswith(("ات", "ين", "ون"))
    )


def foreign_word_with_f(lex: Lexicon, norm: str) -> bool:
    """ "فيديريكو", "فالنتينا": a foreign name opening with ف, which news rarely uses as
    a conjunction; "فالوزير" or "فتحت" are no name (the rest is a word, or a verb)."""
    rest = norm[1:]
    return (
        norm[:1] == "ف"
        and len(norm) >= 5
        and transliterated(norm)
        and not norm.endswith("ات")
        and not lex.knows(rest)
        and rest not in lex.verbs
    )


def ben_before_a_family_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "وزير الدفاع البريطاني بين والاس": where a name is due, "بين" before a foreign
    family name, read whole ("والاس" is no و + a word), that is no word or place the
    lexicons know, is Ben; "بين البلدين" is "between"."""
    if tokens[k].text != "بين" or k + 1 >= len(tokens):
        return False
    family = tokens[k + 1]
    word = family.norm  # whole: "والاس" is no و + "الاس"
    places = (lex.country_names, lex.cities)
    return (
        family.text[:1].isalpha()
        and not word.startswith("ال")
        and not lex.knows(word)
        and not any((form,) in table for form in (word, family.core) for table in places)
        and (transliterated(word) or foreign_family_name(lex, family))
    )
