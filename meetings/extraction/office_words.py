"""What one word says to an office phrase (see `offices.extend_phrase`): whether it
opens the holder's name, is the office's genitive, its posting or more of its portfolio.

Each test looks at the word at j and its neighbours only; where the phrase ends is
`extend_phrase`'s to decide.
"""

from dataclasses import replace

from .lexicon import Lexicon
from .name_parts import given_name_with_allah, place_as_given_name
from .phrases import match_phrase
from .tokens import Token
from .words import SON_OF, THE_DELEGATION, city_at, given_name, head, is_city, is_title

_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "المدينه", "عاصمه"})
# The parts of a body an office heads (normalised), always followed by their genitive.
_UNIT_NOUNS = frozenset({"قسم", "شعبه", "فرع", "قطاع", "وحده"})


def state_in_construct(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """A word that names both a state and a city, in construct after an indefinite
    noun, is the state: "وزير خارجية عمان" is Oman's, not Amman's."""
    t, before = tokens[j], tokens[j - 1]
    return (
        (t.core,) in lex.country_names
        and not t.prefix
        and not before.definite
        and not before.is_punct
    )


def genitive_chain(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An indefinite noun and its definite genitive at k ("حقوق الإنسان"), neither a
    name's word nor one opening another phrase."""
    if k + 1 >= len(tokens):
        return False
    noun, genitive = tokens[k], tokens[k + 1]
    return (
        not noun.prefix
        and not noun.definite
        and not noun.is_punct
        and not given_name(lex, noun)
        and noun.norm not in lex.stopwords
        and not head(lex, noun)
        and genitive.definite
        and not genitive.prefix
    )


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
    محمد"."""
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
        weak = t.norm in lex.weak_given_names or t.undefined in lex.weak_given_names
        return weak and nxt is not None and not nxt.prefix and nxt.norm in lex.given_names
    if nxt is not None and head(lex, nxt) and not nxt.prefix and j + 2 < len(tokens):
        # "الرئيس التونسي الباجي قائد السبسي": an office word, then a definite word no
        # lexicon knows, is a family name
        family = tokens[j + 2]
        return family.definite and not family.prefix and not lex.knows(family.core)
    return (
        nxt is not None
        and not nxt.prefix
        and not nxt.definite
        and not nxt.is_punct
        and not lex.knows(nxt.core)
        and nxt.norm not in lex.stopwords
    )


def portfolio_of_a_premier(lex: Lexicon, tokens: list[Token], i: int, j: int) -> bool:
    """Is the word at j a minister's office that a head of government (or a deputy)
    also holds: "وزير" or "ووزير" with its portfolio, after an office of the cabinet
    ("رئيس مجلس الوزراء")? Gulf governments name their premiers so."""
    t = tokens[j]
    if j == i or t.prefix not in ("", "و") or t.core not in ("وزير", "وزيره"):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is None or not nxt.definite or nxt.prefix:
        return False
    return any(x.core == "الوزراء" for x in tokens[i:j])


def town_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Can the word at k be a town's name after "بلدية": a city, or any word that is
    no given name, title, particle or verb?"""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.prefix or t.is_punct or t.is_quote:
        return False
    if city_at(lex, tokens, k):
        return True
    return not (
        given_name(lex, t)
        or is_title(lex, t)
        or head(lex, t)
        or t.norm in lex.particles
        or t.norm in lex.verbs
    )


def unsplit_genitive(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """A word written with ل that the tokeniser kept whole, before a word with the
    article: the office's genitive ("لتحالف الساحل"), not a name."""
    t = tokens[j]
    return (
        j + 1 < len(tokens)
        and not t.prefix
        and t.norm[:1] == "ل"
        and len(t.norm) > 4
        and tokens[j + 1].definite
        and not tokens[j + 1].prefix
        and not given_name(lex, t)
    )


def coordinated_noun(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """A word written with و that the tokeniser kept whole (no lexicon knows the rest),
    between two words with the article: more of a portfolio, not a name."""
    t = tokens[j]
    return (
        0 < j < len(tokens) - 1
        and not t.prefix
        and t.norm[:1] == "و"
        and len(t.norm) > 3
        and tokens[j - 1].definite
        and tokens[j + 1].definite
        and not tokens[j + 1].prefix
        and not given_name(lex, t)
        and t.norm not in lex.weak_given_names
        and not lex.knows(t.norm[1:])
    )


def quoted_word(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """One word alone in quotes or brackets, no given name: an acronym, not a name."""
    return (
        0 < j < len(tokens) - 1
        and tokens[j - 1].is_quote
        and tokens[j + 1].is_quote
        and not tokens[j].is_punct
        and not given_name(lex, tokens[j])
    )


def posted_office(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """Is this the office of someone posted abroad (an ambassador, a mission)? Then
    "في القدس" after it is the posting, not the meeting's place."""
    return any(t.core.removeprefix("ال") in lex.posted_words for t in tokens[max(start, 0) : end])


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
    if not all(t.definite and not t.prefix and not lex.knows(t.core) for t in pair):
        return False
    if after is None or after.is_punct or after.norm in lex.stopwords or head(lex, after):
        return True  # "... المبروك الغرياني ووزير الداخلية النيجري"
    given = pair[0].undefined
    return given in lex.given_names or given in lex.weak_given_names


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


def office_in_construct(lex: Lexicon, token: Token) -> bool:
    """An office's head without the article after "ب" or "ل", a verb's object, takes its
    genitive too: "التقى بوزير خارجية غانا"."""
    if not token.prefix.endswith(("ب", "ل")) or token.core in lex.institution_heads:
        return False
    return head(lex, token) is not None and in_construct(lex, replace(token, prefix=""))


def in_construct(lex: Lexicon, token: Token) -> bool:
    """An office or institution noun without the article is always followed by its
    genitive, never by a name ("رئيس جهاز ..." but "الرئيس فلان")."""
    # "المدير التنفيذي لمركز الحوار": a body after ل still takes its genitive
    of_a_body = token.prefix == "ل" and token.core in lex.institution_heads
    if token.definite or token.text.endswith("ه"):
        return False
    if token.prefix.endswith(("ب", "ل")) and not of_a_body:
        return False
    if token.core in _UNIT_NOUNS:
        return True  # "رئيس قسم حقوق الإنسان"
    if token.text.endswith(("ها", "هما", "هم")) and head(lex, token) is not None:
        return False  # "وزيرها عبد الله صابر": a possessive takes no genitive
    return token.core in lex.institution_heads or (
        head(lex, token) is not None and token.core not in lex.ranks
    )


def continues_after_preposition(
    lex: Lexicon, tokens: list[Token], k: int, preposition: str, *, posted: bool
) -> bool:
    """Does the office phrase go on after "في"/"لدى"/"عن"/"ل"/"من"/"إلى"/"باسم"?

    "إلى" only before a state or a region ("المبعوث الأممي إلى ليبيا"); "من" and "باسم" only
    before an institution ("المكلفة من مجلس النواب", "المتحدث باسم الوزارة"), since
    "باسم" is also a name; a city only for a posted office ("القنصل العام في القدس").
    """
    t = tokens[k]
    cores = [x.core for x in tokens]
    state = bool(match_phrase(cores, k, lex.country_names, lex.max_phrase)[0])  # "سلطنة عمان"
    institution = (
        t.core.removeprefix("ال") in lex.institution_heads
        or t.core in lex.institution_heads
        or match_phrase([x.core for x in tokens], k, lex.institutions, lex.max_phrase)[0]
    )
    if preposition == "الي":
        # "المبعوث الأمريكي إلى الشرق الأوسط": a region too
        return state or bool(match_phrase(cores, k, lex.regions, lex.max_phrase)[0])
    if preposition in ("من", "باسم"):
        # "المتحدث باسم الخارجية": a ministry by its portfolio; "نظيره من الجمهورية
        # الفرنسية": a state
        return (
            bool(institution)
            or (preposition == "باسم" and (t.core,) in lex.portfolios)
            or (preposition == "من" and state)
        )
    if state or institution or (preposition == "في" and t.core in THE_DELEGATION):
        return True  # "عضو في الوفد فلان"
    if is_city(lex, t):
        return posted and preposition in ("في", "لدي")
    if t.core in _PLACE_NOUNS or t.core in lex.phrase_breaks:
        return False
    return t.definite or t.core in lex.role_words  # "في وسط إفريقيا"


def skip_quotes(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].is_quote:
        k += 1
    return k
