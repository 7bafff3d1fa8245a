"""Acts two people do together, or one does to the other, that make them met: opening,
inspecting or supervising something together, witnessing a signing, one briefing the
other or informing them; and summoning an envoy, unless one's own is recalled (see
`cues`)."""

from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import COMMAS, DURING, head, is_title

# Recalling one's own envoy rather than summoning another state's (normalised): "استدعت
# الوزارة سفيرها للتشاور".
_FOR_CONSULTATION = frozenset({"للتشاور", "للتشاورات"})


def recalled(tokens: list[Token], k: int, end: int) -> bool:
    """Is the verb at k one of summoning ("استدعى"), and whom it summoned its own envoy
    ("سفيرها") or called home for consultation? Summoning another's is meeting him."""
    if not tokens[k].bare.startswith(("استدع", "يستدع", "تستدع")):
        return False
    return any(
        t.norm in _FOR_CONSULTATION
        # "سفيره", "سفيرها", "سفيرتها" as written: "سفيرة السويد" is another's
        or (t.core[:4] == "سفير" and t.text.endswith(("ه", "ها")))
        for t in tokens[k + 1 : end]
    )


# Two who opened something together (normalised, after و or ف too): "دشنا", "افتتحا",
# or "قاما" and the act with ب: "قاما مساء أمس بتدشين الطريق".
_OPENED_BY_TWO = frozenset({"دشنا", "افتتحا", "تفقدا", "دشنتا", "افتتحتا", "تفقدتا"})
_DID_BY_TWO = frozenset({"قاما", "قامتا"})
_OPENINGS = frozenset({"بتدشين", "بافتتاح", "بتفقد", "بوضع"})  # "بوضع حجر الأساس"
_DID_WORDS = 5  # from "قاما" to the act: a time and a place between
_OPENED_OR_DID = frozenset(
    prefix + verb for verb in _OPENED_BY_TWO | _DID_BY_TWO for prefix in ("", "و", "ف")
)


# Supervising an opening or a closing together (normalised): "أشرف الوزير فلان
# والجزائري علان على افتتاح أشغال اللقاء".
_SUPERVISED = frozenset({"اشرف", "واشرف", "اشرفا", "واشرفا", "اشرفت", "واشرفت"})
_OPENING_OR_CLOSING = frozenset({"افتتاح", "اختتام", "انطلاق", "انطلاقه"})
_SUPERVISED_WORDS = 16  # from the verb to "على": two offices and names, a date
# Witnessing a signing together (normalised): "شهد الرئيس فلان والرئيس علان مراسم التوقيع".
_WITNESSED = frozenset({"شهد", "وشهد", "شهدا", "وشهدا"})
_SIGNINGS = frozenset({"مراسم", "توقيع", "التوقيع", "حفل"})
_WITNESSED_WORDS = 22  # from the verb to the ceremony: two offices and names, a date


def opened_together(tokens: list[Token], k: int, end: int) -> bool:
    """ "الوزير فلان، ونظيره علان، قاما بتدشين الطريق": two who inaugurate, lay a
    stone or inspect together, told by a dual verb, are met; the two are its subject.
    So are two who supervise an opening ("أشرف فلان وعلان على افتتاح الأشغال") or
    witness a signing ("شهد فلان والرئيس علان مراسم التوقيع")."""
    norm = tokens[k].norm
    if norm in _SUPERVISED:
        return _supervised_together(tokens, k, end)
    if norm in _WITNESSED:
        return _witnessed_together(tokens, k, end)
    if norm not in _OPENED_OR_DID:
        return False  # asked of every word of every clause: the quick answer first
    verb = norm.removeprefix("و").removeprefix("ف")
    if verb in _OPENED_BY_TWO:
        return True
    return any(t.norm in _OPENINGS for t in tokens[k + 1 : min(end, k + 1 + _DID_WORDS)])


def _supervised_together(tokens: list[Token], k: int, end: int) -> bool:
    """The supervising verb at k, two subjects joined by "و" after it, then "على" and
    an opening or a closing."""
    for j in range(k + 2, min(end - 1, k + _SUPERVISED_WORDS)):
        if tokens[j].norm == "علي":
            return tokens[j + 1].core in _OPENING_OR_CLOSING and any(
                t.prefix.startswith("و") for t in tokens[k + 2 : j]
            )
    return False


def _witnessed_together(tokens: list[Token], k: int, end: int) -> bool:
    """The verb of witnessing at k, two subjects after it (a dual verb, or "و" between),
    then the ceremony or the signing witnessed."""
    dual = tokens[k].norm.endswith("ا")
    for j in range(k + 2, min(end, k + _WITNESSED_WORDS)):
        if tokens[j].core in _SIGNINGS:
            return dual or any(t.prefix.startswith("و") for t in tokens[k + 2 : j])
    return False


# Briefing someone, with the hamza that tells it from "اطّلع" (looked into), as written:
# "أطلع المحافظ فلان السفير علان على آخر التطورات".
_BRIEFED = ("أطلع", "وأطلع", "فأطلع")
_BRIEFED_WORDS = 28  # from the verb to "على": the subject, the one briefed, a date


# Verbs of informing someone, who is their object (bare, normalised).
_INFORMED = frozenset({"ابلغ", "ابلغت", "اخبر", "اخبرت"})
# What puts the informing in a call or a meeting: "خلال اتصال", "في اتصال هاتفي".
_DURING_IT = DURING | {"في"}


def informed_someone(lex: Lexicon, tokens: list[Token], k: int, end: int, claimed) -> bool:
    """Is the verb at k one of informing someone named by office or title right after
    the speaker's name, during a call or a meeting ("أبلغ رئيس الوزراء فلان، الرئيس
    الفرنسي علان، خلال اتصال هاتفي، معارضته")? The two spoke. The speaker's name ends on
    a bare word. Not "أبلغ فلان، الرئيس علان، عبر منشور، أنه لن يحضر الاجتماع"."""
    if tokens[k].bare not in _INFORMED:
        return False
    if not any(
        tokens[j].norm in _DURING_IT and in_any(tokens[j + 1], lex.nouns) is not None
        for j in range(k + 1, end - 1)
    ):
        return False
    for j in range(k + 2, end):
        before, t = tokens[j - 1], tokens[j]
        if before.norm in COMMAS and j - 2 in claimed:
            before = tokens[j - 2]
        elif j - 1 not in claimed:
            return False
        if before.definite or before.prefix or head(lex, before) is not None:
            continue
        if j in claimed and not t.prefix and (is_title(lex, t) or head(lex, t) is not None):
            return True
    return False


def briefed_someone(tokens: list[Token], k: int, end: int, claimed: set[int]) -> bool:
    """Is the verb at k one of briefing someone named before "على"? The briefer and the
    one briefed met."""
    if not tokens[k].text.startswith(_BRIEFED):
        return False
    if k and tokens[k - 1].norm == "فيما":
        return False  # "فيما أطلع الفريق المسؤول على ...": the other side, at the same meeting
    for j in range(k + 2, min(end, k + _BRIEFED_WORDS)):
        if tokens[j].norm == "علي":
            return any(i in claimed for i in range(k + 1, j))
    return False
