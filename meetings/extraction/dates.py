"""Publication dates and meeting dates.

Month and weekday names come from dateparser's Arabic locale data, which knows the
Egyptian/Gulf names (أكتوبر), the Levantine ones (تشرين الأول) and the Maghreb ones
(جانفي). Regular expressions built from those names are the fast path; dateparser's own
parser is only asked about a header line the fast path could not read.

Relative expressions follow the contract: اليوم is the published day, أمس the day
before, a bare weekday the latest such day on or before publication, "الخميس الماضي" the
latest Thursday strictly before it; nothing relative resolves without a published date.
"""

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

import dateparser
from dateparser.data.date_translation_data import ar as dateparser_ar

from .normalize import normalize_arabic

_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()
_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_HEADER_LINES = 8
# "اليوم" and, maybe, its weekday, then the date ("اليوم السبت 22 جوان 2024").
_YESTERDAY = re.compile(r"(?<!\w)[وف]?امس(?!\w)")
_TODAY = re.compile(
    r"(?<!\w)اليوم\s+(?:(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s*[،,]?\s*)?"
    r"(?:الموافق\s+)?"
)
_BODY_LINE_WORDS = 15
_DATE_LINE_WORDS = 5  # "24 أكتوبر 2018", "عرب وعالم 27-9-2023 | 20:49"
_PUBLISHED_LABEL = re.compile(
    # "تاريخ" alone as a word: "بتاريخ" in the body dates what is reported
    r"(?:تاريخ النشر|نشر في|نشر بتاريخ|اخر تحديث|(?<!\w)تاريخ"
    r"|[Pp]ublished(?: [Oo]n)?|[Pp]osted(?: [Oo]n)?)\s*[:：]?"
)
# The same labels as written, to find the lines worth normalising.
_RAW_LABEL = re.compile(r"تاريخ|نشر|تحديث|[Pp]ublished|[Pp]osted")
_LATIN = re.compile(r"[A-Za-z]")
_DATE_MARKER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?\b")


class FoundDate(NamedTuple):
    """A date a text states: the day (or the first day of the month or year it names),
    an end day, whether a date was stated at all (a relative day with no published date
    is stated but unresolved), and how much of it was stated: "day", "month", "year"."""

    date: dt.date | None
    end_date: dt.date | None
    found: bool
    precision: str = "day"


NOT_FOUND = FoundDate(None, None, False)


def _names(keys: list[str]) -> dict[str, int]:
    """Normalised name → 1-based index, from every Arabic locale dateparser ships."""
    info = dateparser_ar.info
    tables = [info] + list(info.get("locale_specific", {}).values())
    names: dict[str, int] = {}
    for table in tables:
        for index, key in enumerate(keys, start=1):
            for name in table.get(key, []):
                norm = normalize_arabic(name)
                if not any(ch.isdigit() for ch in norm):
                    names.setdefault(norm, index)
    return names


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@cache
def _patterns():
    months = _names(_MONTH_KEYS)
    weekdays = {name: index - 1 for name, index in _names(_WEEKDAY_KEYS).items()}
    m, w = _alternation(months), _alternation(weekdays)
    named = re.compile(
        rf"(?<!\d)(\d{{1,2}})(?:\s*(?:و|-|الى|إلى)\s*(\d{{1,2}}))?\s+(?:من\s+)?(?:شهر\s+)?({m})"
        rf"(?:\s*[/-]\s*(?:{m}))?(?:\s*[،,]?\s*(?:عام|سنه)?\s*(\d{{4}}))?"
    )
    numeric = re.compile(
        r"(?<!\d)(?:(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))(?!\d)"
    )
    relative = re.compile(
        rf"(?<!\w)(?:[وف])?(?:(اليوم|امس)(?:\s+(الاول))?(?:\s+(?:يوم\s+)?({w}))?|(?:يوم\s+)?({w}))"
        rf"(?:\s+(الماضي|الفائت|المنصرم))?(?!\w)"
    )
    # "في ديسمبر 2022", "خلال شهر مارس الماضي": a month and no day.
    month_only = re.compile(
        rf"(?<!\w)(?:في|خلال|مطلع|اواخر|نهايه|منتصف)\s+(?:شهر\s+)?({m})(?:\s*[/-]\s*(?:{m}))?"
        rf"(?:\s*[،,]?\s*(?:عام|سنه)?\s*(\d{{4}})|\s+(الماضي|الجاري|الحالي|المنصرم))"
    )
    # "في عام 2019": a year and no month.
    year_only = re.compile(r"(?<!\w)(?:في|خلال)\s+(?:عام|سنه|العام)\s+(\d{4})(?!\d)")
    return months, weekdays, named, numeric, relative, month_only, year_only


