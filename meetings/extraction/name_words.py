"""Which words a person's name may be made of: name words, Latin names, initials,
and the words that are elsewhere titles, offices or places but inside a name are its
own ("ولد الشيخ", "فلان الأمين ولد ...", "أوليفييه لوفان كيسو"). Reading a name from
its first word to its last is `names`'s.
"""

import re

from .countries import ARAB_STATES
from .foreign_names import transliterated
from .lexicon import Lexicon
from .name_parts import NAME_JOINERS, name_not_particle, not_a_name, office_word_in_name
from .normalize import normalize_arabic
from .offices import extend_phrase
from .tokens import Token, in_any
from .words import COMMAS, RELATIVES, SON_OF, city_at, head, is_counterpart, is_title

# A name some outlets leave in Latin letters after an Arabic office ("السفيرة الفرنسية
# Anne GRILLO"): words in title case, a family name also in capitals. Any other Latin
# word (an acronym, an English word) is no name. Letters with accents are Latin too
# ("Çağlar", "Łukasz").
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+")
_LATIN_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)?"
)
_LATIN_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ'’-]{2,}")
# Particles that are also foreign given names (Geir, Ben): where a name is due, before
# a word no lexicon knows ("المبعوث الأممي غير بيدرسون", "السفير البريطاني بين فيندر").
_PARTICLES_AS_GIVEN = frozenset({"غير", "بين"})
# Time words that are also given names ("صباح").
_NAME_TIME_WORDS = frozenset({"صباح"})
# Titles that are also common names of a father or grandfather ("عادل السيد عبد العزيز").
_TITLES_AS_NAMES = frozenset({"السيد", "الشيخ"})
# A Latin initial as Arabic writes it (normalised), inside a foreign name: "مايكل إي
# لانجلي", "لويد جي أوستن".
_INITIALS = frozenset({"اي", "جي", "اس", "اف", "اتش", "جيه", "كيه", "دبليو", "ار", "تي", "بي"})


# A preposition on a word that opens with its own letter, as no name opens (normalised).
_PREPOSITION_ON_ITS_LETTER = ("بب", "لل")


def name_like(
    lex: Lexicon, token: Token, *, first: bool, definite_ok: bool, after_comma=False
) -> bool:
    """Could this token be part of a person's name?"""
    if token.is_punct or len(token.norm) < 2 or not token.norm[0].isalpha():
        return False
    if _LATIN_WORD.fullmatch(token.text):
        return bool(
            _LATIN_NAME_WORD.fullmatch(token.text)
            or (not first and _LATIN_CAPITALS.fullmatch(token.text))
        )
    if token.norm in lex.stopwords and not name_not_particle(lex, token):
        return False
    if not_a_name(lex, token, first=first):
        return False
    if head(lex, token) or is_counterpart(lex, token):
        return False
    if is_title(lex, token) or token.norm in lex.kinship:
        return False
    if token.definite and token.norm in lex.institution_heads:
        return False  # "التقى الوزير فلان الفلاني البعثة الأوروبية": the body met
    if token.definite and (token.core,) in lex.portfolios:
        return False  # "المتحدث باسم الخارجية": a ministry, after "باسم" (Basem)
    # "مايكل فالون": a family name the tokeniser read as ف + a definite word that no
    # lexicon knows; "فلان فالوزير" still ends the name
    foreign_with_f = not first and token.prefix == "ف" and not lex.knows(token.core)
    # "باقر", "فراس" are given names whole, not ب + "اقر", ف + "راس"
    whole_given = token.norm in lex.given_names
    if token.prefix.startswith(("و", "ف")) and not foreign_with_f and not whole_given:
        if first and (after_comma or head(lex, token)):
            return False  # "وملحق الداخلية" is another office
        if token.bare in lex.stopwords or (token.bare.startswith("ال") and token.article):
            return False
    if token.prefix and token.core != token.bare and not foreign_with_f and not whole_given:
        core = token.core
        # "إبراهيم كالين": a family name the tokeniser read as ك + a given name
        foreign_with_k = not first and token.prefix == "ك" and core in lex.given_names
        if (lex.knows(core) or token.article) and not foreign_with_k:
            return False
    if first and token.definite and not definite_ok and token.norm not in lex.foreign_given_names:
        return False  # not "فاليري", a given name whole, no ف + "اليري"
    if (
        first
        and token.norm.startswith(_PREPOSITION_ON_ITS_LETTER)
        and token.norm[1:] not in lex.given_names  # "التقى ببدر فلان": Badr
        and token.norm[1:] not in lex.weak_given_names
    ):
        return False  # "آمر غرفة العمليات ببركان الغضب": ب on a word that opens with ب
    return True


