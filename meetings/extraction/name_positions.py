"""Where an office's name stands: after it ("وزير الداخلية سالم الفيتوري", after a
comma, titles or its seat), or before it ("كمال بن يوسف رئيس الحكومة", "فلان الفلاني،
نائبة الوزير"). The words of the name itself are read by `names`.
"""

from .foreign_names import foreign_family_name, transliterated
from .lexicon import Lexicon
from .name_parts import (
    NAME_JOINERS,
    conjoined_word,
    given_name_after_preposition,
    maksura_given_name,
    place_as_given_name,
)
from .name_words import latin_word, name_like
from .names import MAX_NAME, skip_titles, take_name
from .offices import extend_phrase
from .phrases import match_phrase
from .tokens import Token, in_any
from .words import COMMAS, DASHES, SEMICOLONS, SON_OF, city_at, given_name, head, is_title


def name_after(lex: Lexicon, tokens: list[Token], j: int) -> tuple[list[int], bool]:
    """The name after an office phrase ending at j, and whether a comma came between.
    Titles, one comma and a bare office word used as a title ("السفير") may come
    between."""
    if j and _institution_in_construct(lex, tokens[j - 1]):
        return [], False  # "رئيس أركان القوات البرية (بقوات حفتر)": the forces' owner
    j = _past_seat(lex, tokens, _past_tenure(lex, tokens, j))
    if j < len(tokens) and tokens[j].norm[:1] in "وف" and is_title(lex, tokens[j]):
        return [], False  # "فلان وزير الخارجية وسمو الأمير علان": another person
    k, titled = skip_titles(lex, tokens, j)
    if k < len(tokens) and (tokens[k].norm in COMMAS or tokens[k].norm in SEMICOLONS):
        if k + 1 < len(tokens) and _conjoined(lex, tokens[k + 1]):
            return [], True  # "، والسيد ...", "، وزهير ..." start another person
        if k + 1 < len(tokens) and tokens[k + 1].is_quote:
            # "، "واقع التعاون ...": a quotation, unless a short name is all it holds
            # ("سفير الاتحاد لدى ليبيا، “نيكولا أورلاندو”").
            return _quoted_name(lex, tokens, k + 1), True
        k1 = k + 1
        if k1 + 1 < len(tokens) and _bare_nationality(lex, tokens[k1]):
            k1 += 1  # "رئيس البرلمان الأوروبي، الإيطالي فلان": the holder's nationality
        if _title_head(lex, tokens, k1):
            k1 += 1  # "والعاهل الأردني، الملك “فلان”": an office word used as a title
            titled = True
        k2, titled2 = skip_titles(lex, tokens, k1)
        titled2 = titled2 or titled
        name = take_name(
            lex,
            tokens,
            k2,
            definite_ok=titled2,
            after_comma=not titled2,
            due=titled2,
            titled=titled2,
        )
        return name, True
    if k < len(tokens) and tokens[k].norm in DASHES:
        return _name_between_dashes(lex, tokens, k), True
    name = take_name(lex, tokens, k, definite_ok=titled, due=True, titled=titled)
    if not name and _title_head(lex, tokens, k):
        k, _ = skip_titles(lex, tokens, k + 1)
        name = take_name(lex, tokens, k, definite_ok=True)
    return name, False


def _bare_nationality(lex: Lexicon, token: Token) -> bool:
    """A nationality with the article and nothing before it ("الإيطالي")."""
    return token.definite and not token.prefix and (token.core,) in lex.adjectives


def _name_between_dashes(lex: Lexicon, tokens: list[Token], k: int) -> list[int]:
    """The name set off by the dash at k and another after it ("مديرة المكتب - فلانة
    الفلانية - ..."); a dash with no second one after a name opens something else."""
    name = take_name(lex, tokens, k + 1, definite_ok=False, after_comma=True)
    after = name[-1] + 1 if name else k
    if name and after < len(tokens) and tokens[after].norm in DASHES:
        return name
    return []


def _conjoined(lex: Lexicon, token: Token) -> bool:
    """A word after "و" or "ف", also a given name the tokeniser kept whole ("وزهير")."""
    if token.prefix.startswith(("و", "ف")):
        return True
    return token.norm[:1] in "وف" and token.norm not in lex.given_names and given_name(lex, token)


def _quoted_name(lex: Lexicon, tokens: list[Token], k: int) -> list[int]:
    """The name in the quotes opening at k, when they hold a name and nothing else."""
    name = take_name(lex, tokens, k, definite_ok=False)
    after = name[-1] + 1 if name else k
    if name and after < len(tokens) and tokens[after].is_quote and len(name) >= 2:
        return name
    return []


def _institution_in_construct(lex: Lexicon, token: Token) -> bool:
    """A body's noun without the article ("قوات", "حكومة"): a name after it is its
    genitive, whose body it is, not the name of an office's holder."""
    return not token.definite and token.core in lex.institution_heads


