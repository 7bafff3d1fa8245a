"""What names are made of, word by word (data/names.json and the lexicons).

A given name is evidence of a name; a verb, a participle, a plural, a word with a
conjunction that is no given name, or a possessed noun is never a name's first word
("يزور", "مؤكداً", "عمليات", "ومفاوضات", "اعتزازه"); a transliterated foreign name
spells its vowels out ("أنيتا"). `names` reads name boundaries with these.
"""

import re

from .foreign_names import foreign_word_with_f, transliterated
from .lexicon import Lexicon
from .tokens import Token
from .words import TANWEEN_ENDINGS, city_at, head

_POSSESSED_FEMININE = ("تها", "تهم", "تهما", "تنا")  # normalised
# A verb's object pronouns (normalised), longest first, and "we": "تلقاها", "بحثه",
# "وناقشنا".
_OBJECT_PRONOUNS = ("هما", "هم", "ها", "ه", "نا")


NAME_JOINERS = frozenset(
    {"بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ولد", "ال", "دي", "دا", "د", "فان", "فون", "بو"}
)


# A participle in the accusative written without its tanween ("مصحوبا", "مشيرا"): م, a
# consonant (a name such as "ماريا" or "مونيكا" has a long vowel there), and a final ا.
# A name's first word only: "أحمد محمودا" is a family name of that shape.
# How a preposition on a noun opens a word, never a given name ("بالقاسم" is listed as
# one): ل before ش ("لشرطة"), and either before the article.
_PREPOSITION_OPENINGS = ("لش", "بال", "لل")
# Pronouns that normalise as a given name does: "أنا" as "آنا" (normalised).
_PRONOUNS_LIKE_NAMES = frozenset({"انا"})
_ACCUSATIVE_PARTICIPLE = re.compile(r"م[^اوي]\w{2,4}ا")


