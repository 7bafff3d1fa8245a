"""Whether a clause tells of the meeting before it: what it refers back to ("خلال
اللقاء", "حضر الاجتماع", "جرى بحث"), the new parties it brings in, and whether a
sentence with no cue goes on about the meeting. What tells another meeting is
`other_meetings`'; grouping clauses into meetings is `grouping`'s.
"""

from .cue_times import AFTER
from .document import Document, Event, Institution, Office, Sentence
from .normalize import normalize_arabic
from .tokens import Token, in_any
from .words import (
    COMMAS,
    DEMONSTRATIVES,
    DURING,
    IN_TURN,
    ON_HIS_SIDE,
    POSSESSIVES,
    THE_DELEGATION,
    WAS,
)

# Openings of a sentence that goes on with the one before (normalised).
_GOES_ON = frozenset(
    {"بدوره", "بدورها", "جانبه", "جانبها", "جهته", "جهتها", "تم", "جري", "وتاتي", "تاتي"}
    | {"واتفق", "اتفق", "واكد", "وشدد", "واشاد", "اشاد", "ورحب", "رحب", "حيث"}
)
# Verbs whose dual ("وتبادلا", "وأكدا") tells what the two parties did (normalised).
_DUAL_STEMS = frozenset(
    {"تبادل", "اكد", "اتفق", "شدد", "استعرض", "ناقش", "بحث", "تناول", "عبر", "اعرب", "ثمن"}
)
_WAS_DONE = frozenset({"جري", "تم", "تمت"})  # normalised, without و
_DURING = frozenset({"خلال", "لدي", "اثناء", "في", "عند"})
_CAME = frozenset({"جاء", "ياتي"})  # and "وجاء", "ويأتي"
# Right after the meeting (normalised): "جاء ذلك عقب لقائه", "في أعقاب اللقاء".
_RIGHT_AFTER = frozenset({("عقب",), ("اثر",), ("في", "اعقاب"), ("علي", "اثر"), ("بعد",)})
_PARTS_OF_A_MEETING = frozenset({"افتتاح", "ختام", "اعمال", "مستهل", "بدايه", "جلسه"})
# Receiving or holding the meeting, the speaker's (normalised): "خلال تلقيه اتصالا".
_HIS_HOLDING = frozenset({"تلقيه", "تلقيها", "اجرائه", "اجرائها", "عقده", "عقدها"})
_SAID = frozenset(
    {"قال", "صرح", "اكد", "اوضح", "اشار", "اعلن", "شدد", "قالت", "صرحت", "اكدت"}
    | {"اوضحت", "اشارت", "اعلنت", "شددت", "عبر", "عبرت", "اعرب", "اعربت", "اشاد", "اشادت"}
    | {"ثمن", "ثمنت", "نوه", "نوهت", "جدد", "جددت", "ابدي", "ابدت", "رحب", "رحبت"}
)


_JUST_AFTER = frozenset({"بعيد", "عقب", "اثر", "بعد"})  # normalised
_STATEMENTS = frozenset({"تصريح", "تصريحات", "حديث", "كلمه"})  # normalised