def latin_word(token: Token) -> bool:
    return bool(_LATIN_WORD.fullmatch(token.text))


def city_word_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A city's one-word name between two words of a foreign name is the name's:
    "أوليفييه لوفان كيسو" (Leuven). Written bare, not as a place ("بلوفان", "في لوفان")."""
    t = tokens[k]
    if t.prefix or t.definite or k + 1 >= len(tokens) or (t.core,) not in lex.cities:
        return False
    after = tokens[k + 1]
    return not city_at(lex, tokens, k + 1) and name_like(lex, after, first=False, definite_ok=False)


def place_as_family_name(lex: Lexicon, tokens: list[Token], out: list[int], k: int) -> bool:
    """A foreign given name's family name that is also the one-word name of a place
    abroad: "إليزابيث جيجو" (Jeju), "ليزا موناكو", or a town ("فرانسيسكو باردو"). Written
    bare right after the given name, where a place would need "في" or "ب"; not an Arab
    state's name or its capital's."""
    t, given = tokens[k], tokens[out[0]]
    if len(out) != 1 or t.prefix or t.definite or given.prefix:
        return False
    foreign = transliterated(given.norm) or given.norm in lex.foreign_given_names
    if given.norm not in lex.given_names or not foreign:
        return False
    key = (t.core,)
    code = lex.cities.get(key) or lex.country_names.get(key)
    if code in ARAB_STATES:
        # a town of an Arab state, not the state or its capital: "فرانسيسكو باردو"
        capital = normalize_arabic(lex.capitals.get(code, ""))
        return key not in lex.country_names and t.core != capital and transliterated(t.norm)
    return code is not None and transliterated(t.norm)


def initial_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An initial between two words of a name: "مايكل إي لانجلي"."""
    return (
        tokens[k].norm in _INITIALS
        and k + 1 < len(tokens)
        and name_like(lex, tokens[k + 1], first=False, definite_ok=False)
    )


