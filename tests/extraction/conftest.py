import datetime

import pytest

from meetings.extraction import extract_article
from meetings.extraction.document import Document
from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.pipeline import PASSES
from meetings.extraction.tokens import tokenize
from meetings.extraction.topics import topic_patterns


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


def roles(text: str) -> dict[str, tuple]:
    """The people one sentence names, by name: (role, country)."""
    mentions = read_mentions(load_lexicon(), tokenize(text)).mentions
    return {m.name: (m.role, m.country) for m in mentions}


def read(text: str, *, until: str, published: datetime.date | None = None) -> Document:
    """The document once the pipeline has run up to and including the pass `until`."""
    assert until in dict(PASSES), until
    lex = load_lexicon()
    document = Document(
        text, published, lex, topic_patterns(lex.topics, None, lex.topic_qualifiers)
    )
    for name, step in PASSES:
        step(document)
        if name == until:
            break
    return document
