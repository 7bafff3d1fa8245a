"""The deployment files: Docker cannot run here, so check what can be checked."""

import os
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]


def test_compose_wires_web_to_postgres():
    compose = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    assert services["postgres"]["image"].startswith("postgres:")
    assert "pgdata" in compose["volumes"]
    web = services["web"]
    assert "postgres" in web["depends_on"]
    assert "@postgres:5432/" in web["environment"]["DATABASE_URL"]
    for name in ("SECRET_KEY", "ALLOWED_HOSTS"):
        assert name in web["environment"]
    assert (ROOT / web["build"] / "Dockerfile").exists()


def test_check_deploy_is_clean_with_production_settings():
    env = {
        **{k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"},
        "SECRET_KEY": "x" * 60 + "production-like-secret-key",
        "ALLOWED_HOSTS": "archive.example.org",
        "DJANGO_SECURE": "1",
        "DJANGO_HSTS_PRELOAD": "1",
        "DJANGO_DEBUG": "0",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    env = {
        **{k: v for k, v in os.environ.items() if k != "SECRET_KEY"},
        "DJANGO_SECURE": "1",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DJANGO_SECURE=1" in result.stderr
