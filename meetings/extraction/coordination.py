"""People named one after another in a list, the first with an office and the next
with only what differs: a nationality ("ونظيريه الأردني فلان والمصري علان") or a
portfolio ("وزير الخارجية (فلانة) والداخلية (علان)", "وفد ضم وزراء: الداخلية فلان،
والخارجية علان"). Each is a mention of its own, with the office of the first.
"""

from .bare_names import dual_head
from .document import Mention
from .foreign_names import transliterated
from .lexicon import Lexicon
from .names import take_name
from .phrases import match_phrase
from .titles import skip_titles
from .tokens import make_token
from .words import COMMAS, without_prefix

MINISTERS = frozenset({"وزراء"})


# "And also" (normalised) before the next of a list: "وكذا النيجري فلان".
_AND_ALSO = frozenset({"وكذا", "وكذلك"})
# Nationalities that are also common words ("المالي", financial): read as one only in a
# list of nationalities after a name.
_LIST_ONLY_NATIONALITIES = {"المالي": "ML", "الماليه": "ML"}


def coordinated_nationality(
    lex: Lexicon, tokens, mention: Mention, mentions, claimed
) -> Mention | None:
    """The person a nationality opens after another's name, with the same office:
    "نظيريه الأردني فلان(،) والمصري علان", "... وكذا النيجري علان", "والإماراتي
    الشيخ فلان"; after an office of two, a state too: "وزيرا خارجية مصر فلان
    والسودان علان"."""
    k = mention.end
    if k < len(tokens) and tokens[k].norm in COMMAS:
        k += 1
    if mention.head is None or k >= len(tokens) or k in claimed:
        return None
    # "وكذا النيجري", and "و الألماني" with the conjunction written apart
    also = tokens[k].norm in _AND_ALSO or tokens[k].norm == "و"
    if also:
        k += 1
        if k >= len(tokens) or k in claimed:
            return None
    t = tokens[k]
    code = lex.adjectives.get((t.core,)) or _LIST_ONLY_NATIONALITIES.get(t.core)
    state_named = code is None and dual_head(tokens[mention.start].norm)
    if state_named:
        code = lex.country_names.get((t.core,))
    if not (also or t.prefix.startswith("و")) or code is None:
        return None
    first, _ = skip_titles(lex, tokens, k + 1)
    if first < len(tokens) and tokens[first].norm in COMMAS:
        first += 1  # "ونظرائه النيجري، فلان، والعاجي، علان"
    # "والسودان الدرديري محمد": after a state, a name may open with the article
    # "والعاجي، الحسن فلان": a given name with the article
    definite_ok = state_named or (first < len(tokens) and tokens[first].norm in lex.given_names)
    name = take_name(lex, tokens, first, definite_ok=definite_ok)
    if not name or any(i in claimed for i in name):
        return None
    other = Mention.of(tokens, name, None)
    other.start = k
    other.role = mention.role if state_named else _with_nationality(lex, mention.role, t)
    other.head, other.ministry = mention.head, mention.ministry
    other.org, other.country, other.counterpart = mention.org, code, mention.counterpart
    mentions.append(other)
    claimed.update(range(k, name[-1] + 1))
    return other


def _with_nationality(lex: Lexicon, role: str | None, adjective) -> str | None:
    """The first's office with the next's nationality: "الرئيس المالي" → "الرئيس العاجي"."""
    words = (role or "").split()
    last = make_token(words[-1]).core if words else ""
    if (last,) in lex.adjectives or last in _LIST_ONLY_NATIONALITIES:
        return " ".join([*words[:-1], without_prefix(adjective)])
    return role


