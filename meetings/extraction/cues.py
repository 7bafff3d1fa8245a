"""Which word of a clause is its meeting cue (see `triggers`), and of what kind: a verb
("التقى", "بحث مع"), a meeting noun ("لقاء"), a definite one ("الاجتماع"), attendance
("حضر"); or none, for a cue word that names a unit or a room, an invitation received,
a visit to a place. The frames beyond the word itself are `encounters`', and where a
meeting stands in time against other events `cue_times`'.
"""

from typing import NamedTuple

from .acts_together import briefed_someone, informed_someone, opened_together, recalled
from .cue_times import after_it, came_amid, then_met
from .encounters import (
    addressed_in_person,
    by_phone_to_someone,
    calls,
    co_chaired,
    interview,
    joint_appearance,
    received_item,
    toured_officials,
    visited_someone,
    visits_took_in_officials,
    welcomed_someone,
    with_counterpart,
    with_joined_office,
)
from .gatherings import (
    came_to_attend,
    headed_meeting,
    held_summit,
    summit_of,
    taking_part,
    under_chairmanship,
)
from .lexicon import Lexicon
from .name_parts import verb_with_object
from .tokens import Token, in_any
from .words import (
    COMMAS,
    DELEGATION,
    DEMONSTRATIVES,
    DISPLACED,
    HOLDING,
    RELATIVES,
    SEVERAL,
    government_led_by,
    per_word,
)

_TOLD_WHO_MET = ("جمع", "تلقا", "اجرا", "اجرت")  # normalised
# Asking for a meeting to be held (normalised cores): "طلبها عقد اجتماع".
_ASKING = frozenset({"طلب", "طلبه", "طلبها", "طلبهم", "دعوه", "الدعوه", "مطالبه", "المطالبه"})
# Beginning a meeting (normalised): "بدأ فلان وعلان اجتماعاً" has its parties as the
# subject, while in "بدأ في باماكو اجتماع لوزراء ..." the meeting itself begins.
_BEGAN = frozenset({"بدا", "بداا", "بدات", "بداوا"})
_IN_IT = frozenset({"فيها", "فيه"})  # normalised: "ترأس الوفد الجزائري فيها"
# normalised, without the article: what "مكتب اتصال", "قاعة الاجتماعات" are
_UNITS = frozenset({"مكتب", "اداره", "قسم", "مديريه", "وحده", "خليه", "قاعه", "مركز"})


class Cue(NamedTuple):
    """What a word is among the meeting cues (see `cue`)."""

    verb: bool  # a verb, bare or after و/ف; with ب/ل it is a noun ("لبحث": to discuss)
    held: bool  # a verb that needs a meeting noun: "عقد"
    agreed: bool  # "اتفق": with "مع" after it
    signed: bool  # "وقع", "شدد": with a counterpart after it (see `encounters`)
    attendance: bool
    chair: bool
    noun: bool  # a meeting noun, bare, after و/ف/ب, or with a possessive
    any_noun: bool  # a meeting noun in any of the word's forms
    definite: bool


# A party given (normalised cores): "حفل استقبال", "مأدبة استقبال".
_PARTIES_HELD = frozenset({"حفل", "حفله", "مادبه"})
# "ودّعت" (she saw off), and "و" + "دعت" (and she called, "إلى" after it), normalised.
_SHE_CALLED = "ودعت"
# "Headed by" (normalised), after a body: who heads it, told of no meeting.
_HEADED_BY = "برئاسه"
# "مقابلة" is an audience only as what someone was granted ("حظي بمقابلة") (normalised).
_AUDIENCE = "مقابله"


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


# Receiving whom is hosting them, not meeting them (normalised, the article and a
# preposition allowed): "استقبال اللاجئين", "لاستقبال الحجاج".
_HOSTED = (
    DISPLACED
    | {"الحجاج", "المعتمرين", "السياح", "الزوار"}
    | {"الجرحي", "المرضي", "الطلبه", "الشكاوي", "المكالمات", "الطلبات", "البلاغات"}
)


def _receiving_many(tokens: list[Token], k: int, end: int) -> bool:
    """Is the word at k "استقبال" of refugees, pilgrims or complaints?"""
    return tokens[k].core == "استقبال" and k + 1 < end and tokens[k + 1].core in _HOSTED


