"""Who a clause's parties are when its verb names no subject of its own: the person the
sentence or the one before named ("ثم استقبل ...", "وأضاف أنه ناقش مع ..."), and who
only reports a meeting (a spokesperson) unless said to attend it. Grouping clauses into
meetings is `grouping`'s.
"""

from .cue_times import NEXT
from .document import Document, Event, Sentence
from .encounters import calls_took_in
from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import COMMAS, HOLDING, RELATIVES, SEQUENCE, SEVERAL, TO_HIM, WAS

# Words after which a verb carries on with the subject before it (normalised).
_SAME_SUBJECT = frozenset({"ثم", "حيث", "كما"})
_MET_SOMEONE = frozenset({"التقي", "التقت", "استقبل", "استقبلت"})  # normalised
_THEN = frozenset({"هناك", "كذلك", "بعدها", "لاحقا"})  # normalised
_SPOKESPERSONS = frozenset({"متحدث", "ناطق", "متحدثه", "ناطقه"})


def first_named(doc: Document, index: int) -> int | None:
    """The first person a sentence names, relatives and spokespersons aside: who it
    says spoke or acted."""
    sentence = doc.sentences[index]
    return next(
        (
            m.person
            for m in sorted(sentence.people.mentions + sentence.refs, key=lambda m: m.start)
            if m.person is not None and not m.kin and not spokesperson(doc, m.person)
        ),
        None,
    )


# When, of "his meeting" opening a sentence (normalised): "وخلال لقائه مع فلان".
_DURING_HIS = frozenset({"خلال", "اثناء", "في", "عقب", "بعد", "لدي"})
# Whose a meeting was (normalised): "وكانت له جلسة مباحثات مع فلان".
_FOR_HIM = frozenset({"له", "لها", "لهما"})
# Doing what holds a meeting noun (normalised): "قام بعقد عدة لقاءات".
_DID = frozenset({"قام", "قامت", "قاما"})


# Words that link a sentence to the one before (normalised): "هذا وقد كان ...".
_LINKING = frozenset({"هذا", "وقد", "قد"})


def during_his_meeting(sentence: Sentence, start: int, position: int) -> bool:
    """Does the sentence open with "during his meeting" ("وخلال لقائه مع وزير
    الخارجية فلان، بحثا ...", "وكان في استقباله فلان") and name no one before it?
    "His" is who the sentence before spoke of first."""
    tokens = sentence.tokens
    while start < position and tokens[start].norm in _LINKING:
        start += 1  # "هذا وقد كان في استقباله فلان"
    if tokens[start].norm == "وذلك" or tokens[start].norm.removeprefix("و") in WAS:
        start += 1  # "وذلك خلال لقائه مع ...", "وكان في استقباله فلان"
        if position == start + 1 and tokens[start].norm in _FOR_HIM:
            # "وكانت له جلسة مباحثات مع فلان"
            return not any(m.start < position for m in sentence.people.mentions + sentence.refs)
    if position != start + 1 or tokens[start].norm.removeprefix("و") not in _DURING_HIS:
        return False
    if not tokens[position].bare.endswith(("ه", "ها", "هم", "هما")):
        return False  # "his", "her", "their": "وكان في استقبالهم فلان"
    return not any(m.start < position for m in sentence.people.mentions + sentence.refs)


# How far after "خلال اجتماع" the "مع" of whom it was with is looked for.
_WITH_REACH = 10


def said_during_his_meeting(lex: Lexicon, sentence: Sentence, start: int, position: int) -> bool:
    """Does the clause open with a verb of saying and "during his meeting" ("وأكد خلال
    لقائه نائب المنسق فلان ...", "وأكد، خلال اجتماع بمقر الوزارة، مع فلان") and name no
    one before it? The speaker is who the sentence before spoke of first."""
    tokens = sentence.tokens
    during = start + 1
    while during < position and tokens[during].norm in COMMAS:
        during += 1
    with_someone = any(t.norm == "مع" for t in tokens[position + 1 : position + _WITH_REACH])
    return (
        position == during + 1
        and tokens[start].bare.removeprefix("و") in lex.reporting_verbs
        and tokens[during].norm in _DURING_HIS
        and (tokens[position].bare.endswith(("ه", "ها")) or with_someone)
        and not any(m.start < position for m in sentence.people.mentions + sentence.refs)
    )


