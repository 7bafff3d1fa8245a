"""Where the offices of a meeting's people put it when nothing else does: the city an
envoy is posted to, for the people of that state who meet him ("التقى رئيس الحكومة
الصومالية فلان السفير القطري في مقديشو"), and the city a governor governs, for a
meeting in his own office ("استقبل محافظ الإسكندرية فلان بمكتبه ..."). Never when the
meeting was held away from home (on a visit, a tour, an event's sidelines).
"""

from .document import Document, Event, Sentence
from .lexicon import Lexicon
from .office_details import GOVERNORS
from .phrases import match_phrase
from .registry import Person
from .tokens import tokenize
from .words import DURING, FORMER, PROVINCES, written


def posting_of_a_guest(doc: Document, event: Event) -> None:
    """An envoy posted to a city ("السفير الإماراتي في مقديشو", "فلان السفير الإيطالي
    بصنعاء") is met there by the people of its state, when nothing else places the
    meeting: "التقى رئيس الحكومة الصومالية فلان السفير القطري في مقديشو". Not a former
    envoy, nor one met on the sidelines of an event, nor by a governor, who governs
    another city."""
    lex = doc.lex
    if _away(doc, event):
        return

    def envoy(head: str | None) -> bool:
        return (head or "").removeprefix("ال") in lex.posted_words

    # not another envoy's state: "بحضور السفير الليبي في أنقرة" as the Turkish one calls
    people = [doc.registry.people[p] for p in event.persons]
    if any(_local(lex, person.first("role")) for person in people):
        return  # "استقبل محافظ نينوى السفير الفرنسي في بغداد": in the governor's city
    hosts = {p.first("country") for p in people if not envoy(p.first("head"))}
    hosts |= {o.country for o in event.offices if not envoy(o.head)}
    if event.place_country is not None:
        hosts &= {event.place_country}  # "خلال زيارته إلى إيران": not at home
    for index in event.scope:
        sentence = doc.sentences[index]
        tokens, claimed = sentence.tokens, sentence.people.claimed
        cores = [t.core for t in tokens]
        for k, t in enumerate(tokens):
            if k not in claimed or t.core.removeprefix("ال") not in lex.posted_words:
                continue
            if not _held_by_a_party(sentence, event, k):
                continue
            end = k + 1
            while end in claimed:
                end += 1
            if any(x.core in FORMER for x in tokens[k:end]):
                continue  # "القنصل الإيراني السابق في البصرة"
            for city_at in range(k + 1, end):
                before = city_at - 1
                if tokens[before].core in PROVINCES:
                    before -= 1  # "القنصل التركي في ولاية سوسة"
                posted_in = tokens[before].norm == "في" or tokens[before + 1].prefix.endswith("ب")
                if not posted_in:
                    continue
                length, code = match_phrase(cores, city_at, lex.cities, lex.max_phrase)
                if length and code in hosts:
                    event.place = written(tokens[city_at : city_at + length])
                    event.place_country = code
                    return


# A governor's own office (normalised core): "استقبل محافظ الإسكندرية اليوم بمكتبه".
_HIS_OFFICE = frozenset({"مكتبه", "مكتبها"})


# Away from home, during (normalised cores): "على هامش مشاركته", "خلال جولته في المنطقة
# الشرقية", "خلال وجوده في الكويت".
_AWAY = frozenset({"هامش", "جولته", "جولتها", "وجوده", "وجودها", "زيارته", "زيارتها"})
_AWAY |= {"مشاركته", "مشاركتها"}
# Offices of a part of a state (normalised cores, without the article).
_LOCAL = frozenset({"اقليم", "منطقه", "ولايه", "محافظه", "بلديه"}) | GOVERNORS


def _away(doc: Document, event: Event) -> bool:
    """Does the meeting's sentence tell of a visit, a tour or an event it was held on?
    Then it was not where either side's envoy is posted, nor in a governor's own city."""
    return any(
        t.core in _AWAY and k and tokens[k - 1].norm in DURING | {"علي"}
        for i in event.scope
        for tokens in [doc.sentences[i].tokens]
        for k, t in enumerate(tokens)
    )


def _local(lex: Lexicon, role: str | None) -> bool:
    """Is the office one of a region, a province or a town ("رئيس إقليم كردستان",
    "محافظ نينوى")?"""
    return any(t.core.removeprefix("ال") in _LOCAL for t in tokenize(role or ""))


def governor_s_office(doc: Document, event: Event) -> None:
    """A governor who receives in his office does so in the city he governs: "استقبل
    محافظ الإسكندرية فلان، اليوم بمكتبه، القنصل العام ..." is in Alexandria, "أمير
    منطقة الرياض فلان في مكتبه" in Riyadh. The office is the one named right
    before it: not "التقى المحافظ فلان، خلال زيارته إلى إيران، محافظ مشهد في مكتبه"."""
    for index in event.scope:
        sentence = doc.sentences[index]
        office = next((k for k, t in enumerate(sentence.tokens) if t.core in _HIS_OFFICE), None)
        if office is None:
            continue
        # whose office: the one named before it ("استقبل رئيس الوزراء فلان بمكتبه
        # محافظ الأنبار" is in the prime minister's), with no office between
        named = [m for m in sentence.people.mentions + sentence.refs if m.end <= office]
        if len({m.person for m in named}) != 1 or any(
            named[0].end <= o.start < office for o in sentence.people.offices
        ):
            return
        person = named[0].person
        if person not in event.persons or _away(doc, event):
            return
        seat = _governed_city(doc.lex, doc.registry.people[person])
        if seat and event.place_country in (None, seat[1]):
            event.place, event.place_country = seat
        return


def _governed_city(lex: Lexicon, person: Person) -> tuple[str, str] | None:
    """The city a governor governs, by his office: "محافظ الإسكندرية", "والي الخرطوم",
    "أمير منطقة الرياض"; with its state."""
    tokens = tokenize(person.first("role") or "")
    cores = [t.core.removeprefix("ال") for t in tokens]
    city = 1 if cores[:1] and cores[0] in GOVERNORS else 0
    if cores[:2] == ["امير", "منطقه"]:
        city = 2
    if not city or len(tokens) <= city:
        return None
    length, code = match_phrase([t.core for t in tokens], city, lex.cities, lex.max_phrase)
    if length != len(tokens) - city:
        return None
    return written(tokens[city:]), code


def _held_by_a_party(sentence: Sentence, event: Event, k: int) -> bool:
    """Is the office word at k an unnamed party's, or a named party's, before their
    name or right after it ("فلان السفير الإيطالي")?"""
    if any(o.start <= k < o.end for o in sentence.people.offices if o in event.offices):
        return True
    claimed = sentence.people.claimed
    return any(
        m.start <= k and all(j in claimed for j in range(m.start, k))
        for m in sentence.people.mentions
        if m.person in event.persons
    )
