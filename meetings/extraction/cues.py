"""Which word of a clause is its meeting cue (see `triggers`), and of what kind: a verb
("التقى", "بحث مع"), a meeting noun ("لقاء"), a definite one ("الاجتماع"), attendance
("حضر"); or none, for a cue word that names a unit or a room, an invitation received,
a visit to a place.
"""

from typing import NamedTuple

from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import head, is_counterpart, is_title, per_word

_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
_TOLD_WHO_MET = ("جمع", "تلقا", "اجرا", "اجرت")  # normalised
# What one receives without meeting its sender (normalised): "تلقى دعوة", "تسلم رسالة".
_SENT_ITEMS = frozenset(
    {"دعوه", "دعوات", "رساله", "رسائل", "رسالتين", "رسالتان", "برقيه", "برقيات", "تهنئه"}
    | {"تهاني", "تعازي"}
)
# The nouns of the held verbs (normalised): "إجراء مكالمة", "عقد لقاء".
_HOLDING = frozenset({"اجراء", "عقد"})
# normalised, without the article: what "مكتب اتصال", "قاعة الاجتماعات" are
_UNITS = frozenset({"مكتب", "اداره", "قسم", "مديريه", "وحده", "خليه", "قاعه", "مركز"})
# What two hold together in public (normalised): "مؤتمر صحفي مشترك مع نظيره".
_APPEARANCES = frozenset({"مؤتمر", "مؤتمرا", "تصريح", "تصريحات", "تصريحا", "ايجاز"})
_JOINT = frozenset({"مشترك", "مشتركه", "مشتركا"})
# A visit (normalised, after و or ف too), in the past: "زار فلان نظيره".
_VISITED = frozenset({"زار", "زارت", "زارا", "زاروا"})
# Touring officials (normalised, after و or ف too): "جال الموفد على رئيس المجلس".
_TOURED = frozenset({"جال", "جالت", "جالا", "جالوا"})
_TOURED_WORDS = 10  # from the verb to "على": its subject between
# Heads of several bodies named one after another: "جال على رؤساء الجمهورية فلان
# والمجلس علان والحكومة فلان" (normalised).
_HEADS_OF = frozenset({"رؤساء", "قاده", "وزراء"})
# Where someone is visited (normalised): "زاره في مكتبه".
_OWN_PREMISES = frozenset({"مكتبه", "مكتبها", "اقامته", "اقامتها", "منزله", "منزلها"})


class Cue(NamedTuple):
    """What a word is among the meeting cues (see `cue`)."""

    verb: bool  # a verb, bare or after و/ف; with ب/ل it is a noun ("لبحث": to discuss)
    held: bool  # a verb that needs a meeting noun: "عقد"
    agreed: bool  # "اتفق": with "مع" after it
    signed: bool  # "وقع", "شدد": with a counterpart after it (see _with_counterpart)
    attendance: bool
    chair: bool
    noun: bool  # a meeting noun, bare, after و/ف/ب, or with a possessive
    any_noun: bool  # a meeting noun in any of the word's forms
    definite: bool


@per_word
def cue(lex: Lexicon, t: Token) -> Cue:
    """Asked of every word of every clause; kept per word (see `words.per_word`)."""
    return Cue(
        verb=t.norm in lex.verbs or t.bare in lex.verbs,
        held=t.norm in lex.held_verbs or t.bare in lex.held_verbs,
        agreed=t.bare in lex.agreed_with,
        signed=t.bare in lex.signed_with,
        attendance=in_any(t, lex.attendance) is not None,
        chair=in_any(t, lex.chair) is not None,
        noun=t.norm in lex.nouns
        or t.bare in lex.nouns
        or _possessed_noun(lex, t)
        or (t.prefix.endswith("ب") and t.core in lex.nouns),  # "بدأ زيارته بلقاء فلان"
        any_noun=in_any(t, lex.nouns) is not None,
        definite=in_any(t, lex.definite_nouns) is not None,
    )


