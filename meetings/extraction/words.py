"""What one token is to the lexicons: an office's head word, a title, a counterpart
word, a city, a given name; and a word as written without its prefix or possessive ending.

Office phrases (`offices`) and names (`names`) are both read with these: a name is the
run of words none of the lexicons knows.
"""

from collections.abc import Callable, Sequence
from functools import wraps
from typing import TypeVar

from .lexicon import Lexicon
from .normalize import normalize_arabic
from .phrases import match_phrase
from .tokens import Token, in_any

COMMAS = frozenset({"،", ","})
DASHES = frozenset({"-", "–", "—"})
SEMICOLONS = frozenset({"؛", ";"})
# Demonstratives (normalised): "خلال هذا الاتصال", "هذه الزيارة".
DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك"})
# Relative pronouns (normalised): "اللقاء الذي جمعه", "لقاءاته التي استهلها".
RELATIVES = frozenset({"التي", "الذي", "اللتين", "اللذين", "الذين"})
THE_DELEGATION = frozenset({"الوفد", "الوفود"})
# The nouns of holding a meeting (normalised): "إجراء مكالمة", "عقد لقاء".
HOLDING = frozenset({"اجراء", "عقد"})
# A minister, man or woman (normalised, without the article).
MINISTERS = frozenset({"وزير", "وزيره"})
# People displaced, whom a state hosts or serves (normalised, with the article).
DISPLACED = frozenset({"اللاجئين", "المهاجرين", "النازحين"})
# "Several" between the noun holding meetings and them (normalised): "بعقد عدة لقاءات".
SEVERAL = frozenset({"عده"})
# "To him/her/them" (normalised): "رسالة له من فلان", "استقبال الأمير له".
TO_HIM = frozenset({"له", "لها", "لهما", "لهم"})
# Whom a report is attributed to (normalised, without و): "بحسب البيان", "نقلا عن".
SOURCES = frozenset({"بحسب", "حسب", "وفق", "وفقا", "نقلا"})
# Taking part in a gathering (normalised, without و): "خلال مشاركته في اجتماعات المجلس".
TAKING_PART = frozenset(
    {"مشاركته", "مشاركتها", "مشاركه", "للمشاركه", "بالمشاركه", "حضوره", "حضورها", "لحضور"}
    | {"حضور"}
)
# A meeting told as the one before or after another, by a verb with it as its object
# (normalised, without و): "وسبقه لقاء مع فلان", "وتلاه اجتماع موسع".
SEQUENCE = frozenset({"سبقه", "سبقها", "سبقته", "تلاه", "تلاها", "اعقبه", "اعقبها"})
# Who came with someone (normalised, without و): "وصل فلان ... وبرفقته علان".
ACCOMPANIED = frozenset({"برفقته", "برفقتها", "يرافقه", "يرافقها", "ترافقه", "ترافقها"})
# A delegation, in any of its forms (normalised cores): "وفد", "وفدا", "وفده".
DELEGATION = frozenset({"الوفد", "وفد", "وفدا", "وفده", "وفدها"})
# Greetings conveyed (normalised, bare): "نقل تحيات الرئيس إلى ...".
GREETINGS = frozenset({"تحيات", "تحايا", "تحيه", "تهاني", "تهانئ", "تهنئه", "تمنيات", "مشاعر"})
# "كان" and its forms (normalised): with "قد" a pluperfect, an earlier event
WAS = frozenset({"كان", "كانت", "كانا", "كانوا"})
# What a letter, an order or an envoy is said to be: "رسالة خطية من", "بتعليمات سامية
# من", "بصفته موفدا خاصا من".
LETTER_KINDS = frozenset({"خطيه", "شفويه", "خاصه", "ساميه", "مكتوبه", "خاصا", "شخصيا"})
# Words of a name saying whose child its bearer is (normalised): "ولد", "بن", "بنت".
SON_OF = frozenset({"ولد", "بن", "بنت", "ابن"})
# What a state's name may open with (cores): "جمهورية إندونيسيا", "مملكة إسبانيا".
STATE_WORDS = frozenset({"دوله", "جمهوريه", "مملكه", "سلطنه", "اماره"})
CAPITAL = frozenset({"العاصمه", "عاصمه"})  # cores
# The other party's turn (normalised): "من جانبه،", "من جهتها،"; "بدوره،".
ON_HIS_SIDE = frozenset({"جانبه", "جانبها", "جهته", "جهتها"})
IN_TURN = frozenset({"بدوره", "بدورها"})
# "During" a meeting (normalised): "خلال استقباله", "لدى لقائه", "أثناء الاجتماع".
DURING = frozenset({"خلال", "اثناء", "لدي"})
# An office its holder no longer holds (normalised cores): "السفير السابق".
FORMER = frozenset({"السابق", "السابقه", "الاسبق", "الاسبقه"})
# A province named by its noun before its city's name (normalised cores): "محافظة البصرة",
# "ولاية سوسة" in the Maghreb.
PROVINCES = frozenset({"محافظه", "ولايه"})
WEEKDAYS = frozenset({"الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"})
POSSESSIVES = ("هما", "هم", "ها", "ه")
# Latin letters spelt in Arabic (normalised), as initials of foreign names before a stop:
# "إس. جايشانكار", "جي. دي. فانس". Not those that are also Arabic words ("أن", "أم", "ال").
SPELT_INITIALS = frozenset(
    {"اس", "ايس", "جي", "دي", "بي", "تي", "كي", "ار", "اف", "اتش", "جيه", "دبليو"}
)
# How an accusative's tanween ends a word, before or after its alef: "مؤكداً", "طارئًا".
TANWEEN_ENDINGS = ("\u064b", "\u064bا", "ا\u064b")
T = TypeVar("T")
_MAX_WORDS = 200_000