def spoke_at_meeting(tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause open with what someone said during the meeting it refers to or
    tells ("وصرح الوزير فلان لدى افتتاح الاجتماع بأن", "وأكد فلان في اتصال هاتفي مع
    علان", "أكد فلان خلال تلقيه اتصالا من علان")? The speaker took part."""
    k = position - 1
    if k > start and (tokens[k].core in _PARTS_OF_A_MEETING or tokens[k].norm in _HIS_HOLDING):
        k -= 1
    if k > start and tokens[k].norm in DEMONSTRATIVES:
        k -= 1  # "ومن جانبه، ثمّن فلان خلال هذا الاتصال"
    if k > start + 1 and tokens[k].norm in _JUST_AFTER and tokens[k - 1].core in _STATEMENTS:
        k -= 2  # "وقال فلان في تصريح بعيد اللقاء": what he said right after it
    verb = _past_his_turn(tokens, start, k)
    # in his turn, only "during" itself: "بدوره أشاد فلان بجهودهم في استقبال المهاجرين"
    during = _DURING if verb == start else DURING
    return k > verb and tokens[k].norm in during and tokens[verb].bare in _SAID


# Opening, closing or running a meeting (normalised, without و).
_OPENED = frozenset({"استهل", "افتتح", "اختتم", "ادار", "استهلت", "افتتحت", "اختتمت", "ادارت"})


def opened_it(tokens: list[Token], start: int, position: int) -> bool:
    """ "فلان، استهل الاجتماع بكلمة": who opened, closed or ran the meeting named right
    after the verb took part."""
    return position - 1 > start and tokens[position - 1].bare in _OPENED


def was_receiving(tokens: list[Token], start: int, position: int) -> bool:
    """ "فلان، قائد القوات البحرية، كان في استقبال الوفد": who was there to receive
    the guests, named before, met them."""
    return (
        position - 2 >= start
        and tokens[position].core == "استقبال"
        and tokens[position - 1].norm == "في"
        and tokens[position - 2].norm.removeprefix("و") in WAS
    )


# One's own speech (normalised): "وأوضح فلان في كلمته الافتتاحية أن انعقاد الاجتماع".
_HIS_SPEECH = frozenset({"كلمته", "كلمتها"})


def spoke_in_his_speech(tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause open with what someone said in their speech before the meeting
    noun ("وأوضح فلان في كلمته الافتتاحية أن انعقاد هذا الاجتماع")? The speaker took
    part."""
    verb = _past_his_turn(tokens, start, position)
    if tokens[verb].bare not in _SAID:
        return False
    return any(
        tokens[k].norm in _HIS_SPEECH and tokens[k - 1].norm in _DURING
        for k in range(verb + 2, position)
    )


def _past_his_turn(tokens: list[Token], start: int, end: int) -> int:
    """Where the clause's verb is, past an opening "ومن جانبه،" or "بدوره،"."""
    k = start
    if (
        k + 1 < end
        and tokens[k].norm.removeprefix("و") == "من"
        and tokens[k + 1].norm in ON_HIS_SIDE
    ):
        k += 2
    elif k < end and tokens[k].norm.removeprefix("و") in IN_TURN:
        k += 1
    else:
        return start
    return k + 1 if k < end and tokens[k].norm in COMMAS else k


# What a guest thanks a host for (normalised): "حفاوة الاستقبال", "حسن الاستقبال".
_HOSPITALITY = frozenset({"حفاوه", "حسن", "كرم"})
_RECEPTION = frozenset({"الاستقبال", "استقبال"})


def thanked_for_reception(tokens: list[Token], start: int, position: int) -> bool:
    """Is the clause's meeting noun the reception a guest thanks the host for ("شكر
    فلان نظيره علان على حفاوة الاستقبال")? Both, named before it, took part."""
    return (
        position - 1 > start
        and tokens[position].core in _RECEPTION
        and tokens[position - 1].core in _HOSPITALITY
    )


def attended_it(doc: Document, tokens: list[Token], start: int, position: int) -> bool:
    """ "وأشارت إلى أن فلانة حضرت الاجتماع": whoever the clause names before an
    attendance verb whose object is "the meeting" attended the meeting before."""
    nxt = tokens[position + 1] if position + 1 < len(tokens) else None
    return (
        position > start
        and nxt is not None
        and in_any(tokens[position], doc.lex.attendance) is not None
        and tokens[position].norm[:1] != "ب"  # "بحضور فلان" names the attendee after
        and in_any(nxt, doc.lex.definite_nouns) is not None
    )


def attended(doc: Document, tokens: list[Token], start: int, position: int, mentions) -> bool:
    """ "وعقدت محادثات حضرها فلان": talks held with no subject, its people only
    attending; they are the visit's talks, and the attendee joins them. Not "على هامش
    اللقاء، عقد اجتماع بحضور ...": a meeting on the sidelines is another."""
    lex = doc.lex
    if not mentions or position + 2 >= len(tokens) or not in_any(tokens[position], lex.held_verbs):
        return False
    if any(t.core == "هامش" for t in tokens[start:position]):
        return False
    noun = tokens[position + 1]
    return (noun.norm in lex.nouns or noun.bare in lex.nouns) and any(
        in_any(t, lex.attendance) for t in tokens[position + 2 : mentions[0].start]
    )


def of_the_meeting(doc: Document, tokens: list[Token], kind, start, position, end) -> bool:
    """Does the clause tell more of the meeting already reported: a verb whose object
    is "the meeting" ("وشهد اللقاء عقد جلسة مباحثات بحضور ..."), or what was done
    "during the meeting", or a reception of "the delegation" ("وأقيمت للوفد مراسم
    استقبال")?"""
    if kind == "verb":
        if position + 1 < end and in_any(tokens[position + 1], doc.lex.definite_nouns):
            return True
        # "فإن الرئيس بحث خلال اللقاء ...", "وناقش الجانبان أثناء الاجتماع ...".
        return any(
            tokens[k].norm in _DURING and in_any(tokens[k + 1], doc.lex.definite_nouns)
            for k in range(position + 1, min(position + 3, end - 1))
        )
    return kind == "noun" and any(t.core in THE_DELEGATION for t in tokens[start:end])


def follows_on(doc: Document, tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause open with what it follows ("وعقب الاستقبال عقد اجتماع حضره ...")?
    Then it goes on with the same visit and its meeting."""
    return any(
        tokens[k].bare in AFTER and in_any(tokens[k + 1], doc.lex.definite_nouns)
        for k in range(start, min(position, len(tokens) - 1))
    )


def passive(tokens: list[Token], start: int, position: int) -> bool:
    """Is the cue a noun after "جرى" or "تم" ("كما جرى بحث زيارة الرئيس", "وتم بحث
    ..."): what was discussed at the meeting told before, not another one?"""
    return position > start and tokens[position - 1].bare in _WAS_DONE


def came_during_meeting(tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause say that what the sentence before told came during the meeting,
    or right after it ("جاء ذلك خلال لقائهما", "وجاء ذلك لدى استقباله ...", "جاء ذلك
    عقب الاجتماع الذي جمعه بفلان")? Then it tells more of it."""
    between = tuple(t.norm for t in tokens[start + 2 : position])
    return (
        position - start >= 3
        and tokens[start].norm.removeprefix("و") in _CAME
        and tokens[start + 1].norm == "ذلك"
        and (
            (len(between) == 1 and between[0] in _DURING)
            or (between in _RIGHT_AFTER and _his_meeting(tokens, position))
        )
    )


def _his_meeting(tokens: list[Token], position: int) -> bool:
    """Is the meeting noun the speaker's, by a pronoun ("عقب لقائه", "اللقاء الذي
    جمعه ب")? After "بعد المكالمة التي جرت بين فلان وعلان" it is someone else's."""
    if tokens[position].text.endswith(POSSESSIVES):
        return True
    return (
        position + 2 < len(tokens)
        and tokens[position + 1].norm in ("الذي", "التي")
        and tokens[position + 2].text.endswith(POSSESSIVES)
    )


def new_parties(doc: Document, event: Event, sentence: Sentence, start, position, parties):
    """Does a clause with a verb of its own bring in, after the verb, an institution or
    an unnamed office the meeting did not have ("ثم استقبل وفدا من المنظمة ...",
    "كذلك استقبل أمين لجنة الحزب ...")? Not when it refers back ("وبحث الجانبان مع
    ..."), and not for the body reporting it ("وأوضحت الوزارة أن")."""
    known = {i.org for i in event.institutions}
    new = [
        party
        for party in parties
        if party.start > position
        and (
            party.org not in known
            if isinstance(party, Institution)
            else not party.counterpart and not _same_office(party, event.offices)
        )
    ]
    if not new:
        return False
    before = sentence.tokens[start : new[0].start]
    return not any(in_any(t, doc.lex.backreferences) for t in before)


def _same_office(office: Office, offices: list[Office]) -> bool:
    """Is the office one of those, by its head and state ("الوزيرة الإيرانية" after
    "وزيرة الطرق الإيرانية")?"""
    head = _bare_head(office.head)
    return any(
        _bare_head(other.head) == head
        and (office.country is None or other.country is None or office.country == other.country)
        for other in offices
    )


def _bare_head(head: str) -> str:
    return normalize_arabic(head).removeprefix("ال")


def about(doc: Document, sentence: Sentence, event: Event, index: int) -> bool:
    """Does a sentence without a cue go on about this meeting? It does when it refers
    back to it ("خلال اللقاء", "الجانبان", "كما تم التطرق") or quotes its people;
    "كما ..." goes on with the sentence before, so only when that one was about it."""
    lex = doc.lex
    tokens = sentence.tokens
    if tokens and (tokens[0].norm in lex.continuation or _goes_on(lex, tokens)):
        if index - 1 in event.scope:
            return True
    if any(in_any(t, lex.backreferences) for t in tokens):
        return True
    return any(ref.person in event.persons for ref in sentence.refs + sentence.people.mentions)


def _goes_on(lex, tokens: list[Token]) -> bool:
    """Does a sentence open as more of what the sentence before reported: one of its
    speakers ("بدوره،", "وأوضح أن", "مشيرا إلى"), what was agreed ("وتم التأكيد"), or an
    item of a list ("· مكافحة الجريمة")?"""
    first = tokens[0]
    if first.is_punct and not first.is_quote:
        return True
    if first.norm in ("من", "وقد", "قد", "كما") and len(tokens) > 1:
        first = tokens[1]  # "من جانبه،", "وقد أوضح الوزير"
    if first.norm[:1] == "و" and first.norm.endswith("ا") and first.norm[1:-1] in _DUAL_STEMS:
        return True  # "وتبادلا الحديث": the two parties
    return (
        first.norm in _GOES_ON
        or first.bare in _GOES_ON
        or first.bare in lex.reporting_verbs
        or first.norm in lex.not_names  # "مشيرا", "مؤكدا"
    )
