"""The places the story's frame gives a meeting its text puts nowhere: the city of a
headline that tells of it, and the dateline's city when the text puts the meeting there
(the meeting the story opens with, a visitor "الذي يزور البلاد")."""

import re

from .document import Document, Event, Sentence
from .places import clause_place
from .tokens import in_any, tokenize
from .words import is_counterpart

# The visitor of the dateline's state ("الذي يزور البلاد حاليا"), its ambassador there
# ("لدى الدولة"): the meeting is in the dateline's city.
_HERE = re.compile(
    r"(?<!\w)(?:[يت]زور\s+(?:البلاد|الدوله|المملكه|الامارات)|لدي\s+(?:البلاد|الدوله|المملكه))"
)


def headline_place(doc: Document, event: Event) -> None:
    """The city a headline that tells of a meeting puts it in ("المجلس الرئاسي يعقد
    اجتماعه الأول في طرابلس"), for the story's first meeting when its text names none."""
    if not doc.title:
        return
    tokens = tokenize(doc.title)
    lex = doc.lex
    if not any(
        in_any(t, lex.verbs) or in_any(t, lex.nouns) or is_counterpart(lex, t) for t in tokens
    ):
        return  # "الوزير يوقع مع نظيره المالي في باماكو": a counterpart tells of a meeting
    headline = Sentence(doc.title, " ".join(t.norm for t in tokens), tokens)
    place, country = clause_place(doc, headline, 0, len(tokens))
    if place and event.place_country in (None, country):
        event.place, event.place_country = place, country


# The states where the bodies that host in their own seats sit: a dateline of New York
# and the UN's Secretary-General, of Brussels and the EU's.
_SEATS = {"UN": "US", "EU": "BE"}
# Who sits there: the Secretary-General, the Commission's or Council's president; not
# an envoy or a representative, who meet people elsewhere.
_SEATED_HEADS = frozenset({"الأمين العام", "رئيس", "رئيسه"})

# The sentences a lead may take before the story's first meeting: the dateline on a
# line of its own, and what the host said.
_LEAD_SENTENCES = 2
# A line of its own that holds no more than a dateline: "دمشق - سانا", "المدى / بغداد".
_CITY_LINE_TOKENS = 5


def dateline_place(doc: Document, event: Event) -> None:
    """The dateline's city when the text puts the meeting there: the meeting the story
    opens with, or one with a visitor "الذي يزور البلاد" or an ambassador "لدى الدولة";
    with a host who may be of that state."""
    if not doc.dateline_city or event.place_country not in (None, doc.dateline):
        return
    # The meeting the story opens with: the first sentence, the one the dateline opens,
    # or the first one told after a lead that tells no meeting of its own ("أكد الوزير
    # فلان ... . وشدد الوزير خلال استقباله علان ...").
    first_told = not any(e.sentence < event.sentence and e.is_meeting for e in doc.events)
    opens_story = (
        event.sentence == 0
        or doc.sentences[event.sentence].body_start > 0
        or (event.sentence <= _LEAD_SENTENCES and 0 in event.scope and first_told)
        # below the dateline's own line ("دمشق-سانا"), the story's first meeting
        or (
            event.sentence <= _LEAD_SENTENCES
            and first_told
            and all(
                len(doc.sentences[i].tokens) <= _CITY_LINE_TOKENS for i in range(event.sentence)
            )
        )
    )
    if not (opens_story or any(_HERE.search(doc.sentences[i].norm) for i in event.scope)):
        return
    people = [doc.registry.people[p] for p in event.persons]
    homes = {person.first("country") for person in people}
    homes |= {
        _SEATS[person.first("country")]
        for person in people
        if person.first("head") in _SEATED_HEADS and person.first("country") in _SEATS
    }
    if homes & {None, doc.dateline}:  # a host of the state (whose is found later)
        event.place, event.place_country = doc.dateline_city, doc.dateline