def dual_office_second_holder(
    lex: Lexicon, tokens, mention: Mention, mentions, claimed
) -> Mention | None:
    """The second holder of an office named in the dual for two states, after the
    first's name: "وزيرا الداخلية التونسي والجزائري، فلان وعلان" (the first holder
    is of the first state, the second of the second)."""
    if not mention.role or not mention.role.split()[0].endswith("ا"):
        return None
    states = _states_in(lex, tokens, mention.start, mention.end - len(mention.name_tokens))
    if len(states) != 2 or mention.country != states[0]:
        return None
    k = mention.end
    if k < len(tokens) and tokens[k].norm in COMMAS:
        k += 1
    if k >= len(tokens) or k in claimed or tokens[k].norm[:1] != "و":
        return None
    tokens = _without_wa(tokens, k)
    if tokens[k].norm not in lex.given_names:
        return None
    name = take_name(lex, tokens, k, definite_ok=False, due=True)
    if len(name) < 2 or any(i in claimed for i in name):
        return None
    other = Mention.of(tokens, name, None)
    other.role, other.head, other.ministry = mention.role, mention.head, mention.ministry
    other.org, other.country = mention.org, states[1]
    mentions.append(other)
    claimed.update(range(k, name[-1] + 1))
    return other


def take_second_portfolio(lex: Lexicon, tokens, first: Mention, second: Mention) -> None:
    """The second holder of an office of two portfolios holds the second one:
    "وزيرا الخارجية والدفاع فلان وعلان" (``first`` is the office's first holder)."""
    cores = [t.core for t in tokens]
    for k in range(first.start + 1, first.end - len(first.name_tokens)):
        if tokens[k].prefix != "و":
            continue
        length, code = match_phrase(cores, k, lex.portfolios, lex.max_phrase)
        if length:
            _hold_portfolio(second, tokens, k, length, code)
            return


def respective_counterparts(lex: Lexicon, tokens, mentions, claimed) -> None:
    """Counterparts of several states named in the order of the states before them:
    "مع نظرائه من مصر والأردن والعراق فلان وعلان وفلان (على التوالي)". Each is the
    counterpart of the state at the same place in the list."""
    for k, token in enumerate(tokens[:-1]):
        if k in claimed or token.core not in _PLURAL_COUNTERPARTS:
            continue
        j = k + 1 if tokens[k + 1].norm != "من" else k + 2
        states: list[str] = []
        while j < len(tokens) and not tokens[j].is_punct:
            code = _state(lex, tokens[j])
            if code is None or (states and not tokens[j].prefix.startswith("و")):
                break
            states.append(code)
            j += 1
        if len(states) < 2:
            continue
        named = _names_in_a_row(lex, tokens, j, len(states), claimed)
        if len(named) != len(states):
            continue
        for (start, name, words), code in zip(named, states, strict=True):
            other = Mention.of(words, name, None)
            other.start = start
            other.role, other.head, other.country = without_prefix(token), "نظير", code
            other.counterpart = True
            mentions.append(other)
            claimed.update(range(start, name[-1] + 1))
        claimed.update(range(k, j))


_PLURAL_COUNTERPARTS = frozenset({"نظرائه", "نظرائها", "نظرائهم", "نظراءه", "نظراؤه"})


def _names_in_a_row(lex: Lexicon, tokens, k: int, count: int, claimed):
    """Up to `count` names one after another from k, the second on written with و: each
    (its first index, its indices, the tokens they index)."""
    found = []
    while len(found) < count and k < len(tokens) and k not in claimed:
        words = tokens
        if found:
            if tokens[k].norm[:1] != "و":
                break
            words = _without_wa(tokens, k)
        name = take_name(lex, words, k, definite_ok=False, due=True)
        if len(name) < 2 or any(i in claimed for i in name):
            break
        found.append((k, name, words))
        k = name[-1] + 1
    return found


def _without_wa(tokens, k: int) -> list:
    """The tokens with the word at k read again without its "و", whether or not the
    tokeniser took it off ("وإبراهيم": a name the lexicons do not know as a word)."""
    return [*tokens[:k], make_token(tokens[k].text[1:]), *tokens[k + 1 :]]


def _states_in(lex: Lexicon, tokens, start: int, end: int) -> list[str]:
    """The states an office phrase names, in order ("التونسي والجزائري")."""
    states = []
    for t in tokens[start:end]:
        code = _state(lex, t)
        if code and code not in states:
            states.append(code)
    return states


def _state(lex: Lexicon, token) -> str | None:
    """The state a word names or is the nationality of ("تونس", "التونسي")."""
    return lex.adjectives.get((token.core,)) or lex.country_names.get((token.core,))


