"""A meeting's page: the meetings related to it, those sharing participants first,
then those sharing countries and topics around its date."""

import datetime
import itertools
import operator
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Count, F, Prefetch, Q, QuerySet

from meetings.models import Meeting, MeetingFacetRow, Participant, Participation
from meetings.selectors.cache import cached_until_write
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
    meeting: Meeting
    participants: list[Participant] = field(default_factory=list)
    countries: list = field(default_factory=list)
    topics: list = field(default_factory=list)

    @property
    def sort_key(self):
        return (
            len(self.participants),
            len(self.countries) + len(self.topics),
            self.meeting.date or datetime.date.min,
            self.meeting.pk,
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

    candidates = (
        Meeting.objects.filter(pk__in=by_participants + by_subjects)
        .without_search_columns()
        .prefetch_related(
            "countries",
            "topics",
            Prefetch("participations", Participation.objects.select_related("participant")),
        )
    )
    related = []
    for candidate in candidates:
        item = RelatedMeeting(
            meeting=candidate,
            participants=[
                p.participant
                for p in candidate.participations.all()
                if p.participant_id in participant_ids
            ],
            countries=[c for c in candidate.countries.all() if c.code in country_codes],
            topics=[t for t in candidate.topics.all() if t.code in topic_codes],
        )
        # What it shares is all the page shows of it: the rest of what was prefetched
        # would only weigh on the cached copy (see meeting_related).
        candidate._prefetched_objects_cache = {}
        related.append(item)
    return sorted(related, key=lambda item: item.sort_key, reverse=True)


def meeting_related(meeting: Meeting) -> list[RelatedMeeting]:
    """``related_meetings(meeting)``, kept until the next write to meetings: the most
    cited page need not look up the same related meetings on every visit. Their
    instances carry every name the page shows, in both languages."""
    return cached_until_write(f"related-meetings:{meeting.pk}", lambda: related_meetings(meeting))
