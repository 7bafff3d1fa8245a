"""Names: where a person's name starts and ends around an office or a title.

Arabic news introduces a person by office, then name: "وزير الداخلية الليبي سالم
الفيتوري", "نظيره التركي مراد يلدز", "رئيس جمهورية النيجر، إدريس مامادو"; sometimes name
first: "كمال بن يوسف رئيس الحكومة", "هانا سورنسن، نائبة رئيس البعثة"; or after a rank
or honorific alone: "الفريق ياسر". The name is the run of words none of the lexicons (office heads,
institutions, nationalities, particles) knows, weighed by what names are made of
(data/names.json): a given name is evidence of a name and ends the office before it
("مفوض الاتحاد لسياسة الجوار ومفاوضات التوسع أوليفر ..."); a verb, a participle or a
plural is never the first word of one ("يزور", "مؤكداً", "عمليات").
"""

from .lexicon import Lexicon, match_phrase
from .offices import extend_phrase, unsplit_genitive
from .tokens import Token, in_any
from .words import COMMAS, city_at, head, is_counterpart, is_title

_MAX_NAME = 5
# Time words that are also given names ("صباح").
_NAME_TIME_WORDS = frozenset({"صباح"})
_VOWEL_LETTERS = frozenset("اويى")
_REGNAL_ORDINALS = frozenset({"الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"})
_TANWEEN = ("\u064b", "\u064bا", "ا\u064b")
NAME_JOINERS = frozenset(
    {"بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ولد", "ال", "دي", "دا", "فان", "فون", "بو"}
)


def not_a_name(lex: Lexicon, token: Token, *, first: bool) -> bool:
    """Is the token a word no name is made of: a verb or participle ("يزور", "مؤكداً"),
    and, for a name's first word, a noun, adjective or particle that follows offices
    ("مكتب", "السابق") or a plural ("عمليات")?"""
    norm = token.norm
    if norm in lex.given_names or norm in lex.weak_given_names:
        return False
    if norm in lex.not_names or token.bare in lex.not_names or token.core in lex.not_names:
        return True
    if token.text.endswith(_TANWEEN):
        return True  # an adverbial accusative: "مؤكداً", "مضيفاً"
    if not first:
        return False
    if len(norm) > 5 and token.text.endswith("ه") and not token.text.endswith("يه"):
        return True  # a noun with a possessive: "اعتزازه" ("ديدييه" is a name)
    if norm in lex.not_first_names or token.bare in lex.not_first_names:
        return True
    if norm in lex.future or (norm[:2] in ("سي", "ست") and norm[2:] in lex.verbs):
        return True  # "المبعوث الأممي سيتوجه"
    return norm.endswith("ات") and len(norm) > 4


def _next_person(lex: Lexicon, token: Token) -> bool:
    """A word opening with و that opens another name: a given name or a joiner."""
    rest = token.norm[1:]
    return token.norm[:1] == "و" and (
        rest in lex.given_names or rest in lex.weak_given_names or rest in NAME_JOINERS
    )


def _conjoined_word(lex: Lexicon, token: Token) -> bool:
    """A word opening with و/ف that is no given name, alone or after the conjunction
    ("ومفاوضات", "وتهدف"): another phrase, not a name ("وليد", "وماتيو" are names)."""
    norm = token.norm
    return (
        norm[:1] in "وف"
        and norm not in lex.given_names
        and norm not in lex.weak_given_names
        and norm[1:] not in lex.given_names
    )


def name_like(
    lex: Lexicon, token: Token, *, first: bool, definite_ok: bool, after_comma=False
) -> bool:
    """Could this token be part of a person's name?"""
    if token.is_punct or len(token.norm) < 2 or not token.norm[0].isalpha():
        return False
    if token.norm.isascii():
        return False
    if token.norm in lex.stopwords and not _name_not_particle(lex, token):
        return False
    if not_a_name(lex, token, first=first):
        return False
    if head(lex, token) or is_counterpart(lex, token):
        return False
    if is_title(lex, token) or token.norm in lex.kinship:
        return False
    if token.prefix.startswith(("و", "ف")):
        if first and (after_comma or head(lex, token)):
            return False  # "وملحق الداخلية" is another office
        if token.bare in lex.stopwords or (token.bare.startswith("ال") and token.article):
            return False
    if token.prefix and token.core != token.bare:
        core = token.core
        if lex.knows(core) or token.article:
            return False
    if first and token.definite and not definite_ok:
        return False
    return True


def _name_not_particle(lex: Lexicon, token: Token) -> bool:
    """ "علي" (a name) against "على" (a particle): both normalise to علي."""
    return token.norm in lex.maksura and token.text.rstrip()[-1:] == "ي"


def skip_titles(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, bool]:
    """Past ranks and honorifics, and the arm of service after a rank ("العميد بحري")."""
    titled = False
    while k < len(tokens):
        t = tokens[k]
        abbreviation = k + 1 < len(tokens) and len(t.norm) == 1 and tokens[k + 1].norm == "."
        if abbreviation:
            k += 2  # "أ.د. فلان", "م. فلان"
            titled = True
            continue
        if t.is_quote or is_title(lex, t):
            titled = titled or not t.is_quote
        elif not (titled and t.core in lex.rank_modifiers):
            break
        k += 1
    return k, titled