def initial_with_stop(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A one-letter initial and its stop between two words of a name: "جون أ. سميث"."""
    return (
        len(tokens[k].norm) == 1
        and tokens[k].norm.isalpha()
        and k + 2 < len(tokens)
        and tokens[k + 1].norm == "."
        and name_like(lex, tokens[k + 2], first=False, definite_ok=False)
    )


def title_as_father_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "السيد" or "الشيخ" between the words of a name, with no conjunction before it
    ("اللواء عادل السيد عبد العزيز جعفر") is the father's name, not the next person's
    title. After a family name with the article it is the next person's: "الشيخ فلان
    الأحمد الصباح الشيخ علان"."""
    if tokens[k].norm not in _TITLES_AS_NAMES or k + 1 >= len(tokens):
        return False
    if k and tokens[k - 1].definite:
        return False
    nxt = tokens[k + 1]
    return nxt.norm in lex.given_names or nxt.norm in NAME_JOINERS


def family_title(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An honorific ending a name is the family name: "القاضي رياض الحاج،"; before
    another name it is the next person's title ("فلان والشيخ علان")."""
    t = tokens[k]
    if not (t.definite and not t.prefix and in_any(t, lex.honorifics)):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.is_punct or nxt.norm in lex.stopwords


def hajj_in_family_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "الحاج" after a given name and before the name's last word is part of a family
    name ("أحمد الحاج حسن،"), not the title of someone else."""
    if tokens[k].norm != "الحاج" or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return (
        name_like(lex, nxt, first=False, definite_ok=False)
        and not nxt.definite
        and (after is None or after.is_punct or after.norm in lex.stopwords)
    )


def name_despite_prefix(lex: Lexicon, tokens: list[Token], k: int, titled: bool) -> bool:
    """After an office phrase a name is due, so a time word that a name goes on from
    ("صباح حميد الجبوري") opens it; and right after a rank, so does a word read as
    و + a place ("العميد ونيس البرعصي") or, before a second word, as ف + a definite
    word no lexicon knows ("الأميرال فالتير جيرارديللي")."""
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
    if titled and t.prefix == "ف" and t.article and not nxt.definite:
        return not lex.knows(t.core)
    return (
        titled
        and t.prefix == "و"
        and t.core not in lex.phrase_breaks
        and ((t.core,) in lex.cities or (t.core,) in lex.country_names)
    )


def foreign_family_name_with_preposition(lex: Lexicon, token: Token) -> bool:
    """ "تامي بالدوين", "حسين كالوت": right after a given name, a word of another
    language the tokeniser read as ب/ك/ل + the article + a word no lexicon knows,
    spelled as transliterations are. Not further on, where it is a preposition's
    object ("فلان الفلاني بالوسيطين")."""
    return (
        token.prefix in ("ب", "ك", "ل")
        and token.article
        and not lex.knows(token.core)
        and transliterated(token.norm)
        and not _dual_or_plural_of_a_word(lex, token.undefined)  # "بالوزيرين"
    )


def _dual_or_plural_of_a_word(lex: Lexicon, word: str) -> bool:
    """ "وزيرين", "مسؤولين": a known word with the ending of a dual or a plural."""
    return word.endswith(("ين", "ان")) and lex.knows(word[:-2])


def foreign_family_name_with_article(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "كايا كالاس", "سيليست والاندر": after a foreign given name, a family name the
    tokeniser read as ك or و + a definite word no lexicon knows. Not after an Arabic
    one, where "و" + a family name is another person ("محمد والسيسي")."""
    t, before = tokens[k], tokens[k - 1]
    if t.prefix not in ("ك", "و") or not t.article or lex.knows(t.core):
        return False
    if t.core in lex.given_names or t.undefined in lex.given_names:
        return False  # "والحسن": another person
    if before.prefix or before.definite or before.is_punct:
        return False
    if transliterated(before.norm):
        return True
    return before.norm not in lex.given_names and not lex.knows(before.norm)


def common_word_as_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Right after an office, where a name is due, a given name that is also a common
    word ("بيان", a statement) or a particle ("غير") opens a name when a word no
    lexicon knows follows it: "وزير الداخلية العراقي بيان جبر"."""
    t = tokens[k]
    particle = t.norm in _PARTICLES_AS_GIVEN
    if t.prefix or t.definite:
        return False
    if not particle and (t.norm not in lex.weak_given_names or t.norm in lex.particles):
        return False  # "على": a particle, whatever "علي" is
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        nxt is not None
        and not lex.knows(nxt.core)
        # not "غير رسمية", "بين دولتين": a feminine or a dual is no foreign family name
        and not (particle and (nxt.prefix or nxt.definite or nxt.norm.endswith(("ه", "ين"))))
        and name_like(lex, nxt, first=False, definite_ok=True)
    )


def time_word_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Inside a name, "صباح" before a family name with the article is a name too
    ("فهد صباح الأحمد"), not the morning ("... في مكتبه صباح اليوم")."""
    if tokens[k].norm not in _NAME_TIME_WORDS or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return (
        nxt.definite
        and not nxt.prefix
        and not in_any(nxt, lex.time_nouns)
        and name_like(lex, nxt, first=False, definite_ok=True)
    )


# "Son of" before a father's name that may read as a verb ("بن فهم", "بن طالب"); not
# "ولد", also "was born" ("محمد ولد سالم ولد بمدينة أطار").
_SON_OF_NO_VERB = frozenset({"بن", "بنت", "ابن"})
_PREPOSITIONS = frozenset({"في", "من", "علي", "عن", "الي", "مع"})  # normalised


def name_word_after_joiner(lex: Lexicon, tokens: list[Token], previous: int, k: int) -> bool:
    """After "ولد"/"بن" a name goes on even with a word that is elsewhere a title
    ("ولد الشيخ") or that reads as a preposition and two letters ("ولد بهي", "بن بلة":
    no word is so short), after "بن" with a word without a prefix that is elsewhere a
    verb ("بن فهم", "بن طالب"), and after "عبد" with any word: "معين عبد الملك"."""
    t = tokens[k]
    joiner = tokens[previous].undefined
    return (
        joiner in NAME_JOINERS
        and not t.is_punct
        and (
            joiner == "عبد"
            or is_title(lex, t)
            or in_any(t, lex.honorifics) is not None
            or (joiner in SON_OF and t.core != t.bare and len(t.core) <= 2)
            or (
                joiner in _SON_OF_NO_VERB
                and not t.prefix.endswith(("ب", "ل", "ك"))  # "فهم" may read as ف + هم
                and t.text[:1].isalpha()  # not a number, a quote or a Latin word's
                and t.norm not in _PREPOSITIONS
            )
        )
    )


def head_in_name(lex: Lexicon, tokens: list[Token], k: int, words: int) -> bool:
    """An office word inside a name when no office phrase follows it and the name goes
    on ("فلان الأمين ولد ..." but not "... الأمين العام"), or ends a name of two words
    or more before a comma ("محمد أحمد ولد محمد الأمين،"). A given name that is an
    office word too ends a name before another office: "ناصر أمين رئيس المكتب". After a
    name of two words, one before a given name is the next person's office."""
    t = tokens[k]
    if t.prefix or head(lex, t) is None:
        return False
    if not t.definite:
        return (
            # "ناصر أمين رئيس المكتب"; after a family name with the article it opens the
            # name's office: "فلان الصادق المهدي مساعد رئيس الجمهورية"
            (office_word_in_name(lex, tokens, k) and not tokens[k - 1].definite)
            or _family_name_with_office_word(lex, tokens, k, words)
            or (words == 1 and nothing_governed(tokens, k + 1))
        )
    if k + 1 >= len(tokens) or extend_phrase(lex, tokens, k + 1) != k + 1:
        return False
    if t.undefined not in lex.given_names and t.undefined not in lex.weak_given_names:
        return False  # "الرئيس الهاشمي الوزير فلان": "الوزير" is no name's, "الأمين" is
    nxt = tokens[k + 1]
    if nxt.norm in COMMAS:
        return words >= 2
    if is_title(lex, t):
        return False  # "... جرائم الأموال العميد فراج فلان": a rank opening the next name
    if words >= 2 and (nxt.norm in lex.given_names or nxt.norm in lex.weak_given_names):
        return False  # "زار السفير فلان الفلاني الرئيس علان ...": the next one's office
    return nxt.undefined in NAME_JOINERS or name_like(lex, nxt, first=False, definite_ok=True)


def nothing_governed(tokens: list[Token], k: int) -> bool:
    """Does nothing an office would govern follow ("سلمى والي التي تزور", "فلان والي،")?
    Then an office word after a given name is the family name."""
    return k >= len(tokens) or tokens[k].is_punct or tokens[k].norm in RELATIVES


def _family_name_with_office_word(lex: Lexicon, tokens: list[Token], k: int, words: int) -> bool:
    """After one name word, an office word before a definite word no lexicon knows is
    the first of a family name ("الباجي قائد السبسي"), not an office ("قائد الجيش")."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        words == 1
        and nxt is not None
        and nxt.definite
        and not nxt.prefix
        and not lex.knows(nxt.core)
        and not lex.knows(nxt.undefined)
    )


def nisba_family_name(lex: Lexicon, token: Token) -> bool:
    """A nationality adjective after a name of two words that an office introduced, or
    after a given name that is no ordinary word, is its family name: "رئيس الوزراء حسن
    جابر السوداني", "وزير الداخلية اليمني صالح ناجي المصري", "رئيس الوزراء محمد
    السوداني" (the office says the state before the name, when it does)."""
    return token.definite and not token.prefix and (token.core,) in lex.adjectives


def definite_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A given name written with the article ("الطاهر", "الصديق"), with no prefix and a
    family name after it ("الطاهر الباعور"); some are known only with it ("الباجي")."""
    t = tokens[k]
    if not t.definite or t.prefix:
        return False
    names = (lex.given_names, lex.weak_given_names)
    if not any(t.undefined in known or t.norm in known for known in names):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is None or nxt.prefix:
        return False
    return name_like(lex, nxt, first=False, definite_ok=True) or _family_name_with_office_word(
        lex, tokens, k + 1, 1
    )
