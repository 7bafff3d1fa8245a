"""Gatherings, for `cues`: a summit that brought people together or that they held
("القمة التي جمعت فلان وعلان", "عقد الرئيسان قمة ثنائية"), a meeting they chaired
("رأس فلان وعلان اجتماع ..."), "تحت رئاسة", and a gathering someone came to attend or
was taking part in, where what is told is set rather than met.
"""

from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import TAKING_PART

# A summit (normalised core), a meeting only when the text says whom it brought together.
_SUMMITS = frozenset({"القمه", "قمه"})


def summit_of(tokens: list[Token], k: int, end: int) -> bool:
    """ "القمة المشتركة التي جمعت الملك فلان والرئيس علان", "القمة المصرية-
    الأوزبكية بين الرئيس فلان ونظيره علان": a summit, its adjectives, then "which brought
    together" or "between" and its parties."""
    if tokens[k].core not in _SUMMITS:
        return False
    j = k + 1
    while j < min(end, k + 5) and (
        (tokens[j].definite and tokens[j].norm not in ("الذي", "التي")) or tokens[j].norm == "-"
    ):
        j += 1
    if j < end and tokens[j].norm == "بين":
        return True
    return j + 1 < end and tokens[j].norm == "التي" and tokens[j + 1].bare in ("جمعت", "ضمت")


def held_summit(tokens: list[Token], start: int, end: int) -> bool:
    """Does the clause name a summit its subjects held, indefinite and told by its
    adjectives ("عقد الرئيس فلان والملك علان قمة ليبية تونسية", "قمة ثنائية")? A summit
    named by its own name ("قمة العشرين") is a conference, not their meeting."""
    return any(
        tokens[k].core in _SUMMITS
        and not tokens[k].definite
        and not tokens[k + 1].definite
        and tokens[k + 1].norm.endswith("يه")
        for k in range(start, end - 1)
    )


# "رأس" (normalised), the verb: he chaired; a noun too ("على رأس وفد", "رأس المال").
_HEADED = "راس"
_HEADED_REACH = 8  # from the verb to its meeting noun: "رأس الوزير وفلان اجتماع"


def headed_meeting(lex: Lexicon, tokens: list[Token], start: int, k: int, end: int) -> bool:
    """Is the word at k the verb "رأس" opening its clause (after "و", "كما", "ثم"),
    with a meeting noun its object ("كما رأس وزير الخارجية السوداني وفلان اجتماع
    آلية التشاور")? Chairing a meeting together is meeting."""
    if tokens[k].bare.removeprefix("و") != _HEADED:
        return False
    opening = all(t.norm in lex.continuation or t.is_punct for t in tokens[start:k])
    return opening and any(
        in_any(t, lex.nouns) for t in tokens[k + 1 : min(end, k + 1 + _HEADED_REACH)]
    )


def under_chairmanship(tokens: list[Token], start: int, k: int) -> bool:
    """Is the word at k "رئاسة" after "تحت" ("تحت رئاسة كل من فلان وعلان")? Those who
    co-chaired a session met."""
    return k > start and tokens[k].core == "رئاسه" and tokens[k - 1].norm == "تحت"


# What one travels for (normalised): "للمشاركة في الاجتماع", "لحضور الاجتماع".
_TO_ATTEND = frozenset({"للمشاركه", "لحضور"})


def came_to_attend(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k the gathering someone came to attend ("وصل إلى فيينا
    للمشاركة في الاجتماع الوزاري")?"""
    before = k - 1
    if before > start and tokens[before].norm == "في":
        before -= 1
    return before >= start and tokens[before].norm in _TO_ATTEND


def taking_part(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k a gathering someone was taking part in ("خلال مشاركته
    في اجتماعات مجلس الجامعة")? What is told of it is set there, not met in it; not
    "خلال مشاركته في اجتماع مع نظيره", a meeting with someone."""
    if k + 1 < len(tokens) and tokens[k + 1].norm == "مع":
        return False
    if k - 2 >= start and tokens[k - 1].norm == "في":
        return tokens[k - 2].norm.removeprefix("و") in TAKING_PART
    # "بالمشاركة في الجولة الثانية من اجتماعات اللجنة": a round or session of them
    return (
        k - 3 >= start
        and tokens[k - 1].norm == "من"
        and any(
            tokens[j].norm == "في" and tokens[j - 1].norm.removeprefix("و") in TAKING_PART
            for j in range(max(start + 1, k - 5), k - 1)
        )
    )
