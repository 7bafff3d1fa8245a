"""Step one of reading a sentence's people (see `mentions`): each office phrase, and
the name that follows it ("وزير الداخلية الليبي فلان الفلاني"), or else the office
alone, unnamed ("نظيره التركي").

An office whose name belongs to someone else is kept unnamed here: the one it serves
("مستشار الرئيس فلان، علان"), a ship ("قائد الفرقاطة “نجمة الشمال”"), or a name
before it that a later step gives the office to ("فلان، نائب وزير الخارجية").
"""

from itertools import pairwise

from .bare_names import facility, first_of_two
from .document import Mention, Office
from .lexicon import Lexicon
from .name_openings import definite_name_at, given_name_as_office_word
from .name_parts import bare_verbal_noun, given_name_after_preposition, office_word_in_name
from .name_positions import apposition_before, name_after, titled_name_before
from .name_words import name_like
from .names import take_name
from .names_before_offices import name_before
from .office_details import (
    listed_states,
    phrase_ministry,
    phrase_org,
    phrase_state,
    plural_office,
    ruler_of_the_house_before,
    second_heads,
    short_role,
    states_of_a_dual,
)
from .office_words import posted_office
from .offices import extend_phrase
from .phrases import match_phrase
from .principals import family_named_before, holder_after_principal, serves_a_principal
from .tokens import Token
from .words import (
    COMMAS,
    FORMER,
    SON_OF,
    STATE_WORDS,
    head,
    is_counterpart,
    is_title,
    office_word,
    without_prefix,
)

# Ships, whose names news quotes after them (normalised, without the article).
_VESSELS = frozenset({"سفينه", "فرقاطه", "بارجه", "مدمره", "غواصه", "حامله", "زورق", "كورفيت"})
# Who told the news ("صرح مصدر مسؤول"): the word after them qualifies them.
_SOURCES = frozenset({"مصدر", "مصادر", "المصدر", "المصادر"})
# In the capacity of (normalised): "بصفته رئيسا لـ...", "بوصفها".
_IN_CAPACITY = frozenset({"بصفته", "بصفتها", "بوصفه", "بوصفها", "بصفتهما", "بوصفهما"})


# Offices that are adjectives but where they open a phrase with the article, after no
# noun they could qualify: "أكد الدبلوماسي الهولندي فلان".
_ADJECTIVE_OFFICES = frozenset({"دبلوماسي"})


# "Represented by" (normalised participles, before ب): "الوزارة ممثلة بالإدارة".
_REPRESENTED = frozenset({"ممثله", "ممثلا", "ممثلين"})


