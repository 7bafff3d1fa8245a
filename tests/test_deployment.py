"""The deployment files: Docker cannot run here, so check what can be checked."""

import os
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
NGINX_CONF = ROOT / "archive" / "nginx.conf"
GUNICORN_CONF = ROOT / "archive" / "gunicorn.conf.py"


def nginx_directives(text: str) -> dict[str, list[str]]:
    """Each directive of an nginx file with the values it is given, comments left out."""
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        match = re.match(r"\s*([a-z_]+)\s+([^;{]+);", line.split("#", 1)[0])
        if match:
            found.setdefault(match.group(1), []).append(" ".join(match.group(2).split()))
    return found


def seconds(value: str) -> int:
    number, unit = re.fullmatch(r"(\d+)(s|m)?", value).groups()
    return int(number) * (60 if unit == "m" else 1)


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


def test_compose_publishes_the_proxy_alone():
    services = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]
    assert [name for name, service in services.items() if "ports" in service] == ["proxy"]
    web, proxy = services["web"], services["proxy"]
    assert web["expose"] == ["8000"]
    assert proxy["image"].startswith("nginx:")
    assert "web" in proxy["depends_on"]
    assert proxy["ports"] == ["${PORT:-8000}:80"]
    source, target, mode = proxy["volumes"][0].split(":")
    assert (ROOT / source).resolve() == NGINX_CONF
    assert (target, mode) == ("/etc/nginx/conf.d/default.conf", "ro")


def test_proxy_buffers_and_times_out_slow_clients():
    directives = nginx_directives(NGINX_CONF.read_text())
    for name in ("client_header_timeout", "client_body_timeout", "send_timeout"):
        assert seconds(directives[name][0]) <= 15, name
    assert directives["proxy_request_buffering"] == ["on"]
    assert directives["proxy_buffering"] == ["on"]
    assert directives["server_tokens"] == ["off"]
    assert directives["server"] == ["web:8000"]
    assert directives["listen"] == ["80"]
    assert directives["proxy_pass"] == ["http://archive"]
    headers = dict(value.split(" ", 1) for value in directives["proxy_set_header"])
    assert headers["Host"] == "$host"
    assert headers["X-Forwarded-For"] == "$proxy_add_x_forwarded_for"
    assert "X-Forwarded-Proto" in headers
    assert directives["client_max_body_size"]
    assert directives["keepalive_requests"]


def test_gunicorn_runs_threads_under_one_config():
    config = runpy.run_path(str(GUNICORN_CONF))
    assert config["worker_class"] == "gthread"
    assert config["workers"] >= 1 and config["threads"] > 1
    assert config["timeout"] > 0
    # nginx lets go of an idle connection to gunicorn before gunicorn closes it.
    upstream = re.search(r"upstream archive \{(.*?)\}", NGINX_CONF.read_text(), re.DOTALL)
    assert (
        seconds(nginx_directives(upstream.group(1))["keepalive_timeout"][0]) < config["keepalive"]
    )
    assert config["limit_request_line"] and config["limit_request_field_size"]
    for path in ("Makefile", "Dockerfile"):
        assert "--config archive/gunicorn.conf.py" in (ROOT / path).read_text(), path


def test_nginx_accepts_the_proxy_config(tmp_path):
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if not nginx:
        pytest.skip("nginx is not installed")
    # `web` resolves only inside compose; nginx -t looks the upstream's name up.
    config = NGINX_CONF.read_text().replace("server web:8000;", "server 127.0.0.1:8000;")
    (tmp_path / "archive.conf").write_text(config)
    # Around it, what the official image's nginx.conf gives it, writing under tmp_path.
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\n"
        "events {}\n"
        "http {\n"
        + "".join(
            f"    {kind}_temp_path {tmp_path}/{kind};\n"
            for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        + f"    include {tmp_path}/archive.conf;\n}}\n"
    )
    result = subprocess.run(
        [
            nginx,
            "-t",
            "-p",
            str(tmp_path),
            "-e",
            str(tmp_path / "error.log"),
            "-c",
            str(tmp_path / "nginx.conf"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


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
