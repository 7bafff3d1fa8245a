"""The date an article states for itself: a scraper's "date YYYY-MM(-DD)" marker, a
labelled line ("تاريخ النشر"), a short line of the page's header, the dateline its first
line opens with, or an opening line's "اليوم" with its date. Meeting dates are `dates`'.
"""

import datetime as dt
import re

import dateparser

from .dates import TODAY, first_date, patterns, valid_date
from .normalize import normalize_arabic, western_digits

_HEADER_LINES = 8
_BODY_LINE_WORDS = 15
_DATE_LINE_WORDS = 5  # "24 أكتوبر 2018", "عرب وعالم 27-9-2023 | 20:49"
# A clock time and its half of the day, no words of a line: "03:06 م", "10:30 صباحا".
_CLOCK_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
_CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?|[مص]|صباحا|مساء|مساءً|صباحاً|[AaPp][Mm]")
_PUBLISHED_LABEL = re.compile(
    # "تاريخ" alone as a word: "بتاريخ" in the body dates what is reported
    r"(?:تاريخ النشر|نشر في|نشر بتاريخ|اخر تحديث|(?<!\w)تاريخ"
    r"|[Pp]ublished(?: [Oo]n)?|[Pp]osted(?: [Oo]n)?)\s*[:：]?"
)
# The same labels as written, to find the lines worth normalising.
_RAW_LABEL = re.compile(r"تاريخ|نشر|تحديث|[Pp]ublished|[Pp]osted")
_LATIN = re.compile(r"[A-Za-z]")
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")


def find_published_date(text: str) -> dt.date | None:
    """The date the article states for itself, or None.

    Looked for in a scraper's "date YYYY-MM-DD" marker, after a label such as
    "تاريخ النشر", and in the short header lines of the page's opening; once a long
    line (a title or the body) has come, only in a line that is little but a date. A
    date in a sentence of the body is a date of something reported, not of the article.
    """
    marker = _marker(text)
    if marker and marker.group(3):
        return valid_date(*(int(g) for g in marker.groups()))
    # Digits are made Western line by line, only in the lines read: an article is long.
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    for line in lines:
        if not _RAW_LABEL.search(line):
            continue
        norm = normalize_arabic(western_digits(line))
        label = _PUBLISHED_LABEL.search(norm)
        if label:
            after = norm[label.end() : label.end() + 60]
            date = first_date(after)
            if date is None and _LATIN.search(after[:40]):
                date = _parsed(after[:40])  # "Published On: 14 January 2022"
            if date:
                return date
    body_seen = False
    first_without_time = None  # a date line with no clock time: maybe the page's own day
    stamped = None  # the first stamp with a time, above the title
    for line in lines[:_HEADER_LINES]:
        # Words with letters: a page's header spells its date with numbers and marks
        # ("الأربعاء - 3 رجب 1445 هـ - 17 يناير 2024 مـ رقم العدد [ 16512]").
        words = _words_with_letters(line, _BODY_LINE_WORDS)
        if words >= _BODY_LINE_WORDS:
            dateline = _dateline_date(line)
            if dateline:
                return stamped or first_without_time or dateline
            body_seen = True  # a title or the body: read on for a date line among them
            continue
        if body_seen and words - _clock_words(line) > _DATE_LINE_WORDS:
            continue  # a short line of the body: "... وقعت في 28 نوفمبر 2019."
        line = western_digits(line)
        norm = normalize_arabic(line)
        date = first_date(norm)
        if date is None and re.search(r"\d{4}", norm):
            date = _parsed(line)  # "Saturday, January 4, 2025"
        if date and _CLOCK_TIME.search(line):
            if stamped is None and not body_seen:
                # the page's own time above the title ("الجمعة 14 مارس 2025 07:59"), then
                # the article's under it: keep looking until the title
                stamped = date
                continue
            return date  # "12-3-2024 | 17:30": the article's stamp
        if date and first_without_time is None:
            # "الخميس 21 نوفمبر 2024" above the title may be the day the page was read;
            # a stamp with its time further down is the article's.
            first_without_time = date
    return (
        stamped
        or first_without_time
        or _today_stated(lines[:_HEADER_LINES])
        or _stamp_below(lines[-_FOOTER_LINES:])
    )


