import pytest

from meetings.extraction.reading import MAX_BYTES, ArticleReadError, read_article_file

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
