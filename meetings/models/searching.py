"""How meetings and articles are searched: the expressions of their stored vectors,
and a query as the archive reads it (stemmed words; names and quoted phrases as
written)."""

import operator
from functools import reduce

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
)
from django.db import connection, models
from django.db.models import F, Func, Q, Value

from meetings.models.participants import Participant, ParticipantNames
from meetings.search import (
    EXACT_CONFIG,
    EXACT_FOLD_FROM,
    EXACT_FOLD_TO,
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
      phrase: a run of several words among the people's names, giving their meetings
      (``ParticipantNames``); a one-word run among the meetings' people's names
      (``names_vector``) and offices, places, countries and topics (``exact_vector``):
      الطرابلسي finds the people so called, not every meeting in طرابلس. A one-word
      run that stemming leaves as it is (محمد) may match the text too.
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
            if " " in run:
                # A name of several words is someone's: their meetings, found through the
                # people whose names hold it. Matching it in each meeting's names instead
                # rechecked every meeting holding its words anywhere (the index cannot
                # tell where), thousands for a name of common words.
                parts.append(Q(**{f"{prefix}pk__in": _meetings_of_people_named(run)}))
                continue
            match = self._as_written(prefix, run, ("names_vector", "exact_vector"))
            if stem_unchanged:
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


def _meetings_of_people_named(run: str):
    """The ids of the meetings of the people whose name, or one of its forms, holds
    ``run`` as written: what ``names_vector`` holds, read from the people's names index
    (``ParticipantNames``) and their participations."""
    participations = Participant._meta.get_field("participations").related_model
    named = Participant.objects.annotate(
        forms=ParticipantNames("name_normalized", "aliases_normalized")
    ).filter(kind=Participant.Kind.PERSON, forms=_exact_phrase(run))
    return participations.objects.filter(participant__in=named).values("meeting_id")


def _exact_phrase(text: str) -> SearchQuery:
    return SearchQuery(exact_fold(text), search_type="phrase", config=EXACT_CONFIG)


def _stemmed_phrase(text: str) -> SearchQuery:
    return SearchQuery(text, search_type="phrase", config=SEARCH_CONFIG)
