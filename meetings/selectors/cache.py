"""Caching until the next write: every figure the other modules cache is kept under a
key that carries the data version, so a write to meetings makes it unreachable at once."""

from collections.abc import Callable
from typing import TypeVar

from django.core.cache import cache

from meetings.models import DataVersion

T = TypeVar("T")

# Cached counts are keyed by the data version, so a write makes them unreachable at
# once; the timeout only lets unused entries age out of the cache table.
COUNTS_CACHE_SECONDS = 24 * 60 * 60
# Part of every cached figure's key: raise it when what is cached changes meaning, so
# a deploy does not serve figures computed by the code it replaced.
CACHE_GENERATION = 2


def data_version() -> int | None:
    """The number every write to meetings bumps (see ``DataVersion``), or None when its
    row is missing (a flushed test database): then nothing may be cached, as an entry
    stored before the flush could not be told from a new one."""
    return DataVersion.objects.filter(pk=1).values_list("value", flat=True).first()


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
