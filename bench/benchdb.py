"""Point Django at the benchmark database before it starts.

With DATABASE_URL set, that database is used (its name must contain "bench", so a
benchmark can never fill the development or production database). Without it, a
``bench`` database is created on the project's embedded PostgreSQL server, next to
the development ``archive`` database.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATABASE = "bench"


def use_bench_database() -> str:
    """Set DATABASE_URL to the benchmark database, set up Django, and return the URL."""
    sys.path.insert(0, str(ROOT))
    url = os.environ.get("DATABASE_URL")
    if not url:
        import psycopg

        from archive.embedded_db import embedded_database_url

        var_dir = Path(os.environ.get("ARCHIVE_VAR_DIR", ROOT / "var"))
        server_url = urlsplit(embedded_database_url(var_dir))
        with psycopg.connect(
            urlunsplit(server_url._replace(path="/postgres")), autocommit=True
        ) as conn:
            exists = conn.execute(
                "SELECT 1 FROM pg_database WHERE datname = %s", [BENCH_DATABASE]
            ).fetchone()
            if not exists:
                conn.execute(f'CREATE DATABASE "{BENCH_DATABASE}"')
        url = urlunsplit(server_url._replace(path=f"/{BENCH_DATABASE}"))
        os.environ["DATABASE_URL"] = url
    if "bench" not in urlsplit(url).path:
        sys.exit(f"refusing to use {urlsplit(url).path.lstrip('/')!r}: not a benchmark database")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    return url
