"""Sentences and their clauses into events: which meeting each cue reports.

Every clause holding a cue (see `triggers`) either opens a meeting or adds to the one
before: a clause that refers back ("خلال اللقاء", "حضر الاجتماع", "بحث معه") or names
no one new continues the current meeting; one that names someone new, states another
day or place, or tells of an earlier meeting opens another. Sentences without a cue
belong to the meeting before them when they go on about it, for its topics.

Adds the document's `events`, with their people, unnamed offices and institutions
(the parties), and each sentence's `parties`. A clause's date and place are read as
it is grouped (see `place_time`), since whether the next clause reports the same
meeting depends on them.
"""

from .document import Clause, Document, Event, Institution, Office, Sentence
from .lexicon import Lexicon
from .normalize import normalize_arabic
from .parties import clause_parties, parties_end
from .place_time import add_time_and_place, clause_date
from .places import clause_place, subject_words
from .tokens import Token, in_any
from .visits import (
    add_delegation,
    delegation_members,
    delegation_state,
    delegation_subject,
    meeting_after_meeting,
    separate_meetings,
    separately,
    welcoming_host,
)
from .words import THE_DELEGATION, WAS

# Openings of a sentence that goes on with the one before (normalised).
_GOES_ON = frozenset(
    {"بدوره", "بدورها", "جانبه", "جانبها", "جهته", "جهتها", "تم", "جري", "وتاتي", "تاتي"}
    | {"واتفق", "اتفق", "واكد", "وشدد", "واشاد", "اشاد", "ورحب", "رحب", "حيث"}
)
# Words after which a verb carries on with the subject before it (normalised).
_SAME_SUBJECT = frozenset({"ثم", "حيث", "كما"})
_MET_SOMEONE = frozenset({"التقي", "التقت", "استقبل", "استقبلت"})  # normalised
_THEN = frozenset({"هناك", "كذلك", "بعدها", "لاحقا"})  # normalised
_SPOKESPERSONS = frozenset({"متحدث", "ناطق", "متحدثه", "ناطقه"})
# Verbs whose dual ("وتبادلا", "وأكدا") tells what the two parties did (normalised).
_DUAL_STEMS = frozenset(
    {"تبادل", "اكد", "اتفق", "شدد", "استعرض", "ناقش", "بحث", "تناول", "عبر", "اعرب", "ثمن"}
)
_AFTER = frozenset({"عقب", "بعد", "اثر"})
_WAS_DONE = frozenset({"جري", "تم", "تمت"})  # normalised, without و
_RELATIVES = frozenset({"التي", "الذي", "اللذين"})  # normalised
_DURING = frozenset({"خلال", "لدي", "اثناء", "في", "عند"})
_CAME = frozenset({"جاء", "ياتي"})  # and "وجاء", "ويأتي"
_PARTS_OF_A_MEETING = frozenset({"افتتاح", "ختام", "اعمال", "مستهل", "بدايه", "جلسه"})
_SAID = frozenset({"قال", "صرح", "اكد", "اوضح", "اشار", "اعلن", "شدد", "قالت", "صرحت", "اكدت"})


