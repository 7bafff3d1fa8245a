"""References by a style of address rather than a name: "جلالته", "معاليه" (the
person named with that style), and a ruler's title alone ("سمو الأمير"), the one person
the article gave that ruler's office (see `references`).
"""

from .document import Document, Sentence
from .normalize import normalize_arabic

# "عقد جلالته لقاء مع ...": the style of address with a pronoun is the person first
# named with that style, the one the story follows (normalised: pronoun → styles).
HONORIFIC_PRONOUNS = {
    "جلالته": ("جلاله",),
    "سموه": ("سمو",),
    "فخامته": ("فخامه",),
    "معاليه": ("معالي",),
    "دولته": ("دوله",),
    "سعادته": ("سعاده",),
    "سيادته": ("سياده", "السيد"),  # "وصل السيد فلان ... والتقى سيادته علان"
}


def honoured_before(
    doc: Document, sentence: Sentence, position: int, styles: tuple[str, ...]
) -> int | None:
    """The person first named, before ``position`` of ``sentence``, right after one of
    ``styles`` ("جلالة الملك عبدالله", "سمو الأمير فلان"): "أجرى معالي فلان ... مع
    معالي علان ... كما أجرى معاليه" is the first's."""
    for other in doc.sentences:
        for mention in other.people.mentions:
            if other is sentence and mention.start >= position:
                return None
            # the titles before the name too: "حضرة صاحب السمو الشيخ فلان"
            name_start = max(mention.start + 1, mention.end - len(mention.name_tokens))
            opening = other.tokens[max(mention.start - 2, 0) : name_start]
            if mention.person is not None and any(
                t.norm in styles or t.core.removeprefix("ال") in styles for t in opening
            ):
                return mention.person
        if other is sentence:
            break
    return None


# A ruler's title used alone as his office (normalised) → the office's head.
RULERS = {"الامير": "امير", "السلطان": "سلطان"}


def ruler(doc: Document, office_head: str) -> int | None:
    """The one person of the article given the ruler's office ("أمير البلاد")."""
    found = {
        i
        for i, person in enumerate(doc.registry.people)
        for m in person.mentions
        if m.head and normalize_arabic(m.head).split()[0].removeprefix("ال") == office_head
    }
    return found.pop() if len(found) == 1 else None