@cache
def month_names() -> frozenset[str]:
    """Every month name, normalised ("ايار", "مايو", "ماي")."""
    return frozenset(_patterns()[0])


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_date(match: re.Match) -> dt.date | None:
    if match.group(1):
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    first, second, year = int(match.group(4)), int(match.group(5)), int(match.group(6))
    if second > 12 >= first:
        return _date(year, first, second)  # month first, as US pages write: "02/19/2019"
    return _date(year, second, first)


def prepare(text: str) -> str:
    """Normalised text with Western digits, the form every pattern here reads."""
    return normalize_arabic(text.translate(_DIGITS))


def _first_date(norm: str) -> dt.date | None:
    months, _, named, numeric, *_ = _patterns()
    found = []
    for match in numeric.finditer(norm):
        date = _numeric_date(match)
        if date:
            found.append((match.start(), date))
            break
    for match in named.finditer(norm):
        if match.group(4):
            date = _date(int(match.group(4)), months[match.group(3)], int(match.group(1)))
            if date:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


def find_published_date(text: str) -> dt.date | None:
    """The date the article states for itself, or None.

    Looked for in a scraper's "date YYYY-MM-DD" marker, after a label such as
    "تاريخ النشر", and in the short header lines of the page's opening; once a long
    line (a title or the body) has come, only in a line that is little but a date. A
    date in a sentence of the body is a date of something reported, not of the article.
    """
    marker = _marker(text)
    if marker and marker.group(3):
        return _date(*(int(g) for g in marker.groups()))
    # Digits are made Western line by line, only in the lines read: an article is long.
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line.strip()]
    for line in lines:
        if not _RAW_LABEL.search(line):
            continue
        norm = normalize_arabic(line.translate(_DIGITS))
        label = _PUBLISHED_LABEL.search(norm)
        if label:
            after = norm[label.end() : label.end() + 60]
            date = _first_date(after)
            if date is None and _LATIN.search(after[:40]):
                date = _parsed(after[:40])  # "Published On: 14 January 2022"
            if date:
                return date
    body_seen = False
    for line in lines[:_HEADER_LINES]:
        words = len(line.split())
        if words >= _BODY_LINE_WORDS:
            dateline = _dateline_date(line)
            if dateline:
                return dateline
            body_seen = True  # a title or the body: read on for a date line among them
            continue
        if body_seen and words > _DATE_LINE_WORDS:
            continue  # a short line of the body: "... وقعت في 28 نوفمبر 2019."
        line = line.translate(_DIGITS)
        norm = normalize_arabic(line)
        date = _first_date(norm)
        if date is None and re.search(r"\d{4}", norm):
            date = _parsed(line)  # "Saturday, January 4, 2025"
        if date:
            return date
    return _today_stated(lines[:_HEADER_LINES])


# A dateline's date: one or two words of a city, the date, then the agency or a dash
# ("مسقط 9 سبتمبر 2020 (شينخوا)", "بورتسودان – 29 يوليو 2025م –").
_DATELINE_CITY = re.compile(r"^(?:[^\s\d(]+\s+){1,2}(?:[-–]\s*)?$")
_AFTER_DATELINE_DATE = re.compile(r"^\s*(?:م\s*)?[(\-–/]")
_DATELINE_CHARS = 80  # a city, a date and the agency fit in a line's opening
_NOT_A_CITY = frozenset({"في", "منذ", "يوم", "بتاريخ", "حتي", "الي", "من"})


def _dateline_date(line: str) -> dt.date | None:
    """The date of the dateline a story's first line opens with, which is the day the
    story was filed: the day its "اليوم" is."""
    norm = normalize_arabic(line[:_DATELINE_CHARS].translate(_DIGITS))
    months, _, named, *_ = _patterns()
    match = named.search(norm)
    if not match or not match.group(4):
        return None
    before, after = norm[: match.start()], norm[match.end() :]
    if not _DATELINE_CITY.match(before) or not _AFTER_DATELINE_DATE.match(after):
        return None
    if before.split()[0] in _NOT_A_CITY:
        return None
    return _date(int(match.group(4)), months[match.group(3)], int(match.group(1)))


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
        norm = normalize_arabic(line.translate(_DIGITS))
        for match in _TODAY.finditer(norm):
            date = _first_date(norm[match.end() : match.end() + 40])
            rest = norm[match.end() :]
            if date and rest[:1].isdigit():
                return date
    return None


