"""The titles before a person's name: ranks, honorifics and clerics' titles, with what
may stand between them and the name ("اللواء الركن", "السيد/", "السيناتور الجمهوري",
"العقيد الانفصالي"). Where the name then starts is `names`'.
"""

from .lexicon import Lexicon
from .tokens import Token
from .words import COMMAS, is_title

# What may stand between a title and the name (normalised): a slash ("السيد/ فلان") and
# a party ("السيناتور الجمهوري فلان").
_AFTER_A_TITLE = frozenset({"/", "الجمهوري", "الجمهوريه", "الديمقراطي", "الديمقراطيه"})
_AFTER_A_TITLE |= {"الاولي"}  # "السيدة الأولى فلانة" (normalised)
# Clerics' titles of two words (normalised): "آية الله فلان", "حجة الإسلام فلان".
_TWO_WORD_TITLES = frozenset({("ايه", "الله"), ("حجه", "الاسلام")})


def skip_titles(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, bool]:
    """Past ranks and honorifics, the arm of service after a rank ("العميد بحري"), a
    nationality ("اللواء الليبي") and a slash after a title ("السيد/ فلان")."""
    titled = False
    while k < len(tokens):
        t = tokens[k]
        abbreviation = k + 1 < len(tokens) and len(t.norm) == 1 and tokens[k + 1].norm == "."
        if abbreviation:
            k += 2  # "أ.د. فلان", "م. فلان"
            titled = True
            continue
        if k + 2 < len(tokens) and (t.norm, tokens[k + 1].norm) in _TWO_WORD_TITLES:
            k += 2
            titled = True
            continue
        if t.is_quote or is_title(lex, t):
            titled = titled or not t.is_quote
        elif not (
            titled
            and (
                t.core in lex.rank_modifiers
                or t.norm in _AFTER_A_TITLE
                # "اللواء الليبي المتقاعد فلان": the officer's nationality
                or (t.definite and not t.prefix and (t.core,) in lex.adjectives)
                # "اللواء المتقاعد، فلان": a comma after the rank's modifier
                or (t.norm in COMMAS and tokens[k - 1].core in lex.rank_modifiers)
                or _epithet_before_given_name(lex, tokens, k)
            )
        ):
            break
        k += 1
    return k, titled


def _epithet_before_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "العقيد الانفصالي خليفة فلان": an adjective after a rank, no given name itself,
    before one that is."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        t.definite
        and not t.prefix
        and t.norm not in lex.given_names
        and t.norm not in lex.weak_given_names
        and t.norm.endswith("ي")
        and nxt is not None
        and not nxt.prefix
        and (nxt.norm in lex.given_names or nxt.norm in lex.weak_given_names)
    )
