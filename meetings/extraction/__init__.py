"""Meetings extracted from Arabic news articles (see shared/extraction-spec.md).

Pure Python: the database is not touched here. `extract_article` reads one article's
text and returns what it reports; `clean_article_text` is the story without the page
around it; `find_published_date` the date the article gives itself.
"""

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .dates import find_published_date
from .lexicon import load_lexicon
from .meetings import ArticleReader, Event, Person
from .text import clean_article_text, paragraphs

__all__ = [
    "ExtractedArticle",
    "ExtractedMeeting",
    "ExtractedParticipant",
    "clean_article_text",
    "extract_article",
    "find_published_date",
]


@dataclass(frozen=True)
class ExtractedParticipant:
    name: str | None
    role: str | None
    org: str | None
    ministry: str | None
    country: str | None

    def to_json(self) -> dict:
        return {
            "name": self.name,
            "role": self.role,
            "org": self.org,
            "ministry": self.ministry,
            "country": self.country,
        }


@dataclass(frozen=True)
class ExtractedMeeting:
    date: dt.date | None
    end_date: dt.date | None
    place: str | None
    place_country: str | None
    countries: tuple[str, ...]
    topics: tuple[str, ...]
    participants: tuple[ExtractedParticipant, ...]
    evidence: str
    status: str = "held"

    def to_json(self) -> dict:
        out = {
            "date": self.date.isoformat() if self.date else None,
            "end_date": self.end_date.isoformat() if self.end_date else None,
            "place": self.place,
            "place_country": self.place_country,
            "countries": list(self.countries),
            "topics": list(self.topics),
            "participants": [p.to_json() for p in self.participants],
            "evidence": self.evidence,
        }
        if self.status != "held":
            out["status"] = self.status
        return out


@dataclass(frozen=True)
class ExtractedArticle:
    source: str
    published: dt.date | None
    title: str | None
    meetings: tuple[ExtractedMeeting, ...]

    def to_json(self) -> dict:
        """The contract's JSON object for one article."""
        return {
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "meetings": [m.to_json() for m in self.meetings],
        }


def extract_article(
    text: str,
    *,
    source: str = "",
    published: dt.date | None = None,
    topic_cues: Mapping[str, Sequence[str]] | None = None,
) -> ExtractedArticle:
    """Every meeting the article reports.

    `published` is used when the text states no date of its own. `topic_cues` maps
    topic codes to Arabic cue words (the database's Topic table in production); they
    extend the package's data/topics.json, whose cue words keep improving after a
    database has copied them.
    """
    lex = load_lexicon()
    published = find_published_date(text) or published
    reader = ArticleReader(lex, published, _merged_cues(lex.topics, topic_cues))
    story = paragraphs(text)
    events = reader.read(story)
    homes: dict[int, str | None] = {}
    meetings = tuple(
        _meeting(reader, event, homes) for event in events if _is_meeting(reader, event)
    )
    title = story[0].text if story and story[0].heading else None
    return ExtractedArticle(source, published, title, meetings)


def _merged_cues(
    defaults: Mapping[str, Sequence[str]], given: Mapping[str, Sequence[str]] | None
) -> Mapping[str, Sequence[str]]:
    if not given:
        return defaults
    merged = {code: tuple(cues) for code, cues in defaults.items()}
    for code, cues in given.items():
        merged[code] = tuple(dict.fromkeys([*merged.get(code, ()), *cues]))
    return merged


def _is_meeting(reader: ArticleReader, event: Event) -> bool:
    """Two parties at least, one of them named; or, with no one named, two institutions,
    or one holding its own meeting ("an internal meeting of one body counts")."""
    named = len(event.persons)
    unnamed = len(event.offices) + len(event.institutions)
    if named:
        return named + unnamed >= 2
    orgs = {i.org for i in event.institutions}
    return len(orgs) >= 2 or any(i.met for i in event.institutions)


def _meeting(reader: ArticleReader, event: Event, homes: dict[int, str | None]) -> ExtractedMeeting:
    """`homes` keeps the state first inferred for each person given no nationality, so
    a person stays of one state across the article's meetings."""
    people = [reader.registry.people[i] for i in event.persons]
    stated = {p.first("country") for p in people}
    # "نظيره الليبي" is of another state than the party it is the counterpart of.
    stated |= {o.country for o in event.offices if o.counterpart}
    stated.discard(None)
    fallback = _home_country(
        reader.countries(event.scope),
        reader.counts,
        stated,
        event.place_country,
        reader.dateline,
        next((code for code in homes.values() if code), None),
    )
    participants = [
        _participant(reader.registry.people[i], homes.setdefault(i, fallback))
        for i in event.persons
    ]
    participants += [
        ExtractedParticipant(None, o.role, o.org, o.ministry, o.country) for o in event.offices
    ]
    seen = set()
    for institution in event.institutions:
        if institution.org not in seen:
            seen.add(institution.org)
            participants.append(
                ExtractedParticipant(
                    None,
                    None,
                    institution.org,
                    institution.ministry,
                    institution.country or (None if institution.multilateral else fallback),
                )
            )
    countries = []
    for code in [p.country for p in participants] + [event.place_country]:
        if code and code not in countries:
            countries.append(code)
    return ExtractedMeeting(
        date=event.date,
        end_date=event.end_date,
        place=event.place,
        place_country=event.place_country,
        countries=tuple(countries),
        topics=reader.topics(event),
        participants=tuple(participants),
        evidence=reader.sentences[event.sentence].text,
        status="planned" if event.planned else "held",
    )


def _participant(person: Person, fallback: str | None) -> ExtractedParticipant:
    return ExtractedParticipant(
        name=person.name,
        role=person.first("role"),
        org=person.first("org"),
        ministry=person.first("ministry"),
        country=person.first("country") or fallback,
    )


def _home_country(
    local: Counter,
    counts: Counter,
    stated: set[str],
    place_country: str | None,
    dateline: str | None,
    home: str | None = None,
) -> str | None:
    """The state of a participant the article gives no nationality.

    News marks the foreign party ("وزير الخارجية الإيطالي") and leaves its own side
    unmarked, so the unmarked one is most likely of another state named around the
    meeting (`local`, its own sentences), else of the dateline's state ("القاهرة - أ ش
    أ"), else of the state found for the unmarked people of the article's earlier
    meetings (`home`); when none differs, the meeting is among people of one state
    ("رئيس الأركان الليبي" and a commander) or of the article's main state.
    """
    others = [code for code, _ in local.most_common() if code not in stated]
    if others:
        top = local[others[0]]
        if place_country in others and local[place_country] == top:
            return place_country
        return others[0]
    if dateline and dateline not in stated:
        return dateline
    if home and home not in stated:
        return home
    ranked = [code for code, _ in counts.most_common()]
    if len(stated) == 1 and ranked and ranked[0] not in stated:
        ranked = [code for code in ranked if code not in stated]
    if not ranked:
        return place_country
    top = counts[ranked[0]]
    if place_country in ranked and counts[place_country] == top:
        return place_country
    return ranked[0]
