"""The article being read, and what the passes of `pipeline` add to it.

A `Document` starts as the article's text, its published date, the lexicon and the
topic patterns; each pass adds one kind of annotation (the story's paragraphs, the
sentences and their tokens, the people each sentence names, the article's people,
the meetings ...) that later passes read.
"""

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from .known import KnownPeople
from .lexicon import Lexicon
from .registry import Registry
from .results import ExtractedMeeting
from .text import Paragraph
from .tokens import Token

if TYPE_CHECKING:
    from .topics import CuePattern  # topics reads documents

# --- what a sentence says of people (see `mentions`, `institutions`) ------------------


@dataclass
class Mention:
    """A person named in a sentence (token indices are the sentence's)."""

    start: int
    end: int
    name: str
    name_tokens: tuple[Token, ...]
    role: str | None = None
    head: str | None = None
    country: str | None = None
    ministry: str | None = None
    org: str | None = None
    counterpart: bool = False
    # a counterpart of someone the text gives a state ("التقى الإيراني فلان نظيره العراقي")
    partner_marked: bool = False
    former: bool = False  # "المبعوث الأممي السابق"
    stateless: bool = False  # of a body of many states ("الأمين العام لجامعة الدول العربية")
    # the heads of further offices the same phrase gives ("القائد العام ... وزير الدفاع")
    other_heads: tuple[str, ...] = ()
    kin: bool = False
    visiting: str | None = None  # "فلان، الذي يزور حاليا تركيا": not of that state
    person: int | None = field(default=None, compare=False)

    @classmethod
    def of(cls, tokens: list[Token], name: list[int], office: "Office | None") -> "Mention":
        """The person named by tokens[name], holding `office` when one introduces them."""
        name_tokens = tuple(tokens[i] for i in name)
        mention = cls(
            start=office.start if office else name[0],
            end=name[-1] + 1,
            name=" ".join(t.text for t in name_tokens).replace(" .", "."),
            name_tokens=name_tokens,
        )
        if office:
            take_office(mention, office)
        return mention


@dataclass
class Office:
    """An office phrase with no name of its own ("السفير الإيطالي لدى ليبيا")."""

    start: int
    end: int
    role: str
    head: str
    country: str | None
    ministry: str | None
    org: str | None
    counterpart: bool = False
    partner_marked: bool = False  # as Mention.partner_marked
    former: bool = False  # "المبعوث الأممي السابق"
    stateless: bool = False  # of a body of many states ("الأمين العام لجامعة الدول العربية")
    other_heads: tuple[str, ...] = ()  # as Mention.other_heads


def take_office(mention: Mention, office: Office) -> None:
    mention.role = office.role
    mention.head = office.head
    mention.country = office.country
    mention.ministry = office.ministry
    mention.org = office.org
    mention.counterpart = office.counterpart
    mention.former = office.former
    mention.stateless = office.stateless
    mention.other_heads = office.other_heads


@dataclass
class Institution:
    start: int
    end: int
    org: str
    country: str | None
    ministry: str | None
    # a body the lexicon lists as speaking for no one state (NATO, the African Union)
    multilateral: bool = False
    # the body whose own meeting the cue names ("اجتماع اللجنة المشتركة")
    met: bool = False
    # a state's delegation named by its adjective: "وفد" ("وفدا أمنيا أردنيا") or
    # "الوفد" ("الوفد التركي", the one whose members were named before)
    delegation: str | None = None
    # a body that sends the people met ("وفدا من المنظمة الدولية للهجرة")
    sends: bool = False


@dataclass
class SentencePeople:
    mentions: list[Mention] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    # the tokens read as people, offices or institutions
    claimed: set[int] = field(default_factory=set)


# --- sentences ----------------------------------------------------------------------


@dataclass
class Clause:
    """A clause holding a meeting cue (see `triggers`)."""

    start: int
    end: int
    position: int  # the cue's token
    # "verb", "again" (a verb with a pronoun partner), "noun", "definite", "attendance",
    # "body" (a body that met on its own)
    kind: str
    planned: bool  # announced, not held