def not_a_name(lex: Lexicon, token: Token, *, first: bool) -> bool:
    """Is the token a word no name is made of: a verb or participle ("يزور", "مؤكداً"),
    and, for a name's first word, a noun, adjective or particle that follows offices
    ("مكتب", "السابق") or a plural ("عمليات")?"""
    norm = token.norm
    if token.bare.removeprefix("و") in _PRONOUNS_LIKE_NAMES and not token.text.startswith("آ"):
        return True  # "أنا" is "I"; Anna is written "آنا"
    if token.text == "الآن":
        return True  # "now", with its madda inside; Alain is written "آلان" or "ألان"
    if norm in lex.given_names or norm in lex.weak_given_names or token.text == "آن":
        return False  # "آن" is Anne: the particle ان is never written with a madda
    if norm in lex.not_names or token.bare in lex.not_names or token.core in lex.not_names:
        return True
    if token.text.endswith(TANWEEN_ENDINGS):
        return True  # an adverbial accusative: "مؤكداً", "مضيفاً"
    if verb_with_object(lex, norm) or (norm[:1] == "و" and verb_with_object(lex, norm[1:])):
        return True  # "لدعوة من الرئيس فلان تلقاها خلال اتصال", "استضفنا فلان وناقشنا"
    if norm.endswith("ا") and verbal_noun(norm[:-1]) and not _foreign_shape(norm[:-1]):
        return True  # a verbal noun's accusative, its tanween left out: "اهتماما", "ترحيبا"
    if norm.endswith(_POSSESSED_FEMININE) and len(norm) >= 6:
        return True  # a feminine noun with a possessive: "رغبتها", "زيارتنا"
    if token.text.endswith("ه") and len(norm) >= 4 and _no_name_word(lex, norm[:-1]):
        return True  # a noun no name is made of, with "his": "جدد الرئيس موقفه"
    if norm.endswith(("ته", "تها")) and _no_name_word(lex, norm[: norm.rindex("ت")] + "ه"):
        return True  # a feminine noun no name is made of, with "his": "بدأ فلان جولته"
    if norm.endswith("ت") and len(norm) >= 4 and norm[:-1] in lex.not_names:
        return True  # a verb's feminine: "جددت", "أبلغت" ("عزت" is a name)
    if norm.endswith("ت") and len(norm) >= 3 and norm[:-1] + "ي" in lex.not_names:
        return True  # and of a verb ending in ى: "أدت" of "أدى", "ألقت" of "ألقى"
    if norm[:2] in ("سي", "ست") and norm[1:] in lex.not_names:
        return True  # the future of a verb no name is made of: "سيتفقد"
    if (
        norm[:1] in "بل"
        and len(norm) > 3  # "بله" is a name, not "ب" + "له"
        and _no_name_word(lex, norm[1:])
    ):
        return True  # a preposition on a word no name is made of: "فلان بمراسم", "بهدف"
    if norm.endswith("نا") and len(norm) >= 5 and _first_person_verb(lex, norm.removeprefix("و")):
        return True  # "مع الرئيس فلان وأجرينا لقاء": a verb in the first person
    if (
        norm[:1] in "بل"
        and verbal_noun(norm[1:])
        and norm[1:] not in lex.given_names
        # after a name's first word, only the longer shapes and تفعيل ("بتحقيق"):
        # "باعلال" is a family name
        and (first or len(norm) > 6 or norm[1] == "ت")
    ):
        return True  # "حث رئيس الحكومة بتشكيل حكومته", "لإغاثة اللاجئين", "فلان باستعراض"
    if first and norm[:1] in "بل" and len(norm) == 5 and norm[1] == "ت" and norm[2] != "ا":
        return True  # the noun of a verb تفعّل after a preposition: "أشاد الأمين بتطور"
    if (
        norm[:1] in "بل"
        and len(norm) > 5
        and token.text.endswith(("ه", "ها"))
        and not token.text.endswith("يه")  # "بيكييه", "ديدييه": foreign names
    ):
        return True  # a preposition on a noun with a possessive: "بتوليه", "لزيارتها"
    if not first:
        if norm.startswith(("بال", "لل")) and norm.endswith("ين") and len(norm) >= 8:
            return True  # "رحب فلان بالمشاركين": a plural after a preposition and the article
        # a plural with the article or a preposition: "وعرض العماد عون الصعوبات",
        # "فلانة التحديات", "نوه الوزير فلان بتضحيات القوات" ("بركات" is a name)
        return (token.definite or norm[:1] in "بل") and norm.endswith("ات") and len(norm) >= 7
    if norm.startswith(_PREPOSITION_OPENINGS):
        return True  # a preposition on a word no lexicon knows: "لشرطة أربيل"
    if len(norm) == 5 and norm[0] == "ا" and norm[2] == "ت" and not token.definite:
        return True  # a verb of the form افتعل: "وبحضور الوزير احتفل الطرفان"
    if norm.startswith("بم") and not (transliterated(norm[1:]) or norm[1:] in lex.given_names):
        return True  # "بملعب", "بمعالجة"; "التقى بميري هيلين" is a name
    if accusative_participle(norm):
        return True  # the same without its tanween, "مصحوبا" (a family name may be one)
    if len(norm) > 5 and token.text.endswith("ه") and not token.text.endswith(("يه", "الله")):
        return True  # a noun with a possessive: "اعتزازه" ("ديدييه", "عبيدالله" are names)
    if norm in lex.not_first_names or token.bare in lex.not_first_names:
        return True
    if norm in lex.future or (norm[:2] in ("سي", "ست") and norm[2:] in lex.verbs):
        return True  # "المبعوث الأممي سيتوجه"
    return norm.endswith("ات") and len(norm) > 4


def _no_name_word(lex: Lexicon, norm: str) -> bool:
    return norm in lex.not_names or norm in lex.not_first_names


def _first_person_verb(lex: Lexicon, word: str) -> bool:
    """ "أجرينا", "التقينا", "بحثنا": a verb of the lexicons with "we" (normalised)."""
    stem = word[:-2]
    return any(
        form in lex.verbs or form in lex.held_verbs or form in lex.not_names
        for form in (stem, stem.removesuffix("ي") + "ي", stem.removesuffix("ي"))
    )


