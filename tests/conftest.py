"""Shared fixtures. The database is a throwaway ``test_archive`` on the same
PostgreSQL the project uses (the embedded one unless DATABASE_URL is set)."""

import datetime
import os
from pathlib import Path

import pytest
from django.utils import translation

SHARED_DIR = Path(
    os.environ.get("SHARED_DIR", Path(__file__).resolve().parents[1].parent / "shared")
)


@pytest.fixture
def shared_dir() -> Path:
    """The shared articles and gold files, or a skip when this machine has none."""
    if not (SHARED_DIR / "extraction-spec.md").exists():
        pytest.skip(f"no shared data at {SHARED_DIR}")
    return SHARED_DIR


@pytest.fixture
def meeting_data():
    """One meeting in the extraction contract's shape, as ingestion receives it."""

    def make(**overrides):
        data = {
            "date": "2024-05-14",
            "end_date": None,
            "place": "طرابلس",
            "place_country": "LY",
            "countries": ["LY", "IT"],
            "topics": ["migration"],
            "participants": [
                {
                    "name": "سالم الورفلي",
                    "role": "وزير الداخلية",
                    "org": "وزارة الداخلية",
                    "ministry": "interior",
                    "country": "LY",
                },
                {
                    "name": "ماركو بيانكي",
                    "role": "وزير الداخلية",
                    "org": "وزارة الداخلية",
                    "ministry": "interior",
                    "country": "IT",
                },
            ],
            "evidence": "التقى وزير الداخلية الليبي نظيره الإيطالي في طرابلس.",
        }
        data.update(overrides)
        return data

    return make


@pytest.fixture
def today() -> datetime.date:
    return datetime.date(2024, 5, 15)


@pytest.fixture(autouse=True)
def plain_static_storage(settings):
    """Serve static files without the collectstatic manifest production uses."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the site's default language: a request a test makes through
    the client leaves its language active in the thread for whatever runs next."""
    yield
    translation.deactivate()
