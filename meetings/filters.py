"""The one FilterSet behind the meeting list, its exports and its feed.

Facets combine with AND; several values of one facet combine with OR (django-filter's
MultipleChoiceFilter default). To-many facets filter with EXISTS rather than a join,
so no DISTINCT is needed however many countries or participants a meeting has.
"""

import django_filters
from django import forms
from django.db.models import Exists, OuterRef
from django.utils.dates import MONTHS
from django.utils.translation import gettext_lazy as _

from meetings.models import Country, Meeting, Ministry, Participant, Participation, Topic


class AnyValueMultipleField(forms.MultipleChoiceField):
    """Several free-text values: places are not a closed list, so any value is valid."""

    def valid_value(self, value):
        return True


class PlaceFilter(django_filters.MultipleChoiceFilter):
    field_class = AnyValueMultipleField


class YearFilter(django_filters.NumberFilter):
    # An integer field: the year lookup builds dates, so 2024.5 or 99999 must fail validation.
    field_class = forms.IntegerField


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
        choices=Meeting.ReviewState.choices,
        distinct=False,
        label=_("Review state"),
    )
    # Query parameters date_after and date_before.
    date = django_filters.DateFromToRangeFilter(field_name="date", label=_("Date"))
    year = YearFilter(field_name="date", lookup_expr="year", min_value=1, max_value=9999)
    month = django_filters.ChoiceFilter(
        field_name="date", lookup_expr="month", choices=list(MONTHS.items()), label=_("Month")
    )

    class Meta:
        model = Meeting
        fields = []

    def filter_search(self, queryset, name, value):
        return queryset.search(value)

    # Model choice filters pass an empty queryset when the parameter is absent, which
    # django-filter does not treat as empty; hence the ``if not value`` checks.
    def filter_country(self, queryset, name, value):
        if not value:
            return queryset
        links = Meeting.countries.through.objects.filter(
            meeting=OuterRef("pk"), country__in=[country.code for country in value]
        )
        return queryset.filter(Exists(links))

    def filter_topic(self, queryset, name, value):
        if not value:
            return queryset
        links = Meeting.topics.through.objects.filter(
            meeting=OuterRef("pk"), topic__in=[topic.code for topic in value]
        )
        return queryset.filter(Exists(links))

    def filter_ministry(self, queryset, name, value):
        return queryset.filter(
            Exists(Participation.objects.filter(meeting=OuterRef("pk"), ministry__in=value))
        )

    def filter_participant(self, queryset, name, value):
        if not value:
            return queryset
        chosen = Participation.objects.filter(
            meeting=OuterRef("pk"), participant__in=[participant.pk for participant in value]
        )
        return queryset.filter(Exists(chosen))

    def queryset_without(self, *names: str):
        """The queryset filtered by every valid filter except ``names``.

        Facet counts use this, as Django admin's facets do: a facet counted under its
        own filter would only ever show the values already chosen.
        """
        queryset = self.queryset.all()
        for name, value in self.form.cleaned_data.items():
            if name not in names:
                queryset = self.filters[name].filter(queryset, value)
        return queryset
