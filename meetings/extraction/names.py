"""The words of a person's name, from where it starts to where it ends.

The name is the run of words none of the lexicons (office heads, institutions,
nationalities, particles) knows, weighed by what names are made of (`name_parts`):
joiners ("بن", "ولد", "آل") keep it going, a verb, a participle or a place ends it.
Where a name stands around an office is `name_positions`'s.
"""

import re

from .lexicon import Lexicon, match_phrase
from .name_parts import (
    NAME_JOINERS,
    conjoined_word,
    family_name_with_b,
    name_not_particle,
    next_person,
    not_a_name,
    office_word_in_name,
    place_as_given_name,
    verbal_noun,
)
from .offices import extend_phrase, unsplit_genitive
from .tokens import Token, in_any
from .words import COMMAS, TANWEEN_ENDINGS, city_at, head, is_counterpart, is_title

MAX_NAME = 5
# A name some outlets leave in Latin letters after an Arabic office ("السفيرة الفرنسية
# Anne GRILLO"): words in title case, a family name also in capitals. Any other Latin
# word (an acronym, an English word) is no name.
# Latin letters with the Latin-1 and Extended-A accents ("Çağlar", "Łukasz").
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+")
_LATIN_NAME_WORD = re.compile(
    r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ'’-]+)?"
)
_LATIN_CAPITALS = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-ſ][A-ZÀ-ÖØ-ÞĀ-ſ'’-]{2,}")
# Time words that are also given names ("صباح").
_NAME_TIME_WORDS = frozenset({"صباح"})
# Titles that are also common names of a father or grandfather ("عادل السيد عبد العزيز").
_TITLES_AS_NAMES = frozenset({"السيد", "الشيخ"})
# What a verb of going or being absent takes after it (normalised): "سيصل إلى".
_VERB_PREPOSITIONS = frozenset({"الي", "عن", "علي", "من", "الى"})
# What may stand between a title and the name (normalised): a slash ("السيد/ فلان") and
# a party ("السيناتور الجمهوري فلان").
_AFTER_A_TITLE = frozenset({"/", "الجمهوري", "الجمهوريه", "الديمقراطي", "الديمقراطيه"})
# A Latin initial as Arabic writes it (normalised), inside a foreign name: "مايكل إي
# لانجلي", "لويد جي أوستن".
_INITIALS = frozenset({"اي", "جي", "اس", "اف", "اتش", "جيه", "كيه", "دبليو", "ار", "تي", "بي"})
_REGNAL_ORDINALS = frozenset({"الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"})


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
    # "مايكل فالون": a family name the tokeniser read as ف + a definite word that no
    # lexicon knows; "فلان فالوزير" still ends the name
    foreign_with_f = not first and token.prefix == "ف" and not lex.knows(token.core)
    if token.prefix.startswith(("و", "ف")) and not foreign_with_f:
        if first and (after_comma or head(lex, token)):
            return False  # "وملحق الداخلية" is another office
        if token.bare in lex.stopwords or (token.bare.startswith("ال") and token.article):
            return False
    # "باقر" is a given name whole, not ب + "اقر"
    whole_given = token.norm in lex.given_names
    if token.prefix and token.core != token.bare and not foreign_with_f and not whole_given:
        core = token.core
        # "إبراهيم كالين": a family name the tokeniser read as ك + a given name
        foreign_with_k = not first and token.prefix == "ك" and core in lex.given_names
        if (lex.knows(core) or token.article) and not foreign_with_k:
            return False
    if first and token.definite and not definite_ok:
        return False
    return True


def _city_word_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A city's one-word name between two words of a foreign name is the name's:
    "أوليفييه لوفان كيسو" (Leuven). Written bare, not as a place ("بلوفان", "في لوفان")."""
    t = tokens[k]
    if t.prefix or t.definite or k + 1 >= len(tokens) or (t.core,) not in lex.cities:
        return False
    after = tokens[k + 1]
    return not city_at(lex, tokens, k + 1) and name_like(lex, after, first=False, definite_ok=False)


def _city_of_words(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does a city's name of two words or more ("أبو ظبي", "رأس الخيمة") start at k?
    One word may be a given name too ("جورجيا")."""
    cores = [t.core for t in tokens[k : k + lex.max_phrase]]
    return match_phrase(cores, 0, lex.cities, lex.max_phrase)[0] >= 2


def _initial_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An initial between two words of a name: "مايكل إي لانجلي"."""
    return (
        tokens[k].norm in _INITIALS
        and k + 1 < len(tokens)
        and name_like(lex, tokens[k + 1], first=False, definite_ok=False)
    )


def _initial_with_stop(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A one-letter initial and its stop between two words of a name: "كورت أ. رينشو"."""
    return (
        len(tokens[k].norm) == 1
        and tokens[k].norm.isalpha()
        and k + 2 < len(tokens)
        and tokens[k + 1].norm == "."
        and name_like(lex, tokens[k + 2], first=False, definite_ok=False)
    )


def skip_titles(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, bool]:
    """Past ranks and honorifics, the arm of service after a rank ("العميد بحري") and a
    slash after a title ("السيد/ فلان")."""
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
        elif not (
            titled
            and (
                t.core in lex.rank_modifiers
                or t.norm in _AFTER_A_TITLE
                # "اللواء المتقاعد، فلان": a comma after the rank's modifier
                or (t.norm in COMMAS and tokens[k - 1].core in lex.rank_modifiers)
            )
        ):
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
    quoted = _quoted_words(tokens, k)
    while k < len(tokens) and words < MAX_NAME:
        t = tokens[k]
        if t.is_quote:
            if out and k + 1 < len(tokens) and not tokens[k + 1].is_quote:
                break
            k += 1
            continue
        if k in quoted and out:
            out.append(k)  # all a quoted name's words: "“محمد شياع السوداني”"
            words += t.norm not in NAME_JOINERS
            k += 1
            continue
        if out and city_at(lex, tokens, k) and not _city_word_in_name(lex, tokens, k):
            break  # "... بمدينة رام الله"
        if not out and _city_of_words(lex, tokens, k):
            break  # "ولي عهد أبو ظبي": the office's city, not its holder
        if out and _latin(tokens[out[-1]]) != _latin(t):
            break  # a name is written in one script
        if not out and not titled and conjoined_word(lex, t):
            break
        if out and next_person(lex, t):
            break  # "عبدالجليل وولد قابلية": another person's name
        if (
            out
            and t.norm[:1] == "و"
            and (lex.knows(t.norm[1:]) or t.norm[1:] in lex.backreferences)
        ):
            break  # "فلان وركزت ...", "فلان والوفد": what follows the name
        if words >= 2 and _verb_after_name(lex, tokens, k):
            break  # "فلان الفلاني سيصل إلى", "فلان الفلاني يتوجه إلى"
        if out and _verbal_noun_in_construct(lex, tokens, k):
            break  # "بحث مع فلان الفلاني ترسيم الحدود": what they discussed
        if out and tokens[out[-1]].norm in _REGNAL_ORDINALS and t.norm not in NAME_JOINERS:
            break  # "محمد السادس حاملا رسالة": a regnal name goes on only with "بن"
        if out and _office_phrase_at(lex, tokens, k):
            break  # "فلان بن فلان آل ثاني أمير قطر": a given name opening an office
        if not out and (
            _imperfect_verb(lex, tokens, k)
            or unsplit_genitive(lex, tokens, k)
            or _purpose(lex, tokens, k)
            or _before_a_state(lex, tokens, k)
        ):
            break
        if not out and _in_the_name_of(lex, tokens, k):
            break  # "الناطق باسم الحكومة", "كرّمت الضباط باسم وزارة الداخلية"
        if out and _initial_with_stop(lex, tokens, k):
            out.append(k)  # "كورت أ. رينشو": the initial, its stop left out
            words += 1
            k += 2
            continue
        definite_given = not out and definite_given_name(lex, tokens, k)
        if not out and place_as_given_name(lex, tokens, k):
            out.append(k)
            words += 1
            k += 1
            continue
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
            or (out and _city_word_in_name(lex, tokens, k))
            or (out and _initial_in_name(lex, tokens, k))
            or (words == 1 and t.norm in _REGNAL_ORDINALS)  # "عبدالله الثاني"
            or (out and family_name_with_b(lex, tokens, k))  # "البشير بالنور"
            or (out and _family_title(lex, tokens, k))
            or (words == 1 and _hajj_in_family_name(lex, tokens, k))
            or (out and _title_as_father_name(lex, tokens, k))
            or (due and words >= 2 and _nisba_family_name(lex, t))
            or (not out and due and _name_despite_prefix(lex, tokens, k, titled))
        ):
            break
        out.append(k)
        words += t.norm not in NAME_JOINERS
        k += 1
    while out and tokens[out[-1]].undefined in NAME_JOINERS:
        out.pop()
    if len(out) == 1 and not quoted and _word_goes_on(lex, tokens, out[0] + 1):
        return []  # "محافظ البصرة شكر خلال اللقاء", "ذكر رئيس الدولة عديد المجالات"
    if len(out) == 1 and _preposition_as_name(lex, tokens, out[0]):
        return []  # "رئيس المكتب علي هامش زيارته": على written with ي
    return out


