"""The archive's data: articles, the meetings they report, and who took part.

A Participant is one person or institution across the whole archive; what they were
in one meeting (office as written, organisation, ministry, country) lives on the
Participation that joins them to that meeting, so a person appears once with all
their meetings. Country and Topic use their codes as primary keys: URLs, facets and
the extractor all speak in codes, and facet counts need no join to read them.
"""

import datetime
import hashlib
import operator
from functools import reduce

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import (
    SearchHeadline,
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
)
from django.core.exceptions import ValidationError
from django.db import connection, models
from django.db.models import Case, F, Func, Q, Value, When
from django.db.models.functions import Mod
from django.db.models.lookups import Exact
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.extraction.codes import MINISTRIES
from meetings.extraction.normalize import normalize_arabic
from meetings.links import page_url
from meetings.search import (
    EXACT_CONFIG,
    EXACT_FOLD_FROM,
    EXACT_FOLD_TO,
    HIGHLIGHT_START,
    HIGHLIGHT_STOP,
    SEARCH_CONFIG,
    ParsedQuery,
    article_forms,
    exact_fold,
    parse_query,
    search_normalize,
)


def weighted_search_vector(*weighted_fields: tuple[str, str]) -> SearchVector:
    """Sum of per-field vectors, each with its weight (A most important, D least)."""
    vectors = [
        SearchVector(field, weight=weight, config=SEARCH_CONFIG)
        for field, weight in weighted_fields
    ]
    combined = vectors[0]
    for vector in vectors[1:]:
        combined = combined + vector
    return combined


def exact_folded(field: str) -> Func:
    """``field`` with the spellings folded that exact search does not tell apart
    (`search.exact_fold`, in SQL)."""
    return Func(
        F(field),
        Value(EXACT_FOLD_FROM),
        Value(EXACT_FOLD_TO),
        function="translate",
        output_field=models.TextField(),
    )


# The dates the archive can hold. Anything outside is a typo or a placeholder (a feed's
# "9999-12-31", a "0001-01-01" for "unknown"), not a meeting reported in the news: it
# is refused at ingestion and in the admin, and charts never reach beyond it.
EARLIEST_DATE = datetime.date(1945, 1, 1)


def latest_date() -> datetime.date:
    """The last plausible date: a year ahead leaves room for announced meetings."""
    return timezone.localdate() + datetime.timedelta(days=366)


def is_plausible_date(value: datetime.date) -> bool:
    return EARLIEST_DATE <= value <= latest_date()


def validate_plausible_date(value: datetime.date) -> None:
    if not is_plausible_date(value):
        raise ValidationError(
            _("%(value)s is outside the dates the archive holds (%(first)s to %(last)s)."),
            code="implausible_date",
            params={"value": value, "first": EARLIEST_DATE, "last": latest_date()},
        )


# A list matching more meetings than the selectors can count exactly in time has its
# counts estimated from a sample: one meeting in COUNT_SAMPLE_STEPS[0], or in a larger
# step once the archive holds so many meetings that a smaller one would sample more
# than COUNT_SAMPLE_SIZE of them. The sample, and the time it takes to count, stay
# bounded however large the archive grows.
COUNT_SAMPLE_STEPS = (40, 400, 4000)
COUNT_SAMPLE_SIZE = 10_000


def count_sample_step_field(id_field: str) -> models.GeneratedField:
    """The largest step of COUNT_SAMPLE_STEPS whose sample holds the meeting whose id
    is ``id_field``, else 1. The samples are nested: a meeting in the one-in-400 sample
    is in the one-in-40 sample too, so a step's sample is ``count_sample_step >= step``.

    Chosen by a hash of the id rather than the id itself, so each sample is spread over
    the archive whatever order meetings were added in. Stored, so the sample's partial
    indexes can be built on it.
    """
    id_hash = Func(F(id_field), function="hashint8", output_field=models.IntegerField())
    # A negative hash has a remainder of 0 exactly when its absolute value does.
    steps = [
        When(Exact(Mod(id_hash, step, output_field=models.IntegerField()), 0), then=Value(step))
        for step in sorted(COUNT_SAMPLE_STEPS, reverse=True)
    ]
    return models.GeneratedField(
        expression=Case(*steps, default=Value(1), output_field=models.IntegerField()),
        output_field=models.IntegerField(),
        db_persist=True,
    )


