"""A meeting set in time against other events, for `cues`, `triggers` and `grouping`:
what a clause's verb came after ("وعقب الاجتماع بالرئيس، التقى ..."), a meeting that
"came" amid others ("ويأتي الاتصال في وقت ...") or with those who attended it ("وجاء
هذا الاستقبال بحضور فلان"), and what a verb with ل did next ("ليجتمع بعدها ب...").
"""

from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import DEMONSTRATIVES

# What tells a verb with ل of what came next, not of a purpose (normalised).
NEXT = frozenset({"بعدها", "بعده", "لاحقا", "اثرها"})


def then_met(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "ليجتمع بعدها برئيس البرلمان": ل on an imperfect verb of meeting, followed
    by "then", tells what its subject did next, in the past; without it, "ليلتقي" is a
    purpose ("وصل ليلتقي")."""
    t = tokens[k]
    return t.prefix == "ل" and t.core in lex.verbs and k + 1 < end and tokens[k + 1].norm in NEXT


# "After" a meeting (normalised, after و too): "وبعد اللقاء مع الرئيس، استقبل ...".
AFTER = frozenset({"بعد", "عقب", "اثر"})


def after_it(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k what the clause's verb came after ("وعقب الاجتماع
    بالرئيس، التقى رئيس الحكومة فلان الضيف")? The verb tells another."""
    return k > start and tokens[k - 1].norm.removeprefix("و") in AFTER


# "Came" (normalised), of a meeting set in its time: "ويأتي الاتصال في وقت ...".
_CAME = frozenset({"ياتي", "تاتي", "جاء", "جاءت"})
# What sets it among other events, not its parties (normalised): "في وقت", "في ظل",
# "وسط", "بالتزامن مع".
_AMID = frozenset({"وقت", "ظل"})
_AMID_ALONE = frozenset({"وسط", "بالتزامن", "تزامنا"})


def came(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k the subject of "came" ("ويأتي هذا الاجتماع ...")?"""
    before = k - 1
    if before > start and tokens[before].norm in DEMONSTRATIVES:
        before -= 1
    return before >= start and tokens[before].norm.removeprefix("و") in _CAME


def attended_as_it_came(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """Does "came" tell who attended the meeting at k ("وجاء هذا الاستقبال بحضور
    فلان")? Then those it names took part."""
    return k + 1 < end and in_any(tokens[k + 1], lex.attendance) is not None


def came_amid(tokens: list[Token], start: int, k: int, end: int) -> bool:
    """Is the meeting noun at k the subject of "came" and set among other events
    ("ويأتي هذا الاتصال في وقت جدد فيه الرئيس فلان موقف بلاده", "وجاء اللقاء وسط
    ...")? Whoever the clause names is of those events, not of the meeting."""
    if not came(tokens, start, k):
        return False
    after = k + 1
    if after < end and tokens[after].definite and tokens[after].norm.endswith(("ي", "يه")):
        after += 1  # an adjective: "الاتصال الهاتفي"
    if after < end and tokens[after].norm in _AMID_ALONE:
        return True
    return after + 1 < end and tokens[after].norm == "في" and tokens[after + 1].norm in _AMID


def did_something(lex: Lexicon, tokens: list[Token], position: int) -> bool:
    """Is the meeting noun at `position` the subject of a verb in the past right before
    or after it ("كما تناول الاجتماع", "إن اللقاء ناقش")? A meeting that did so was held."""
    return any(
        0 <= k < len(tokens)
        and not tokens[k].prefix.startswith(("ل", "ب"))
        and (in_any(tokens[k], lex.verbs) is not None or tokens[k].bare in lex.agreed_with)
        and tokens[k].norm not in lex.imperfect_verbs
        and tokens[k].bare not in lex.imperfect_verbs
        for k in (position - 1, position + 1)
    )
