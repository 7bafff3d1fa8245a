"""Caching until the next write: every figure the other modules cache is kept under a
key that carries the data version, so a write to meetings makes it unreachable at once."""

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from django.core.cache import cache

from meetings.models import DataVersion

T = TypeVar("T")

# The data version read once for a whole page (`one_data_version`), else None.
_page_version: ContextVar[dict | None] = ContextVar("page_data_version", default=None)

# Cached counts are keyed by the data version, so a write makes them unreachable at
# once; the timeout only lets unused entries age out of the cache table.
COUNTS_CACHE_SECONDS = 24 * 60 * 60
# Part of every cached figure's key: raise it when what is cached changes meaning, so
# a deploy does not serve figures computed by the code it replaced.
CACHE_GENERATION = 2


def data_version() -> int | None:
    """The number every write to meetings bumps (see ``DataVersion``), or None when its
    row is missing (a flushed test database): then nothing may be cached, as an entry
    stored before the flush could not be told from a new one. Inside
    ``one_data_version``, read once."""
    page = _page_version.get()
    if page is not None and "version" in page:
        return page["version"]
    version = DataVersion.objects.filter(pk=1).values_list("value", flat=True).first()
    if page is not None:
        page["version"] = version
    return version


@contextmanager
def one_data_version() -> Iterator[None]:
    """Read the data version once for everything cached inside: a page that writes
    nothing shows figures of one version, for one query instead of one per figure."""
    token = _page_version.set({})
    try:
        yield
    finally:
        _page_version.reset(token)


def cached_until_write(key: str, compute: Callable[[], T]) -> T:
    """``compute()``, kept in the cache until the next write to meetings.

    The cache is the default one (a database table, see settings.CACHES): shared by
    every worker, and rolled back with a test's transaction. ``key`` must say
    everything the result depends on besides the data, the page's language included.
    """
    version = data_version()
    if version is None:
        return compute()
    key = f"{key}:g{CACHE_GENERATION}:v{version}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, COUNTS_CACHE_SECONDS)
    return value