def sample_step(archive_size: int) -> int:
    """The step of the count sample for an archive of ``archive_size`` meetings: the
    smallest whose sample holds no more than COUNT_SAMPLE_SIZE of them."""
    return next(
        (step for step in COUNT_SAMPLE_STEPS if archive_size <= step * COUNT_SAMPLE_SIZE),
        COUNT_SAMPLE_STEPS[-1],
    )


def _sample_index_name(stem: str, step: int) -> str:
    # The first step's indexes keep the names they had when it was the only one.
    return f"{stem}_idx" if step == COUNT_SAMPLE_STEPS[0] else f"{stem}_{step}_idx"


def in_count_sample(step: int, prefix: str = "") -> Q:
    """The meetings (or facet rows, with ``prefix``) of the count sample of ``step``:
    the condition of that step's partial indexes."""
    return Q(**{f"{prefix}count_sample_step__gte": step})


class Ministry(models.TextChoices):
    # Labels are Arabic-first like the rest of the interface; English via translations.
    INTERIOR = "interior", _("Interior")
    FOREIGN = "foreign", _("Foreign affairs")
    DEFENSE = "defense", _("Defence")
    JUSTICE = "justice", _("Justice")
    TRANSPORT = "transport", _("Transport")
    COMMUNICATIONS = "communications", _("Communications")
    FINANCE = "finance", _("Finance")
    ECONOMY = "economy", _("Economy")
    HEALTH = "health", _("Health")
    LABOUR = "labour", _("Labour")
    OIL = "oil", _("Oil")
    OTHER = "other", _("Other portfolio")


assert {code for code, _ar, _en in MINISTRIES} == set(Ministry.values), "codes.py drifted"


class Country(models.Model):
    """A state by ISO 3166-1 alpha-2 code, plus EU and UN as the extraction spec has them."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name_ar = models.CharField(_("Arabic name"), max_length=100)
    name_en = models.CharField(_("English name"), max_length=100)

    class Meta:
        ordering = ["name_ar"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name_ar

    def get_absolute_url(self) -> str:
        return page_url("meetings:country", self.code)


class Topic(models.Model):
    """A subject of meetings; its cue words are what the extractor looks for in the text."""

    code = models.SlugField(_("code"), max_length=40, primary_key=True)
    name_ar = models.CharField(_("Arabic name"), max_length=100)
    name_en = models.CharField(_("English name"), max_length=100)
    cue_words = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        verbose_name=_("cue words"),
        help_text=_("Arabic words or phrases that mark a meeting as being about this topic."),
    )
    history = HistoricalRecords(
        verbose_name=_("historical topic"), verbose_name_plural=_("historical topics")
    )

    class Meta:
        ordering = ["name_ar"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name_ar

    def get_absolute_url(self) -> str:
        return page_url("meetings:topic", self.code)


class Article(models.Model):
    """One source text, stored once however often it is ingested (see content_hash)."""

    url = models.URLField(_("URL"), max_length=2000, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=1000, blank=True)
    published = models.DateField(
        _("published"), null=True, blank=True, validators=[validate_plausible_date]
    )
    raw_text = models.TextField(_("raw text"))
    text = models.TextField(_("cleaned text"))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    ingested_at = models.DateTimeField(_("ingested at"), default=timezone.now, editable=False)
    # Filled by ingestion with camel-tools-normalised text; PostgreSQL cannot run camel-tools.
    search_title = models.TextField(default="", blank=True, editable=False)
    search_body = models.TextField(default="", blank=True, editable=False)
    search_vector = models.GeneratedField(
        expression=weighted_search_vector(("search_title", "A"), ("search_body", "C")),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-published", "-ingested_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["published"], name="article_published_idx"),
            GinIndex(fields=["search_vector"], name="article_search_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"#{self.pk}"

    @property
    def link(self) -> str:
        """The original's address when it is an http(s) URL, for use as a link.

        Ingestion refuses other schemes; this keeps a ``javascript:`` URL that reached
        the database some other way from ever becoming a clickable link.
        """
        return self.url if self.url.lower().startswith(("http://", "https://")) else ""

    @staticmethod
    def hash_text(text: str) -> str:
        """Hash of the text with white space folded, so re-wrapped copies are one article."""
        folded = " ".join(text.split())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()


class ParticipantQuerySet(models.QuerySet):
    def named(self, name: str):
        """Participants whose canonical name or an alias normalises to ``name``'s form."""
        normalized = normalize_arabic(name)
        return self.filter(
            Q(name_normalized=normalized) | Q(aliases_normalized__contains=[normalized])
        )


