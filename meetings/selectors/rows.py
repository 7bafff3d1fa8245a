"""The rows of a list of meetings, read as plain values.

A list page shows 25 meetings with their people, offices, countries and topics. Read
as model instances with prefetches, building the objects (and a related manager per
row and relation) cost more than the queries did; read as values, each row comes out
ready to print, in the page's language, with its links made once per kind
(`meetings.links.page_url`), so the template only looks values up.
"""

import datetime
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import groupby

from django.utils.translation import get_language

from meetings.english import (
    office_in_language,
    participant_name_in_language,
    place_in_language,
)
from meetings.links import page_urls
from meetings.models import Meeting, Participation, date_label


@dataclass(frozen=True)
class RowLink:
    """A link to a country's, topic's or participant's page, with its office if any."""

    url: str
    label: str
    office: str = ""


@dataclass(frozen=True)
class MeetingRow:
    pk: int
    url: str
    date: datetime.date | None
    date_label: str
    place: str
    headline: str
    participants: list[RowLink]
    countries: list[RowLink]
    topics: list[RowLink]


class PageRows(Sequence):
    """The rows of one page of meetings, read only when first iterated: a page whose
    rows were rendered and cached before (the ``meeting_rows`` template tag) does not
    read them at all. Its length and slices need only the ids."""

    def __init__(self, ids: list[int], *, query: str = ""):
        self.ids = ids
        self.query = query

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return PageRows(self.ids[index], query=self.query)
        return self.rows[index]

    def __iter__(self):
        return iter(self.rows)

    @cached_property
    def rows(self) -> list[MeetingRow]:
        return meeting_rows(self.ids, query=self.query)

    @property
    def cache_key(self) -> str:
        """What the rendered rows depend on besides the data: the meetings, the search
        that marks their snippets, and the page's language."""
        ids = ",".join(map(str, self.ids))
        digest = hashlib.sha256(f"{ids}|{self.query}".encode()).hexdigest()
        return f"meeting-rows:{get_language()}:{digest}"


def meeting_rows(ids: list[int], *, query: str = "") -> list[MeetingRow]:
    """The rows of meetings ``ids``, in that order, in four queries however many there
    are. With a search ``query``, each row carries a snippet with its matches marked.
    A meeting deleted since its id was read is left out."""
    meetings = Meeting.objects.filter(pk__in=ids)
    if query:
        meetings = meetings.with_headline(query)
    fields = ["pk", "date", "date_precision", "place"]
    if "headline" in meetings.query.annotations:
        fields.append("headline")
    by_pk = {meeting["pk"]: meeting for meeting in meetings.values(*fields)}
    participants = _participants(ids)
    countries = _tags(Meeting.countries.through, "country", "meetings:country", ids)
    topics = _tags(Meeting.topics.through, "topic", "meetings:topic", ids)
    meeting_url = page_urls("meetings:meeting")
    return [
        MeetingRow(
            pk=pk,
            url=meeting_url(pk),
            date=meeting["date"],
            date_label=date_label(meeting["date"], meeting["date_precision"]),
            place=place_in_language(meeting["place"]),
            headline=meeting.get("headline", ""),
            participants=participants.get(pk, []),
            countries=countries.get(pk, []),
            topics=topics.get(pk, []),
        )
        for pk in ids
        if (meeting := by_pk.get(pk))
    ]


def _participants(ids: list[int]) -> dict[int, list[RowLink]]:
    rows = (
        Participation.objects.filter(meeting_id__in=ids)
        .order_by("meeting_id", "pk")
        .values_list(
            "meeting_id",
            "participant_id",
            "participant__name",
            "participant__aliases",
            "role",
            "organization",
            "ministry",
        )
    )
    participant_url = page_urls("meetings:participant")
    return {
        meeting_id: [
            RowLink(
                url=participant_url(participant_id),
                label=participant_name_in_language(name, aliases),
                office=office_in_language(role, organization, ministry),
            )
            for _meeting, participant_id, name, aliases, role, organization, ministry in group
        ]
        for meeting_id, group in groupby(rows, key=lambda row: row[0])
    }


def _tags(through, field: str, viewname: str, ids: list[int]) -> dict[int, list[RowLink]]:
    """A meeting's countries or topics, by their Arabic names as everywhere else, each
    labelled in the page's language."""
    name = f"{field}__name_en" if get_language() == "en" else f"{field}__name_ar"
    rows = (
        through.objects.filter(meeting_id__in=ids)
        .order_by("meeting_id", f"{field}__name_ar")
        .values_list("meeting_id", f"{field}_id", name)
    )
    url = page_urls(viewname)
    return {
        meeting_id: [RowLink(url(code), label) for _meeting, code, label in group]
        for meeting_id, group in groupby(rows, key=lambda row: row[0])
    }