# How far from the story's end a page's stamp below it may stand.
_FOOTER_LINES = 3


def _stamp_below(lines: list[str]) -> dt.date | None:
    """A line below the story that is only a date ("13-7-2013"): the page's stamp."""
    for line in reversed(lines):
        if len(line.split()) <= _DATE_LINE_WORDS:
            date = first_date(normalize_arabic(western_digits(line)))
            if date is not None:
                return date
    return None


# A dateline's date: one or two words of a city, the date, then the agency or a dash
# ("مسقط 9 سبتمبر 2020 (شينخوا)", "بورتسودان – 29 يوليو 2025م –").
_DATELINE_CITY = re.compile(r"^(?:[^\s\d(]+\s+){1,2}(?:[-–]\s*)?$")
_AFTER_DATELINE_DATE = re.compile(r"^\s*(?:م\s*)?[(\-–/]")
_DATELINE_CHARS = 80  # a city, a date and the agency fit in a line's opening
_NOT_A_CITY = frozenset({"في", "منذ", "يوم", "بتاريخ", "حتي", "الي", "من"})
# A Hijri date the Gregorian one is "الموافق" (normalised): "مقديشو 18 ذو القعده 1440
# الموافق 21 يوليو 2019 (صونا)".
_HIJRI_FIRST = re.compile(r"\d{1,2}\s+\D{3,20}?\s+\d{4}\s*(?:هـ?)?\s*-?\s*الموافق\s*$")


def _words_with_letters(line: str, enough: int) -> int:
    """How many words of the line have a letter, counted up to `enough`: a body's line
    is long, and only whether it reaches that many matters."""
    count = 0
    for word in line.split():
        if any(ch.isalpha() for ch in word):
            count += 1
            if count == enough:
                break
    return count


def _clock_words(line: str) -> int:
    return sum(1 for word in line.split() if _CLOCK.fullmatch(word))


def _dateline_date(line: str) -> dt.date | None:
    """The date of the dateline a story's first line opens with, which is the day the
    story was filed: the day its "اليوم" is."""
    norm = normalize_arabic(western_digits(line[:_DATELINE_CHARS]))
    months, _, named, *_ = patterns()
    match = named.search(norm)
    if not match or not match.group(4):
        return None
    before, after = norm[: match.start()], norm[match.end() :]
    before = _HIJRI_FIRST.sub("", before)
    if not _DATELINE_CITY.match(before) or not _AFTER_DATELINE_DATE.match(after):
        return None
    if before.split()[0] in _NOT_A_CITY:
        return None
    return valid_date(int(match.group(4)), months[match.group(3)], int(match.group(1)))


def _parsed(text: str) -> dt.date | None:
    """A whole date as dateparser reads it, with nothing missing: in Arabic, or in
    English when the text has Latin letters (trying both costs twice as much)."""
    languages = ["en"] if _LATIN.search(text) else ["ar"]
    parsed = dateparser.parse(text, languages=languages, settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def _today_stated(lines: list[str]) -> dt.date | None:
    """The date an opening line gives for "today" ("أعلنت الوزارة اليوم السبت 22 جوان
    2024 أن ..."): the day the article was written, so its "أمس" is the day before."""
    for line in lines:
        norm = normalize_arabic(western_digits(line))
        for match in TODAY.finditer(norm):
            date = first_date(norm[match.end() : match.end() + 40])
            rest = norm[match.end() :]
            if date and rest[:1].isdigit():
                return date
    return None


def _marker(text: str) -> re.Match | None:
    """A scraper's "date YYYY-MM(-DD)" at the top of the text."""
    return _DATE_MARKER.match(western_digits(text.lstrip("\ufeff")[:40]))


def without_marker(text: str) -> str:
    """The text without a scraper's date marker at its top, which is no part of the
    story ("date 2025-11-25 بيروت- (د ب أ)" opens with its dateline)."""
    marker = _marker(text)
    return text.lstrip("\ufeff")[marker.end() :] if marker else text


def find_published_month(text: str) -> dt.date | None:
    """The first day of the month a scraper's marker gives when it gives no day
    ("date 2022-12"), else None."""
    marker = _marker(text)
    if marker and not marker.group(3):
        return valid_date(int(marker.group(1)), int(marker.group(2)), 1)
    return None
