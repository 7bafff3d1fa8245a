"""Ingest articles: text, HTML and JSON Lines files, directories of them, or http(s) URLs."""

import sys
from collections import Counter
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from meetings.extraction.reading import IndexReadError, read_index
from meetings.services.fetching import InputError, source_read, sources_expand
from meetings.services.ingestion import article_ingest_text


class Command(BaseCommand):
    help = (
        "Extract the meetings of articles and store them. Each article is stored with all "
        "its meetings or not at all; texts already stored are skipped."
    )

    def add_arguments(self, parser):
        parser.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
        parser.add_argument(
            "--index",
            type=Path,
            help=(
                "JSON list of {source, url, published, title?, outlet?} giving the metadata "
                "of article files, matched by file name."
            ),
        )
        parser.add_argument("--outlet", default="", help="The outlet that published the articles.")

    def handle(self, *args, inputs, index, outlet, **options):
        try:
            metadata = read_index(index) if index else {}
        except IndexReadError as error:
            raise CommandError(str(error)) from error
        sources = sources_expand(inputs)
        counts = Counter()
        # The bar only for batches, and only on a terminal (disable=None).
        progress = tqdm(
            sources, file=sys.stderr, unit="article", disable=None if len(sources) > 1 else True
        )
        for source in progress:
            try:
                article = source_read(source, index=metadata, outlet=outlet)
                result = article_ingest_text(
                    text=article.text,
                    title=article.title,
                    url=article.url,
                    outlet=article.outlet,
                    published=article.published,
                    source=article.source,
                )
            except InputError as error:
                counts["failed"] += 1
                self._report(f"{source.label}: {error}", error=True)
            except Exception as error:  # one bad article must not stop a batch
                # The article's transaction has rolled back; report it and go on.
                counts["failed"] += 1
                message = " ".join(str(error).split())
                self._report(f"{source.label}: {type(error).__name__}: {message}", error=True)
            else:
                if result.created:
                    counts["new"] += 1
                    counts["new meetings"] += result.new_meetings
                    counts["sources added"] += len(result.meetings) - result.new_meetings
                    counts["new participants"] += result.new_participants
                    counts["linked participants"] += result.linked_participants
                    if options["verbosity"] > 1:
                        self._report(f"{source.label}: new, {len(result.meetings)} meeting(s)")
                else:
                    counts["skipped"] += 1
                    self._report(
                        f"{source.label}: skipped, already stored (article #{result.article.pk})"
                    )
        self.stdout.write(
            f"Ingested {len(sources)} input(s): {counts['new']} new, "
            f"{counts['skipped']} skipped (already stored), {counts['failed']} failed. "
            f"Meetings: {counts['new meetings']} new, {counts['sources added']} reported "
            f"again (another source of a stored meeting). Participants: "
            f"{counts['new participants']} new, {counts['linked participants']} linked to "
            "existing ones."
        )
        if counts["failed"]:
            raise CommandError(f"{counts['failed']} input(s) failed.")

    def _report(self, message: str, *, error: bool = False) -> None:
        # Clear the progress bar while writing, so the line does not land inside it.
        with tqdm.external_write_mode(file=sys.stderr):
            (self.stderr if error else self.stdout).write(message)
