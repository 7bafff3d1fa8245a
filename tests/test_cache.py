import pytest
from django.core.cache import cache, caches
from django.db import connection

from archive import cache as backend

pytestmark = pytest.mark.django_db


def entries() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM archive_cache")
        return cursor.fetchone()[0]


def test_the_site_cache_is_the_one_statement_backend():
    assert isinstance(caches["default"], backend.PostgresCache)


def test_a_set_stores_and_a_second_set_replaces():
    cache.set("figure", {"total": 1})
    cache.set("figure", {"total": 2})
    assert cache.get("figure") == {"total": 2}
    assert entries() == 1


def test_add_and_touch_keep_django_s_meaning():
    assert cache.add("figure", 1)
    assert not cache.add("figure", 2)
    assert cache.touch("figure", 60)
    assert cache.get("figure") == 1


def test_a_full_table_is_culled_once_every_so_many_sets(monkeypatch):
    monkeypatch.setattr(backend, "CULL_EVERY", 5)
    options = {"MAX_ENTRIES": 3, "CULL_FREQUENCY": 2}
    small = backend.PostgresCache("archive_cache", {"OPTIONS": options})
    for i in range(4):
        small.set(f"figure:{i}", i)
    assert entries() == 4  # over the bound, but not counted yet
    small.set("figure:4", 4)  # the fifth set counts four entries, culls two, then stores
    assert entries() == 3
    assert small.get("figure:4") == 4
