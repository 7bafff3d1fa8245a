"""Where an office's name stands: after it ("وزير الداخلية سالم الفيتوري", after a
comma, titles or its seat), or before it behind an apposition or a title; a name right
before its office is read by `names_before_offices`, the words of a name by `names`.
"""

from .lexicon import Lexicon
from .name_parts import maksura_given_name
from .name_words import name_like
from .names import MAX_NAME, take_name
from .offices import extend_phrase
from .phrases import match_phrase
from .titles import skip_titles
from .tokens import Token
from .words import COMMAS, DASHES, SEMICOLONS, city_at, given_name, head, is_title


def name_after(lex: Lexicon, tokens: list[Token], j: int) -> tuple[list[int], bool]:
    """The name after an office phrase ending at j, and whether a comma came between.
    Titles, one comma and a bare office word used as a title ("السفير") may come
    between."""
    if j and _institution_in_construct(lex, tokens[j - 1]):
        return [], False  # "رئيس أركان القوات البرية (بقوات حفتر)": the forces' owner
    j = _past_seat(lex, tokens, _past_tenure(lex, tokens, j))
    if j + 1 < len(tokens) and tokens[j].norm == "/":
        j += 1  # "السيد الرئيس/ فلان": a slash between the office and the name
    if j < len(tokens) and tokens[j].norm[:1] in "وف" and is_title(lex, tokens[j]):
        return [], False  # "فلان وزير الخارجية وسمو الأمير علان": another person
    if j < len(tokens) and tokens[j].prefix == "ب" and is_title(lex, tokens[j]):
        return [], False  # "التقى الوزير بالفريق أول فلان": the one met
    k, titled = skip_titles(lex, tokens, j)
    if k < len(tokens) and (tokens[k].norm in COMMAS or tokens[k].norm in SEMICOLONS):
        if k + 1 < len(tokens) and _conjoined(lex, tokens[k + 1]):
            return [], True  # "، والسيد ...", "، وزهير ..." start another person
        if k + 1 < len(tokens) and tokens[k + 1].is_quote:
            # "، "واقع التعاون ...": a quotation, unless a short name is all it holds
            # ("سفير الاتحاد لدى ليبيا، “نيكولا أورلاندو”").
            return _quoted_name(lex, tokens, k + 1), True
        k1 = k + 1
        if k1 + 1 < len(tokens) and _bare_nationality(lex, tokens[k1]):
            k1 += 1  # "رئيس البرلمان الأوروبي، الإيطالي فلان": the holder's nationality
        if _title_head(lex, tokens, k1):
            k1 += 1  # "والعاهل الأردني، الملك “فلان”": an office word used as a title
            titled = True
        k2, titled2 = skip_titles(lex, tokens, k1)
        titled2 = titled2 or titled
        name = take_name(
            lex,
            tokens,
            k2,
            definite_ok=titled2,
            after_comma=not titled2,
            due=titled2,
            titled=titled2,
        )
        return name, True
    if k < len(tokens) and tokens[k].norm in DASHES:
        return _name_between_dashes(lex, tokens, k), True
    name = take_name(lex, tokens, k, definite_ok=titled, due=True, titled=titled)
    if not name and _title_head(lex, tokens, k):
        k, _ = skip_titles(lex, tokens, k + 1)
        name = take_name(lex, tokens, k, definite_ok=True)
    return name, False


def _bare_nationality(lex: Lexicon, token: Token) -> bool:
    """A nationality with the article and nothing before it ("الإيطالي")."""
    return token.definite and not token.prefix and (token.core,) in lex.adjectives


def _name_between_dashes(lex: Lexicon, tokens: list[Token], k: int) -> list[int]:
    """The name set off by the dash at k and another after it ("مديرة المكتب - فلانة
    الفلانية - ..."); a dash with no second one after a name opens something else."""
    name = take_name(lex, tokens, k + 1, definite_ok=False, after_comma=True)
    after = name[-1] + 1 if name else k
    if name and after < len(tokens) and tokens[after].norm in DASHES:
        return name
    return []


def _conjoined(lex: Lexicon, token: Token) -> bool:
    """A word after "و" or "ف", also a given name the tokeniser kept whole ("وزهير")."""
    if token.prefix.startswith(("و", "ف")):
        return True
    return token.norm[:1] in "وف" and token.norm not in lex.given_names and given_name(lex, token)


def _quoted_name(lex: Lexicon, tokens: list[Token], k: int) -> list[int]:
    """The name in the quotes opening at k, when they hold a name and nothing else."""
    name = take_name(lex, tokens, k, definite_ok=False)
    after = name[-1] + 1 if name else k
    if name and after < len(tokens) and tokens[after].is_quote and len(name) >= 2:
        return name
    return []


def _institution_in_construct(lex: Lexicon, token: Token) -> bool:
    """A body's noun without the article ("قوات", "حكومة"): a name after it is its
    genitive, whose body it is, not the name of an office's holder."""
    return not token.definite and token.core in lex.institution_heads


