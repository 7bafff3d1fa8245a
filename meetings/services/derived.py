"""What is derived from a meeting's data, and its one writer.

A meeting's normalised search columns, its facet row (the public archive's index of
dates, places, countries, topics, ministries and participants) and the participations'
copies of its date and state are written here and nowhere else: every write to a
meeting, its participations, sources, countries or topics, whether by ingestion, an
editor's action, the admin or a command, ends with ``meeting_refresh_derived``. Writing
a facet row also keeps the archive's facet totals and makes cached figures stale, by
triggers (migration 0006); ``data_version_bump`` does the latter for a change no facet
row shows. ``refresh_once`` gathers a block of writes so that each meeting it touched
is refreshed once, when the block ends.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import F

from meetings.models import DataVersion, Meeting, MeetingFacetRow, Participant, Participation
from meetings.search import NAME_SEPARATOR, search_normalize

# The meetings a running `refresh_once` block was asked to refresh; None outside one.
_pending_refresh: ContextVar[set[int] | None] = ContextVar("pending_refresh", default=None)


@contextmanager
def refresh_once() -> Iterator[None]:
    """Within the block, a refresh only notes the meeting; each meeting noted is refreshed
    once, from the database, when the block ends without an error (an error leaves the
    transaction to be rolled back, refresh and all).

    An editor's save writes the meeting, then each participation, then its countries
    and topics, each of which asks for a refresh: N + 2 for N participations.
    """
    if _pending_refresh.get() is not None:
        yield  # an enclosing block refreshes
        return
    token = _pending_refresh.set(set())
    try:
        yield
        pending = _pending_refresh.get()
    finally:
        _pending_refresh.reset(token)
    for meeting in Meeting.objects.filter(pk__in=pending).order_by("pk"):
        _write_derived(meeting)


def meeting_refresh_derived(*, meeting: Meeting) -> None:
    """Rewrite what is derived from the meeting's current data: its normalised search
    columns and its facet row.

    Every write to a meeting, its participations, sources, countries or topics ends
    here; the facet row and the participations' copies of the meeting's date and
    state are only ever written here. Writing it also makes cached counts
    stale and keeps the archive's facet totals, by triggers (migration 0006). Inside
    `refresh_once` it is done once, when the block ends.
    """
    pending = _pending_refresh.get()
    if pending is not None:
        pending.add(meeting.pk)
    else:
        _write_derived(meeting)


def _write_derived(meeting: Meeting) -> None:
    participations = list(meeting.participations.select_related("participant", "country"))
    countries = list(meeting.countries.all())
    topics = list(meeting.topics.all())
    entities = [meeting.place]
    for participation in participations:
        entities += [participation.participant.name, participation.role, participation.organization]
    # Their English names too, so a Latin query ("Italy", "migration") finds them.
    entities += [name for country in countries for name in (country.name_ar, country.name_en)]
    entities += [name for topic in topics for name in (topic.name_ar, topic.name_en)]
    sources = meeting.sources.select_related("article")
    Meeting.objects.filter(pk=meeting.pk).update(
        search_title=search_normalize(" ".join(s.article.title for s in sources)),
        search_entities=NAME_SEPARATOR.join(map(search_normalize, filter(None, entities))),
        search_names=search_names(
            p.participant for p in participations if p.participant.kind == Participant.Kind.PERSON
        ),
        search_body=search_normalize(
            " ".join([s.evidence for s in sources] + [s.article.text for s in sources])
        ),
    )
    # Date, place and state from the database: callers may hold an older copy. The
    # update above holds the meeting's row lock, so a concurrent change of the meeting
    # has committed before this read, and its copies below are not overwritten with
    # older values.
    row = Meeting.objects.values("date", "review_state", "place").get(pk=meeting.pk)
    public = row["review_state"] != Meeting.ReviewState.REJECTED
    Participation.objects.filter(meeting_id=meeting.pk).exclude(
        meeting_date=row["date"], meeting_public=public
    ).update(meeting_date=row["date"], meeting_public=public)
    if not public:
        # Facet rows are the public archive's index: without one the meeting is in no
        # count, facet or total (see MeetingFacetRow).
        MeetingFacetRow.objects.filter(meeting_id=meeting.pk).delete()
        return
    MeetingFacetRow.objects.update_or_create(
        meeting_id=meeting.pk,
        defaults={
            **row,
            "countries": sorted(country.code for country in countries),
            "topics": sorted(topic.code for topic in topics),
            "ministries": sorted({p.ministry for p in participations if p.ministry}),
            "participants": sorted({p.participant_id for p in participations}),
        },
    )


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
