"""From sentences to meetings.

Each sentence is read for people (see `people`); then every clause holding a cue
(التقى، بحث مع، اجتماع، حضر ...) either opens a meeting or adds to the one before:
a clause that refers back ("خلال اللقاء", "حضر الاجتماع", "بحث معه") or names no one
new continues the current meeting; one that names someone new opens another. Sentences
without a cue belong to the meeting before them when its topics are read.
"""

import datetime as dt
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from .dates import find_date, month_names, prepare
from .lexicon import Lexicon, match_phrase
from .normalize import name_key, normalize_arabic
from .people import Institution, Mention, Office, Reader, SentencePeople
from .text import Paragraph, sentences
from .tokens import Token, in_any, tokenize

_CLAUSE_BREAKS = frozenset({"؛", ";"})
_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "بلده", "منطقه", "جزيره", "عاصمه"})
# Buildings a meeting is held in: the town after them is the place ("بقصر قرطاج").
_VENUES = frozenset({"قصر", "مقر", "ديوان", "قاعده", "قاعه"})
# What "وفي ال...،" opens when it is not a place: "وفي المقابل،", "وفي الختام،".
_NOT_PLACES = frozenset(
    {"المقابل", "الختام", "الاثناء", "السياق", "الاطار", "الغضون", "المجمل", "النهايه"}
    | {"البدايه", "الوقت", "الاخير", "الشان", "التفاصيل", "الصدد", "الاطار", "المحصله"}
)
_PLACE_PREPOSITIONS = frozenset({"في", "وفي", "الي", "داخل"})  # normalised: إلى → الي
# "في منطقة الساحل": a region, not where a meeting was.
_REGIONS = frozenset({"الساحل", "الخليج", "المتوسط", "الشرق", "المغرب", "البحر", "القرن"})
_REGIONS |= frozenset({"الجنوب", "الشمال", "الغرب", "الوسط", "البحيرات", "الصحراء"})
# The visitor of the dateline's state ("الذي يزور البلاد حاليا"), its ambassador there
# ("لدى الدولة"): the meeting is in the dateline's city.
_HERE = re.compile(
    r"(?<!\w)(?:[يت]زور\s+(?:البلاد|الدوله|المملكه|الامارات)|لدي\s+(?:البلاد|الدوله|المملكه))"
)
_MAX_PLACE_WORDS = 3
_NOT_COUNTRIES_OF_PEOPLE = frozenset({"EU", "UN"})
_DATELINE_WORDS = 3
_DATELINE_ENDS = frozenset({"-", "--", "–", "—", "/", ")"})
_DATELINE_MAX = 15
_DATELINE_SENTENCES = 3  # an agency's name may come first: "وكالة الأنباء الأردنية (بترا)"
# "في اليوم ذاته", "مساء اليوم نفسه", "في نفس اليوم": the day of the meeting before.
_THE_DELEGATION = frozenset({"الوفد", "الوفود"})
_A_DELEGATION = frozenset({"وفد", "وفدا"})
_WAS = frozenset({"كان", "كانت", "كانا", "كانوا"})
_SAME_DAY = re.compile(
    r"(?<!\w)(?:اليوم\s+(?:ذاته|نفسه)|(?:نفس|ذات)\s+اليوم|(?:في\s+)?وقت\s+لاحق)(?!\w)"
)


@dataclass
class Sentence:
    text: str
    norm: str
    tokens: list[Token]
    people: SentencePeople
    refs: list[Mention] = field(default_factory=list)
    # the states the sentence names, and its words naming a city and a state alike
    states: tuple[Counter, tuple[str, ...]] = (Counter(), ())
    # tokens of the institutions taking part in a meeting
    parties: set[int] = field(default_factory=set)
    # the first token after a dateline ("أبوظبي في 27 سبتمبر / وام /"): its date is the
    # dispatch's, not the meeting's
    body_start: int = 0

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
        return prepare(" ".join(t.text for k, t in enumerate(self.tokens) if k not in skipped))


@dataclass
class Person:
    name: str
    words: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)

    @property
    def kin_only(self) -> bool:
        return all(m.kin for m in self.mentions)

    def first(self, attribute: str):
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value:
                return value
        return None


