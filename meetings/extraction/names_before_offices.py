"""A name before its office ("كمال بن يوسف رئيس الحكومة", "فلان الفلاني، نائبة
الوزير"): read backwards from the office, the words a name is made of, and what tells a
name from a phrase when no lexicon knows its first word. Names after their office are
`name_positions`'s.
"""

from .foreign_names import conjoined_foreign_name, foreign_family_name, transliterated
from .lexicon import Lexicon
from .name_openings import given_name_as_office_word
from .name_parts import (
    NAME_JOINERS,
    conjoined_word,
    given_name_after_preposition,
    place_as_given_name,
)
from .name_words import latin_word, name_like
from .names import MAX_NAME
from .phrases import match_phrase
from .tokens import Token, in_any
from .words import COMMAS, SON_OF, city_at, is_title


def _listed_weak_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "فلان وزير دولة، وفارس الفلاني مساعد الوزير": after a comma, "و" and a given
    name that is also a word ("فارس") open the next name of a list."""
    return (
        k > 0
        and tokens[k - 1].norm in COMMAS
        and tokens[k].norm[:1] == "و"
        and tokens[k].norm[1:] in lex.weak_given_names
    )


def _given_name_after_and(lex: Lexicon, token: Token) -> bool:
    word = token.norm[1:]
    return token.norm[:1] == "و" and (
        word in lex.given_names or word in lex.weak_given_names or word in lex.foreign_given_names
    )


def _set_off(tokens: list[Token], last: int) -> bool:
    """Does a comma set the name ending at `last` off from the office after it?"""
    return last + 1 < len(tokens) and tokens[last + 1].norm in COMMAS


def name_before(lex: Lexicon, tokens: list[Token], k: int, claimed: set[int]) -> list[int]:
    """Indices of a name of two words or more ending at k, before an office ("كمال بن
    يوسف رئيس الحكومة"), else empty."""
    picked: list[int] = []
    # joiners do not count towards the length, as in `take_name`: "عبد الرحمن بن خالد آل فارس"
    while (
        k >= 0
        and k not in claimed
        and sum(tokens[i].norm not in NAME_JOINERS for i in picked) < MAX_NAME
    ):
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
                and k > 0
                and tokens[k - 1].norm in lex.given_names
                and not tokens[k - 1].prefix
                and given_name_as_office_word(lex, tokens, k)
            ):
                picked.insert(0, k)  # "خالد أمين حمود، مدير ...": a given name that is an
                k -= 1  # office word too, after another given name
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
        if len(picked) > 1 and _given_name_after_and(lex, tokens[k]):
            break  # "فلان أركان حرب الأمن وتوماس علان السفير": the next of a list
        k -= 1
    while picked and (
        (
            not name_like(lex, tokens[picked[0]], first=True, definite_ok=False)
            and not place_as_given_name(lex, tokens, picked[0])
            and not given_name_after_preposition(lex, tokens[picked[0]])
        )
        or (
            conjoined_word(lex, tokens[picked[0]])
            # no conjunction follows "مع": "مع فاردين ..." opens a name with ف
            and not (picked[0] > 0 and tokens[picked[0] - 1].norm == "مع")
            and not _listed_foreign(lex, tokens, picked[0], claimed)
            and not _listed_weak_given_name(lex, tokens, picked[0])
            and not _given_name_after_and(lex, tokens[picked[0]])
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
        first[1:] in lex.given_names
        or first[1:] in lex.weak_given_names
        or _listed_weak_given_name(lex, tokens, picked[0])
    ):
        first = first[1:]  # "... وبثينة شعبان المستشارة": the next of a list
    opening = picked[0]
    if (
        first not in lex.given_names
        and first not in lex.weak_given_names
        and not (
            given_name_after_preposition(lex, tokens[opening])
            # "كان لعثمان الفلاني، وزير ...", "والتقى بمحمد الفلاني وزير ...", "التقى
            # فلان الفلاني بمحمد علان وزير ...": right after a verb or another's name
            and (
                _set_off(tokens, picked[-1])
                or (opening > 0 and in_any(tokens[opening - 1], lex.verbs) is not None)
                or opening - 1 in claimed
            )
        )
    ):
        if (
            not transliterated(first)
            and not any(tokens[i].norm in NAME_JOINERS for i in picked)
            and not foreign_family_name(lex, tokens[picked[-1]])  # "جاويش أوغلو، وزير"
            and not all(latin_word(tokens[i]) for i in picked)  # "Zhai Jun، المبعوث"
            and not _subject_set_off(lex, tokens, picked)
            and not _foreign_subject_of_a_state(lex, tokens, picked)
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


# How far after the name the office's nationality may come: "وزير الدفاع البريطاني".
_NATIONALITY_WORDS = 4


def _foreign_subject_of_a_state(lex: Lexicon, tokens: list[Token], picked: list[int]) -> bool:
    """ "بحث غرانت فلتون وزير الدفاع البريطاني مع ...", "اتصالا هاتفيا مع فاردين
    هوفانيسيان وزيرة الخارجية الأرمنية": two words no lexicon knows, neither with the
    article nor a prefix, between a meeting verb or "مع" and an office that names its
    state, are the name of a party (a foreign one, with no comma)."""
    opening, last = picked[0], picked[-1]
    return (
        len(picked) == 2
        and opening > 0
        and (in_any(tokens[opening - 1], lex.verbs) is not None or tokens[opening - 1].norm == "مع")
        and all(
            not tokens[i].prefix and not tokens[i].article and not lex.knows(tokens[i].core)
            for i in picked
        )
        and _state_named(lex, tokens, last + 2)
    )


def _state_named(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does the office from k name its state within a few words, by a nationality or
    the state's name ("وزيرة الداخلية البريطانية", "وزيرة الداخلية بالمملكة المتحدة")?"""
    cores = [t.core for t in tokens]
    return any(
        (cores[j],) in lex.adjectives
        or match_phrase(cores, j, lex.country_names, lex.max_phrase)[0]
        for j in range(k, min(len(tokens), k + _NATIONALITY_WORDS))
    )


def _unknown_or_given(lex: Lexicon, token: Token) -> bool:
    word = token.undefined
    return not lex.knows(token.core) or word in lex.given_names or word in lex.weak_given_names


def _listed_foreign(lex: Lexicon, tokens: list[Token], k: int, claimed: set[int]) -> bool:
    """ "...، وإنريك بارون، المفوض العام": in a list of names each with its office, و
    and a transliterated name the lexicon does not know; right after another's name
    ("مع نظيره فلان علان ودينغ باو القائم بأعمال ..."), any word it does not know."""
    if k == 0:
        return False
    rest = tokens[k].norm[1:]
    if tokens[k - 1].norm in COMMAS:
        family = tokens[k + 1] if k + 1 < len(tokens) else None
        return conjoined_foreign_name(lex, tokens[k], family)
    return k - 1 in claimed and not lex.knows(rest)