def clause_cue(lex: Lexicon, tokens: list[Token], start: int, end: int, claimed: set[int]):
    """(position, kind) of the clause's cue: verb, noun, definite, attendance; or None.
    A cue word inside an office is none ("مستشار مكلف بالاتصال"), nor one naming a unit
    or a room ("مكتب اتصال الاتحاد", "بقاعة الاجتماعات")."""
    cues = [cue(lex, t) for t in tokens[start:end]]
    meeting_noun_ahead = (
        any(c.any_noun or c.definite for c in cues)
        or calls(tokens, start, end)
        or held_summit(tokens, start, end)
    )
    for k, c in enumerate(cues, start):
        if k in claimed or (k > start and tokens[k - 1].undefined in _UNITS):
            continue
        if _receiving_many(tokens, k, end):
            continue  # "في مجال استقبال اللاجئين": hosting people, not meeting them
        if k > start and tokens[k - 1].core in _PARTIES_HELD and tokens[k].core == "استقبال":
            continue  # "أقام حفل استقبال حضره عدد من الشخصيات": a party given
        if tokens[k].norm == _SHE_CALLED and any(t.norm == "الي" for t in tokens[k + 1 : k + 9]):
            continue  # "ودعت الممثلة الأممية إلى ...": she called for it, not a farewell
        # "اتفق X مع نظيره على ...", "ووقع X ونظيره Y": agreeing or signing with
        # someone is meeting them
        saying = tokens[k].bare in lex.reporting_verbs
        agreed = (
            (
                (c.agreed or verb_with_object(lex, tokens[k].norm))  # "ما ناقشه فلان مع علان"
                and (
                    any(x.norm == "مع" for x in tokens[k + 1 : end])
                    or with_joined_office(lex, tokens, k + 1, end)
                )
            )
            or (
                c.signed
                and (
                    with_counterpart(lex, tokens, k + 1, end, joined_only=saying)
                    or (not saying and with_joined_office(lex, tokens, k + 1, end))
                )
            )
            or (saying and addressed_in_person(lex, tokens, k, end, claimed))
            or welcomed_someone(lex, tokens, k, end, claimed)
        )
        if headed_meeting(lex, tokens, start, k, end):
            return k, "verb"  # "كما رأس وزير الخارجية وفلان اجتماع آلية التشاور"
        if informed_someone(lex, tokens, k, end, claimed):
            return k, "verb"  # "أبلغ فلان، الرئيس علان، خلال اتصال هاتفي، ..."
        if summit_of(tokens, k, end):
            return k, "noun"  # "القمة المشتركة التي جمعت الملك فلان والرئيس علان"
        if tokens[k].prefix == "ل" and then_met(lex, tokens, k, end):
            return k, "verb"  # "ليلتقي بعدها مع فلان": and then he met
        if c.verb and received_item(lex, tokens, k, end):
            continue  # "تلقى دعوة رسمية من نظيره": an invitation, not a call
        if c.verb and recalled(tokens, k, end):
            continue  # "استدعت سفيرها للتشاور": its own envoy called home
        if _hosting_an_event(tokens, k):
            continue  # "الاجتماع التشاوري الذي تستضيفه الكويت غدا": the event's host
        if k not in claimed and (
            briefed_someone(tokens, k, end, claimed)
            or joint_appearance(tokens, k, end)
            or opened_together(tokens, k, end)
            or visited_someone(lex, tokens, k, end)
            or toured_officials(lex, tokens, k, end)
            or visits_took_in_officials(lex, tokens, k, end)
            or by_phone_to_someone(lex, tokens, k, end)
        ):
            return k, "verb"
        if c.held and (
            _asked_for(tokens, start, k) or _told_of_an_event_before(tokens, k, claimed)
        ):
            continue
        if (c.verb or agreed) and (subject := _meeting_as_subject(lex, tokens, start, k, end)):
            return subject, "definite"  # "كما ناقش اللقاء ...": the meeting told before
        if c.verb or agreed or (meeting_noun_ahead and c.held):
            follows = tokens[k + 1].norm if k + 1 < end else ""
            return k, "again" if follows in lex.pronoun_partners else "verb"
        if c.attendance and government_led_by(tokens, start, k):
            continue
        if (
            c.attendance
            and tokens[k].norm == _HEADED_BY
            and k - 1 in claimed
            and not any(t.core in DELEGATION for t in tokens[max(start, k - 3) : k])
        ):
            # "منعوا بعثة الأمم المتحدة برئاسة فلان من الخروج": who heads the body; a
            # delegation's head met with it ("وكان الوفد الأمريكي برئاسة فلان قد وصل")
            continue
        if under_chairmanship(tokens, start, k):
            return k, "verb"  # "اختتمت أشغال اللجنة المشتركة تحت رئاسة كل من فلان وعلان"
        if (
            c.attendance
            and c.chair
            and k + 1 < end
            and tokens[k + 1].core in DELEGATION
            and not any(t.norm in _IN_IT for t in tokens[k + 2 : k + 4])
        ):
            # "ويترأس الوفد وزير الدفاع": who leads a delegation, told of no meeting
            # ("ترأس الوفد فيها" a session's: "أشغال الدورة ... التي ترأس الوفد فيها")
            continue
        if c.attendance:
            if c.chair and co_chaired(lex, tokens, k, end):
                return k, "verb"  # "ترأس خلالها مع نظيره الليبي فلان أشغال اللجنة"
            if c.chair and any(
                t2.norm in lex.nouns or t2.bare in lex.nouns for t2 in tokens[k + 1 : end]
            ):
                return k, "verb"  # "ترأس اجتماعا للجنة": a meeting of its own
            return k, "attendance"
        if c.noun and interview(tokens, k, end):
            continue  # "قال في لقاء مع قناة ...": an interview, not a meeting
        if tokens[k].core == _AUDIENCE and not tokens[k].prefix.endswith("ب"):
            continue  # "في مقابلة مع الإعلامي فلان": an interview; "حظي بمقابلة": an audience
        if c.noun and taking_part(tokens, start, k):
            continue  # "خلال مشاركته في اجتماعات مجلس الجامعة": a gathering attended
        if c.noun:
            # "كشف فلان عن إجراء مكالمة مع علان": the noun of a held verb before the
            # meeting noun makes the sentence's subject a party, as the verb would, with
            # "ب" too ("استهل زيارته بإجراء محادثة مع"). Not "لعقد لقاءات": a purpose.
            holding = tokens[k - 1] if k > start else None
            if holding is not None and holding.norm in SEVERAL and k - 1 > start:
                holding = tokens[k - 2]  # "قام بعقد عدة لقاءات مع ..."
            held = (
                holding is not None
                and (holding.core in HOLDING or holding.norm.removeprefix("ب") in HOLDING)
                and not holding.prefix.endswith("ل")
            )
            held = held or _began(tokens, start, k, claimed)
            if held and _asked_for(tokens, start, k - 1):
                continue
            return k, "verb" if held or _names_its_parties(tokens, k, end) else "noun"
        if c.definite:
            verb_after = any(later.verb for later in cues[k + 1 - start :])
            if (
                _on_the_sidelines(tokens, start, k)
                or came_to_attend(tokens, start, k)
                or came_amid(tokens, start, k, end)
                or (verb_after and after_it(tokens, start, k))
            ):
                # "على هامش الاجتماع، عقد لقاء", "يزور فيينا لحضور الاجتماع ...،
                # التقى": a meeting of its own, if one is told after
                continue
            if _brought_together(tokens, k, end):
                return k, "verb"  # "عقب اللقاء الذي جمعه بالوزير": its parties follow
            if _a_round_of(tokens, start, k):
                # "بدأ فلان جولة من المحادثات مع نظيره": talks of their own, new
                held = _began(tokens, start, k, claimed)
                return k, "verb" if held or _names_its_parties(tokens, k, end) else "noun"
            return k, "definite"
    return None