def group_events(doc: Document) -> None:
    events = doc.events
    current: Event | None = None
    series: list[Event] = []  # the meetings the current clause told, one by one
    for index, sentence in enumerate(doc.sentences):
        opened_here = False
        for clause in sentence.clauses:
            start, end, position, kind = clause.start, clause.end, clause.position, clause.kind
            spoke_at = kind in ("definite", "noun") and _spoke_at(sentence.tokens, start, position)
            first = start if kind in ("verb", "again") or spoke_at else position
            last = parties_end(doc, sentence, position, end)
            mentions = [
                m
                for m in sentence.people.mentions + sentence.refs
                if first <= m.start < last
                and m.person is not None
                and not doc.registry.people[m.person].kin_only
                and not m.kin
                and not (
                    _spokesperson(doc, m.person) and not _attending(doc, sentence.tokens, m.start)
                )
            ]
            named = {m.person for m in mentions}
            if len(named) >= 3 and (
                separately(sentence.tokens, position + 1, last)
                or meeting_after_meeting(doc, sentence.tokens, position + 1, last)
            ):
                series = separate_meetings(doc, sentence, index, clause, mentions)
                current = series[-1]
                opened_here = True
                continue
            offices, institutions = clause_parties(doc, sentence, kind, position, first, last)
            another = kind == "definite" and (
                _another_told(sentence.tokens, position, mentions, current)
                or _another_noun(doc.lex, sentence.tokens, position, last)
            )
            came_during = index > 0 and _came_during(sentence.tokens, start, position)
            refers_back = not another and (
                kind in ("again", "attendance", "definite")
                or _follows_on(doc, sentence.tokens, start, position)
                or _passive(sentence.tokens, start, position)
                or (came_during and current is not None and index - 1 in current.scope)
                or _attended(doc, sentence.tokens, start, position, mentions)
                or _of_the_meeting(doc, sentence.tokens, kind, start, position, end)
            )
            if (
                refers_back
                and kind == "verb"
                and current is not None
                and current.planned
                and not clause.planned
                and index - 1 in current.scope
                and not _earlier(doc, current, sentence, start, position, end)
            ):
                # "يلتقي الرئيس فلانا ... كما بحث الجانبان خلال اللقاء": a meeting told
                # in the present, then in the past, was held.
                current.planned = False
            if (
                current is not None
                and not clause.planned
                and not current.planned
                and (refers_back or not _another_day(doc, current, sentence, clause))
                and (
                    refers_back
                    or (
                        named <= set(current.persons)
                        and not _new_parties(
                            doc,
                            current,
                            sentence,
                            start,
                            position,
                            institutions + (offices if kind == "verb" else []),
                        )
                        and not _earlier(doc, current, sentence, start, position, end)
                    )
                )
            ):
                event = current
            else:
                previous = current
                event = Event(sentence=index, planned=clause.planned)
                if came_during:
                    # "دعت فلانة ... . جاء ذلك خلال لقاء مع علان": who spoke before met
                    event.scope.append(index - 1)
                    speaker = _first_named(doc, index - 1)
                    if speaker is not None:
                        event.add_person(speaker)
                elif refers_back and index:
                    event.scope.append(index - 1)  # what "the meeting" refers to
                elif index and _he_said(doc.lex, sentence, start, position):
                    # "وقال فلان ... . وأضاف أنه ناقش مع علان": the speaker before met
                    speaker = _first_named(doc, index - 1)
                    if speaker is not None:
                        event.add_person(speaker)
                elif kind == "verb" and in_any(sentence.tokens[position], doc.lex.object_verbs):
                    # "استقبله فلان": the one met is the last person named before.
                    after = {m.person for m in mentions if m.start > position}
                    met = _named_before(doc, index, position, after)
                    if met is not None:
                        event.add_person(met)
                elif (
                    previous is not None
                    and previous.persons
                    and (
                        (not named and len(offices) + len(institutions) == 1)
                        or (
                            kind == "verb"
                            and (
                                _object_first(doc.lex, sentence.tokens, position)
                                or (
                                    len(named) + len(offices) + len(institutions) == 1
                                    and (
                                        _same_subject_goes_on(sentence.tokens, position)
                                        or _and_met_one(
                                            doc.lex, sentence.tokens, start, position, end
                                        )
                                    )
                                )
                            )
                        )
                    )
                ):
                    # "ثم استقبل وفدا من ...", "حيث التقى بنظيره ...", "قبل أن يستقبل
                    # السفيرة ...": the verb's subject is the last meeting's first party.
                    event.add_person(_subject_before(sentence, position, previous))
                elif (
                    kind == "verb"
                    and len(named) + len(offices) + len(institutions) == 1
                    and _same_subject_goes_on(sentence.tokens, position)
                    and (subject := _named_first(sentence, start)) is not None
                ):
                    # "وصل فلان إلى طنجة للمشاركة في اجتماع، حيث التقى علان": the
                    # sentence's subject, of no meeting before
                    event.add_person(subject)
                events.append(event)
                current = event
                series = [event]
                opened_here = True
            if kind == "verb" and delegation_subject(sentence.tokens, start, position, end):
                add_delegation(doc, event, index)  # the subject: the meeting's first party
            for mention in mentions:
                event.add_person(mention.person)
            event.offices += offices
            event.institutions += institutions
            for institution in institutions:
                sentence.parties.update(range(institution.start, institution.end))
            add_time_and_place(doc, event, sentence, clause)
            for told in series if event in series and refers_back else [event]:
                if index not in told.scope:
                    told.scope.append(index)
        if current is not None and not opened_here and index not in current.scope:
            members = delegation_members(doc, sentence)
            if members or _about(doc, sentence, current, index):
                # What follows meetings told one by one ("خلال هذه الاجتماعات") is of each.
                for told in series or [current]:
                    told.scope.append(index)
                host = welcoming_host(doc, sentence)
                if host is not None:
                    current.add_person(host)
                for mention in members:
                    current.add_person(mention.person)
                    if mention.country is None:
                        mention.country = delegation_state(doc, sentence, current)


