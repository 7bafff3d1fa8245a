"""The archive's facets, in one registry.

Each facet says its query parameter and title, the facet-row column it is filtered and
counted by, whether a meeting may hold several of its values (an array, whose chosen
values combine all-of or any-of), how its counted values are ordered and labelled, and
whether the database keeps its whole-archive totals. The FilterSet's match modes, the
counts, the facet lists and the filter chips all read it. The SQL that keeps the totals
(``meetings_facet_pairs``, migration 0006) lists the same facets; a test checks that
the totals it keeps are the counts this registry's facets give.

Adding a facet is then: a column of the facet row and its value in
``services.derived``, a filter of the FilterSet, an entry here, and (when its totals
are kept) its line in ``meetings_facet_pairs``.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.db.models import F, Func, Q, TextField, Value
from django.db.models.functions import Cast, Coalesce, ExtractMonth, ExtractYear
from django.utils.dates import MONTHS
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from meetings.english import place_in_language
from meetings.models import Country, Meeting, Ministry, Participant, Topic

# The year facet's value for meetings without a date (?year=undated): they belong to
# no year, and without a value of their own no filter could list them.
UNDATED = "undated"


class Match(models.TextChoices):
    """How several chosen values of an array facet combine."""

    ALL = "all", _("all of these")
    ANY = "any", _("any of these")


def _by_value(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items())


def _newest_year_first(counts: dict[str, int]) -> list[tuple[str, int]]:
    # The undated last.
    return sorted(
        counts.items(),
        key=lambda pair: (pair[0] == UNDATED, 0 if pair[0] == UNDATED else -int(pair[0])),
    )


def _by_month(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda pair: int(pair[0]))


def _year_label(value) -> str:
    """A year facet value or chip as shown: the year, or "Undated" for ``UNDATED``."""
    return str(_("Undated")) if str(value) == UNDATED else str(value)


@dataclass(frozen=True)
class FacetDefinition:
    # The query parameter, and the facet's key in counts and totals.
    name: str
    title: Promise
    # The facet row's column it is filtered and counted by.
    column: str
    # For an array facet, how several chosen values combine when the URL does not say;
    # None for a facet a meeting holds one value of.
    default_match: Match | None = None
    # The value counted, as text; by default the column (each element of an array).
    counted: Func | F | None = None
    # Rows that hold no value of the facet, left out of its counts.
    without_value: Q | None = None
    # Other filters left out when counting this facet (a year's months are counted
    # under no month filter).
    counted_without: tuple[str, ...] = ()
    # Whether the database keeps its totals over the whole archive (FacetTotal).
    kept: bool = True
    # Shown only when this other facet has a value chosen (months within a year).
    within: str | None = None
    # Every counted value, in the order this function gives them; None for the most
    # frequent values only, the chosen ones first (selectors.facets.FACET_SIZE).
    order: Callable[[dict[str, int]], list[tuple[str, int]]] | None = None
    # The model whose rows the values are the keys of, and its name field per language;
    # else ``label`` gives a value's label.
    model: type | None = None
    name_fields: tuple[str, str] = ("name_ar", "name_en")
    label: Callable[[str], str] = str

    @property
    def many(self) -> bool:
        return self.default_match is not None

    @property
    def ranked(self) -> bool:
        """Whether only the most frequent values are listed (and the chosen ones)."""
        return self.order is None

    def value_expression(self):
        if self.counted is not None:
            return self.counted
        if self.many:
            return Func(F(self.column), function="unnest")
        return F(self.column)

    def labels(self, values: list[str], *, english: bool) -> dict[str, str]:
        """Each value's label in the page's language (one query for a model's facet)."""
        if self.model is None:
            return {value: str(self.label(value)) for value in values}
        field = self.name_fields[1] if english else self.name_fields[0]
        # Unordered: sorting by name would load the collation in a new connection (~80 ms).
        rows = self.model.objects.filter(pk__in=values).order_by().values_list("pk", field)
        return {str(pk): name for pk, name in rows}

    def object_label(self, obj, *, english: bool) -> str:
        """The label of a chosen model object, as the filter's cleaned data holds it."""
        return getattr(obj, self.name_fields[1] if english else self.name_fields[0])


FACETS = (
    # With two countries or two people chosen the question is who met whom, so all of
    # them must take part (issue #10); two topics or ministries are more often
    # alternatives, as in "migration or border security".
    FacetDefinition("country", _("Country"), "countries", Match.ALL, model=Country),
    FacetDefinition("topic", _("Topic"), "topics", Match.ANY, model=Topic),
    FacetDefinition(
        "ministry", _("Ministry"), "ministries", Match.ANY, label=lambda v: Ministry(v).label
    ),
    FacetDefinition(
        "participant",
        _("Participant"),
        "participants",
        Match.ALL,
        model=Participant,
        name_fields=("name", "name"),
    ),
    FacetDefinition(
        "place", _("Place"), "place", without_value=Q(place=""), label=place_in_language
    ),
    FacetDefinition(
        "review",
        _("Review state"),
        "review_state",
        order=_by_value,
        label=lambda v: Meeting.ReviewState(v).label,
    ),
    # Undated meetings are counted too, under a value of their own.
    FacetDefinition(
        "year",
        _("Year"),
        "date",
        counted=Coalesce(
            Cast(ExtractYear("date"), TextField()), Value(UNDATED, output_field=TextField())
        ),
        counted_without=("month",),
        order=_newest_year_first,
        label=_year_label,
    ),
    # Months are browsed within a year; across the whole archive they would mean
    # little, and the undated have none.
    FacetDefinition(
        "month",
        _("Month"),
        "date",
        counted=ExtractMonth("date"),
        without_value=Q(date=None),
        kept=False,
        within="year",
        order=_by_month,
        label=lambda v: MONTHS[int(v)],
    ),
)

FACETS_BY_NAME = {facet.name: facet for facet in FACETS}
ARRAY_FACETS = {facet.name: facet for facet in FACETS if facet.many}
