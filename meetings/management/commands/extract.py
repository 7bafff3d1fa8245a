"""Extract meetings from article files: `manage.py extract [--json] FILE...`.

The published date is the one the article states, else its entry in `--index` (a JSON
list of {source, url, published} matched by file name, read as `ingest` reads it), else
`--published`.
Topic cue words come from the Topic table, so an editor's new cue word counts, and the
archive's people are recognised by any form of their name; when the database cannot be
reached the package's cue words are used and no one is known in advance.
"""

import argparse
import datetime
import json
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from meetings.extraction import extract_article
from meetings.extraction.reading import (
    ArticleReadError,
    IndexEntry,
    IndexReadError,
    read_article_file,
    read_index,
)


def _argument_date(value: str) -> datetime.date:
    # argparse turns ArgumentTypeError into its one-line usage error; a CommandError
    # raised while parsing arguments would escape as a traceback.
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value}") from None


def _from_archive():
    """The editors' topic cue words and the archive's people, or (None, None) when
    there is no archive to read."""
    try:
        from meetings.models import Topic
        from meetings.services.resolution import archive_people

        return dict(Topic.objects.values_list("code", "cue_words")) or None, archive_people()
    except (ImportError, DatabaseError):
        return None, None


class Command(BaseCommand):
    help = "Extract the meetings reported in article files."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument(
            "--json", dest="as_json", action="store_true", help="print the contract's JSON array"
        )
        parser.add_argument("--index", type=Path, help="JSON list of {source, url, published}")
        parser.add_argument("--published", type=_argument_date, help="published date, YYYY-MM-DD")

    def handle(self, *args, files, as_json: bool, index, published, **options):
        try:
            entries = read_index(index) if index else {}
        except IndexReadError as error:
            raise CommandError(str(error)) from error
        cues, people = _from_archive()
        articles, failed = [], 0
        for path in files:
            try:
                text = read_article_file(path)
            except ArticleReadError as error:
                self.stderr.write(f"{path}: {error}")
                failed += 1
                continue
            articles.append(
                extract_article(
                    text,
                    source=path.name,
                    published=entries.get(path.name, IndexEntry()).published or published,
                    topic_cues=cues,
                    known_people=people,
                )
            )
        if as_json:
            self.stdout.write(_dumps([a.to_json() for a in articles]))
        else:
            for article in articles:
                self.stdout.write(_summary(article))
        if failed:
            raise CommandError(f"{failed} of {len(files)} files could not be read")


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def _summary(article) -> str:
    published = article.published.isoformat() if article.published else "undated"
    lines = [f"{article.source} ({published}): {len(article.meetings)} meeting(s)"]
    for meeting in article.meetings:
        when = meeting.date.isoformat() if meeting.date else "date unknown"
        where = meeting.place or meeting.place_country or "place unknown"
        who = "; ".join(
            " ".join(x for x in (p.name or p.org or p.role, p.country and f"[{p.country}]") if x)
            for p in meeting.participants
        )
        status = "" if meeting.status == "held" else f" ({meeting.status})"
        lines.append(f"  - {when}, {where}{status}: {who}")
        if meeting.topics:
            lines.append(f"    topics: {', '.join(meeting.topics)}")
    return "\n".join(lines)