def per_word(function: Callable[[Lexicon, Token], T]) -> Callable[[Lexicon, Token], T]:
    """Keep a function of (lexicon, token) by the token's text: these are asked of every
    word several times per sentence, and a token is made from its text alone
    (`tokens.make_token`). One lexicon per process; a new one empties the cache."""
    cache: dict[str, T] = {}
    owner: list[Lexicon | None] = [None]

    @wraps(function)
    def kept(lex: Lexicon, token: Token) -> T:
        if lex is not owner[0]:
            cache.clear()
            owner[0] = lex
        try:
            return cache[token.text]
        except KeyError:
            if len(cache) > _MAX_WORDS:
                cache.clear()
            value = cache[token.text] = function(lex, token)
            return value

    return kept


# Heads that are adjectives too with the article: "القانون العضوي" (organic), while
# "عضوي مجلس الشورى" are two members.
_ADJECTIVE_HEADS = frozenset({"عضوي"})


@per_word
def head(lex: Lexicon, token: Token) -> str | None:
    """The office a token names (وزير for الوزير/ووزير/بوزير/معاونه), else None."""
    for form in token.forms:
        bare = form[2:] if form.startswith("ال") else form
        if bare in _ADJECTIVE_HEADS and token.article:
            continue
        if form == "والي" and token.text.rstrip()[-1:] != "ي":
            continue  # "وإلى" / "والى" (and to), not the governor
        if bare == "امر" and "أ" in token.text:
            continue  # "أمر" (a matter, an order), not "آمر" (a commander)
        if bare in lex.heads or form in lex.heads:
            return bare
        if token.text.endswith("ه") or token.text.endswith(("ها", "هما", "هم")):
            for suffix in POSSESSIVES:
                if not bare.endswith(suffix):
                    continue
                stem = bare[: -len(suffix)]
                if stem.endswith("ت"):
                    stem = stem[:-1] + "ه"  # "نائبتها": نائبة + ها
                # Three-letter stems are too often a name: "أمره" is not "his آمر".
                if len(stem) > 3 and stem in lex.heads:
                    return stem
    return None


@per_word
def office_word(lex: Lexicon, token: Token) -> bool:
    """Can an office phrase start at this word: an office's head word, the first word of
    a head of several words ("القائم بالأعمال"), or a counterpart word? Most words
    cannot, and are passed over at once."""
    firsts = lex.head_phrases.firsts
    if token.norm in firsts or token.core in firsts:
        return True
    return (not is_title(lex, token) and head(lex, token) is not None) or is_counterpart(lex, token)


@per_word
def is_title(lex: Lexicon, token: Token) -> bool:
    """A rank or an honorific, also after و ("واللواء فلان") or, a rank with the article,
    after ب ("التقى بالفريق أول فلان")."""
    return (
        token.norm in lex.ranks
        or (token.bare in lex.ranks and token.bare != token.norm)
        or (token.prefix == "ب" and token.article and token.core in lex.ranks)
        or in_any(token, lex.honorifics) is not None
    )


@per_word
def is_counterpart(lex: Lexicon, token: Token) -> bool:
    return in_any(token, lex.counterparts) is not None


def given_name(lex: Lexicon, token: Token) -> bool:
    """Is the token a given name that is no ordinary word ("خليفة", "ماتيو"), alone or
    after و ("وماتيو")?"""
    norm = token.norm
    return norm in lex.given_names or (norm[:1] in "وف" and norm[1:] in lex.given_names)


