"""The people a sentence names, with the office each holds.

Adds to each sentence its `people`: the `Mention`s of named people, the `Office`s
named with no name of their own, and the tokens they take (`claimed`). Office phrases
are read by `offices`, names by `names`; institutions are the next pass's
(`institutions`).
"""

from .document import Document, Mention, Office, SentencePeople
from .known import KnownPeople
from .lexicon import Lexicon, match_phrase
from .names import (
    NAME_JOINERS,
    apposition_before,
    name_after,
    name_before,
    skip_titles,
    take_name,
    titled_name_before,
    transliterated,
)
from .offices import (
    definite_name_at,
    extend_phrase,
    phrase_country,
    phrase_ministry,
    phrase_org,
    short_role,
)
from .tokens import Token, in_any
from .words import COMMAS, head, is_counterpart, is_title, without_prefix

# Places named after people: "مطار الملك خالد", "جامعة الملك سعود".
_FACILITIES = frozenset(
    {"مطار", "جامعه", "مستشفي", "شارع", "ميناء", "قاعده", "مسجد", "قاعه", "فندق", "مدرسه"}
)
_SIDE = frozenset({"الجانب", "جانب"})
# Greetings conveyed from someone absent: "تحيات X". (Not a letter: who carries it and
# who receives it take part.)
_CONVEYED = frozenset({"تحيات", "تحيه", "تهاني", "تمنيات"})
_MINISTERS = frozenset({"وزراء"})
_DELEGATION = frozenset({"الوفد", "وفد", "وفده", "وفدها"})
_ACCOMPANYING = frozenset({"المرافق", "مرافق", "المرافقه", "له", "لها", "لهما"})
# What a delegation is made of: "المكون من", "الذي ضم", "ويضم".
_MADE_OF = frozenset({"المكون", "المؤلف", "الذي", "ضم", "يضم", "يتقدمه", "منهم", "وضم"})
_CHILD_OF = frozenset({"نجل", "ابن", "ابنه", "كريمه", "بنت"})
_SIDE_LOOKBACK = 12


def find_mentions(doc: Document) -> None:
    for sentence in doc.sentences:
        sentence.people = read_mentions(doc.lex, sentence.tokens, doc.known)


