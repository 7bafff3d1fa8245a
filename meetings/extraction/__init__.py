"""Meetings extracted from Arabic news articles (see shared/extraction-spec.md).

Pure Python: the database is not touched here. `extract_article` reads one article's
text and returns what it reports; `clean_article_text` is the story without the page
around it; `find_published_date` the date the article gives itself. The reading is a
pipeline of small passes over one document (see `pipeline`).
"""

import datetime as dt
from collections.abc import Mapping, MutableMapping, Sequence

from .document import Document
from .known import KnownPeople
from .lexicon import load_lexicon
from .pipeline import run
from .published import find_published_date
from .results import ExtractedArticle, ExtractedMeeting, ExtractedParticipant
from .text import clean_article_text
from .topics import topic_patterns

__all__ = [
    "KnownPeople",
    "ExtractedArticle",
    "ExtractedMeeting",
    "ExtractedParticipant",
    "clean_article_text",
    "extract_article",
    "find_published_date",
]


def extract_article(
    text: str,
    *,
    source: str = "",
    published: dt.date | None = None,
    topic_cues: Mapping[str, Sequence[str]] | None = None,
    known_people: KnownPeople | None = None,
    timings: MutableMapping[str, float] | None = None,
) -> ExtractedArticle:
    """Every meeting the article reports.

    `published` is used when the text states no date of its own. `topic_cues` maps
    topic codes to Arabic cue words (the database's Topic table in production); they
    extend the package's data/topics.json, whose cue words keep improving after a
    database has copied them. `known_people` are the archive's people (see `known`):
    recognised anywhere by any form of their name, of the state the archive gives them.
    `timings`, when given, gets the seconds each pass took added under its name (see
    `pipeline.run`).
    """
    lex = load_lexicon()
    patterns = topic_patterns(lex.topics, topic_cues, lex.topic_qualifiers)
    document = Document(text, published, lex, patterns, known=known_people)
    run(document, timings)
    return ExtractedArticle(source, document.published, document.title, document.meetings)
