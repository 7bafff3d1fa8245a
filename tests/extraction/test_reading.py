import datetime
import json

import pytest

from meetings.extraction.reading import (
    MAX_BYTES,
    ArticleReadError,
    IndexEntry,
    IndexReadError,
    check_article_text,
    decode_article_bytes,
    read_article_file,
    read_index,
)

ARTICLE = "التقى وزير الداخلية الليبي نادر سالم نظيره التونسي منير بلحاج في تونس لبحث أمن الحدود."


@pytest.mark.parametrize(
    "data",
    [
        ARTICLE.encode("utf-8"),
        b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
        ARTICLE.encode("utf-16"),
        ARTICLE.encode("utf-16-le"),
        ARTICLE.encode("windows-1256"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le", "windows-1256"],
)
def test_encodings(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    assert read_article_file(path).strip() == ARTICLE


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"   \n\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (b"The interior minister met his Italian counterpart in Tripoli.", "no Arabic text"),
    ],
)
def test_bad_files(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(ArticleReadError, match=message):
        read_article_file(path)


def test_a_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(5 * 1024 * 1024)
    assert path.stat().st_size > MAX_BYTES
    with pytest.raises(ArticleReadError, match="too large"):
        read_article_file(path)


def test_missing_file(tmp_path):
    with pytest.raises(ArticleReadError):
        read_article_file(tmp_path / "missing.txt")


@pytest.mark.parametrize(
    ("data", "charset"),
    [
        (ARTICLE.encode("windows-1256"), None),
        (ARTICLE.encode("windows-1256"), "windows-1256"),
        # A label Python does not know, or one the bytes contradict: the bytes decide.
        (ARTICLE.encode("utf-8"), "x-no-such-charset"),
        (ARTICLE.encode("utf-8"), "ascii"),
        # A BOM outweighs the label.
        (ARTICLE.encode("utf-16"), "utf-8"),
    ],
)
def test_decoding_bytes_honours_a_usable_charset(data, charset):
    assert decode_article_bytes(data, charset=charset) == ARTICLE


def test_a_declared_charset_comes_first():
    # These bytes are valid UTF-8 too; the sender said they are Latin-1.
    assert decode_article_bytes("café".encode(), charset="latin-1") == "cafÃ©"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("  \n", "no article text"),
        ("An English report with a short Arabic quote: " * 5 + ARTICLE[:40], "no Arabic text"),
        (ARTICLE * (MAX_BYTES // len(ARTICLE.encode()) + 1), "text too large"),
    ],
)
def test_checking_a_text(text, message):
    with pytest.raises(ArticleReadError, match=message):
        check_article_text(text)
    assert check_article_text(ARTICLE) == ARTICLE


def test_an_index_is_keyed_by_file_name(tmp_path):
    path = tmp_path / "index.json"
    rows = [
        {"source": "dev/articles/101.txt", "url": "https://example.org/1", "published": None},
        {"source": "102.txt", "published": "2024-05-15T10:00:00Z", "title": "عنوان"},
    ]
    path.write_text(json.dumps(rows), encoding="utf-8")
    assert read_index(path) == {
        "101.txt": IndexEntry(url="https://example.org/1"),
        "102.txt": IndexEntry(published=datetime.date(2024, 5, 15), title="عنوان"),
    }


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "cannot read the index"),
        ('{"source": "a.txt"}', "the index is not a JSON list"),
        ('[{"source": "a.txt"}, "b.txt"]', "entry 2: not a JSON object"),
        ('[{"url": "https://example.org/1"}]', "entry 1: no source file name"),
        ('[{"source": "a.txt", "published": "yesterday"}]', "entry 1: published is not a date"),
        ('[{"source": "a.txt", "url": 7}]', "entry 1: url is not a string"),
        ('[{"source": "x/a.txt"}, {"source": "y/a.txt"}]', "entries 1 and 2 both describe"),
    ],
)
def test_a_malformed_index_is_refused_in_one_line(tmp_path, content, message):
    path = tmp_path / "index.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IndexReadError, match=message) as raised:
        read_index(path)
    assert str(raised.value).startswith(f"{path}: ") and "\n" not in str(raised.value)