class ParticipantNames(Func):
    """Every form of a participant's name (its normalised name and aliases) as one
    unstemmed vector, each form its own phrase, with the spellings exact search does not
    tell apart folded: what a query's run of words is compared with to tell whether it
    is (part of) someone's name. PostgreSQL function of migration 0020, declared
    immutable so that a GIN index can hold it."""

    function = "meetings_participant_names"
    output_field = SearchVectorField()


class Participant(models.Model):
    """A person or an institution that takes part in meetings, once across the archive."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        INSTITUTION = "institution", _("Institution")

    name = models.CharField(_("name"), max_length=300, help_text=_("Canonical Arabic name."))
    name_normalized = models.CharField(max_length=300, editable=False, db_index=True)
    aliases = ArrayField(
        models.CharField(max_length=300),
        default=list,
        blank=True,
        verbose_name=_("aliases"),
        help_text=_("Other forms of the name found in articles or added by editors."),
    )
    aliases_normalized = ArrayField(
        models.CharField(max_length=300), default=list, blank=True, editable=False
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.PERSON)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participants",
    )
    # Set when an editor renames, merges or otherwise changes the participant: from then
    # on ingestion only links to it and never rewrites its name or country.
    edited_by_editor = models.BooleanField(_("edited by an editor"), default=False, editable=False)
    history = HistoricalRecords(
        verbose_name=_("historical participant"),
        verbose_name_plural=_("historical participants"),
    )

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        indexes = [
            GinIndex(
                fields=["name_normalized"], opclasses=["gin_trgm_ops"], name="participant_name_trgm"
            ),
            GinIndex(fields=["aliases_normalized"], name="participant_aliases_idx"),
            # A query's candidate name runs are looked up here (MeetingSearch): among
            # the people, not among every meeting's names, which grow with the archive.
            GinIndex(
                ParticipantNames("name_normalized", "aliases_normalized"),
                name="participant_names_idx",
                condition=Q(kind="person"),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # Derived columns only: kept in step with the fields they come from, whoever saves.
        self.name_normalized = normalize_arabic(self.name)
        self.aliases_normalized = [normalize_arabic(alias) for alias in self.aliases]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return page_url("meetings:participant", self.pk)

    def name_forms(self) -> set[str]:
        """Every normalised form of the name: the canonical one and the aliases."""
        return {self.name_normalized, *self.aliases_normalized}


class SearchQueryWithForms(SearchQuery):
    """A web-search query in which some words also match another form of themselves:
    for each (word, form) pair, the word's lexeme becomes "word or form" (ts_rewrite),
    wherever it stands (in a phrase, after a minus)."""

    def __init__(self, value, *, forms: list[tuple[str, str]], **kwargs):
        super().__init__(value, **kwargs)
        self.forms = forms

    def as_sql(self, compiler, connection, function=None, template=None):
        sql, params = super().as_sql(compiler, connection, function, template)
        params = list(params)
        lexemes = "plainto_tsquery(%s::regconfig, %s)"
        for word, form in self.forms:
            sql = f"ts_rewrite({sql}, {lexemes}, {lexemes} || {lexemes})"
            params += [SEARCH_CONFIG, word, SEARCH_CONFIG, word, SEARCH_CONFIG, form]
        return sql, params


def search_query(text: str) -> SearchQuery | None:
    """``text`` (web-search syntax) as a query of the stored vectors, normalised as the
    stored text is, words starting with و matching their article form too (see
    ``article_forms``); None when nothing is left to search for."""
    text = search_normalize(text)
    if not text:
        return None
    return SearchQueryWithForms(
        text, forms=article_forms(text), search_type="websearch", config=SEARCH_CONFIG
    )


class MeetingSearch:
    """A query as the archive searches it, read once per request.

    * A run of words that is (part of) someone's name is matched unstemmed, as a
      phrase, among people's names (``names_vector``) and offices, places, countries
      and topics (``exact_vector``): الطرابلسي finds the people so called, not every
      meeting in طرابلس. A one-word run that stemming leaves as it is (محمد) may
      match the text too.
    * A quoted phrase is matched as written, unstemmed, among names, offices, places
      and the titles and text (``phrase_vector``): "المهاجرين" is that word only.
    * Everything else is searched as before: stemmed, in web-search syntax.

    Ranking adds the unstemmed match to the stemmed one, names weighing most: a
    person's meetings come before those in a place of a similar name.
    """

    def __init__(self, parsed: ParsedQuery, known: dict[str, bool]):
        self.parsed = parsed
        runs, self.rest = parsed.split_names(set(known))
        # Each name run, and whether the stemmer leaves it as it is.
        self.names = [(run, known[run]) for run in runs]

    @classmethod
    def read(cls, text: str) -> "MeetingSearch | None":
        """The search for ``text``; None when nothing is left to search for."""
        parsed = parse_query(text)
        if parsed is None:
            return None
        return cls(parsed, _known_runs(parsed.runs))

    def condition(self, prefix: str = "") -> Q:
        """The meetings that match, as a condition on Meeting's fields after ``prefix``
        (``"meeting__"`` from a facet row)."""
        parts = []
        rest = search_query(self.rest)
        if rest is not None:
            parts.append(Q(**{f"{prefix}search_vector": rest}))
        for run, stem_unchanged in self.names:
            match = self._as_written(prefix, run, ("names_vector", "exact_vector"))
            if stem_unchanged and " " not in run:
                # One word only: a phrase of several is checked against each meeting
                # whose text holds all its words anywhere (the index cannot tell where),
                # a recheck of the whole text of tens of thousands of meetings at a
                # million; a full name is found among the names, or quoted in the text.
                match |= Q(**{f"{prefix}search_vector": _stemmed_phrase(run)})
            parts.append(match)
        for phrase in self.parsed.phrases:
            parts.append(
                self._as_written(prefix, phrase, ("names_vector", "exact_vector", "phrase_vector"))
            )
        return reduce(operator.and_, parts) if parts else Q()

    @staticmethod
    def _as_written(prefix: str, text: str, vectors: tuple[str, ...]) -> Q:
        phrase = _exact_phrase(text)
        return reduce(operator.or_, (Q(**{f"{prefix}{vector}": phrase}) for vector in vectors))

    def rank(self, prefix: str = ""):
        """How well a meeting matches: the stemmed rank of the whole query plus the
        unstemmed rank of its words, names counting twice."""
        rank = SearchRank(F(f"{prefix}search_vector"), search_query(self.parsed.text))
        words = [exact_fold(word) for word in self.parsed.words]
        if words:
            exact = SearchQuery(
                " | ".join(f"'{word}'" for word in words), search_type="raw", config=EXACT_CONFIG
            )
            rank = (
                rank
                + 2 * SearchRank(F(f"{prefix}names_vector"), exact)
                + SearchRank(F(f"{prefix}exact_vector"), exact)
            )
        return rank


def _known_runs(runs) -> dict[str, bool]:
    """Of the candidate name ``runs``, those that are (part of) a person's name as
    written, each with whether the stemmer leaves it unchanged. One statement; each
    lookup reads the people's names index (``ParticipantNames``), whose size follows
    the number of people, not of meetings: a run of common words that is no one's name
    ("محمد علي حسن") is rechecked against the people who have all three, not against
    every meeting that does."""
    if not runs:
        return {}
    table = Participant._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""
            SELECT run,
                   to_tsvector(%s::regconfig, run)::text = to_tsvector(%s::regconfig, run)::text
            FROM unnest(%s::text[], %s::text[]) AS candidate(run, folded)
            WHERE EXISTS (
                SELECT 1 FROM {table}
                WHERE kind = 'person'
                  AND {ParticipantNames.function}(name_normalized, aliases_normalized)
                      @@ phraseto_tsquery(%s::regconfig, folded)
            )
            """,
            [
                SEARCH_CONFIG,
                EXACT_CONFIG,
                list(runs),
                [exact_fold(run) for run in runs],
                EXACT_CONFIG,
            ],
        )
        return dict(cursor.fetchall())


