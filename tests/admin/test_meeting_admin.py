import pytest
from django.urls import reverse

from meetings.admin import mark_evidence
from meetings.models import Meeting, MeetingFacetRow, Participation
from meetings.services import derived
from meetings.services.ingestion import article_ingest
from tests.factories import ParticipantFactory

pytestmark = pytest.mark.django_db

TEXT = (
    "خبر عن <script>alert(1)</script> لقاء.\n"
    "التقى وزير الداخلية الليبي نظيره   الإيطالي في طرابلس.\nانتهى."
)


@pytest.fixture
def meeting(meeting_data):
    data = meeting_data(evidence="التقى وزير الداخلية الليبي نظيره الإيطالي في طرابلس.")
    return article_ingest(text=TEXT, title="لقاء", meetings=[data]).meetings[0]


def change_url(meeting):
    return reverse("admin:meetings_meeting_change", args=[meeting.pk])


def form_data(meeting, **changes):
    """The meeting's change form as the browser would post it, with ``changes``."""
    participations = list(meeting.participations.all())
    data = {
        "date": meeting.date.isoformat(),
        "date_precision": meeting.date_precision,
        "end_date": "",
        "place": meeting.place,
        "place_country": meeting.place_country_id,
        "countries": [c.pk for c in meeting.countries.all()],
        "topics": [t.pk for t in meeting.topics.all()],
        "review_state": meeting.review_state,
        "participations-TOTAL_FORMS": len(participations),
        "participations-INITIAL_FORMS": len(participations),
        "participations-MIN_NUM_FORMS": 0,
        "participations-MAX_NUM_FORMS": 1000,
    }
    for index, participation in enumerate(participations):
        prefix = f"participations-{index}-"
        data |= {
            prefix + "id": participation.pk,
            prefix + "meeting": meeting.pk,
            prefix + "participant": participation.participant_id,
            prefix + "role": participation.role,
            prefix + "organization": participation.organization,
            prefix + "ministry": participation.ministry,
            prefix + "country": participation.country_id or "",
        }
    data |= changes
    return data


def test_evidence_is_marked_in_the_escaped_text():
    marked = mark_evidence(TEXT, "التقى وزير الداخلية الليبي نظيره الإيطالي في طرابلس.")
    assert "&lt;script&gt;" in marked and "<script>" not in marked
    assert "<mark>التقى وزير الداخلية الليبي نظيره   الإيطالي في طرابلس.</mark>" in marked
    assert mark_evidence("<b>نص</b>", "غير موجود") == "&lt;b&gt;نص&lt;/b&gt;"


def test_the_change_page_shows_the_article_beside_the_meeting(editor_client, meeting):
    response = editor_client.get(change_url(meeting))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="curation-sources' in html
    assert "<mark>التقى وزير الداخلية" in html and "<script>alert(1)" not in html


def test_the_source_articles_url_is_shown_decoded_and_linked_as_stored(editor_client, meeting_data):
    encoded = "https://example.org/%D9%84%D9%82%D8%A7%D8%A1-%D8%B3%D8%A7%D8%AD%D9%84%D9%8A"
    meeting = article_ingest(
        text="نص لقاء ساحلي", title="لقاء ساحلي", url=encoded, meetings=[meeting_data()]
    ).meetings[0]
    html = editor_client.get(change_url(meeting)).content.decode()
    link = f'<a href="{encoded}" rel="noopener noreferrer" dir="ltr">https://example.org/لقاء-ساحلي</a>'
    assert link in html


def test_an_editors_changes_are_recorded_for_re_extraction(editor_client, editor, meeting):
    salem, marco = meeting.participations.order_by("pk")
    data = form_data(meeting, place="مصراتة")
    data["participations-0-role"] = "وزير الداخلية المكلف"
    data["participations-1-DELETE"] = "on"
    response = editor_client.post(change_url(meeting), data)
    assert response.status_code == 302, response.content.decode()[:2000]

    meeting.refresh_from_db()
    assert meeting.place == "مصراتة" and meeting.edited_fields == ["place"]
    salem.refresh_from_db()
    assert salem.role == "وزير الداخلية المكلف" and salem.origin == Participation.Origin.EDITOR
    assert not meeting.participations.filter(pk=marco.pk).exists()
    assert list(meeting.removals.values_list("name_normalized", flat=True)) == ["ماركو بيانكي"]
    # simple-history records who made the change.
    assert meeting.history.first().history_user == editor


