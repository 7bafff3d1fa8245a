"""What the list filters and counts on: a narrow row per public meeting, the
totals kept from those rows, and the number every write bumps."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.db.models import F, Q

from meetings.models.meetings import Meeting
from meetings.models.sample import COUNT_SAMPLE_STEPS, count_sample_step_field, sample_index_name


class MeetingFacetRow(models.Model):
    """What the list filters and counts on, one narrow row per public meeting.

    Meeting rows are wide (search_body holds article text: ~600 MB for 200,000
    meetings), and exact facet counts read every matching meeting; this copy is about
    a tenth of that, with the to-many facets as arrays so a count is one
    ``unnest ... GROUP BY`` and a filter one GIN lookup (``&&``: any of the values).
    Written only by ``meeting_refresh_derived``, the funnel every meeting write passes.
    A rejected meeting has no row, so every count (the totals kept from these rows
    included) leaves it out without a filter of its own.
    """

    meeting = models.OneToOneField(
        Meeting, on_delete=models.CASCADE, primary_key=True, related_name="facet_row"
    )
    date = models.DateField(null=True)
    review_state = models.CharField(max_length=20, choices=Meeting.ReviewState)
    place = models.CharField(max_length=200)
    countries = ArrayField(models.CharField(max_length=2), default=list)
    topics = ArrayField(models.CharField(max_length=40), default=list)
    ministries = ArrayField(models.CharField(max_length=20), default=list)
    participants = ArrayField(models.IntegerField(), default=list)
    count_sample_step = count_sample_step_field("meeting_id")

    class Meta:
        indexes = [
            models.Index(
                F("date").desc(nulls_last=True), F("meeting").desc(), name="facet_row_date_idx"
            ),
            GinIndex(fields=["countries"], name="facet_row_countries_idx"),
            GinIndex(fields=["topics"], name="facet_row_topics_idx"),
            GinIndex(fields=["ministries"], name="facet_row_ministries_idx"),
            GinIndex(fields=["participants"], name="facet_row_participants_idx"),
            # Estimated counts read the sample's rows alone, through its step's index.
            *(
                models.Index(
                    fields=["meeting"],
                    name=sample_index_name("facet_row_sample", step),
                    condition=Q(count_sample_step__gte=step),
                )
                for step in COUNT_SAMPLE_STEPS
            ),
        ]

    def __str__(self) -> str:
        return str(self.meeting_id)


class FacetTotal(models.Model):
    """Meetings per facet value over the whole archive: the unfiltered list's facets.

    Kept by database triggers on MeetingFacetRow (migration 0006), so every insert,
    update and delete of a facet row, cascades included, adjusts it in the same
    transaction; counting 200,000 facet rows instead takes a third of a second. The
    facet "total" holds the number of meetings. Values are text, as the list shows them.
    """

    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=200)
    count = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value"], name="facet_total_unique")
        ]
        indexes = [
            models.Index("facet", F("count").desc(), "value", name="facet_total_top_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}: {self.count}"


class MonthTotal(models.Model):
    """Public meetings per month of each country and topic: the charts of their pages.

    Kept by database triggers on MeetingFacetRow (migration 0022), as FacetTotal is, so
    a chart reads one row per month instead of counting the subject's meetings (43 ms
    for Libya, in half of 200,000 meetings). Undated meetings are in no month.
    """

    facet = models.CharField(max_length=20)  # "country" or "topic"
    value = models.CharField(max_length=40)
    month = models.DateField()  # its first day
    count = models.IntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["facet", "value", "month"], name="month_total_unique")
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value} {self.month:%Y-%m}: {self.count}"


class DataVersion(models.Model):
    """One row whose number changes with every write to the archive's meetings.

    Cached counts are keyed by it, so a write makes every earlier entry unreachable.
    A trigger bumps it whenever facet rows change (migration 0006), and
    ``data_version_bump`` for the rest; either way inside the writing transaction, so
    a reader sees the new number only together with the new data.
    """

    value = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return str(self.value)