def read_mentions(
    lex: Lexicon, tokens: list[Token], known: KnownPeople | None = None
) -> SentencePeople:
    """The named people and the unnamed offices of one sentence, in four steps."""
    n = len(tokens)
    norms = [t.norm for t in tokens]
    cores = [t.core for t in tokens]
    mentions: list[Mention] = []
    offices: list[Office] = []
    claimed: set[int] = set()

    # 1. Office phrases, and the name that follows each.
    k = 0
    while k < n:
        t = tokens[k]
        length, phrase = match_phrase(norms, k, lex.head_phrases, 3)
        if not length:
            length, phrase = match_phrase(cores, k, lex.head_phrases, 3)
        office_head = phrase or (None if is_title(lex, t) else head(lex, t))
        counterpart = office_head is None and is_counterpart(lex, t)
        if not office_head and not counterpart:
            k += 1
            continue
        if k and _facility(tokens[k - 1]):
            # "بمطار الملك خالد الدولي": a place named after someone
            name = take_name(lex, tokens, k + 1, definite_ok=False)
            end = name[-1] + 1 if name else k + 1
            claimed.update(range(k, end))
            k = end
            continue
        end = extend_phrase(lex, tokens, k + max(length, 1))
        states_end, states = _listed_states(lex, tokens, end)
        if states and _plural(lex, t):
            # "سفراء كل من اليونان وقبرص": one unnamed participant per state.
            states_end = extend_phrase(lex, tokens, states_end)
            role = without_prefix(t)
            for code in states:
                offices.append(Office(k, states_end, role, office_head, code, None, None))
            claimed.update(range(k, states_end))
            k = states_end
            continue
        office = Office(
            start=k,
            end=end,
            role=short_role(lex, tokens, k, end),
            head=office_head or "نظير",
            country=phrase_country(lex, tokens, k + 1, end),
            ministry=phrase_ministry(lex, tokens, k, end),
            org=phrase_org(lex, tokens, k, end),
            counterpart=counterpart,
        )
        claimed.update(range(k, end))
        if definite_name_at(lex, tokens, end):
            name = take_name(lex, tokens, end, definite_ok=True)
        else:
            name, via_comma = name_after(lex, tokens, end)
            if via_comma and (
                apposition_before(lex, tokens, k, claimed) or titled_name_before(lex, tokens, k)
            ):
                # "مع فلان الفلاني، نائبة وزير الخارجية، بحثتا ...", "التقى الفريق فلان
                # القائد العام ...، الفريق علان": the office is the name's before it (step 4)
                name = []
        if name:
            mentions.append(_mention(tokens, name, office))
            claimed.update(range(end, name[-1] + 1))
            k = name[-1] + 1
        else:
            offices.append(office)
            k = end

    # 2. "ونظيريه الأردني فلان والمصري فلان": a nationality opening another
    # name, before a title inside it ("والعراقي عبد الأمير ...") is read as one.
    for mention in list(mentions):
        while mention is not None:  # "... والعراقي فلان واللبناني علان"
            mention = _coordinated_nationality(lex, tokens, mention, mentions, claimed)
    # ... and a portfolio opening another minister's name: "وزير الخارجية (فلانة)
    # والداخلية (علان)", "وفد ضم وزراء: الداخلية فلان، والخارجية علان".
    starts = [(m.end, m.country) for m in mentions if m.ministry]
    starts += [
        (k + 2, None)
        for k, t in enumerate(tokens[:-1])
        if t.bare in _MINISTERS and tokens[k + 1].norm == ":"
    ]
    for k, country in starts:
        while k is not None:
            k = _coordinated_portfolio(lex, tokens, k, country, mentions, claimed)

    # 3. Names after a rank or honorific alone ("الفريق ياسر"، "والسيد لوران بيرنار").
    k = 0
    while k < n:
        if k in claimed or not is_title(lex, tokens[k]) or _team(lex, tokens, k):
            k += 1
            continue
        start = k
        k, _ = skip_titles(lex, tokens, k)
        name = [
            i
            for i in take_name(lex, tokens, k, definite_ok=True, due=True, titled=True)
            if i not in claimed
        ]
        if name:
            mention = _mention(tokens, name, None)
            mention.start = start
            mentions.append(mention)
            claimed.update(range(start, name[-1] + 1))
            k = name[-1] + 1

    # 4. Name first, office after: "كمال بن يوسف رئيس الحكومة".
    for office in list(offices):
        if office.counterpart or tokens[office.start].prefix.startswith(("و", "ف")):
            continue
        mention = _name_before_office(lex, tokens, office, mentions, claimed)
        if mention is not None:
            offices.remove(office)

    # 5. A name with no office or title before it: one the archive knows, by any of its
    # forms; else one known by what it is made of, a given name and a family name
    # ("التقى اليوم جيم جفري مبعوث ...", "مع فتحي باشاغا").
    k = 0
    while k < n:
        length = known.match(tokens, k) if known and k not in claimed else 0
        if length:
            name = list(range(k, k + length))
        elif k in claimed or not _opens_bare_name(lex, tokens, k):
            k += 1
            continue
        else:
            name = take_name(lex, tokens, k, definite_ok=False)
        words = [i for i in name if tokens[i].norm not in NAME_JOINERS]
        if len(words) < 2 or any(i in claimed for i in name):
            k += 1
            continue
        mention = _mention(tokens, name, None)
        if length and known.get(mention.name) is None:
            mention.name = mention.name[1:]  # "وخليفة حفتر": the conjunction is no name
        mentions.append(mention)
        claimed.update(name)
        k = name[-1] + 1
    for office in list(offices):  # "جيم جفري مبعوث الخارجية": the office after it
        if office.counterpart or tokens[office.start].prefix.startswith(("و", "ف")):
            continue
        if _name_before_office(lex, tokens, office, mentions, claimed, named_only=True):
            offices.remove(office)

    mentions.sort(key=lambda m: m.start)
    _delegation_members(lex, tokens, mentions)
    for i, mention in enumerate(mentions):
        mention.kin = _after_kinship(lex, tokens, mention.start)
        if i + 1 < len(mentions):
            _family_name_from_parent(lex, tokens, mention, mentions[i + 1])
        if mention.country is None:
            mention.country = _side_country(lex, tokens, mention.start)
        if mention.country is None and i and _coordinated(tokens, mentions[i - 1], mention):
            mention.country = mentions[i - 1].country
    return SentencePeople(mentions, offices, [], claimed)