# What follows a verb or a noun in construct, not a name (normalised): "تركز على",
# "مكنت من", "أهم ما".
_AFTER_A_WORD = frozenset({"علي", "من", "ما", "عن", "الي"})


def _verbal_noun_in_construct(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A derived verb's noun that is no given name, before a definite genitive
    ("ترسيم الحدود", "تعزيز التعاون"): the subject discussed, not a name word."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        not t.prefix
        and not t.definite
        and verbal_noun(t.norm)
        and t.norm not in lex.given_names
        and t.norm not in lex.weak_given_names
        and nxt is not None
        and nxt.definite
    )


def _nisba_family_name(lex: Lexicon, token: Token) -> bool:
    """A nationality adjective after a name of two words that an office introduced is
    its family name: "رئيس الوزراء محمد شياع السوداني", "وزير الداخلية اليمني مطهر
    رشاد المصري" (the office says the state before the name, when it does)."""
    return token.definite and not token.prefix and (token.core,) in lex.adjectives


def _in_the_name_of(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "باسم" after a spokesman or before a body: "in the name of", not Basem."""
    if tokens[k].norm != "باسم" or k + 1 >= len(tokens):
        return False
    spokesman = k > 0 and tokens[k - 1].core.removeprefix("ال") in _SPOKESMEN
    return spokesman or tokens[k + 1].core.removeprefix("ال") in lex.institution_heads


_SPOKESMEN = frozenset({"متحدث", "ناطق", "رسمي", "متحدثه", "ناطقه"})


def _office_phrase_at(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does an office of several words start at k ("أمير قطر", "ولي العهد")?"""
    if tokens[k].norm not in lex.head_phrases.firsts:
        return False
    norms = [t.norm for t in tokens[k : k + 3]]
    return match_phrase(norms, 0, lex.head_phrases, 3)[0] > 0


def _word_goes_on(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does the word before k go on as a verb with its object or a noun in construct,
    so that, alone, it is no name? A definite word right after it is its genitive
    ("أبرز التحديات"), unless a time word ("الرئيس عون اليوم") or an adjective; "ب"
    opens its object ("تقدم بالشكر"), as do "على" or "من"."""
    if k >= len(tokens):
        return False
    t = tokens[k]
    if t.norm in _AFTER_A_WORD or (t.prefix == "ب" and t.article):
        return True
    if _latin(t) and t.text[:1].islower():
        return True  # "Le préfet de police": a foreign phrase, not a name
    return (
        t.definite
        and not t.prefix
        # not an adjective ("مطار الملك خالد الدولي") or a time word; a subject word is
        # a genitive as well ("تطور العلاقات")
        and (t.norm not in lex.stopwords or t.norm in lex.subject_words)
        and (t.core,) not in lex.adjectives
    )


def _preposition_as_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "علي" alone before a word no name is made of is "على" as many outlets spell it."""
    if tokens[k].text != "علي" or k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return not after.is_punct and not_a_name(lex, after, first=False)


def _purpose(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "لحل الأزمة", "لبحث السبل": ل and a verbal noun before a definite word says
    what for, after an office named in passing ("مبادرة رئيس المجلس الأخيرة لحل
    الأزمة"); a given name opening with ل ("لطفي", "لخضر") is a name still."""
    t = tokens[k]
    if t.norm[:1] != "ل" or t.norm in lex.given_names or t.norm in lex.weak_given_names:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.definite and not nxt.is_punct and nxt.prefix == ""


def _before_a_state(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "استعرض الوزير رؤية موريتانيا": a noun in construct with a state's name, which
    no name runs into; a given name is a name still ("عمر البشير" is not this)."""
    t = tokens[k]
    if t.norm in lex.given_names or t.norm in lex.weak_given_names or t.definite:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and not nxt.prefix and (nxt.core,) in lex.country_names


def _quoted_words(tokens: list[Token], k: int) -> range:
    """The words between the quote opening at (or just before) `k` and its closing
    quote, when they are few enough to be one name; else none."""
    opening = k if k < len(tokens) and tokens[k].is_quote else k - 1
    if opening < 0 or opening >= len(tokens) or not tokens[opening].is_quote:
        return range(0)
    for end in range(opening + 1, min(opening + MAX_NAME + 2, len(tokens))):
        if tokens[end].is_quote:
            inside = range(opening + 1, end)
            if len(inside) >= 2 and not any(tokens[i].is_punct for i in inside):
                return inside
            return range(0)
        if tokens[end].is_punct:
            break
    return range(0)


def _latin(token: Token) -> bool:
    return bool(_LATIN_WORD.fullmatch(token.text))


def _title_as_father_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "السيد" or "الشيخ" between the words of a name, with no conjunction before it
    ("اللواء عادل السيد عبد العزيز جعفر") is the father's name, not the next person's
    title."""
    if tokens[k].norm not in _TITLES_AS_NAMES or k + 1 >= len(tokens):
        return False
    nxt = tokens[k + 1]
    return nxt.norm in lex.given_names or nxt.norm in NAME_JOINERS


def _family_title(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """An honorific ending a name is the family name: "القاضي رياض الحاج،"; before
    another name it is the next person's title ("فلان والشيخ علان")."""
    t = tokens[k]
    if not (t.definite and not t.prefix and in_any(t, lex.honorifics)):
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.is_punct or nxt.norm in lex.stopwords


def _hajj_in_family_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
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


def _name_despite_prefix(lex: Lexicon, tokens: list[Token], k: int, titled: bool) -> bool:
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


def _name_word_after_joiner(lex: Lexicon, tokens: list[Token], previous: int, k: int) -> bool:
    """After "ولد"/"بن" a name goes on even with a word that is elsewhere a title
    ("ولد الشيخ"), and after "عبد" with any word: "معين عبد الملك"."""
    t = tokens[k]
    joiner = tokens[previous].undefined
    return (
        joiner in NAME_JOINERS
        and not t.is_punct
        and (joiner == "عبد" or is_title(lex, t) or in_any(t, lex.honorifics) is not None)
    )


def _head_in_name(lex: Lexicon, tokens: list[Token], k: int, words: int) -> bool:
    """An office word inside a name when no office phrase follows it and the name goes
    on ("فلان الأمين ولد ..." but not "... الأمين العام"), or ends a name of two words
    or more before a comma ("محمد أحمد ولد محمد الأمين،"). A given name that is an
    office word too ends a name before another office: "ناصر أمين رئيس المكتب"."""
    t = tokens[k]
    if t.prefix or head(lex, t) is None:
        return False
    if not t.definite:
        return office_word_in_name(lex, tokens, k)
    if k + 1 >= len(tokens) or extend_phrase(lex, tokens, k + 1) != k + 1:
        return False
    nxt = tokens[k + 1]
    if nxt.norm in COMMAS:
        return words >= 2
    return nxt.undefined in NAME_JOINERS or name_like(lex, nxt, first=False, definite_ok=True)


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
    return nxt is not None and not nxt.prefix and name_like(lex, nxt, first=False, definite_ok=True)


# An imperfect's prefix written with its vowel ("يُشيد", "سيُعقد"), as names are not.
_VOWELLED_PREFIX = re.compile(r"^س?[يتن][\u064b-\u0652]")


def _verb_after_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
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
    if norm[:1] == "س" and (nxt.norm in lex.time_nouns or nxt.text.endswith(TANWEEN_ENDINGS)):
        return True  # "ستتوجه “قريباً” إلى", "سيصل غدا"
    # "سيصل إلى روما", "سيصل الخرطوم", "يزور تونس"
    return (
        nxt.norm in _VERB_PREPOSITIONS
        or city_at(lex, tokens, after)
        or ((nxt.core,) in lex.country_names)
    )


def _imperfect_verb(lex: Lexicon, tokens: list[Token], k: int) -> bool:
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