def _exact_phrase(text: str) -> SearchQuery:
    return SearchQuery(exact_fold(text), search_type="phrase", config=EXACT_CONFIG)


def _stemmed_phrase(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="phrase", config=SEARCH_CONFIG)


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
                    name=_sample_index_name(stem, step),
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
                    name=_sample_index_name("facet_row_sample", step),
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


class MeetingSource(models.Model):
    """One article's report of a meeting, with the sentence(s) it was read from."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="meeting_sources")
    evidence = models.TextField(_("evidence"), blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "article"], name="meeting_source_unique")
        ]

    def __str__(self) -> str:
        return str(self.article)


class Participation(models.Model):
    """A participant's part in one meeting: the office, organisation and country as reported."""

    class Origin(models.TextChoices):
        EXTRACTED = "extracted", _("Extracted")
        # Added or corrected by an editor: re-extraction neither changes nor removes it.
        EDITOR = "editor", _("Added or corrected by an editor")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(_("office"), max_length=300, blank=True)
    organization = models.CharField(_("organisation"), max_length=300, blank=True)
    ministry = models.CharField(_("ministry"), max_length=20, choices=Ministry, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
    )
    origin = models.CharField(
        _("origin"), max_length=20, choices=Origin, default=Origin.EXTRACTED, editable=False
    )
    # Copies of the meeting's date and of whether it is public, written only by
    # ``meeting_refresh_derived``: a participant's timeline and offices are then read
    # from this table's indexes alone, however many meetings the participant has.
    meeting_date = models.DateField(null=True, editable=False)
    meeting_public = models.BooleanField(default=True, editable=False)
    history = HistoricalRecords(
        verbose_name=_("historical participation"),
        verbose_name_plural=_("historical participations"),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "participant"], name="participation_unique")
        ]
        indexes = [
            models.Index(fields=["participant", "meeting"], name="participation_participant_idx"),
            models.Index(fields=["ministry"], name="participation_ministry_idx"),
            models.Index(
                "participant",
                F("meeting_date").desc(nulls_last=True),
                F("meeting").desc(),
                name="participation_timeline_idx",
                condition=Q(meeting_public=True),
            ),
            models.Index(
                fields=[
                    "participant",
                    "role",
                    "organization",
                    "ministry",
                    "country",
                    "meeting_date",
                ],
                name="participation_offices_idx",
                condition=Q(meeting_public=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} — {self.role}" if self.role else str(self.participant)


class ParticipationRemoval(models.Model):
    """A participant an editor took off a meeting, so re-extraction does not put them back.

    Kept by normalised name form rather than by participant, so it still holds after
    the participant is renamed, merged into another or deleted.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="removals")
    name_normalized = models.CharField(max_length=300)
    removed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("removed participant")
        verbose_name_plural = _("removed participants")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "name_normalized"], name="participation_removal_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name_normalized


class MergedParticipant(models.Model):
    """The id of a participant merged into another, and the one it was merged into.

    Its page's address may be cited anywhere, so it keeps leading to the survivor
    (a permanent redirect) after the duplicate itself is deleted (issue #10). Written
    only by ``participant_merge``, which also re-points the ids merged into a
    participant that is merged in turn, so one lookup always finds a live participant.
    """

    old_id = models.BigIntegerField(primary_key=True)
    survivor = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="merged_ids")
    merged_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("merged participant")
        verbose_name_plural = _("merged participants")

    def __str__(self) -> str:
        return f"{self.old_id} → {self.survivor_id}"