@dataclass
class Event:
    sentence: int
    persons: list[int] = field(default_factory=list)
    offices: list[Office] = field(default_factory=list)
    institutions: list[Institution] = field(default_factory=list)
    scope: list[int] = field(default_factory=list)
    date: dt.date | None = None
    end_date: dt.date | None = None
    date_found: bool = False
    same_day: bool = False  # the date is an earlier one's ("في اليوم نفسه", "في وقت لاحق")
    place: str | None = None
    place_country: str | None = None
    planned: bool = False
    remote: bool = False

    def add_person(self, person: int) -> None:
        if person not in self.persons:
            self.persons.append(person)


class Registry:
    """The people of one article, each under the fullest form of their name."""

    def __init__(self):
        self.people: list[Person] = []

    def add(self, mention: Mention) -> int:
        words = name_key(mention.name)
        found = self.find(words, mention)
        if found is None:
            self.people.append(Person(mention.name, words, [mention]))
            found = len(self.people) - 1
        else:
            person = self.people[found]
            person.mentions.append(mention)
            if len(words) > len(person.words):
                person.name, person.words = mention.name, words
        mention.person = found
        return found

    def find(self, words: tuple[str, ...], mention: Mention | None = None) -> int | None:
        candidates = []
        for i, person in enumerate(self.people):
            short, long_ = sorted((words, person.words), key=len)
            if short and all(w in long_ for w in short):
                candidates.append(i)
        if len(candidates) > 1 and mention is not None and mention.country:
            same = [i for i in candidates if self.people[i].first("country") == mention.country]
            candidates = same or candidates
        return candidates[-1] if candidates else None


