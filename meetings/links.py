"""Links to the archive's pages, reversed once per kind of page.

A list page links every meeting, person, country and topic it shows: some two hundred
links, each a full ``reverse()`` (resolver lookup, language prefix, quoting). The
address of a page differs from its neighbour's only by the key in it, so each kind is
reversed once (per language, script prefix and URLconf) with a placeholder, and the
key is put in its place.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from django.conf import settings
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# Digits only, so every converter the detail pages use (int, slug, str) accepts it, and
# long enough that no address holds it by chance.
_PLACEHOLDER = "9081726354"
# Keys that need no quoting in a path: ids and ASCII codes ("LY", "migration").
_PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]+")


def page_url(viewname: str, key: int | str) -> str:
    """``reverse(viewname, args=[key])``, the resolver consulted once per kind."""
    return page_urls(viewname)(key)


def page_urls(viewname: str) -> Callable[[int | str], str]:
    """``page_url`` for many keys of one kind: the language, script prefix and URLconf
    (each a thread-local lookup) are read once, not once per link."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    template = _template(viewname, get_language(), get_script_prefix(), urlconf)

    def url(key: int | str) -> str:
        key = str(key)
        if not _PLAIN_KEY.fullmatch(key):
            return reverse(viewname, args=[key])
        return template.replace(_PLACEHOLDER, key, 1)

    return url


@lru_cache(maxsize=256)
def _template(viewname: str, language: str | None, prefix: str, urlconf: str) -> str:
    return reverse(viewname, args=[_PLACEHOLDER], urlconf=urlconf)
