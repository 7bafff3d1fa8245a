"""What is derived from a meeting's data, and its one writer.

A meeting's normalised search columns, its facet row (the public archive's index of
dates, places, countries, topics, ministries and participants) and the participations'
copies of its date and state are written here and nowhere else: every write to a
meeting, its participations, sources, countries or topics, whether by ingestion, an
editor's action, the admin or a command, ends with ``meeting_refresh_derived``, or
``meetings_refresh_derived`` for many: either way written set by set, a few statements
per WRITE_CHUNK meetings. Writing a facet row also keeps the archive's facet totals and
makes cached figures stale, by triggers (migration 0006); ``data_version_bump`` does
the latter for a change no facet row shows. ``refresh_once`` gathers a block of writes
so that each meeting it touched is refreshed once, when the block ends.
"""

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db import connection, transaction
from django.db.models import F, Prefetch

from meetings.models import (
    DataVersion,
    Meeting,
    MeetingFacetRow,
    MeetingSource,
    Participant,
    Participation,
)
from meetings.search import NAME_SEPARATOR, search_normalize

# The meetings a running `refresh_once` block was asked to refresh, each with whether
# its texts are to be rewritten too; None outside one.
_pending_refresh: ContextVar[dict[int, bool] | None] = ContextVar("pending_refresh", default=None)
# How many meetings one write reads together: their articles' texts are in memory at once.
WRITE_CHUNK = 500

# The search columns made of the meeting's people, place, countries and topics, and
# those made of its articles' texts (the costliest to make: a whole article each).
_PEOPLE_COLUMNS = ["search_entities", "search_names"]
_TEXT_COLUMNS = ["search_title", "search_body"]


@contextmanager
def refresh_once() -> Iterator[None]:
    """Within the block, a refresh only notes the meetings; those noted are refreshed
    once, together, from the database, when the block ends without an error (an error
    leaves the transaction to be rolled back, refresh and all).

    An editor's save writes the meeting, then each participation, then its countries
    and topics, each of which asks for a refresh: N + 2 for N participations.
    """
    if _pending_refresh.get() is not None:
        yield  # an enclosing block refreshes
        return
    token = _pending_refresh.set({})
    try:
        yield
        pending = _pending_refresh.get()
    finally:
        _pending_refresh.reset(token)
    with_texts = {pk for pk, texts in pending.items() if texts}
    if with_texts:
        _write_derived(with_texts)
    if len(with_texts) < len(pending):
        _write_derived(set(pending) - with_texts, texts=False)


def meeting_refresh_derived(*, meeting: Meeting) -> None:
    """Rewrite what is derived from the meeting's current data: its normalised search
    columns and its facet row.

    Every write to a meeting, its participations, sources, countries or topics ends
    here or in ``meetings_refresh_derived``; the facet row and the participations'
    copies of the meeting's date and state are only ever written by them. Writing it
    also makes cached counts stale and keeps the archive's facet totals, by triggers
    (migration 0006). Inside `refresh_once` it is done once, when the block ends.
    """
    meetings_refresh_derived(meeting_ids=[meeting.pk])


def meetings_refresh_derived(*, meeting_ids: Iterable[int], texts: bool = True) -> None:
    """``meeting_refresh_derived`` for many meetings at once, in a few statements per
    WRITE_CHUNK meetings rather than several per meeting: what a bulk edit (renaming
    or merging someone in thousands of meetings) needs to hold its locks briefly.

    ``texts=False`` when the meetings' sources did not change (their articles and
    evidence), only what else they are made of: the search columns made of the
    articles' texts, the costliest part, are then left as they are.
    """
    ids = set(meeting_ids)
    pending = _pending_refresh.get()
    if pending is not None:
        for pk in ids:
            pending[pk] = pending.get(pk, False) or texts
    elif ids:
        _write_derived(ids, texts=texts)


@transaction.atomic(savepoint=False)
def _write_derived(meeting_ids: set[int], *, texts: bool = True) -> None:
    ordered = sorted(meeting_ids)
    for start in range(0, len(ordered), WRITE_CHUNK):
        _write_chunk(ordered[start : start + WRITE_CHUNK], texts=texts)


def _write_chunk(ids: list[int], *, texts: bool) -> None:
    # Locked in id order, so two writers never wait on each other crosswise; and date,
    # place and state read under the lock, after any concurrent change of the meeting
    # has committed: callers may hold an older copy, and the copies below must not be
    # overwritten with older values.
    related = [
        Prefetch(
            "participations",
            queryset=Participation.objects.select_related("participant", "country"),
        ),
        "countries",
        "topics",
    ]
    if texts:
        related.append(
            Prefetch("sources", queryset=MeetingSource.objects.select_related("article"))
        )
    meetings = list(
        Meeting.objects.without_search_columns()
        .filter(pk__in=ids)
        .order_by("pk")
        .select_for_update(of=("self",))
        .prefetch_related(*related)
    )
    for meeting in meetings:
        _set_people_columns(meeting)
        if texts:
            _set_text_columns(meeting)
    rejected_state = Meeting.ReviewState.REJECTED.value
    found = [meeting.pk for meeting in meetings]
    rejected = [m.pk for m in meetings if m.review_state == rejected_state]
    public = [m.pk for m in meetings if m.review_state != rejected_state]
    with connection.cursor() as cursor:
        _update_search_columns(cursor, meetings, _PEOPLE_COLUMNS + (_TEXT_COLUMNS if texts else []))
        cursor.execute(_COPIES_SQL, [rejected_state, found, rejected_state])
        # Facet rows are the public archive's index: a rejected meeting has none, and
        # so is in no count, facet or total (see MeetingFacetRow).
        if rejected:
            MeetingFacetRow.objects.filter(meeting_id__in=rejected).delete()
        if public:
            cursor.execute(_FACET_ROWS_SQL, [public])


