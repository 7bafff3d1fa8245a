"""A compact scorer for the extraction contract (shared/extraction-spec.md, "Gold files
and scoring"), so the project's own gold articles are scored without the shared tools.

Implements the contract's rules for people (names matched after normalisation, by
equality, by containment of a two-or-more-word name, or by a listed alias), for pairing
meetings (shared named people, at least one and half of the smaller side; institutions
for meetings without people) and for date, place and participant-country accuracy.
Optional gold items count for nothing either way; planned system meetings are ignored.
"""

import difflib
import re
from dataclasses import dataclass

_DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
_NOT_WORD = re.compile(r"[^\w\s]")
_JOINED_ABD = re.compile(r"\bعبد\s+(?=ال)")
_LETTERS = str.maketrans("أإآٱىة", "اااايه")


def words(text: str | None) -> list[str]:
    if not text:
        return []
    text = _NOT_WORD.sub(" ", _DIACRITICS.sub("", text).translate(_LETTERS))
    text = _JOINED_ABD.sub("عبد", text)
    return [w[2:] if w.startswith("ال") and len(w) > 3 else w for w in text.split()]


def same_name(a: str | None, b: str | None, *, alias: bool = False) -> bool:
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    if wa == wb or ((len(short) >= 2 or alias) and all(w in long_ for w in short)):
        return True
    return difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() >= 0.9


def person_match(gold: dict, name: str | None) -> bool:
    return same_name(gold.get("name"), name) or any(
        same_name(alias, name, alias=True) for alias in gold.get("aliases") or []
    )


def org_match(gold: dict, org: str | None) -> bool:
    theirs = set(words(org))
    for form in [gold.get("org"), *(gold.get("aliases") or [])]:
        ours = set(words(form))
        if ours and theirs and (ours <= theirs or theirs <= ours):
            return True
    return False


def _named(meeting: dict) -> list[dict]:
    return [p for p in meeting.get("participants", []) if p.get("name")]


def _pair(system: dict, gold: dict) -> float:
    """How well a system meeting fits a gold one (0: not the same meeting); agreement on
    date and place only breaks ties between meetings of the same people."""
    g_named, s_named = _named(gold), _named(system)
    if g_named:
        shared = sum(any(person_match(g, s["name"]) for s in s_named) for g in g_named)
        base = shared if shared >= max(1, min(len(g_named), len(s_named)) / 2) else 0
    else:
        g_orgs = [p for p in gold["participants"] if p.get("org")]
        s_orgs = [p["org"] for p in system.get("participants", []) if p.get("org")]
        base = 0.5 * sum(any(org_match(g, o) for o in s_orgs) for g in g_orgs)
    if not base:
        return 0
    tie = 0.05 if not gold.get("optional") else 0.0
    if gold.get("date") and system.get("date") in [gold["date"], *(gold.get("date_ok") or [])]:
        tie += 0.2
    if gold.get("place") and same_name(gold["place"], system.get("place"), alias=True):
        tie += 0.1
    return base + tie


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


def _ratio(good: list[bool]) -> float:
    return sum(good) / len(good) if good else 1.0


def score(gold: list[dict], system: list[dict]) -> tuple[dict[str, float], list[str]]:
    """Figures keyed like the shared scorer's (person_f1, meeting_f1, date_acc,
    place_acc, person_country_acc), and one line per miss or extra."""
    by_source = {a["source"]: a for a in system}
    person, meeting = Counts(), Counts()
    dates, places, countries = [], [], []
    log = []
    for article in gold:
        src = article["source"]
        g_meetings = article["meetings"]
        s_meetings = [
            m for m in by_source.get(src, {}).get("meetings", []) if m.get("status") != "planned"
        ]

        g_people: list[dict] = []
        for m in g_meetings:
            for p in _named(m):
                optional = bool(p.get("optional") or m.get("optional"))
                known = next((q for q in g_people if person_match(q, p["name"])), None)
                if known is None:
                    g_people.append(dict(p, optional=optional))
                elif not optional:
                    known["optional"] = False
        s_people: list[dict] = []
        for m in s_meetings:
            for p in _named(m):
                if not any(same_name(q["name"], p["name"]) for q in s_people):
                    s_people.append(p)
        used = set()
        for g in sorted(g_people, key=lambda p: p["optional"]):
            hit = next(
                (i for i, s in enumerate(s_people) if i not in used and person_match(g, s["name"])),
                None,
            )
            if hit is None:
                if not g["optional"]:
                    person.fn += 1
                    log.append(f"{src}: missed person {g['name']}")
                continue
            used.add(hit)
            person.tp += not g["optional"]
            if g.get("country"):
                countries.append(s_people[hit].get("country") == g["country"])
        for i, s in enumerate(s_people):
            if i not in used:
                person.fp += 1
                log.append(f"{src}: extra person {s['name']}")

        pairs = sorted(
            (
                (_pair(sm, gm), si, gi)
                for si, sm in enumerate(s_meetings)
                for gi, gm in enumerate(g_meetings)
            ),
            reverse=True,
        )
        s_used, g_used = set(), set()
        for value, si, gi in pairs:
            if value <= 0 or si in s_used or gi in g_used:
                continue
            s_used.add(si)
            g_used.add(gi)
            gm, sm = g_meetings[gi], s_meetings[si]
            meeting.tp += not gm.get("optional")
            if gm.get("date"):
                dates.append(sm.get("date") in [gm["date"], *(gm.get("date_ok") or [])])
            if gm.get("place"):
                places.append(same_name(gm["place"], sm.get("place"), alias=True))
        for gi, gm in enumerate(g_meetings):
            if gi not in g_used and not gm.get("optional"):
                meeting.fn += 1
                log.append(f"{src}: missed meeting {[p.get('name') for p in gm['participants']]}")
        for si, sm in enumerate(s_meetings):
            if si not in s_used:
                meeting.fp += 1
                log.append(f"{src}: extra meeting {[p.get('name') for p in sm['participants']]}")
    figures = {
        "person_f1": person.f1,
        "meeting_f1": meeting.f1,
        "date_acc": _ratio(dates),
        "place_acc": _ratio(places),
        "person_country_acc": _ratio(countries),
    }
    return figures, log
