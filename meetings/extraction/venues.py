"""Buildings and gatherings that place a meeting, for `places`: a venue with a
preposition or a possessive ("بمقر", "في مكتبه", "بقصر"), a palace named by its town
("بقصر كولوبا", "قصر بعبدا"), and a gathering named by its town on whose sidelines a
meeting was held ("على هامش مؤتمر ميونخ للأمن").
"""

from .document import Document
from .lexicon import Lexicon
from .tokens import Token
from .words import per_word

# Buildings a meeting is held in: the town after them is the place ("بقصر قرطاج").
_VENUES = frozenset(
    {"قصر", "مقر", "ديوان", "قاعده", "قاعه", "مكتب", "مبني", "مركز", "منتجع", "مطار"}
    | {"فندق", "فنادق"}  # "بأحد فنادق القاهرة"
)


@per_word
def venue(lex: Lexicon, token: Token) -> bool:
    """A building a meeting is held in, with a preposition or a possessive: "بمقر",
    "في مكتبه", "بقصر"."""
    word = token.norm[1:] if token.norm[:1] in "بو" and token.norm[1:] in _VENUES else token.norm
    for suffix in ("ها", "ه"):
        if word.endswith(suffix) and word[: -len(suffix)] in _VENUES:
            return True
    return word in _VENUES or token.core in _VENUES


# Gatherings named by the town they are held in: "مؤتمر ميونخ للأمن", "منتدى الدوحة".
_FORUMS = frozenset({"مؤتمر", "منتدي", "قمه", "حوار"})
_SIDELINES_REACH = 8  # "على هامش أعمال النسخة الأخيرة من مؤتمر ميونخ"


def forum_town(tokens: list[Token], k: int) -> bool:
    """A meeting "على هامش مؤتمر ميونخ للأمن" is held in the town the gathering is
    named by. Only on its sidelines: "نتائج مؤتمر برلين" is what was discussed."""
    if k == 0 or tokens[k - 1].core not in _FORUMS:
        return False
    for before in reversed(tokens[max(0, k - 1 - _SIDELINES_REACH) : k - 1]):
        if before.is_punct:
            return False
        if before.core == "هامش":
            return True
    return False


def palace_town(doc: Document, before: Token | None, token: Token) -> bool:
    """A palace named by its town: a word without the article ("بقصر كولوبا", "قصر
    بعبدا", "قصر بيان"); "قصر الشعب", "قصر الإليزيه" name no town."""
    return (
        before is not None
        and before.core == "قصر"
        and not token.article
        and not token.prefix
        and not token.is_punct
        and len(token.norm) > 2
        # A word the lexicons know names the palace too ("قصر بيان"), but an adjective
        # does not ("قصر رئاسي").
        and (token.core,) not in doc.lex.cities  # a city is read as one, with its state
        and (not doc.lex.knows(token.core) or not token.norm.endswith(("ي", "يه")))
        and token.norm not in doc.lex.given_names
    )
