"""Reads that take more than one step: facet counts, related meetings, a participant's
record and monthly counts. Every count is computed by the database.

By page kind: ``listing`` the meeting list's counts and filter chips, counted by
``facets``; ``related`` a meeting's related meetings; ``subjects`` the pages of a
participant, a country and a topic; ``pairs`` the pages of two together; ``rows`` the
meetings a list page prints. ``cache`` keeps figures until the next write. The public
names are re-exported here; a test changing a constant patches it in the module that
reads it.
"""

from meetings.selectors.cache import (
    CACHE_GENERATION,
    COUNTS_CACHE_SECONDS,
    cached_until_write,
    data_version,
)
from meetings.selectors.facets import (
    EXACT_COUNT_LIMIT,
    FACET_SIZE,
    ActiveFilter,
    Facet,
    FacetValue,
    ListCounts,
)
from meetings.selectors.listing import (
    active_filters,
    meeting_facets,
    meeting_list_counts,
    meeting_list_ids,
    too_many_to_rank,
)
from meetings.selectors.pairs import PairSummary, pair_rows, pair_summary, pair_url
from meetings.selectors.related import (
    PAIRWISE_LIMIT,
    RELATED_SIZE,
    RELATED_UNDATED_CANDIDATES,
    RELATED_WINDOW,
    RelatedMeeting,
    public_meeting,
    related_meetings,
)
from meetings.selectors.rows import MeetingRow, PageRows, meeting_rows
from meetings.selectors.subjects import (
    COUNTERPARTS_SIZE,
    ParticipantSummary,
    SubjectCounts,
    monthly_counts,
    newest_first_ids,
    participant_counterparts,
    participant_offices,
    participant_summary,
    participant_timeline_ids,
    subject_counts,
    subject_rows,
)

__all__ = [
    "CACHE_GENERATION",
    "COUNTERPARTS_SIZE",
    "COUNTS_CACHE_SECONDS",
    "EXACT_COUNT_LIMIT",
    "FACET_SIZE",
    "PAIRWISE_LIMIT",
    "RELATED_SIZE",
    "RELATED_UNDATED_CANDIDATES",
    "RELATED_WINDOW",
    "ActiveFilter",
    "Facet",
    "FacetValue",
    "ListCounts",
    "MeetingRow",
    "PageRows",
    "PairSummary",
    "ParticipantSummary",
    "RelatedMeeting",
    "SubjectCounts",
    "active_filters",
    "cached_until_write",
    "data_version",
    "meeting_facets",
    "meeting_list_counts",
    "meeting_list_ids",
    "meeting_rows",
    "monthly_counts",
    "newest_first_ids",
    "pair_rows",
    "pair_summary",
    "pair_url",
    "participant_counterparts",
    "participant_offices",
    "participant_summary",
    "participant_timeline_ids",
    "public_meeting",
    "related_meetings",
    "subject_counts",
    "subject_rows",
    "too_many_to_rank",
]