class ArticleReader:
    def __init__(self, lex: Lexicon, published: dt.date | None, topic_cues: Mapping):
        self.lex = lex
        self.reader = Reader(lex)
        self.published = published
        self.topic_patterns = _topic_patterns(_freeze(topic_cues))
        self.registry = Registry()
        self.sentences: list[Sentence] = []
        self.counts: Counter = Counter()
        self.dateline: str | None = None
        self.dateline_city: str | None = None

    # --- reading ---------------------------------------------------------------------

    def read(self, story: list[Paragraph]) -> list[Event]:
        if story:
            self.dateline = self._dateline(tokenize(story[0].text))
        for paragraph in story[1:_DATELINE_SENTENCES]:
            # below an agency's name: "وكالة الأنباء القطرية" / "الدوحة في 22 مايو /قنا/"
            if self.dateline is not None or not paragraph.heading:
                break
            tokens = tokenize(paragraph.text)
            if len(tokens) <= _DATELINE_MAX and self._dateline_end(tokens):
                self.dateline = self._dateline(tokens)
        body = next((p for p in story if not p.heading), None)
        if self.dateline is None and body is not None:
            # below a site name: "الكويت - 5 - 3 (كونا) -- استقبل ..."
            tokens = tokenize(body.text)
            if self._dateline_end(tokens):
                self.dateline = self._dateline(tokens)
        for paragraph in story:
            if paragraph.heading:
                continue
            for sentence in sentences(paragraph.text):
                tokens = tokenize(sentence)
                people = self.reader.read(tokens)
                for mention in people.mentions:
                    self.registry.add(mention)
                self._resolve_counterparts(people)
                self.sentences.append(
                    Sentence(
                        sentence,
                        prepare(sentence),
                        tokens,
                        people,
                        states=self._states(tokens, _name_positions(people.mentions)),
                    )
                )
        for sentence in self.sentences[:_DATELINE_SENTENCES]:
            sentence.body_start = self._dateline_end(sentence.tokens)
        for sentence in self.sentences:
            sentence.refs = self._references(sentence)
        self.counts = self.countries()
        return self._events()

    def _dateline(self, tokens: list[Token]) -> str | None:
        """The state of the city an article opens with ("القاهرة - أ ش أ", "عمان (بترا)")."""
        cores = [t.core for t in tokens[:_DATELINE_WORDS]]
        for k in range(len(cores)):
            for table in (self.lex.cities, self.lex.country_names):
                length, code = match_phrase(cores, k, table, self.lex.max_phrase)
                if length:
                    if table is self.lex.cities and k == 0:
                        self.dateline_city = _written(tokens[:length])
                    return code
        return None

    def _dateline_end(self, tokens: list[Token]) -> int:
        """Where the story's first sentence starts after a dateline that opens with a
        city or state ("عمان 4 كانون الثاني (بترا)- بحث ..."), else 0."""
        cores = [t.core for t in tokens[:_DATELINE_MAX]]
        if not any(
            match_phrase(cores, 0, table, self.lex.max_phrase)[0]
            for table in (self.lex.cities, self.lex.country_names)
        ):
            return 0
        end = 0
        for k, token in enumerate(tokens[:_DATELINE_MAX]):
            if token.norm in _DATELINE_ENDS:
                end = k + 1
            elif in_any(token, self.lex.verbs) or in_any(token, self.lex.held_verbs):
                break
        return end

    def _resolve_counterparts(self, people: SentencePeople) -> None:
        """ "نظيره التركي" holds the office of the other party in the sentence, which an
        earlier sentence may have given ("تلقى الشيخ مبارك اتصالا من نظيره الأردني")."""
        counterparts = [m for m in people.mentions + people.offices if m.counterpart]
        if not counterparts:
            return
        partner = None
        for mention in people.mentions:
            if mention.counterpart:
                continue
            if mention.head:
                partner = mention
            elif mention.person is not None:
                person = self.registry.people[mention.person]
                partner = next((m for m in person.mentions if m.head and not m.counterpart), None)
            if partner is not None:
                break
        if partner is None:
            return
        for other in counterparts:
            other.role, other.head = partner.role, partner.head
            other.ministry, other.org = partner.ministry, partner.org

    def _references(self, sentence: Sentence) -> list[Mention]:
        """Later mentions by a short name ("الفيتوري") or by office alone ("الوزير التركي")."""
        refs = []
        claimed = sentence.people.claimed
        for k, token in enumerate(sentence.tokens):
            if k in claimed or token.is_punct or token.norm in self.lex.stopwords:
                continue
            word = name_key(token.core)
            if not word:
                continue
            for i, person in enumerate(self.registry.people):
                if word[0] == person.words[-1] or (
                    len(person.words) == 1 and word[0] == person.words[0]
                ):
                    refs.append(Mention(k, k + 1, person.name, (token,), person=i))
                    break
        for office in sentence.people.offices:
            person = self._holder(office)
            if person is not None:
                refs.append(Mention(office.start, office.end, "", (), person=person))
        return refs

    def _holder(self, office: Office) -> int | None:
        """The one named person of the article who holds this office, if any. An office
        with no nationality ("وكان وزير الخارجية قد التقى") is the one held by a person
        given none either: the article's own side."""
        if office.country is None and office.ministry is None:
            return None
        head = office.head.removesuffix("ه")
        found = {
            i
            for i, person in enumerate(self.registry.people)
            for m in person.mentions
            if m.head
            and m.head.removesuffix("ه") == head
            and person.first("country") == office.country
            and (office.ministry is None or m.ministry == office.ministry)
        }
        return found.pop() if len(found) == 1 else None

    # --- meetings --------------------------------------------------------------------

    def _clauses(self, sentence: Sentence) -> list[tuple[int, int]]:
        bounds, start = [], 0
        for k, token in enumerate(sentence.tokens):
            if k > start and (token.norm in _CLAUSE_BREAKS or token.norm in self.lex.continuation):
                bounds.append((start, k))
                start = k
        bounds.append((start, len(sentence.tokens)))
        return bounds

    def _trigger(self, tokens: list[Token], start: int, end: int):
        """(position, kind) of the clause's cue: verb, noun, definite, attendance; or None."""
        lex = self.lex
        meeting_noun_ahead = any(
            in_any(t, lex.nouns) or in_any(t, lex.definite_nouns) for t in tokens[start:end]
        )
        for k in range(start, end):
            t = tokens[k]
            # A verb takes و/ف but not ب/ل, which make it a noun ("لبحث": in order to study).
            verb = t.norm in lex.verbs or t.bare in lex.verbs
            held = t.norm in lex.held_verbs or t.bare in lex.held_verbs
            if verb or (meeting_noun_ahead and held):
                follows = tokens[k + 1].norm if k + 1 < end else ""
                return k, "again" if follows in lex.pronoun_partners else "verb"
            if in_any(t, lex.attendance):
                if in_any(t, lex.chair) and any(
                    t2.norm in lex.nouns or t2.bare in lex.nouns for t2 in tokens[k + 1 : end]
                ):
                    return k, "verb"  # "ترأس اجتماعا للجنة": a meeting of its own
                return k, "attendance"
            if t.norm in lex.nouns or t.bare in lex.nouns:
                return k, "noun"
            if in_any(t, lex.definite_nouns):
                if k > start and tokens[k - 1].core == "هامش":
                    continue  # "على هامش الاجتماع، عقد لقاء": a meeting of its own
                return k, "definite"
        return None

    def _events(self) -> list[Event]:
        events: list[Event] = []
        current: Event | None = None
        for index, sentence in enumerate(self.sentences):
            opened_here = False
            for start, end in self._clauses(sentence):
                trigger = self._trigger(sentence.tokens, start, end)
                if trigger is None:
                    continue
                position, kind = trigger
                first = start if kind in ("verb", "again") else position
                last = self._parties_end(sentence, position, end)
                mentions = [
                    m
                    for m in sentence.people.mentions + sentence.refs
                    if first <= m.start < last
                    and m.person is not None
                    and not self.registry.people[m.person].kin_only
                    and not m.kin
                ]
                named = {m.person for m in mentions}
                offices, institutions = self._parties(sentence, kind, position, first, last)
                planned = self._planned(sentence.tokens, start, end)
                refers_back = kind in ("again", "definite", "attendance")
                if (
                    current is not None
                    and not planned
                    and not current.planned
                    and (refers_back or not self._another_day(current, sentence, start, end))
                    and (
                        refers_back
                        or (
                            named <= set(current.persons)
                            and not self._new_parties(
                                current, sentence, start, position, institutions
                            )
                            and not self._earlier(current, sentence, start, position, end)
                        )
                    )
                ):
                    event = current
                else:
                    previous = current
                    event = Event(sentence=index, planned=planned)
                    if refers_back and index:
                        event.scope.append(index - 1)  # what "the meeting" refers to
                    elif (
                        previous is not None
                        and previous.persons
                        and not named
                        and len(offices) + len(institutions) == 1
                    ):
                        # "ثم استقبل وفدا من ...": the verb's subject is the last host.
                        event.add_person(previous.persons[0])
                    events.append(event)
                    current = event
                    opened_here = True
                for mention in mentions:
                    event.add_person(mention.person)
                if kind == "verb" and self._delegation_subject(sentence.tokens, position, end):
                    self._add_delegation(event, index)
                event.offices += offices
                event.institutions += institutions
                for institution in institutions:
                    sentence.parties.update(range(institution.start, institution.end))
                self._add_time_and_place(event, sentence, start, position, end, events)
                if index not in event.scope:
                    event.scope.append(index)
            if current is not None and not opened_here and index not in current.scope:
                if self._about(sentence, current, index):
                    current.scope.append(index)
        self._inherit(events)
        return events

    @staticmethod
    def _delegation_subject(tokens: list[Token], position: int, end: int) -> bool:
        """ "اجتمع الوفد الأوروبي ب...": the delegation the article introduced met."""
        return position + 1 < end and tokens[position + 1].core in _THE_DELEGATION

    def _add_delegation(self, event: Event, index: int) -> None:
        """The people of the delegation an earlier sentence introduced ("على رأس وفد
        ضم وزير الداخلية الإيطالي ...")."""
        for sentence in reversed(self.sentences[:index]):
            if not any(t.core in _A_DELEGATION for t in sentence.tokens):
                continue
            for mention in sentence.people.mentions:
                if mention.person is not None and not mention.kin:
                    event.add_person(mention.person)
            event.offices += [o for o in sentence.people.offices if o.country or o.org]
            return

    def _new_parties(self, event: Event, sentence: Sentence, start, position, institutions):
        """Does a clause with a verb of its own bring in, after the verb, an institution the
        meeting did not have ("ثم استقبل وفدا من المنظمة ...")? Not when it refers back
        ("وبحث الجانبان مع ..."), and not for the body reporting it ("وأوضحت الوزارة أن")."""
        known = {i.org for i in event.institutions}
        new = [i for i in institutions if i.org not in known and i.start > position]
        if not new:
            return False
        before = sentence.tokens[start : new[0].start]
        return not any(in_any(t, self.lex.backreferences) for t in before)

    def _planned(self, tokens: list[Token], start: int, end: int) -> bool:
        """An announced meeting: a future form ("سيلتقي"، "من المقرر"، "غدا") in the clause,
        or "المقبل" after a time word ("الأسبوع المقبل"; "الانتخابات المقبلة" is not one)."""
        lex = self.lex
        for k in range(start, end):
            t = tokens[k]
            if in_any(t, lex.future):
                return True
            if k > start and in_any(t, lex.next_words):
                before = tokens[k - 1]
                if in_any(before, lex.time_nouns) or before.core in month_names():
                    return True
        return False

    def _about(self, sentence: Sentence, event: Event, index: int) -> bool:
        """Does a sentence without a cue go on about this meeting? It does when it refers
        back to it ("خلال اللقاء", "الجانبان", "كما تم التطرق") or quotes its people;
        "كما ..." goes on with the sentence before, so only when that one was about it."""
        lex = self.lex
        tokens = sentence.tokens
        if tokens and tokens[0].norm in lex.continuation:
            return index - 1 in event.scope
        if any(in_any(t, lex.backreferences) for t in tokens):
            return True
        return any(ref.person in event.persons for ref in sentence.refs + sentence.people.mentions)

    def _parties_end(self, sentence: Sentence, position: int, end: int) -> int:
        """Where the parties end and the subject starts: "بحث X مع Y سبل دعم جهود Z"
        names Z as a subject. An attendance word after it ("بحضور") lists parties again."""
        lex = self.lex
        mentions = sentence.people.mentions + sentence.refs
        seen_party = False
        for k in range(position + 1, end):
            token = sentence.tokens[k]
            if k in sentence.people.claimed:
                continue
            seen_party = seen_party or any(position <= m.start and m.end <= k for m in mentions)
            if seen_party and (token.norm in lex.subject_words or token.bare in lex.subject_words):
                if not any(in_any(t, lex.attendance) for t in sentence.tokens[k:end]):
                    return k
        return end

    def _parties(self, sentence: Sentence, kind, position, first, end):
        """The unnamed offices and the institutions that take part in a clause."""
        people = sentence.people
        resolved = {(r.start, r.end) for r in sentence.refs if not r.name}
        offices = [
            office
            for office in people.offices
            if first <= office.start < end
            and (office.start, office.end) not in resolved
            and (office.org or office.country)
        ]
        institutions: list[Institution] = []
        for institution in people.institutions:
            if not (first <= institution.start < end):
                continue
            # An institution takes part when it is the cue's subject or object, comes
            # after "مع" or an attendance word, sends someone ("وفدا من"), or is listed
            # with one that does.
            before = [t for t in sentence.tokens[position : institution.start] if not t.is_punct]
            opener = before[-1] if before else None
            listed = bool(institutions) and sentence.tokens[institution.start].prefix.startswith(
                "و"
            )
            # "اجتماعا للجنة الوطنية": the body that met
            met = opener is not None and (
                opener.norm in self.lex.nouns or opener.bare in self.lex.nouns
            )
            if (
                kind == "attendance"
                or institution.start - position <= 2
                or listed
                or met
                or self.reader.delegated(sentence.tokens, institution.start)
                or (
                    opener is not None
                    and (opener.norm == "مع" or in_any(opener, self.lex.attendance))
                )
            ):
                institutions.append(replace(institution, met=met) if met else institution)
        if kind == "noun" and not institutions:
            earlier = self._named_before(sentence, position + 1)
            if earlier is not None:
                institutions.append(earlier)
        return offices, institutions

    def _named_before(self, sentence: Sentence, k: int) -> Institution | None:
        """ "اجتماع اللجنة الذي عقد ...": the body named earlier whose noun this is."""
        tokens = sentence.tokens
        if k >= len(tokens) or not tokens[k].definite or tokens[k].prefix:
            return None
        head = tokens[k].core
        if head not in self.lex.institution_heads:
            return None
        found = None
        for other in self.sentences:
            for institution in other.people.institutions:
                if other is sentence and institution.start >= k:
                    break
                if other.tokens[institution.start].core == head:
                    found = institution
            if other is sentence:
                break
        if found is None:
            return None
        return replace(found, start=k, end=k + 1, met=True)

    def _clause_date(self, sentence: Sentence, start: int, end: int):
        """The clause's own date (date, end_date, found); a dateline's only when the
        clause gives none after it."""
        tokens = sentence.tokens
        found = (None, None, False)
        if sentence.body_start > start:
            clause = prepare(" ".join(t.text for t in tokens[sentence.body_start : end]))
            found = find_date(clause, self.published)
        if not found[2]:
            clause = prepare(" ".join(t.text for t in tokens[start:end]))
            found = find_date(clause, self.published)
        return found

    def _another_day(self, event: Event, sentence: Sentence, start: int, end: int) -> bool:
        """Does a clause state a day other than the meeting's ("وكان X قد التقى Y الأربعاء
        الماضي")? Then it reports another meeting of the same people."""
        if not (event.date_found and event.date):
            return False
        position = self._trigger(sentence.tokens, start, end)[0]
        tokens = sentence.tokens[start : min(end, position + 3)]
        if any(in_any(t, self.lex.definite_nouns) for t in tokens):
            return False  # "ناقش الاجتماع": the meeting before, as reported another day
        date, _, found = self._clause_date(sentence, position, end)
        return found and date is not None and date != event.date

    def _earlier(self, event: Event, sentence: Sentence, start, position, end) -> bool:
        """Does a clause tell of an earlier meeting of the same people ("وكان X قد التقى Y
        في أثينا"): a pluperfect, or a city other than the meeting's?"""
        tokens = sentence.tokens
        before = [t.norm for t in tokens[start:position]]
        if "قد" in before and any(w.lstrip("و") in _WAS for w in before):
            return True
        if event.place is None or event.remote:
            return False
        place, _ = self._place(sentence, position, end)
        return place is not None and place != event.place

    def _add_time_and_place(
        self, event: Event, sentence: Sentence, start, position, end, events: list[Event]
    ):
        tokens = sentence.tokens
        if not event.date_found:
            clause = prepare(" ".join(t.text for t in tokens[start:end]))
            earlier = next((e for e in reversed(events) if e is not event and e.date), None)
            same_day = _SAME_DAY.search(clause)
            if same_day and earlier is None:
                earlier_date = self._date_before(sentence)
                if earlier_date is not None:
                    event.date, event.end_date, event.date_found = earlier_date, None, True
                    event.same_day = True
            if event.date_found:
                pass
            elif earlier is not None and same_day:
                event.date, event.end_date, event.date_found = earlier.date, None, True
                event.same_day = True
            else:
                event.date, event.end_date, event.date_found = self._clause_date(
                    sentence, start, end
                )
        if any(in_any(t, self.lex.remote) for t in tokens[start:end]):
            event.remote = True  # a call has no place
        if event.place is None and not event.remote:
            # What was discussed runs from "سبل"/"تعزيز" to the next comma: "بحث العلاقات
            # ... في السودان" names a subject there, not where the meeting was.
            subject = set()
            k = position + 1
            while k < end:
                if k not in sentence.people.claimed and in_any(tokens[k], self.lex.subject_words):
                    while k < end and not tokens[k].is_punct:
                        subject.add(k)
                        k += 1
                k += 1
            place, country = self._place(sentence, start, end, subject)
            if place or (country and not event.place_country):
                event.place = place
                event.place_country = country

    def _date_before(self, sentence: Sentence) -> dt.date | None:
        """The last date the text gives before this sentence ("وصل X الثلاثاء 8 يوليو
        ... واجتمع في اليوم نفسه")."""
        before = []
        for other in self.sentences:
            if other is sentence:
                break
            before.append(other)
        for other in reversed(before):
            date, _, found = self._clause_date(other, 0, len(other.tokens))
            if found and date is not None:
                return date
        return None

    def _place(
        self, sentence: Sentence, start: int, end: int, skipped: frozenset | set = frozenset()
    ) -> tuple[str | None, str | None]:
        """The first city the clause puts the meeting in, else the first country.

        A venue's town gives way to the city after it ("بالرجمة في بنغازي"); a venue
        named by its town counts ("بقصر قرطاج"). A state named only after the subject
        has begun ("... والعودة الآمنة إلى المناطق الآمنة في سوريا") is what was
        discussed, not where."""
        lex = self.lex
        tokens = sentence.tokens
        cores = [t.core for t in tokens]
        claimed = sentence.people.claimed
        country_only = None
        subject_from = min(skipped, default=end)
        for k in range(start, end):
            t = tokens[k]
            if k in claimed or k in skipped:
                continue
            after_preposition = k > 0 and tokens[k - 1].norm in _PLACE_PREPOSITIONS
            after_venue = k > 0 and tokens[k - 1].prefix == "ب" and tokens[k - 1].core in _VENUES
            if not (after_preposition or after_venue or t.prefix.endswith(("ب", "ل"))):
                continue
            if t.core in _PLACE_NOUNS:
                place, country = self._named_place(tokens, k + 1, end)
                if place:
                    return place, country
                country_only = country_only or country
                continue
            length, code = match_phrase(cores, k, lex.cities, lex.max_phrase)
            if length and ((t.core,) not in lex.country_names or self._city_preferred(t.core)):
                after = k + length
                if after + 1 < end and tokens[after].norm == "في":
                    more, city = match_phrase(cores, after + 1, lex.cities, lex.max_phrase)
                    if more and city == code:
                        return _written(tokens[after + 1 : after + 1 + more]), code
                return _written(tokens[k:after]), code
            if after_venue:
                continue
            length, code = match_phrase(cores, k, lex.country_names, lex.max_phrase)
            if length:
                after = k + length
                if after < end and tokens[after].core == "العاصمه":
                    return _written(tokens[k:after]), code  # "بالجزائر العاصمة"
                if k < subject_from:
                    country_only = country_only or code
        if start == 0 and country_only is None:
            return self._opening_place(tokens), None
        return None, country_only

    def _opening_place(self, tokens: list[Token]) -> str | None:
        """ "وفي اليرزة، استقبل ...": a sentence opening with a place the lexicons do
        not know."""
        if len(tokens) < 3 or tokens[0].norm not in ("في", "وفي") or tokens[2].norm not in "،,":
            return None
        t = tokens[1]
        if not t.definite or t.prefix or self.lex.knows(t.core) or t.core in _NOT_PLACES:
            return None
        return t.text

    def _city_preferred(self, core: str) -> bool:
        """A word naming both a city and a state ("عمان": Amman or Oman) is the city when
        the article speaks more of the city's state."""
        city = self.lex.cities.get((core,))
        state = self.lex.country_names.get((core,))
        return city is not None and self.counts[city] > self.counts[state]

    def _named_place(self, tokens: list[Token], k: int, end: int):
        """After "العاصمة"/"مدينة": an optional adjective, then the place's name."""
        lex = self.lex
        country = None
        if k < end and (tokens[k].core,) in lex.adjectives:
            country = lex.adjectives[(tokens[k].core,)]
            k += 1
        cores = [t.core for t in tokens]
        length, code = match_phrase(cores, k, lex.cities, lex.max_phrase)
        if length:
            return _written(tokens[k : k + length]), code
        if k < end and tokens[k].core in _REGIONS:
            return None, country
        words = []
        while k < end and len(words) < _MAX_PLACE_WORDS:
            t = tokens[k]
            if t.is_punct or t.prefix or t.norm in lex.stopwords or t.core in lex.stopwords:
                break
            words.append(t)
            k += 1
        return (_written(words) if words else None), country

    def _inherit(self, events: list[Event]) -> None:
        """A meeting that states no place or date shares them with the earlier one of the
        same person ("عقد سلسلة اجتماعات في X ... حيث التقى ..."), and a meeting that
        refers back with no date of its own takes one from the sentence it refers to."""
        for i, event in enumerate(events):
            if not event.date_found:
                for index in event.scope:
                    sentence = self.sentences[index]
                    event.date, event.end_date, event.date_found = self._clause_date(
                        sentence, 0, len(sentence.tokens)
                    )
                    if event.date_found:
                        break
            for index in event.scope:
                if event.place is None and not event.remote:
                    sentence = self.sentences[index]
                    place, country = self._place(sentence, 0, len(sentence.tokens))
                    if place and self._refers_to_meeting(sentence):
                        event.place, event.place_country = place, country
            if event.place is None and not event.remote:
                self._dateline_place(event)
            if event.place or (event.date_found and not event.same_day) or event.remote:
                continue
            for earlier in reversed(events[:i]):
                if set(earlier.persons) & set(event.persons):
                    event.place = event.place or earlier.place
                    event.place_country = event.place_country or earlier.place_country
                    if not event.date_found:
                        event.date, event.end_date = earlier.date, earlier.end_date
                    break

    def _dateline_place(self, event: Event) -> None:
        """The dateline's city when the text puts the meeting there: a visitor "الذي يزور
        البلاد", an ambassador "لدى الدولة", with a host who may be of that state."""
        if not self.dateline_city or event.place_country not in (None, self.dateline):
            return
        if not any(_HERE.search(self.sentences[i].norm) for i in event.scope):
            return
        homes = {self.registry.people[p].first("country") for p in event.persons}
        if homes & {None, self.dateline}:  # a host of the state (whose is found later)
            event.place, event.place_country = self.dateline_city, self.dateline

    def _refers_to_meeting(self, sentence: Sentence) -> bool:
        return any(in_any(t, self.lex.definite_nouns) for t in sentence.tokens)

    # --- what a meeting is about -----------------------------------------------------

    def topics(self, event: Event) -> tuple[str, ...]:
        text = " ".join(self.sentences[i].content for i in sorted(set(event.scope)))
        return tuple(code for code, pattern in self.topic_patterns if pattern.search(text))

    def countries(self, indices=None) -> Counter:
        """How often each state is named in the article, or in some of its sentences.

        A word naming both a city and a state ("عمان") counts for whichever of the two
        states the rest of the text names more.
        """
        counts: Counter = Counter()
        ambiguous: list[str] = []
        chosen = self.sentences if indices is None else [self.sentences[i] for i in indices]
        for sentence in chosen:
            counts.update(sentence.states[0])
            ambiguous += sentence.states[1]
        for core in ambiguous:
            city, state = self.lex.cities[(core,)], self.lex.country_names[(core,)]
            counts[city if counts[city] > counts[state] else state] += 1
        return counts

    def _states(
        self, tokens: list[Token], names: frozenset[int] = frozenset()
    ) -> tuple[Counter, tuple[str, ...]]:
        """The states a sentence names, and its words naming both a city and a state;
        people's names are not places ("ونيس البرعصي" is no "و" + Nice)."""
        lex = self.lex
        cores = ["" if k in names else t.core for k, t in enumerate(tokens)]
        counts: Counter = Counter()
        ambiguous = []
        k = 0
        while k < len(cores):
            for table in (lex.country_names, lex.adjectives, lex.cities):
                length, code = match_phrase(cores, k, table, lex.max_phrase)
                if length:
                    if length == 1 and table is lex.country_names and (cores[k],) in lex.cities:
                        ambiguous.append(cores[k])
                    elif code not in _NOT_COUNTRIES_OF_PEOPLE:
                        counts[code] += 1
                    k += length - 1
                    break
            k += 1
        return counts, tuple(ambiguous)