def _past_tenure(lex: Lexicon, tokens: list[Token], j: int) -> int:
    """Past what says how an office or its government stands: "رئيس حكومة الوحدة
    منتهية الولاية فلان", "وزير الخارجية في الحكومة المعترف بها دوليا، فلان"."""
    cores = [t.core for t in tokens[j : j + 3]]
    length, _ = match_phrase(cores, 0, lex.tenure_phrases, 3)
    return j + length


def _past_seat(lex: Lexicon, tokens: list[Token], j: int) -> int:
    """Past the city an office sits in, when a comma and the name follow it ("وزير العدل
    في الحكومة المؤقتة في البيضاء، فلان"), or the name right after "في مدينة ..."
    ("رئيسة البعثة في مدينة الخليل فلانة")."""
    if j >= len(tokens) or tokens[j].norm != "في":
        return j
    cores = [t.core for t in tokens]
    city = j + 2 if j + 1 < len(tokens) and tokens[j + 1].core == "مدينه" else j + 1
    length, _ = match_phrase(cores, city, lex.cities, lex.max_phrase)
    after = city + length
    if not length or after >= len(tokens):
        return j
    if tokens[after].norm in COMMAS:
        return after
    return after if city > j + 1 else j


def _title_head(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "السفير" with no phrase of its own, between an office and a name (in quotes
    maybe: "الملك “فلان”")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].definite
        and not tokens[k].prefix
        and head(lex, tokens[k]) is not None
        and (tokens[k + 1].is_quote or extend_phrase(lex, tokens, k + 1) == k + 1)
    )


def apposition_before(lex: Lexicon, tokens: list[Token], start: int, claimed: set[int]) -> bool:
    """Is the office set off by commas after a name ("فلان الفلاني، نائبة الوزير،")?"""
    k = start - 1
    if k < 2 or tokens[k].norm not in COMMAS:
        return False
    words = [i for i in (k - 2, k - 1) if i not in claimed]
    if city_at(lex, tokens, k - 2):
        return False  # "في مكتبه بمدينة رام الله، القنصل العام ..."
    return (
        len(words) == 2
        and all(name_like(lex, tokens[i], first=False, definite_ok=True) for i in words)
        and name_like(lex, tokens[k - 2], first=True, definite_ok=False)
    )


def titled_name_before(lex: Lexicon, tokens: list[Token], start: int) -> bool:
    """Does a rank or honorific and a name stand right before the office at `start`
    ("التقى الفريق أول فلان الفلاني القائد العام ...")? Not before an office with "ب"
    or "ل", another party: "التقى الفريق فلان بقائد القوات، علان"."""
    if tokens[start].prefix in ("ب", "ل"):
        return False
    k, words = start - 1, 0
    while (
        k >= 0
        and words < MAX_NAME
        and (
            name_like(lex, tokens[k], first=False, definite_ok=True)
            or maksura_given_name(lex, tokens, k)  # "الدكتور على عبد العال"
        )
    ):
        k, words = k - 1, words + 1
    while k > 0 and tokens[k].core in lex.rank_modifiers:
        k -= 1  # "الفريق أول", "اللواء الركن"
    return words > 0 and k >= 0 and is_title(lex, tokens[k])


# Words between an office whose reading stopped early and its holder's title: the rest
# of its genitive chain ("لدول الخليج العربية"), at most this many.
_MAX_TAIL = 4
# One of these may set the name off from its office.
_APPOSITION_MARKS = COMMAS | {"-"}


def titled_holder(lex: Lexicon, tokens: list[Token], end: int, start: int) -> bool:
    """Does the name a rank or honorific opens at `start` belong to the office phrase
    read up to `end`? Yes when only the rest of the phrase's genitive chain and a
    comma come between ("الأمين العام لمجلس التعاون لدول الخليج العربية الدكتور
    فلان", "رئيس اللجنة المشتركة للحدود، العميد فلان"), or a rank longer than a
    title's ("رئيس أركان الجيش، الفريق أول قوات خاصة فلان"). Not across a particle, a
    time word, a verb or another office: "استقبل وزير الداخلية اليوم الفريق فلان"
    names two people."""
    between = tokens[end:start]
    marks = [i for i, t in enumerate(between) if t.norm in _APPOSITION_MARKS]
    if len(marks) > 1 or len(between) - len(marks) > _MAX_TAIL:
        return False
    cut = (
        marks[0]
        if marks
        else next((i for i, t in enumerate(between) if is_title(lex, t)), len(between))
    )
    chain, rank = between[:cut], between[cut + len(marks) :]
    if rank and not is_title(lex, rank[0]):
        return False
    return all(_plain_word(lex, t) for t in chain + rank) and all(
        # a genitive goes on a construct: "لدول الخليج", not "الدولة تحيات"
        t.definite or t.prefix == "ل" or (i and not chain[i - 1].definite)
        for i, t in enumerate(chain)
    )


def _plain_word(lex: Lexicon, t: Token) -> bool:
    """A word that neither ends a phrase nor opens another office."""
    return (
        not (t.is_punct or t.is_quote)
        and t.prefix in ("", "ل")
        and t.norm not in lex.particles
        and t.core not in lex.particles
        and t.norm not in lex.verbs
        and t.core not in lex.time_nouns
        and (is_title(lex, t) or not head(lex, t))
    )
