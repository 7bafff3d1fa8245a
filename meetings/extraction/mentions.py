"""The people a sentence names, with the office each holds.

Adds to each sentence its `people`: the `Mention`s of named people, the `Office`s
named with no name of their own, and the tokens they take (`claimed`). Office phrases
and the names after them are read by `office_mentions`, names by `names`; institutions
are the next pass's (`institutions`).
"""

from .bare_names import (
    dual_head,
    ending_at,
    facility,
    office_of_two,
    opens_bare_name,
    second_of_a_pair,
)
from .coordination import (
    MINISTERS,
    coordinated_nationality,
    coordinated_portfolio,
    dual_office_second_holder,
    holders_state_by_state,
    respective_counterparts,
    take_second_portfolio,
)
from .document import Document, Mention, Office, SentencePeople, take_office
from .foreign_names import conjoined_foreign_name, transliterated
from .joint_offices import counterpart_in_apposition, joint_offices
from .known import KnownPeople
from .lexicon import Lexicon
from .mention_context import (
    accompanying,
    coordinated,
    delegation_members,
    family_name_from_parent,
    sender_state,
    side_country,
)
from .name_offices import joined, name_before_office, offices_after_names
from .name_parts import NAME_JOINERS
from .name_words import name_like
from .names import take_name
from .office_mentions import claim_place_named_after_someone, read_offices
from .only_mentioned import after_kinship, also_only_mentioned
from .phrases import match_phrase
from .states_visited import visited_state
from .titles import skip_titles
from .tokens import Token, make_token
from .words import COMMAS, SON_OF, accredited_at, eulogised, is_title, late


def find_mentions(doc: Document) -> None:
    for sentence in doc.sentences:
        sentence.people = read_mentions(doc.lex, sentence.tokens, doc.known)
    _met_with_someone_named(doc)


def _met_with_someone_named(doc: Document) -> None:
    """ "اتصال من الرئيس رجب طيب أردوغان بميقاتي": a name's last word that is ب and
    the family name of someone the article names in full is that person, met "with";
    the tokeniser keeps ب on a name it does not know, so it was read as a family name."""
    families = {
        m.name_tokens[-1].norm
        for sentence in doc.sentences
        for m in sentence.people.mentions
        if len(m.name_tokens) >= 2
    }
    for sentence in doc.sentences:
        for mention in sentence.people.mentions:
            last = mention.name_tokens[-1].norm
            if len(mention.name_tokens) >= 3 and last[:1] == "ب" and last[1:] in families:
                mention.name_tokens = mention.name_tokens[:-1]
                mention.name = mention.name.rsplit(" ", 1)[0]
                mention.end -= 1
                sentence.people.claimed.discard(mention.end)


