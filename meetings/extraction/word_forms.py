"""The forms the lexicons' verbs and nationalities are written in: the persons of a
cue verb, its future, its forms with an object pronoun; the plurals of a nationality."""

from collections.abc import Iterable


def verb_forms(entries: Iterable[str | list[str]]) -> tuple[list[str], list[str]]:
    """Every form of the listed verbs that reports a meeting, as written, perfect and
    imperfect apart: a [perfect, imperfect] pair gives the third persons of both (he,
    she, they two, they), so "التقى" gives التقت، التقيا، التقتا، التقوا and "يلتقي"
    gives تلتقي، يلتقيان، يلتقون; a single form is a perfect one."""
    perfects: list[str] = []
    imperfects: list[str] = []
    for entry in entries:
        if isinstance(entry, str):
            perfects.append(entry)
            continue
        perfect, imperfect = entry
        stem = perfect[:-1] if perfect.endswith("ى") else perfect
        perfects += [perfect, stem + "ت", stem + "تا", stem + ("يا" if stem != perfect else "ا")]
        perfects.append(stem + "وا")
        dual = imperfect[:-1] + "يان" if imperfect.endswith(("ي", "ى")) else imperfect + "ان"
        plural = (imperfect[:-1] if imperfect.endswith(("ي", "ى")) else imperfect) + "ون"
        imperfects += [imperfect, "ت" + imperfect[1:], dual, "ت" + dual[1:], plural]
    return perfects, imperfects


def with_object_pronouns(written: Iterable[str]) -> list[str]:
    """The verb forms with a pronoun object: "استقبله", "التقاها", "يستقبلهم"; a final
    ى is written ا before it. Plural forms ("التقوا") are left out: their object form
    drops the alef ("التقوه") and is rare in news."""
    forms = []
    for form in written:
        if form.endswith("وا") or form.endswith("ون"):
            continue
        stem = form[:-1] + "ا" if form.endswith("ى") else form
        forms += [stem + suffix for suffix in ("ه", "ها", "هما", "هم")]
    return forms


def future_forms(imperfects: Iterable[str]) -> list[str]:
    """The future of the imperfect forms: "سيلتقي", "ستبحث"."""
    return ["س" + form for form in imperfects]


def nationality_plurals(adjective: str) -> list[str]:
    """A nationality, its plurals and its dual: "المصري", "المصريين", "المصريون",
    "المصريان" ("وزيرا الخارجية والدفاع المصريان")."""
    if " " in adjective or not adjective.endswith("ي"):
        return [adjective]
    return [adjective, adjective + "ين", adjective + "ون", adjective + "ان"]
