"""Arabic normalisation shared by the extractor and the search index.

Uses camel-tools' data-free utilities only, so it works without camel's downloadable
data. The search index and search queries must go through the same function, or
stored vectors and queries would disagree about spelling variants.
"""

import re

from camel_tools.utils.dediac import dediac_ar
from camel_tools.utils.normalize import (
    normalize_alef_ar,
    normalize_alef_maksura_ar,
    normalize_teh_marbuta_ar,
    normalize_unicode,
)

_TATWEEL = "\u0640"
_SPACES = re.compile(r"\s+")


def normalize_arabic(text: str) -> str:
    """Fold the spelling variants Arabic news writes interchangeably.

    Unicode compatibility forms, diacritics and tatweel are removed; alef forms
    (أ إ آ) become ا, alef maksura ى becomes ي and teh marbuta ة becomes ه;
    runs of white space become one space.
    """
    text = normalize_unicode(text)
    text = dediac_ar(text).replace(_TATWEEL, "")
    text = normalize_alef_ar(text)
    text = normalize_alef_maksura_ar(text)
    text = normalize_teh_marbuta_ar(text)
    return _SPACES.sub(" ", text).strip()
