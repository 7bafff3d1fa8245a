"""The archive's data: articles, the meetings they report, and who took part.

A Participant is one person or institution across the whole archive; what they were
in one meeting (office as written, organisation, ministry, country) lives on the
Participation that joins them to that meeting, so a person appears once with all
their meetings. Country and Topic use their codes as primary keys: URLs, facets and
the extractor all speak in codes, and facet counts need no join to read them.

One module per kind of data; everything is imported from here, as from one module.
"""

from meetings.models.articles import (
    Article,
)
from meetings.models.dates import (
    EARLIEST_DATE,
    is_plausible_date,
    latest_date,
    validate_plausible_date,
)
from meetings.models.facet_rows import (
    DataVersion,
    FacetTotal,
    MeetingFacetRow,
    MonthTotal,
)
from meetings.models.meetings import (
    Meeting,
    MeetingQuerySet,
    date_label,
)
from meetings.models.participants import (
    MergedParticipant,
    Participant,
    ParticipantNames,
    ParticipantQuerySet,
)
from meetings.models.participations import (
    MeetingSource,
    Participation,
    ParticipationRemoval,
)
from meetings.models.reference import (
    Country,
    Ministry,
    Topic,
)
from meetings.models.sample import (
    COUNT_SAMPLE_SIZE,
    COUNT_SAMPLE_STEPS,
    count_sample_step_field,
    in_count_sample,
    sample_index_name,
    sample_step,
)
from meetings.models.searching import (
    MeetingSearch,
    SearchQueryWithForms,
    exact_folded,
    search_query,
    weighted_search_vector,
)

__all__ = [
    "Article",
    "COUNT_SAMPLE_SIZE",
    "COUNT_SAMPLE_STEPS",
    "Country",
    "DataVersion",
    "EARLIEST_DATE",
    "FacetTotal",
    "Meeting",
    "MeetingFacetRow",
    "MeetingQuerySet",
    "MeetingSearch",
    "MeetingSource",
    "MonthTotal",
    "MergedParticipant",
    "Ministry",
    "Participant",
    "ParticipantNames",
    "ParticipantQuerySet",
    "Participation",
    "ParticipationRemoval",
    "SearchQueryWithForms",
    "Topic",
    "count_sample_step_field",
    "date_label",
    "exact_folded",
    "in_count_sample",
    "is_plausible_date",
    "latest_date",
    "sample_index_name",
    "sample_step",
    "search_query",
    "validate_plausible_date",
    "weighted_search_vector",
]
