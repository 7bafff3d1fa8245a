"""Ingestion runs at the same time, each in its own thread and database connection."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from django.db import connection

from meetings.models import Article, Meeting, Participant
from meetings.services.ingestion import article_ingest

# serialized_rollback: countries and topics come from data migrations, which the flush
# after a transactional test would otherwise leave empty for the tests that follow.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

ROUNDS = 8


def ingest_together(texts: list[str], meetings: list[dict]) -> list:
    """Ingest ``texts``, each reporting ``meetings``, at the same moment, one thread
    each; their results in order."""
    start = threading.Barrier(len(texts))

    def ingest(text):
        try:
            start.wait()
            return article_ingest(text=text, meetings=meetings)
        finally:
            connection.close()

    with ThreadPoolExecutor(len(texts)) as pool:
        return list(pool.map(ingest, texts))


def test_two_reports_of_one_meeting_at_once_make_one_meeting_and_one_person_each(meeting_data):
    for round_ in range(ROUNDS):
        date = f"2024-03-{round_ + 1:02d}"
        people = [
            {"name": f"سالم الورفلي{'ي' * round_}", "country": "LY", "ministry": "interior"},
            {"name": f"ماركو بيانكي{'ي' * round_}", "country": "IT", "ministry": "interior"},
        ]
        texts = [f"الرواية الأولى رقم {round_}", f"الرواية الثانية رقم {round_}"]
        results = ingest_together(texts, [meeting_data(date=date, participants=people)])
        assert all(result.created for result in results)
        assert results[0].meetings[0].pk == results[1].meetings[0].pk
    assert Meeting.objects.count() == ROUNDS
    assert Participant.objects.count() == 2 * ROUNDS


def test_the_same_article_twice_at_once_is_stored_once_and_skipped_once(meeting_data):
    for round_ in range(ROUNDS):
        text = f"نص الخبر نفسه رقم {round_}"
        results = ingest_together([text, text], [meeting_data()])
        assert sorted(result.created for result in results) == [False, True]
    assert Article.objects.count() == ROUNDS
