"""Reading inputs; URLs are fetched from a server this test starts on 127.0.0.1 only."""

import datetime
import json

import pytest

from meetings.services.fetching import (
    InputError,
    Source,
    index_load,
    source_read,
    sources_expand,
    url_fetch,
)
from tests.services.http_server import serving

STORY = (
    "التقى وزير الداخلية الليبي سالم الورفلي اليوم في طرابلس وزير الداخلية الإيطالي "
    "ماركو بيانكي، وبحث الجانبان ملف الهجرة غير الشرعية وتأمين الحدود الجنوبية."
)
PAGE = f"""<html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>عنوان الصفحة | الموقع</title>
<meta property="og:title" content="الورفلي يلتقي بيانكي في طرابلس">
<meta property="og:url" content="https://example.org/news/1">
<meta property="article:published_time" content="2024-05-15T10:00:00Z">
</head><body><nav><a href="/">الرئيسية</a> / <a href="/news">أخبار</a></nav>
<article><h1>الورفلي يلتقي بيانكي في طرابلس</h1><p>{STORY}</p>
<p>واتفق الطرفان على تعزيز التعاون الأمني وتبادل المعلومات بين الأجهزة المختصة.</p></article>
<footer>جميع الحقوق محفوظة</footer></body></html>"""


def read(path, **kwargs):
    return source_read(
        Source(label=str(path), location=str(path)), index=kwargs.pop("index", {}), **kwargs
    )


def test_a_page_gives_its_main_text_and_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = read(path, outlet="ليبيا اليوم")
    assert STORY in article.text and "الرئيسية" not in article.text
    assert article.title == "الورفلي يلتقي بيانكي في طرابلس"
    assert article.url == "https://example.org/news/1"
    assert article.published == datetime.date(2024, 5, 15)
    assert (article.outlet, article.source) == ("ليبيا اليوم", "page.html")


def test_a_windows_1256_page_is_decoded(tmp_path):
    path = tmp_path / "page.htm"
    path.write_bytes(PAGE.replace('charset="utf-8"', 'charset="windows-1256"').encode("cp1256"))
    assert STORY in read(path).text


def test_text_files_take_their_metadata_from_the_index(tmp_path):
    (tmp_path / "101.txt").write_text(STORY, encoding="utf-16")
    index = tmp_path / "index.json"
    index.write_text(
        json.dumps(
            [{"source": "101.txt", "url": "https://example.org/1", "published": "2024-05-15"}]
        )
    )
    article = read(tmp_path / "101.txt", index=index_load(index))
    assert article.text == STORY
    assert (article.url, article.published) == ("https://example.org/1", datetime.date(2024, 5, 15))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02\x03binary\x00" * 50, "binary file"),
        (b"A meeting report in English only, with no Arabic at all. " * 5, "no Arabic text"),
    ],
)
def test_bad_text_files_are_refused_in_one_line(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read(path)


def test_an_oversized_page_is_refused(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + "نص ".encode() * 1_000_000 + b"</p>")
    with pytest.raises(InputError, match="too large"):
        read(path)


def test_directories_are_walked_and_json_lines_split(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    lines = [
        json.dumps(
            {
                "url": "https://example.org/2",
                "title": "عنوان",
                "published": "2024-05-16",
                "text": STORY,
            }
        ),
        "",
        json.dumps({"url": "https://example.org/3", "html": PAGE}),
        "{not json",
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    sources = sources_expand([str(tmp_path)])
    assert [s.label.removeprefix(str(tmp_path)) for s in sources] == [
        "/a.txt",
        "/batch.jsonl:1",
        "/batch.jsonl:3",
        "/batch.jsonl:4",
    ]
    record = source_read(sources[1], index={})
    assert (record.title, record.published) == ("عنوان", datetime.date(2024, 5, 16))
    assert source_read(sources[2], index={}).url == "https://example.org/3"
    with pytest.raises(InputError, match="not JSON"):
        source_read(sources[3], index={})


def test_a_url_is_fetched_and_read_as_a_page(no_proxy):
    with serving({"/news/1": (200, "text/html; charset=utf-8", PAGE.encode())}) as base:
        article = source_read(Source(label="url", location=f"{base}/news/1"), index={})
    assert STORY in article.text and article.url == "https://example.org/news/1"


def test_fetching_reports_http_errors_size_and_timeouts(no_proxy):
    routes = {
        "/big": (200, "text/html", b"x" * 2048),
        "/slow": (200, "text/html", PAGE.encode()),
    }
    with serving(routes, delay={"/slow": 1.0}) as base:
        with pytest.raises(InputError, match="HTTP 404"):
            url_fetch(f"{base}/missing")
        with pytest.raises(InputError, match="too large"):
            url_fetch(f"{base}/big", max_bytes=1024)
        with pytest.raises(InputError, match="timed out"):
            url_fetch(f"{base}/slow", timeout=0.2)


def test_only_http_urls_are_fetched():
    with pytest.raises(InputError, match="only http"):
        url_fetch("file:///etc/passwd")


def test_a_record_whose_url_is_not_http_is_refused(tmp_path):
    # The URL becomes a link on public and admin pages: javascript: must never get there.
    record = json.dumps({"url": "javascript:alert(1)", "title": "عنوان", "text": STORY})
    (tmp_path / "batch.jsonl").write_text(record, encoding="utf-8")
    [source] = sources_expand([str(tmp_path / "batch.jsonl")])
    with pytest.raises(InputError, match="not an http"):
        source_read(source, index={})
