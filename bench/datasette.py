"""The archive's public pages side by side with Datasette's, on the same meetings.

    .venv/bin/python bench/generate_data.py      # once: fills the ``bench`` database
    .venv/bin/python bench/datasette.py [--iterations N] [--rounds N] [--rebuild]

Datasette (in the dev extras) serves a SQLite copy of the benchmark database, made
here on the first run (var/datasette/<database>.sqlite; ``--rebuild`` makes it again):
the public meetings with their date, place, review state, countries, topics and
ministries (JSON arrays, which Datasette facets with ``_facet_array`` and filters with
``__arraycontains``), their first article's title, and an FTS5 table over the same
text the archive searches (title, names and offices, article text).

Both run in this process, each through its own test client (django.test.Client; and
Datasette's ``ds.client``, which calls the ASGI app directly), so neither pays for
HTTP. Requests are interleaved: each iteration asks every scenario's page of the
archive with its cache cleared first (outside the timing), then again with the counts
that request cached (as a live site serves a repeated URL), then Datasette's page for
the same target. Datasette is asked for the facets the archive shows and has its facet
suggestions off; its time limits are raised so that it computes every facet rather
than giving up on it. Prints medians per round and their ratios (Datasette's time over
the archive's: above 1, the archive is faster).
"""

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

BENCH = str(Path(__file__).resolve().parent)
sys.path.insert(0, BENCH)
from benchdb import ROOT, use_bench_database  # noqa: E402

# This file is named after the package it measures: with its folder first on the path,
# "import datasette" would import it again instead.
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != Path(BENCH)]

FACETS = (
    "_facet_array=countries&_facet_array=topics&_facet_array=ministries"
    "&_facet=place&_facet=review_state"
)
BATCH = 5_000


