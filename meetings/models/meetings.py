"""Meetings, with the queries pages make of them."""

import datetime

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchVector,
    SearchVectorField,
)
from django.db import models
from django.db.models import F, Func, Q, Value
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.links import page_url
from meetings.models.articles import Article
from meetings.models.dates import validate_plausible_date
from meetings.models.participants import Participant
from meetings.models.reference import Country, Topic
from meetings.models.sample import COUNT_SAMPLE_STEPS, count_sample_step_field, sample_index_name
from meetings.models.searching import (
    MeetingSearch,
    exact_folded,
    search_query,
    weighted_search_vector,
)
from meetings.search import (
    EXACT_CONFIG,
    HIGHLIGHT_START,
    HIGHLIGHT_STOP,
    SEARCH_CONFIG,
)


class MeetingQuerySet(models.QuerySet):
    def search(self, query: "str | MeetingSearch | None"):
        """Meetings matching ``query`` (web-search syntax, or as read by
        ``MeetingSearch.read``), best first, with ``rank``.

        An empty query leaves the queryset as it is.
        """
        if isinstance(query, str):
            query = MeetingSearch.read(query)
        if query is None:
            return self
        return (
            self.filter(query.condition())
            .alias(rank=query.rank())
            .order_by("-rank", F("date").desc(nulls_last=True), "-pk")
        )

    def with_headline(self, query: str):
        """Annotate ``headline``: a passage of the evidence with the matching words marked.

        Matches are marked with ``HIGHLIGHT_START``/``HIGHLIGHT_STOP``, never HTML; the
        ``highlight`` template filter escapes the text and then turns them into <mark>.
        """
        query = search_query(query)
        if query is None:
            return self
        # The article's own text may hold the marker characters; they are dropped
        # before PostgreSQL adds its own, so every mark in a snippet is a match.
        body = Func(
            F("search_body"),
            Value(HIGHLIGHT_START + HIGHLIGHT_STOP),
            Value(""),
            function="translate",
            output_field=models.TextField(),
        )
        return self.annotate(
            headline=SearchHeadline(
                body,
                query,
                config=SEARCH_CONFIG,
                start_sel=HIGHLIGHT_START,
                stop_sel=HIGHLIGHT_STOP,
                max_words=35,
                min_words=15,
            )
        )

    def newest_first(self):
        return self.order_by(F("date").desc(nulls_last=True), "-pk")

    def without_search_columns(self):
        """Meetings as pages show them: the search columns hold the articles' text, which
        no page shows, and would be carried through every sort and sent for every row."""
        return self.defer(
            "search_title",
            "search_entities",
            "search_names",
            "search_body",
            "search_vector",
            "names_vector",
            "exact_vector",
            "phrase_vector",
        )

    def public(self):
        """Meetings the public archive shows: all but those an editor rejected.

        Every public list, page, export and feed starts from this; counts and facets
        read the facet rows, which rejected meetings do not have (see MeetingFacetRow).
        """
        return self.exclude(review_state=Meeting.ReviewState.REJECTED)