def take_name(
    lex: Lexicon,
    tokens: list[Token],
    k: int,
    *,
    definite_ok: bool,
    after_comma=False,
    due=False,
    titled=False,
):
    """Indices of the name starting at k (possibly empty). Joiners ("بن"، "آل") do not
    count towards the length: "فيصل بن سلطان بن تركي آل سعود" is one name."""
    out: list[int] = []
    words = 0
    while k < len(tokens) and words < _MAX_NAME:
        t = tokens[k]
        if t.is_quote:
            if out and k + 1 < len(tokens) and not tokens[k + 1].is_quote:
                break
            k += 1
            continue
        if out and city_at(lex, tokens, k):
            break  # "... بمدينة رام الله"
        if not out and not titled and _conjoined_word(lex, t):
            break
        if out and _next_person(lex, t):
            break  # "عبدالجليل وولد قابلية": another person's name
        if not out and (_imperfect_verb(lex, tokens, k) or unsplit_genitive(lex, tokens, k)):
            break
        definite_given = not out and _definite_given_name(lex, tokens, k)
        if not (
            name_like(
                lex,
                t,
                first=not out,
                definite_ok=definite_ok or definite_given,
                after_comma=after_comma,
            )
            or (out and _name_word_after_joiner(lex, tokens, out[-1], k))
            or (out and _head_in_name(lex, tokens, k, words))
            or (out and t.norm in NAME_JOINERS)  # "فان" is not "ف" + "أن" here
            or (words == 1 and t.norm in _REGNAL_ORDINALS)  # "عبدالله الثاني"
            or (out and _family_name_with_b(lex, tokens, k))  # "البشير بالنور"
            or (out and _family_title(lex, tokens, k))
            or (not out and due and _name_despite_prefix(lex, tokens, k, titled))
        ):
            break
        out.append(k)
        words += t.norm not in NAME_JOINERS
        k += 1
    while out and tokens[out[-1]].undefined in NAME_JOINERS:
        out.pop()
    return out


def _definite_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A given name written with the article ("الطاهر", "الصديق"), with no prefix and a
    family name after it ("الطاهر الباعور")."""
    t = tokens[k]
    if not t.definite or t.prefix:
        return False
    if t.undefined not in lex.given_names and t.undefined not in lex.weak_given_names:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and not nxt.prefix and name_like(lex, nxt, first=False, definite_ok=True)


def _family_name_with_b(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A family name that opens with ب ("بالنور", "بلحاج"), the tokeniser having read the
    letter as a preposition: the name's last word, before punctuation or و, and no
    word the lexicons know (not "بالعاصمة", "بطرابلس", "بالوزير")."""
    t = tokens[k]
    if t.prefix != "ب" or lex.knows(t.core) or head(lex, t) or city_at(lex, tokens, k):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.is_punct or nxt.norm[:1] == "و"