def attending(doc: Document, tokens: list[Token], start: int) -> bool:
    """Is the person at `start` said to attend ("بحضور المتحدث باسم الوزارة فلان") or
    met ("ناقش فلان مع المستشار والناطق باسم الحكومة علان")?"""
    before = tokens[max(0, start - 2) : start]
    return any(in_any(t, doc.lex.attendance) or t.norm == "مع" for t in before)


def spokesperson(doc: Document, person: int) -> bool:
    """A spokesperson reports a meeting ("وفق ما أعلنه المتحدث باسم القوات فلان");
    they are not one of its parties."""
    return doc.registry.people[person].first("head") in _SPOKESPERSONS


# The two parties of a meeting, named before (normalised): "اللقاء الذي جمع الوزيرين".
_THE_TWO = frozenset(
    {"الوزيرين", "الجانبين", "الطرفين", "الرئيسين", "الوزيران", "الجانبان", "الطرفان", "الرئيسان"}
    | {"المسؤولين", "المسؤولان", "الزعيمين", "الزعيمان", "القائدين", "القائدان"}
    | {"بينهما"}  # "خلال اللقاء الذي عقد بينهما"
)
_THE_TWO_WORDS = 4  # from the meeting noun: "اللقاء الذي جمع الوزيرين"
_HELD_NOUN_WORDS = 4  # from a verb of holding to its noun: "وعقدت في العاصمة جلسة"


def the_two_named_before(
    doc: Document, index: int, position: int, first_told: bool = False, one_each: bool = False
) -> list[int]:
    """ "أكد فلان وعلان ... . وجاء في البيان أن الاجتماع الذي ضم الوزيرين ...": the
    two a meeting noun calls "the two ministers", or "theirs" ("خلال لقائهما"), are the
    two people the sentence before names (no more, no fewer), or the last before it
    that names anyone ("التقى فلان علان. واجتمع المسؤولان أولا في فاس. وعقد الوزيران
    اجتماعا في أكتوبر"); so are those of "the meeting" that is the story's first
    (`first_told`). With `one_each`, "the two ministers" (or presidents) are also one
    minister named in each of the last two sentences that name anyone."""
    tokens = doc.sentences[index].tokens
    anchor = position
    if in_any(tokens[position], doc.lex.held_verbs) is not None:
        # "وعقدت في العاصمة جلسة محادثات بين الجانبين": after the noun the verb holds
        reach = range(position + 1, min(len(tokens), position + 1 + _HELD_NOUN_WORDS))
        anchor = next((k for k in reach if in_any(tokens[k], doc.lex.nouns)), position)
    after = tokens[anchor + 1 : anchor + 1 + _THE_TWO_WORDS]
    if not index or not (
        first_told or _theirs(tokens[position]) or any(t.norm in _THE_TWO for t in after)
    ):
        return []
    # "الوزيران" for one named in each sentence: two who hold the office it names
    holds = next((_DUAL_HEADS[t.norm] for t in after if t.norm in _DUAL_HEADS), None)
    people = []
    for before in range(index - 1, -1, -1):
        named = _people_in(doc.sentences[before], lambda m: True)
        if not named:
            continue
        if people:
            # "وصل وزير الخارجية فلان إلى الجزائر ... . وجاءت الزيارة بدعوة من
            # نظيره علان. وفي الاجتماع استعرض الوزيران ..."
            heads = [doc.registry.people[p].first("head") for p in people + named]
            # a counterpart ("بدعوة من نظيره") holds the other's office; a spokesperson
            # only reports
            two = len(named) == 1 and (
                (holds in heads and set(heads) <= {holds, "نظير"})
                if holds
                else not any(spokesperson(doc, p) for p in people + named)
            )
            people = people + named if two else []
            break
        people = named
        if len(people) != 1 or not one_each:
            break
    return people if len(people) == 2 else []


# Two holders of one office (normalised), and its head: "وبحث الوزيران".
_DUAL_HEADS = {"الوزيران": "وزير", "الوزيرين": "وزير", "الرئيسان": "رئيس", "الرئيسين": "رئيس"}


# The noun of receiving someone (normalised), "him" after its subject.
_RECEPTION = frozenset({"استقبال"})
_RECEIVER_WORDS = 6  # from the noun to "له": the receiver, titles and office


