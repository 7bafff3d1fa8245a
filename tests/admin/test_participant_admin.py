import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from meetings.admin import participants as participant_admin
from meetings.models import Participant, ParticipationRemoval
from meetings.services.curation import participant_delete
from tests.factories import MeetingFactory, ParticipantFactory, ParticipationFactory, country

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:meetings_participant_changelist")
PASSWORD = "curate-the-archive-2024"


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

    monkeypatch.setattr(participant_admin, "participant_delete", delete_then_fail)
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


def test_participants_are_marked_as_institutions_or_persons_in_bulk(editor_client):
    people = ParticipantFactory.create_batch(2, kind=Participant.Kind.PERSON)
    institution = ParticipantFactory(kind=Participant.Kind.INSTITUTION)
    everyone = [p.pk for p in [*people, institution]]

    response = editor_client.post(
        "/en" + CHANGELIST,
        {"action": "mark_institution", "_selected_action": everyone},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == [
        "2 participants marked as institutions."
    ]
    assert set(Participant.objects.values_list("kind", flat=True)) == {"institution"}

    response = editor_client.post(
        "/en" + CHANGELIST,
        {"action": "mark_person", "_selected_action": [institution.pk]},
        follow=True,
    )
    assert [str(m) for m in response.context["messages"]] == ["1 participant marked as a person."]
    institution.refresh_from_db()
    assert institution.kind == Participant.Kind.PERSON and institution.edited_by_editor


def test_marking_the_kind_takes_the_change_permission(client, db):
    viewer = get_user_model().objects.create_user("viewer", password=PASSWORD, is_staff=True)
    viewer.user_permissions.add(Permission.objects.get(codename="view_participant"))
    person = ParticipantFactory(kind=Participant.Kind.PERSON)
    client.force_login(viewer)

    # No action at all is offered: each changes or deletes participants.
    assert client.get(CHANGELIST).context["action_form"] is None
    client.post(CHANGELIST, {"action": "mark_institution", "_selected_action": [person.pk]})
    person.refresh_from_db()
    assert person.kind == Participant.Kind.PERSON


def test_the_merge_page_offers_to_keep_the_one_with_most_meetings(editor_client):
    few = ParticipantFactory(name="نديم الساحلي")
    many = ParticipantFactory(name="نديم عمر الساحلي")
    ParticipationFactory(participant=few)
    ParticipationFactory.create_batch(3, participant=many)
    selection = {"action": "merge", "_selected_action": [few.pk, many.pk]}

    response = editor_client.post(CHANGELIST, selection)

    html = response.content.decode()
    checked = re.findall(r'<input type="radio" name="target" value="(\d+)"[^>]*\bchecked', html)
    assert checked == [str(many.pk)]
    counts = [(p.name, p.meeting_count) for p in response.context["participants"]]
    assert counts == [("نديم عمر الساحلي", 3), ("نديم الساحلي", 1)]
    assert "<td>3</td>" in html and "<td>1</td>" in html


def test_the_editor_may_keep_another_than_the_one_offered(editor_client):
    few = ParticipantFactory(name="نديم الساحلي")
    many = ParticipantFactory(name="نديم عمر الساحلي")
    ParticipationFactory(participant=few)
    ParticipationFactory.create_batch(3, participant=many)
    selection = {"action": "merge", "_selected_action": [few.pk, many.pk]}

    response = editor_client.post(CHANGELIST, {**selection, "target": few.pk})

    assert response.status_code == 302
    assert list(Participant.objects.all()) == [few]
    few.refresh_from_db()
    assert few.meetings.count() == 4 and few.aliases == ["نديم عمر الساحلي"]
