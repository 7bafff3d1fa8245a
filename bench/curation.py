"""How long an editor's bulk edit holds its transaction: renaming someone who is in
many meetings, on the benchmark archive (see bench/generate_data.py).

    .venv/bin/python bench/curation.py [--meetings N ...] [--rounds N]

For each N (by default 100, 2,000 and 50,000), takes the person in the most meetings
up to N, and renames them through the service an editor's save calls
(``participant_editor_save``, which rewrites the derived data of every meeting they
are in), inside a transaction that is then rolled back, so the archive is left as it
was (then vacuumed, as a rolled-back update leaves dead rows). Prints, per person,
their meetings, the median time of the rename and its number of queries.
"""

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchdb import use_bench_database  # noqa: E402


class _Rollback(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--meetings", type=int, nargs="+", default=[100, 2000, 50_000])
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    url = use_bench_database()

    from django.db import connection, transaction
    from django.db.models import Count
    from django.test.utils import CaptureQueriesContext

    from meetings.models import Meeting, MeetingFacetRow, Participant, Participation
    from meetings.services.curation import participant_editor_save

    people = Participant.objects.annotate(meeting_count=Count("participations"))
    chosen = [
        people.filter(meeting_count__lte=size).order_by("-meeting_count").first()
        for size in options.meetings
    ]
    print(f"database: {url}")
    print(f"{'meetings':>9} {'median s':>9} {'queries':>8}")
    for person in chosen:
        times, queries = [], 0
        for _ in range(options.rounds):
            person.refresh_from_db()
            previous = person.name
            person.name = f"{previous} الثاني"
            started = time.perf_counter()
            try:
                with transaction.atomic(), CaptureQueriesContext(connection) as captured:
                    participant_editor_save(participant=person, previous_name=previous)
                    queries = len(captured)
                    raise _Rollback
            except _Rollback:
                pass
            times.append(time.perf_counter() - started)
        print(
            f"{person.meeting_count:>9} {statistics.median(times):>9.2f} {queries:>8}", flush=True
        )
    # A rolled-back update leaves dead rows and clears the pages' all-visible bits, which
    # the counts' index-only scans need: without this, the next bench/web.py run on
    # this archive would measure its aftermath.
    with connection.cursor() as cursor:
        for model in (Meeting, Participation, MeetingFacetRow):
            cursor.execute(f'VACUUM (ANALYZE) "{model._meta.db_table}"')


if __name__ == "__main__":
    main()