def _update_search_columns(cursor, meetings: list[Meeting], columns: list[str]) -> None:
    """One statement for the chunk, each meeting's values taken from arrays in step (a
    CASE per column, as Django's bulk_update writes, grows with the chunk's square)."""
    assignments = ", ".join(f"{column} = v.{column}" for column in columns)
    arrays = ", ".join("%s::text[]" for _column in columns)
    cursor.execute(
        f"UPDATE {Meeting._meta.db_table} AS m SET {assignments} "
        f"FROM unnest(%s::bigint[], {arrays}) AS v(id, {', '.join(columns)}) "
        "WHERE m.id = v.id",
        [
            [meeting.pk for meeting in meetings],
            *([getattr(meeting, column) for meeting in meetings] for column in columns),
        ],
    )


def _set_people_columns(meeting: Meeting) -> None:
    participations = list(meeting.participations.all())
    countries = list(meeting.countries.all())
    topics = list(meeting.topics.all())
    entities = [meeting.place]
    for participation in participations:
        entities += [participation.participant.name, participation.role, participation.organization]
    # Their English names too, so a Latin query ("Italy", "migration") finds them.
    entities += [name for country in countries for name in (country.name_ar, country.name_en)]
    entities += [name for topic in topics for name in (topic.name_ar, topic.name_en)]
    meeting.search_entities = NAME_SEPARATOR.join(map(search_normalize, filter(None, entities)))
    meeting.search_names = search_names(
        p.participant for p in participations if p.participant.kind == Participant.Kind.PERSON
    )


def _set_text_columns(meeting: Meeting) -> None:
    sources = list(meeting.sources.all())
    meeting.search_title = search_normalize(" ".join(s.article.title for s in sources))
    meeting.search_body = search_normalize(
        " ".join([s.evidence for s in sources] + [s.article.text for s in sources])
    )


# The participations' copies of their meeting's date and public state, where they differ.
_COPIES_SQL = f"""
UPDATE {Participation._meta.db_table} AS p
SET meeting_date = m.date, meeting_public = m.review_state <> %s
FROM {Meeting._meta.db_table} AS m
WHERE p.meeting_id = m.id AND m.id = ANY(%s)
AND (p.meeting_date IS DISTINCT FROM m.date OR p.meeting_public <> (m.review_state <> %s))
"""

# Each meeting's facet row, from its current data: the same values as migration 0005's
# backfill, in code-point order (as Python sorts). A row left as it was is not
# rewritten, so the totals' triggers see only real changes.
_FACET_ROWS_SQL = f"""
INSERT INTO {MeetingFacetRow._meta.db_table} AS f
    (meeting_id, date, review_state, place, countries, topics, ministries, participants)
SELECT m.id, m.date, m.review_state, m.place,
    ARRAY(SELECT country_id COLLATE "C" FROM {Meeting.countries.through._meta.db_table}
          WHERE meeting_id = m.id ORDER BY 1),
    ARRAY(SELECT topic_id COLLATE "C" FROM {Meeting.topics.through._meta.db_table}
          WHERE meeting_id = m.id ORDER BY 1),
    ARRAY(SELECT DISTINCT ministry COLLATE "C" FROM {Participation._meta.db_table}
          WHERE meeting_id = m.id AND ministry <> '' ORDER BY 1),
    ARRAY(SELECT DISTINCT participant_id FROM {Participation._meta.db_table}
          WHERE meeting_id = m.id ORDER BY 1)
FROM {Meeting._meta.db_table} AS m
WHERE m.id = ANY(%s)
ORDER BY m.id
ON CONFLICT (meeting_id) DO UPDATE SET
    date = EXCLUDED.date, review_state = EXCLUDED.review_state, place = EXCLUDED.place,
    countries = EXCLUDED.countries, topics = EXCLUDED.topics,
    ministries = EXCLUDED.ministries, participants = EXCLUDED.participants
WHERE (f.date, f.review_state, f.place, f.countries, f.topics, f.ministries, f.participants)
    IS DISTINCT FROM (EXCLUDED.date, EXCLUDED.review_state, EXCLUDED.place,
        EXCLUDED.countries, EXCLUDED.topics, EXCLUDED.ministries, EXCLUDED.participants)
"""


def search_names(people) -> str:
    """The ``search_names`` of a meeting with ``people``: every form of each name,
    normalised, none running into the next (`search.NAME_SEPARATOR`)."""
    forms = [form for person in people for form in (person.name, *person.aliases)]
    return NAME_SEPARATOR.join(search_normalize(form) for form in forms)


def data_version_bump() -> None:
    """Make cached counts stale after a change they show that leaves facet rows alone
    (a topic's name); changes of facet rows, deletes included, do it by trigger.

    Runs in the caller's transaction: the new number becomes visible with the data.
    """
    DataVersion.objects.filter(pk=1).update(value=F("value") + 1)
