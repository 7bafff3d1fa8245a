import re

import pytest
from django.urls import reverse

from meetings.admin import display_url
from meetings.models import Topic
from meetings.services.ingestion import article_ingest

pytestmark = pytest.mark.django_db


def test_cue_words_are_edited_one_per_line(editor_client, editor):
    topic = Topic.objects.get(code="military")
    url = reverse("admin:meetings_topic_change", args=["military"])
    cue_words = "\n".join([*topic.cue_words, "الطائرات المسيرة"])
    response = editor_client.post(
        url, {"name_ar": topic.name_ar, "name_en": topic.name_en, "cue_words": cue_words}
    )
    assert response.status_code == 302
    topic.refresh_from_db()
    assert topic.cue_words[-1] == "الطائرات المسيرة"
    assert topic.history.first().history_user == editor


def test_an_article_is_read_only_with_its_meetings(editor_client, meeting_data):
    result = article_ingest(text="نص الخبر <b>الكامل</b>", title="لقاء", meetings=[meeting_data()])
    url = reverse("admin:meetings_article_change", args=[result.article.pk])
    response = editor_client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "نص الخبر &lt;b&gt;الكامل&lt;/b&gt;" in html
    meeting_url = reverse("admin:meetings_meeting_change", args=[result.meetings[0].pk])
    assert meeting_url in html
    assert 'name="_save"' not in html
    assert editor_client.post(url, {"title": "تغيير"}).status_code == 403


def test_reextract_action_on_articles(editor_client, meeting_data):
    result = article_ingest(text="نص لا لقاء فيه", meetings=[meeting_data()])
    response = editor_client.post(
        reverse("admin:meetings_article_changelist"),
        {"action": "reextract", "_selected_action": [result.article.pk]},
        follow=True,
    )
    assert [m.level_tag for m in response.context["messages"]] == ["info"]
    # The real extractor finds no meeting in this text; the untouched one goes.
    assert not result.article.meetings.exists()


# "https://example.org/أخبار/لقاء-تجريبي", as ingestion stores it.
ENCODED_URL = (
    "https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/"
    "%D9%84%D9%82%D8%A7%D8%A1-%D8%AA%D8%AC%D8%B1%D9%8A%D8%A8%D9%8A"
)
DECODED_URL = "https://example.org/أخبار/لقاء-تجريبي"


def test_urls_are_shown_decoded():
    assert display_url(ENCODED_URL) == DECODED_URL
    assert display_url("https://example.org/a%20b?q=%D8%B3") == "https://example.org/a b?q=س"


def test_a_decoded_url_keeps_what_would_disguise_it_encoded():
    # A right-to-left override would show the rest of the address reversed; a line
    # break or other control character has no place in one.
    assert display_url("https://example.org/%E2%80%AEfdp.exe") == (
        "https://example.org/%E2%80%AEfdp.exe"
    )
    assert display_url("https://example.org/a%0Ab") == "https://example.org/a%0Ab"
    # Not UTF-8 once decoded (an old Windows-1256 address): shown as stored.
    assert display_url("https://example.org/%C7%E1") == "https://example.org/%C7%E1"


def test_an_articles_url_is_shown_decoded_and_linked_as_stored(editor_client, meeting_data):
    result = article_ingest(text="نص خبر تجريبي", url=ENCODED_URL, meetings=[meeting_data()])
    page = editor_client.get(
        reverse("admin:meetings_article_change", args=[result.article.pk])
    ).content.decode()
    assert f'<a href="{ENCODED_URL}" rel="noopener noreferrer" dir="ltr">{DECODED_URL}</a>' in page

    listing = editor_client.get(reverse("admin:meetings_article_changelist")).content.decode()
    # Without a title, the article is named by its URL, decoded.
    assert re.search(rf'<th class="field-label"><a href="[^"]+">{DECODED_URL}</a></th>', listing)


def test_an_article_is_found_by_its_url_as_shown(editor_client, meeting_data):
    result = article_ingest(text="نص خبر تجريبي", url=ENCODED_URL, meetings=[meeting_data()])
    article_ingest(text="نص خبر آخر", url="https://example.org/other", meetings=[])
    changelist = reverse("admin:meetings_article_changelist")
    for term in [DECODED_URL, "لقاء-تجريبي", "example.org/%D8%A3"]:
        found = editor_client.get(changelist, {"q": term}).context["cl"].result_list
        assert list(found) == [result.article], term