def test_an_editor_adds_a_participant(editor_client, meeting):
    guest = ParticipantFactory(name="علي الفاسي")
    data = form_data(meeting)
    data |= {
        "participations-TOTAL_FORMS": 3,
        "participations-2-meeting": meeting.pk,
        "participations-2-participant": guest.pk,
        "participations-2-role": "مدير أمن السواحل",
    }
    assert editor_client.post(change_url(meeting), data).status_code == 302
    added = meeting.participations.get(participant=guest)
    assert added.origin == Participation.Origin.EDITOR
    assert Meeting.objects.search("الفاسي").get() == meeting


def test_the_participant_autocomplete_finds_aliases(editor_client, meeting):
    ParticipantFactory(name="فتحي باشاغا", aliases=["فتحى علي باشاغا"])
    response = editor_client.get(
        reverse("admin:autocomplete"),
        {
            "term": "علي باشاغا",
            "app_label": "meetings",
            "model_name": "participation",
            "field_name": "participant",
        },
    )
    assert [r["text"] for r in response.json()["results"]] == ["فتحي باشاغا"]


def test_mark_reviewed_action(editor_client, meeting):
    response = editor_client.post(
        reverse("admin:meetings_meeting_changelist"),
        {"action": "mark_reviewed", "_selected_action": [meeting.pk]},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_state == Meeting.ReviewState.REVIEWED


def test_reextract_action_keeps_reviewed_meetings(editor_client, meeting):
    meeting.review_state = Meeting.ReviewState.REVIEWED
    meeting.save()
    response = editor_client.post(
        reverse("admin:meetings_meeting_changelist"),
        {"action": "reextract", "_selected_action": [meeting.pk]},
        follow=True,
    )
    assert [m.level_tag for m in response.context["messages"]] == ["info"]
    assert Meeting.objects.get() == meeting


@pytest.mark.parametrize(
    "query",
    [
        "review_state__exact=reviewed",
        "countries__code__exact=IT",
        "topics__code__exact=migration",
        "date__gte=2024-01-01",
    ],
)
def test_changelist_filters(editor_client, meeting, query):
    response = editor_client.get(reverse("admin:meetings_meeting_changelist") + "?" + query)
    assert response.status_code == 200
    expected = 0 if "reviewed" in query else 1
    assert response.context["cl"].result_count == expected


def test_history_can_be_viewed_and_reverted(editor_client, meeting):
    editor_client.post(change_url(meeting), form_data(meeting, place="مصراتة"))
    history = meeting.history.order_by("history_date")
    assert (
        editor_client.get(reverse("admin:meetings_meeting_history", args=[meeting.pk])).status_code
        == 200
    )
    first = history.first()
    revert_url = reverse(
        "admin:meetings_meeting_simple_history", args=[meeting.pk, first.history_id]
    )
    assert editor_client.get(revert_url).status_code == 200
    response = editor_client.post(revert_url, form_data(meeting, place=first.place))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.place == "طرابلس"


def test_reverting_countries_reaches_the_public_counts(editor_client, meeting):
    original = sorted(country.pk for country in meeting.countries.all())
    editor_client.post(change_url(meeting), form_data(meeting, countries=["TN"]))
    assert MeetingFacetRow.objects.get(pk=meeting.pk).countries == ["TN"]
    first = meeting.history.order_by("history_date").first()
    revert_url = reverse(
        "admin:meetings_meeting_simple_history", args=[meeting.pk, first.history_id]
    )
    response = editor_client.post(revert_url, form_data(meeting, countries=original))
    assert response.status_code == 302
    assert MeetingFacetRow.objects.get(pk=meeting.pk).countries == original


def test_a_participations_history_is_kept_and_can_be_reverted(editor_client, meeting):
    participation = meeting.participations.order_by("pk").first()
    data = form_data(meeting)
    data["participations-0-role"] = "وزير الداخلية المكلف"
    editor_client.post(change_url(meeting), data)
    first = participation.history.order_by("history_date").first()
    history_url = reverse("admin:meetings_participation_history", args=[participation.pk])
    assert "وزير الداخلية المكلف" in editor_client.get(history_url).content.decode()
    revert_url = reverse(
        "admin:meetings_participation_simple_history", args=[participation.pk, first.history_id]
    )
    response = editor_client.post(
        revert_url,
        {
            "meeting": meeting.pk,
            "participant": participation.participant_id,
            "role": first.role,
            "organization": first.organization,
            "ministry": first.ministry,
            "country": first.country_id,
        },
    )
    assert response.status_code == 302
    participation.refresh_from_db()
    assert participation.role == "وزير الداخلية"


def test_replacing_a_participant_on_the_inline_remembers_the_one_replaced(editor_client, meeting):
    replacement = ParticipantFactory(name="ماركو أنطونيو بيانكي")
    data = form_data(meeting)
    data["participations-1-participant"] = replacement.pk
    assert editor_client.post(change_url(meeting), data).status_code == 302
    assert {p.participant for p in meeting.participations.all()} >= {replacement}
    assert list(meeting.removals.values_list("name_normalized", flat=True)) == ["ماركو بيانكي"]


def test_the_participants_country_is_picked_by_autocomplete(editor_client, meeting):
    page = editor_client.get(change_url(meeting)).content.decode()
    # Once for the place's country; not again for every participant row.
    assert page.count('<option value="TN">') == 1


def test_reject_action_hides_the_meeting_from_the_public(editor_client, client, meeting):
    response = editor_client.post(
        reverse("admin:meetings_meeting_changelist"),
        {"action": "reject", "_selected_action": [meeting.pk]},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.review_state == Meeting.ReviewState.REJECTED
    assert client.get(meeting.get_absolute_url()).status_code == 410


def test_editors_restore_a_deleted_participation_from_the_admin(editor_client):
    from meetings.services.curation import participation_remove
    from tests.factories import ParticipationFactory

    participation = ParticipationFactory()
    pk = participation.pk
    participation_remove(participation=participation)
    url = "/admin/meetings/historicalparticipation/"
    record = Participation.history.get(id=pk, history_type="-")
    assert record in editor_client.get(url).context["cl"].result_list
    response = editor_client.post(
        url, {"action": "restore", "_selected_action": [record.history_id]}, follow=True
    )
    assert response.status_code == 200
    assert Participation.objects.filter(pk=pk).exists()
    # Once back, it is no longer listed as deleted.
    assert record not in editor_client.get(url).context["cl"].result_list


@pytest.mark.parametrize("year", ["0001", "9999"])
def test_a_date_outside_the_archives_years_is_refused_with_a_message(editor_client, meeting, year):
    response = editor_client.post(change_url(meeting), form_data(meeting, date=f"{year}-01-01"))
    assert response.status_code == 200
    assert "1945-01-01" in response.content.decode()
    meeting.refresh_from_db()
    assert meeting.date.year == 2024


@pytest.mark.parametrize(
    "url",
    [
        "/admin/meetings/meeting/abc/change/",
        "/admin/meetings/meeting/abc/history/",
        "/admin/meetings/meeting/1/history/abc/",
        "/admin/meetings/participant/1x/change/",
        "/admin/meetings/article/abc/delete/",
    ],
)
def test_an_id_that_cannot_be_one_is_not_found(editor_client, url):
    assert editor_client.get(url).status_code == 404


def test_a_missing_meeting_redirects_with_a_message_as_the_admin_does(editor_client):
    response = editor_client.get("/admin/meetings/meeting/999999/change/", follow=True)
    assert response.status_code == 200
    assert "999999" in response.content.decode()


def test_an_editors_save_refreshes_the_meeting_once(editor_client, meeting, monkeypatch):
    refreshed = []
    write = derived._write_derived
    monkeypatch.setattr(
        derived,
        "_write_derived",
        lambda ids, **kwargs: refreshed.extend(sorted(ids)) or write(ids, **kwargs),
    )
    data = form_data(meeting, place="مصراتة", countries=["TN"])
    data["participations-0-role"] = "وزير الداخلية المكلف"
    data["participations-1-role"] = "وزير الداخلية الإيطالي"
    assert editor_client.post(change_url(meeting), data).status_code == 302

    assert refreshed == [meeting.pk]
    # from the form's last state: place, participations, countries
    assert Meeting.objects.search("مصراتة").get() == meeting
    assert MeetingFacetRow.objects.get(meeting=meeting).countries == ["TN"]


def test_the_save_and_its_derived_data_are_one_transaction(editor_client, meeting, monkeypatch):
    def failing(meeting_ids, **kwargs):
        raise RuntimeError("derived data could not be written")

    monkeypatch.setattr(derived, "_write_derived", failing)
    with pytest.raises(RuntimeError):
        editor_client.post(change_url(meeting), form_data(meeting, place="مصراتة"))

    meeting.refresh_from_db()
    assert meeting.place != "مصراتة"