def received_him(tokens: list[Token], position: int, end: int) -> bool:
    """ "خلال استقبال سمو الأمير له": the one received is named before the noun."""
    if tokens[position].norm not in _RECEPTION:
        return False
    after = tokens[position + 1 : min(end, position + 1 + _RECEIVER_WORDS)]
    return any(t.norm in TO_HIM for t in after)


def led_him_to(tokens: list[Token], start: int, position: int) -> bool:
    """ "..., مما اضطره إلى عقد اجتماع مع فلان": the clause tells what the one named
    before was led to do, by the pronoun on its verb."""
    return (
        position - start >= 3
        and tokens[start].norm == "مما"
        and tokens[start + 1].text.endswith(("ه", "ها"))
        and tokens[start + 2].norm == "الي"
    )


def their_two_before(sentence: Sentence, position: int) -> list[int]:
    """ "تسلم فلان الرسالة من علان؛ وذلك خلال لقائهما": a meeting noun of theirs is of
    the two people its sentence names before it (no more, no fewer)."""
    if not _theirs(sentence.tokens[position]):
        return []
    people = _people_in(sentence, lambda m: m.end <= position)
    return people if len(people) == 2 else []


def _theirs(token: Token) -> bool:
    """A meeting noun of theirs, the two: "لقائهما"."""
    return token.norm.endswith("هما") and token.core != "هما"


def _people_in(sentence: Sentence, where) -> list[int]:
    """The people of the sentence's mentions that meet `where`, in order, each once."""
    people = []
    for mention in sorted(sentence.people.mentions + sentence.refs, key=lambda m: m.start):
        if (
            where(mention)
            and mention.person is not None
            and not mention.kin
            and mention.person not in people
        ):
            people.append(mention.person)
    return people


def named_before(doc: Document, index: int, position: int, named: set[int]) -> int | None:
    """The last person named before the word at `position` of sentence `index`, other
    than the `named` ones: whom a pronoun there refers to."""
    for i in range(index, -1, -1):
        sentence = doc.sentences[i]
        mentions = sorted(sentence.people.mentions + sentence.refs, key=lambda m: -m.start)
        for mention in mentions:
            if (i < index or mention.start < position) and mention.person is not None:
                if mention.person not in named and not mention.kin:
                    return mention.person
    return None


def earlier_hosts(doc: Document, sentence: Sentence, position: int) -> set[int]:
    """Who received someone by a pronoun earlier in the sentence ("حيث استقبله فلان،
    كما استقبله علان"): the pronoun at `position` refers again to the one received,
    not to them."""
    tokens = sentence.tokens
    hosts = set()
    for k in range(position):
        if in_any(tokens[k], doc.lex.object_verbs):
            after = [m for m in sentence.people.mentions + sentence.refs if k < m.start < position]
            if after and (first := min(after, key=lambda m: m.start)).person is not None:
                hosts.add(first.person)
    return hosts


def subject_before(
    sentence: Sentence, position: int, previous: Event, before: Event | None = None
) -> int:
    """The last meeting's party a verb with no subject of its own goes on with: the
    first of them named earlier in its sentence ("وتشاور عراقجي مع نظيره ..., ثم عقد
    اجتماعات مع ..."), else the one of them who met in the meeting `before` it too (a
    visitor touring: "التقى الموفد الرئيس ... واستقبل رئيس الحكومة الموفد ... ليلتقي
    بعدها"), else the last meeting's first party."""
    earlier = sorted(
        (m for m in sentence.people.mentions + sentence.refs if m.start < position),
        key=lambda m: m.start,
    )
    for mention in earlier:
        if mention.person in previous.persons and not mention.kin:
            return mention.person
    if earlier and earlier[0].start == 1 and sentence.tokens[0].bare in WAS:
        # "وكان فلان قد قام بزيارة ... حيث التقى علان": another's earlier meeting
        return earlier[0].person
    touring = [p for p in previous.persons if before is not None and p in before.persons]
    return touring[0] if len(touring) == 1 else previous.persons[0]


def subject_described_first(sentence: Sentence, start: int, position: int) -> bool:
    """Does the sentence open on a person, described by a relative clause that runs up
    to the verb ("فلان ممثل ... الذي سافر إلى كازاخستان للمشاركة في اجتماع ... التقى
    اليوم علان")? Then the verb's subject is that person."""
    mentions = sentence.people.mentions
    if not mentions or position != start:
        return False
    first = min(mentions, key=lambda m: m.start)
    tokens = sentence.tokens
    return (
        first.start <= 1
        and first.end < start
        and any(t.norm in RELATIVES for t in tokens[first.end : start])
        and not any(t.is_punct and t.norm not in COMMAS for t in tokens[first.end : start])
    )