def _name_positions(mentions: list[Mention]) -> frozenset[int]:
    return frozenset(k for m in mentions for k in range(m.end - len(m.name_tokens), m.end))


def _written(tokens: Sequence[Token]) -> str:
    """Tokens as written, the first without its preposition (بطرابلس → طرابلس)."""
    first = tokens[0]
    text = first.text
    if first.prefix:
        text = text[len(first.prefix) :]
        if first.core.startswith("ال") and not text.startswith("ال"):
            text = "ا" + text
    return " ".join([text] + [t.text for t in tokens[1:]])


def _freeze(topic_cues: Mapping[str, Sequence[str]]) -> tuple:
    return tuple((code, tuple(cues)) for code, cues in topic_cues.items())


@lru_cache(maxsize=8)
def _topic_patterns(topic_cues: tuple) -> tuple[tuple[str, re.Pattern], ...]:
    """One pattern per topic: any cue at a word start, after an optional و/ف and ب/ل/ك."""
    patterns = []
    for code, cues in topic_cues:
        forms = set()
        for cue in cues:
            norm = normalize_arabic(cue)
            if not norm:
                continue
            forms.add(re.escape(norm))
            if norm.startswith("ال"):
                forms.add(re.escape("لل" + norm[2:]))
        if forms:
            alternation = "|".join(sorted(forms, key=len, reverse=True))
            patterns.append((code, re.compile(rf"(?<!\w)(?:[وف])?(?:[بلك])?(?:{alternation})")))
    return tuple(patterns)