def read_mentions(
    lex: Lexicon, tokens: list[Token], known: KnownPeople | None = None
) -> SentencePeople:
    """The named people and the unnamed offices of one sentence, in five steps."""
    n = len(tokens)
    mentions: list[Mention] = []
    offices: list[Office] = []
    claimed: set[int] = set()

    # 1. Office phrases, and the name that follows each; first, counterparts of several
    # states named in the states' order ("نظرائه من تونس وليبيا فلان وعلان").
    respective_counterparts(lex, tokens, mentions, claimed)
    holders_state_by_state(lex, tokens, mentions, claimed)
    read_offices(lex, tokens, mentions, offices, claimed)
    joint_offices(lex, tokens, mentions, offices)
    counterpart_in_apposition(tokens, mentions, offices)

    # 2. "ونظيريه الأردني فلان والمصري فلان": a nationality opening another
    # name, before a title inside it ("والعراقي عبد الأمير ...") is read as one.
    for mention in list(mentions):
        dual_office_second_holder(lex, tokens, mention, mentions, claimed)
        while mention is not None:  # "... والعراقي فلان واللبناني علان"
            mention = coordinated_nationality(lex, tokens, mention, mentions, claimed)
    # ... and a portfolio opening another minister's name: "وزير الخارجية (فلانة)
    # والداخلية (علان)", "وفد ضم وزراء: الداخلية فلان، والخارجية علان".
    starts = [(m.end, m.country) for m in mentions if m.ministry]
    starts += [
        (k + 2, None)
        for k, t in enumerate(tokens[:-1])
        if t.bare in MINISTERS and tokens[k + 1].norm == ":"
    ]
    for k, country in starts:
        while k is not None:
            k = coordinated_portfolio(lex, tokens, k, country, mentions, claimed)

    # 3. Names after a rank or honorific alone ("الفريق ياسر"، "والسيد لوران بيرنار").
    k = 0
    while k < n:
        if k in claimed or not is_title(lex, tokens[k]) or _team(lex, tokens, k):
            k += 1
            continue
        if tokens[k].norm == "صاحب" and not (k + 1 < n and is_title(lex, tokens[k + 1])):
            k += 1  # "الأعباء التي صاحب قدوم النازحين": a verb, not "صاحب السمو"
            continue
        if k and tokens[k - 1].norm in SON_OF:
            k += 1  # "إسماعيل ولد الشيخ أحمد": a title after "ولد" is a father's name
            continue
        if k and facility(tokens[k - 1]):
            k = claim_place_named_after_someone(lex, tokens, k, claimed)  # "في مطار الأمير"
            continue
        start = k
        k, _ = skip_titles(lex, tokens, k)
        name = [
            i
            for i in take_name(lex, tokens, k, definite_ok=True, due=True, titled=True)
            if i not in claimed
        ]
        if name:
            mention = Mention.of(tokens, name, None)
            mention.start = start
            # "السلطان العماني فلان", "اللواء الليبي فلان": the nationality after a title
            mention.country = next(
                (lex.adjectives[(t.core,)] for t in tokens[start:k] if (t.core,) in lex.adjectives),
                None,
            )
            mentions.append(mention)
            claimed.update(range(start, name[-1] + 1))
            k = name[-1] + 1

    # 4. Name first, office after: "كمال بن يوسف رئيس الحكومة" (see `name_offices`).
    offices_after_names(lex, tokens, mentions, offices, claimed)

    # 5. A name with no office or title before it: one the archive knows, by any of its
    # forms; else one known by what it is made of, a given name and a family name
    # ("التقى اليوم جيم جفري مبعوث ...", "مع فتحي باشاغا").
    ends = {m.end for m in mentions}  # a second of a pair follows one of them
    k = 0
    while k < n:
        length = known.match(tokens, k) if known and k not in claimed else 0
        if length:
            name = list(range(k, k + length))
        elif k in claimed or not (
            opens_bare_name(lex, tokens, k)
            or ((k in ends or k - 1 in ends) and second_of_a_pair(lex, tokens, k, mentions))
        ):
            k += 1
            continue
        else:
            # after "و" only as the second of a pair (see `second_of_a_pair`)
            name = take_name(lex, tokens, k, definite_ok=False, titled=tokens[k].norm[:1] == "و")
        words = [i for i in name if tokens[i].norm not in NAME_JOINERS]
        if len(words) < 2 or any(i in claimed for i in name):
            k += 1
            continue
        mention = Mention.of(tokens, name, None)
        if length and known.get(mention.name) is None:
            mention.name = mention.name[1:]  # "وخليفة حفتر": the conjunction is no name
        pair = ending_at(mentions, k)
        if pair is None and k and tokens[k - 1].norm in COMMAS:
            pair = ending_at(mentions, k - 1)  # "نائبي المجلس فلان، وعلان"
        if pair is not None and office_of_two(tokens, pair):
            take_office(mention, pair)  # "نائبي المجلس فلان وعلان": the same office
            if pair.ministry:  # "وزيرا الخارجية والدفاع فلان وعلان"
                take_second_portfolio(lex, tokens, pair, mention)
        mentions.append(mention)
        ends.add(mention.end)
        claimed.update(name)
        k = name[-1] + 1
    for office in list(offices):  # "جيم جفري مبعوث الخارجية": the office after it
        if office.counterpart or joined(tokens[office.start]):
            continue
        if name_before_office(lex, tokens, office, mentions, claimed, named_only=True):
            offices.remove(office)

    _sons_named_after_father(lex, tokens, mentions, claimed)
    mentions = [m for m in mentions if not eulogised(tokens, m.end)]
    mentions.sort(key=lambda m: m.start)
    delegation_members(lex, tokens, mentions, offices)
    for i, mention in enumerate(mentions):
        opening = mention.end - len(mention.name_tokens)
        _drop_object_marker(lex, mention, listed=opening > 0 and tokens[opening - 1].norm in COMMAS)
        mention.kin = (
            after_kinship(lex, tokens, mention.start)
            or late(tokens, mention.start, mention.end - len(mention.name_tokens))
            or (i > 0 and also_only_mentioned(lex, tokens, mentions[i - 1], mention))
        )
        mention.visiting = visited_state(lex, tokens, mention)
        if i + 1 < len(mentions):
            family_name_from_parent(lex, tokens, mention, mentions[i + 1])
        if mention.country is None:
            mention.country = _chained_office_country(lex, tokens, mention, offices)
        if mention.country is None:
            mention.country = side_country(lex, tokens, mention.start)
        if mention.country is None:
            mention.country = sender_state(lex, tokens, mention)
        if mention.country is None:
            mention.country = _accredited_for(lex, tokens, mention.end)
        if mention.country is None and mention.head is None and mention.start:
            # "... والتشادي فلان": the next of a list opened by a nationality
            before = tokens[mention.start - 1]
            if before.prefix.startswith("و") and before.definite:
                mention.country = lex.adjectives.get((before.core,))
        if mention.country is None and i and coordinated(tokens, mentions[i - 1], mention):
            mention.country = mentions[i - 1].country
        if mention.country is None and i and accompanying(tokens, mentions[i - 1], mention):
            mention.country = mentions[i - 1].country  # "فلان يرافقه علان": of his side
    return SentencePeople(mentions, offices, [], claimed)


