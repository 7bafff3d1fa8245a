"""Reading the articles to ingest: text files, HTML pages, JSON Lines records and URLs.

No database here. Each input becomes an ``ArticleInput`` or raises ``InputError``
with a one-line message, so a batch can report a bad item and carry on. Whatever the
input, its text passes ``meetings.extraction.reading.check_article_text``, and what it
says about itself is cut to fit the Article columns or refused here, so that storing
it cannot fail on a value's length.
"""

import datetime
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO
from urllib.parse import urlsplit

import trafilatura

from meetings.extraction.reading import (
    ArticleReadError,
    IndexEntry,
    check_article_text,
    decode_article_bytes,
    read_article_file,
)
from meetings.models import EARLIEST_DATE, Article, is_plausible_date, latest_date
from meetings.services.downloads import DownloadError, is_url, url_fetch

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Pages carry markup and scripts around the story, so they may be larger than the
# text files reading.MAX_BYTES allows; anything beyond this is not a news page.
MAX_PAGE_BYTES = 4 * 1024 * 1024
# A JSON Lines record holds at most a page; JSON's \uXXXX escapes take 6 bytes for an
# Arabic letter that UTF-8 writes in 2, hence the factor.
MAX_RECORD_BYTES = 3 * MAX_PAGE_BYTES
_CHUNK_BYTES = 64 * 1024
MAX_URL_LENGTH = Article._meta.get_field("url").max_length
MAX_TITLE_LENGTH = Article._meta.get_field("title").max_length
MAX_OUTLET_LENGTH = Article._meta.get_field("outlet").max_length


class InputError(Exception):
    """An input that cannot be read as an article; the message is one line."""


@dataclass(frozen=True)
class ArticleInput:
    """An article's text and what is known about it, ready for ``article_ingest_text``."""

    text: str
    title: str = ""
    url: str = ""
    outlet: str = ""
    published: datetime.date | None = None
    source: str = ""


@dataclass(frozen=True)
class Source:
    """One input not read yet: a file, a URL, or a line of a JSON Lines file.

    A line is known by its byte ``offset`` in the file and read only when its turn
    comes, so a large JSON Lines file is never held in memory whole.
    """

    label: str
    location: str
    offset: int | None = None
    error: str = ""


def sources_expand(arguments: Iterable[str]) -> list[Source]:
    """The inputs named on the command line, directories walked and JSON Lines split.

    A directory without any file to read, or a JSON Lines file without any record,
    becomes a failed input: a run that reads nothing must not look like a success.
    """
    sources: list[Source] = []
    for argument in arguments:
        if is_url(argument):
            sources.append(Source(label=argument, location=argument))
            continue
        path = Path(argument)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
            )
            if not files:
                suffixes = ", ".join(sorted(SUPPORTED_SUFFIXES))
                sources.append(_failed(path, f"no files to read in the directory ({suffixes})"))
            for file in files:
                sources += _file_sources(file)
        else:
            sources += _file_sources(path)
    return sources


def _file_sources(path: Path) -> list[Source]:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return [Source(label=str(path), location=str(path))]
    sources: list[Source] = []
    try:
        with path.open("rb") as file:
            number = 0
            while True:
                offset = file.tell()
                line, too_long = _record_line(file)
                if not line and not too_long:
                    break
                number += 1
                label = f"{path}:{number}"
                if too_long:
                    sources.append(Source(label=label, location=str(path), error=_too_long()))
                elif line.strip():
                    sources.append(Source(label=label, location=str(path), offset=offset))
    except OSError as error:
        return [_failed(path, error.strerror or _one_line(error))]
    return sources or [_failed(path, "no records in the file")]


def _record_line(file: BinaryIO) -> tuple[bytes, bool]:
    """The next line of a JSON Lines file, and whether it is too long to read.

    A line too long is skipped to its end, a bounded piece at a time, never held whole.
    At the end of the file: ``(b"", False)``.
    """
    line = file.readline(MAX_RECORD_BYTES + 1)
    if len(line) <= MAX_RECORD_BYTES or line.endswith(b"\n"):
        return line, False
    while (rest := file.readline(_CHUNK_BYTES)) and not rest.endswith(b"\n"):
        pass
    return b"", True


def _too_long() -> str:
    return f"record too large (over {MAX_RECORD_BYTES:,} bytes)"


def _failed(path: Path, error: str) -> Source:
    return Source(label=str(path), location=str(path), error=error)


def source_read(
    source: Source, *, index: Mapping[str, IndexEntry], outlet: str = ""
) -> ArticleInput:
    """Read one input as an article; raises InputError saying why it cannot be.

    ``index`` gives files their metadata by base name (``reading.read_index``).
    """
    if source.error:
        raise InputError(source.error)
    if source.offset is not None:
        article = _from_record(_record_at(Path(source.location), source.offset))
    elif is_url(source.location):
        try:
            body, url, content_type, charset = url_fetch(
                _checked_url(source.location), max_bytes=MAX_PAGE_BYTES
            )
        except DownloadError as error:
            raise InputError(str(error)) from None
        if content_type == "text/plain":
            try:
                text = check_article_text(decode_article_bytes(body, charset=charset))
            except ArticleReadError as error:
                raise InputError(str(error)) from None
            article = ArticleInput(text=text, url=url)
        else:
            article = _from_html(body, url=url)
    else:
        path = Path(source.location)
        if path.suffix.lower() in HTML_SUFFIXES:
            article = _from_html(_read_limited(path), url="")
        else:
            try:
                article = ArticleInput(text=read_article_file(path))
            except ArticleReadError as error:
                raise InputError(str(error)) from None
        entry = index.get(path.name, IndexEntry())
        article = _with_metadata(
            replace(article, source=path.name),
            url=entry.url,
            title=entry.title,
            outlet=entry.outlet,
            published=entry.published,
        )
    return replace(
        article,
        url=_checked_url(article.url),
        title=_shortened(article.title, MAX_TITLE_LENGTH),
        outlet=_shortened(outlet or article.outlet, MAX_OUTLET_LENGTH),
    )