def _meeting_as_subject(
    lex: Lexicon, tokens: list[Token], start: int, k: int, end: int
) -> int | None:
    """The meeting noun right before or after a verb, as its subject: "إن اللقاء ناقش
    ...", "كما ناقش اللقاء ..."; none with a prefix ("باللقاء" is its object), none
    after a verb of holding ("عقد الاجتماع" holds it)."""
    if cue(lex, tokens[k]).held:
        return None
    for j in (k - 1, k + 1):
        if start <= j < end and not tokens[j].prefix and tokens[j].norm in lex.definite_nouns:
            return j
    return None


def _told_of_an_event_before(tokens: list[Token], k: int, claimed: set[int]) -> bool:
    """Is the holding at k told, in a relative clause, of an event named before it
    ("للمشاركة في المؤتمر السنوي الذي يعقد في واشنطن")? That event is no meeting of the
    clause's people, whose own cue may follow ("..., بلقاء فلان"); unlike a person's
    relative clause: "فلان، الذي عقد لقاء مع علان"."""
    if k < 2 or tokens[k - 1].norm not in RELATIVES:
        return False
    before = k - 2
    if before > 0 and tokens[before].norm in COMMAS:
        # "على هامش مؤتمر ميونخ للأمن 2026، الذي يشهد تجمعا": set off by a comma,
        # whatever its last word; a person's name before it is claimed
        return before - 1 not in claimed and not tokens[before - 1].is_punct
    return tokens[before].definite and before not in claimed


