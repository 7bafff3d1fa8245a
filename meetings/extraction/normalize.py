"""Arabic normalisation shared by the extractor, the search index and name resolution.

Uses camel-tools' data-free utilities only, so it works without camel's downloadable
data. The search index and search queries must go through the same function, or
stored vectors and queries would disagree about spelling variants; the extractor and
name resolution compare names through `name_key` for the same reason.
"""

import re
import unicodedata
from functools import lru_cache

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

TATWEEL = "\u0640"
# The two ligatures camel's `normalize_unicode` spells out before NFKC (﷼ and ﷽).
_SPELLED_LIGATURES = ("\ufdfc", "\ufdfd")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
_ABD = "عبد"
# The second word of a compound given name, written apart or not: "عز الدين"/"عزالدين".
RELIGION = "الدين"
_ARTICLE = "ال"
# Letters of Persian and Urdu keyboards that Arabic news typed on them carries ("وزیر
# الخارجية", "الیوم"): read as the Arabic letters they stand for. A text is searched for
# them first: they are rare, and translating every text cost 2 % of extraction.
_PERSIAN_LETTERS = str.maketrans({"\u06cc": "ي", "\u06a9": "ك", "\u06c0": "ه", "\u06d5": "ه"})
_PERSIAN_LETTER = re.compile("[\u06cc\u06a9\u06c0\u06d5]")


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_EASTERN_DIGIT = re.compile("[٠-٩۰-۹]")


def western_digits(text: str) -> str:
    """The text with Arabic-Indic and Persian digits written as 0-9; looked for first,
    since translating reads every character of a long line in Python's table."""
    return text.translate(_DIGITS) if _EASTERN_DIGIT.search(text) else text


def normalize_arabic(text: str) -> str:
    """Fold the spelling variants Arabic news writes interchangeably.

    Unicode compatibility forms, diacritics and tatweel are removed; alef forms
    (أ إ آ) become ا, alef maksura ى becomes ي and teh marbuta ة becomes ه; a Persian
    keyboard's ی and ک become ي and ك; runs of white space become one space.
    """
    if any(ligature in text for ligature in _SPELLED_LIGATURES):
        text = normalize_unicode(text)
    else:
        # The same result: camel maps those two characters one character at a time in
        # Python before NFKC, which was most of the extractor's time on long texts.
        text = unicodedata.normalize("NFKC", text)
    text = dediac_ar(text).replace(TATWEEL, "")
    if _PERSIAN_LETTER.search(text):
        text = text.translate(_PERSIAN_LETTERS)
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=50_000)
def normalize_phrase(text: str) -> str:
    """`normalize_arabic` of a few words asked of again and again (a role, an office's
    head, a name), kept."""
    return normalize_arabic(text)


def as_written(text: str) -> str:
    """The text without its vowel marks and tatweel, letters as the article spells them:
    "وزيرُ الدفاعِ" is published and grouped as "وزير الدفاع"."""
    return dediac_ar(text).replace(TATWEEL, "")


@lru_cache(maxsize=100_000)
def name_key(name: str) -> tuple[str, ...]:
    """The words of a name as comparison sees them.

    Normalised, without punctuation ("«أحمد»"), "عبد" joined to the word after it,
    "الدين" to the word before it, and a leading "ال" dropped: "عبد الحميد"/"عبدالحميد",
    "عز الدين"/"عزالدين" and "الورفلي"/"ورفلي" are one word each.

    The article goes only from a word of more than three letters, the scorer's cut-off:
    "الي" is إلى once normalised, and "آل" of "آل سعود" is a word of its own. The
    extractor once kept the article on four-letter words too, and joined "عبد" only
    before "ال"; on every article of the seeds, the dev set and the project's own set
    both forms give the same meetings, so the one name resolution already stored its
    matches by was kept (it also joins "عبد ربه"/"عبدربه").

    Cached, and a tuple so a cached key cannot be altered: the extractor compares every
    word of an article with the names of the article's people.
    """
    tokens: list[str] = []
    for word in _WORD.findall(normalize_arabic(name)):
        if tokens and (tokens[-1] == _ABD or word == RELIGION):
            tokens[-1] += word
            continue
        if word.startswith(_ARTICLE) and len(word) > 3:
            word = word[len(_ARTICLE) :]
        tokens.append(word)
    return tuple(tokens)
