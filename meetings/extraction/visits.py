"""Delegations and visits, for `grouping`: who a delegation is made of and speaks for,
who welcomes it, and a visitor's meetings told with no subject ("وصل فلان إلى الرياض.
والتقى مع ..."). Meetings a clause tells one by one are `one_by_one`'s."""

from .delegations import GUESTS
from .document import Document, Event, Mention, Sentence
from .lexicon import Lexicon
from .phrases import match_phrase
from .tokens import Token, in_any
from .words import ACCOMPANIED, COMMAS, IN_TURN, ON_HIS_SIDE, SOURCES, THE_DELEGATION, WAS, head

_THE_GUESTS = GUESTS | {"الضيوف", "الزوار"}
# Verbs of welcoming guests (the bare form, without و).
_WELCOMED = frozenset({"رحب", "رحبت"})
_A_DELEGATION = frozenset({"وفد", "وفدا"})
# Verbs listing a delegation's members (normalised, without و).
_COMPRISES = frozenset({"يضم", "ضم", "تضم", "ضمت", "يتالف", "تالف", "يتكون", "تكون", "يشمل", "شمل"})
# A delegation's members, before it (normalised cores): "ومن أبرز أعضاء الوفد فلان".
_MEMBERS = frozenset({"اعضاء", "عضو"})
# Who leads a delegation, besides those who chair (the lexicon's "chair"; normalised).
_LEADS = frozenset({"يقود", "تقود", "قاد", "قادت", "يراس", "تراس"})


def delegation_state(doc: Document, sentence: Sentence, event: Event) -> str | None:
    """The state the sentence gives the delegation ("ويقود الوفد السوداني فلان"), else
    the one state or organisation its bodies speak for, if they share one ("وفد ضم
    ممثلين عن مفوضية اللاجئين ومنظمة الهجرة": the UN)."""
    tokens = sentence.tokens
    for k, token in enumerate(tokens[:-1]):
        if token.core in THE_DELEGATION:
            _, code = match_phrase([t.core for t in tokens], k + 1, doc.lex.adjectives, 2)
            if code:
                return code
    # the bodies that sent it, when the meeting names its host's too ("استقبلت بلدية
    # الزاوية وفدا من المنظمة الدولية للهجرة")
    senders = [i for i in event.institutions if i.sends] or event.institutions
    states = {institution.country for institution in senders}
    return states.pop() if len(states) == 1 else None


def delegation_members(doc: Document, sentence: Sentence) -> list[Mention]:
    """The people a sentence lists as the delegation's members ("وأشار البيان إلى أن
    الوفد الإيطالي يضم السفير فلان، ورئيس الشرطة علان"), or names as its leader
    ("الجنرال فلان الذي يقود الوفد الروسي", "ويقود الوفد فلان"): they were at its
    meeting."""
    tokens = sentence.tokens
    for k in range(len(tokens)):
        if _the_delegation(tokens, k):
            if k and (
                tokens[k - 1].bare.removeprefix("و") in _LEADS
                or in_any(tokens[k - 1], doc.lex.chair)
            ):
                people = [m for m in sentence.people.mentions if m.person is not None and not m.kin]
                before = [m for m in people if m.end < k]
                # "ويقود الوفد فلان، برفقة علان": the leader and his companions after it
                return before[-1:] or [m for m in people if m.start > k]
            if k and tokens[k - 1].core in _MEMBERS and _among(tokens, k - 1):
                # "ومن بين أعضاء الوفد النائب فلان، والنائب علان"; not "وأشاد
                # أعضاء الوفد بالدور الذي يقوم به الملك فلان"
                people = [
                    m
                    for m in sentence.people.mentions
                    if m.start > k and m.person is not None and not m.kin
                ]
                return people if people and people[0].start <= k + 2 else []
            # "الوفد الإيطالي يضم ...", or the verb first: "وضم الوفد الزائر ...".
            near = [*range(k + 1, min(k + 4, len(tokens))), k - 1]
            verb = next(
                (i for i in near if i >= 0 and tokens[i].bare.removeprefix("و") in _COMPRISES),
                None,
            )
            if verb is not None:
                return [
                    m
                    for m in sentence.people.mentions
                    if m.start > verb and m.person is not None and not m.kin
                ]
    return []


# "They are", naming who a plural office was ("والسفراء هم، فلان ...", normalised).
_THEY_ARE = frozenset({"هم", "وهم"})


