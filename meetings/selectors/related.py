"""A meeting's page: the meeting with what the page shows of it, and the meetings
related to it, those sharing participants first, then those sharing countries and
topics around its date."""

import datetime
import itertools
import operator
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Count, F, Prefetch, Q, QuerySet

from meetings.links import page_url
from meetings.models import (
    Country,
    Meeting,
    MeetingFacetRow,
    MeetingSource,
    Participant,
    Participation,
    Topic,
    date_label,
)
from meetings.selectors.subjects import newest_first_ids

RELATED_SIZE = 8
# Meetings that share only countries or topics are looked for this close in time: what
# was discussed around the same date is what a reader wants next, and the window keeps
# the search bounded however large the archive grows.
RELATED_WINDOW = datetime.timedelta(days=183)
# An undated meeting has no time to be close in: its meetings sharing countries or
# topics are looked for among this many of the newest that share any, which keeps the
# search as bounded as the window does.
RELATED_UNDATED_CANDIDATES = 500
# Meetings sharing two participants with a meeting are found by looking up each pair of
# its participants in the facet rows' index; a meeting with more than this many (a
# summit) has too many pairs for that, and is matched through its participations.
PAIRWISE_LIMIT = 8


@dataclass
class RelatedMeeting:
    """A meeting as the related meetings of another list it: when and where, and what
    the two share, the reason it is listed. Plain values, not a model instance: the
    list is cached, and a page shows nothing else of it."""

    pk: int
    date: datetime.date | None
    date_precision: str
    place: str
    participants: list[Participant] = field(default_factory=list)
    countries: list[Country] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)

    def get_absolute_url(self) -> str:
        return page_url("meetings:meeting", self.pk)

    def date_label(self) -> str:
        return date_label(self.date, self.date_precision)

    @property
    def sort_key(self):
        return (
            len(self.participants),
            len(self.countries) + len(self.topics),
            self.date or datetime.date.min,
            self.pk,
        )


def _sharing_participants(meeting: Meeting, participant_ids: set[int], *, limit: int):
    """Ids of the meetings sharing most of ``participant_ids``, then newest first.

    In two steps, so that someone with tens of thousands of meetings does not mean
    reading the date of each: meetings sharing two or more participants (few, found
    from the facet rows' participant index as those holding any pair of them, or for
    a meeting of many participants from the participations) are ranked on their own,
    and the rest, which share one, come newest first from the facet rows' date index.
    """
    several = None
    if len(participant_ids) <= PAIRWISE_LIMIT:
        pairs = [
            Q(participants__contains=list(pair))
            for pair in itertools.combinations(sorted(participant_ids), 2)
        ]
        if pairs:
            several = MeetingFacetRow.objects.filter(reduce(operator.or_, pairs))
    else:
        # Too many pairs to look up one by one: count the participants each meeting shares.
        # Read into a list first: as a subquery the planner misjudges its size and scans
        # every facet row to join it.
        sharing = (
            Participation.objects.filter(participant__in=participant_ids, meeting_public=True)
            .values("meeting")
            .annotate(shared=Count("*"))
            .filter(shared__gte=2)
            .values_list("meeting", flat=True)
        )
        several = MeetingFacetRow.objects.filter(meeting__in=list(sharing))
    keys = []
    if several is not None:
        rows = several.exclude(meeting=meeting).values_list("meeting", "date", "participants")
        keys = sorted(
            (
                (len(participant_ids.intersection(participants)), date or datetime.date.min, pk)
                for pk, date, participants in rows
            ),
            reverse=True,
        )
    ranked = [pk for _shared, _date, pk in keys[:limit]]
    if participant_ids and len(ranked) < limit:
        sharing_one = (
            MeetingFacetRow.objects.filter(participants__overlap=list(participant_ids))
            .exclude(meeting__in=[meeting.pk, *ranked])
            .order_by(F("date").desc(nulls_last=True), "-meeting")
            .values_list("meeting", flat=True)
        )
        ranked += list(sharing_one[: limit - len(ranked)])
    return ranked


