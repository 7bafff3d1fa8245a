"""The states the article names, and the state of a participant it gives none.

Adds to each sentence its `states` and the pairs of states whose ties it names, and to
the document its `counts`, how often each state is named; `count_states` also counts a
meeting's own sentences, and `home_country` gives a participant with no stated
nationality a state (see `assembly`).
"""

from collections import Counter
from functools import wraps

from .document import Document, Mention
from .lexicon import Lexicon
from .phrases import match_phrase
from .tokens import Token
from .words import DISPLACED

_NOT_COUNTRIES_OF_PEOPLE = frozenset({"EU", "UN"})


def count_countries(doc: Document) -> None:
    for sentence in doc.sentences:
        names = _name_positions(sentence.people.mentions)
        sentence.states = _states(doc.lex, sentence.tokens, names)
        if sentence.states[0]:
            sentence.paired = _paired(doc.lex, sentence.tokens)
    doc.counts = count_states(doc)


def count_states(doc: Document, indices=None) -> Counter:
    """How often each state is named in the article, or in some of its sentences.

    A word naming both a city and a state ("عمان") counts for whichever of the two
    states the rest of the text names more.
    """
    counts: Counter = Counter()
    ambiguous: list[str] = []
    chosen = doc.sentences if indices is None else [doc.sentences[i] for i in indices]
    for sentence in chosen:
        counts.update(sentence.states[0])
        ambiguous += sentence.states[1]
    for core in ambiguous:
        city, state = doc.lex.cities[(core,)], doc.lex.country_names[(core,)]
        counts[city if counts[city] > counts[state] else state] += 1
    return counts


def _states(
    lex: Lexicon, tokens: list[Token], names: frozenset[int] = frozenset()
) -> tuple[Counter, tuple[str, ...]]:
    """The states a sentence names, and its words naming both a city and a state;
    people's names are not places ("ونيس البرعصي" is no "و" + Nice)."""
    cores = ["" if k in names else t.core for k, t in enumerate(tokens)]
    counts: Counter = Counter()
    ambiguous = []
    k = 0
    # After "الحدود مع", the neighbours the meeting discusses ("تأمين الحدود مع السودان
    # والنيجر"), not anyone's state.
    bordering = False
    while k < len(cores):
        if cores[k] not in lex.place_firsts:
            bordering = _borders_with(cores, k)
            k += 1  # no state, nationality or city starts with this word
            continue
        for table in (lex.regions, lex.country_names, lex.adjectives, lex.cities):
            length, code = match_phrase(cores, k, table, lex.max_phrase)
            if length:
                if table is lex.regions or bordering or _discussed(cores, k):
                    pass  # "المغرب العربي" names no state
                elif length == 1 and table is lex.country_names and (cores[k],) in lex.cities:
                    ambiguous.append(cores[k])
                elif code not in _NOT_COUNTRIES_OF_PEOPLE:
                    counts[code] += 1
                k += length - 1
                break
        k += 1
        bordering = bordering and k < len(tokens) and tokens[k].prefix.startswith("و")
    return counts, tuple(ambiguous)


# Issues a meeting discusses, whose state follows them ("القضية الفلسطينية", "الأوضاع
# في السودان"): it is what was discussed, not anyone's state (cores). Not the people
# discussed ("أوضاع الطلاب العمانيين في ماليزيا"): officials speak of their own citizens.
_ISSUES = frozenset(
    "القضيه قضيه الازمه ازمه الملف ملف الاوضاع اوضاع الوضع وضع التطورات تطورات المستجدات"
    " مستجدات الحرب حرب النزاع الصراع العدوان الاحتلال اعمار الساحه الشان".split()
)


# Agreements and processes named for the place where they were made ("اتفاق جنيف",
# "مسار برلين", "إعلان الجزائر"): the place names no one's state (cores).
_NAMED_FOR_A_PLACE = frozenset("اتفاق الاتفاق اتفاقيه الاتفاقيه مسار تفاهمات مخرجات اعلان".split())


# Refugees and migrants a state hosts, whose nationality follows (normalised cores).
_HOSTED_PEOPLE = DISPLACED | {"اللاجيين", "اللاجيون", "اللاجئون", "النازحون"}


def _discussed(cores: list[str], k: int) -> bool:
    """Whether the state named at k follows an issue, directly or through "في"/"على",
    or names an agreement made there."""
    if k and cores[k - 1].removeprefix("و") in _NAMED_FOR_A_PLACE:
        return True
    if k and cores[k - 1].removeprefix("و") in _HOSTED_PEOPLE:
        return True  # "عودة اللاجئين السوريين": those a state hosts are of another
    j = k - 1
    if j >= 0 and cores[j] in {"في", "على"}:
        j -= 1
    return j >= 0 and cores[j] in _ISSUES


_BORDERS = frozenset({"الحدود", "حدود", "الحدوديه"})


def _borders_with(cores: list[str], k: int) -> bool:
    return cores[k] == "مع" and k > 0 and cores[k - 1] in _BORDERS


def _name_positions(mentions: list[Mention]) -> frozenset[int]:
    return frozenset(k for m in mentions for k in range(m.end - len(m.name_tokens), m.end))


# Words of the ties between two states, which a pair of them follows: "العلاقات
# الثنائية بين لبنان وسوريا", "العلاقات السعودية الصينية" (cores).
# Ties, and meetings named by their two states ("قمة ليبية تونسية"), normalised cores.
_TIES = frozenset({"العلاقات", "علاقات", "العلاقه", "التعاون", "تعاون", "التنسيق", "قمه", "القمه"})
_TIES_QUALIFIERS = frozenset({"الثنائيه", "الاخويه", "الثنائي", "الاخوي"})
_STATE_WORDS = frozenset({"دوله", "جمهوريه"})


