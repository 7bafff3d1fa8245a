"""Where a name ends, or why a word cannot open one: a verb after it, what follows a
noun in construct, a purpose, a state's name, an office of several words, what was
discussed ("ترسيم الحدود"), "باسم" in the name of a body. Reading a name from its
first word to its last is `names`'s.
"""

import re

from .lexicon import Lexicon
from .name_parts import bare_verbal_noun, not_a_name
from .name_words import latin_word, name_like
from .phrases import match_phrase
from .tokens import Token, in_any
from .words import POSSESSIVES, TANWEEN_ENDINGS, WEEKDAYS, city_at, head, is_title

# What follows a verb or a noun in construct, not a name (normalised): "تركز على",
# "مكنت من", "أهم ما".
_AFTER_A_WORD = frozenset({"علي", "من", "ما", "عن", "الي"})
# What a verb of going or being absent takes after it (normalised): "سيصل إلى".
_VERB_PREPOSITIONS = frozenset({"الي", "عن", "علي", "من", "الى"})


def city_of_words(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does a city's name of two words or more ("أبو ظبي", "رأس الخيمة") start at k?
    One word may be a given name too ("جورجيا")."""
    cores = [t.core for t in tokens[k : k + lex.max_phrase]]
    return match_phrase(cores, 0, lex.cities, lex.max_phrase)[0] >= 2


def body_of_words(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does an institution's name of two words or more ("الأمم المتحدة", "الاتحاد
    الأوروبي") start at k? No name runs into one: "قدم القائد علم الأمم المتحدة"."""
    cores = [t.core for t in tokens[k : k + lex.max_phrase]]
    return match_phrase(cores, 0, lex.institutions, lex.max_phrase)[0] >= 2


def office_phrase_at(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does an office of several words start at k ("أمير قطر", "ولي العهد")?"""
    if tokens[k].norm not in lex.head_phrases.firsts:
        return False
    norms = [t.norm for t in tokens[k : k + 3]]
    return match_phrase(norms, 0, lex.head_phrases, 3)[0] > 0


def word_goes_on(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does the word before k go on as a verb with its object or a noun in construct,
    so that, alone, it is no name? A definite word right after it is its genitive
    ("أبرز التحديات"), unless a time word ("الرئيس عون اليوم") or an adjective; "ب"
    opens its object ("تقدم بالشكر"), as do "على" or "من"."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.norm in _AFTER_A_WORD or (t.prefix == "ب" and t.article):
        return True
    if latin_word(t) and t.text[:1].islower():
        return True  # "Le préfet de police": a foreign phrase, not a name
    return (
        t.definite
        and not t.prefix
        # not an adjective ("مطار الملك خالد الدولي") or a time word; a subject word is
        # a genitive as well ("تطور العلاقات")
        and (t.norm not in lex.stopwords or t.norm in lex.subject_words)
        and (t.core,) not in lex.adjectives
    )


def preposition_as_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "علي" alone before a word no name is made of, or a noun with a possessive ("علي
    اتصاله"), is "على" as many outlets spell it."""
    if tokens[k].text != "علي" or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    if after.is_punct:
        return False
    possessed = not after.prefix and after.text.endswith(POSSESSIVES) and len(after.norm) > 5
    return possessed or not_a_name(lex, after, first=False)


def purpose(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "لحل الأزمة", "لبحث السبل": ل and a verbal noun before a definite word says
    what for, after an office named in passing ("مبادرة رئيس المجلس الأخيرة لحل
    الأزمة"); a given name opening with ل ("لطفي", "لخضر") is a name still."""
    t = tokens[k]
    if t.norm[:1] != "ل" or t.norm in lex.given_names or t.norm in lex.weak_given_names:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.definite and not nxt.is_punct and nxt.prefix == ""


def before_a_state(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "استعرض الوزير رؤية موريتانيا": a noun in construct with a state's name, which
    no name runs into; a given name is a name still ("عمر البشير" is not this)."""
    t = tokens[k]
    if t.norm in lex.given_names or t.norm in lex.weak_given_names or t.definite:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and not nxt.prefix and (nxt.core,) in lex.country_names


def in_the_name_of(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "باسم" after a spokesman or before a body: "in the name of", not Basem."""
    if tokens[k].norm != "باسم" or k + 1 >= len(tokens):
        return False
    spokesman = k > 0 and tokens[k - 1].core.removeprefix("ال") in _SPOKESMEN
    return spokesman or tokens[k + 1].core.removeprefix("ال") in lex.institution_heads


_SPOKESMEN = frozenset({"متحدث", "ناطق", "رسمي", "متحدثه", "ناطقه"})


def verbal_noun_in_construct(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A derived verb's noun that is no given name, before a definite genitive or one
    with a possessive ("ترسيم الحدود", "تعزيز التعاون", "اهتمام بلاده"): the subject
    discussed, not a name word."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        bare_verbal_noun(lex, t)
        and nxt is not None
        # a genitive has no preposition: "ترامب للشؤون العربية" is no construct
        and not nxt.prefix
        and (nxt.definite or nxt.text.endswith(("ها", "ه", "هم")))
        # "نظيره الأمريكي جون تراكس السبت": a day after it tells when, no genitive
        and nxt.norm not in WEEKDAYS
        and not in_any(nxt, lex.time_nouns)
        # "الرئيس دونالد ترامب السفير فلان": a title after it opens the next person
        and not (nxt.definite and (is_title(lex, nxt) or head(lex, nxt)))
    )


# An imperfect's prefix written with its vowel ("يُشيد", "سيُعقد"), as names are not.
_VOWELLED_PREFIX = re.compile(r"^س?[يتن][\u064b-\u0652]")
# A plural noun with a possessive ("جولاته", "زياراتها", "لقاءاتهم"): written with ه, a
# pronoun, where a family name ends in ة ("شحاتة").
_POSSESSED_PLURAL = re.compile(r"\w{2,}ات(?:ه|ها|هم|هما)$")


def feminine_noun_and_adjective(tokens: list[Token], k: int, joiners=frozenset()) -> bool:
    """Two words both feminine in ة, with the article ("الخصوصية الاستراتيجية") or both
    without ("صورة موجزة"), after a name of two words: a noun and its adjective, the
    object of the verb before the name, no more of the name; not after one of the
    `joiners` ("آل خليفة برفقة": a family name)."""
    pair = tokens[k : k + 2]
    return (
        len(pair) == 2
        and not (k and tokens[k - 1].norm in joiners)
        and pair[0].definite == pair[1].definite
        and all(not t.prefix and t.text.endswith("ة") for t in pair)
    )


def possessed_plural(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "استكمل فلان الفلاني جولاته على ...": a plural noun with a possessive after a
    name of two words is what its bearer did, not more of the name."""
    t = tokens[k]
    return (
        not t.prefix
        and _POSSESSED_PLURAL.fullmatch(t.text) is not None
        and t.norm not in lex.given_names
        and t.norm not in lex.weak_given_names
    )


def verb_after_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """After a name of two words, an imperfect or future verb ("سيصل", "يتوجه") going
    somewhere ("إلى", "عن", a city or a state); a family name of that shape ("كنعان
    يلماز، السفير", "محمد الطاهر سيالة في") is followed by anything else."""
    t = tokens[k]
    norm = t.norm
    if t.prefix or norm in lex.given_names or norm in lex.weak_given_names or len(norm) < 4:
        return False
    if not norm.startswith(("سي", "ست", "سن", "ي")) or t.text.endswith("ة"):
        return False  # no verb ends in ة: "محمد الطاهر سيالة"
    if _VOWELLED_PREFIX.match(t.text):
        return True  # "فلان الفلاني يُشيد بـ": a vowel marks the verb's prefix
    after = k + 1
    while after < len(tokens) and tokens[after].is_quote:
        after += 1
    if after >= len(tokens):
        return False
    nxt = tokens[after]
    if nxt.text.endswith(TANWEEN_ENDINGS):
        return True  # "ستتوجه “قريباً” إلى", "يريد اتفاقًا": a verb and its object
    if norm[:1] == "س" and (nxt.norm in lex.time_nouns or nxt.norm == "خلال"):
        return True  # "سيصل غدا", "ستنتهي خلال الأسابيع المقبلة"
    # "سيصل إلى روما", "سيصل الخرطوم", "يزور تونس"
    return (
        nxt.norm in _VERB_PREPOSITIONS
        or city_at(lex, tokens, after)
        or ((nxt.core,) in lex.country_names)
    )


def indefinite_object(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An indefinite noun in the accusative and its nisba adjective or participle
    ("مؤتمرا صحفيا", "اجتماعا ثنائيا", "شرحا مفصلا"), written without their tanween:
    the object of the verb before the name, which no name reads as two words ending in
    ا."""
    if k + 1 >= len(tokens):
        return False
    noun, adjective = tokens[k], tokens[k + 1]
    return (
        not noun.prefix
        and not adjective.prefix
        and len(noun.norm) >= 4
        and noun.norm.endswith("ا")
        and len(adjective.norm) >= 4
        and (
            adjective.norm.endswith("يا")
            # a participle: "شرحا مفصلا", "عرضا موجزا"
            or (
                adjective.norm[:1] == "م"
                and adjective.norm.endswith("ا")
                and len(adjective.norm) >= 5
            )
        )
        and not any(
            w in lex.given_names or w in lex.weak_given_names for w in (noun.norm, adjective.norm)
        )
    )


def verb_with_wa(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "وتمثل الموقف", "وتناول اللقاء": و and a verb opening with ت, then its subject
    with the article; after a name of two words, the next clause, not a family name."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        t.norm[:2] == "وت"
        and len(t.norm) >= 5
        and t.norm[1:] not in lex.given_names
        and t.norm[1:] not in lex.weak_given_names
        and nxt is not None
        and nxt.definite
        and not nxt.prefix
    )


def feminine_imperfect(lex: Lexicon, token: Token) -> bool:
    """A verb of a feminine subject doubling its ت ("تتضمن", "تتواصل"), which no family
    name opens with: after a name it tells what the noun before did ("إن زيارة فلان
    تتضمن لقاء")."""
    norm = token.norm
    return (
        not token.prefix
        and norm.startswith("تت")
        and len(norm) >= 5
        and norm not in lex.given_names
        and norm not in lex.weak_given_names
    )


def imperfect_verb(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A verb ("يزور دمشق", "يتعلق بتقرير", "ليعرض عليه") rather than a name starting
    with ي ("يشار غولر"): a name's first word is followed by another name word, with
    no prefix and unknown to the lexicons."""
    t = tokens[k]
    if t.norm in lex.given_names or t.norm in lex.weak_given_names:
        return False
    # after ل of purpose too: "سمحت للوزير ليعرض لرئيس الجمهورية"
    norm = t.norm[1:] if t.norm.startswith("لي") and len(t.norm) > 4 else t.norm
    # and a feminine one doubling its ت ("هدية للوزير تتمثل في لوحة"); one ت alone
    # opens names too often ("الرئيس تبون في")
    if not norm.startswith(("ي", "تت")) or len(norm) < 4:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        nxt is None
        or bool(nxt.prefix)
        or lex.knows(nxt.core)
        or not name_like(lex, nxt, first=False, definite_ok=True)
    )


def quoted_words(tokens: list[Token], k: int, most: int) -> range:
    """The words between the quote opening at (or just before) `k` and its closing
    quote, when they are few enough (`most`) to be one name; else none."""
    opening = k if k < len(tokens) and tokens[k].is_quote else k - 1
    if opening < 0 or opening >= len(tokens) or not tokens[opening].is_quote:
        return range(0)
    for end in range(opening + 1, min(opening + most + 2, len(tokens))):
        if tokens[end].is_quote:
            inside = range(opening + 1, end)
            # not two names quoted together: "«فلان وعلان»"
            if len(inside) >= 2 and not any(
                tokens[i].is_punct or tokens[i].prefix == "و" for i in inside
            ):
                return inside
            return range(0)
        if tokens[end].is_punct:
            break
    return range(0)