def _record_at(path: Path, offset: int) -> str:
    """The JSON Lines record starting at ``offset`` (see ``_file_sources``)."""
    try:
        with path.open("rb") as file:
            file.seek(offset)
            line, too_long = _record_line(file)
    except OSError as error:
        raise InputError(error.strerror or _one_line(error)) from None
    if too_long:
        raise InputError(_too_long())
    try:
        # utf-8-sig: the first line may carry the BOM of a file saved by Windows tools.
        return line.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8 text") from None


def _from_record(line: str) -> ArticleInput:
    """A JSON Lines record: ``{url, title, published, text | html, outlet?}``."""
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(f"not JSON: {_one_line(error)}") from None
    if not isinstance(record, dict):
        raise InputError("not a JSON object")
    if any("\x00" in value for value in record.values() if isinstance(value, str)):
        # JSON can escape it (\u0000), but PostgreSQL cannot store it in text.
        raise InputError("the record holds a NUL character (\\u0000)")
    if record.get("text"):
        article = ArticleInput(text=_checked(str(record["text"])))
    elif record.get("html"):
        article = _from_html(str(record["html"]), url=str(record.get("url") or ""))
    else:
        raise InputError("the record has neither text nor html")
    return _with_metadata(
        article,
        url=str(record.get("url") or ""),
        title=str(record.get("title") or ""),
        outlet=str(record.get("outlet") or ""),
        published=_parse_date(record.get("published")),
    )


def _from_html(html: bytes | str, *, url: str) -> ArticleInput:
    """The page's main text (trafilatura), with its title, date and URL when it states them."""
    if len(html.encode() if isinstance(html, str) else html) > MAX_PAGE_BYTES:
        raise InputError(f"page too large (over {MAX_PAGE_BYTES:,} bytes)")
    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    if document is None:
        raise InputError("no article text found in the page")
    stated_url = document.url or ""
    return ArticleInput(
        text=_checked(document.text or ""),
        title=document.title or "",
        # The page's own (canonical) URL only when it can be stored as a link; a page
        # is not refused for what its metadata says.
        url=stated_url if _acceptable_url(stated_url) else url,
        published=_parse_date(document.date),
    )


def _with_metadata(
    article: ArticleInput,
    *,
    url: str,
    title: str,
    outlet: str,
    published: datetime.date | None,
) -> ArticleInput:
    """The article with what an index entry or a record says about it, where it says it."""
    published = published or article.published
    if published is not None and not is_plausible_date(published):
        raise InputError(
            f"published date {published} is outside the dates the archive holds "
            f"({EARLIEST_DATE} to {latest_date()})"
        )
    return replace(
        article,
        url=url or article.url,
        title=title or article.title,
        outlet=outlet or article.outlet,
        published=published,
    )


def _acceptable_url(url: str) -> bool:
    return is_url(url) and len(url) <= MAX_URL_LENGTH


def _checked_url(url: str) -> str:
    """Only http(s) links are stored: the URL becomes a link on public and admin pages,
    where a ``javascript:`` URL would run in the reader's (or an editor's) session.
    A URL longer than the column is refused rather than cut: cut, it would lead elsewhere.
    """
    if url and urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError(f"not an http(s) URL: {url[:200]!r}")
    if len(url) > MAX_URL_LENGTH:
        raise InputError(f"URL too long ({len(url):,} characters; the limit is {MAX_URL_LENGTH:,})")
    return url


def _shortened(value: str, limit: int) -> str:
    """``value`` on one line, cut to ``limit`` characters at a word boundary when longer.

    Titles and outlet names are shown, not followed: a cut one, marked with an
    ellipsis, still says what the article is.
    """
    value = " ".join(value.split())
    if len(value) <= limit:
        return value
    cut = value[: limit - 1]
    head, space, _tail = cut.rpartition(" ")
    return (head if space and len(head) > limit // 2 else cut) + "…"


def _checked(text: str) -> str:
    try:
        return check_article_text(text)
    except ArticleReadError as error:
        raise InputError(str(error)) from None


def _read_limited(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PAGE_BYTES:
            raise InputError(f"file too large ({size:,} bytes; the limit is {MAX_PAGE_BYTES:,})")
        data = path.read_bytes()
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None
    if not data.strip():
        raise InputError("empty file")
    return data


def _parse_date(value: object) -> datetime.date | None:
    if not value:
        return None
    try:
        # Dates may come with a time ("2024-05-15T10:00:00Z"); the day is what counts.
        return datetime.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise InputError(f"not a date: {value!r}") from None


def _one_line(error: object) -> str:
    return " ".join(str(error).split())
