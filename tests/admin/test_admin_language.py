"""The Arabic admin says everything in Arabic that the project can translate: the
participants' table, the deleted participations and the history pages."""

import re

import pytest
from django.urls import reverse

from meetings.models import Meeting, Participation
from meetings.services.curation import meeting_mark_reviewed, participation_remove
from tests.factories import MeetingFactory, ParticipationFactory

pytestmark = pytest.mark.django_db


def test_the_participants_table_heads_are_in_arabic(editor_client):
    meeting = ParticipationFactory().meeting
    html = editor_client.get(reverse("admin:meetings_meeting_change", args=[meeting.pk]))
    heads = re.findall(
        r'<th class="column-(participant|role)[^"]*">\s*([^<]+?)\s*<', html.content.decode()
    )
    assert heads == [("participant", "مشارك"), ("role", "المنصب")]


def test_a_participations_own_page_names_its_meeting_and_participant_in_arabic(editor_client):
    participation = ParticipationFactory()
    changelist = editor_client.get(reverse("admin:meetings_participation_changelist"))
    heads = [str(header["text"]) for header in changelist.context["result_headers"]]
    assert heads[1:3] == ["مشارك", "اجتماع"]
    change = editor_client.get(
        reverse("admin:meetings_participation_change", args=[participation.pk])
    )
    form = change.context["adminform"].form
    assert (form["participant"].label, form["meeting"].label) == ("مشارك", "اجتماع")


def test_deleted_participations_are_listed_without_simple_historys_english(editor_client):
    participation = ParticipationFactory(participant__name="سليم الزواري", role="مدير الموانئ")
    pk = participation.pk
    participation_remove(participation=participation)
    record = Participation.history.get(id=pk, history_type="-")

    listing = editor_client.get(reverse("admin:meetings_historicalparticipation_changelist"))
    heads = [str(header["text"]) for header in listing.context["result_headers"]]
    assert "History date" not in heads and "History user" not in heads
    assert len(heads) == 6  # the checkbox, then participant, meeting, office, when and who

    page = editor_client.get(
        reverse("admin:meetings_historicalparticipation_change", args=[record.pk])
    ).content.decode()
    assert "سليم الزواري — مدير الموانئ" in page
    assert " as of " not in page.split('<div id="content"')[0]  # title and breadcrumbs
    assert "History" not in page and ">None<" not in page


def test_a_history_page_shows_changes_as_the_admin_names_them(editor_client):
    meeting = MeetingFactory()
    meeting_mark_reviewed(meetings=Meeting.objects.filter(pk=meeting.pk))
    html = editor_client.get(
        reverse("admin:meetings_meeting_history", args=[meeting.pk])
    ).content.decode()
    changes = html[html.index('id="change-history"') :]
    assert "مستخرج آليا" in changes and "راجعه محرر" in changes  # not "extracted", "reviewed"
    assert "None" not in changes


def test_the_revert_page_names_the_app_and_the_model_in_arabic(editor_client):
    meeting = MeetingFactory()
    record = meeting.history.first()
    html = editor_client.get(
        reverse("admin:meetings_meeting_simple_history", args=[meeting.pk, record.history_id])
    ).content.decode()
    breadcrumbs = html.split('<div class="breadcrumbs">')[1].split("</div>")[0]
    assert "أرشيف الاجتماعات" in breadcrumbs and "اجتماعات" in breadcrumbs
    assert not re.search(r"[A-Za-z]{3,}", re.sub(r"<[^>]+>|&\w+;", "", breadcrumbs))
