"""English forms of what the archive stores in Arabic: offices, places and names.

Countries, topics and ministries carry their English names in the database; offices
and places are kept as the article wrote them, so English pages render them from two
small tables here. What the tables do not know stays in Arabic (pages isolate it with
<bdi>): a wrong English office is worse than the right Arabic one.
"""

import json
import re
from functools import cache
from pathlib import Path

from django.utils.translation import get_language

from meetings.extraction.normalize import normalize_arabic
from meetings.models import Ministry

DATA = Path(__file__).resolve().parent / "data" / "english.json"
_LATIN_NAME = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ.' -]*")


@cache
def _tables() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    heads = {normalize_arabic(k): v for k, v in data["office_heads"].items()}
    places = {normalize_arabic(k): v for k, v in data["places"].items()}
    of_ministry = frozenset(data["heads_of_a_ministry"])
    return heads, places, of_ministry


def place_en(place: str) -> str | None:
    """A place's English name, if the table knows it ("بطرابلس" is not a place: the
    extractor stores places without their preposition)."""
    if not place:
        return None
    return _tables()[1].get(normalize_arabic(place))


def place_in_language(place: str) -> str:
    """A place as the page's language shows it: its English name on English pages
    where the table knows it, else as the article wrote it."""
    return (get_language() == "en" and place_en(place)) or place


def office_en(role: str, organization: str = "", ministry_label: str = "") -> str | None:
    """An office in English from its head word: "وزير الداخلية" → "Minister of Interior",
    "رئيسة بعثة الأمم المتحدة" → "Head, بعثة الأمم المتحدة" (the rest stays as written).
    None when the head word is not in the table."""
    if not role:
        return None
    heads, _places, of_ministry = _tables()
    words = normalize_arabic(role).split()
    for size in (3, 2, 1):
        key = " ".join(words[:size])
        head = heads.get(key)
        if head is None and size == 1 and words and words[0].startswith("ال"):
            head = heads.get(words[0][2:])  # "السفير", "الوزير"
        if head is not None:
            break
    else:
        return None
    if ministry_label and head in of_ministry:
        return f"{head} of {ministry_label}"
    # What follows the head stays as written ("رئيسة بعثة الأمم المتحدة ..." → "Head,
    # بعثة الأمم المتحدة ..."); with nothing after it, the body, unless the head named it.
    rest = " ".join(role.split()[size:])
    if not rest and organization and normalize_arabic(organization) not in key:
        rest = organization
    return f"{head}, {rest}" if rest else head


def office_in_language(role: str, organization: str = "", ministry: str = "") -> str:
    """An office as the page's language shows it: in English from its head word and
    ministry; else, or when the head word is unknown, as written."""
    if get_language() == "en":
        label = Ministry(ministry).label if ministry in Ministry.values else ""
        english = office_en(role, organization, str(label))
        if english:
            return english
    if organization and _named_in(organization, role):
        organization = ""  # "وزير الداخلية" needs no "، وزارة الداخلية"
    return "، ".join(part for part in (role, organization) if part)


def _named_in(organization: str, role: str) -> bool:
    """Does the office already name the body: all its words but the first ("وزارة
    الداخلية" in "وزير الداخلية", "بعثة الأمم المتحدة" in "رئيسة بعثة الأمم المتحدة")?"""
    body = normalize_arabic(organization).split()
    office = set(normalize_arabic(role or "").split())
    return bool(body) and set(body[1:] or body) <= office


def participant_name_in_language(name: str, aliases: list[str]) -> str:
    """A participant's name as the page's language shows it: on English pages the first
    alias an editor wrote in Latin letters ("Antonio Tajani"), if any; else the name."""
    if get_language() == "en":
        latin = next((alias for alias in aliases if _LATIN_NAME.fullmatch(alias)), None)
        if latin:
            return latin
    return name