def _team(lex: Lexicon, tokens, k: int) -> bool:
    """ "فريق التنسيق الفني": a team (an institution), not the rank ("الفريق فلان")."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        t.core in lex.institution_heads
        and not t.definite
        and nxt is not None
        and nxt.definite
        and nxt.core not in lex.rank_modifiers
        and nxt.norm not in lex.ranks
    )


def _opens_bare_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Can a name with no office start at k? With a given name that is no ordinary
    word; or with one that is ("خليفة", "علي") right after a meeting cue or "مع"."""
    t = tokens[k]
    if t.prefix or t.definite or t.is_punct:
        return False
    if t.norm in lex.given_names:
        return True
    if t.norm not in lex.weak_given_names or k == 0:
        return False
    before = tokens[k - 1]
    return before.norm == "مع" or in_any(before, lex.verbs) is not None


def _plural(lex: Lexicon, token: Token) -> bool:
    return token.core.removeprefix("ال") in lex.plural_heads


def _listed_states(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, list[str]]:
    """States listed after a plural office: "(كل من) اليونان وقبرص ومالطا"."""
    n = len(tokens)
    if k + 1 < n and tokens[k].norm == "كل" and tokens[k + 1].norm == "من":
        k += 2
    cores = [t.core for t in tokens]
    states: list[str] = []
    end = k
    while k < n:
        if states and tokens[k].norm in COMMAS:
            k += 1
        elif states and not tokens[k].prefix.startswith("و"):
            break
        length, code = match_phrase(cores, k, lex.country_names, lex.max_phrase)
        if not length:
            break
        states.append(code)
        k = end = k + length
    return end, states if len(states) > 1 else []


def _name_before_office(
    lex: Lexicon, tokens, office: Office, mentions, claimed, named_only=False
) -> Mention | None:
    k = office.start - 1
    if k >= 0 and tokens[k].norm in COMMAS:
        k -= 1
    while k >= 0 and tokens[k].is_quote:
        k -= 1  # "السفيرة “فلانة” رئيسة البعثة"
    for mention in mentions:
        # A bare title before the name ("السفيرة فلانة رئيسة البعثة") gives way to the
        # office after it, which says whom the person speaks for.
        bare = mention.role is None or (
            mention.country is None and mention.org is None and " " not in mention.role
        )
        if mention.end - 1 == k and bare:
            _take_office(mention, office)
            return mention
    if named_only:
        return None
    picked = name_before(lex, tokens, k, claimed)
    if not picked:
        return None
    mention = _mention(tokens, picked, office)
    mention.start = picked[0]
    mentions.append(mention)
    claimed.update(range(picked[0], office.end))
    return mention


def _coordinated_nationality(
    lex: Lexicon, tokens, mention: Mention, mentions, claimed
) -> Mention | None:
    """The person a nationality opens after another's name, with the same office:
    "نظيريه الأردني فلان(،) والمصري علان"."""
    k = mention.end
    if k < len(tokens) and tokens[k].norm in COMMAS:
        k += 1
    if mention.head is None or k >= len(tokens) or k in claimed:
        return None
    t = tokens[k]
    code = lex.adjectives.get((t.core,))
    if not t.prefix.startswith("و") or code is None:
        return None
    name = take_name(lex, tokens, k + 1, definite_ok=False)
    if not name or any(i in claimed for i in name):
        return None
    other = _mention(tokens, name, None)
    other.start = k
    other.role, other.head, other.ministry = mention.role, mention.head, mention.ministry
    other.org, other.country, other.counterpart = mention.org, code, mention.counterpart
    mentions.append(other)
    claimed.update(range(k, name[-1] + 1))
    return other


def _coordinated_portfolio(
    lex: Lexicon, tokens, k: int, country: str | None, mentions, claimed
) -> int | None:
    """A minister named by a portfolio alone after another minister (or "وزراء:"): a
    new mention, and where the list may go on; else None."""
    while k < len(tokens) and (tokens[k].norm in COMMAS or tokens[k].is_quote):
        k += 1
    if k >= len(tokens) or k in claimed:
        return None
    cores = [t.core for t in tokens]
    length, code = match_phrase(cores, k, lex.portfolios, lex.max_phrase)
    if not length:
        return None
    start = k + length
    while start < len(tokens) and tokens[start].is_quote:
        start += 1
    name = take_name(lex, tokens, start, definite_ok=False)
    if not name or any(i in claimed for i in name) or not _name_evidence(lex, tokens, name):
        return None
    mention = _mention(tokens, name, None)
    portfolio = " ".join([without_prefix(tokens[k])] + [t.text for t in tokens[k + 1 : k + length]])
    mention.start, mention.head, mention.role = k, "وزير", f"وزير {portfolio}"
    mention.ministry, mention.country = code, country
    mention.org = f"وزارة {portfolio}"
    mentions.append(mention)
    claimed.update(range(k, name[-1] + 1))
    end = name[-1] + 1
    while end < len(tokens) and tokens[end].is_quote:
        end += 1
    return end


