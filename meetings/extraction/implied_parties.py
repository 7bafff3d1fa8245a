"""The parties of a new meeting that its own clause does not name, for `grouping`: who
spoke before a sentence that says it was "during a meeting" ("جاء ذلك خلال لقاء مع
علان"), the two "the meeting" refers back to, a speaker whose words tell of meeting
someone, the host of "استقبله", and the subject of the meeting before, of the sentence
or of the sentence before ("وصل فلان إلى الرياض. والتقى مع ...").
"""

from typing import NamedTuple

from .clause_subjects import (
    and_met_one,
    during_his_meeting,
    earlier_hosts,
    first_named,
    led_him_to,
    named_before,
    named_first,
    object_first,
    received_him,
    said_during_his_meeting,
    same_subject_goes_on,
    subject_before,
    subject_described_first,
    the_two_named_before,
    their_two_before,
)
from .document import Clause, Document, Event, Institution, Mention, Office
from .reported_speech import (
    he_said,
    in_his_own_words,
    quoted_after_his_meeting,
    reported_of_one_named_before,
    speaker_before,
    speaker_going_on,
)
from .tokens import in_any
from .visits import subject_left_out, the_visit_included


class ClauseParties(NamedTuple):
    """Whom a clause names for its meeting: the people, those of them named before
    "بحضور" (its parties rather than who attended), unnamed offices and bodies."""

    mentions: list[Mention]
    parties: set[int]
    offices: list[Office]
    institutions: list[Institution]


def add_implied_parties(
    doc: Document,
    event: Event,
    index: int,
    clause: Clause,
    told: ClauseParties,
    previous: Event | None,
    *,
    refers_back: bool,
    came_during: bool,
) -> None:
    """Add to `event`, the meeting the clause at `index` opens, the party its clause
    leaves out, if the text shows who; `previous` is the meeting told before it."""
    sentence = doc.sentences[index]
    start, end, position, kind = clause.start, clause.end, clause.position, clause.kind
    mentions, parties, offices, institutions = told
    named = {m.person for m in mentions}
    whose = _whose_counterpart(sentence, start, position, mentions) if kind == "definite" else None
    if whose is not None:
        # "قال فلان إن المباحثات التي جرت مع نظيره علان تناولت ...": talks with his
        # counterpart are his
        event.add_person(whose)
    if came_during:
        # "دعت فلانة ... . جاء ذلك خلال لقاء مع علان": who spoke before met;
        # "أكد فلان وعلان ... . جاء ذلك خلال لقاء عقد بينهما": both
        event.scope.append(index - 1)
        speakers = the_two_named_before(doc, index, position) or [speaker_before(doc, index)]
        for speaker in speakers:
            if speaker is not None:
                event.add_person(speaker)
    elif index and in_his_own_words(doc.lex, sentence, start, position):
        # "قال فلان ... . وتابع: "خلال لقائي بالرئيس علان ...": who spoke met
        event.scope.append(index - 1)
        speaker = speaker_going_on(doc, index)
        if speaker is not None:
            event.add_person(speaker)
    elif refers_back and index:
        event.scope.append(index - 1)  # what "the meeting" refers to
        if not named:
            # the first meeting of the story: "the meeting" is of the two the
            # sentence before named ("أكد الرئيس فلان للرئيس علان ... .
            # وجرى خلال اللقاء ...")
            first_told = previous is None and kind == "definite"
            the_two = the_two_named_before(doc, index, position, first_told, one_each=True)
            for person in the_two:
                event.add_person(person)
    elif pair := their_two_before(sentence, position):
        # "تسلم فلان الرسالة من علان؛ وذلك خلال لقائهما"
        for person in pair:
            event.add_person(person)
    elif (he := reported_of_one_named_before(doc.lex, sentence, start, position)) is not None:
        # "... زيارة الرئيس فلان، وأفادت مصادر بأنه ناقش خلال لقائه بعلان"
        event.add_person(he)
    elif index and (
        he_said(doc.lex, sentence, start, position)
        or quoted_after_his_meeting(sentence, start, position)
        or (start == 0 and during_his_meeting(sentence, start, position))
        or (start == 0 and said_during_his_meeting(doc.lex, sentence, start, position))
        or the_visit_included(sentence, start, position)
    ):
        # "وقال فلان ... . وأضاف أنه ناقش مع علان": the speaker before met;
        # "اختتم فلان جولته ... . وأفاد البيان بأن الزيارة تضمنت اجتماعا مع علان"
        speaker = speaker_before(doc, index)
        if speaker is not None:
            event.add_person(speaker)
    elif index and (pair := the_two_named_before(doc, index, position)) and named <= set(pair):
        # "وصل الرئيس فلان ... بدعوة من نظيره علان. وبحث الرئيسان ...",
        # "وخلال لقائهما، أشاد فلان ...": one of the two may be named again
        for person in pair:
            event.add_person(person)
    elif (
        (kind == "verb" and in_any(sentence.tokens[position], doc.lex.object_verbs))
        or received_him(sentence.tokens, position, end)
        or led_him_to(sentence.tokens, start, position)
    ):
        # "استقبله فلان", "مما اضطره إلى عقد اجتماع مع فلان": the one met is the last
        # person named before.
        after = {m.person for m in mentions if m.start > position}
        hosts = earlier_hosts(doc, sentence, position)
        met = named_before(doc, index, position, after | hosts)
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
                    object_first(doc.lex, sentence.tokens, position)
                    or (
                        len(parties) + len(offices) + len(institutions) == 1
                        and (
                            same_subject_goes_on(sentence.tokens, position)
                            or and_met_one(doc.lex, sentence.tokens, start, position, end)
                        )
                    )
                )
            )
        )
    ):
        # "ثم استقبل وفدا من ...", "حيث التقى بنظيره ...", "قبل أن يستقبل
        # السفيرة ...": the verb's subject is the last meeting's first party.
        before = next((e for e in reversed(doc.events[:-1]) if e.persons), None)
        event.add_person(subject_before(sentence, position, previous, before))
    elif (
        kind == "verb"
        and len(parties) + len(offices) + len(institutions) == 1
        and (
            same_subject_goes_on(sentence.tokens, position)
            or subject_described_first(sentence, start, position)
        )
        and (subject := named_first(sentence, start)) is not None
    ):
        # "وصل فلان إلى طنجة للمشاركة في اجتماع، حيث التقى علان": the
        # sentence's subject, of no meeting before
        event.add_person(subject)
    elif (
        kind == "verb"
        and index
        and subject_left_out(doc.lex, sentence, start, position)
        and (subject := first_named(doc, index - 1)) is not None
    ):
        # "وصل فلان إلى الرياض أمس. والتقى مع ولي العهد ...": who the
        # sentence before told of
        event.add_person(subject)


def _whose_counterpart(sentence, start: int, position: int, mentions: list[Mention]) -> int | None:
    """The person named before the meeting noun at `position` when the clause names the
    one other party, after it, as a counterpart with "مع" ("مع نظيره علان"): whose
    counterpart he is."""
    after = [m for m in mentions if m.start > position]
    tokens = sentence.tokens
    if len(after) != 1 or not after[0].counterpart or tokens[after[0].start - 1].norm != "مع":
        return None
    before = [
        m
        for m in sentence.people.mentions + sentence.refs
        if start <= m.start < position and not m.kin
    ]
    return min(before, key=lambda m: m.start).person if before else None