def named_office_holders(doc: Document, sentence: Sentence, event: Event) -> list[Mention]:
    """The people a sentence names as the holders of an office the meeting's sentences
    gave only in the plural ("تسلم الرئيس أوراق اعتماد تسعة سفراء. والسفراء هم، فلان
    سفير ...، وعلان سفير ..."): they were at the meeting."""
    heads = {office.head for i in event.scope for office in doc.sentences[i].people.offices}
    tokens = sentence.tokens
    for k in range(len(tokens) - 1):
        if tokens[k + 1].norm in _THEY_ARE and head(doc.lex, tokens[k]) in heads:
            return [
                m
                for m in sentence.people.mentions
                if m.start > k and m.person is not None and not m.kin
            ]
    return []


# What a visit took in (bare, normalised, without و): "الزيارة شملت لقاء مع فلان".
_TOOK_IN = frozenset({"شملت", "تضمنت", "تخللتها", "تخللها", "شهدت"})  # "شهدت عقد اجتماع"


def the_visit_included(sentence: Sentence, start: int, position: int) -> bool:
    """Does the clause say that "the visit" took in the meeting at `position`, with no
    one named before it ("وأفاد البيان بأن الزيارة تضمنت اجتماعا مع فلان")? The
    visitor is the one the sentence before named."""
    before = sentence.tokens[start:position]
    took_in = sentence.tokens[start : position + 1]  # "شهدت" may be the cue itself
    return (
        any(t.core == "الزياره" for t in before)
        and any(t.bare.removeprefix("و") in _TOOK_IN for t in took_in)
        and not any(start <= m.start < position for m in sentence.people.mentions)
    )


def _among(tokens: list[Token], k: int) -> bool:
    """Does "من" ("among") come a word or two before k ("من أبرز أعضاء", "ومن بين
    أعضاء")?"""
    return any(j >= 0 and tokens[j].norm.removeprefix("و") == "من" for j in (k - 1, k - 2))


def _the_delegation(tokens: list[Token], k: int) -> bool:
    """ "الوفد", or "وفد" before whose it is ("ويقود وفد الحلف الأميرال فلان")."""
    if tokens[k].core in THE_DELEGATION:
        return True
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return tokens[k].core == "وفد" and after is not None and after.definite and not after.prefix


def welcoming_host(doc: Document, sentence: Sentence) -> int | None:
    """ "ورحّب وكيل المصلحة العميد فلان بالوفد الزائر": the one who welcomed the
    delegation or the guests is their host, a party to the meeting."""
    tokens = sentence.tokens
    if not tokens or tokens[0].bare.removeprefix("و") not in _WELCOMED:
        return None
    subject = min(sentence.people.mentions, key=lambda m: m.start, default=None)
    if subject is None or subject.person is None or subject.kin:
        return None
    welcomed = next((t for t in tokens[subject.end :] if t.prefix.startswith("ب")), None)
    if welcomed is None or welcomed.core not in THE_DELEGATION | _THE_GUESTS:
        return None
    return subject.person


def replying_party(doc: Document, sentence: Sentence, event: Event) -> int | None:
    """ "من جانبه، ثمّن قائد خفر السواحل اللواء فلان ...": after a meeting told with one
    of its parties, the one who speaks in turn is the other. Only when the meeting has
    one named party, so a spokesman's word on a meeting of two adds no third."""
    tokens = sentence.tokens
    if len(event.persons) != 1 or len(tokens) < 4:
        return None
    if tokens[0].bare == "من" and tokens[1].norm in ON_HIS_SIDE:
        opening = 2
    elif tokens[0].bare in IN_TURN:
        opening = 1
    else:
        return None
    opening += tokens[opening].norm in COMMAS
    opening = _past_attribution(doc, tokens, opening)
    subject = min(sentence.people.mentions, key=lambda m: m.start, default=None)
    if subject is None or subject.person is None or subject.kin or subject.start > opening + 1:
        return None  # the verb and then its subject: "من جانبه، أكد الوزير فلان"
    if subject.head == "متحدث":
        return None
    return subject.person


_ATTRIBUTION_WORDS = 4  # "وحسب البيان نفسه"


def _past_attribution(doc: Document, tokens: list[Token], k: int) -> int:
    """Where the reply's verb opens after "وحسب البيان نفسه" ("من جانبه وحسب البيان
    نفسه شدد فلان"); `k` when no attribution opens there."""
    if tokens[k].norm.removeprefix("و") not in SOURCES:
        return k
    for j in range(k + 1, min(len(tokens), k + 1 + _ATTRIBUTION_WORDS)):
        if tokens[j].bare.removeprefix("و") in doc.lex.reporting_verbs:
            return j
    return k


def delegation_met(tokens: list[Token], position: int, end: int) -> bool:
    """ "عقد الوزير جلسة عمل مع الوفد الزائر": the delegation the article introduced
    is the one met."""
    return any(
        tokens[k].core in THE_DELEGATION and tokens[k - 1].norm == "مع"
        for k in range(position + 1, end)
    )