def verb_with_object(lex: Lexicon, word: str, verbs: frozenset[str] | None = None) -> bool:
    """Is a normalised word a verb of meeting (or one of `verbs`: "أجراه") with an
    object pronoun ("تلقاها", "بحثه")? A final ى is written ا before the pronoun
    ("تلقى", "تلقاها")."""
    verbs = lex.verbs if verbs is None else verbs
    for pronoun in _OBJECT_PRONOUNS:
        stem = word.removesuffix(pronoun)
        if stem != word and len(stem) >= 3:
            return stem in verbs or (stem.endswith("ا") and stem[:-1] + "ي" in verbs)
    return False


def derived_participle(tokens: list[Token], k: int) -> bool:
    """A participle of a derived verb in the accusative ("مترئسا", "مستعرضا") after a
    name: how its holder came, not more of the name; unless a particle of a foreign
    name comes before it ("دي مستورا")."""
    norm = tokens[k].norm
    return (
        not tokens[k].prefix
        and norm.startswith(("مت", "مست"))
        and len(norm) >= 6
        and accusative_participle(norm)
        and tokens[k - 1].norm not in NAME_JOINERS
    )


def accusative_participle(word: str) -> bool:
    """A participle's accusative written without its tanween ("مصحوبا", "محاولا")."""
    return _ACCUSATIVE_PARTICIPLE.fullmatch(word) is not None


# A form-IV verb with an object pronoun ("أبلغته", "أطلعتهم"), normalised: what a
# subject did to someone, after "و", not a name.
_VERB_WITH_OBJECT = re.compile(r"ا\w{3}(?:ته|تها|تهم|تهما)")


def form_four_verb_with_object(word: str) -> bool:
    """ "وأبلغته احتجاج المملكة": a verb with its object pronoun ends a name before it."""
    return _VERB_WITH_OBJECT.fullmatch(word) is not None


def _foreign_shape(stem: str) -> bool:
    """A stem of five letters opening with ا, as many foreign names are ("إيساكا")."""
    return len(stem) == 5 and stem[0] == "ا"


def bare_verbal_noun(lex: Lexicon, token: Token) -> bool:
    """A derived verb's noun with neither prefix nor article ("تعزيز", "اعتزاز") that no
    given name is."""
    return (
        not token.prefix
        and not token.definite
        and verbal_noun(token.norm)
        and token.norm not in lex.given_names
        and token.norm not in lex.weak_given_names
        and token.norm not in lex.foreign_given_names
    )


def verbal_noun(word: str) -> bool:
    """Does a normalised word have the shape of a derived verb's noun: تفعيل ("تشكيل"),
    تفعلة of a weak root ("تسوية", "تنمية"), إفعال ("إسناد", "إغاثة"), افتعال
    ("اجتماع"), استفعال ("استقبال"), تفاعل ("تعاون")? No given name or transliterated
    foreign name has one after a preposition."""
    w = word.removesuffix("ه")
    return (
        (len(w) == 5 and w[0] == "ت" and (w[3] == "ي" or w[2] == "ا"))
        or (len(w) == 4 and w != word and w[0] == "ت" and w[3] == "ي")
        or (len(w) == 4 and w != word and w[0] == "ا" and w[2] == "ا")  # "إقامة", "إغاثة"
        or (len(w) == 5 and w[0] == "ا" and w[3] == "ا")
        or (len(w) == 6 and w[0] == "ا" and w[2] == "ت" and w[4] == "ا")
        or (len(w) == 7 and w.startswith("است") and w[5] == "ا")
    )


def office_word_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Is the word at k a given name that is an office word too ("أمين"), written bare
    right before another office? Then it ends a name ("ناصر أمين رئيس المكتب") and
    opens no office of its own. Not before a minister or a definite office: "مساعد
    وزير الدفاع" and "مساعد الأمين العام" are one office each, an assistant's."""
    t = tokens[k]
    following = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        not t.definite
        and not t.prefix
        and t.norm in lex.weak_given_names
        and following is not None
        and head(lex, following) is not None
        and following.norm not in lex.minister_words
        and not following.definite
    )


