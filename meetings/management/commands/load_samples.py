"""Load the sample articles and their hand-made meetings from fixtures/."""

import datetime
import json
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from meetings.services.ingestion import article_ingest

DEFAULT_PATH = settings.BASE_DIR / "fixtures" / "sample_articles.json"


class Command(BaseCommand):
    help = "Load the sample articles and meetings (already-loaded articles are skipped)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)

    def handle(self, *args, path: Path, **options):
        try:
            rows = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise CommandError(f"{path}: cannot read sample data ({error})") from error
        created = 0
        for row in rows:
            result = article_ingest(
                text=row["text"],
                title=row["title"],
                url=row["url"],
                outlet=row["outlet"],
                published=datetime.date.fromisoformat(row["published"]),
                meetings=row["meetings"],
            )
            created += result.created
        self.stdout.write(f"Sample data: {created} new, {len(rows) - created} already loaded.")