def delegation_subject(tokens: list[Token], start: int, position: int, end: int) -> bool:
    """ "اجتمع الوفد الأوروبي ب...", "وكان الوفد عقد اجتماعا مع ...", "وأشارت الحركة
    إلى أن الوفد التقى ...": the delegation the article introduced met."""
    if position + 1 < end and tokens[position + 1].core in THE_DELEGATION:
        return True
    before = position - 1
    if before < start or tokens[before].core not in THE_DELEGATION:
        return False
    if before > start and tokens[before - 1].norm in _THAT:
        return True  # what someone reported of it
    return all(t.norm.removeprefix("و") in WAS for t in tokens[start:before])


_THAT = frozenset({"ان", "بان"})  # normalised: "أن", "بأن", "إن"
# "وكان برفقة الممثل السامي فلان وعلان": the visitor's companions (normalised, bare).
_IN_THE_COMPANY_OF = "برفقه"


def add_delegation(doc: Document, event: Event, index: int) -> None:
    """The people of the delegation an earlier sentence introduced ("على رأس وفد
    ضم وزير الداخلية الإيطالي ...", "وصل فلان ... وبرفقته علان")."""
    for sentence in reversed(doc.sentences[:index]):
        if not any(
            t.core in _A_DELEGATION
            or t.core in THE_DELEGATION
            or t.bare.removeprefix("و") in ACCOMPANIED
            or t.bare == _IN_THE_COMPANY_OF
            for t in sentence.tokens
        ):
            continue
        # not whom the delegation met: "التقى فلان والوفد المرافق له مع رئيس المجلس علان"
        met_from = next(
            (k for k, t in enumerate(sentence.tokens) if t.norm == "مع"), len(sentence.tokens)
        )
        members = [
            m
            for m in sentence.people.mentions
            if m.person is not None and not m.kin and m.start < met_from
        ]
        for mention in members:
            event.add_person(mention.person)
        event.offices += [o for o in sentence.people.offices if o.country or o.org]
        # "أدى وفد عسكري فرنسي زيارة ... ويرأس الوفد الفريق فلان": its people may be
        # named in a later sentence than the one introducing it
        if members or any(t.core in _A_DELEGATION for t in sentence.tokens):
            return


def subject_left_out(lex: Lexicon, sentence: Sentence, start: int, position: int) -> bool:
    """Does a verb of meeting open its sentence with no subject, those met following
    with "مع" or "ب" ("والتقى مع نظيره", "وخلال زيارته إلى الرياض، التقى بولي العهد",
    "التقى وتشاور مع ...")? Its subject is who the sentence before told of; not when
    the subject follows those met ("والتقى مع الوفد وزير المالية فلان")."""
    tokens = sentence.tokens
    if start != 0 or in_any(tokens[position], lex.verbs) is None:
        return False
    if any(head(lex, t) for t in tokens[start:position]) or any(
        m.start < position and not m.kin for m in sentence.people.mentions + sentence.refs
    ):
        return False
    k = position + 1
    if k < len(tokens) and tokens[k].prefix == "و" and in_any(tokens[k], lex.verbs):
        k += 1  # "التقى وتشاور مع"
    if k >= len(tokens) or not (tokens[k].norm == "مع" or tokens[k].prefix.endswith("ب")):
        return False
    parties = sorted(
        [m.start for m in sentence.people.mentions if m.start >= k]
        + [o.start for o in sentence.people.offices if o.start >= k]
        + [i.start for i in sentence.people.institutions if i.start >= k]
    )
    # a second party neither joined by "و" nor listed after a comma is the subject
    return not any(
        not tokens[j].prefix.startswith("و") and tokens[j - 1].norm not in COMMAS
        for j in parties[1:]
    )


def held_with(
    events: list[Event], planned: Event, index: int, *, just_before: bool = False
) -> Event | None:
    """The meeting held that was told with the announced one, in its sentence or the
    one before; with `just_before`, also the one told right before the announced one,
    told in the sentence before ("عقد اجتماع أمني ... . وستنظم الرياض اجتماعا جديدا
    ... . وجرى خلال اللقاء ...")."""
    return next(
        (
            e
            for e in reversed(events)
            if e is not planned
            and not e.planned
            and e.scope
            and (
                (e.scope[-1] >= index - 1 and set(planned.scope) & set(e.scope))
                or (
                    just_before
                    and not planned.persons  # "ويلتقي فلان غدا الملك": that one's own
                    and planned.scope[-1] >= index - 1
                    and e.scope[-1] == min(planned.scope) - 1
                )
            )
        ),
        None,
    )
