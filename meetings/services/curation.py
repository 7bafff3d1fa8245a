"""Editors' work on the archive: reviewing meetings, correcting and merging participants.

Every write here also records that an editor made it (``Meeting.edited_fields``,
``Participant.edited_by_editor``, ``Participation.Origin.EDITOR``,
``ParticipationRemoval``), which is what lets re-extraction leave it alone. Who made
a change and when is recorded by django-simple-history on each save.
"""

from collections.abc import Iterable

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractUser, Group
from django.contrib.auth.password_validation import validate_password
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from meetings.extraction.normalize import normalize_arabic
from meetings.models import (
    Meeting,
    MergedParticipant,
    Participant,
    Participation,
    ParticipationRemoval,
)
from meetings.services.derived import meeting_refresh_derived, meetings_refresh_derived
from meetings.services.reports import EXTRACTED_MEETING_FIELDS

# Created by migration 0004_editors_group, which keeps its own copy of the name.
EDITORS_GROUP = "Editors"


@transaction.atomic
def meeting_mark_reviewed(*, meetings: QuerySet[Meeting]) -> int:
    """Mark meetings as reviewed, which re-extraction then leaves as they are."""
    return _meetings_set_state(meetings=meetings, state=Meeting.ReviewState.REVIEWED)


@transaction.atomic
def meeting_reject(*, meetings: QuerySet[Meeting]) -> int:
    """Reject meetings that are not meetings: hidden from the public archive, and kept
    (not deleted) so that re-extraction and other articles do not bring them back."""
    return _meetings_set_state(meetings=meetings, state=Meeting.ReviewState.REJECTED)


def _meetings_set_state(*, meetings: QuerySet[Meeting], state: str) -> int:
    changed = []
    # One save per meeting rather than update(): each gets its history record.
    for meeting in meetings.exclude(review_state=state):
        meeting.review_state = state
        meeting.save(update_fields=["review_state", "updated_at"])
        changed.append(meeting.pk)
    meetings_refresh_derived(meeting_ids=changed, texts=False)
    return len(changed)


@transaction.atomic
def meeting_editor_save(*, meeting: Meeting, changed_fields: Iterable[str]) -> Meeting:
    """Save an editor's change to a meeting, remembering the extracted fields it touched."""
    edited = set(meeting.edited_fields) | (set(changed_fields) & set(EXTRACTED_MEETING_FIELDS))
    meeting.edited_fields = sorted(edited)
    meeting.save()
    meeting_refresh_derived(meeting=meeting)
    return meeting


@transaction.atomic
def participation_editor_save(*, participation: Participation) -> Participation:
    """Save a participation an editor added or corrected; re-extraction keeps it as is.

    When the correction puts another participant (or meeting) in place of the stored
    one, the one replaced was taken off its meeting, and is remembered as removed like
    any other: otherwise re-extraction or another article would put them back.
    """
    previous = (
        Participation.objects.select_for_update(of=("self",))
        .select_related("meeting", "participant")
        .filter(pk=participation.pk)
        .first()
        if participation.pk
        else None
    )
    participation.origin = Participation.Origin.EDITOR
    participation.save()
    if previous is not None and (previous.meeting_id, previous.participant_id) != (
        participation.meeting_id,
        participation.participant_id,
    ):
        _removal_remember(meeting=previous.meeting, participant=previous.participant)
        if previous.meeting_id != participation.meeting_id:
            meeting_refresh_derived(meeting=previous.meeting)
    meeting_refresh_derived(meeting=participation.meeting)
    return participation


@transaction.atomic
def participation_remove(*, participation: Participation) -> None:
    """Take a participant off a meeting, for good: re-extraction will not add them back."""
    _removal_remember(meeting=participation.meeting, participant=participation.participant)
    participation.delete()
    meeting_refresh_derived(meeting=participation.meeting)


class RestoreError(Exception):
    """A deleted participation that cannot be put back; the message says why."""


@transaction.atomic
def participation_restore(*, record) -> Participation:
    """Put back a participation an editor deleted, from its deletion's history record.

    It comes back as the editor's own (re-extraction keeps it), and the removal that
    the deletion recorded is forgotten, so the person counts on the meeting again.
    """
    if record.history_type != "-":
        raise RestoreError(_("only a deletion can be restored"))
    if Participation.objects.filter(pk=record.id).exists():
        raise RestoreError(_("this participation exists already"))
    if not Participant.objects.filter(pk=record.participant_id).exists():
        raise RestoreError(_("its participant no longer exists"))
    if not Meeting.objects.filter(pk=record.meeting_id).exists():
        raise RestoreError(_("its meeting no longer exists"))
    if Participation.objects.filter(
        meeting_id=record.meeting_id, participant_id=record.participant_id
    ).exists():
        raise RestoreError(_("the participant is on the meeting again already"))
    participation = record.instance
    participation.origin = Participation.Origin.EDITOR
    participation.save()
    ParticipationRemoval.objects.filter(
        meeting_id=participation.meeting_id,
        name_normalized__in=participation.participant.name_forms(),
    ).delete()
    meeting_refresh_derived(meeting=participation.meeting)
    return participation