def _past_tenure(lex: Lexicon, tokens: list[Token], j: int) -> int:
    """Past what says how an office or its government stands: "رئيس حكومة الوحدة
    منتهية الولاية فلان", "وزير الخارجية في الحكومة المعترف بها دوليا، فلان"."""
    cores = [t.core for t in tokens[j : j + 3]]
    length, _ = match_phrase(cores, 0, lex.tenure_phrases, 3)
    return j + length


def _past_seat(lex: Lexicon, tokens: list[Token], j: int) -> int:
    """Past the city an office sits in, when a comma and the name follow it: "وزير
    العدل في الحكومة المؤقتة في البيضاء، فلان"."""
    if j >= len(tokens) or tokens[j].norm != "في":
        return j
    cores = [t.core for t in tokens]
    length, _ = match_phrase(cores, j + 1, lex.cities, lex.max_phrase)
    after = j + 1 + length
    if length and after < len(tokens) and tokens[after].norm in COMMAS:
        return after
    return j


def _title_head(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "السفير" with no phrase of its own, between an office and a name (in quotes
    maybe: "الملك “فلان”")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].definite
        and not tokens[k].prefix
        and head(lex, tokens[k]) is not None
        and (tokens[k + 1].is_quote or extend_phrase(lex, tokens, k + 1) == k + 1)
    )


def apposition_before(lex: Lexicon, tokens: list[Token], start: int, claimed: set[int]) -> bool:
    """Is the office set off by commas after a name ("فلان الفلاني، نائبة الوزير،")?"""
    k = start - 1
    if k < 2 or tokens[k].norm not in COMMAS:
        return False
    words = [i for i in (k - 2, k - 1) if i not in claimed]
    if city_at(lex, tokens, k - 2):
        return False  # "في مكتبه بمدينة رام الله، القنصل العام ..."
    return (
        len(words) == 2
        and all(name_like(lex, tokens[i], first=False, definite_ok=True) for i in words)
        and name_like(lex, tokens[k - 2], first=True, definite_ok=False)
    )


def titled_name_before(lex: Lexicon, tokens: list[Token], start: int) -> bool:
    """Does a rank or honorific and a name stand right before the office at `start`
    ("التقى الفريق أول فلان الفلاني القائد العام ...")? Not before an office with "ب"
    or "ل", another party: "التقى الفريق فلان بقائد القوات، علان"."""
    if tokens[start].prefix in ("ب", "ل"):
        return False
    k, words = start - 1, 0
    while (
        k >= 0
        and words < MAX_NAME
        and (
            name_like(lex, tokens[k], first=False, definite_ok=True)
            or maksura_given_name(lex, tokens, k)  # "الدكتور على عبد العال"
        )
    ):
        k, words = k - 1, words + 1
    while k > 0 and tokens[k].core in lex.rank_modifiers:
        k -= 1  # "الفريق أول", "اللواء الركن"
    return words > 0 and k >= 0 and is_title(lex, tokens[k])


