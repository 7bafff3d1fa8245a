import pytest
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from meetings.models import (
    FacetTotal,
    Meeting,
    MeetingFacetRow,
    MergedParticipant,
    Participant,
    Participation,
    ParticipationRemoval,
)
from meetings.services import derived
from meetings.services.curation import (
    editor_create,
    meeting_editor_save,
    meeting_mark_reviewed,
    meeting_reject,
    participant_delete,
    participant_editor_save,
    participant_merge,
    participant_set_kind,
    participation_editor_save,
    participation_remove,
)
from meetings.services.derived import meeting_refresh_derived
from tests.factories import MeetingFactory, ParticipantFactory, ParticipationFactory, country

pytestmark = pytest.mark.django_db

PASSWORD = "curate-the-archive-2024"


def test_marking_reviewed_records_each_meeting_in_its_history():
    meetings = MeetingFactory.create_batch(2)
    MeetingFactory(review_state=Meeting.ReviewState.REVIEWED)
    assert meeting_mark_reviewed(meetings=Meeting.objects.all()) == 2
    assert not Meeting.objects.exclude(review_state=Meeting.ReviewState.REVIEWED).exists()
    assert meetings[0].history.first().review_state == Meeting.ReviewState.REVIEWED


def test_an_editors_meeting_change_remembers_the_extracted_fields_only():
    meeting = MeetingFactory()
    meeting_editor_save(meeting=meeting, changed_fields=["place", "review_state"])
    meeting_editor_save(meeting=meeting, changed_fields=["topics"])
    assert meeting.edited_fields == ["place", "topics"]


def test_a_renamed_participant_keeps_the_old_name_as_alias():
    person = ParticipantFactory(name="سالم الورفلي", aliases=["سالم الورفلى"])
    person.name = "سالم علي الورفلي"
    participant_editor_save(participant=person, previous_name="سالم الورفلي")
    person.refresh_from_db()
    assert person.edited_by_editor
    # "سالم الورفلى" is the same form as the old name once normalised: kept once.
    assert person.aliases == ["سالم الورفلى"]
    assert Participant.objects.named("سالم الورفلي").get() == person


def _renaming_queries(meetings: int) -> int:
    person = ParticipantFactory(name=f"سالم الورفلي {meetings}")
    for _ in range(meetings):
        ParticipationFactory(participant=person)
    person.name = f"سالم علي الورفلي {meetings}"
    with CaptureQueriesContext(connection) as queries:
        participant_editor_save(participant=person, previous_name=f"سالم الورفلي {meetings}")
    assert Meeting.objects.filter(search_names__contains="سالم علي").count() >= meetings
    return len(queries)


def test_renaming_someone_takes_as_many_queries_in_three_meetings_as_in_thirty():
    # Their meetings' derived data is written set by set, not meeting by meeting, so a
    # rename of someone in thousands of meetings holds its locks for a few statements.
    assert _renaming_queries(3) == _renaming_queries(30)


def test_renaming_someone_rewrites_their_meetings_names_but_not_their_articles_texts():
    participation = ParticipationFactory(participant__name="سالم الورفلي")
    person, meeting = participation.participant, participation.meeting
    # Not made from the articles again: what a rename cannot change is left as it is.
    Meeting.objects.filter(pk=meeting.pk).update(search_body="نص المقال كما كان")
    person.name = "سالم علي الورفلي"
    participant_editor_save(participant=person, previous_name="سالم الورفلي")
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert "سالم علي الورفلي" in meeting.search_names
    assert meeting.search_body == "نص المقال كما كان"


def test_removing_a_participation_remembers_every_name_form():
    participation = ParticipationFactory(
        participant__name="ماركو بيانكي", participant__aliases=["م. بيانكي"]
    )
    meeting = participation.meeting
    participation_remove(participation=participation)
    assert not meeting.participations.exists()
    assert set(meeting.removals.values_list("name_normalized", flat=True)) == {
        "ماركو بيانكي",
        "م. بيانكي",
    }


def test_merging_moves_meetings_and_keeps_names_as_aliases():
    target = ParticipantFactory(name="فتحي باشاغا", country=country("LY"))
    duplicate = ParticipantFactory(name="فتحى علي باشاغا", aliases=["ف. باشاغا"], country=None)
    ParticipationFactory(participant=target)
    moved = ParticipationFactory(participant=duplicate, role="وزير الداخلية المفوض")
    participant_merge(target=target, duplicates=[duplicate])
    target.refresh_from_db()
    assert not Participant.objects.filter(pk=duplicate.pk).exists()
    assert target.aliases == ["فتحى علي باشاغا", "ف. باشاغا"]
    assert target.meetings.count() == 2 and target.edited_by_editor
    moved.refresh_from_db()
    assert moved.participant == target and moved.role == "وزير الداخلية المفوض"


def test_merging_two_participants_of_the_same_meeting_keeps_one_participation():
    meeting = MeetingFactory()
    target = ParticipantFactory(name="خالد مازن")
    duplicate = ParticipantFactory(name="خالد محمد مازن")
    kept = ParticipationFactory(meeting=meeting, participant=target, role="", organization="")
    ParticipationFactory(
        meeting=meeting,
        participant=duplicate,
        role="وزير الداخلية",
        organization="وزارة الداخلية",
        origin=Participation.Origin.EDITOR,
    )
    participant_merge(target=target, duplicates=[duplicate])
    assert meeting.participations.get() == kept
    kept.refresh_from_db()
    assert (kept.role, kept.organization) == ("وزير الداخلية", "وزارة الداخلية")
    assert kept.origin == Participation.Origin.EDITOR


