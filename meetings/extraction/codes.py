"""Codes shared by the extractor and the database (see the extraction contract).

Kept free of Django so the extractor stays pure Python; `meetings.models` builds its
choices from these tuples.
"""

# (code, Arabic label, English label)
MINISTRIES: tuple[tuple[str, str, str], ...] = (
    ("interior", "الداخلية", "Interior"),
    ("foreign", "الخارجية", "Foreign affairs"),
    ("defense", "الدفاع", "Defence"),
    ("justice", "العدل", "Justice"),
    ("transport", "المواصلات", "Transport"),
    ("communications", "الاتصالات", "Communications"),
    ("finance", "المالية", "Finance"),
    ("economy", "الاقتصاد", "Economy"),
    ("health", "الصحة", "Health"),
    ("labour", "العمل", "Labour"),
    ("oil", "النفط", "Oil"),
    ("other", "أخرى", "Other portfolio"),
)

MINISTRY_CODES: frozenset[str] = frozenset(code for code, _, _ in MINISTRIES)
