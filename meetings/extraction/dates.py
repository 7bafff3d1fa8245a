"""Meeting dates, and the month and weekday patterns that publication dates
(`published`) are read with too.

Month and weekday names come from dateparser's Arabic locale data, which knows the
Egyptian/Gulf names (أكتوبر), the Levantine ones (تشرين الأول) and the Maghreb ones
(جانفي). Regular expressions built from those names are the fast path; dateparser's own
parser is only asked about a header line the fast path could not read (`published`).

Relative expressions follow the contract: اليوم is the published day, أمس the day
before, a bare weekday the latest such day on or before publication, "الخميس الماضي" the
latest Thursday strictly before it; nothing relative resolves without a published date.
"""

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from dateparser.data.date_translation_data import ar as dateparser_ar

from .normalize import normalize_arabic, western_digits

_MONTH_KEYS = (
    "january february march april may june july august september october november december"
).split()
_WEEKDAY_KEYS = "monday tuesday wednesday thursday friday saturday sunday".split()


# "اليوم" and, maybe, its weekday, then the date ("اليوم السبت 22 جوان 2024").
_YESTERDAY = re.compile(r"(?<!\w)[وف]?امس(?!\w)")
TODAY = re.compile(
    r"(?<!\w)اليوم\s+(?:(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s*[،,]?\s*)?"
    r"(?:الموافق\s+)?"
)


# After a day and month with no year: this month's or the next, not last year's
# ("يوم 12 ديسمبر الجاري").
_THIS_MONTH = re.compile(r"\s*(?:الجاري|الحالي|المقبل|القادم)(?!\w)")


# A document's own date, not an event's (normalised): "الاتفاقية الموقعة بين البلدين
# في 3 مارس 1988", "المذكرة المؤرخة في ...": a participle, then up to eight words
# with no comma or stop, then "في" or "بتاريخ" right before the date; or the date right
# after it ("الموقع أواخر يونيو").
_DOCUMENT_DATED = re.compile(
    r"(?<!\w)(?:الموقع|المبرم|المؤرخ)[هة]?"
    r"(?:(?:\s+[^\s،,.]+){0,8}?\s+(?:في|بتاريخ)|\s+(?:اواخر|اوائل|منتصف|مطلع))?\s*$"
)