def export(path: Path) -> None:
    """Copy the public meetings of the benchmark database into a new SQLite file."""
    from django.db import connection

    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    lite = sqlite3.connect(partial)
    lite.executescript(
        """
        CREATE TABLE meetings (
            id INTEGER PRIMARY KEY, date TEXT, place TEXT, review_state TEXT,
            countries TEXT, topics TEXT, ministries TEXT, title TEXT
        );
        CREATE VIRTUAL TABLE meetings_fts USING fts5(title, entities, body);
        """
    )
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT f.meeting_id, f.date, f.place, f.review_state, f.countries, f.topics,
                   f.ministries, m.search_title, m.search_entities, m.search_body
            FROM meetings_meetingfacetrow f
            JOIN meetings_meeting m ON m.id = f.meeting_id
            ORDER BY f.meeting_id
            """
        )
        while rows := cursor.fetchmany(BATCH):
            lite.executemany(
                "INSERT INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        row[0],
                        row[1].isoformat() if row[1] else None,
                        row[2],
                        row[3],
                        json.dumps(row[4], ensure_ascii=False),
                        json.dumps(row[5], ensure_ascii=False),
                        json.dumps(row[6], ensure_ascii=False),
                        row[7],
                    )
                    for row in rows
                ],
            )
            lite.executemany(
                "INSERT INTO meetings_fts (rowid, title, entities, body) VALUES (?, ?, ?, ?)",
                [(row[0], row[7], row[8], row[9]) for row in rows],
            )
    lite.executescript(
        """
        CREATE INDEX meetings_date ON meetings (date);
        CREATE INDEX meetings_place ON meetings (place);
        ANALYZE;
        """
    )
    lite.commit()
    lite.close()
    partial.rename(path)


def scenarios(rng: random.Random, database: str) -> dict:
    """Name -> a function returning the next (archive URL, Datasette URL) pair."""
    from meetings.models import MeetingFacetRow

    table = f"/{database}/meetings"
    meeting_ids = list(MeetingFacetRow.objects.values_list("meeting_id", flat=True)[::97])
    facet_pairs = [("IT", "migration"), ("TR", "training"), ("EG", "border-security")]
    searches = ["خفر السواحل", "الهجرة غير الشرعية", "تبادل المعلومات", "مذكرة تفاهم"]
    newest = "_sort_desc=date"

    def meeting():
        pk = rng.choice(meeting_ids)
        return f"/meetings/{pk}/", f"{table}/{pk}"

    def two_facets():
        country, topic = rng.choice(facet_pairs)
        return (
            f"/?country={country}&topic={topic}",
            f"{table}?countries__arraycontains={country}&topics__arraycontains={topic}"
            f"&{newest}&{FACETS}",
        )

    def search():
        words = rng.choice(searches)
        return f"/?q={words}", f"{table}?_search={words}&{FACETS}"

    return {
        "list, plain (no facets in Datasette)": lambda: ("/", f"{table}?{newest}"),
        "list, plain, with its facets": lambda: ("/", f"{table}?{newest}&{FACETS}"),
        "meeting": meeting,
        "list, one facet (LY)": lambda: (
            "/?country=LY",
            f"{table}?countries__arraycontains=LY&{newest}&{FACETS}",
        ),
        "list, two facets": two_facets,
        "list, search (words)": search,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rebuild", action="store_true", help="export the SQLite copy again")
    options = parser.parse_args()

    url = use_bench_database()
    from django.core.cache import cache
    from django.core.management import call_command
    from django.test import Client

    from meetings.models import MeetingFacetRow

    database = urlsplit(url).path.lstrip("/")
    path = ROOT / "var" / "datasette" / f"{database}.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    if options.rebuild or not path.exists():
        started = time.perf_counter()
        export(path)
        print(f"exported {path} in {time.perf_counter() - started:.0f} s", flush=True)

    from datasette.app import Datasette

    datasette = Datasette(
        [str(path)],
        immutables=[],
        settings={
            "suggest_facets": False,
            "default_page_size": 25,
            "sql_time_limit_ms": 60_000,
            "facet_time_limit_ms": 60_000,
            "num_sql_threads": 1,
        },
        metadata={
            "databases": {
                path.stem: {"tables": {"meetings": {"fts_table": "meetings_fts", "fts_pk": "id"}}}
            }
        },
    )
    loop = asyncio.new_event_loop()
    loop.run_until_complete(datasette.invoke_startup())
    call_command("collectstatic", interactive=False, verbosity=0)
    client = Client(SERVER_NAME="localhost")

    def archive(url: str, *, cold: bool) -> float:
        if cold:
            cache.clear()
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            sys.exit(f"archive {url}: HTTP {response.status_code}")
        return elapsed

    def served_by_datasette(url: str) -> float:
        started = time.perf_counter()
        response = loop.run_until_complete(datasette.client.get(url))
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            sys.exit(f"datasette {url}: HTTP {response.status_code}")
        return elapsed

    print(
        f"{MeetingFacetRow.objects.count():,} public meetings; {options.rounds} rounds of "
        f"{options.iterations} interleaved requests per scenario (medians, ms)"
    )
    header = (
        f"{'scenario':<40} {'archive':>8} {'cold':>8} {'Datasette':>10} {'ratio':>6} {'cold':>6}"
    )
    for round_ in range(1, options.rounds + 1):
        print(f"\nround {round_}\n{header}", flush=True)
        rng = random.Random(round_)
        for name, next_pair in scenarios(rng, path.stem).items():
            warm, cold, theirs = [], [], []
            for _ in range(3):  # warm-up: the archive's cache and both page caches
                first, second = next_pair()
                archive(first, cold=False)
                served_by_datasette(second)
            for _ in range(options.iterations):
                first, second = next_pair()
                # Cold first: the warm request then finds what the cold one cached.
                cold.append(archive(first, cold=True))
                warm.append(archive(first, cold=False))
                theirs.append(served_by_datasette(second))
            ours, ours_cold, their = (statistics.median(t) for t in (warm, cold, theirs))
            print(
                f"{name:<40} {ours:8.1f} {ours_cold:8.1f} {their:10.1f} "
                f"{their / ours:6.2f} {their / ours_cold:6.2f}",
                flush=True,
            )


if __name__ == "__main__":
    main()
