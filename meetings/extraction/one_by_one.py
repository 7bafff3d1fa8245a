"""Meetings a clause tells one by one, for `grouping`: "التقى على حدة كلا من ...",
"لقاءين ثنائيين", "اتصالين هاتفيين مع فلان وعلان", "اجتماع مع فلان، واجتماع مع علان";
and a group's meeting told again for two of its people.
"""

from .document import Clause, Document, Event, Mention, Sentence
from .place_time import add_time_and_place
from .tokens import Token, in_any

# Words telling that a party met the others one by one (normalised).
_SEPARATE = "منفصل"
_BILATERAL_DUALS = frozenset({"ثنائيين", "ثنائيتين", "ثنائيان", "ثنائيتان"})
# Two calls, or two meetings, with two others are one each (normalised cores):
# "أجرى اتصالين هاتفيين مع نظيره فلان وعلان".
_TWO_ENCOUNTERS = frozenset({"اتصالين", "اتصالان", "مكالمتين", "مكالمتان", "لقاءين", "لقائين"})
_APART = "حده"  # "على حدة"
# How far into the next sentence "كل على حدة" still tells of the one before.
_APART_REACH = 10
# Calls, in the plural (cores, without the article): "أجرى اتصالات هاتفية".
_CALLS = frozenset({"اتصالات", "مكالمات", "مهاتفات"})
_ANOTHER = frozenset({"اخر", "ثان", "ثاني", "ثالث"})  # "واجتماع آخر مع" (normalised)


def separately(tokens: list[Token], first: int, last: int) -> bool:
    """Does the clause say, after its cue, that its parties met one by one ("جلستي
    مباحثات منفصلتين مع كل من", "لقاءين ثنائيين", "كل على حدة", "اتصالين مع فلان
    وعلان")? Before the cue, "وفي سياق منفصل" only tells that another story begins."""
    words = [t.core for t in tokens[first:last]]
    return any(
        word.startswith(_SEPARATE)
        or word in _BILATERAL_DUALS
        or word in _TWO_ENCOUNTERS
        or (word == _APART and before == "علي")
        for before, word in zip(["", *words], words, strict=False)
    )


def told_apart_after(doc: Document, index: int) -> bool:
    """Does the next sentence say, as it opens, that the meetings were one by one
    ("التقى فلان كلا من علان وفلتان. وجرى خلال اللقاءات، كل على حدة، بحث ...")? Its
    "على حدة" must follow the meetings it speaks of: "وأدلى الوزراء، كل على حدة،
    بتصريحات" tells of something else, as "وفي سياق منفصل" does."""
    if index + 1 >= len(doc.sentences):
        return False
    tokens = doc.sentences[index + 1].tokens[:_APART_REACH]
    meetings = next((k for k, t in enumerate(tokens) if in_any(t, doc.lex.definite_nouns)), None)
    return meetings is not None and any(
        t.core == _APART and tokens[k - 1].core == "علي"
        for k, t in enumerate(tokens)
        if k > meetings
    )


def separate_calls(tokens: list[Token], first: int, last: int) -> bool:
    """Does the clause tell of calls in the plural ("بحث خلال اتصالات هاتفية أجراها مع
    فلان وعلان")? A call has two ends: each of the others had a call of their own."""
    return any(t.core.removeprefix("ال") in _CALLS for t in tokens[first:last])


def meeting_after_meeting(doc: Document, tokens: list[Token], first: int, last: int) -> bool:
    """Does the clause list its meetings one by one ("تمثلت في اجتماع مع فلان، واجتماع
    مع علان، واجتماع آخر مع ...")? Each is one of its subject's with that party."""
    listed = 0
    for k in range(first, min(last, len(tokens)) - 1):
        if not (
            in_any(tokens[k], doc.lex.nouns) or tokens[k].bare.removeprefix("و") in doc.lex.nouns
        ):
            continue
        after = k + 2 if tokens[k + 1].norm in _ANOTHER else k + 1
        listed += after < len(tokens) and tokens[after].norm == "مع"
    return listed >= 2


