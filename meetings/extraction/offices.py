"""Office phrases: where one ends, and what it says (role, state, ministry, body).

"وزير الداخلية الليبي", "السفير الإيطالي لدى ليبيا", "نائب رئيس بعثة الاتحاد الأوروبي":
a phrase opens with an office's head word (see `words.head`) and goes on through its
genitives, nationality, institution and posting; the name, if any, comes after it
(see `names`).
"""

from dataclasses import replace

from .lexicon import Lexicon, match_phrase
from .name_parts import place_as_given_name
from .tokens import Token
from .words import (
    THE_DELEGATION,
    city_at,
    given_name,
    head,
    is_city,
    is_counterpart,
    is_title,
    strip_possessive,
)

ACCREDITED_TO = frozenset({"لدي", "الي"})  # normalised لدى، إلى
# what one party holds with another, named after it with ل (normalised)
_MEETING_NOUNS = frozenset({"لقاء", "استقبال", "اجتماع", "مقابله"})
PHRASE_PREPOSITIONS = frozenset({"في", "لدي", "عن", "من", "الي", "باسم", "ضد"})
_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "المدينه", "عاصمه"})
# An area an office answers for: "آمر منطقة طبرق العسكرية", "والي ولاية تمنراست".
_REGION_NOUNS = frozenset({"منطقه", "ولايه", "محافظه", "اقليم"})
# A town's council, whose name follows however little any lexicon knows of the town:
# "عميد بلدية ربيانة فلان".
_MUNICIPALITY_NOUNS = frozenset({"بلديه"})
# A region named by its side of a place: "محافظ شمال سيناء", "والي جنوب دارفور".
_DIRECTIONS = frozenset({"شمال", "جنوب", "شرق", "غرب", "وسط"})
# The parts of a body an office heads (normalised), always followed by their genitive.
_UNIT_NOUNS = frozenset({"قسم", "شعبه", "فرع", "قطاع", "وحده"})
# Adjectives of a remit, which take their object with ب: "المختص بإبرام الاتفاقات".
_REMIT_WORDS = frozenset(
    {"المختص", "المختصه", "مختص", "المكلف", "المكلفه", "مكلف", "المعني", "المعنيه"}
)

# --- where a phrase ends ------------------------------------------------------------