def given_name_after_preposition(lex: Lexicon, token: Token) -> bool:
    """ "لعثمان", "بمحمد": a given name the preposition before it is written onto."""
    if token.prefix:
        return token.prefix in ("ل", "ب") and not token.article and token.core in lex.given_names
    return token.norm[:1] in ("ل", "ب") and token.norm[1:] in lex.given_names


def next_person(lex: Lexicon, token: Token) -> bool:
    """A word opening with و that opens another name: a given name or a joiner. Not a
    given name whole ("وليام" is William more often than "and Liam")."""
    rest = token.norm[1:]
    return (
        token.norm[:1] == "و"
        and token.norm not in lex.given_names
        and (rest in lex.given_names or rest in lex.weak_given_names or rest in NAME_JOINERS)
    )


def conjoined_word(lex: Lexicon, token: Token) -> bool:
    """A word opening with و/ف that is no given name, alone or after the conjunction
    ("ومفاوضات", "وتهدف"): another phrase, not a name ("وليد", "وماتيو" are names)."""
    norm = token.norm
    return (
        norm[:1] in "وف"
        and norm not in lex.given_names
        and norm not in lex.weak_given_names
        and norm[1:] not in lex.given_names
        and not foreign_word_with_f(lex, norm)
    )


def name_not_particle(lex: Lexicon, token: Token) -> bool:
    """ "علي" (a name) against "على" (a particle): both normalise to علي. Only a given
    name: "إلي" is إلى in spellings that write a final ى as ي. "آن" is Anne (see
    `not_a_name`)."""
    if token.text == "آن":
        return True
    return (
        token.norm in lex.maksura
        and token.text.rstrip()[-1:] == "ي"
        and (token.norm in lex.given_names or token.norm in lex.weak_given_names)
    )


def maksura_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "على" after a title, before "عبد" or a given name, is "علي" as Egyptian spelling
    writes it: "الدكتور على عبد العال" (not "أكد الدكتور على أهمية ...")."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        not t.prefix
        and t.text.rstrip().endswith("ى")
        and t.norm in lex.maksura
        and (t.norm in lex.given_names or t.norm in lex.weak_given_names)
        and nxt is not None
        and (nxt.norm == "عبد" or nxt.norm in lex.given_names)
    )


def family_name_with_b(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A family name that opens with ب ("بالنور", "بلحاج"), the tokeniser having read the
    letter as a preposition: the name's last word, before punctuation or و, and no
    word the lexicons know (not "بالعاصمة", "بطرابلس", "بالوزير")."""
    t = tokens[k]
    if t.prefix != "ب" or lex.knows(t.core) or head(lex, t) or city_at(lex, tokens, k):
        return False
    if not_a_name(lex, t, first=False):
        return False  # "رحب فلان بالمشاركين"
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is None or nxt.is_punct or nxt.norm[:1] == "و"


def given_name_with_allah(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """The first word of a given name compounded with "الله" ("أمر الله", "روح الله"),
    which alone may be an office or an ordinary word ("آمر", "روح")."""
    t = tokens[k]
    return (
        not t.prefix
        and not t.definite
        and t.norm in lex.allah_compound_heads
        and k + 1 < len(tokens)
        and tokens[k + 1].text == "الله"
    )


def place_as_given_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A given name that also names a place ("جورجيا", "صوفيا"), followed by a word no
    lexicon knows: "جورجيا مارينو" is a woman, "جورجيا" alone a state."""
    t = tokens[k]
    if t.prefix or t.norm not in lex.weak_given_names or k + 1 >= len(tokens):
        return False
    if (t.norm,) not in lex.country_names and (t.norm,) not in lex.cities:
        return False
    after = tokens[k + 1]
    return (
        not after.is_punct
        and not after.prefix
        and not after.definite
        and not lex.knows(after.norm)
        and after.norm not in lex.given_names
        and after.norm not in lex.weak_given_names
        and not not_a_name(lex, after, first=False)
    )