def test_deleting_a_participant_remembers_it_was_taken_off_its_meetings():
    participation = ParticipationFactory(participant__name="الوزير")
    participant_delete(participant=participation.participant)
    assert ParticipationRemoval.objects.get().meeting == participation.meeting
    assert not Participation.objects.exists()


def test_an_editor_is_a_staff_user_in_the_editors_group():
    user, created = editor_create(username="mona", password=PASSWORD)
    assert created and user.is_staff and not user.is_superuser
    assert user.groups.get() == Group.objects.get(name="Editors")
    assert user.check_password(PASSWORD)
    _user, created = editor_create(username="mona", password=PASSWORD + "!")
    assert not created


def test_an_editor_needs_a_strong_password():
    with pytest.raises(ValidationError):
        editor_create(username="mona", password="123")


def test_replacing_the_participant_of_a_participation_remembers_the_one_replaced():
    participation = ParticipationFactory(participant__name="ماركو بيانكي")
    participation.participant = ParticipantFactory(name="ماركو أنطونيو بيانكي")
    participation_editor_save(participation=participation)
    assert list(participation.meeting.removals.values_list("name_normalized", flat=True)) == [
        "ماركو بيانكي"
    ]
    assert participation.origin == Participation.Origin.EDITOR


def test_a_rejected_meeting_leaves_the_facet_rows_and_totals():
    kept, rejected = MeetingFactory.create_batch(2)
    for meeting in (kept, rejected):
        meeting_refresh_derived(meeting=meeting)
    assert meeting_reject(meetings=Meeting.objects.filter(pk=rejected.pk)) == 1
    assert list(MeetingFacetRow.objects.values_list("meeting", flat=True)) == [kept.pk]
    assert FacetTotal.objects.get(facet="total").count == 1
    assert rejected.history.first().review_state == Meeting.ReviewState.REJECTED


def test_a_deleted_participation_can_be_restored_and_counts_again():
    from meetings.services.curation import RestoreError, participation_restore

    participation = ParticipationFactory(role="وزير الخارجية")
    meeting, pk = participation.meeting, participation.pk
    meeting_refresh_derived(meeting=meeting)
    participation_remove(participation=participation)
    assert ParticipationRemoval.objects.filter(meeting=meeting).exists()
    record = Participation.history.get(id=pk, history_type="-")

    restored = participation_restore(record=record)

    assert restored.pk == pk and restored.role == "وزير الخارجية"
    assert restored.origin == Participation.Origin.EDITOR
    assert not ParticipationRemoval.objects.filter(meeting=meeting).exists()
    assert MeetingFacetRow.objects.get(meeting=meeting).participants == [restored.participant_id]
    with pytest.raises(RestoreError):
        participation_restore(record=record)


def test_merging_remembers_each_duplicates_id_for_the_survivor():
    target = ParticipantFactory(name="عبد الرزاق الفيتوري")
    duplicates = [ParticipantFactory(name="عبدالرزاق الفيتوري"), ParticipantFactory()]
    old_ids = {duplicate.pk for duplicate in duplicates}
    participant_merge(target=target, duplicates=duplicates)
    assert set(MergedParticipant.objects.values_list("old_id", "survivor")) == {
        (old_id, target.pk) for old_id in old_ids
    }


def test_merging_a_survivor_again_carries_its_merged_ids_to_the_new_survivor():
    first, second, last = ParticipantFactory.create_batch(3)
    old_ids = [first.pk, second.pk]
    participant_merge(target=second, duplicates=[first])
    participant_merge(target=last, duplicates=[second])
    assert dict(MergedParticipant.objects.values_list("old_id", "survivor")) == {
        old_id: last.pk for old_id in old_ids
    }


def test_setting_the_kind_changes_only_those_of_another_kind_each_with_its_history():
    person, other_person = ParticipantFactory.create_batch(2, kind=Participant.Kind.PERSON)
    institution = ParticipantFactory(kind=Participant.Kind.INSTITUTION)

    changed = participant_set_kind(
        participants=Participant.objects.all(), kind=Participant.Kind.INSTITUTION
    )

    assert changed == 2
    assert set(Participant.objects.values_list("kind", flat=True)) == {"institution"}
    for participant in (person, other_person):
        participant.refresh_from_db()
        assert participant.edited_by_editor
        assert participant.history.count() == 2
        assert participant.history.first().kind == Participant.Kind.INSTITUTION
    # Already an institution: not saved again, no history record, not marked as edited.
    institution.refresh_from_db()
    assert institution.history.count() == 1 and not institution.edited_by_editor


def test_setting_the_kind_refreshes_each_meeting_of_the_participants_once(monkeypatch):
    shared = MeetingFactory()
    first = ParticipationFactory(meeting=shared).participant
    second = ParticipationFactory(meeting=shared).participant
    ParticipationFactory(participant=second)
    untouched = ParticipationFactory().meeting
    writes = []
    monkeypatch.setattr(derived, "_write_derived", lambda ids, **kwargs: writes.append(ids))

    participant_set_kind(
        participants=Participant.objects.filter(pk__in=[first.pk, second.pk]),
        kind=Participant.Kind.INSTITUTION,
    )

    # one set-based write of each of their meetings
    assert writes == [set(second.meetings.values_list("pk", flat=True))]
    assert shared.pk in writes[0] and untouched.pk not in writes[0]


def test_setting_the_kind_a_participant_has_changes_nothing(monkeypatch):
    ParticipationFactory(participant__kind=Participant.Kind.PERSON)
    writes = []
    monkeypatch.setattr(derived, "_write_derived", lambda ids, **kwargs: writes.append(ids))
    assert (
        participant_set_kind(participants=Participant.objects.all(), kind=Participant.Kind.PERSON)
        == 0
    )
    assert writes == []
