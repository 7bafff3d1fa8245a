"""Downloading pages: URLs are fetched from a server this test starts on 127.0.0.1 only."""

import time

import pytest

from meetings.services.downloads import DownloadError, url_fetch
from tests.services.http_server import serving

PAGE = "<html><body><p>صفحة خبر</p></body></html>".encode()
PAGE_BYTES = 64 * 1024


def test_fetching_reports_http_errors_size_and_timeouts(no_proxy):
    routes = {
        "/big": (200, "text/html", b"x" * 2048),
        "/slow": (200, "text/html", PAGE),
    }
    with serving(routes, delay={"/slow": 1.0}) as base:
        with pytest.raises(DownloadError, match="HTTP 404"):
            url_fetch(f"{base}/missing", max_bytes=PAGE_BYTES)
        with pytest.raises(DownloadError, match="too large"):
            url_fetch(f"{base}/big", max_bytes=1024)
        with pytest.raises(DownloadError, match="timed out"):
            url_fetch(f"{base}/slow", timeout=0.2, max_bytes=PAGE_BYTES)


def test_only_http_urls_are_fetched():
    with pytest.raises(DownloadError, match="only http"):
        url_fetch("file:///etc/passwd", max_bytes=PAGE_BYTES)


@pytest.mark.parametrize("slow", ["/slow-body", "/slow-headers", "/moved-to-slow-headers"])
def test_a_trickling_server_is_cut_off_at_the_time_limit(no_proxy, slow):
    # One byte every 0.2 s: each read is well within the 5 s timeout, the whole response
    # would take over 20 s. The headers, too, and after a redirect, count against the limit.
    routes = {
        "/slow-body": (200, "text/html", b"x" * 100),
        "/slow-headers": (200, "text/html", b"x" * 100),
        "/moved-to-slow-headers": (302, "text/html", b""),
    }
    with serving(
        routes,
        trickle={"/slow-body": 0.2},
        trickle_headers={"/slow-headers": 0.2},
        headers={"/moved-to-slow-headers": {"Location": "/slow-headers"}},
    ) as base:
        started = time.monotonic()
        with pytest.raises(DownloadError, match=r"^timed out: the download took over 1\.5 s$"):
            url_fetch(f"{base}{slow}", timeout=5, time_limit=1.5, max_bytes=PAGE_BYTES)
        assert time.monotonic() - started < 1.5 + 1


def test_a_chunked_response_without_length_is_size_limited(no_proxy):
    with serving({"/big": (200, "text/html", b"x" * 5000)}, chunked={"/big"}) as base:
        with pytest.raises(DownloadError, match="too large"):
            url_fetch(f"{base}/big", max_bytes=1024)
        body, *_ = url_fetch(f"{base}/big", max_bytes=5000)
    assert body == b"x" * 5000


def test_redirects_are_followed_to_http_urls_only(no_proxy):
    routes = {
        "/news/1": (200, "text/html; charset=utf-8", PAGE),
        "/moved": (301, "text/html", b""),
        "/to-ftp": (302, "text/html", b""),
    }
    headers = {"/moved": {"Location": "/news/1"}, "/to-ftp": {"Location": "ftp://127.0.0.1/x"}}
    with serving(routes, headers=headers) as base:
        body, url, *_ = url_fetch(f"{base}/moved", max_bytes=PAGE_BYTES)
        assert url == f"{base}/news/1" and body == PAGE
        with pytest.raises(DownloadError, match="not http"):
            url_fetch(f"{base}/to-ftp", max_bytes=PAGE_BYTES)
