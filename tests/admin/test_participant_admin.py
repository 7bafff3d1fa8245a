import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings import admin as admin_module
from meetings.models import Participant, ParticipationRemoval
from meetings.services.curation import participant_delete
from tests.factories import MeetingFactory, ParticipantFactory, ParticipationFactory, country

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:meetings_participant_changelist")


def test_search_finds_any_form_of_the_name(editor_client):
    ParticipantFactory(name="فتحي باشاغا", aliases=["فتحى علي عبد السلام باشاغا"])
    ParticipantFactory(name="سالم الورفلي")
    for term in ["باشاغا", "عبد السلام", "فتحى"]:
        response = editor_client.get(CHANGELIST, {"q": term})
        assert [p.name for p in response.context["cl"].result_list] == ["فتحي باشاغا"], term


def test_renaming_keeps_the_old_name_as_an_alias(editor_client):
    person = ParticipantFactory(name="سالم الورفلي", aliases=["سالم الورفلى"])
    url = reverse("admin:meetings_participant_change", args=[person.pk])
    page = editor_client.get(url).content.decode()
    assert "سالم الورفلى</textarea>" in page  # aliases are edited one per line
    response = editor_client.post(
        url,
        {
            "name": "سالم علي الورفلي",
            "aliases": "سالم الورفلى\r\n\r\nس. الورفلي\r\n",
            "kind": "person",
            "country": "LY",
        },
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.name == "سالم علي الورفلي" and person.edited_by_editor
    assert person.aliases == ["سالم الورفلى", "س. الورفلي"]  # the old name's form is already there


def test_merge_asks_which_participant_to_keep_then_merges(editor_client):
    meeting = MeetingFactory()
    keep = ParticipantFactory(name="خالد مازن")
    duplicate = ParticipantFactory(name="خالد محمد مازن")
    ParticipationFactory(meeting=meeting, participant=keep)
    ParticipationFactory(meeting=meeting, participant=duplicate)
    ParticipationFactory(participant=duplicate)
    selection = {"action": "merge", "_selected_action": [keep.pk, duplicate.pk]}

    confirm = editor_client.post(CHANGELIST, selection)
    assert confirm.status_code == 200
    assert 'name="target"' in confirm.content.decode()

    done = editor_client.post(CHANGELIST, {**selection, "target": keep.pk})
    assert done.status_code == 302
    assert list(Participant.objects.all()) == [keep]
    keep.refresh_from_db()
    assert keep.aliases == ["خالد محمد مازن"] and keep.meetings.count() == 2


def test_deleting_a_participant_keeps_it_off_its_meetings(editor_client):
    participation = ParticipationFactory(participant__name="الوزير")
    url = reverse("admin:meetings_participant_delete", args=[participation.participant_id])
    assert editor_client.post(url, {"post": "yes"}).status_code == 302
    assert ParticipationRemoval.objects.get().name_normalized == "الوزير"


def test_deleting_several_participants_is_all_or_nothing(editor_client, monkeypatch):
    first, second = ParticipationFactory.create_batch(2)
    calls = []

    def delete_then_fail(*, participant):
        calls.append(participant)
        if len(calls) == 2:
            raise RuntimeError("the second deletion fails")
        participant_delete(participant=participant)

    monkeypatch.setattr(admin_module, "participant_delete", delete_then_fail)
    selection = [first.participant_id, second.participant_id]
    with pytest.raises(RuntimeError):
        editor_client.post(
            CHANGELIST, {"action": "delete_selected", "_selected_action": selection, "post": "yes"}
        )
    assert Participant.objects.count() == 2
    assert not ParticipationRemoval.objects.exists()


def test_the_merge_page_queries_do_not_grow_with_the_selection(editor_client):
    def queries_for(count):
        people = ParticipantFactory.create_batch(count, country=country("IT"))
        selection = {"action": "merge", "_selected_action": [p.pk for p in people]}
        with CaptureQueriesContext(connection) as queries:
            assert editor_client.post(CHANGELIST, selection).status_code == 200
        return len(queries)

    assert queries_for(2) == queries_for(4)