def clause_cue(lex: Lexicon, tokens: list[Token], start: int, end: int, claimed: set[int]):
    """(position, kind) of the clause's cue: verb, noun, definite, attendance; or None.
    A cue word inside an office is none ("مستشار مكلف بالاتصال"), nor one naming a unit
    or a room ("مكتب اتصال الاتحاد", "بقاعة الاجتماعات")."""
    cues = [cue(lex, t) for t in tokens[start:end]]
    meeting_noun_ahead = any(c.any_noun or c.definite for c in cues) or _calls(tokens, start, end)
    for k, c in enumerate(cues, start):
        if k in claimed or (k > start and tokens[k - 1].undefined in _UNITS):
            continue
        # "اتفق X مع نظيره على ...", "ووقع X ونظيره Y": agreeing or signing with
        # someone is meeting them
        saying = tokens[k].bare in lex.reporting_verbs
        agreed = (
            c.agreed
            and (
                any(x.norm == "مع" for x in tokens[k + 1 : end])
                or _with_joined_office(lex, tokens, k + 1, end)
            )
        ) or (
            c.signed
            and (
                _with_counterpart(lex, tokens, k + 1, end, joined_only=saying)
                or (not saying and _with_joined_office(lex, tokens, k + 1, end))
            )
        )
        if tokens[k].prefix == "ل" and _then_met(lex, tokens, k, end):
            return k, "verb"  # "ليلتقي بعدها مع فلان": and then he met
        if c.verb and _received_item(lex, tokens, k, end):
            continue  # "تلقى دعوة رسمية من نظيره": an invitation, not a call
        if k not in claimed and (
            _joint_appearance(tokens, k, end)
            or _visited_someone(lex, tokens, k, end)
            or _toured_officials(lex, tokens, k, end)
        ):
            return k, "verb"
        if c.verb or agreed or (meeting_noun_ahead and c.held):
            follows = tokens[k + 1].norm if k + 1 < end else ""
            return k, "again" if follows in lex.pronoun_partners else "verb"
        if c.attendance:
            if c.chair and _co_chaired(tokens, k, end):
                return k, "verb"  # "ترأس خلالها مع نظيره الليبي فلان أشغال اللجنة"
            if c.chair and any(
                t2.norm in lex.nouns or t2.bare in lex.nouns for t2 in tokens[k + 1 : end]
            ):
                return k, "verb"  # "ترأس اجتماعا للجنة": a meeting of its own
            return k, "attendance"
        if c.noun:
            # "كشف فلان عن إجراء مكالمة مع علان": the noun of a held verb before the
            # meeting noun makes the sentence's subject a party, as the verb would.
            # Not "لعقد لقاءات": to hold them, a purpose.
            held = k > start and tokens[k - 1].core in _HOLDING and not tokens[k - 1].prefix
            return k, "verb" if held or _names_its_parties(tokens, k, end) else "noun"
        if c.definite:
            verb_after = any(later.verb for later in cues[k + 1 - start :])
            if (
                _on_the_sidelines(tokens, start, k)
                or _came_to_attend(tokens, start, k)
                or (verb_after and _after_it(tokens, start, k))
            ):
                # "على هامش الاجتماع، عقد لقاء", "يزور فيينا لحضور الاجتماع ...،
                # التقى": a meeting of its own, if one is told after
                continue
            if _brought_together(tokens, k, end):
                return k, "verb"  # "عقب اللقاء الذي جمعه بالوزير": its parties follow
            return k, "definite"
    return None