def _asked_for(tokens: list[Token], start: int, k: int) -> bool:
    """Is the holding at k ("عقد", "إجراء") of a meeting someone asked for, not one
    held ("شكر فرنسا على طلبها عقد جلسة طارئة للمجلس")?"""
    return k > start and tokens[k - 1].core.removeprefix("ب") in _ASKING


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
    if before > start and tokens[before].norm in DEMONSTRATIVES:
        before -= 1
    return before >= start and tokens[before].core == "هامش"


# A round or a number of meetings, before "من" and the meeting noun (normalised).
_ROUNDS = frozenset({"جوله", "جولات", "سلسله", "عدد", "عددا", "مزيد", "مزيدا"})


def _began(tokens: list[Token], start: int, k: int, claimed: set[int]) -> bool:
    """Does the clause open with "began", its subject named before the meeting noun at k
    ("بدأ فلان زيارته بلقاء", "بدأ فلان جولة من المحادثات")? The subject held it."""
    return tokens[start].bare in _BEGAN and any(i in claimed for i in range(start + 1, k))


def _a_round_of(tokens: list[Token], start: int, k: int) -> bool:
    """Is the definite meeting noun at k one of a round or a number ("جولة من
    المحادثات", "سلسلة من اللقاءات")? It names new meetings, not the one told before."""
    return k - 2 >= start and tokens[k - 1].norm == "من" and tokens[k - 2].core in _ROUNDS


def _hosting_an_event(tokens: list[Token], k: int) -> bool:
    """Is the word at k a verb of hosting after a relative ("الذي تستضيفه", "التي
    استضافتها")? It tells who hosts the event named before, no meeting with anyone."""
    return (
        k > 0
        and tokens[k - 1].norm in RELATIVES
        and any(stem in tokens[k].norm for stem in ("ستضيف", "ستضاف"))
    )


def _possessed_noun(lex: Lexicon, token: Token) -> bool:
    """A meeting noun with a possessive ending: "استقباله", "مباحثاتهما", and "my" in
    quoted speech where no adjective reads so ("خلال لقائي بالرئيس", "محادثاتي")."""
    for suffix in ("هما", "هم", "ها", "ه", "ي"):
        if not token.bare.endswith(suffix):
            continue
        stem = token.bare[: -len(suffix)]
        if suffix == "ي" and not stem.endswith(("ئ", "ات")):
            continue  # "اجتماعي" is social
        if stem[-1:] in ("ئ", "ؤ"):
            stem = stem[:-1] + "ء"  # "التقائه": التقاء + ه
        if stem in lex.nouns:
            return True
    return False


_WITH_HIM = frozenset({"معه", "معها", "معهما", "معهم"})


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
        if follows in _WITH_HIM and i < k + 3:
            return True  # "دعته إلى زيارة برلين في اتصال هاتفي معه": the one named before
        if follows.startswith("جمع") and i < k + 3:
            return True
    return False