def _name_evidence(lex: Lexicon, tokens, name: list[int]) -> bool:
    """Is the name made like one: a given name first, or the spelling of a transliterated
    name, or in quotes or brackets?"""
    first = tokens[name[0]]
    if first.undefined in lex.given_names or first.undefined in lex.weak_given_names:
        return True
    return transliterated(first.norm) or (name[0] > 0 and tokens[name[0] - 1].is_quote)


def _mention(tokens, name: list[int], office: Office | None) -> Mention:
    name_tokens = tuple(tokens[i] for i in name)
    text = " ".join(t.text for t in name_tokens)
    mention = Mention(
        start=office.start if office else name[0],
        end=name[-1] + 1,
        name=text,
        name_tokens=name_tokens,
    )
    if office:
        _take_office(mention, office)
    return mention


def _coordinated(tokens, before: Mention, mention: Mention) -> bool:
    """ "وزير الخارجية التركي أمره قايا، ووزير الدفاع مراد يلدز": one side."""
    gap = [t for t in tokens[before.end : mention.start] if t.norm not in COMMAS]
    return not gap and tokens[mention.start].prefix.startswith("و") and mention.head is not None


def _delegation_members(lex: Lexicon, tokens, mentions: list[Mention]) -> None:
    """ "فلان وزير داخلية السعودية والوفد المرافق له، المكون من وكيل الوزارة علان، ...":
    the people a visitor's delegation is said to be made of are of the visitor's state
    (not those named after "بحضور": the hosts)."""
    for d, token in enumerate(tokens[:-1]):
        if token.core not in _DELEGATION:
            continue
        k = d + 1
        while k < len(tokens) and (tokens[k].norm in COMMAS or tokens[k].core in _ACCOMPANYING):
            k += 1
        if k >= len(tokens) or tokens[k].bare not in _MADE_OF:
            continue
        visitor = next((m for m in reversed(mentions) if m.end <= d and m.country), None)
        if visitor is None:
            return
        end = next(
            (j for j in range(k, len(tokens)) if in_any(tokens[j], lex.attendance)), len(tokens)
        )
        for member in mentions:
            if k < member.start < end and member.country is None:
                member.country = visitor.country
        return


def _family_name_from_parent(lex: Lexicon, tokens, mention: Mention, parent: Mention) -> None:
    """ "الفريق صدام، نجل المشير خليفة حفتر": a one-word name followed by its bearer's
    parent carries the parent's family name."""
    if len(mention.name_tokens) != 1 or len(parent.name_tokens) < 2:
        return
    between = [t for t in tokens[mention.end : parent.start] if t.norm not in COMMAS]
    if not between or between[0].norm not in _CHILD_OF:
        return
    if not all(t.norm in _CHILD_OF or is_title(lex, t) for t in between):
        return
    family = parent.name_tokens[-1]
    mention.name = f"{mention.name} {family.text}"
    mention.name_tokens = (*mention.name_tokens, family)


def _after_kinship(lex: Lexicon, tokens, start: int) -> bool:
    """Is the person only mentioned: a relative ("نجل X"), or someone whose greetings
    are conveyed ("نقل تحيات X وولي عهده Y")?"""
    k = start - 1
    while k >= 0 and (is_title(lex, tokens[k]) or tokens[k].is_quote):
        k -= 1
    if k >= 0 and in_any(tokens[k], lex.kinship) is not None:
        return True
    return any(t.bare in _CONVEYED for t in tokens[max(0, start - 12) : start])


def _side_country(lex: Lexicon, tokens, start: int) -> str | None:
    """ "عن الجانب الليبي ..." or "وعن جانب بعثة الاتحاد الأوروبي ..." before a name."""
    for k in range(start - 1, max(-1, start - _SIDE_LOOKBACK), -1):
        if tokens[k].core in _SIDE or tokens[k].norm in _SIDE:
            return phrase_country(lex, tokens, k + 1, min(start, k + 8))
    return None


def _facility(token: Token) -> bool:
    if token.core in _FACILITIES:
        return True
    return token.norm[:1] in ("ب", "ل", "و") and token.norm[1:] in _FACILITIES


def _take_office(mention: Mention, office: Office) -> None:
    mention.role = office.role
    mention.head = office.head
    mention.country = office.country
    mention.ministry = office.ministry
    mention.org = office.org
    mention.counterpart = office.counterpart
