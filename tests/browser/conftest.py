"""Headless Debian Chromium driven by Playwright against pytest-django's live server.

Playwright's own browser download is not used (it cannot be fetched here); the
system's /usr/bin/chromium is. When it is missing the tests skip, unless
REQUIRE_BROWSER=1 (set by .ci/run), which turns a missing browser into a failure.
"""

import os
import shutil
from pathlib import Path

import pytest

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests
# make around it are still synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _chromium_path() -> str | None:
    return (
        os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    )


@pytest.fixture(scope="session")
def browser(django_db_setup):
    executable = _chromium_path()
    if executable is None:
        message = "Chromium not found (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from django.db import DEFAULT_DB_ALIAS, connections
    from playwright.sync_api import sync_playwright

    serialized = getattr(connections[DEFAULT_DB_ALIAS], "_test_serialized_contents", None)
    with sync_playwright() as playwright:
        # Playwright runs an event loop in this thread, and while one runs Django's
        # connections are context-local: the tests now get another connection object
        # than the one the test database was set up with. Transactional tests restore
        # the data migrations wrote (serialized_rollback) from an attribute of that
        # object, so it is carried over; without it they start with empty tables.
        if serialized is not None:
            connections[DEFAULT_DB_ALIAS]._test_serialized_contents = serialized
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="ar")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


@pytest.fixture
def artifacts_dir() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
