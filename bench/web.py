"""Server time and queries per page on the benchmark database.

    .venv/bin/python bench/generate_data.py     # once: fills the ``bench`` database
    .venv/bin/python bench/web.py [--iterations N]

Requests go through django.test.Client (the whole stack: middleware, view, template)
in this process, timed with perf_counter and counted with CaptureQueriesContext. Each
scenario varies its target between iterations where it can (different meetings,
participants, search words), so PostgreSQL's buffer cache is warm but no single row
set is replayed. Prints p50, p95 and max milliseconds and queries per request.

Counts (the list's total and facets, a participant's or a country's figures) are
cached until the next write (meetings.selectors.cached_until_write). Scenarios marked
"(cold)" clear the cache before every request, outside the timing, so they show the
cost of computing exact counts; the others run with the cache as it is, as a live site
would (a URL's first request there is cold too).
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdb import use_bench_database  # noqa: E402

TARGET_P95_MS = 100


def scenarios(rng: random.Random) -> dict:
    """Name -> a function returning the next URL to request."""
    from django.db.models import Count

    from meetings.models import Meeting, Participant

    meeting_ids = list(Meeting.objects.values_list("pk", flat=True)[::97])
    by_meetings = Participant.objects.annotate(n=Count("participations")).order_by("-n")
    busiest = list(by_meetings.values_list("pk", "n")[:10])
    typical = list(by_meetings.filter(n__gt=5, n__lt=50).values_list("pk", flat=True)[:200])
    facet_pairs = [("IT", "migration"), ("TR", "training"), ("EG", "border-security")]
    # From about 2,000 matches (تبادل المعلومات) to nearly half the archive (مذكرة تفاهم).
    searches = ["خفر السواحل", "الهجرة غير الشرعية", "تبادل المعلومات", "مذكرة تفاهم"]
    phrases = [f'"{words}"' for words in searches]
    names = list(Participant.objects.values_list("name", flat=True)[::211])
    busiest_name = f"participant, busiest ({busiest[0][1]} meetings)"
    pages = {
        "list, plain": lambda: "/",
        "list, page 40": lambda: "/?page=40",
        # Anywhere in the archive, down to its oldest meetings (8,000 pages of 25).
        "list, deep page": lambda: f"/?page={rng.randint(1000, 7900)}",
        "list, two facets": lambda: "/?country={}&topic={}".format(*rng.choice(facet_pairs)),
        "list, search (words)": lambda: f"/?q={rng.choice(searches)}",
        "list, search (quoted phrase)": lambda: f"/?q={rng.choice(phrases)}",
        # In nearly every meeting: the most a search can match.
        "list, search (common word)": lambda: "/?q=وزير",
        "list, search (a name)": lambda: f"/?q={rng.choice(names)}",
        "list, search + facet": lambda: f"/?q={rng.choice(searches)}&country=LY",
        "meeting": lambda: f"/meetings/{rng.choice(meeting_ids)}/",
        "participant, typical": lambda: f"/people/{rng.choice(typical)}/",
        busiest_name: lambda: f"/people/{rng.choice(busiest)[0]}/",
        f"{busiest_name}, deep page": lambda: (
            f"/people/{busiest[0][0]}/?page={rng.randint(100, 1000)}"
        ),
        "country (LY)": lambda: "/countries/LY/",
        "topic (migration)": lambda: "/topics/migration/",
    }
    cold = ["list, plain", "list, two facets", "list, search (words)"]
    cold += ["list, search (quoted phrase)", "list, search (common word)", "list, search (a name)"]
    cold += ["list, search + facet", "participant, typical", busiest_name, "country (LY)"]
    return pages | {f"{name} (cold)": pages[name] for name in cold}


def measure(client, next_url, iterations: int, *, cold: bool) -> tuple[list[float], set[int]]:
    from django.core.cache import cache
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    timings, query_counts = [], set()
    for _ in range(iterations):
        url = next_url()
        if cold:
            cache.clear()
        # The connection keeps at most 9,000 queries, past which counts come out wrong.
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            sys.exit(f"{url}: HTTP {response.status_code}")
        timings.append(elapsed)
        query_counts.add(len(queries))
    return timings, query_counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--iterations", type=int, default=100)
    parser.add_argument("--only", help="run the scenarios whose name contains this")
    options = parser.parse_args()
    use_bench_database()

    # The application as gunicorn loads it (archive/wsgi.py prepares the process).
    from django.core.management import call_command
    from django.test import Client

    import archive.wsgi  # noqa: F401
    from meetings.models import Article, Meeting

    # Production static storage needs its manifest, as under `make run`.
    call_command("collectstatic", interactive=False, verbosity=0)
    rng = random.Random(1)
    # SERVER_NAME: a host ALLOWED_HOSTS accepts without the test runner's "testserver".
    client = Client(SERVER_NAME="localhost")
    print(
        f"{Meeting.objects.count():,} meetings, {Article.objects.count():,} articles; "
        f"{options.iterations} requests per scenario after 3 warm-up requests"
    )
    print(f"{'scenario':<52} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  queries")
    slow = []
    for name, next_url in scenarios(rng).items():
        if options.only and options.only not in name:
            continue
        cold = name.endswith("(cold)")
        measure(client, next_url, 3, cold=cold)
        timings, query_counts = measure(client, next_url, options.iterations, cold=cold)
        p50 = statistics.median(timings)
        p95 = statistics.quantiles(timings, n=20)[-1]
        counts = "/".join(str(count) for count in sorted(query_counts))
        print(f"{name:<52} {p50:8.1f} {p95:8.1f} {max(timings):8.1f}  {counts}", flush=True)
        if p95 > TARGET_P95_MS:
            slow.append(name)
    if slow:
        print(f"over the {TARGET_P95_MS} ms p95 target: {', '.join(slow)}")


if __name__ == "__main__":
    main()