def is_city(lex: Lexicon, token: Token) -> bool:
    return (token.core,) in lex.cities


def city_at(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does a city's name, of one word or more, start at k?"""
    cores = [t.core for t in tokens[k : k + lex.max_phrase]]
    return match_phrase(cores, 0, lex.cities, lex.max_phrase)[0] > 0


def without_prefix(token: Token) -> str:
    """The word as written without a leading و/ف/ب/ل ("وبعثة" → "بعثة")."""
    if not token.prefix:
        return token.text
    text = token.text
    letters = len(token.prefix)
    # Walk over the written form so diacritics on the prefix letters go too.
    seen = 0
    for i, ch in enumerate(text):
        if ch.isalpha():
            if seen == letters:
                rest = text[i:]
                if not token.core.startswith("ال") or rest.startswith("ال"):
                    return rest
                if token.core == "ال" + normalize_arabic(rest):
                    return "ال" + rest  # "للجنة" → "اللجنة"
                return "ال" + rest[1:]  # "للهجرة" → "الهجرة"
            seen += 1
    return text


def strip_possessive(core: str) -> str:
    """ "داخليتها" → "داخليه": the portfolio a possessive office names."""
    for suffix in POSSESSIVES:
        if core.endswith(suffix) and len(core) > len(suffix) + 2:
            stem = core[: -len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return core


def written(tokens: Sequence[Token]) -> str:
    """Tokens as written, the first without its preposition (بطرابلس → طرابلس)."""
    first = tokens[0]
    text = first.text
    if first.prefix:
        text = text[len(first.prefix) :]
        if first.core.startswith("ال") and not text.startswith("ال"):
            text = "ا" + text
    return " ".join([text] + [t.text for t in tokens[1:]])


# Bodies that are led, not meetings that are chaired (normalised cores): "حكومة الوفاق
# برئاسة فلان".
_LED = frozenset({"حكومه", "الحكومه"})


def government_led_by(tokens: list[Token], start: int, k: int) -> bool:
    """Is "برئاسة" at k who leads a government named just before ("مع حكومة الوفاق
    الليبية برئاسة فلان"), not who chaired a meeting?"""
    before = tokens[max(start, k - 6) : k]
    # "وفد حكومة تصريف الأعمال برئاسة فلان": the delegation is led, and he takes part
    return (
        tokens[k].norm == "برئاسه"
        and any(t.core in _LED for t in before[-4:])
        and not any(t.core in DELEGATION for t in before)
    )


# A prophet's eulogy after his name (normalised): "محمد صلى الله عليه وسلم", "عليه
# السلام", "ﷺ" (one token). He is spoken of, not met.
_EULOGIES = (("صلي", "الله"), ("عليه", "السلام"), ("صلي الله عليه وسلم",))


def eulogised(tokens: list[Token], end: int) -> bool:
    """Does a prophet's eulogy follow the name that ends before `end`?"""
    following = tuple(t.norm for t in tokens[end : end + 2])
    return any(following[: len(eulogy)] == eulogy for eulogy in _EULOGIES)


# The dead, before their name or in their office (normalised): "الرئيس الراحل فلان",
# "المرحوم فلان", "الشهيد فلان". They are mourned, not met.
_LATE = frozenset(
    {"الراحل", "الراحله", "المرحوم", "المرحومه", "الفقيد", "الفقيده", "الشهيد", "الشهيده"}
)


def late(tokens: list[Token], start: int, name_start: int) -> bool:
    """Is the person whose office or titles run from `start` to their name at
    `name_start` said to be dead (the word right before counts too)?"""
    return any(t.core in _LATE for t in tokens[max(0, start - 1) : name_start])


# An ambassador's post in the accusative (normalised), and what may qualify it: "فلان
# سفيرا مفوضا فوق العادة لجمهورية البرازيل".
_AS_AMBASSADOR = frozenset({"سفيرا", "سفيره"})
_PLENIPOTENTIARY = frozenset({"مفوضا", "مفوضه", "فوق", "العاده"})


def accredited_at(tokens: list[Token], k: int) -> int | None:
    """Where the accusative post stands ("سفيرا") when the word at k, with ل, is the
    state someone is made ambassador of ("سفيرا مفوضا فوق العادة لجمهورية البرازيل"),
    else None. That state is not where anyone meets."""
    if k >= len(tokens) or tokens[k].prefix != "ل":
        return None
    j = k - 1
    while j >= 0 and tokens[j].norm in _PLENIPOTENTIARY:
        j -= 1
    return j if j >= 0 and tokens[j].norm in _AS_AMBASSADOR else None
