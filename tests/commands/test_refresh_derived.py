import pytest
from django.core.management import call_command

from meetings.models import Article, Meeting

pytestmark = pytest.mark.django_db


def test_stale_search_text_is_rewritten(meeting_data):
    from meetings.services.ingestion import article_ingest

    article_ingest(text="بحث الجانبان ملف الهجرة", title="لقاء", meetings=[meeting_data()])
    Meeting.objects.update(search_body="", search_entities="", search_names="", search_title="")
    Article.objects.update(search_body="")
    assert not Meeting.objects.search("الورفلي").exists()

    call_command("refresh_derived", verbosity=0)

    assert Meeting.objects.search("الورفلي").count() == 1
    assert Article.objects.get().search_body == "بحث الجانبان ملف الهجرة"
