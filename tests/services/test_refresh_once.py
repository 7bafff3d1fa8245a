"""Derived data written once per block of writes (services.derived.refresh_once)."""

import pytest

from meetings.models import Meeting, MeetingFacetRow
from meetings.services import derived
from meetings.services.derived import meeting_refresh_derived, refresh_once
from tests.views.data import make_meeting

pytestmark = pytest.mark.django_db


@pytest.fixture
def written(monkeypatch):
    """The meetings whose derived data is written, in order."""
    pks = []
    write = derived._write_derived
    monkeypatch.setattr(
        derived,
        "_write_derived",
        lambda ids, **kwargs: pks.extend(sorted(ids)) or write(ids, **kwargs),
    )
    return pks


def test_each_meeting_is_written_once_when_the_block_ends(written):
    first, second = make_meeting(), make_meeting()
    written.clear()
    with refresh_once():
        for meeting in (first, second, first, first):
            meeting_refresh_derived(meeting=meeting)
        with refresh_once():  # an inner block leaves the writing to the outer one
            meeting_refresh_derived(meeting=second)
        assert written == []
    assert written == sorted([first.pk, second.pk])


def test_the_last_state_is_what_is_written(written):
    meeting = make_meeting(place="طرابلس")
    with refresh_once():
        meeting_refresh_derived(meeting=meeting)
        Meeting.objects.filter(pk=meeting.pk).update(place="مصراتة")
    assert MeetingFacetRow.objects.get(meeting=meeting).place == "مصراتة"


def test_nothing_is_written_when_the_block_fails(written):
    meeting = make_meeting()
    written.clear()
    with pytest.raises(RuntimeError), refresh_once():
        meeting_refresh_derived(meeting=meeting)
        raise RuntimeError("the save failed")
    assert written == []
    # and outside a block it is written at once
    meeting_refresh_derived(meeting=meeting)
    assert written == [meeting.pk]
