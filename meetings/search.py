"""Text preparation for PostgreSQL full-text search.

Stored search columns and incoming queries both pass through ``search_normalize``;
PostgreSQL then applies its ``arabic`` Snowball stemmer (SEARCH_CONFIG).
"""

from meetings.extraction.normalize import normalize_arabic

# PostgreSQL's Snowball Arabic configuration; one constant so vectors and queries agree.
SEARCH_CONFIG = "arabic"


def search_normalize(text: str) -> str:
    """Normalise text for the search index and for queries alike."""
    return normalize_arabic(text or "")