def _document_date(norm: str, position: int) -> bool:
    return bool(_DOCUMENT_DATED.search(norm[max(0, position - 120) : position]))


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
def patterns():
    months = _names(_MONTH_KEYS)
    weekdays = {name: index - 1 for name, index in _names(_WEEKDAY_KEYS).items()}
    m, w = _alternation(months), _alternation(weekdays)
    named = re.compile(
        # "16 – سبتمبر 2024م": a dash between the day and the month in some datelines;
        # "11نوفمبر 2021م": or nothing at all; "27/مارس/2021": or slashes, on page stamps
        rf"(?<!\d)(\d{{1,2}})(?:\s*(?:و|-|الي)\s*(\d{{1,2}}))?\s*(?:[–—/]\s*)?"
        rf"(?:من\s+)?(?:شهر\s+)?({m})"
        rf"(?:\s*(?:[/-]\s*(?:{m})|\(\s*(?:{m})\s*\)))?"  # "آذار/مارس", "آذار (مارس)"
        # "29 أكتوبر من السنة الجارية 2018"
        rf"(?:\s*[،,/]?\s*(?:من\s+(?:السنه|العام)\s+(?:الجاريه|الجاري|الحاليه|الحالي)\s+)?"
        rf"(?:عام|سنه)?\s*(\d{{4}}))?"
    )
    # "2022/8/2", "16 / 3 / 2021م" (a sentence's tokens are joined with spaces)
    numeric = re.compile(
        r"(?<!\d)(?:(\d{4})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{1,2})"
        r"|(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}))(?!\d)"
    )
    relative = re.compile(
        # "اليوم (الأحد)": the weekday may stand in brackets
        rf"(?<!\w)(?:[وف])?(?:(اليوم|امس)(?:\s+(الاول))?(?:\s+(?:يوم\s+|\(\s*)?({w}))?"
        rf"|(?:يوم\s+)?({w}))"
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


# Days of the month as ordinal words (normalised): "في الثالث من آب 2021".
_ORDINAL_UNITS = "الاول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع".split()
_ORDINAL_DAYS = {word: n for n, word in enumerate(_ORDINAL_UNITS, 1)}
_ORDINAL_DAYS |= {"العاشر": 10, "الحادي عشر": 11, "العشرين": 20, "الثلاثين": 30}
_ORDINAL_DAYS |= {f"{w} عشر": 10 + n for n, w in enumerate(_ORDINAL_UNITS, 1) if n > 1}
_ORDINAL_DAYS |= {f"{w} والعشرين": 20 + n for n, w in enumerate(_ORDINAL_UNITS, 1) if n > 1}
_ORDINAL_DAYS |= {"الحادي والعشرين": 21, "الحادي والثلاثين": 31}
_ORDINAL_STEMS = (*_ORDINAL_UNITS, "العاشر", "الحادي", "العشرين", "الثلاثين")


@cache
def _ordinal_day():
    months = _alternation(patterns()[0])
    return re.compile(
        rf"(?<!\w)({_alternation(_ORDINAL_DAYS)})\s+من\s+(?=(?:شهر\s+)?(?:{months})(?!\w))"
    )


@cache
def _month_first():
    months = _alternation(patterns()[0])
    return re.compile(rf"({months})\s+(\d{{1,2}})\s*[,،]\s*(\d{{4}})(?!\d)")


def with_day_numbers(norm: str) -> str:
    """The text with a day written as an ordinal word before a month ("الثالث من آب")
    given in digits, and a month written before its day ("إبريل 23, 2019", the order of
    English pages) after it, as the date patterns read days."""
    if "," in norm or "،" in norm:
        norm = _month_first().sub(r"\2 \1 \3", norm)
    if not any(word in norm for word in _ORDINAL_STEMS):
        return norm  # most clauses: no ordinal word at all, and a substring test is cheap
    return _ordinal_day().sub(lambda m: f"{_ORDINAL_DAYS[m.group(1)]} ", norm)


@cache
def month_names() -> frozenset[str]:
    """Every month name, normalised ("ايار", "مايو", "ماي")."""
    return frozenset(patterns()[0])


def valid_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numeric_date(match: re.Match) -> dt.date | None:
    if match.group(1):
        return valid_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    first, second, year = int(match.group(4)), int(match.group(5)), int(match.group(6))
    if second > 12 >= first:
        return valid_date(year, first, second)  # month first, as US pages write: "02/19/2019"
    return valid_date(year, second, first)


def prepare(text: str) -> str:
    """Normalised text with Western digits, the form every pattern here reads."""
    return normalize_arabic(western_digits(text))


def first_date(norm: str) -> dt.date | None:
    months, _, named, numeric, *_ = patterns()
    norm = with_day_numbers(norm)
    found = []
    for match in numeric.finditer(norm):
        date = _numeric_date(match)
        if date:
            found.append((match.start(), date))
            break
    for match in named.finditer(norm):
        if match.group(4):
            date = valid_date(int(match.group(4)), months[match.group(3)], int(match.group(1)))
            if date:
                found.append((match.start(), date))
                break
    return min(found)[1] if found else None


def _says_today(norm: str, position: int) -> bool:
    """Is the date at `position` given as today's ("اليوم السبت 22 جوان")?"""
    return any(match.end() == position for match in TODAY.finditer(norm, 0, position))


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
    months, weekdays, named, numeric, relative, month_only, year_only = patterns()
    norm = with_day_numbers(norm)
    for match in named.finditer(norm):
        if _YESTERDAY.search(norm) and _says_today(norm, match.start()):
            continue  # "أعلنت اليوم السبت 22 جوان أن ... جمعت أمس": the day it was said
        if _document_date(norm, match.start()):
            continue
        year = int(match.group(4)) if match.group(4) else (published.year if published else None)
        if year is None:
            return FoundDate(None, None, True)
        month = months[match.group(3)]
        if (
            not match.group(4)
            and published
            and (month, int(match.group(1))) > (published.month, published.day)
            and not _THIS_MONTH.match(norm, match.end())
        ):
            year -= 1  # "في 23 تشرين الأول الماضي" read in January: last year's
        start = valid_date(year, month, int(match.group(1)))
        end = valid_date(year, month, int(match.group(2))) if match.group(2) else None
        if start:
            return FoundDate(start, end, True)
    for match in numeric.finditer(norm):
        date = _numeric_date(match)
        if date and not _document_date(norm, match.start()):
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


def weekday_anchors(norms: list[str]) -> dict[int, dt.date]:
    """The days an article dates in full after their weekday's name ("السبت 6 أكتوبر
    2018"), by weekday: its bare "السبت" elsewhere is that day. A weekday given two
    dates anchors nothing."""
    months, weekdays, named, *_ = patterns()
    anchors: dict[int, dt.date | None] = {}
    for norm in norms:
        norm = with_day_numbers(norm)
        for match in named.finditer(norm):
            before = norm[: match.start()].split()[-1:]
            weekday = weekdays.get(before[0].removeprefix("و")) if before else None
            if weekday is None or not match.group(4) or match.group(2):
                continue
            date = valid_date(int(match.group(4)), months[match.group(3)], int(match.group(1)))
            if date is None or date.weekday() != weekday:
                continue
            anchors[weekday] = date if anchors.get(weekday, date) == date else None
    return {weekday: date for weekday, date in anchors.items() if date is not None}


def weekday_named(norm: str) -> int | None:
    """The weekday a normalised clause names as its day ("صبيحة السبت", "يوم الأحد"),
    else None."""
    _, weekdays, *_, relative, _, _ = patterns()
    for match in relative.finditer(norm):
        day, _, day_weekday, bare_weekday, past = match.groups()
        weekday = day_weekday or bare_weekday
        if weekday and not past:
            return weekdays[weekday]
    return None


def _month_or_year(norm, published, months, month_only, year_only) -> FoundDate:
    """A month with no day ("في ديسمبر 2022", "خلال شهر مارس الماضي"), else a year
    ("في عام 2019"): its first day, at that precision."""
    match = next(
        (m for m in month_only.finditer(norm) if not _document_date(norm, m.start())), None
    )
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
        return FoundDate(valid_date(year, month, 1), None, True, "month")
    match = year_only.search(norm)
    if match:
        return FoundDate(valid_date(int(match.group(1)), 1, 1), None, True, "year")
    return NOT_FOUND


# "اليوم الثاني من الجلسات", "اليوم ذاته": not the published day.
_ORDINAL = re.compile(
    r"\s*(?:الاول|الثاني|الثالث|الرابع|الخامس|الاخير|التالي|الذي|الوطني|العالمي|ذاته|نفسه)"
)


def _ordinal_follows(norm: str, position: int) -> bool:
    return _ORDINAL.match(norm, position) is not None
