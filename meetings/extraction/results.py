"""What the extractor returns: the contract's article, meetings and participants
(shared/extraction-spec.md), each with its JSON form."""

import datetime as dt
from dataclasses import dataclass


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
    # how much of `date` the text stated: "day", "month" (its first day) or "year"
    date_precision: str | None = None
    # with no date of its own, the day the article reporting the meeting was published
    reported_on: dt.date | None = None

    def to_json(self) -> dict:
        out = {
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision if self.date else None,
            "reported_on": self.reported_on.isoformat() if self.reported_on else None,
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