@transaction.atomic
def participant_editor_save(*, participant: Participant, previous_name: str | None) -> Participant:
    """Save an editor's change to a participant.

    A replaced name stays as an alias, so articles that use it still link here; the
    participant is marked as edited, so ingestion no longer renames it.
    """
    if previous_name and previous_name != participant.name:
        participant.aliases = _without_forms_of(
            [*participant.aliases, previous_name], name=participant.name
        )
    participant.edited_by_editor = True
    participant.save()
    meetings_refresh_derived(
        meeting_ids=participant.participations.values_list("meeting_id", flat=True), texts=False
    )
    return participant


@transaction.atomic
def participant_merge(*, target: Participant, duplicates: Iterable[Participant]) -> Participant:
    """Merge duplicates into ``target``: their meetings move to it, their names become aliases.

    Where a duplicate and the target were in the same meeting, the target's
    participation is kept (one per meeting and participant), completed with what only
    the duplicate's says. The duplicates are then deleted; their ids, and those merged
    into them before, are kept pointing at ``target``, so their pages' addresses lead
    to it.
    """
    meetings = set()
    for duplicate in duplicates:
        if duplicate.pk == target.pk:
            continue
        for participation in duplicate.participations.all():
            meetings.add(participation.meeting_id)
            kept = Participation.objects.filter(
                meeting_id=participation.meeting_id, participant=target
            ).first()
            if kept is None:
                participation.participant = target
                participation.save(update_fields=["participant"])
                continue
            for name in ("role", "organization", "ministry", "country_id"):
                if not getattr(kept, name):
                    setattr(kept, name, getattr(participation, name))
            if participation.origin == Participation.Origin.EDITOR:
                kept.origin = Participation.Origin.EDITOR
            kept.save()
            participation.delete()
        target.aliases = _without_forms_of(
            [*target.aliases, duplicate.name, *duplicate.aliases], name=target.name
        )
        if target.country_id is None:
            target.country_id = duplicate.country_id
        # Before the delete, whose cascade would drop the ids merged into the duplicate.
        MergedParticipant.objects.filter(survivor=duplicate).update(survivor=target)
        # Updated if present: a merged participant restored from its history keeps its id.
        MergedParticipant.objects.update_or_create(
            old_id=duplicate.pk, defaults={"survivor": target}
        )
        duplicate.delete()
    target.edited_by_editor = True
    target.save()
    meetings_refresh_derived(meeting_ids=meetings, texts=False)
    return target


@transaction.atomic
def participant_delete(*, participant: Participant) -> None:
    """Delete a participant, remembering it was taken off each of its meetings."""
    meetings = list(participant.meetings.all())
    for meeting in meetings:
        _removal_remember(meeting=meeting, participant=participant)
    participant.delete()
    meetings_refresh_derived(meeting_ids=[meeting.pk for meeting in meetings], texts=False)


@transaction.atomic
def editor_create(*, username: str, password: str) -> tuple[AbstractUser, bool]:
    """A staff user in the Editors group with this password; created unless it exists.

    Raises ValidationError when the password fails the project's password validators.
    """
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if created:
        user = User(username=username)
    validate_password(password, user)
    user.is_staff = True
    user.set_password(password)
    user.save()
    user.groups.add(Group.objects.get(name=EDITORS_GROUP))
    return user, created


def _removal_remember(*, meeting: Meeting, participant: Participant) -> None:
    # By every form of the name, so it still holds once the participant is renamed,
    # merged or deleted.
    for form in participant.name_forms():
        ParticipationRemoval.objects.get_or_create(meeting=meeting, name_normalized=form)


def _without_forms_of(aliases: list[str], *, name: str) -> list[str]:
    """Aliases without repeats and without the name itself (compared normalised)."""
    seen = {normalize_arabic(name)}
    kept = []
    for alias in aliases:
        form = normalize_arabic(alias)
        if form not in seen:
            seen.add(form)
            kept.append(alias)
    return kept


@transaction.atomic
def participant_set_kind(*, participants: QuerySet[Participant], kind: Participant.Kind) -> int:
    """Make participants persons or institutions, as the editor read them; returns how
    many changed (those already of that kind are left alone).

    The extractor takes some institutions for people and the reverse. Each participant
    is saved on its own, so the change has its history record, and counts as edited,
    so ingestion leaves it as the editor set it. Their meetings' derived data is then
    rewritten, once per meeting, as after any change to a participant: what is derived
    from a meeting's participants may depend on their kind.
    """
    changed = []
    # In id order: two bulk changes at once then lock their rows in the same order.
    for participant in participants.exclude(kind=kind).order_by("pk"):
        participant.kind = kind
        participant.edited_by_editor = True
        participant.save(update_fields=["kind", "edited_by_editor"])
        changed.append(participant.pk)
    meetings_refresh_derived(
        meeting_ids=Participation.objects.filter(participant__in=changed).values_list(
            "meeting_id", flat=True
        ),
        texts=False,
    )
    return len(changed)