def _received_item(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """Is the verb at k one of receiving ("تلقى"), and what it received an invitation, a
    letter or a greeting rather than a call? What follows a call is no longer its object:
    "تلقى فلان اتصالا من علان، وقدم له التهنئة"."""
    if not tokens[k].bare.startswith(("تلق", "يتلق")):
        return False
    for t in tokens[k + 1 : end]:
        if in_any(t, lex.nouns):
            return False
        if t.core.removeprefix("ال") in _SENT_ITEMS:
            return True
    return False


def _joint_appearance(tokens: list[Token], k: int, end: int) -> bool:
    """ "في مؤتمر صحفي مشترك مع ضيفه", "في تصريح مشترك مع رئيس الحكومة": appearing
    together before the press is meeting; who speaks and who is after "مع" are its
    parties."""
    if tokens[k].norm not in _JOINT or k + 1 >= end or tokens[k + 1].norm != "مع":
        return False
    before = (tokens[i].core for i in range(max(0, k - 3), k))
    return any(word in _APPEARANCES for word in before)


def _visited_someone(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "زار الوزير فلان نظيره علان", "وزار فلان المدير علان في مكتبه": visiting a
    person, not a place ("زار الوزير مدينة بنغازي"), is meeting them."""
    if tokens[k].norm.removeprefix("و").removeprefix("ف") not in _VISITED:
        return False
    after = tokens[k + 1 : end]
    return any(is_counterpart(lex, t) and not t.prefix for t in after) or any(
        t.core in _OWN_PREMISES for t in after
    )


_CO_CHAIR_WORDS = 3  # from the verb to "مع": "ترأس خلالها مع", "ترأست أمس مع"


def _co_chaired(tokens: list[Token], k: int, end: int) -> bool:
    """ "ترأس خلالها مع نظيره الليبي فلان أشغال اللجنة": chairing with someone is
    meeting them."""
    return any(t.norm == "مع" for t in tokens[k + 1 : min(end, k + 1 + _CO_CHAIR_WORDS)])


def _toured_officials(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "جال الموفد بالأمس على رئيس مجلس النواب فلان": touring officials ("على" an
    office) is visiting them, one after another; not a tour of a place."""
    if tokens[k].norm.removeprefix("و").removeprefix("ف") not in _TOURED:
        return False
    for j in range(k + 1, min(end - 1, k + _TOURED_WORDS)):
        if tokens[j].norm == "علي":
            officials = tokens[j + 1]
            return (
                head(lex, officials) is not None
                or is_counterpart(lex, officials)
                or officials.norm in _HEADS_OF
            )
    return False


def _with_counterpart(
    lex: Lexicon, tokens: list[Token], start: int, end: int, *, joined_only: bool
) -> bool:
    """Is a counterpart named with "مع" or "و" in the clause ("مع نظيره", "ونظيرها")?
    After a verb of saying, only as a second subject: "شدد X ونظيره Y على" reports
    the two together, "أكد X أهمية التنسيق مع نظيره" does not."""
    for k in range(start, end):
        t = tokens[k]
        joined = t.prefix == "و"
        if is_counterpart(lex, t) and (joined or (not joined_only and tokens[k - 1].norm == "مع")):
            return True
    return False


def _calls(tokens: list[Token], start: int, end: int) -> bool:
    """ "أجرى سلسلة من الاتصالات الهاتفية", "أجرى سلسلة اتصالات مع نظرائه": calls, not
    telecommunications."""
    return any(
        tokens[k].core.removeprefix("ال") == "اتصالات"
        and (
            tokens[k + 1].core.endswith("هاتفيه")
            or tokens[k + 1].norm == "مع"
            or (k > start and tokens[k - 1].core == "سلسله")
        )
        for k in range(start, end - 1)
    )


def _with_joined_office(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """Is a second signer named by office after "و" ("وقع مدير الأمن العام فلان
    والسفير الأمريكي علان اتفاقية"), or are two named by office ("ووقع عن الجانب
    الأردني وزير الداخلية فلان وعن الجانب الإماراتي وزير الداخلية علان")? Signing
    together is meeting."""
    heads = [t for t in tokens[start:end] if not is_title(lex, t) and head(lex, t) is not None]
    return len(heads) >= 2 or any(t.prefix.startswith("و") for t in heads)


def _brought_together(tokens: list[Token], k: int, end: int) -> bool:
    """ "عقب اللقاء الذي جمعه بفلان", "الاتصال الهاتفي، الذي تلقاه فلان من علان": the
    meeting noun (an adjective and a comma may follow), a relative, and a verb telling
    who met with a pronoun ("اللقاء الذي جمع بين الوفدين" refers back)."""
    j = k + 1
    while j < end and j < k + 3 and (tokens[j].is_punct or tokens[j].definite):
        if tokens[j].norm in ("الذي", "التي"):
            break
        j += 1
    if j + 1 >= end or tokens[j].norm not in ("الذي", "التي"):
        return False
    verb = tokens[j + 1].bare
    return verb.endswith(("ه", "ها", "هما", "هم")) and verb.startswith(_TOLD_WHO_MET)


def _on_the_sidelines(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k what another is held on the sidelines of ("على هامش
    الاجتماع", "في هامش هذا اللقاء")?"""
    before = k - 1
    if before > start and tokens[before].norm in _DEMONSTRATIVES:
        before -= 1
    return before >= start and tokens[before].core == "هامش"


# What tells a verb with ل of what came next, not of a purpose (normalised).
NEXT = frozenset({"بعدها", "بعده", "لاحقا", "اثرها"})


def _then_met(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "ليجتمع بعدها برئيس البرلمان": ل on an imperfect verb of meeting, followed
    by "then", tells what its subject did next, in the past; without it, "ليلتقي" is a
    purpose ("وصل ليلتقي")."""
    t = tokens[k]
    return t.prefix == "ل" and t.core in lex.verbs and k + 1 < end and tokens[k + 1].norm in NEXT


# "After" a meeting (normalised, after و too): "وبعد اللقاء مع الرئيس، استقبل ...".
AFTER = frozenset({"بعد", "عقب", "اثر"})


def _after_it(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k what the clause's verb came after ("وعقب الاجتماع
    بالرئيس، التقى رئيس الحكومة فلان الضيف")? The verb tells another."""
    return k > start and tokens[k - 1].norm.removeprefix("و") in AFTER


# What one travels for (normalised): "للمشاركة في الاجتماع", "لحضور الاجتماع".
_TO_ATTEND = frozenset({"للمشاركه", "لحضور"})


def _came_to_attend(tokens: list[Token], start: int, k: int) -> bool:
    """Is the meeting noun at k the gathering someone came to attend ("وصل إلى فيينا
    للمشاركة في الاجتماع الوزاري")?"""
    before = k - 1
    if before > start and tokens[before].norm == "في":
        before -= 1
    return before >= start and tokens[before].norm in _TO_ATTEND


def _possessed_noun(lex: Lexicon, token: Token) -> bool:
    """A meeting noun with a possessive ending: "استقباله", "مباحثاتهما"."""
    for suffix in ("هما", "هم", "ها", "ه"):
        if not token.bare.endswith(suffix):
            continue
        stem = token.bare[: -len(suffix)]
        if stem[-1:] in ("ئ", "ؤ"):
            stem = stem[:-1] + "ء"  # "التقائه": التقاء + ه
        if stem in lex.nouns:
            return True
    return False


def _names_its_parties(tokens: list[Token], k: int, end: int) -> bool:
    """Does a meeting noun report its parties as a verb would: with a possessive of two
    or more ("اتفق X وY خلال لقائهما"), "with" after it ("قال X خلال لقاء مع نظيره"),
    or "brought together" ("لقاء جمع X مع Y")? Then the people before it take part."""
    t = tokens[k]
    if t.prefix.endswith("ب"):
        return True  # "بدأ فلان زيارته بلقاء علان": the verb's subject met
    # "لدى استقباله فلانا", "خلال لقائه نظيره": the possessor met (a ة the
    # normalised form spells ه is no possessive: "مكالمة")
    if t.norm.endswith(("ه", "ها", "هما", "هم")) and len(t.norm) > 4 and "ة" not in t.text[-2:]:
        return True
    # the word after it, or the one after an adjective ("لقاء ثنائي جمعه بفلان"), or
    # after a verb holding it ("في اتصال هاتفي أجراه مع فلان", "أجرته", "تلقاه")
    for i, follows in enumerate((x.bare for x in tokens[k + 1 : min(k + 4, end)]), k + 1):
        if follows == "مع" and (i < k + 3 or tokens[i - 1].norm.endswith(("اه", "ته"))):
            return True
        if follows.startswith("جمع") and i < k + 3:
            return True
    return False