def named_first(sentence: Sentence, end: int) -> int | None:
    """The first person the sentence names before `end`."""
    earlier = [m for m in sentence.people.mentions + sentence.refs if m.start < end and not m.kin]
    return min(earlier, key=lambda m: m.start).person if earlier else None


def same_subject_goes_on(tokens: list[Token], position: int) -> bool:
    """Does the verb at `position` follow a word that carries on with the subject before
    ("ثم", "حيث", "قبل أن"), maybe through "كان" or "قد" ("كما كان تشاور مع ...")? Then
    the one party after it is whom the subject met."""
    opening = position
    while opening > 1 and (
        tokens[opening - 1].norm in SEVERAL
        or tokens[opening - 1].norm.removeprefix("ب") in HOLDING
        or tokens[opening - 1].norm in _DID
    ):
        opening -= 1  # "كما قام بعقد عدة لقاءات مع ...": the verb holding the meeting
    if opening > 1 and tokens[opening - 1].norm in _FOR_HIM:
        opening -= 1  # "كما كانت له جلسة مباحثات مع ..."
    while opening > 0 and (
        tokens[opening - 1].norm == "قد" or tokens[opening - 1].norm.removeprefix("و") in WAS
    ):
        opening -= 1
    before = [t.norm for t in tokens[max(0, opening - 2) : opening]]
    if before[-1:] and before[-1].removeprefix("و") in _SAME_SUBJECT:
        return True
    if before[-1:] and before[-1].removeprefix("و") in SEQUENCE:
        # "وسبقه لقاء مع فلان": the other meeting's subject; not "وتلاه اجتماع للوفد
        # مع فلان", which names its own
        after = tokens[position + 1 : position + 2]
        return bool(after) and (after[0].norm == "مع" or after[0].prefix.endswith("ب"))
    verb, after = tokens[position], tokens[position + 1 : position + 2]
    if verb.prefix == "ل" and after and after[0].norm in NEXT:
        return True  # "ليلتقي بعدها": and then he met
    return before[-1:] == ["ان"] and before[0].removeprefix("و") in ("قبل", "بعد")


def and_met_one(lex, tokens: list[Token], start: int, position: int, end: int) -> bool:
    """ "..., والتقى هناك رئيس الحكومة فلان", "..., وأمس التقى وزير الخارجية فلان": a
    verb of meeting someone opens a clause after "و", names one party and no one met
    with "ب" or "مع"; the one named is whom the subject before met."""
    verb = tokens[position]
    if verb.bare not in _MET_SOMEONE:
        return False
    while start < position and tokens[start].is_punct:
        start += 1
    before = [t.norm.removeprefix("و") for t in tokens[start:position]]
    if not before:
        opened = verb.prefix == "و"  # "والتقى"
    else:  # "وأمس التقى", "وهناك التقى": و on a time word or an adverb
        opened = (
            len(before) <= 2
            and tokens[start].norm[:1] == "و"
            and all(word in lex.particles or word in _THEN for word in before)
        )
    # up to the first stop: "وإلتقى فلان، وتم البحث ... بتطوير" met no one with "ب"
    stop = next((k for k in range(position + 1, end) if tokens[k].is_punct), end)
    return opened and not any(
        t.norm == "مع" or t.prefix == "ب" for t in tokens[position + 1 : stop]
    )


def object_first(lex, tokens: list[Token], position: int) -> bool:
    """Does the verb's object come right after it, with no subject between ("التقى
    بنظيره", "اجتمع مع ...", "عقد اجتماعات مع ...", "التقى كلاً من ...")?"""
    k = position + 1
    if k < len(tokens) and in_any(tokens[k], lex.nouns):
        k += 1  # the meeting the verb holds
    if calls_took_in(tokens, position):
        return True  # "كما شملت الاتصالات فلان": those the calls were with
    if k + 1 < len(tokens) and tokens[k].norm == "كلا" and tokens[k + 1].norm == "من":
        return True  # "كما التقى كلاً من فلان وعلان": the accusative, those met
    return k < len(tokens) and (tokens[k].norm == "مع" or tokens[k].prefix == "ب")