def paired_states(doc: Document, indices) -> list[tuple[str, str]]:
    """The pairs of states whose ties a meeting's sentences name: the parties of a
    meeting discussing "العلاقات بين لبنان وسوريا" are of those two."""
    return [pair for i in indices for pair in doc.sentences[i].paired]


def _paired(lex: Lexicon, tokens: list[Token]) -> list[tuple[str, str]]:
    cores = [t.core for t in tokens]
    pairs = []
    for k, core in enumerate(cores):
        if core not in _TIES:
            continue
        j = k + 1
        while j < len(cores) and cores[j] in _TIES_QUALIFIERS:
            j += 1
        if j < len(cores) and cores[j] == "بين":
            pair = _two_states(lex, tokens, cores, j + 1, lex.country_names)
        else:
            # the nationalities as the table has them, definite ("قمة ليبية تونسية")
            definite = [c if c.startswith("ال") else "ال" + c for c in cores]
            pair = _two_states(lex, tokens, definite, j, lex.adjectives)
        if pair:
            pairs.append(pair)
    return pairs


def _two_states(lex: Lexicon, tokens, cores, k: int, table) -> tuple[str, str] | None:
    """Two states named from k, the second after "و" when they are names ("لبنان
    وسوريا"), or two nationalities one after the other ("السعودية الصينية")."""
    codes = []
    while len(codes) < 2 and k < len(cores):
        if table is lex.country_names and cores[k] in _STATE_WORDS:
            k += 1
            continue
        length, code = match_phrase(cores, k, table, lex.max_phrase)
        if not length or (codes and table is lex.country_names and tokens[k].prefix != "و"):
            return None
        codes.append(code)
        k += length
    return (codes[0], codes[1]) if len(codes) == 2 and codes[0] != codes[1] else None


# The Arab League's members.
ARAB_STATES = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())


# Bodies of many states: no one is of them by inference (the unmarked host of a UN
# envoy is no UN official).
_NO_ONES_HOME = frozenset({"EU", "UN"})


def _never_of_many_states(find):
    """`find`'s state, unless it is the EU's or the UN's: then none."""

    @wraps(find)
    def found(*args, **kwargs) -> str | None:
        code = find(*args, **kwargs)
        return None if code in _NO_ONES_HOME else code

    return found


@_never_of_many_states
def home_country(
    local: Counter,
    counts: Counter,
    stated: set[str],
    place_country: str | None,
    dateline: str | None,
    home: str | None = None,
    *,
    counterparts: frozenset[str] | set[str] = frozenset(),
    pairs: list[tuple[str, str]] | tuple = (),
    houses: list[str | None] | tuple = (),
) -> str | None:
    """The state of a participant the article gives no nationality (never the EU's or
    the UN's: see `_never_of_many_states`).

    A meeting on the ties between two states (`pairs`) is between their people, so the
    unmarked party is of the one no party is marked with.

    News marks the foreign party ("وزير الخارجية الإيطالي") and leaves its own side
    unmarked, so the unmarked one is most likely of another state named around the
    meeting (`local`, its own sentences), else of the dateline's state ("القاهرة - أ ش
    أ"), else of the state found for the unmarked people of the article's earlier
    meetings (`home`); when none differs, the meeting is among people of one state
    ("رئيس الأركان الليبي" and a commander) or of the article's main state.
    """
    for pair in pairs:
        unmarked = set(pair) - stated
        if len(unmarked) == 1:
            return unmarked.pop()
    if stated and not stated & ARAB_STATES:
        # Only foreigners are marked: the unmarked side is the Arab state the article is
        # about, the one whose outlets write this news ("بحث القائد العام للجيش فلان
        # مع قائد القيادة الأمريكية ...").
        # Else a party's ruling house (`houses`: "سامي بن رائد آل سعود") names it.
        for code in [dateline, *_ranked(local), place_country, *houses, home, *_ranked(counts)]:
            if code in ARAB_STATES:
                return code
    if len(stated) >= 2 and place_country in stated and place_country not in counterparts:
        # Both sides are marked: the unmarked are the host's people, who attend (not
        # when the host is the counterpart of an unmarked one: "مع نظيره الأردني").
        return place_country
    arab = stated & ARAB_STATES
    if len(arab) == 1 and len(stated) >= 2:
        # One Arab state and foreigners are marked: the unmarked are, again, of the
        # Arab state ("وزير الدفاع الكويتي ... سفير الصين", with his staff unmarked).
        return next(iter(arab))
    others = [code for code, _ in local.most_common() if code not in stated]
    if others:
        top = local[others[0]]
        if place_country in others and local[place_country] == top:
            return place_country
        return others[0]
    if dateline and dateline not in stated:
        return dateline
    if home and home not in stated:
        return home
    ranked = [code for code, _ in counts.most_common() if code not in counterparts]
    if (len(stated) == 1 and ranked and ranked[0] not in stated) or len(stated) >= 2:
        ranked = [code for code in ranked if code not in stated] or ranked
    if not ranked:
        # No state named anywhere else: the one state a party is of (by its body:
        # "رئيس حكومة الوحدة الوطنية") is the article's, unless a counterpart's.
        alone = stated - set(counterparts)
        return place_country or (next(iter(alone)) if len(alone) == 1 else None)
    top = counts[ranked[0]]
    if place_country in ranked and counts[place_country] == top:
        return place_country
    return ranked[0]


def _ranked(counts: Counter) -> list[str]:
    return [code for code, _ in counts.most_common()]