def read_offices(
    lex: Lexicon,
    tokens: list[Token],
    mentions: list[Mention],
    offices: list[Office],
    claimed: set[int],
) -> None:
    """Adds each office phrase of the sentence to `mentions` with its holder's name, or
    to `offices` unnamed; `claimed` takes the words they cover."""
    n = len(tokens)
    norms = [t.norm for t in tokens]
    cores = [t.core for t in tokens]
    k = 0
    while k < n:
        t = tokens[k]
        if k in claimed:
            k += 1
            continue
        title_as_office = is_title(lex, t) and _title_as_office(lex, tokens, k)
        if not (office_word(lex, t) or title_as_office):
            k += 1
            continue
        length, phrase = match_phrase(norms, k, lex.head_phrases, 3)
        if not length:
            length, phrase = match_phrase(cores, k, lex.head_phrases, 3)
        office_head = phrase or (head(lex, t) if title_as_office or not is_title(lex, t) else None)
        counterpart = office_head is None and is_counterpart(lex, t)
        if not office_head and not counterpart:
            k += 1
            continue
        if k and tokens[k - 1].core in _SOURCES:
            k += 1  # "مصدر مسؤول": a source said to be responsible, not an office
            continue
        if office_head in _ADJECTIVE_OFFICES and (not t.article or (k and tokens[k - 1].definite)):
            k += 1  # "مصدر دبلوماسي", "المستشار الدبلوماسي للرئيس": an adjective
            continue
        if k and tokens[k - 1].norm in _IN_CAPACITY:
            k += 1  # "بوصفها رئيسا للمنظمة": the capacity of whom the sentence names
            continue
        if t.norm in _REPRESENTED and k + 1 < n and tokens[k + 1].norm[:1] == "ب":
            k += 1  # "تنظمه وزارة الداخلية ممثلة بالإدارة العامة": represented by
            continue
        if (
            k
            and tokens[k - 1].norm in lex.given_names
            and not tokens[k - 1].definite  # "فلان المهدي مساعد رئيس الجمهورية": an office
            and office_word_in_name(lex, tokens, k)
        ):
            k += 1  # "اللواء ناصر أمين رئيس المكتب": a name's, not "أمين"'s office
            continue
        if not t.prefix and not t.article and k + 1 < n and tokens[k + 1].norm in SON_OF:
            k += 1  # "مساعد بن محمد": a given name, not an assistant
            continue
        if (
            k
            and (is_title(lex, tokens[k - 1]) or _bare_given_name(lex, tokens[k - 1]))
            and given_name_as_office_word(lex, tokens, k)
        ):
            # "سعادة السيد أمين صيد", "خالد أمين حمود": a given name after a title or
            # another given name, not a secretary
            k += 1
            continue
        if k and facility(tokens[k - 1]):
            k = claim_place_named_after_someone(lex, tokens, k, claimed)
            continue
        end = extend_phrase(lex, tokens, k + max(length, 1))
        end = _past_facility_name(lex, tokens, end)
        states_end, states = listed_states(lex, tokens, end)
        if states and plural_office(lex, t):
            # "سفراء كل من اليونان وقبرص": one unnamed participant per state.
            states_end = extend_phrase(lex, tokens, states_end)
            role = without_prefix(t)
            for code in states:
                offices.append(Office(k, states_end, role, office_head, code, None, None))
            claimed.update(range(k, states_end))
            k = states_end
            continue
        states_end, states, role = states_of_a_dual(lex, tokens, k, end)
        if states:
            # "وزيري خارجية الأردن وفلسطين": one unnamed minister per state.
            ministry = phrase_ministry(lex, tokens, k, end)
            for code in states:
                offices.append(Office(k, states_end, role, office_head, code, ministry, None))
            claimed.update(range(k, states_end))
            k = states_end
            continue
        country, stateless = phrase_state(lex, tokens, k + 1, end)
        office = Office(
            start=k,
            end=end,
            role=short_role(lex, tokens, k, end),
            head=office_head or "نظير",
            country=country,
            ministry=phrase_ministry(lex, tokens, k, end),
            org=phrase_org(lex, tokens, k, end),
            counterpart=counterpart,
            former=any(x.core in FORMER for x in tokens[k:end]),
            stateless=stateless,
            other_heads=second_heads(lex, tokens, k, end),
        )
        claimed.update(range(k, end))
        if definite_name_at(lex, tokens, end):
            name = take_name(lex, tokens, end, definite_ok=True)
        else:
            name, via_comma = name_after(lex, tokens, end)
            if via_comma and (
                # "فلان، نائبة الوزير، علان"; not "فلان، والعاهل الأردني، الملك علان"
                (apposition_before(lex, tokens, k, claimed) and not t.prefix.startswith("و"))
                or titled_name_before(lex, tokens, k)
                or _second_office_of_a_name(lex, tokens, k, offices, claimed)
                or _opens_next_item(lex, tokens, name)
                # "اجتمع القائد العام، بعمر فاروق، رئيس الحكومة": the one met, after ب
                or (name and given_name_after_preposition(lex, tokens[name[0]]))
                # "وأكد وزير الداخلية، اعتزاز بلاده": what he said, a verb's noun
                or (name and bare_verbal_noun(lex, tokens[name[0]]))
            ):
                # "مع فلان الفلاني، نائبة وزير الخارجية، بحثتا ...", "التقى الفريق فلان
                # القائد العام ...، الفريق علان": the office is the name's before it (step 4)
                name = []
            elif (
                name
                and _next_in_a_list(lex, tokens, name[0])
                and name_before(lex, tokens, k - 1, claimed)
            ):
                # "وحضر اللقاء فلان الفلاني نائب رئيس الوزراء وعلان العلاني المستشارة":
                # the office is the name's before it; the next after "و" is another's
                name = []
            elif (
                name
                and not t.prefix.startswith("و")  # "الأمير فلان ورئيس رواندا علان، ..."
                and not _next_in_a_list(lex, tokens, name[0])
                and titled_name_before(lex, tokens, k)
                and (
                    _opens_next_item(lex, tokens, name)
                    or ruler_of_the_house_before(lex, tokens, k, office.country)
                )
            ):
                # "التقى الفريق فلان القائد العام للقوات المسلحة الفريق علان رئيس هيئة
                # الأركان الفرنسية": each name holds the office after it
                name = []
        if (
            name
            and tokens[name[0] - 1].is_quote
            and any(x.core.removeprefix("ال") in _VESSELS for x in tokens[k:end])
        ):
            name = []  # "قائد الفرقاطة اليونانية “نجمة الشمال”": the ship's name
        if name and tokens[end - 1].core in STATE_WORDS and posted_office(lex, tokens, k, end):
            # "سفير دولة تؤيد الحرب": the state is told of, and no holder named (not "وزير
            # دولة فلان", a minister of state)
            name = []
        if name and serves_a_principal(lex, tokens, k, end, office.head):
            # "المبعوث الخاص للرئيس الأمريكي فلان، علان": the name after the office is
            # the principal's when another follows it; the office is the second's.
            holder = holder_after_principal(lex, tokens, name[-1] + 1)
            if not holder and len(name) > 2 and family_named_before(lex, mentions, tokens, name[0]):
                # "ومستشار الرئيس حداد علي منصور", after "رئيس البلدية سمير حداد": the
                # principal by the family name told before, then the holder
                holder = name[1:]
            if not holder and (
                (t.prefix == "و" and any(o.end == k for o in offices))
                or _after_a_name_and_comma(lex, tokens, k)
            ):
                # "فلان، نائب وزير الخارجية ومبعوث الرئيس علان", "فلان، مستشار الملك
                # علان": an office of the one named before; the name after it is only
                # his principal's.
                claimed.update(range(end, name[-1] + 1))
                name = []
            else:
                name = holder or name
        if name:
            name = first_of_two(lex, tokens, k, name)
            mentions.append(Mention.of(tokens, name, office))
            claimed.update(range(end, name[-1] + 1))
            k = name[-1] + 1
        else:
            offices.append(office)
            k = end
    _share_a_dual_nationality(lex, tokens, offices)


