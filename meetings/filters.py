"""The one FilterSet behind the meeting list, its exports and its feed.

Facets combine with AND. Several values of one to-many facet (countries, participants,
topics, ministries) combine as the URL says, ``?country_match=all`` or ``any``, each
facet with its own default (its ``default_match`` in ``meetings.facets``); other
facets' values combine with OR (django-filter's MultipleChoiceFilter default). The
filters read the meeting's narrow facet row (``MeetingFacetRow``), where to-many facets
are arrays: "all of these values" is one GIN-indexed ``@>`` and "any of them" one
``&&``, with no join to a link table and no DISTINCT. The same filters run on meetings
(the list) and on facet rows themselves (the counts): every field they use has the same
name on both, reached through ``facet_row`` from a meeting.
"""

import django_filters
from django import forms
from django.utils.dates import MONTHS
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from meetings.facets import ARRAY_FACETS, UNDATED, Match
from meetings.models import (
    Country,
    Meeting,
    MeetingFacetRow,
    MeetingSearch,
    Ministry,
    Participant,
    Topic,
)


class AnyValueMultipleField(forms.MultipleChoiceField):
    """Several free-text values: places are not a closed list, so any value is valid."""

    def valid_value(self, value):
        return True


class PlaceFilter(django_filters.MultipleChoiceFilter):
    field_class = AnyValueMultipleField


class YearField(forms.IntegerField):
    """A year, or ``UNDATED``.

    An integer otherwise: the year lookup builds dates, so 2024.5 or 99999 must fail
    validation.
    """

    def to_python(self, value):
        if isinstance(value, str) and value.strip() == UNDATED:
            return UNDATED
        return super().to_python(value)

    def run_validators(self, value):
        # The bounds compare numbers; the one word allowed has nothing to check.
        if value != UNDATED:
            super().run_validators(value)


class YearFilter(django_filters.NumberFilter):
    field_class = YearField

    def filter(self, qs, value):
        if value == UNDATED:
            return qs.filter(**{f"{self.field_name}__isnull": True})
        return super().filter(qs, value)


def match_param(facet: str) -> str:
    """The query parameter saying how the chosen values of ``facet`` combine."""
    return f"{facet}_match"


# They filter nothing by themselves: a list with one and no values is the whole list.
MATCH_PARAMS = frozenset(match_param(facet) for facet in ARRAY_FACETS)


class MatchFilter(django_filters.ChoiceFilter):
    """How the chosen values of one facet combine. It leaves the queryset as it is: the
    facet's own filter reads it (``MeetingFilterSet.match``)."""

    def __init__(self, **kwargs):
        super().__init__(choices=Match.choices, **kwargs)

    def filter(self, qs, value):
        return qs


class MeetingFilterSet(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_search", label=_("Search"))
    # Model choices are checked in one query however many values are chosen, and the
    # chosen objects come back for labels.
    country = django_filters.ModelMultipleChoiceFilter(
        queryset=Country.objects.all(),
        to_field_name="code",
        method="filter_country",
        label=_("Country"),
    )
    topic = django_filters.ModelMultipleChoiceFilter(
        queryset=Topic.objects.all(), to_field_name="code", method="filter_topic", label=_("Topic")
    )
    ministry = django_filters.MultipleChoiceFilter(
        choices=Ministry.choices, method="filter_ministry", label=_("Ministry")
    )
    participant = django_filters.ModelMultipleChoiceFilter(
        queryset=Participant.objects.all(), method="filter_participant", label=_("Participant")
    )
    place = PlaceFilter(field_name="place", distinct=False, label=_("Place"))
    review = django_filters.MultipleChoiceFilter(
        field_name="review_state",
        # Rejected meetings are not in the public archive, so not a choice either.
        choices=[
            (state, label)
            for state, label in Meeting.ReviewState.choices
            if state != Meeting.ReviewState.REJECTED
        ],
        distinct=False,
        label=_("Review state"),
    )
    # Query parameters date_after and date_before.
    date = django_filters.DateFromToRangeFilter(field_name="date", label=_("Date"))
    # A year, or UNDATED for the meetings without a date.
    year = YearFilter(
        field_name="date", lookup_expr="year", min_value=1, max_value=9999, label=_("Year")
    )
    month = django_filters.ChoiceFilter(
        field_name="date", lookup_expr="month", choices=list(MONTHS.items()), label=_("Month")
    )
    country_match = MatchFilter(label=_("Match countries"))
    participant_match = MatchFilter(label=_("Match participants"))
    topic_match = MatchFilter(label=_("Match topics"))
    ministry_match = MatchFilter(label=_("Match ministries"))

    class Meta:
        model = Meeting
        fields = []

    @cached_property
    def search(self) -> MeetingSearch | None:
        """The query, read once for the list and all its counts (None: no search)."""
        return MeetingSearch.read(self.form.cleaned_data.get("q") or "")

    def filter_search(self, queryset, name, value):
        if self.search is None:
            return queryset
        if queryset.model is MeetingFacetRow:
            return queryset.filter(meeting__in=Meeting.objects.filter(self.search.condition()))
        return queryset.search(self.search)

    # Model choice filters pass an empty queryset when the parameter is absent, which
    # django-filter does not treat as empty; hence the ``if not value`` checks.
    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        return self._holding(queryset, name, [country.code for country in value])

    def filter_topic(self, queryset, name, value):
        if not value:
            return queryset
        return self._holding(queryset, name, [topic.code for topic in value])

    def filter_ministry(self, queryset, name, value):
        return self._holding(queryset, name, value)

    def filter_participant(self, queryset, name, value):
        if not value:
            return queryset
        return self._holding(queryset, name, [participant.pk for participant in value])

    def match(self, facet: str) -> Match:
        """How the chosen values of ``facet`` (a key of ARRAY_FACETS) combine: as the
        URL says, else the facet's default (also when the URL's value is invalid)."""
        chosen = self.form.cleaned_data.get(match_param(facet))
        return Match(chosen) if chosen else ARRAY_FACETS[facet].default_match

    def _holding(self, queryset, facet: str, values: list):
        """Rows whose facet-row array of ``facet`` holds all of ``values`` (``@>``) or
        any of them (``&&``), as ``match`` says; the array's GIN index serves both."""
        array = ARRAY_FACETS[facet].column
        if queryset.model is not MeetingFacetRow:
            array = f"facet_row__{array}"
        lookup = "contains" if self.match(facet) == Match.ALL else "overlap"
        return queryset.filter(**{f"{array}__{lookup}": values})

    def queryset_without(self, *names: str, queryset=None):
        """``queryset`` (by default the FilterSet's own) filtered by every valid filter
        except ``names``.

        Counts of a facet whose values combine with OR use this, as Django admin's
        facets do: counted under its own filter, such a facet would only ever show the
        values already chosen.
        """
        queryset = (self.queryset if queryset is None else queryset).all()
        for name, value in self.form.cleaned_data.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
