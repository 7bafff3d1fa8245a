"""Step four of reading a sentence's people (see `mentions`): an office after a name
("كمال بن يوسف رئيس الحكومة") is the name's, and so are the offices chained to it;
an office no name holds is the next titled name's ("الأمين العام لمجلس التعاون
الدكتور فلان").
"""

from operator import attrgetter

from .document import Mention, Office, take_office
from .lexicon import Lexicon
from .name_positions import titled_holder
from .names_before_offices import name_before
from .office_mentions import past_city
from .tokens import Token, make_token
from .words import COMMAS, DASHES, SEMICOLONS


def offices_after_names(
    lex: Lexicon,
    tokens: list[Token],
    mentions: list[Mention],
    offices: list[Office],
    claimed: set[int],
) -> None:
    """Gives the sentence's unnamed `offices` to the names before them, or after them
    behind a title; `mentions` and `claimed` take what is found. Not an office joined
    by a conjunction or a preposition: "استقبال فلان للوزير البريطاني" is another one."""
    held_until: dict[int, Mention] = {}  # where an office taken this way ends
    for office in list(offices):
        if office.counterpart or joined(tokens[office.start]):
            continue
        mention = name_before_office(lex, tokens, office, mentions, claimed)
        if mention is not None:
            offices.remove(office)
            held_until[past_city(lex, tokens, office.end)] = mention
    # "فلان، نائب رئيس الوزراء ووزير الدفاع", "فلان، ولي العهد نائب رئيس الوزراء":
    # an unnamed office right after one a name holds is the same person's too; its
    # ministry is theirs when the first gave none. So is one after a comma ("فلان،
    # قائد القوات البرية، وزير الدفاع،") unless it names a state the holder
    # was not given: "استقبل فلان، وزير الخارجية، السفير الأمريكي" is someone else.
    for office in list(offices):
        holder = held_until.get(office.start)
        after_comma = (
            holder is None
            and office.start
            and tokens[office.start - 1].norm in COMMAS
            and (holder := held_until.get(office.start - 1)) is not None
        )
        if holder is None or tokens[office.start].prefix not in ("", "و"):
            continue
        if office.counterpart or (office.country and holder.country not in (None, office.country)):
            continue
        if after_comma and office.country and holder.country is None:
            continue
        holder.ministry = holder.ministry or office.ministry
        holder.country = holder.country or office.country
        holder.other_heads += (office.head, *office.other_heads)
        offices.remove(office)
        held_until[office.end] = holder

    # An office no name before it holds, then a name opened by a rank or honorific
    # that step 1 could not reach: "الأمين العام لمجلس التعاون لدول الخليج العربية
    # الدكتور فلان", "وزير الخارجية والتعاون الدولي، السفير فلان" (an office word
    # alone is a title). Not "فلان وزير الخارجية والسيد علان": another person.
    for office in list(offices):
        if office.counterpart:
            continue
        holder = min(
            (m for m in mentions if m.start >= office.end), key=attrgetter("start"), default=None
        )
        if (
            holder is None
            or (holder.role and not _bare_title(tokens, holder))
            or tokens[holder.start].prefix.startswith(("و", "ف"))
            or tokens[office.end].prefix == "ب"  # "التقى الوزير بالفريق فلان": the one met
            or not titled_holder(lex, tokens, office.end, holder.start)
        ):
            continue
        take_office(holder, office)
        claimed.update(range(office.start, holder.start))
        holder.start = office.start
        offices.remove(office)


def _bare_title(tokens: list[Token], mention: Mention) -> bool:
    """Was the mention's office one word alone, used as a title ("السفير فلان")?"""
    opening = tokens[mention.start]
    return opening.definite and tokens[mention.start + 1] == mention.name_tokens[0]


# Titles of heads of state (normalised): "الرئيس فلان", "الملك فلان".
_RULERS = frozenset({"رئيس", "ملك", "امير", "سلطان"})