def extend_phrase(lex: Lexicon, tokens: list[Token], i: int) -> int:
    """End (exclusive) of an office or institution phrase whose head is at i-1."""
    n = len(tokens)
    cores = [x.core for x in tokens]
    met = i >= 2 and tokens[i - 2].core in _MEETING_NOUNS  # "لقاء المدير لسفير ..."
    j = i
    while j < n:
        t = tokens[j]
        if t.is_quote:
            j += 1
            continue
        if t.is_punct or is_title(lex, t) or is_counterpart(lex, t):
            break
        if t.core in lex.tenure_phrases.firsts and match_phrase(cores, j, lex.tenure_phrases, 3)[0]:
            break  # "منتهية الولاية" stands between the office and its holder's name
        if (
            t.norm == "و"
            and j + 2 < n
            and all(x.definite and not x.prefix for x in tokens[j + 1 : j + 3])
            and not head(lex, tokens[j + 1])
        ):
            j += 2  # "وزير الداخلية و الجماعات المحلية": the conjunction written apart
            continue
        if (
            t.norm == "باسم"
            and j + 1 < n
            and (tokens[j + 1].definite or tokens[j + 1].core in lex.institution_heads)
        ):
            j += 1  # "المتحدث الرسمي باسم الحكومة": whom the spokesman speaks for
            continue
        if j > i and _name_opens(lex, tokens, j):
            break
        if unsplit_genitive(lex, tokens, j):
            j += 2  # "الممثل السامي لتحالف الساحل": ل on a word no lexicon knows
            continue
        if _coordinated_noun(lex, tokens, j):
            j += 1  # "وزير الداخلية وترقية اللامركزية": و on a word no lexicon knows
            continue
        if _quoted_word(lex, tokens, j) and j > i:
            j += 1  # the acronym of a body: "القيادة الأمريكية في أفريقيا (أفريكوم)"
            continue
        if _portfolio_of_a_premier(lex, tokens, i, j):
            j += 1  # "رئيس الوزراء وزير الداخلية", "رئيس مجلس الوزراء ووزير الداخلية"
            continue
        if t.prefix.startswith(("و", "ف")):
            # "والتعاون الدولي", "وشؤون المغتربين" go on; "ووزير", "والوفد", "وعدد"
            # start something else. "ومراقبة التراب الوطني", "وأمن الطاقة" go on as
            # well, and so does any noun the lexicons do not know, coordinated in a
            # genitive chain: "لسياسة الجوار ومفاوضات التوسع".
            coordinated = (
                j + 1 < n
                and tokens[j + 1].definite
                and (
                    t.core in lex.coordinated_nouns
                    or (tokens[j - 1].definite and not lex.knows(t.core) and not given_name(lex, t))
                )
            )
            if head(lex, t) or (t.core in lex.phrase_breaks and not coordinated):
                break
            if (
                not t.definite
                and not coordinated
                and (t.core not in lex.role_words or t.core in lex.institution_heads)
            ):
                both = _second_body_end(lex, tokens, j)
                if both is None:
                    break  # "ومفوضية الاتحاد" is another institution
                j = both  # "المدير العام للأمن الوطني ومديرية الحدود فلان"
                continue
            j += 1
            continue
        if head(lex, t):
            # After a nationality or a state the office is complete: "وكيل وزارة
            # الخارجية الكويتية السفير فلان" gives the head that follows as a title; and
            # "ب" makes the head the object of a verb: "التقى الوزير الإيطالي برئيس ...",
            # as "ل" does after a meeting noun: "لقاء مدير الإدارة لسفير الاتحاد".
            before = (tokens[j - 1].core,)
            after_state = before in lex.adjectives or before in lex.country_names
            if (
                t.prefix == "ب"
                or (j > i and after_state and t.prefix != "ل")
                or (j > i and t.prefix == "ل" and met)
            ):
                break
            j += 1
            continue
        length, _ = match_phrase(cores, j, lex.institutions, lex.max_phrase)
        if length > 1:
            j += length  # "لجامعة الدول العربية"
            continue
        length, _ = match_phrase(cores, j, lex.country_names, lex.max_phrase)
        if length > 1:
            j += length  # "سفير خادم الحرمين الشريفين"
            continue
        if t.norm in PHRASE_PREPOSITIONS or t.norm == "ل":
            nxt = _skip_quotes(tokens, j + 1)
            if nxt < n and _continues_after_preposition(
                lex, tokens, nxt, t.norm, posted=posted_office(lex, tokens, i - 1, j)
            ):
                # past a state of several words too: "في سلطنة عمان"
                state, _ = match_phrase(cores, nxt, lex.country_names, lex.max_phrase)
                j = nxt + max(state, 1)
                while state and j < n and tokens[j].prefix == "و":
                    # "قائد قوات التحالف في العراق وسوريا فلان": a posting over two states
                    state, _ = match_phrase(cores, j, lex.country_names, lex.max_phrase)
                    j += state
                continue
            break
        if (
            t.prefix == "ل"
            and t.core in lex.coordinated_nouns
            and j + 1 < n
            and tokens[j + 1].definite
            and not tokens[j + 1].prefix
        ):
            j += 2  # "المدير العام لمكافحة المخدرات"
            continue
        if (
            t.prefix == "ل"
            and t.core in lex.coordinated_nouns
            and _genitive_chain(lex, tokens, j + 1)
        ):
            j += 3  # "مساعد الوزير لشؤون حقوق الإنسان"
            continue
        if t.prefix == "ل" and tokens[j - 1].core in lex.state_minister_words:
            j += 1  # "وزيرة الدولة للاتصال": a portfolio, whatever its word
            continue
        if t.norm == "غير" and j + 1 < n and tokens[j + 1].definite:
            j += 2  # "لشؤون الهجرة غير الشرعية"
            continue
        if t.norm[:1] == "ب" and len(t.norm) > 3 and tokens[j - 1].core in _REMIT_WORDS:
            j += 1  # "مفوض الحكومة المختص بإبرام اتفاقات الهجرة"
            while (
                j < n and tokens[j].definite and not tokens[j].prefix and not head(lex, tokens[j])
            ):
                j += 1  # "المكلف بملف الصحراء الغربية": the remit's genitive
            continue
        if t.prefix == "ب" and is_city(lex, t) and posted_office(lex, tokens, i - 1, j):
            j += 1  # "السفير السوداني بالقاهرة": the posting
            continue
        if (
            j == i
            and tokens[j - 1].core in _REGION_NOUNS
            and not t.prefix
            and (t.definite or city_at(lex, tokens, j))
        ):
            return j + 1  # "عامل إقليم الناظور فلان": a head ending with its region
        if (
            t.prefix in ("", "ل")
            and t.core in _REGION_NOUNS
            and j + 1 < n
            and (tokens[j + 1].definite or city_at(lex, tokens, j + 1))
            and not tokens[j + 1].prefix
        ):
            j += 2  # "آمر منطقة طبرق العسكرية", "الممثل الخاص لمنطقة الخليج"
            continue
        if (
            t.prefix in ("", "ل")
            and (t.core in _MUNICIPALITY_NOUNS or t.core in _DIRECTIONS)
            and _town_name(lex, tokens, j + 1)
        ):
            j += 2  # "عميد بلدية ربيانة", "عميد بلدية الزاوية", "محافظ شمال سيناء"
            continue
        construct = (
            _in_construct(lex, tokens[j - 1])
            or (j == i and _office_in_construct(lex, tokens[j - 1]))
            or (j > i and tokens[j - 1].core == "عام" and _in_construct(lex, tokens[j - 2]))
        )  # "مدير عام مكافحة المخدرات"; "بوزير خارجية غانا": the head a verb's object
        if (
            construct
            and not t.prefix
            and t.norm not in lex.particles
            and t.norm not in lex.verbs
            and t.norm not in lex.given_names  # "عميد مصطفى حمادي": a rank and a name
        ):
            j += 1  # the genitive of a construct: "جهاز مكافحة الهجرة", "مسؤول خدمات"
            continue
        if t.definite and t.core[2:] in lex.institution_heads:
            j += 1  # "الوكيل الأقدم للوزارة"
            continue
        if t.core in lex.phrase_breaks or t.norm in lex.phrase_breaks:
            break
        if is_city(lex, t) and not _state_in_construct(lex, tokens, j):
            # "مدير أمن طرابلس", "لشرطة لندن": a noun's genitive; not the first word of a
            # region's name of several ("جهة الداخلة وادي الذهب")
            joined = j + 1 < n and tokens[j + 1].norm[:1] == "و"
            if j > i and not t.prefix and not tokens[j - 1].definite and not joined:
                j += 1
                continue
            break
        if definite_name_at(lex, tokens, j):
            break
        if t.definite or t.core in lex.role_words or t.norm in lex.role_words:
            j += 1
            continue
        if (strip_possessive(t.core),) in lex.portfolios:
            j += 1  # "وزير داخليتها"
            continue
        if (t.core,) in lex.country_names or (t.core,) in lex.institutions:
            j += 1
            continue
        break
    return j


