"""Reading an article whatever its encoding, or saying in one line why not.

Arabic news files come as UTF-8 (with or without a BOM), UTF-16 from Windows tools, or
windows-1256 from older sites. Anything else (an empty or binary file, a text in
another language, a text far larger than any article) is refused with
`ArticleReadError`, whose message the ingestion and the `extract` command print as is.
Every way an article comes in (a file, a page, a JSON Lines record, a URL) goes
through `check_article_text`, so each is refused for the same reasons.

Also the index files that give article files their URL and published date, read the
same way by `extract` and `ingest`.
"""

import codecs
import datetime
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024  # a long article is ~50 KB; anything this size is not one
_MIN_ARABIC_LETTERS = 20
_MIN_ARABIC_SHARE = 0.3
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0E-\x1F\x7F]")


class ArticleReadError(Exception):
    """An input that cannot be read as an Arabic article; the message is one line."""


class IndexReadError(Exception):
    """An index file that cannot be used; the message is one line."""


@dataclass(frozen=True)
class IndexEntry:
    """What an index says about one article file."""

    url: str = ""
    published: datetime.date | None = None
    title: str = ""
    outlet: str = ""


def read_article_file(path: str | os.PathLike) -> str:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size == 0:
            raise ArticleReadError("empty file")
        if size > MAX_BYTES:
            raise ArticleReadError(f"file too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as error:
        raise ArticleReadError(error.strerror or str(error)) from None
    text = decode_article_bytes(data)
    if not text.strip():
        raise ArticleReadError("empty file")
    return check_article_text(text)


def decode_article_bytes(data: bytes, *, charset: str | None = None) -> str:
    """An article's bytes as text: by its BOM, else by ``charset`` when the sender
    declared one that exists and decodes the bytes, else by what the bytes look like."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    text = _declared(data, charset) if charset else None
    if text is None:
        text = _detected(data)
    if len(_CONTROL.findall(text)) > len(text) // 100:
        raise ArticleReadError("binary file")
    return text


def check_article_text(text: str) -> str:
    """``text`` if it can be an Arabic article; raises ArticleReadError saying why not."""
    if not text.strip():
        raise ArticleReadError("no article text")
    # Sizes count UTF-8 bytes, as stored, whatever form the text arrived in.
    size = len(text.encode())
    if size > MAX_BYTES:
        raise ArticleReadError(f"text too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
    arabic = len(_ARABIC.findall(text))
    letters = len(_LETTER.findall(text)) or 1
    if arabic < _MIN_ARABIC_LETTERS or arabic / letters < _MIN_ARABIC_SHARE:
        raise ArticleReadError("no Arabic text")
    return text


def read_index(path: str | os.PathLike) -> dict[str, IndexEntry]:
    """An index file: a JSON list of ``{source, url?, published?, title?, outlet?}``.

    Keyed by the base name of ``source``: articles are looked up by their file's name,
    wherever the file is. Any malformed entry makes the whole index refused, in one
    line naming the entry, rather than some articles silently losing their metadata.
    """
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, ValueError) as error:
        raise IndexReadError(f"{path}: cannot read the index ({_one_line(error)})") from None
    if not isinstance(rows, list):
        raise IndexReadError(f"{path}: the index is not a JSON list")
    entries: dict[str, IndexEntry] = {}
    numbers: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        try:
            name, entry = _index_entry(row)
        except ValueError as error:
            raise IndexReadError(f"{path}: entry {number}: {error}") from None
        if name in entries:
            raise IndexReadError(
                f"{path}: entries {numbers[name]} and {number} both describe {name!r}"
            )
        entries[name], numbers[name] = entry, number
    return entries


def _index_entry(row: object) -> tuple[str, IndexEntry]:
    if not isinstance(row, dict):
        raise ValueError("not a JSON object")
    source = row.get("source")
    if not isinstance(source, str) or not Path(source).name:
        raise ValueError("no source file name")
    values = {}
    for key in ("url", "title", "outlet"):
        value = row.get(key)
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{key} is not a string")
        values[key] = value or ""
    published = row.get("published")
    if published is not None:
        try:
            # A time may follow ("2024-05-15T10:00:00Z"); the day is what counts.
            published = datetime.date.fromisoformat(str(published)[:10])
        except ValueError:
            raise ValueError(f"published is not a date (YYYY-MM-DD): {published!r}") from None
    return Path(source).name, IndexEntry(published=published, **values)


def _declared(data: bytes, charset: str) -> str | None:
    try:
        return data.decode(codecs.lookup(charset).name)
    except (LookupError, UnicodeDecodeError):
        # An unknown or wrong label (servers often send a default one): look at the bytes.
        return None


def _detected(data: bytes) -> str:
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16)
    if b"\x00" in data:
        raise ArticleReadError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: the Arabic single-byte code page, which decodes almost any byte.
        return data.decode("windows-1256", errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text is mostly zero bytes on one side (Latin) or 0x06 (Arabic)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for name, high in (("utf-16-le", odd), ("utf-16-be", even)):
        if sum(b in (0x00, 0x06) for b in high) > 0.9 * len(high):
            return name
    return None


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ArticleReadError(f"not valid {encoding.upper()} text") from None


def _one_line(error: object) -> str:
    return " ".join(str(error).split())
