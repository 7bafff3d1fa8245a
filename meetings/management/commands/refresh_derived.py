"""Rewrite every article's and meeting's derived data (normalised search text, facet rows).

Needed after the search normalisation or the derived columns change; ingestion and
curation keep them current otherwise.
"""

import sys

from django.core.management.base import BaseCommand
from tqdm import tqdm

from meetings.models import Article, Meeting
from meetings.search import search_normalize
from meetings.services.derived import WRITE_CHUNK, meetings_refresh_derived


class Command(BaseCommand):
    help = "Rewrite the normalised search text and facet rows of every article and meeting."

    def handle(self, *args, **options):
        articles = Article.objects.only("pk", "title", "text")
        for article in tqdm(
            articles.iterator(),
            total=articles.count(),
            file=sys.stderr,
            unit="article",
            disable=None,
        ):
            Article.objects.filter(pk=article.pk).update(
                search_title=search_normalize(article.title),
                search_body=search_normalize(article.text),
            )
        ids = list(Meeting.objects.order_by("pk").values_list("pk", flat=True))
        with tqdm(total=len(ids), file=sys.stderr, unit="meeting", disable=None) as progress:
            # A transaction per chunk (meetings_refresh_derived makes one): the
            # meetings' locks are held a moment each.
            for start in range(0, len(ids), WRITE_CHUNK):
                chunk = ids[start : start + WRITE_CHUNK]
                meetings_refresh_derived(meeting_ids=chunk)
                progress.update(len(chunk))
        self.stdout.write(f"Refreshed {articles.count()} article(s) and {len(ids)} meeting(s).")
