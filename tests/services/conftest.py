import copy
from types import SimpleNamespace

import pytest

from meetings.services import ingestion


@pytest.fixture
def no_proxy(monkeypatch):
    """Requests to the local test server must not go through a proxy from the environment."""
    for name in (
        "http_proxy",
        "https_proxy",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "all_proxy",
        "ALL_PROXY",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def scripted_extractor(monkeypatch):
    """Stand in for the extractor: ``scripted_extractor.meetings[text]`` is what it finds.

    Re-extraction tests need to say exactly what "the improved extractor" reports.
    The calls' ``topic_cues`` are kept in ``scripted_extractor.cues``, their
    ``known_people`` in ``scripted_extractor.known``.
    """

    class Scripted:
        def __init__(self):
            self.meetings: dict[str, list[dict]] = {}
            self.cues: list = []
            self.known: list = []

        def __call__(self, text, *, source="", published=None, topic_cues=None, known_people=None):
            self.cues.append(topic_cues)
            self.known.append(known_people)
            found = copy.deepcopy(self.meetings.get(text, []))
            return SimpleNamespace(
                title=None,
                published=published,
                to_json=lambda: {"source": source, "published": None, "meetings": found},
            )

    scripted = Scripted()
    monkeypatch.setattr(ingestion, "extract_article", scripted)
    return scripted