def name_before_office(
    lex: Lexicon, tokens, office: Office, mentions, claimed, named_only=False
) -> Mention | None:
    k = office.start - 1
    if k >= 0 and (
        tokens[k].norm in COMMAS
        or tokens[k].norm in SEMICOLONS
        or tokens[k].norm in DASHES
        or set(tokens[k].text) == {"ـ"}  # a dash drawn with tatweel: "فلان ـــ قائد ..."
    ):
        # "فلان، قائد ..."; in a list, "فلان؛ قائد ...، وعلان؛ قائد ...", "- السيد فلان –
        # سفير غانا - السيد علان – سفير كوريا"
        k -= 1
    while k >= 0 and tokens[k].is_quote:
        k -= 1  # "السفيرة “فلانة” رئيسة البعثة"
    if k >= 0 and k < office.start - 1 and (holder := _hand_office_back(mentions, k, office)):
        return holder
    for mention in mentions:
        # A bare title before the name ("السفيرة فلانة رئيسة البعثة") gives way to the
        # office after it, which says whom the person speaks for.
        # So does a counterpart's ("نظيره الإماراتي فلان، نائب رئيس مجلس الوزراء").
        bare = (
            mention.role is None
            or mention.counterpart
            or (mention.country is None and mention.org is None and " " not in mention.role)
        )
        # Not an office of another state: "السلطان العماني فلان، الرئيس الإيراني" is
        # the one received.
        other_state = None not in (mention.country, office.country) and (
            mention.country != office.country
        )
        # Nor, after a name with an office of its own, a definite office of a state
        # right after it: "استقبل الرئيس فلان الوزير السوداني" names the one received.
        received = (
            mention.role is not None
            and office.start == mention.end
            and office.country is not None
            # "حمّل الرئيس فلان وزير الخارجية الأردني تحياته": a ruler's title before
            # the name and another office after it; not an honorific ("السيد فلان",
            # "السفير فلان مساعد وزير الخارجية المصري") nor the same office again
            # ("الملك فلان ملك المملكة الأردنية")
            and (
                tokens[office.start].article
                or (mention.head in _RULERS and mention.head != office.head)
            )
        )
        if mention.end - 1 == k and bare and not other_state and not received:
            country = mention.country
            take_office(mention, office)
            mention.country = mention.country or country
            return mention
    if named_only:
        return None
    picked = name_before(lex, tokens, k, claimed)
    if not picked:
        return None
    mention = Mention.of(tokens, picked, office)
    opening = tokens[picked[0]]
    if picked[0] - 1 in claimed and opening.text[:1] == "و" and not lex.knows(opening.norm[1:]):
        # "مع فلان علان ودينغ باو القائم بأعمال": the و of a list, not of the name
        mention.name = mention.name[1:]
        mention.name_tokens = (make_token(opening.text[1:]), *mention.name_tokens[1:])
    mention.start = picked[0]
    mentions.append(mention)
    claimed.update(range(picked[0], office.end))
    return mention


def _hand_office_back(mentions: list[Mention], k: int, office: Office) -> Mention | None:
    """ "استقبل العميد فلان وزير العدل علان، نائب رئيس المفوضية الأوروبية": the
    office read as the one before علان is the titled name's before it, when علان has
    his own set off after him. Gives the titled name that office and علان his own, and
    returns علان; else None. Only an office of no state before an office of another
    body or state ("سفير إيطاليا فلان، رئيس البعثة" is one man's two offices)."""
    holder = next((m for m in mentions if m.end - 1 == k and m.role), None)
    if holder is None or holder.start == holder.end - len(holder.name_tokens):
        return None
    if holder.country is not None or office.country is None:
        return None
    titled = next((m for m in mentions if m.end == holder.start and m.role is None), None)
    if titled is None:
        return None
    titled.role, titled.head, titled.org = holder.role, holder.head, holder.org
    titled.ministry, titled.other_heads = holder.ministry, holder.other_heads
    titled.country = titled.country or holder.country
    titled.end = holder.end - len(holder.name_tokens)
    holder.start = titled.end
    take_office(holder, office)
    return holder


def joined(token: Token) -> bool:
    """Does an office word carry a conjunction or a preposition (و، ف، ل، ب)?"""
    return token.prefix.startswith(("و", "ف", "ل", "ب"))