def _newest_sharing_subjects(country_codes: set[str], topic_codes: set[str]) -> QuerySet:
    """The ids of the meetings concerning any of ``country_codes`` or ``topic_codes``,
    newest first (the undated last), from the facet rows' indexes."""
    sharing = Q(countries__overlap=sorted(country_codes)) if country_codes else Q()
    if topic_codes:
        sharing |= Q(topics__overlap=sorted(topic_codes))
    return newest_first_ids(MeetingFacetRow.objects.filter(sharing))


def public_meeting(pk) -> Meeting | None:
    """The public meeting ``pk`` with what its page shows (countries, topics, its
    participants with their offices, its sources with their articles), or None."""
    return (
        Meeting.objects.public()
        .without_search_columns()
        .select_related("place_country")
        .prefetch_related(
            "countries",
            "topics",
            Prefetch(
                "participations",
                Participation.objects.select_related("participant", "country"),
            ),
            Prefetch("sources", MeetingSource.objects.select_related("article")),
        )
        .filter(pk=pk)
        .first()
    )


def related_meetings(meeting: Meeting, *, limit: int = RELATED_SIZE) -> list[RelatedMeeting]:
    """Meetings sharing participants first, then those sharing countries and topics.

    Those sharing only countries or topics are looked for around the meeting's date
    (RELATED_WINDOW), undated ones included; for an undated meeting, among the newest
    sharing any (RELATED_UNDATED_CANDIDATES). On equal sharing, the newest come first
    and the undated last.

    ``meeting`` should come with its participations, countries and topics prefetched.
    Each result carries what it shares with ``meeting``: the reason it is listed.
    """
    participant_ids = {p.participant_id for p in meeting.participations.all()}
    country_codes = {country.code for country in meeting.countries.all()}
    topic_codes = {topic.code for topic in meeting.topics.all()}

    by_participants = _sharing_participants(meeting, participant_ids, limit=limit)
    by_subjects = []
    if len(by_participants) < limit and (country_codes or topic_codes):
        nearby = Meeting.objects.public().exclude(pk__in=[meeting.pk, *by_participants])
        if meeting.date:
            window = (meeting.date - RELATED_WINDOW, meeting.date + RELATED_WINDOW)
            # An undated meeting may be from any time, so near this one too: it stays
            # eligible, and the order puts it after the dated ones sharing as much.
            nearby = nearby.filter(Q(date__range=window) | Q(date=None))
        else:
            nearby = nearby.filter(
                pk__in=_newest_sharing_subjects(country_codes, topic_codes)[
                    :RELATED_UNDATED_CANDIDATES
                ]
            )
        by_subjects = list(
            nearby.annotate(
                shared=Count("countries", filter=Q(countries__in=country_codes), distinct=True)
                + Count("topics", filter=Q(topics__in=topic_codes), distinct=True)
            )
            .filter(shared__gt=0)
            .order_by("-shared", F("date").desc(nulls_last=True), "-pk")
            .values_list("pk", flat=True)[: limit - len(by_participants)]
        )

    # What each candidate shares is read off its facet row's arrays, and named with
    # this meeting's own participants, countries and topics: one query, no instances.
    participants = {p.participant_id: p.participant for p in meeting.participations.all()}
    countries = {country.code: country for country in meeting.countries.all()}
    topics = {topic.code: topic for topic in meeting.topics.all()}
    candidates = MeetingFacetRow.objects.filter(
        meeting__in=by_participants + by_subjects
    ).values_list(
        "meeting",
        "date",
        "meeting__date_precision",
        "place",
        "participants",
        "countries",
        "topics",
    )
    related = [
        RelatedMeeting(
            pk=pk,
            date=date,
            date_precision=precision,
            place=place,
            participants=[participants[i] for i in shared_ids if i in participants],
            countries=[countries[code] for code in shared_countries if code in countries],
            topics=[topics[code] for code in shared_topics if code in topics],
        )
        for pk, date, precision, place, shared_ids, shared_countries, shared_topics in candidates
    ]
    return sorted(related, key=lambda item: item.sort_key, reverse=True)