def coordinated_portfolio(
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
        length, code = _other_portfolio(tokens, k), "other"
    if not length:
        return None
    start = k + length
    while start < len(tokens) and tokens[start].is_quote:
        start += 1
    name = take_name(lex, tokens, start, definite_ok=False)
    if not name or any(i in claimed for i in name) or not _name_evidence(lex, tokens, name):
        return None
    mention = Mention.of(tokens, name, None)
    mention.start, mention.head, mention.country = k, "وزير", country
    _hold_portfolio(mention, tokens, k, length, code)
    mentions.append(mention)
    claimed.update(range(k, name[-1] + 1))
    end = name[-1] + 1
    while end < len(tokens) and tokens[end].is_quote:
        end += 1
    return end


def _other_portfolio(tokens, k: int) -> int:
    """The length of a portfolio outside the ministry codes, in a list of ministers by
    portfolio: "وشؤون الهجرة (فلان)", "والتخطيط (علان)": the name in brackets after it
    tells it is one. 0 when there is none."""
    for length in (1, 2):
        end = k + length
        if end >= len(tokens) or not tokens[end].is_quote:
            continue
        words = tokens[k:end]
        if words[-1].definite and all(not t.is_punct for t in words):
            return length
    return 0


def _name_evidence(lex: Lexicon, tokens, name: list[int]) -> bool:
    """Is the name made like one: a given name first, or the spelling of a transliterated
    name, or in quotes or brackets?"""
    first = tokens[name[0]]
    if first.undefined in lex.given_names or first.undefined in lex.weak_given_names:
        return True
    return transliterated(first.norm) or (name[0] > 0 and tokens[name[0] - 1].is_quote)


def _hold_portfolio(mention: Mention, tokens, k: int, length: int, code: str) -> None:
    """The minister of the portfolio written at k, with "و" or not ("والدفاع")."""
    portfolio = " ".join([without_prefix(tokens[k])] + [t.text for t in tokens[k + 1 : k + length]])
    mention.role, mention.ministry, mention.org = f"وزير {portfolio}", code, f"وزارة {portfolio}"


# Heads of an office held in several states, in the plural, and one holder's (normalised).
_ONE_OF_MANY = {"وزراء": "وزير", "سفراء": "سفير", "رؤساء": "رئيس", "قاده": "قائد"}


def holders_state_by_state(lex: Lexicon, tokens, mentions, claimed) -> None:
    """An office of several states, each state followed by its holder's name: "وزراء
    خارجية الأردن فلان، ولبنان علان، وسلطنة عمان فلان". Each is a mention of its own,
    of the office in the singular and of the state before the name."""
    cores = [t.core for t in tokens]
    for k, token in enumerate(tokens[:-2]):
        one = _ONE_OF_MANY.get(token.core.removeprefix("ال"))
        if one is None or k in claimed:
            continue
        length, code = match_phrase(cores, k + 1, lex.portfolios, lex.max_phrase)
        portfolio = [t.text for t in tokens[k + 1 : k + 1 + length]]
        j = k + 1 + length
        found = []
        while j < len(tokens) and j not in claimed:
            if found and tokens[j].norm in COMMAS:
                j += 1
            if found and (j >= len(tokens) or not tokens[j].prefix.startswith("و")):
                break
            size, state = match_phrase(cores, j, lex.country_names, lex.max_phrase)
            if not size:
                break
            first, _ = skip_titles(lex, tokens, j + size)
            name = take_name(lex, tokens, first, definite_ok=True, due=True)
            if len(name) < 2 or any(i in claimed for i in name):
                break
            found.append((j, name, state))
            j = name[-1] + 1
        for start, name, state in found:
            mention = Mention.of(tokens, name, None)
            mention.start = start
            mention.role, mention.head = " ".join([one, *portfolio]), one
            mention.country, mention.ministry = state, code if length else None
            if length and one == "وزير":
                mention.org = " ".join(["وزارة", *portfolio])
            mentions.append(mention)
            claimed.update(range(start, name[-1] + 1))
        if found:
            claimed.update(range(k, found[0][0]))