def _imperfect_verb(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A verb ("يزور دمشق", "يتعلق بتقرير") rather than a name starting with ي ("يشار
    غولر"): a name's first word is followed by another name word, with no prefix and
    unknown to the lexicons."""
    t = tokens[k]
    norm = t.norm
    if not norm.startswith("ي") or len(norm) < 4:
        return False
    if norm in lex.given_names or norm in lex.weak_given_names:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        nxt is None
        or bool(nxt.prefix)
        or lex.knows(nxt.core)
        or not name_like(lex, nxt, first=False, definite_ok=True)
    )


def _family_title(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An honorific ending a name is the family name: "القاضي رياض الحاج،"; before
    another name it is the next person's title ("فلان والشيخ علان")."""
    t = tokens[k]
    if not (t.definite and not t.prefix and in_any(t, lex.honorifics)):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.is_punct or nxt.norm in lex.stopwords


def _name_despite_prefix(lex: Lexicon, tokens: list[Token], k: int, titled: bool) -> bool:
    """After an office phrase a name is due, so a time word that a name goes on from
    ("صباح حميد الجبوري") opens it; and right after a rank, so does a word read as
    و + a place ("العميد ونيس البرعصي")."""
    t = tokens[k]
    if t.is_punct or not t.norm[:1].isalpha() or head(lex, t) or is_title(lex, t):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or not name_like(lex, nxt, first=False, definite_ok=True):
        return False
    if in_any(nxt, lex.time_nouns):
        return False  # "صباح اليوم"
    if t.norm in _NAME_TIME_WORDS:
        return True
    return (
        titled
        and t.prefix == "و"
        and t.core not in lex.phrase_breaks
        and ((t.core,) in lex.cities or (t.core,) in lex.country_names)
    )


def _name_word_after_joiner(lex: Lexicon, tokens: list[Token], previous: int, k: int) -> bool:
    """After "ولد"/"بن" a name goes on even with a word that is elsewhere a title:
    "ولد الشيخ"."""
    t = tokens[k]
    return (
        tokens[previous].undefined in NAME_JOINERS
        and not t.is_punct
        and (is_title(lex, t) or in_any(t, lex.honorifics) is not None)
    )


def _head_in_name(lex: Lexicon, tokens: list[Token], k: int, words: int) -> bool:
    """An office word inside a name when no office phrase follows it and the name goes
    on ("فلان الأمين ولد ..." but not "... الأمين العام"), or ends a name of two words
    or more before a comma ("محمد أحمد ولد محمد الأمين،")."""
    t = tokens[k]
    if not t.definite or t.prefix or head(lex, t) is None:
        return False
    if k + 1 >= len(tokens) or extend_phrase(lex, tokens, k + 1) != k + 1:
        return False
    nxt = tokens[k + 1]
    if nxt.norm in COMMAS:
        return words >= 2
    return nxt.undefined in NAME_JOINERS or name_like(lex, nxt, first=False, definite_ok=True)


def name_after(lex: Lexicon, tokens: list[Token], j: int) -> tuple[list[int], bool]:
    """The name after an office phrase ending at j, and whether a comma came between.
    Titles, one comma and a bare office word used as a title ("السفير") may come
    between."""
    if j and _institution_in_construct(lex, tokens[j - 1]):
        return [], False  # "رئيس أركان القوات البرية (بقوات حفتر)": the forces' owner
    j = _past_seat(lex, tokens, j)
    k, titled = skip_titles(lex, tokens, j)
    if k < len(tokens) and tokens[k].norm in COMMAS:
        if k + 1 < len(tokens) and tokens[k + 1].prefix.startswith(("و", "ف")):
            return [], True  # "، والسيد ..." starts another person
        if k + 1 < len(tokens) and tokens[k + 1].is_quote:
            # "، "واقع التعاون ...": a quotation, unless a short name is all it holds
            # ("سفير الاتحاد لدى ليبيا، “نيكولا أورلاندو”").
            return _quoted_name(lex, tokens, k + 1), True
        k2, titled2 = skip_titles(lex, tokens, k + 1)
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
    name = take_name(lex, tokens, k, definite_ok=titled, due=True, titled=titled)
    if not name and _title_head(lex, tokens, k):
        k, _ = skip_titles(lex, tokens, k + 1)
        name = take_name(lex, tokens, k, definite_ok=True)
    return name, False


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


def _past_seat(lex: Lexicon, tokens: list[Token], j: int) -> int:
    """Past the city an office sits in, when a comma and the name follow it: "وزير
    الداخلية في حكومة الوحدة الوطنية في طرابلس، فلان"."""
    if j >= len(tokens) or tokens[j].norm != "في":
        return j
    cores = [t.core for t in tokens]
    length, _ = match_phrase(cores, j + 1, lex.cities, lex.max_phrase)
    after = j + 1 + length
    if length and after < len(tokens) and tokens[after].norm in COMMAS:
        return after
    return j


def _title_head(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "السفير" with no phrase of its own, between an office and a name."""
    return (
        k < len(tokens)
        and tokens[k].definite
        and not tokens[k].prefix
        and head(lex, tokens[k]) is not None
        and extend_phrase(lex, tokens, k + 1) == k + 1
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
    ("التقى الفريق أول فلان الفلاني القائد العام ...")?"""
    k, words = start - 1, 0
    while k >= 0 and words < _MAX_NAME and name_like(lex, tokens[k], first=False, definite_ok=True):
        k, words = k - 1, words + 1
    return words > 0 and k >= 0 and is_title(lex, tokens[k])


def name_before(lex: Lexicon, tokens: list[Token], k: int, claimed: set[int]) -> list[int]:
    """Indices of a name of two words or more ending at k, before an office ("كمال بن
    يوسف رئيس الحكومة"), else empty."""
    picked: list[int] = []
    while k >= 0 and k not in claimed and len(picked) < _MAX_NAME:
        if tokens[k].is_quote:
            k -= 1  # "و“فلان الفلاني” رئيس البعثة"
            continue
        if not name_like(lex, tokens[k], first=False, definite_ok=True):
            break
        picked.insert(0, k)
        k -= 1
    while picked and (
        not name_like(lex, tokens[picked[0]], first=True, definite_ok=False)
        or _conjoined_word(lex, tokens[picked[0]])
    ):
        picked.pop(0)
    if any(city_at(lex, tokens, i) for i in picked):
        return []
    if len(picked) < 2:
        return []
    # With no office before it, only what names are made of tells a name from a phrase
    # ("في ضوء نية الممثلة الخاصة ..."): a given name first, or a joiner inside.
    first = tokens[picked[0]].undefined
    if first not in lex.given_names and first not in lex.weak_given_names:
        if not transliterated(first) and not any(tokens[i].norm in NAME_JOINERS for i in picked):
            return []
    return picked


def transliterated(word: str) -> bool:
    """Does a word look like a foreign name written in Arabic letters ("أنيتا", "يانس")?
    Transliteration spells every vowel out, so long-vowel letters make up much of it,
    more than in Arabic nouns ("ضوء", "نية")."""
    letters = [ch for ch in word if ch.isalpha()]
    if len(letters) < 4:
        return False
    return sum(ch in _VOWEL_LETTERS for ch in letters) * 5 >= len(letters) * 2
