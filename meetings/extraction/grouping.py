"""Sentences and their clauses into events: which meeting each cue reports.

Every clause holding a cue (see `triggers`) either opens a meeting or adds to the one
before: a clause that refers back ("خلال اللقاء", "حضر الاجتماع", "بحث معه") or names
no one new continues the current meeting; one that names someone new, states another
day or place, or tells of an earlier meeting opens another. Sentences without a cue
belong to the meeting before them when they go on about it, for its topics.

Adds the document's `events`, with their people, unnamed offices and institutions
(the parties), and each sentence's `parties`. A clause's date and place are read as
it is grouped (see `place_time`), since whether the next clause reports the same
meeting depends on them. Who a new meeting's clause leaves out but the text shows
(the speaker before, the subject of the meeting before) is `implied_parties`'.
"""

from .clause_links import (
    about,
    attended,
    attended_it,
    came_during_meeting,
    follows_on,
    new_parties,
    of_the_meeting,
    opened_it,
    passive,
    spoke_at_meeting,
    spoke_in_his_speech,
    thanked_for_reception,
    was_receiving,
)
from .clause_subjects import (
    attending,
    first_named,
    spokesperson,
)
from .cue_times import attended_as_it_came, came, did_something
from .delegations import GUESTS, delegation_named_before
from .document import Document, Event
from .encounters import calls_took_in
from .implied_parties import ClauseParties, add_implied_parties
from .one_by_one import (
    meeting_after_meeting,
    rejoin_lone_splits,
    separate_calls,
    separate_meetings,
    separately,
    told_apart_after,
    two_of_a_group,
)
from .other_meetings import (
    another_day,
    another_noun,
    another_told,
    before_it,
    came_after_another,
    earlier,
    the_last_one_between,
)
from .parties import clause_parties, parties_end, received
from .place_time import add_time_and_place
from .reported_speech import (
    reported_subject,
)
from .tokens import in_any
from .visits import (
    add_delegation,
    delegation_members,
    delegation_met,
    delegation_state,
    delegation_subject,
    held_with,
    named_office_holders,
    replying_party,
    welcoming_host,
)

# The two parties of the meeting told before, as a verb's subject (normalised).
_THE_TWO_SIDES = frozenset({"الجانبان", "الطرفان", "الوزيران", "الرئيسان", "الوفدان"})