def separate_meetings(
    doc: Document,
    sentence: Sentence,
    index: int,
    clause: Clause,
    mentions: list[Mention],
    attended_from: int,
    caller: int | None = None,
) -> list[Event]:
    """The meetings of a clause that tells its parties met one by one. Those named
    together first ("التقى فلان وعلان، كل على حدة، المبعوث فلان") each met the rest;
    else the one named first met each of the others ("التقى الكعبي بشكل منفصل مع فلان،
    وعلان"), or the `caller` of the calls told before did. Who attended ("بحضور
    فلان") was at every one of them."""
    ordered = sorted(mentions, key=lambda m: m.start)
    parties = [m for m in ordered if m.start < attended_from]
    attendees = list(dict.fromkeys(m.person for m in ordered if m.start >= attended_from))
    if len({m.person for m in parties}) < 2:
        parties, attendees = ordered, []  # too few before "بحضور" to part: all are parties
    together = _named_together(sentence.tokens, parties)
    rest = list(dict.fromkeys(m.person for m in parties[len(together) :]))
    if caller is not None:
        pairs = [[caller, p] for p in dict.fromkeys(m.person for m in parties) if p != caller]
    elif len(together) >= 2 and rest:
        pairs = [[m.person, *rest] for m in together]
    else:
        first, *others = dict.fromkeys(m.person for m in parties)
        pairs = [[first, other] for other in others]
    told = []
    for persons in pairs:
        event = Event(sentence=index, planned=clause.planned)
        for person in dict.fromkeys([*persons, *attendees]):
            event.add_person(person)
        add_time_and_place(doc, event, sentence, clause)
        event.scope.append(index)
        doc.events.append(event)
        told.append(event)
    return told


def _named_together(tokens: list[Token], mentions: list[Mention]) -> list[Mention]:
    """The first mention and those joined to it by "و", one right after another
    ("فلان والأستاذ علان")."""
    together = mentions[:1]
    for mention in mentions[1:]:
        if mention.start != together[-1].end or not tokens[mention.start].prefix.startswith("و"):
            break
        together.append(mention)
    return together


def two_of_a_group(lex, tokens, kind: str, named: set[int], current: Event) -> bool:
    """Does a meeting verb name two of the three or more people of the meeting before
    ("استقبل الوزير نظراءه اللبناني والسوري والأردني ... . استقبل الوزير نظيره
    اللبناني")? Then it tells a meeting of those two of their own; not when it tells
    more of the one before ("وركز فلان وعلان خلال لقائهما على ...")."""
    return (
        kind == "verb"
        and len(current.persons) >= 3
        and 2 <= len(named) < len(current.persons)
        and not any(in_any(t, lex.backreferences) or _their_meeting(t) for t in tokens)
    )


def rejoin_lone_splits(events: list[Event], splits: list[tuple[Event, Event]]) -> None:
    """A group's meetings are told one by one when at least two of them are: one alone
    ("وقالت الهيئة إن فلان اجتمع مع علان") tells the group's meeting again."""
    for split, group in splits:
        at = next(k for k, e in enumerate(events) if e is split)
        members = set(group.persons)
        if any(len(e.persons) >= 2 and set(e.persons) < members for e in events[at + 1 :]):
            continue
        del events[at]
        for index in [split.sentence, *split.scope]:
            if index not in group.scope:
                group.scope.append(index)
        group.offices += [o for o in split.offices if o not in group.offices]
        group.institutions += [i for i in split.institutions if i not in group.institutions]


def _their_meeting(token) -> bool:
    """ "لقائهما", "اجتماعهم": a meeting already told, of the ones named."""
    return token.core.startswith(("لقاء", "اجتماع")) and token.core.endswith(("هما", "هم"))
