"""Re-run extraction on stored articles, leaving what editors have done as it is."""

import sys

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.models import Article
from meetings.services.ingestion import ReextractResult, article_reextract


class Command(BaseCommand):
    help = (
        "Extract the meetings of stored articles again (after the extractor improves or an "
        "editor adds topic cue words). Reviewed meetings and editors' changes are kept."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "article_ids", nargs="*", type=int, metavar="ARTICLE_ID", help="Default: every article."
        )

    def handle(self, *args, article_ids, **options):
        articles = Article.objects.order_by("pk")
        if article_ids:
            articles = articles.filter(pk__in=article_ids)
            missing = set(article_ids) - set(articles.values_list("pk", flat=True))
            if missing:
                raise CommandError(f"No article with id {', '.join(map(str, sorted(missing)))}.")
        total = ReextractResult()
        failed = 0
        count = articles.count()
        for article in tqdm(
            articles.iterator(),
            total=count,
            file=sys.stderr,
            unit="article",
            disable=None if count > 1 else True,
        ):
            try:
                total += article_reextract(article=article)
            except Exception as error:  # one bad article must not stop the rest
                failed += 1
                message = " ".join(str(error).split())
                with tqdm.external_write_mode(file=sys.stderr):
                    self.stderr.write(f"article #{article.pk}: {type(error).__name__}: {message}")
        self.stdout.write(
            f"Re-extracted {count - failed} article(s): {total.updated} meeting(s) updated, "
            f"{total.unchanged} unchanged, {total.created} new, {total.removed} removed, "
            f"{total.kept} kept as editors left them; {failed} failed."
        )
        if failed:
            raise CommandError(f"{failed} article(s) failed.")
