"""Rewrite every article's and meeting's derived data (normalised search text, facet rows).

Needed after the search normalisation or the derived columns change; ingestion and
curation keep them current otherwise.
"""

import sys

from django.core.management.base import BaseCommand
from django.db import transaction
from tqdm import tqdm

from meetings.models import Article, Meeting
from meetings.search import search_normalize
from meetings.services.derived import meeting_refresh_derived


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
        meetings = Meeting.objects.only("pk")
        for meeting in tqdm(
            meetings.iterator(),
            total=meetings.count(),
            file=sys.stderr,
            unit="meeting",
            disable=None,
        ):
            with transaction.atomic():
                meeting_refresh_derived(meeting=meeting)
        self.stdout.write(
            f"Refreshed {articles.count()} article(s) and {meetings.count()} meeting(s)."
        )