def _says_today(norm: str, position: int) -> bool:
    """Is the date at `position` given as today's ("اليوم السبت 22 جوان")?"""
    return any(match.end() == position for match in _TODAY.finditer(norm, 0, position))


def _weekday_on_or_before(published: dt.date, weekday: int, strictly: bool) -> dt.date:
    back = (published.weekday() - weekday) % 7
    if strictly and back == 0:
        back = 7
    return published - dt.timedelta(days=back)


def find_date(norm: str, published: dt.date | None) -> FoundDate:
    """The first date stated in a normalised sentence.

    `found` tells a stated but unresolvable date (a relative day with no published date)
    from no date at all, so a later sentence is not searched in its place. A month with
    no day, then a year alone, count only when no day is said.
    """
    months, weekdays, named, numeric, relative, month_only, year_only = _patterns()
    for match in named.finditer(norm):
        if _YESTERDAY.search(norm) and _says_today(norm, match.start()):
            continue  # "أعلنت اليوم السبت 22 جوان أن ... جمعت أمس": the day it was said
        year = int(match.group(4)) if match.group(4) else (published.year if published else None)
        if year is None:
            return FoundDate(None, None, True)
        month = months[match.group(3)]
        if (
            not match.group(4)
            and published
            and (month, int(match.group(1)))
            > (
                published.month,
                published.day,
            )
        ):
            year -= 1  # "في 23 تشرين الأول الماضي" read in January: last year's
        start = _date(year, month, int(match.group(1)))
        end = _date(year, month, int(match.group(2))) if match.group(2) else None
        if start:
            return FoundDate(start, end, True)
    for match in numeric.finditer(norm):
        date = _numeric_date(match)
        if date:
            return FoundDate(date, None, True)
    for match in relative.finditer(norm):
        day, first, day_weekday, bare_weekday, past = match.groups()
        if (
            day == "اليوم"
            and not day_weekday
            and (_ordinal_follows(norm, match.end()) or norm[: match.start()].endswith("نفس "))
        ):
            continue  # "اليوم الثاني من الجلسات", "في نفس اليوم" are not dates
        if day == "اليوم" and norm[match.end() :].lstrip()[:1].isdigit():
            if _YESTERDAY.search(norm):
                continue  # "اليوم السبت 22 جوان ... أمس": the day it was said, as above
        if published is None:
            return FoundDate(None, None, True)
        weekday = day_weekday or bare_weekday
        if day == "امس" and not weekday:
            return FoundDate(published - dt.timedelta(days=2 if first else 1), None, True)
        if weekday:
            day_date = _weekday_on_or_before(published, weekdays[weekday], bool(past))
            return FoundDate(day_date, None, True)
        return FoundDate(published, None, True)
    return _month_or_year(norm, published, months, month_only, year_only)


def _month_or_year(norm, published, months, month_only, year_only) -> FoundDate:
    """A month with no day ("في ديسمبر 2022", "خلال شهر مارس الماضي"), else a year
    ("في عام 2019"): its first day, at that precision."""
    match = month_only.search(norm)
    if match:
        month = months[match.group(1)]
        if match.group(2):
            year = int(match.group(2))
        elif published is None:
            return FoundDate(None, None, True)
        else:
            year = published.year
            if match.group(3) in ("الماضي", "المنصرم") and month >= published.month:
                year -= 1
        return FoundDate(_date(year, month, 1), None, True, "month")
    match = year_only.search(norm)
    if match:
        return FoundDate(_date(int(match.group(1)), 1, 1), None, True, "year")
    return NOT_FOUND


def _marker(text: str) -> re.Match | None:
    """A scraper's "date YYYY-MM(-DD)" at the top of the text."""
    return _DATE_MARKER.match(text.lstrip("\ufeff")[:40].translate(_DIGITS))


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
        return _date(int(marker.group(1)), int(marker.group(2)), 1)
    return None


# "اليوم الثاني من الجلسات", "اليوم ذاته": not the published day.
_ORDINAL = re.compile(
    r"\s*(?:الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|الذي|الوطني|العالمي|ذاته|نفسه)"
)


def _ordinal_follows(norm: str, position: int) -> bool:
    return _ORDINAL.match(norm, position) is not None