def _spoke_at(tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause open with what someone said during the meeting it refers to or
    tells ("وصرح الوزير فلان لدى افتتاح الاجتماع بأن", "وأكد فلان في اتصال هاتفي مع
    علان")? The speaker took part."""
    k = position - 1
    if k > start and tokens[k].core in _PARTS_OF_A_MEETING:
        k -= 1
    return k > start and tokens[k].norm in _DURING and tokens[start].bare in _SAID


def _another_told(tokens: list[Token], position: int, mentions, current) -> bool:
    """Does a definite meeting noun tell its own parties, all new, in a relative clause
    ("تبعا للمكالمة التي تمت بتاريخ ... بين فلان وعلان")? Then it is another meeting,
    not the one before."""
    named = {m.person for m in mentions}
    if current is None or not named or not named.isdisjoint(current.persons):
        return False
    first = min(m.start for m in mentions)
    relative = next(
        (k for k in range(position + 1, min(position + 4, first)) if tokens[k].norm in _RELATIVES),
        None,
    )
    return relative is not None and any(t.norm == "بين" for t in tokens[relative:first])


_OTHER = frozenset({"اخر", "اخري", "ثان", "ثاني", "ثانيه"})  # normalised


def _another_noun(lex: Lexicon, tokens: list[Token], position: int, end: int) -> bool:
    """Does the clause go on to tell of another meeting ("وجاء الاتصال عقب اتصال آخر
    أجراه فلان مع علان", "بعد آخر شبيه بين فلان وعلان")? Then its parties are that
    one's."""
    for k in range(position + 1, min(end, len(tokens))):
        if tokens[k].core not in _OTHER:
            continue
        if tokens[k - 1].norm == "بعد":
            return True  # "ويأتي هذا اللقاء بعد آخر شبيه بين فلان وعلان"
        if any(in_any(t, lex.nouns) for t in tokens[max(position + 1, k - 2) : k]):
            return True
    return False


def _attended(doc: Document, tokens: list[Token], start: int, position: int, mentions) -> bool:
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


def _of_the_meeting(doc: Document, tokens: list[Token], kind, start, position, end) -> bool:
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


def _follows_on(doc: Document, tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause open with what it follows ("وعقب الاستقبال عقد اجتماع حضره ...")?
    Then it goes on with the same visit and its meeting."""
    return any(
        tokens[k].bare in _AFTER and in_any(tokens[k + 1], doc.lex.definite_nouns)
        for k in range(start, min(position, len(tokens) - 1))
    )


def _passive(tokens: list[Token], start: int, position: int) -> bool:
    """Is the cue a noun after "جرى" or "تم" ("كما جرى بحث زيارة الرئيس", "وتم بحث
    ..."): what was discussed at the meeting told before, not another one?"""
    return position > start and tokens[position - 1].bare in _WAS_DONE


def _first_named(doc: Document, index: int) -> int | None:
    """The first person a sentence names, relatives and spokespersons aside: who it
    says spoke or acted."""
    sentence = doc.sentences[index]
    return next(
        (
            m.person
            for m in sorted(sentence.people.mentions + sentence.refs, key=lambda m: m.start)
            if m.person is not None and not m.kin and not _spokesperson(doc, m.person)
        ),
        None,
    )


def _came_during(tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause say that what the sentence before told came during the meeting
    ("جاء ذلك خلال لقائهما", "وجاء ذلك لدى استقباله ...")? Then it tells more of it."""
    return (
        position - start == 3
        and tokens[start].norm.removeprefix("و") in _CAME
        and tokens[start + 1].norm == "ذلك"
        and tokens[position - 1].norm in _DURING
    )


_THAT_HE = frozenset({"انه", "بانه", "وانه"})  # normalised: "أنه", "بأنه", "إنه"


def _he_said(lex: Lexicon, sentence: Sentence, start: int, position: int) -> bool:
    """Does the clause open with a verb of saying whose subject is not named, then
    "أنه" before the meeting verb ("وأضاف بأنه ناقش مع ...")? Its subject is who spoke
    in the sentence before."""
    tokens = sentence.tokens
    if position - start != 2 or tokens[position - 1].norm not in _THAT_HE:
        return False
    if any(m.start < position for m in sentence.people.mentions + sentence.refs):
        return False
    return tokens[start].bare.removeprefix("و") in lex.reporting_verbs


def _attending(doc: Document, tokens: list[Token], start: int) -> bool:
    """Is the person at `start` said to attend ("بحضور المتحدث باسم الوزارة فلان")?"""
    return any(in_any(t, doc.lex.attendance) for t in tokens[max(0, start - 2) : start])


def _spokesperson(doc: Document, person: int) -> bool:
    """A spokesperson reports a meeting ("وفق ما أعلنه المتحدث باسم القوات فلان");
    they are not one of its parties."""
    return doc.registry.people[person].first("head") in _SPOKESPERSONS


def _named_before(doc: Document, index: int, position: int, named: set[int]) -> int | None:
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


def _subject_before(sentence: Sentence, position: int, previous: Event) -> int:
    """The last meeting's party a verb with no subject of its own goes on with: the
    first of them named earlier in its sentence ("وتشاور عراقجي مع نظيره ..., ثم عقد
    اجتماعات مع ..."), else the last meeting's first party."""
    earlier = sorted(
        (m for m in sentence.people.mentions + sentence.refs if m.start < position),
        key=lambda m: m.start,
    )
    for mention in earlier:
        if mention.person in previous.persons and not mention.kin:
            return mention.person
    return previous.persons[0]


def _named_first(sentence: Sentence, end: int) -> int | None:
    """The first person the sentence names before `end`."""
    earlier = [m for m in sentence.people.mentions + sentence.refs if m.start < end and not m.kin]
    return min(earlier, key=lambda m: m.start).person if earlier else None


def _same_subject_goes_on(tokens: list[Token], position: int) -> bool:
    """Does the verb at `position` follow a word that carries on with the subject before
    ("ثم", "حيث", "قبل أن")? Then the one party after it is whom the subject met."""
    before = [t.norm for t in tokens[max(0, position - 2) : position]]
    if before[-1:] and before[-1].removeprefix("و") in _SAME_SUBJECT:
        return True
    return before[-1:] == ["ان"] and before[0].removeprefix("و") in ("قبل", "بعد")


def _and_met_one(lex, tokens: list[Token], start: int, position: int, end: int) -> bool:
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
    return opened and not any(t.norm == "مع" or t.prefix == "ب" for t in tokens[position + 1 : end])


def _object_first(lex, tokens: list[Token], position: int) -> bool:
    """Does the verb's object come right after it, with no subject between ("التقى
    بنظيره", "اجتمع مع ...", "عقد اجتماعات مع ...")?"""
    k = position + 1
    if k < len(tokens) and in_any(tokens[k], lex.nouns):
        k += 1  # the meeting the verb holds
    return k < len(tokens) and (tokens[k].norm == "مع" or tokens[k].prefix == "ب")


def _new_parties(doc: Document, event: Event, sentence: Sentence, start, position, parties):
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


def _about(doc: Document, sentence: Sentence, event: Event, index: int) -> bool:
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


def _another_day(doc: Document, event: Event, sentence: Sentence, clause: Clause) -> bool:
    """Does a clause state a day other than the meeting's ("وكان X قد التقى Y الأربعاء
    الماضي")? Then it reports another meeting of the same people."""
    if not (event.date_found and event.date):
        return False
    position = clause.position
    tokens = sentence.tokens[clause.start : min(clause.end, position + 3)]
    if any(in_any(t, doc.lex.definite_nouns) for t in tokens):
        return False  # "ناقش الاجتماع": the meeting before, as reported another day
    found = clause_date(doc, sentence, position, clause.end)
    return found.date is not None and found.date != event.date


def _earlier(doc: Document, event: Event, sentence: Sentence, start, position, end) -> bool:
    """Does a clause tell of an earlier meeting of the same people ("وكان X قد التقى Y
    في أثينا"): a pluperfect, or a city other than the meeting's?"""
    tokens = sentence.tokens
    before = [t.norm for t in tokens[start:position]]
    if "قد" in before and any(w.lstrip("و") in WAS for w in before):
        return True
    if event.place is None or event.remote:
        return False
    subject = subject_words(doc, sentence, position, end)
    place, _ = clause_place(doc, sentence, position, end, subject)
    return place is not None and place != event.place
