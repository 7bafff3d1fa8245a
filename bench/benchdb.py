"""Point Django at the benchmark database before it starts.

With DATABASE_URL set, that database is used (its name must contain "bench", so a
benchmark can never fill the development or production database). Without it, a
``bench`` database (or the one BENCH_DATABASE names) is created on the project's
embedded PostgreSQL server, next to the development ``archive`` database.

``bench_database()`` creates other scratch databases on the same server, for
benchmarks that need several or a fresh one (bench/abuse.py).
"""

import os
import re
import sys
from pathlib import Path
from urllib.parse import SplitResult, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
BENCH_DATABASE = os.environ.get("BENCH_DATABASE", "bench")


def use_bench_database() -> str:
    """Set DATABASE_URL to the benchmark database, set up Django, and return the URL."""
    sys.path.insert(0, str(ROOT))
    url = os.environ.get("DATABASE_URL") or bench_database(BENCH_DATABASE)
    os.environ["DATABASE_URL"] = url
    _refuse_unless_bench(urlsplit(url).path.lstrip("/"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")
    import django

    django.setup()
    return url


def bench_database(name: str, *, fresh: bool = False, template: str | None = None) -> str:
    """Create the database ``name`` unless it exists, and return its URL.

    It is made on the server DATABASE_URL points at, else on the embedded one.
    ``fresh`` drops it first, closing its connections; ``template`` copies that
    database (which nobody may be connected to) instead of starting empty.
    """
    import psycopg

    _refuse_unless_bench(name)
    server = _server_url()
    with psycopg.connect(urlunsplit(server._replace(path="/postgres")), autocommit=True) as conn:
        if fresh:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            copy = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return urlunsplit(server._replace(path=f"/{name}"))


def _server_url() -> SplitResult:
    url = os.environ.get("DATABASE_URL")
    if not url:
        sys.path.insert(0, str(ROOT))
        from archive.embedded_db import embedded_database_url

        url = embedded_database_url(Path(os.environ.get("ARCHIVE_VAR_DIR", ROOT / "var")))
    return urlsplit(url)


def _refuse_unless_bench(name: str) -> None:
    if "bench" not in name or not re.fullmatch(r"\w+", name):
        sys.exit(f"refusing to use {name!r}: not a benchmark database")
