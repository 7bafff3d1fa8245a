"""Building meetings for the public pages' tests, with their derived data (facet row,
search columns) written by the same funnel ingestion uses, then the search columns set
to exactly the text each test searches."""

import datetime

from django.db.models import Prefetch

from meetings.models import Meeting, Participation
from meetings.search import NAME_SEPARATOR, search_normalize
from meetings.services.derived import meeting_refresh_derived
from tests.factories import (
    ArticleFactory,
    MeetingFactory,
    MeetingSourceFactory,
    ParticipationFactory,
    country,
    topic,
)


def make_meeting(
    *,
    date=datetime.date(2024, 5, 14),
    place="طرابلس",
    countries=("LY",),
    topics=(),
    people=(),
    ministry="interior",
    title="لقاء أمني",
    evidence="التقى الوزير نظيره في طرابلس.",
    review_state=Meeting.ReviewState.EXTRACTED,
) -> Meeting:
    meeting = MeetingFactory(
        date=date,
        place=place,
        countries=[country(code) for code in countries],
        topics=[topic(code) for code in topics],
        review_state=review_state,
    )
    for person in people:
        ParticipationFactory(meeting=meeting, participant=person, ministry=ministry)
    MeetingSourceFactory(meeting=meeting, article=ArticleFactory(title=title), evidence=evidence)
    meeting_refresh_derived(meeting=meeting)
    entities = [place, *(person.name for person in people)]
    Meeting.objects.filter(pk=meeting.pk).update(
        search_title=search_normalize(title),
        search_entities=NAME_SEPARATOR.join(map(search_normalize, entities)),
        search_body=search_normalize(evidence),
    )
    return meeting


def with_related_inputs(meeting: Meeting) -> Meeting:
    """The meeting read again as its page reads it for its related meetings: with its
    participations and their participants, its countries and topics."""
    return Meeting.objects.prefetch_related(
        Prefetch("participations", Participation.objects.select_related("participant")),
        "countries",
        "topics",
    ).get(pk=meeting.pk)
