"""Reading an article file whatever its encoding, or saying in one line why not.

Arabic news files come as UTF-8 (with or without a BOM), UTF-16 from Windows tools, or
windows-1256 from older sites. Anything else (an empty or binary file, a file in
another language, a file far larger than any article) is refused with
`ArticleReadError`, whose message the ingestion and the `extract` command print as is.
"""

import os
import re
from pathlib import Path

MAX_BYTES = 2 * 1024 * 1024  # a long article is ~50 KB; anything this size is not one
_MIN_ARABIC_LETTERS = 20
_MIN_ARABIC_SHARE = 0.3
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_LETTER = re.compile(r"[^\W\d_]")
_CONTROL = re.compile(r"[\x00-\x08\x0E-\x1F\x7F]")


class ArticleReadError(Exception):
    """A file that cannot be read as an Arabic article; the message is one line."""


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
    text = _decode(data)
    if not text.strip():
        raise ArticleReadError("empty file")
    _check_arabic(text)
    return text


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(data[3:], "utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(data, "utf-16")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _strict(data, utf16)
    if b"\x00" in data:
        raise ArticleReadError("binary file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Not UTF-8: the Arabic single-byte code page, which decodes almost any byte.
        text = data.decode("windows-1256", errors="replace")
    if len(_CONTROL.findall(text)) > len(text) // 100:
        raise ArticleReadError("binary file")
    return text


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


def _check_arabic(text: str) -> None:
    arabic = len(_ARABIC.findall(text))
    letters = len(_LETTER.findall(text)) or 1
    if arabic < _MIN_ARABIC_LETTERS or arabic / letters < _MIN_ARABIC_SHARE:
        raise ArticleReadError("no Arabic text")
