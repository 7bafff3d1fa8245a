"""What a cached figure costs to store, with Django's database cache and the project's.

    .venv/bin/python bench/cache.py [--entries N] [--sets N]

Fills a scratch cache table on the benchmark database (see benchdb) with ``--entries``
entries (settings.CACHES' MAX_ENTRIES by default: a live site's table is that full),
then times ``--sets`` sets of new keys (a cold page stores each figure it computes) and
as many gets, with django.core.cache.backends.db.DatabaseCache and with
archive.cache.PostgresCache in turn, counting queries. The scratch table is dropped at
the end. Prints milliseconds per set (p50, p95) and queries per set.
"""

import argparse
import base64
import pickle
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdb import use_bench_database  # noqa: E402

SCRATCH_TABLE = "bench_cache_scratch"


def measure(cache, sets: int, value) -> tuple[list[float], list[float], float]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    set_ms, get_ms = [], []
    with CaptureQueriesContext(connection) as queries:
        for i in range(sets):
            started = time.perf_counter()
            cache.set(f"bench:{time.time_ns()}:{i}", value, 3600)
            set_ms.append((time.perf_counter() - started) * 1000)
    per_set = len(queries) / sets
    for i in range(sets):
        started = time.perf_counter()
        cache.get(f"bench:fill:{i}")
        get_ms.append((time.perf_counter() - started) * 1000)
    return set_ms, get_ms, per_set


def fill(entries: int, value) -> None:
    from django.db import connection

    encoded = base64.b64encode(pickle.dumps(value, pickle.HIGHEST_PROTOCOL)).decode("latin1")
    with connection.cursor() as cursor:
        cursor.execute(f"TRUNCATE {SCRATCH_TABLE}")
        cursor.execute(
            f"INSERT INTO {SCRATCH_TABLE} (cache_key, value, expires) "
            "SELECT ':1:bench:fill:' || i, %s, now() + interval '1 day' "
            "FROM generate_series(0, %s - 1) AS i",
            [encoded, entries],
        )
        cursor.execute(f"ANALYZE {SCRATCH_TABLE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=None)
    parser.add_argument("--sets", type=int, default=300)
    args = parser.parse_args()
    use_bench_database()

    from django.conf import settings
    from django.core.cache.backends.db import DatabaseCache
    from django.db import connection

    from archive.cache import PostgresCache

    options = settings.CACHES["default"]["OPTIONS"]
    entries = args.entries if args.entries is not None else options["MAX_ENTRIES"]
    # Each set's key is new, so none is culled before its time: MAX_ENTRIES is set
    # above what the run adds, as on a site whose table sits at its bound.
    params = {"OPTIONS": {"MAX_ENTRIES": entries + 10 * args.sets}}
    value = {"total": 123_456, "facets": [("LY", 40_000)] * 20}
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")
        cursor.execute(f"CREATE TABLE {SCRATCH_TABLE} (LIKE archive_cache INCLUDING ALL)")
    try:
        print(f"cache table: {entries:,} entries; {args.sets} sets of new keys, then gets")
        header = ("set p50", "set p95", "get p50", "queries/set")
        print(f"{'backend':16s} " + " ".join(f"{h:>8s}" for h in header))
        for backend in (DatabaseCache, PostgresCache):
            fill(entries, value)
            sets, gets, per_set = measure(backend(SCRATCH_TABLE, params), args.sets, value)
            p95 = statistics.quantiles(sets, n=20)[-1]
            print(
                f"{backend.__name__:16s} {statistics.median(sets):7.2f}  {p95:7.2f}  "
                f"{statistics.median(gets):7.2f}  {per_set:11.2f}"
            )
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP TABLE IF EXISTS {SCRATCH_TABLE}")


if __name__ == "__main__":
    main()
