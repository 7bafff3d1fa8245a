"""Reading inputs; URLs are fetched from a server this test starts on 127.0.0.1 only."""

import datetime
import json

import pytest

from meetings.extraction.reading import MAX_BYTES, read_index
from meetings.services import fetching
from meetings.services.fetching import (
    MAX_OUTLET_LENGTH,
    MAX_TITLE_LENGTH,
    MAX_URL_LENGTH,
    InputError,
    Source,
    source_read,
    sources_expand,
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


def test_text_files_take_their_metadata_from_the_index_by_file_name(tmp_path):
    (tmp_path / "101.txt").write_text(STORY, encoding="utf-16")
    index = tmp_path / "index.json"
    index.write_text(
        json.dumps(
            [
                {
                    "source": "articles/101.txt",
                    "url": "https://example.org/1",
                    "published": "2024-05-15",
                }
            ]
        )
    )
    article = read(tmp_path / "101.txt", index=read_index(index))
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


def test_a_url_that_cannot_be_downloaded_is_refused_in_one_line(no_proxy):
    with serving({}) as base:
        with pytest.raises(InputError, match=r"^HTTP 404 "):
            source_read(Source(label="url", location=f"{base}/missing"), index={})


def test_a_record_whose_url_is_not_http_is_refused(tmp_path):
    # The URL becomes a link on public and admin pages: javascript: must never get there.
    record = json.dumps({"url": "javascript:alert(1)", "title": "عنوان", "text": STORY})
    (tmp_path / "batch.jsonl").write_text(record, encoding="utf-8")
    [source] = sources_expand([str(tmp_path / "batch.jsonl")])
    with pytest.raises(InputError, match="not an http"):
        source_read(source, index={})


def jsonl_sources(tmp_path, *records):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(map(json.dumps, records)), encoding="utf-8")
    return sources_expand([str(path)])


def test_a_mostly_english_page_or_record_is_refused_like_a_text_file(tmp_path):
    english = "The ministers discussed migration, border security and trade at length. " * 8
    page = f"<html><body><article><p>{english}</p><p>{STORY[:60]}</p></article></body></html>"
    path = tmp_path / "english.html"
    path.write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="no Arabic text"):
        read(path)
    [source] = jsonl_sources(tmp_path, {"text": english + STORY[:60]})
    with pytest.raises(InputError, match="no Arabic text"):
        source_read(source, index={})


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "1900-06-01"])
def test_a_published_date_outside_the_archives_dates_is_refused(tmp_path, published):
    [source] = jsonl_sources(tmp_path, {"text": STORY, "published": published})
    with pytest.raises(InputError, match=f"published date {published} is outside"):
        source_read(source, index={})


@pytest.mark.parametrize("field", ["text", "title", "url"])
def test_a_record_holding_a_nul_character_is_refused_in_one_line(tmp_path, field):
    record = {"text": STORY, "title": "عنوان", "url": "https://example.org/a"}
    record[field] += "\x00"
    [source] = jsonl_sources(tmp_path, record)
    with pytest.raises(InputError, match="NUL character"):
        source_read(source, index={})


def test_a_record_with_a_huge_text_is_refused(tmp_path):
    [source] = jsonl_sources(tmp_path, {"text": STORY * (MAX_BYTES // len(STORY.encode()) + 1)})
    with pytest.raises(InputError, match="text too large"):
        source_read(source, index={})


def test_json_lines_are_read_a_line_at_a_time_and_an_overlong_line_is_refused(
    tmp_path, monkeypatch
):
    monkeypatch.setattr(fetching, "MAX_RECORD_BYTES", 2_000)
    long_record = {"text": STORY * 20}
    sources = jsonl_sources(tmp_path, long_record, {"text": STORY, "title": "عنوان"})
    assert [source.label.rsplit(":", 1)[1] for source in sources] == ["1", "2"]
    with pytest.raises(InputError, match="record too large"):
        source_read(sources[0], index={})
    assert source_read(sources[1], index={}).title == "عنوان"


def test_a_directory_or_json_lines_file_with_nothing_to_read_fails(tmp_path):
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    [directory] = sources_expand([str(tmp_path)])
    assert directory.error == "no records in the file"
    (tmp_path / "empty.jsonl").unlink()
    [directory] = sources_expand([str(tmp_path)])
    with pytest.raises(InputError, match="no files to read in the directory"):
        source_read(directory, index={})


def test_values_longer_than_the_columns(tmp_path):
    long_url = "https://example.org/" + "a" * MAX_URL_LENGTH
    [source] = jsonl_sources(tmp_path, {"url": long_url, "text": STORY})
    with pytest.raises(InputError, match="URL too long"):
        source_read(source, index={})

    title = "عنوان طويل جدا " * 200
    [source] = jsonl_sources(tmp_path, {"title": title, "text": STORY})
    article = source_read(source, index={}, outlet="موقع " * 100)
    # Cut between words, and marked as cut.
    assert len(article.title) <= MAX_TITLE_LENGTH and article.title.endswith("…")
    assert title.startswith(article.title.removesuffix("…") + " ")
    assert len(article.outlet) <= MAX_OUTLET_LENGTH and article.outlet.endswith("موقع…")


def test_plain_text_is_decoded_as_an_article_file_is(no_proxy):
    routes = {
        # No charset declared: the bytes tell it is windows-1256.
        "/cp1256": (200, "text/plain", STORY.encode("windows-1256")),
        # A charset Python does not know: the bytes tell it is UTF-8.
        "/unknown": (200, "text/plain; charset=x-no-such-charset", STORY.encode()),
        "/declared": (200, "text/plain; charset=windows-1256", STORY.encode("windows-1256")),
    }
    with serving(routes) as base:
        for path in routes:
            article = source_read(Source(label=path, location=f"{base}{path}"), index={})
            assert article.text == STORY, path


def test_a_pages_own_url_is_kept_only_when_it_can_be_a_link(no_proxy):
    page = PAGE.replace("https://example.org/news/1", "javascript:alert(1)")
    with serving({"/news/2": (200, "text/html; charset=utf-8", page.encode())}) as base:
        article = source_read(Source(label="url", location=f"{base}/news/2"), index={})
    assert article.url == f"{base}/news/2"
