import datetime

import pytest

from meetings.extraction import extract_article


@pytest.fixture
def extract():
    """Extract an article and return its held meetings."""

    def run(text: str, published: datetime.date | None = None, **kwargs):
        article = extract_article(text, published=published, **kwargs)
        return [m for m in article.meetings if m.status == "held"]

    return run


def people(meeting) -> dict:
    """Participants with a name, by name."""
    return {p.name: p for p in meeting.participants if p.name}