def _share_a_dual_nationality(lex: Lexicon, tokens: list[Token], offices: list[Office]) -> None:
    """Two offices joined by "و" and followed by a nationality in the dual are both of
    that state: "وزير الداخلية ومدير الأمن العام الأردنيان"."""
    for first, second in pairwise(offices):
        if first.country or first.end != second.start or not second.country:
            continue
        if not tokens[second.start].prefix.startswith("و"):
            continue
        last = tokens[second.end - 1].core
        if last.endswith("يان") and (last,) in lex.adjectives:
            first.country = second.country  # not "يين", a plural too: "المهجرين السوريين"


def _past_facility_name(lex: Lexicon, tokens: list[Token], end: int) -> int:
    """An office of a place named like a person ends past that name: "مدير جامعة أم
    البواقي المكلف الدكتور فلان" is held by the one named after it."""
    if not end or tokens[end - 1].article or not facility(tokens[end - 1]):
        return end
    name = take_name(lex, tokens, end, definite_ok=False)
    if not name:
        return end
    after = extend_phrase(lex, tokens, name[-1] + 1)
    # only before the holder's title: "رئيس جامعة بيرزيت فلان علان" is his own name
    return after if after < len(tokens) and is_title(lex, tokens[after]) else end


def claim_place_named_after_someone(
    lex: Lexicon, tokens: list[Token], k: int, claimed: set[int]
) -> int:
    """ "بمطار الملك خالد الدولي": the title at k and the name after it are the
    facility's, no one's; claims them and returns where the name ends."""
    name = take_name(lex, tokens, k + 1, definite_ok=False)
    end = name[-1] + 1 if name else k + 1
    claimed.update(range(k, end))
    return end