# Sons, named by their father's name and then their own (normalised): "نجلا فلان X وY".
_SONS = frozenset({"نجل", "نجلي", "نجلا", "ابن", "ابني", "ابنا"})


def _sons_named_after_father(
    lex: Lexicon, tokens: list[Token], mentions: list[Mention], claimed: set[int]
) -> None:
    """ "وحضر اللقاء نجلا فلان سالم وعلي": the sons' given names after their father's
    family name name them in full, each with that family name."""
    for k, token in enumerate(tokens[:-2]):
        family = tokens[k + 1]
        if token.core not in _SONS or k + 1 in claimed or family.prefix:
            continue
        if family.norm in lex.given_names or not name_like(
            lex, family, first=False, definite_ok=True
        ):
            continue
        j = k + 2
        while j < len(tokens) and j not in claimed:
            given = tokens[j]
            conjoined = j > k + 2  # the second son's name opens with "و"
            word = given.norm[1:] if conjoined else given.norm
            if conjoined != (given.norm[:1] == "و") or not (
                word in lex.given_names or word in lex.weak_given_names
            ):
                break
            text = given.text.removeprefix("و")
            own = make_token(text)  # without the "و" that joined it to the first son
            mentions.append(Mention(j, j + 1, f"{text} {family.text}", (own, family)))
            claimed.add(j)
            j += 1


def _accredited_for(lex: Lexicon, tokens: list[Token], end: int) -> str | None:
    """The state the name ending at `end` is made ambassador of ("فلان سفيرا لجمهورية
    البرازيل"), else None."""
    state = next(
        (k for k in range(end + 1, min(end + 5, len(tokens))) if accredited_at(tokens, k) == end),
        None,
    )
    if state is None:
        return None
    cores = [t.core for t in tokens[state : state + lex.max_phrase]]
    length, code = match_phrase(cores, 0, lex.country_names, lex.max_phrase)
    return code if length else None


def _chained_office_country(
    lex: Lexicon, tokens: list[Token], mention: Mention, offices: list[Office]
):
    """ "نائبة المبعوث الخاص للأمم المتحدة والمنسقة المقيمة فلانة": offices joined by
    "و" with no name between are one person's, so the state the first of them names is
    the holder's. A rank opens another person: "مديرة البعثة الأوروبية والعقيد فلان"."""
    start = mention.start
    if is_title(lex, tokens[start]):
        return None
    while start < len(tokens) and tokens[start].prefix.startswith("و"):
        before = next((o for o in offices if o.end == start), None)
        if before is None:
            return None
        if before.country is not None:
            return before.country
        start = before.start
    return None


def _drop_object_marker(lex: Lexicon, mention: Mention, *, listed: bool) -> None:
    """ "التقى الوزير بميري هيلين", "وماتيو روسي، المفوض", "كان لعثمان فلان، وزير ...":
    the tokeniser splits "ب", "و" and "ل" only off words it knows, so an unknown name
    keeps them; a first word that is a given name without it (or, after و, a
    foreign one: "وإنريك", "وروب ميلانسون") loses it."""
    first = mention.name_tokens[0].norm
    if (
        len(mention.name_tokens) < 2
        or first[:1] not in ("ب", "و", "ل")
        or (first[:1] == "ل" and mention.head is None)  # "لعثمان فلان، وزير ..." only
        or first in lex.given_names
        or first in lex.weak_given_names
    ):
        return
    rest = first[1:]
    conjoined = first[:1] == "و" and (
        transliterated(rest)
        # after a comma, the next of a list: "، وروب ميلانسون رئيس ..."; not
        # "الوزير الإثيوبي وندوسن بلاي", whose و is the name's
        or (listed and conjoined_foreign_name(lex, mention.name_tokens[0], mention.name_tokens[1]))
        or rest in lex.weak_given_names
        or rest == "عبد"  # "وعبد الله"
        or dual_head(mention.head or "")  # "نائبي الرئيس فلان وزمرك علان"
    )
    # a given name that is also a word, before an office: "التقى الوزير بمولود فلان، وزير"
    held = rest in lex.weak_given_names and mention.head is not None
    if rest in lex.given_names or conjoined or held:
        mention.name = mention.name.split(" ", 1)[0][1:] + " " + mention.name.split(" ", 1)[1]


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
