from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from meetings.models import Meeting, Participant, Topic
from meetings.services.curation import participant_editor_save
from meetings.services.ingestion import article_ingest_text

pytestmark = pytest.mark.django_db

TEXT = (
    "التقى وزير الداخلية الليبي سالم الورفلي اليوم في طرابلس سفير إيطاليا لدى ليبيا "
    "جوزيبي بوتشينو، وبحث الجانبان ملف الطائرات المسيرة."
)


def reextract(*args):
    out = StringIO()
    call_command("reextract", *map(str, args), stdout=out, stderr=StringIO())
    return out.getvalue()


def test_reextract_uses_new_cue_words_and_keeps_an_editors_rename():
    meeting = article_ingest_text(text=TEXT).meetings[0]
    salem = Participant.objects.get(name="سالم الورفلي")
    salem.name = "سالم علي الورفلي"
    participant_editor_save(participant=salem, previous_name="سالم الورفلي")
    military = Topic.objects.get(code="military")
    military.cue_words = [*military.cue_words, "الطائرات المسيرة"]
    military.save()

    out = reextract()

    assert "Re-extracted 1 article(s): 1 meeting(s) updated" in out
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert "military" in {t.code for t in meeting.topics.all()}
    assert "سالم علي الورفلي" in {p.name for p in meeting.participants.all()}


def test_reextract_refuses_unknown_article_ids():
    with pytest.raises(CommandError, match="No article with id 999"):
        reextract(999)