def _state_in_construct(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """A word that names both a state and a city, in construct after an indefinite
    noun, is the state: "وزير خارجية عمان" is Oman's, not Amman's."""
    t, before = tokens[j], tokens[j - 1]
    return (
        (t.core,) in lex.country_names
        and not t.prefix
        and not before.definite
        and not before.is_punct
    )


def _genitive_chain(lex: Lexicon, tokens: list[Token], k: int) -> bool:
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


def _second_body_end(lex: Lexicon, tokens: list[Token], j: int) -> int | None:
    """A second body, after و, that a name follows: one person heads both ("المدير
    العام للأمن الوطني ومديرية حماية الحدود فلان"). Its end, or None when no
    name follows (then it is another party: "ومفوضية الاتحاد الأوروبي")."""
    t = tokens[j]
    if t.core not in lex.institution_heads or j + 1 >= len(tokens):
        return None
    end = extend_phrase(lex, tokens, j + 1)
    if end >= len(tokens) or end == j + 1:
        return None
    first = tokens[end]
    if first.prefix or first.definite:
        return None
    return end if first.norm in lex.given_names or first.norm == "عبد" else None


def _name_opens(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """Does a person's name start at j, ending the office before it: a given name with
    no article or prefix ("... ومفاوضات التوسع أوليفر فاريلي"), not after a title that
    names a place after someone ("قاعدة الملك فيصل")?"""
    t = tokens[j]
    if place_as_given_name(lex, tokens, j):
        return True  # "رئيسة الحكومة الإيطالية جورجيا مارينو"
    if t.norm == "عبد" and not t.prefix:
        return True  # "عبد الله", "عبد الحميد": no office word is built so
    if t.definite and not t.prefix and _after_state(lex, tokens[j - 1]):
        return _definite_given_name_opens(lex, tokens, j)
    if t.prefix or t.definite or t.norm not in lex.given_names:
        return False
    return not is_title(lex, tokens[j - 1])


def _after_state(lex: Lexicon, token: Token) -> bool:
    return (token.core,) in lex.adjectives or (token.core,) in lex.country_names


def _definite_given_name_opens(lex: Lexicon, tokens: list[Token], j: int) -> bool:
    """ "وزير الداخلية التونسي الهادي مهني": after the state the office is whole, and a
    given name written with the article ("الهادي", "المختار") before a word with none
    opens its holder's name; "السفير الأمريكي الجديد" goes on."""
    t = tokens[j]
    if t.norm not in lex.given_names and t.undefined not in lex.given_names:
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return (
        nxt is not None
        and not nxt.prefix
        and not nxt.definite
        and not nxt.is_punct
        and not lex.knows(nxt.core)
        and nxt.norm not in lex.stopwords
    )


def _portfolio_of_a_premier(lex: Lexicon, tokens: list[Token], i: int, j: int) -> bool:
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


def _town_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
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


def _coordinated_noun(lex: Lexicon, tokens: list[Token], j: int) -> bool:
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


def _quoted_word(lex: Lexicon, tokens: list[Token], j: int) -> bool:
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
    if j + 1 >= len(tokens) or (j and _in_construct(lex, tokens[j - 1])):
        return False  # "ممثلو الرؤساء المشاركين": the genitive of the office
    pair = tokens[j : j + 2]
    if not all(t.definite and not t.prefix and not lex.knows(t.core) for t in pair):
        return False
    after = tokens[j + 2] if j + 2 < len(tokens) else None
    if after is None or after.is_punct or after.norm in lex.stopwords or head(lex, after):
        return True  # "... المبروك الغرياني ووزير الداخلية النيجري"
    given = pair[0].undefined
    return given in lex.given_names or given in lex.weak_given_names


def _office_in_construct(lex: Lexicon, token: Token) -> bool:
    """An office's head without the article after "ب" or "ل", a verb's object, takes its
    genitive too: "التقى بوزير خارجية غانا"."""
    if not token.prefix.endswith(("ب", "ل")) or token.core in lex.institution_heads:
        return False
    return head(lex, token) is not None and _in_construct(lex, replace(token, prefix=""))


def _in_construct(lex: Lexicon, token: Token) -> bool:
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


def _continues_after_preposition(
    lex: Lexicon, tokens: list[Token], k: int, preposition: str, *, posted: bool
) -> bool:
    """Does the office phrase go on after "في"/"لدى"/"عن"/"ل"/"من"/"إلى"/"باسم"?

    "إلى" only before a state ("المبعوث الأممي إلى ليبيا"); "من" and "باسم" only
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
        return state
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


def _skip_quotes(tokens: list[Token], k: int) -> int:
    while k < len(tokens) and tokens[k].is_quote:
        k += 1
    return k


# --- what an office phrase says -----------------------------------------------------
