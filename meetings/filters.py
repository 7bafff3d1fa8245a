"""The one FilterSet behind the meeting list, its exports and its feed.

Facets combine with AND; several values of one facet combine with OR (django-filter's
MultipleChoiceFilter default). The filters read the meeting's narrow facet row
(``MeetingFacetRow``), where to-many facets are arrays: "any of these values" is one
GIN-indexed ``&&``, with no join to a link table and no DISTINCT. The same filters run
on meetings (the list) and on facet rows themselves (the counts): every field they use
has the same name on both, reached through ``facet_row`` from a meeting.
"""

import django_filters
from django import forms
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from meetings.models import Country, Meeting, MeetingFacetRow, Ministry, Participant, Topic


class AnyValueMultipleField(forms.MultipleChoiceField):
    """Several free-text values: places are not a closed list, so any value is valid."""

    def valid_value(self, value):
        return True


class PlaceFilter(django_filters.MultipleChoiceFilter):
    field_class = AnyValueMultipleField


# The year facet's value for meetings without a date (?year=undated): they belong to
# no year, and without a value of their own no filter could list them.
UNDATED = "undated"


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

    class Meta:
        model = Meeting
        fields = []

    def filter_search(self, queryset, name, value):
        if queryset.model is MeetingFacetRow:
            return queryset.filter(meeting__in=Meeting.objects.search(value).values("pk"))
        return queryset.search(value)

    # Model choice filters pass an empty queryset when the parameter is absent, which
    # django-filter does not treat as empty; hence the ``if not value`` checks.
    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        return _overlapping(queryset, "countries", [country.code for country in value])

    def filter_topic(self, queryset, name, value):
        if not value:
            return queryset
        return _overlapping(queryset, "topics", [topic.code for topic in value])

    def filter_ministry(self, queryset, name, value):
        return _overlapping(queryset, "ministries", value)

    def filter_participant(self, queryset, name, value):
        if not value:
            return queryset
        return _overlapping(queryset, "participants", [participant.pk for participant in value])

    def queryset_without(self, *names: str, queryset=None):
        """``queryset`` (by default the FilterSet's own) filtered by every valid filter
        except ``names``.

        Facet counts use this, as Django admin's facets do: a facet counted under its
        own filter would only ever show the values already chosen.
        """
        queryset = (self.queryset if queryset is None else queryset).all()
        for name, value in self.form.cleaned_data.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset


def _overlapping(queryset, array: str, values: list):
    """Rows whose facet-row ``array`` holds any of ``values``."""
    if queryset.model is not MeetingFacetRow:
        array = f"facet_row__{array}"
    return queryset.filter(**{f"{array}__overlap": values})
