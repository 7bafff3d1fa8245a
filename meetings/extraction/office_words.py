"""What one word says to an office phrase (see `offices.extend_phrase`): whether it
opens the holder's name, is the office's genitive, its posting or more of its portfolio.

Each test looks at the word at j and its neighbours only; where the phrase ends is
`extend_phrase`'s to decide.
"""

from dataclasses import replace

from .lexicon import Lexicon
from .phrases import match_phrase
from .tokens import Token
from .words import (
    MINISTERS,
    PROVINCES,
    THE_DELEGATION,
    city_at,
    given_name,
    head,
    is_city,
    is_title,
)

_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "المدينه", "عاصمه"})
# ... and the buildings a meeting is held in: "في القصر الرئاسي", "في مقر الوزارة".
_PLACE_NOUNS |= {"القصر", "قصر", "مقر", "المقر", "قاعه", "القاعه", "فندق", "الفندق"}
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
    if not any(x.core == "الوزراء" for x in tokens[i - 1 : j]):
        return False
    # "رئيس الوزراء العراقي وزير الخارجية الإيراني فلان": a minister of another state
    premier = {lex.adjectives.get((x.core,)) for x in tokens[i:j]} - {None}
    portfolio = {lex.adjectives.get((x.core,)) for x in tokens[j + 1 : j + 4]} - {None}
    return not (premier and portfolio - premier)


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
    between two words with the article: more of a portfolio, not a name. Not an
    office's head ("العاهل الأردني وزير الخارجية الأميركي": another person's office)."""
    t = tokens[j]
    return (
        0 < j < len(tokens) - 1
        and not t.prefix
        and t.norm[:1] == "و"
        and len(t.norm) > 3
        and not head(lex, t)
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
    if is_city(lex, t) or _province_before_a_title(lex, tokens, k):
        # "القنصل العام في البصرة", "القنصل التركي في ولاية سوسة السيد فلان"
        return posted and preposition in ("في", "لدي")
    if t.core in _DOSSIERS and k + 1 < len(tokens) and tokens[k + 1].definite:
        return True  # "المفوضة المسؤولة عن ملف البحر المتوسط"
    if t.core in _PLACE_NOUNS or t.core in lex.phrase_breaks:
        return False
    return t.definite or t.core in lex.role_words  # "في وسط إفريقيا"


def _province_before_a_title(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A province named by its noun and city, then the title of the name that holds the
    posting ("في محافظة البصرة السيد فلان"); not "في محافظة البصرة محافظها فلان", the
    one met, nor "في مدينة", which may follow an office building ("بمكتبه في مدينة
    بنغازي")."""
    if tokens[k].core not in PROVINCES:
        return False
    length = match_phrase([t.core for t in tokens], k + 1, lex.cities, lex.max_phrase)[0]
    after = k + 1 + length
    return bool(length) and after < len(tokens) and is_title(lex, tokens[after])


# A remit's dossier, before whose it is (normalised).
_DOSSIERS = frozenset({"ملف", "ملفات"})


def skip_quotes(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].is_quote:
        k += 1
    return k


# Companies and banks, whose names no lexicon knows (normalised, without ل).
_COMPANIES = frozenset({"شركه", "مجمع", "مجموعه", "مؤسسه", "بنك", "مصرف"})


def named_company(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """A company named after it ("لشركة سوناطراك", "مجمع سونلغاز"), its name a word
    with neither article nor prefix that is no given name and no word of the lexicons."""
    if j + 1 >= len(tokens):
        return False
    t, name = tokens[j], tokens[j + 1]
    company = t.norm.removeprefix("ل") if t.prefix in ("", "ل") else ""
    return (
        company in _COMPANIES
        and not name.prefix
        and not name.definite
        and not name.is_punct
        and name.norm not in lex.given_names
        and name.norm not in lex.weak_given_names
        and not lex.knows(name.core)
    )


# An area an office answers for: "آمر منطقة طبرق العسكرية", "والي ولاية تمنراست".
REGION_NOUNS = frozenset({"منطقه", "ولايه", "محافظه", "اقليم"})
# A town's council, whose name follows however little any lexicon knows of the town:
# "عميد بلدية ربيانة فلان".
_MUNICIPALITY_NOUNS = frozenset({"بلديه"})
# A region named by its side of a place: "محافظ شمال سيناء", "والي جنوب دارفور".
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})


def area_named(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """Does an area open at j with its noun and its name, two words an office goes on
    over ("آمر منطقة طبرق", "الممثل الخاص لمنطقة الخليج", "حاكم إقليم دارفور", "عميد
    بلدية ربيانة", "محافظ شمال سيناء")?"""
    t = tokens[j]
    if t.prefix not in ("", "ل"):
        return False
    if t.core in REGION_NOUNS:
        return (
            j + 1 < len(tokens)
            and not tokens[j + 1].prefix
            and (
                tokens[j + 1].definite
                or city_at(lex, tokens, j + 1)
                # "حاكم إقليم دارفور": a region no lexicon knows, after its noun
                or (t.core == "اقليم" and town_name(lex, tokens, j + 1))
            )
        )
    return (t.core in _MUNICIPALITY_NOUNS or t.core in _DIRECTIONS) and town_name(
        lex, tokens, j + 1
    )


# A minister and those who stand in for one (normalised cores), and the envoys' posts no
# minister holds as well (bare: with the article, a head already ends the phrase).
_MINISTERS_AND_DEPUTIES = MINISTERS | {"نائب", "نائبه", "مساعد", "مساعده"}
_ENVOY_POSTS = frozenset({"سفير", "سفيره", "قنصل", "مندوب", "مندوبه"})


def envoy_after_minister(tokens: list[Token], i: int, j: int) -> bool:
    """Is the bare envoy's office at j, after the minister's phrase whose head is at
    i - 1, another person's, whom the minister met ("استقبل نائب وزير الخارجية سفير
    المملكة المتحدة فلان")? Ministers are not envoys as well."""
    return (
        j > i
        and tokens[j].core in _ENVOY_POSTS
        and tokens[j - 1].definite
        and tokens[i - 1].core in _MINISTERS_AND_DEPUTIES
    )


_MINISTRY = frozenset({"وزاره", "بوزاره", "لوزاره"})
_STATE_WORDS = 8  # how far a second office's phrase is searched for a state of its own


def office_after_minister(lex: Lexicon, tokens: list[Token], i: int, j: int) -> bool:
    """Is the bare head at j, right after a minister's portfolio (the minister's head at
    i - 1), another person's office, which names a state or a ministry of its own
    ("التقى وزير الدفاع رئيس أركان الجيش الفرنسي فلان", "... مدير دائرة أفريقيا في
    وزارة الخارجية الفرنسية فلان")? A minister is not also a foreign state's officer;
    "رئيس الوزراء وزير الداخلية" (a premier's portfolio) is told apart before this."""
    if not (
        j > i
        and tokens[i - 1].core in MINISTERS
        and (i < 2 or tokens[i - 2].core not in _MINISTERS_AND_DEPUTIES)
        and tokens[j - 1].definite
        and not tokens[j].prefix
        and not tokens[j].article
        # "وزير الدولة وزير الداخلية", "وزير الخارجية نائب رئيس الوزراء": one person
        and tokens[j].core not in _MINISTERS_AND_DEPUTIES
    ):
        return False
    for t in tokens[j + 1 : j + 1 + _STATE_WORDS]:
        if t.is_punct:
            return False
        if (t.core,) in lex.adjectives or t.norm in _MINISTRY:
            return True
    return False
