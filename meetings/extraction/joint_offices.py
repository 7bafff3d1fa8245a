"""One person named with two offices joined by "و", the first with no name of its own:
"وزير الخارجية ووزير الدولة لشؤون الرئاسة العماني فلان", "وزير الداخلية
ووزير مكافحة المخدرات الباكستاني فلان", "رئيس الحكومة ووزير الدفاع فلان"; and an
envoy's second post, "المبعوث الشخصي للأمين العام ورئيس مكتب المنظمة فلان". Both
are the name's. The first portfolio says what the person is, a minister's rather than
a head of government's: a minister's counterpart is a minister. So is a counterpart
set off before an office and its name: "نظيره الباكستاني، وزير الداخلية فلان".
"""

from .document import Mention, Office
from .lexicon import Lexicon
from .tokens import Token
from .words import COMMAS, MINISTERS

# An envoy, representative or adviser often heads a mission or an office as well; a
# minister followed by "ورئيس ..." is more often two people ("وزير الدفاع ورئيس الأركان").
_ENVOYS = frozenset({"مبعوث", "ممثل", "منسق", "مستشار"})
_SECOND_POSTS = frozenset({"رئيس", "مدير"})
# A deputy or assistant minister often is an envoy as well.
_DEPUTIES = frozenset({"نائب", "مساعد"})


def joint_offices(
    lex: Lexicon, tokens: list[Token], mentions: list[Mention], offices: list[Office]
) -> None:
    """Gives each unnamed office right before a named minister's "ووزير ..." to the name,
    and a minister's before a comma and another minister's office with its name ("وزير
    الدولة، وزير الشؤون الخارجية، فلان"), when that one has no nationality of its own
    ("استقبل الوزير، وزير الخارجية الفرنسي فلان" names two people)."""
    for office in list(offices):
        holder = next((m for m in mentions if m.start == office.end), None)
        if holder is None and office.head in MINISTERS and _comma_at(tokens, office.end):
            holder = next((m for m in mentions if m.start == office.end + 1), None)
            if (
                holder is None
                or holder.head not in MINISTERS
                or any((t.core,) in lex.adjectives for t in tokens[holder.start : holder.end])
            ):
                continue
            offices.remove(office)
            holder.start = office.start
            holder.other_heads = (*holder.other_heads, office.head)
            continue
        if holder is None or office.counterpart or holder.counterpart or office.former:
            continue
        second = tokens[holder.start]
        if second.prefix != "و" or not (
            second.core in MINISTERS
            or (second.core in _SECOND_POSTS and office.head in _ENVOYS)
            # "مساعد وزير الخارجية الصيني والمبعوث الخاص فلان"
            or (second.core.removeprefix("ال") in _ENVOYS and office.head in _DEPUTIES)
        ):
            continue
        if office.country and holder.country and office.country != holder.country:
            continue  # "وزير الخارجية التركي ووزير الدفاع الليبي فلان": two people
        offices.remove(office)
        holder.start = office.start
        holder.country = holder.country or office.country
        if office.ministry in (None, "other") and holder.ministry is not None:
            # "رئيس الحكومة ووزير الدفاع فلان": a minister, whose counterpart is one
            holder.other_heads = (*holder.other_heads, office.head)
            continue
        holder.other_heads = (*holder.other_heads, holder.head)
        holder.role, holder.head = office.role, office.head
        holder.ministry, holder.org = office.ministry, office.org


def _comma_at(tokens: list[Token], k: int) -> bool:
    return k < len(tokens) and tokens[k].norm in COMMAS


def counterpart_in_apposition(
    tokens: list[Token], mentions: list[Mention], offices: list[Office]
) -> None:
    """Gives an unnamed counterpart right before a comma to the office and name after
    it ("اجتماعا مع نظيره الباكستاني، وزير الداخلية فلان"): one person, of the
    counterpart's state."""
    for office in list(offices):
        if not office.counterpart or office.end >= len(tokens):
            continue
        if tokens[office.end].norm not in COMMAS:
            continue
        holder = next((m for m in mentions if m.start == office.end + 1), None)
        if holder is None or holder.counterpart:
            continue
        if office.country and holder.country and office.country != holder.country:
            continue
        offices.remove(office)
        holder.start = office.start
        holder.country = holder.country or office.country
        holder.counterpart = True
        holder.partner_marked = office.partner_marked