@dataclass
class Sentence:
    text: str
    norm: str
    tokens: list[Token]
    people: SentencePeople = field(default_factory=SentencePeople)
    refs: list[Mention] = field(default_factory=list)
    # the states the sentence names, and its words naming a city and a state alike
    states: tuple[Counter, tuple[str, ...]] = (Counter(), ())
    # pairs of states whose ties it names ("العلاقات بين لبنان وسوريا")
    paired: list[tuple[str, str]] = field(default_factory=list)
    # the clauses holding a meeting cue
    clauses: list[Clause] = field(default_factory=list)
    # tokens of the institutions taking part in a meeting
    parties: set[int] = field(default_factory=set)
    # the first token after a dateline ("أبوظبي في 27 سبتمبر / وام /"): its date is the
    # dispatch's, not the meeting's
    body_start: int = 0
    # normalised text of token spans, by (start, end): see `span_norm`
    _spans: dict[tuple[int, int], str] = field(default_factory=dict, repr=False)

    def span_norm(self, start: int, end: int) -> str:
        """The normalised text of tokens[start:end] (each token is normalised as it is
        made, see `tokens`), the form dates are read in; kept, since a clause is read
        for its date several times while meetings are grouped."""
        key = (start, end)
        if key not in self._spans:
            self._spans[key] = " ".join(t.norm for t in self.tokens[start:end])
        return self._spans[key]

    @cached_property
    def content(self) -> str:
        """The normalised sentence without its people and the institutions taking part,
        for topic cues: "رئيس أركان الجيش" says nothing about what was discussed, while
        "في مجال إدارة الحدود" does though "إدارة" can open an institution's name."""
        people = self.people
        institutions = set()
        for institution in people.institutions:
            institutions.update(range(institution.start, institution.end))
        skipped = (people.claimed - institutions) | self.parties
        return " ".join(t.norm for k, t in enumerate(self.tokens) if k not in skipped)


# --- meetings -----------------------------------------------------------------------


@dataclass
class Event:
    """A meeting as the sentences report it, before it is judged one (see `assembly`)."""

    sentence: int
    persons: list[int] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    scope: list[int] = field(default_factory=list)
    date: dt.date | None = None
    end_date: dt.date | None = None
    date_found: bool = False
    date_precision: str = "day"  # "day", "month" or "year" (see `dates.FoundDate`)
    same_day: bool = False  # the date is an earlier one's ("في اليوم نفسه", "في وقت لاحق")
    before_another: bool = False  # told as held before another ("في وقت سابق")
    place: str | None = None
    place_country: str | None = None
    planned: bool = False
    remote: bool = False
    topics: tuple[str, ...] = ()

    @property
    def is_meeting(self) -> bool:
        """Two parties at least, one of them named; or, with no one named, two
        institutions, or one holding its own meeting ("an internal meeting of one body
        counts")."""
        named = len(self.persons)
        unnamed = len(self.offices) + len(self.institutions)
        if named:
            return named + unnamed >= 2
        orgs = {i.org for i in self.institutions}
        return len(orgs) >= 2 or any(i.met for i in self.institutions)

    def add_person(self, person: int) -> None:
        if person not in self.persons:
            self.persons.append(person)


# --- the article --------------------------------------------------------------------


@dataclass
class Document:
    text: str
    # the date the article states (see `story`), else the one it was given
    published: dt.date | None
    lex: Lexicon
    topic_patterns: tuple[tuple[str, "CuePattern"], ...]
    # the people the archive knows (see `known`), when the caller has an archive
    known: KnownPeople | None = None
    story: list[Paragraph] = field(default_factory=list)
    # the month a scraper's marker gives when it gives no day ("date 2022-12")
    published_month: dt.date | None = None
    title: str | None = None
    # the state and the city of the dateline ("القاهرة - أ ش أ")
    dateline: str | None = None
    dateline_city: str | None = None
    sentences: list[Sentence] = field(default_factory=list)
    registry: Registry = field(default_factory=Registry)
    # how often each state is named in the article
    counts: Counter = field(default_factory=Counter)
    events: list[Event] = field(default_factory=list)
    meetings: tuple[ExtractedMeeting, ...] = ()
