"""Where the name of an office's holder opens (see `offices.extend_phrase`): a given
name right after the office, one with the article after the office's state or portfolio,
two words with the article that no lexicon knows; not a given name that is the office's
own word ("أمين عام")."""

from .lexicon import Lexicon
from .name_parts import given_name_with_allah, place_as_given_name
from .office_words import in_construct
from .tokens import Token
from .words import SON_OF, head, is_city, is_title


def name_opens(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """Does a person's name start at j, ending the office before it: a given name with
    no article or prefix ("... ومفاوضات التوسع أوليفر فاريلي"), not after a title that
    names a place after someone ("قاعدة الملك فيصل")?"""
    t = tokens[j]
    if place_as_given_name(lex, tokens, j):
        return True  # "رئيسة الحكومة الإيطالية جورجيا مارينو"
    if t.norm == "عبد" and not t.prefix:
        return True  # "عبد الله", "عبد الحميد": no office word is built so
    if given_name_with_allah(lex, tokens, j):
        return True  # "نائب الرئيس أمر الله صالح": not the office "آمر"
    if t.definite and not t.prefix and _after_state(lex, tokens[j - 1]):
        return _definite_given_name_opens(lex, tokens, j)
    if t.definite and not t.prefix and _bare_definite_office(lex, tokens, j - 1):
        return _definite_given_name_opens(lex, tokens, j)  # "النائب الصالحين فلان"
    if t.definite and not t.prefix and t.norm in lex.given_names and tokens[j - 1].definite:
        # "وزير المجاهدين العيد فلان": a given name with the article that is no word,
        # before a family name, ends a portfolio as it ends a state
        return _definite_given_name_opens(lex, tokens, j)
    if given_name_as_office_word(lex, tokens, j):
        return True  # "وزير الاقتصاد أمين سلام"
    if t.prefix or t.definite or t.norm not in lex.given_names:
        return False
    return not is_title(lex, tokens[j - 1])


# What follows "أمين" when it is an office, not a name: "أمين عام", "أمين سر".
_OFFICE_COMPLEMENTS = frozenset({"عام", "سر", "صندوق", "مال"})


def given_name_as_office_word(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A given name that is also an office's word ("أمين", "حاكم"), opening a name when
    a given name or a word no lexicon knows follows it: "وزير الاقتصاد أمين سلام", not
    "أمين عام الجامعة" or "حاكم الإقليم". Before "بن" it is always a name: "مساعد بن
    محمد", and after a title: "السيد أمين صيد"."""
    t = tokens[k]
    if t.prefix or t.definite or head(lex, t) is None:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    given = t.norm in lex.given_names or t.norm in lex.weak_given_names
    if given and nxt is not None and nxt.norm in SON_OF:
        return True
    if t.norm not in lex.weak_given_names:
        return False
    if nxt is None or nxt.prefix or nxt.definite or nxt.is_punct or nxt.is_quote:
        return False
    if nxt.norm in _OFFICE_COMPLEMENTS or head(lex, nxt) is not None:
        return False
    if k and is_title(lex, tokens[k - 1]):
        return True  # "سعادة السيد أمين صيد": a title is followed by a name
    given = nxt.norm in lex.given_names or nxt.norm in lex.weak_given_names
    return given or not lex.knows(nxt.core)


def _bare_definite_office(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Is the word at k an office's head with the article and nothing before it of the
    same phrase ("النائب", "بالسفير"), used as a title before a name?"""
    t = tokens[k]
    return t.definite and head(lex, t) is not None and (k == 0 or head(lex, tokens[k - 1]) is None)


def _after_state(lex: Lexicon, token: Token) -> bool:
    return (token.core,) in lex.adjectives or (token.core,) in lex.country_names


def _definite_given_name_opens(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """ "وزير الداخلية التونسي الهادي مهني": after the state the office is whole, and a
    given name written with the article ("الهادي", "المختار") before a word with none
    opens its holder's name; "السفير الأمريكي الجديد" goes on."""
    t = tokens[j]
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if t.norm not in lex.given_names and t.undefined not in lex.given_names:
        # "السفير الطيب إبراهيم حسن": a given name that is also a word ("الطيب",
        # "الزين") opens the name when a given name that is no word follows it.
        # So does a family name no lexicon knows: "وزير الداخلية الجزائري السعيد سعيود".
        weak = t.norm in lex.weak_given_names or t.undefined in lex.weak_given_names
        if not weak or _after_state(lex, t) or nxt is None or nxt.prefix:
            return False  # "الرئيس التركي رجب ...": a nationality, though "تركي" is a name
        return nxt.norm in lex.given_names or _unknown_family_name(lex, nxt)
    if nxt is not None and head(lex, nxt) and not nxt.prefix and j + 2 < len(tokens):
        # "الرئيس التونسي الباجي قائد السبسي": an office word, then a definite word no
        # lexicon knows, is a family name
        family = tokens[j + 2]
        return family.definite and not family.prefix and not lex.knows(family.core)
    return nxt is not None and _unknown_family_name(lex, nxt)


def _unknown_family_name(lex: Lexicon, token: Token) -> bool:
    """A word with no prefix or article that no lexicon knows: a family name."""
    return (
        not token.prefix
        and not token.definite
        and not token.is_punct
        and not lex.knows(token.core)
        and token.norm not in lex.stopwords
    )


def definite_name_at(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """Two words with the article that no lexicon knows, then the end of the phrase:
    a name such as "الهادي الزروالي" rather than more of the office."""
    if j + 1 >= len(tokens) or (j and in_construct(lex, tokens[j - 1])):
        return False  # "ممثلو الرؤساء المشاركين": the genitive of the office
    pair = tokens[j : j + 2]
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if j and is_city(lex, tokens[j - 1]) and _given_and_family_name(lex, pair, after):
        return True  # "رئيس بلدية بنغازي الصقر بوجواري،": the town ends the office
    if j and _bare_definite_office(lex, tokens, j - 1) and _family_name_alone(lex, tokens, j):
        return True  # "التقى الوزير الشيباني وزير خارجية ...": a title, a family name
    if (
        all(t.definite and not t.prefix for t in pair)
        and pair[0].undefined in lex.given_names
        and (after is None or after.is_punct or after.norm in lex.stopwords)
        and not in_construct(lex, tokens[j - 1])
    ):
        return True  # "محافظ المصرف المركزي الصديق الكبير مع": a given name, and its family
    if not all(t.definite and not t.prefix and not lex.knows(t.core) for t in pair):
        return False
    if j and _adjectives_of_a_body(lex, tokens[j - 1], pair):
        return False  # "رئيس الحزب الوحدوي الليبرالي": the party's adjectives
    if after is None or after.is_punct or after.norm in lex.stopwords or head(lex, after):
        return True  # "... المبروك الغرياني ووزير الداخلية النيجري"
    given = pair[0].undefined
    return given in lex.given_names or given in lex.weak_given_names


# Bodies of people named by their adjectives (without the article, normalised):
# "الحزب الوحدوي الليبرالي", "التيار الوطني".
_PARTIES = frozenset({"حزب", "تيار", "جبهه", "حركه"})


def _adjectives_of_a_body(lex: Lexicon, body: Token, pair: list[Token]) -> bool:
    """Two adjectives of the nisba shape after a body with the article: no given name."""
    return (
        body.definite
        and (body.undefined in _PARTIES or body.undefined in lex.institution_heads)
        and pair[0].undefined not in lex.given_names
        and all(t.core.endswith(("ي", "يه")) for t in pair)
    )


def _family_name_alone(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """A family name of the nisba shape ("الشيباني") that no lexicon knows, right before
    another office: the name a bare title is followed by, then the other party."""
    t = tokens[j]
    if not t.definite or t.prefix or lex.knows(t.core) or not t.core.endswith("ي"):
        return False
    if len(t.core) < 6:
        return False
    after = tokens[j + 1] if j + 1 < len(tokens) else None
    return after is not None and not after.prefix and head(lex, after) is not None


def _given_and_family_name(lex: Lexicon, pair: list[Token], after: Token | None) -> bool:
    """A word with the article and one without, neither known to any lexicon, then the
    end of the phrase: a name ("الصقر بوجواري")."""
    given, family = pair
    return (
        given.definite
        and not given.prefix
        and not lex.knows(given.core)
        and not family.definite
        and not family.prefix
        and not family.is_punct
        and not lex.knows(family.core)
        and family.norm not in lex.stopwords
        and (after is None or after.is_punct)
    )