def group_events(doc: Document) -> None:
    events = doc.events
    current: Event | None = None
    series: list[Event] = []  # the meetings the current clause told, one by one
    splits: list[tuple[Event, Event]] = []  # a meeting of two told out of a group's
    for index, sentence in enumerate(doc.sentences):
        opened_here = False
        for clause in sentence.clauses:
            start, end, position, kind = clause.start, clause.end, clause.position, clause.kind
            # Who the clause names before its cue took part when they spoke at the
            # meeting, thanked for the reception or attended it.
            named_before_cue = (
                kind in ("definite", "noun")
                and (
                    spoke_at_meeting(sentence.tokens, start, position)
                    or spoke_in_his_speech(sentence.tokens, start, position)
                    or thanked_for_reception(sentence.tokens, start, position)
                    or opened_it(sentence.tokens, start, position)
                    or was_receiving(sentence.tokens, start, position)
                )
            ) or (kind == "attendance" and attended_it(doc, sentence.tokens, start, position))
            first = start if kind in ("verb", "again") or named_before_cue else position
            if kind == "verb":
                first = reported_subject(doc, sentence, first, position)
            last = parties_end(doc, sentence, position, end)
            mentions = [
                m
                for m in sorted(sentence.people.mentions + sentence.refs, key=lambda m: m.start)
                if first <= m.start < last
                and m.start >= sentence.body_start  # "بغداد / فلان / الأناضول": a byline
                and m.person is not None
                and not doc.registry.people[m.person].kin_only
                and not m.kin
                and not (
                    spokesperson(doc, m.person)
                    and not attending(doc, sentence.tokens, m.start)
                    and not received(doc, sentence.tokens, kind, position, m.start)
                )
            ]
            named = {m.person for m in mentions}
            # those the clause names before "بحضور": its parties, not who attended
            attended_from = next(
                (
                    k
                    for k in range(position + 1, last)
                    if in_any(sentence.tokens[k], doc.lex.attendance)
                ),
                last,
            )
            parties = {m.person for m in mentions if m.start < attended_from}
            # "كما شملت الاتصالات فلان، وعلان": the calls told before, each with its
            # caller, who opened the sentence that told them; none told, no call
            caller = None
            if calls_took_in(sentence.tokens, position):
                if current is None:
                    continue
                caller = first_named(doc, current.sentence)
            if len(named | {caller} - {None}) >= 3 and (
                separately(sentence.tokens, position + 1, last)
                or told_apart_after(doc, index)
                or separate_calls(sentence.tokens, position + 1, last)
                or meeting_after_meeting(doc, sentence.tokens, position + 1, last)
            ):
                series = separate_meetings(
                    doc, sentence, index, clause, mentions, attended_from, caller
                )
                current = series[-1]
                opened_here = True
                continue
            offices, institutions = clause_parties(doc, sentence, kind, position, first, last)
            another = kind == "definite" and (
                another_told(sentence.tokens, position, mentions, current)
                or another_noun(doc.lex, sentence.tokens, position, last)
                or before_it(doc.lex, sentence.tokens, start, position, last)
                or came_after_another(doc.lex, sentence.tokens, position, last)
                or the_last_one_between(sentence.tokens, position, last)
            )
            if (
                kind == "definite"
                and not another
                and came(sentence.tokens, start, position)
                and not attended_as_it_came(doc.lex, sentence.tokens, position, end)
            ):
                # "ويأتي الاجتماع في إطار ... إعلان الرئيس فلان": who is named is of the
                # events the meeting is set among
                mentions, named, offices, institutions = [], set(), [], []
            came_during = index > 0 and came_during_meeting(sentence.tokens, start, position)
            refers_back = not another and (
                kind in ("again", "attendance", "definite")
                # "وبحث الجانبان أيضا، بحضور فلان، ...": the two of the meeting before
                or (
                    kind == "verb"
                    and position + 1 < end
                    and sentence.tokens[position + 1].norm in _THE_TWO_SIDES
                )
                or follows_on(doc, sentence.tokens, start, position)
                or passive(sentence.tokens, start, position)
                or (
                    came_during
                    and current is not None
                    and index - 1 in current.scope
                    # "أكد فلان أن الاجتماع المقبل سيناقش ... . جاء ذلك خلال لقائه
                    # بعلان": a meeting with someone new is not the one to come
                    and not (current.planned and named - set(current.persons))
                )
                or attended(doc, sentence.tokens, start, position, mentions)
                or of_the_meeting(doc, sentence.tokens, kind, start, position, end)
            )
            if (
                refers_back
                and (
                    kind == "verb"
                    # "يعقد فلان اجتماعا مع علان ... كما تناول الاجتماع ...": the meeting
                    # that did something was held
                    or (kind == "definite" and did_something(doc.lex, sentence.tokens, position))
                )
                and current is not None
                and current.planned
                and not clause.planned
                and index - 1 in current.scope
                and not earlier(doc, current, sentence, start, position, end)
            ):
                # "يلتقي الرئيس فلانا ... كما بحث الجانبان خلال اللقاء": a meeting told
                # in the present, then in the past, was held.
                current.planned = False
            elif (
                refers_back
                and kind in ("attendance", "definite")
                and current is not None
                and current.planned
                and not clause.planned
                # "اللقاء" after one announced is the one held before it; "حضر" may be
                # another event's ("شارك في حفل تنصيب الرئيس")
                and (held := held_with(events, current, index, just_before=kind == "definite"))
                is not None
            ):
                # "استقبل فلان علانا ... على هامش المؤتمر المقرر بعد يومين. وحضر
                # الاستقبال ...": the meeting attended is the one held, not the one to come
                current = held
            folds = (
                current is not None
                and not clause.planned
                and not current.planned
                and (refers_back or not another_day(doc, current, sentence, clause))
                and (
                    refers_back
                    or (
                        named <= set(current.persons)
                        and not new_parties(
                            doc,
                            current,
                            sentence,
                            start,
                            position,
                            institutions + (offices if kind == "verb" else []),
                        )
                        and not earlier(doc, current, sentence, start, position, end)
                    )
                )
            )
            group = (
                current
                if folds
                and not refers_back
                and two_of_a_group(doc.lex, sentence.tokens[start:end], kind, named, current)
                else None
            )
            if folds and group is None:
                event = current
            else:
                event = Event(sentence=index, planned=clause.planned)
                add_implied_parties(
                    doc,
                    event,
                    index,
                    clause,
                    ClauseParties(mentions, parties, offices, institutions),
                    current,
                    refers_back=refers_back,
                    came_during=came_during,
                )
                events.append(event)
                if group is not None:
                    splits.append((event, group))
                current = event
                series = [event]
                opened_here = True
            if kind == "verb" and (
                delegation_subject(sentence.tokens, start, position, end)
                or delegation_met(sentence.tokens, position, end)
            ):
                add_delegation(doc, event, index)  # the subject, or the one met
            for mention in mentions:
                event.add_person(mention.person)
            event.offices += offices
            for institution in institutions:
                members = delegation_named_before(doc, index, institution, event)
                for member in members:
                    event.add_person(member)
                if not members and institution.delegation not in GUESTS:
                    event.institutions.append(institution)
            for institution in institutions:
                sentence.parties.update(range(institution.start, institution.end))
            add_time_and_place(doc, event, sentence, clause)
            for told in series if event in series and refers_back else [event]:
                if index not in told.scope:
                    told.scope.append(index)
        if current is not None and not opened_here and index not in current.scope:
            members = delegation_members(doc, sentence) or named_office_holders(
                doc, sentence, current
            )
            if members or about(doc, sentence, current, index):
                # What follows meetings told one by one ("خلال هذه الاجتماعات") is of each.
                for told in series or [current]:
                    told.scope.append(index)
                for host in (welcoming_host(doc, sentence), replying_party(doc, sentence, current)):
                    if host is not None:
                        current.add_person(host)
                for mention in members:
                    current.add_person(mention.person)
                    if mention.country is None:
                        mention.country = delegation_state(doc, sentence, current)
    rejoin_lone_splits(events, splits)