def _listed_weak_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "فلان وزير دولة، وفارس الفلاني مساعد الوزير": after a comma, "و" and a given
    name that is also a word ("فارس") open the next name of a list."""
    return (
        k > 0
        and tokens[k - 1].norm in COMMAS
        and tokens[k].norm[:1] == "و"
        and tokens[k].norm[1:] in lex.weak_given_names
    )


def _set_off(tokens: list[Token], last: int) -> bool:
    """Does a comma set the name ending at `last` off from the office after it?"""
    return last + 1 < len(tokens) and tokens[last + 1].norm in COMMAS


def name_before(lex: Lexicon, tokens: list[Token], k: int, claimed: set[int]) -> list[int]:
    """Indices of a name of two words or more ending at k, before an office ("كمال بن
    يوسف رئيس الحكومة"), else empty."""
    picked: list[int] = []
    while k >= 0 and k not in claimed and len(picked) < MAX_NAME:
        if tokens[k].is_quote:
            k -= 1  # "و“فلان الفلاني” رئيس البعثة"
            continue
        if (
            picked
            and k + 1 == picked[0]
            and given_name_after_preposition(lex, tokens[k])
            and _set_off(tokens, picked[-1])
        ):
            # "كان لعثمان الفلاني، وزير ...", "لقاء فلان بمحمد علان، منسق ...": the
            # name opens here, whether or not the word could be a name's own
            picked.insert(0, k)
            break
        if not name_like(lex, tokens[k], first=False, definite_ok=True):
            if picked and k + 1 == picked[0] and place_as_given_name(lex, tokens, k):
                picked.insert(0, k)  # "جورجيا مارينو، رئيسة الحكومة"
            elif picked and k > 0 and tokens[k - 1].norm in SON_OF and is_title(lex, tokens[k]):
                picked.insert(0, k)  # "إسماعيل ولد الشيخ أحمد، وزير ...": a title after
                k -= 1  # "ولد" or "بن" is a name
                continue
            elif (
                picked
                and tokens[k].norm in NAME_JOINERS
                and k > 0
                and name_like(lex, tokens[k - 1], first=False, definite_ok=True)
            ):
                picked.insert(0, k)  # "عبد الرحيم ابن سودة، رئيس الحكومة": a joiner inside
                k -= 1
                continue
            break
        picked.insert(0, k)
        k -= 1
    while picked and (
        (
            not name_like(lex, tokens[picked[0]], first=True, definite_ok=False)
            and not place_as_given_name(lex, tokens, picked[0])
            and not given_name_after_preposition(lex, tokens[picked[0]])
        )
        or (
            conjoined_word(lex, tokens[picked[0]])
            and not _listed_foreign(tokens, picked[0])
            and not _listed_weak_given_name(lex, tokens, picked[0])
        )
    ):
        picked.pop(0)
    if any(city_at(lex, tokens, i) for i in picked):
        return []
    if len(picked) < 2:
        return []
    # With no office before it, only what names are made of tells a name from a phrase
    # ("في ضوء نية الممثلة الخاصة ..."): a given name first, or a joiner inside.
    first = tokens[picked[0]].undefined
    if first[:1] == "و" and (
        first[1:] in lex.given_names or _listed_weak_given_name(lex, tokens, picked[0])
    ):
        first = first[1:]  # "... وبثينة شعبان المستشارة": the next of a list
    opening = picked[0]
    if (
        first not in lex.given_names
        and first not in lex.weak_given_names
        and not (
            given_name_after_preposition(lex, tokens[opening])
            # "كان لعثمان الفلاني، وزير ...", "والتقى بمحمد الفلاني وزير ..."
            and (
                _set_off(tokens, picked[-1])
                or (opening > 0 and in_any(tokens[opening - 1], lex.verbs) is not None)
            )
        )
    ):
        if (
            not transliterated(first)
            and not any(tokens[i].norm in NAME_JOINERS for i in picked)
            and not foreign_family_name(lex, tokens[picked[-1]])  # "جاويش أوغلو، وزير"
            and not all(latin_word(tokens[i]) for i in picked)  # "Zhai Jun، المبعوث"
            and not _subject_set_off(lex, tokens, picked)
        ):
            return []
    return picked


def _subject_set_off(lex: Lexicon, tokens: list[Token], picked: list[int]) -> bool:
    """ "استقبل جيم موريس، وزير الخارجية، ...": words no lexicon knows, or given names,
    between a meeting verb and the comma that sets them off from an office are its
    subject's name, though the first is no given name any lexicon knows ("جيم") or is
    one that is also a word ("الحبيب الصيد")."""
    opening = picked[0]
    return (
        opening > 0
        and in_any(tokens[opening - 1], lex.verbs) is not None
        and _set_off(tokens, picked[-1])
        and len(picked) <= 3
        and all(not tokens[i].prefix and _unknown_or_given(lex, tokens[i]) for i in picked)
    )


def _unknown_or_given(lex: Lexicon, token: Token) -> bool:
    word = token.undefined
    return not lex.knows(token.core) or word in lex.given_names or word in lex.weak_given_names


def _listed_foreign(tokens: list[Token], k: int) -> bool:
    """ "...، وإنريك بارون، المفوض العام": in a list of names each with its office, و
    and a transliterated name the lexicon does not know."""
    return k > 0 and tokens[k - 1].norm in COMMAS and transliterated(tokens[k].norm[1:])


# Words between an office whose reading stopped early and its holder's title: the rest
# of its genitive chain ("لدول الخليج العربية"), at most this many.
_MAX_TAIL = 4
# One of these may set the name off from its office.
_APPOSITION_MARKS = COMMAS | {"-"}


def titled_holder(lex: Lexicon, tokens: list[Token], end: int, start: int) -> bool:
    """Does the name a rank or honorific opens at `start` belong to the office phrase
    read up to `end`? Yes when only the rest of the phrase's genitive chain and a
    comma come between ("الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور
    فلان", "رئيس اللجنة المشتركة للحدود، العميد فلان"), or a rank longer than a
    title's ("رئيس أركان الجيش، الفريق أول قوات خاصة فلان"). Not across a particle, a
    time word, a verb or another office: "استقبل وزير الداخلية اليوم الفريق فلان"
    names two people."""
    between = tokens[end:start]
    marks = [i for i, t in enumerate(between) if t.norm in _APPOSITION_MARKS]
    if len(marks) > 1 or len(between) - len(marks) > _MAX_TAIL:
        return False
    cut = (
        marks[0]
        if marks
        else next((i for i, t in enumerate(between) if is_title(lex, t)), len(between))
    )
    chain, rank = between[:cut], between[cut + len(marks) :]
    if rank and not is_title(lex, rank[0]):
        return False
    return all(_plain_word(lex, t) for t in chain + rank) and all(
        # a genitive goes on a construct: "لدول الخليج", not "الدولة تحيات"
        t.definite or t.prefix == "ل" or (i and not chain[i - 1].definite)
        for i, t in enumerate(chain)
    )


def _plain_word(lex: Lexicon, t: Token) -> bool:
    """A word that neither ends a phrase nor opens another office."""
    return (
        not (t.is_punct or t.is_quote)
        and t.prefix in ("", "ل")
        and t.norm not in lex.particles
        and t.core not in lex.particles
        and t.norm not in lex.verbs
        and t.core not in lex.time_nouns
        and (is_title(lex, t) or not head(lex, t))
    )