def _next_in_a_list(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does the name at k, or the rank before it, open with "و" ("وفلان", "والفريق
    فلان")? Then it is a list's next name, not one set after another's office."""
    j = k - 1
    while j > 0 and tokens[j].core in lex.rank_modifiers:
        j -= 1
    if j >= 0 and (is_title(lex, tokens[j]) or tokens[j].core in lex.ranks):
        return tokens[j].prefix == "و"
    first = tokens[k]
    return first.prefix == "و" or (
        first.norm[:1] == "و"
        and first.norm not in lex.given_names
        and first.norm not in lex.weak_given_names
    )


def _opens_next_item(lex: Lexicon, tokens: list[Token], name: list[int]) -> bool:
    """Is the name after the comma followed at once by an office of its own ("فلان
    سفير الكونغو، علان سفير لبنان، ...")? Then it opens the list's next item. Not an
    office after "و", another person's: "برئيس المجلس، فلان ووزير الدفاع، علان"."""
    after = name[-1] + 1 if name else len(tokens)
    return (
        after < len(tokens)
        and head(lex, tokens[after]) is not None
        and not tokens[after].prefix.startswith("و")
    )


def _second_office_of_a_name(
    lex: Lexicon, tokens: list[Token], k: int, offices: list[Office], claimed: set[int]
) -> bool:
    """Does the office at k follow another that follows a name, with nothing between
    but the first one's seat ("الشيخ فلان ولي عهد دبي رئيس المجلس التنفيذي، الأمير
    علان")? Then both are that name's, and the name after the comma has one of its own."""
    before = next((office for office in offices if past_city(lex, tokens, office.end) == k), None)
    return before is not None and (
        titled_name_before(lex, tokens, before.start)
        or bool(name_before(lex, tokens, before.start - 1, claimed))
    )


def _title_as_office(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A title that is also an office ("المستشار"), followed by what the office is and
    its state, is the office: "المستشار الثقافي العراقي فلان" (not "المستشار فلان")."""
    if k + 2 >= len(tokens) or not is_title(lex, tokens[k]) or head(lex, tokens[k]) is None:
        return False
    what, state = tokens[k + 1], tokens[k + 2]
    return (
        what.definite
        and not what.prefix
        and what.core.endswith("ي")
        and (what.core,) not in lex.adjectives
        and (state.core,) in lex.adjectives
    )


def _after_a_name_and_comma(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does the office at k follow a comma after two words of a name ("الطيب الفاسي
    الفهري، مستشار الملك")?"""
    return (
        k >= 3
        and tokens[k - 1].norm in COMMAS
        and all(name_like(lex, tokens[i], first=False, definite_ok=True) for i in (k - 3, k - 2))
    )


def past_city(lex: Lexicon, tokens: list[Token], k: int) -> int:
    """Past the city an office's seat names, if one starts at k ("ولي عهد أبوظبي")."""
    cores = [t.core for t in tokens[k : k + lex.max_phrase]]
    return k + match_phrase(cores, 0, lex.cities, lex.max_phrase)[0]


def _bare_given_name(lex: Lexicon, token: Token) -> bool:
    return not token.prefix and not token.definite and token.norm in lex.given_names