class Meeting(models.Model):
    """An encounter reported by one or more articles."""

    class ReviewState(models.TextChoices):
        EXTRACTED = "extracted", _("Extracted")
        REVIEWED = "reviewed", _("Reviewed by an editor")
        # Not a meeting (a misreading of the text, a duplicate): hidden from the public
        # archive, and kept rather than deleted so re-extraction does not recreate it.
        REJECTED = "rejected", _("Rejected by an editor")

    class DatePrecision(models.TextChoices):
        """How much of `date` the text stated. A month or a year is stored as its first
        day; a meeting whose text gives no date at all is dated by its article's
        publication, as the day it was reported on."""

        DAY = "day", _("day")
        MONTH = "month", _("month")
        YEAR = "year", _("year")
        REPORTED = "reported", _("reported on")

    date = models.DateField(_("date"), null=True, blank=True, validators=[validate_plausible_date])
    date_precision = models.CharField(
        _("date precision"), max_length=10, choices=DatePrecision, default=DatePrecision.DAY
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, validators=[validate_plausible_date]
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    place_country = models.ForeignKey(
        Country,
        verbose_name=_("place country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="hosted_meetings",
    )
    articles = models.ManyToManyField(
        Article, through="MeetingSource", related_name="meetings", verbose_name=_("articles")
    )
    participants = models.ManyToManyField(
        Participant,
        through="Participation",
        related_name="meetings",
        verbose_name=_("participants"),
    )
    countries = models.ManyToManyField(
        Country, blank=True, related_name="meetings", verbose_name=_("countries")
    )
    topics = models.ManyToManyField(
        Topic, blank=True, related_name="meetings", verbose_name=_("topics")
    )
    review_state = models.CharField(
        _("review state"), max_length=20, choices=ReviewState, default=ReviewState.EXTRACTED
    )
    # Names of the fields an editor has changed (date, place, countries, topics...);
    # re-extraction leaves them as the editor set them.
    edited_fields = ArrayField(
        models.CharField(max_length=40), default=list, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    # Normalised text for search, written by the services that write meetings:
    # titles of the reporting articles (A); participants, offices, place, countries
    # and topics (B); evidence and article text (C).
    search_title = models.TextField(default="", blank=True, editable=False)
    search_entities = models.TextField(default="", blank=True, editable=False)
    search_body = models.TextField(default="", blank=True, editable=False)
    search_vector = models.GeneratedField(
        expression=weighted_search_vector(
            ("search_title", "A"), ("search_entities", "B"), ("search_body", "C")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    # The people's names, every form (aliases too), separated by NAME_SEPARATOR. It
    # and the entities are searched unstemmed too (see MeetingSearch), each with its
    # own index, so finding whether a word is anyone's name reads the names alone.
    search_names = models.TextField(default="", blank=True, editable=False)
    names_vector = models.GeneratedField(
        expression=SearchVector(exact_folded("search_names"), config=EXACT_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    exact_vector = models.GeneratedField(
        expression=SearchVector(exact_folded("search_entities"), config=EXACT_CONFIG),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    # The titles and text unstemmed, for quoted phrases: a journalist who quotes
    # "المهاجرين" wants that word, not every form sharing its stem.
    phrase_vector = models.GeneratedField(
        expression=SearchVector(
            exact_folded("search_title"), exact_folded("search_body"), config=EXACT_CONFIG
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )
    count_sample_step = count_sample_step_field("id")
    # The search columns are derived from the rest (meeting_refresh_derived); history
    # keeps what editors and the extractor decided, not copies of the articles' text.
    history = HistoricalRecords(
        m2m_fields=[countries, topics],
        excluded_fields=[
            "search_title",
            "search_entities",
            "search_body",
            "search_vector",
            "search_names",
            "names_vector",
            "exact_vector",
            "phrase_vector",
        ],
        verbose_name=_("historical meeting"),
        verbose_name_plural=_("historical meetings"),
    )

    objects = MeetingQuerySet.as_manager()

    class Meta:
        ordering = [F("date").desc(nulls_last=True), "-pk"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        indexes = [
            models.Index(F("date").desc(nulls_last=True), F("id").desc(), name="meeting_date_idx"),
            models.Index(fields=["place_country", "date"], name="meeting_place_country_idx"),
            models.Index(fields=["review_state"], name="meeting_review_state_idx"),
            models.Index(fields=["place"], name="meeting_place_idx"),
            GinIndex(fields=["search_vector"], name="meeting_search_idx"),
            GinIndex(fields=["names_vector"], name="meeting_names_search_idx"),
            GinIndex(fields=["exact_vector"], name="meeting_exact_search_idx"),
            GinIndex(fields=["phrase_vector"], name="meeting_phrase_search_idx"),
            # A search's estimated counts read only its matches in the sample: one index
            # per vector a search reads and per step, so a sparser sample reads no more
            # than its own rows. Without them a name or a quoted phrase rechecked every
            # meeting holding its words, in the sample or not, to estimate its counts.
            *(
                GinIndex(
                    fields=[vector],
                    name=sample_index_name(stem, step),
                    condition=Q(count_sample_step__gte=step),
                )
                for vector, stem in (
                    ("search_vector", "meeting_search_sample"),
                    ("names_vector", "meeting_names_sample"),
                    ("exact_vector", "meeting_exact_sample"),
                    ("phrase_vector", "meeting_phrase_sample"),
                )
                for step in COUNT_SAMPLE_STEPS
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("date")),
                name="meeting_end_date_after_date",
            )
        ]

    def __str__(self) -> str:
        """Who met whom and when, "X – Y, 2023-07-12" (the place when no one is named).

        Admin lists call this once per row, so the names come from prefetched
        participations when there are any (MeetingAdmin prefetches them); otherwise one
        query. A meeting not read from the database, such as a history page's past
        version, has no participations of its own to show, so none are looked up.
        """
        if "participations" in getattr(self, "_prefetched_objects_cache", {}):
            names = [p.participant.name for p in self.participations.all()]
        elif self._state.adding:
            names = []
        else:
            names = list(self.participations.values_list("participant__name", flat=True))
        who = " – ".join(names) or self.place
        return ", ".join(filter(None, [who, self.date and self.date.isoformat()])) or f"#{self.pk}"

    def get_absolute_url(self) -> str:
        return page_url("meetings:meeting", self.pk)

    def date_label(self) -> str:
        return date_label(self.date, self.date_precision)


def date_label(date: datetime.date | None, precision: str) -> str:
    """A meeting's date as much as the text said: a day, a month, a year, or the day
    the meeting was reported on."""
    if date is None:
        return gettext("Undated")
    if precision == Meeting.DatePrecision.YEAR:
        return str(date.year)
    if precision == Meeting.DatePrecision.MONTH:
        return date_format(date, "YEAR_MONTH_FORMAT")
    day = date_format(date)
    if precision == Meeting.DatePrecision.REPORTED:
        return gettext("reported on %(date)s") % {"date": day}
    return day
