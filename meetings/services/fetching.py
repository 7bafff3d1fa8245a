"""Reading the articles to ingest: text files, HTML pages, JSON Lines records and URLs.

No database here. Each input becomes an ``ArticleInput`` or raises ``InputError``
with a one-line message, so a batch can report a bad item and carry on.
"""

import datetime
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

from meetings.extraction.reading import ArticleReadError, read_article_file

TEXT_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
# Pages carry markup and scripts around the story, so they may be larger than the
# text files reading.MAX_BYTES allows; anything beyond this is not a news page.
MAX_PAGE_BYTES = 4 * 1024 * 1024
FETCH_TIMEOUT = 20.0  # seconds, for connecting and for each read
USER_AGENT = "meetings-archive/0.1 (+ingest)"
_URL = re.compile(r"^https?://", re.IGNORECASE)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06FF]")
_MIN_ARABIC_LETTERS = 20  # as meetings.extraction.reading demands of text files


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
    """One input not read yet: a file, a URL, or a line of a JSON Lines file."""

    label: str
    location: str
    record: str | None = None
    error: str = ""


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


def sources_expand(arguments: Iterable[str]) -> list[Source]:
    """The inputs named on the command line, directories walked and JSON Lines split."""
    sources: list[Source] = []
    for argument in arguments:
        if is_url(argument):
            sources.append(Source(label=argument, location=argument))
            continue
        path = Path(argument)
        if path.is_dir():
            suffixes = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in suffixes
            )
            for file in files:
                sources += _file_sources(file)
        else:
            sources += _file_sources(path)
    return sources


def _file_sources(path: Path) -> list[Source]:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return [Source(label=str(path), location=str(path))]
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        return [Source(label=str(path), location=str(path), error=_one_line(error))]
    return [
        Source(label=f"{path}:{number}", location=str(path), record=line)
        for number, line in enumerate(lines, start=1)
        if line.strip()
    ]


def index_load(path: Path) -> dict[str, dict]:
    """An index file: a JSON list of ``{source, url, published, title?, outlet?}``.

    Keyed by ``source``, the base name of the article file it describes.
    """
    try:
        rows = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise InputError(f"{path}: {_one_line(error)}") from None
    if not isinstance(rows, list):
        raise InputError(f"{path}: not a JSON list")
    return {row["source"]: row for row in rows if isinstance(row, dict) and row.get("source")}


def source_read(source: Source, *, index: Mapping[str, dict], outlet: str = "") -> ArticleInput:
    """Read one input as an article; raises InputError saying why it cannot be."""
    if source.error:
        raise InputError(source.error)
    if source.record is not None:
        article = _from_record(source.record)
    elif is_url(source.location):
        body, url, content_type, charset = url_fetch(source.location)
        if content_type == "text/plain":
            text = body.decode(charset or "utf-8", errors="replace")
            article = ArticleInput(text=_checked(text), url=url)
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
        article = replace(article, source=path.name)
        article = _with_metadata(article, index.get(path.name, {}))
    return replace(article, outlet=outlet or article.outlet)


def url_fetch(
    url: str, *, timeout: float = FETCH_TIMEOUT, max_bytes: int = MAX_PAGE_BYTES
) -> tuple[bytes, str, str, str | None]:
    """An http(s) page's body, final URL, content type and charset, size- and time-limited."""
    if not is_url(url):
        raise InputError("only http and https URLs are fetched")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise InputError(
                    f"page too large ({int(length):,} bytes; the limit is {max_bytes:,})"
                )
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise InputError(f"page too large (over {max_bytes:,} bytes)")
            headers = response.headers
            return (
                body,
                response.geturl(),
                headers.get_content_type(),
                headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise InputError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise InputError(f"cannot fetch: {_one_line(error.reason)}") from None
    except TimeoutError:
        raise InputError(f"timed out after {timeout:g} s") from None


def _from_record(line: str) -> ArticleInput:
    """A JSON Lines record: ``{url, title, published, text | html}``."""
    try:
        record = json.loads(line)
    except ValueError as error:
        raise InputError(f"not JSON: {_one_line(error)}") from None
    if not isinstance(record, dict):
        raise InputError("not a JSON object")
    if record.get("text"):
        article = ArticleInput(text=_checked(str(record["text"])))
    elif record.get("html"):
        article = _from_html(str(record["html"]), url=record.get("url") or "")
    else:
        raise InputError("the record has neither text nor html")
    return _with_metadata(article, record)


def _from_html(html: bytes | str, *, url: str) -> ArticleInput:
    """The page's main text (trafilatura), with its title, date and URL when it states them."""
    document = trafilatura.bare_extraction(html, url=url or None, with_metadata=True)
    if document is None or not (document.text or "").strip():
        raise InputError("no article text found in the page")
    return ArticleInput(
        text=_checked(document.text),
        title=document.title or "",
        url=document.url or url,
        published=_parse_date(document.date),
    )


def _with_metadata(article: ArticleInput, metadata: Mapping) -> ArticleInput:
    """The article with an index entry's or a record's url/title/published/outlet."""
    return replace(
        article,
        url=_checked_url(metadata.get("url") or article.url),
        title=metadata.get("title") or article.title,
        outlet=metadata.get("outlet") or article.outlet,
        published=_parse_date(metadata.get("published")) or article.published,
    )


def _checked_url(url: str | None) -> str:
    """Only http(s) links are stored: the URL becomes a link on public and admin pages,
    where a ``javascript:`` URL would run in the reader's (or an editor's) session."""
    if url and urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError(f"not an http(s) URL: {url!r}")
    return url or ""


def _checked(text: str) -> str:
    if not text.strip():
        raise InputError("no article text")
    if len(_ARABIC_LETTER.findall(text)) < _MIN_ARABIC_LETTERS:
        raise InputError("no Arabic text")
    return text


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
