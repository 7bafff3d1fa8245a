"""Names with no office or title before them, known by what they are made of: a
given name that is no ordinary word, or one that is right after a meeting cue or
"مع"; a given name with its article before a family name; the second of a pair
("فلان وعلان"). Not a place named after someone ("مطار الملك خالد").
"""

from .lexicon import Lexicon
from .name_parts import NAME_JOINERS, verb_with_object
from .name_words import definite_given_name
from .tokens import Token, in_any
from .words import COMMAS, WAS

# Places named after people: "مطار الملك خالد", "جامعة الملك سعود".
_FACILITIES = frozenset(
    {"مطار", "جامعه", "مستشفي", "شارع", "ميناء", "قاعده", "مسجد", "قاعه", "فندق", "مدرسه"}
    | {"اكاديميه", "كليه", "معهد", "مركز", "جائزه", "مؤسسه"}  # "أكاديمية سيف بن زايد"
    | {"معبر", "معبري", "منفذ", "منفذي"}  # border crossings: "معبر جابر نصيب الحدودي"
    | {"وكاله", "صحيفه", "جريده", "قناه", "اذاعه"}  # media: "وكالة تسنيم", "قناة فرانس"
    | {"شركه"}  # a company named like a person: "شركة بوينغ"
    | {"ضريح"}  # a mausoleum: "زار ضريح محمد الخامس"
    | {"مصيف", "منتجع", "قصر", "ملعب", "ميدان", "سد", "جسر", "مدينه"}  # "في مصيف صلاح الدين"
)
# Ships named after people, with the article too: "الفرقاطة الليبية فلان بن علان".
_VESSELS = frozenset({"فرقاطه", "سفينه", "مدمره", "غواصه", "حامله", "زورق", "كورفيت"})

# Particles a verb follows, never a name (bare): "الذي كان قد أدى اليمين" ("أدى" is
# written as the given name "Eddie" is).
_BEFORE_VERBS = frozenset({"قد", "لقد", "لم", "لن", "سوف"})


def facility(token: Token) -> bool:
    if token.core in _FACILITIES:
        return True
    return token.norm[:1] in ("ب", "ل", "و") and token.norm[1:] in _FACILITIES


def _vessel(token: Token) -> bool:
    return token.core.removeprefix("ال") in _VESSELS


# The longest name between "كان" and "قد".
_NAME_BEFORE_QAD = 5
# Who a meeting "brought together" follow these (bare, normalised).
_BROUGHT_TOGETHER = frozenset({"جمع", "جمعت", "ضم", "ضمت"})


def opens_bare_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Can a name with no office start at k? With a given name that is no ordinary
    word; or with one that is ("خليفة", "علي") right after a meeting cue or a verb of
    holding one, "مع" or "برئاسة"."""
    t = tokens[k]
    if t.definite and not t.prefix:
        # "عاد الطيب الفاسي الفهري": a given name known with its article, before a
        # family name and not after a definite noun it would qualify ("الرجل الطيب")
        given = t.norm in lex.given_names or (
            t.norm in lex.weak_given_names and _before_family_name(tokens, k)
        )
        return (
            given and (k == 0 or not tokens[k - 1].definite) and definite_given_name(lex, tokens, k)
        )
    if t.prefix or t.is_punct:
        return False
    listed = k > 0 and tokens[k - 1].norm in COMMAS and _conjoined_given_name(lex, t)
    if not (listed or t.norm in lex.given_names or t.norm in lex.weak_given_names):
        return False  # no given name: what follows looks at one
    if k and tokens[k - 1].bare in _BEFORE_VERBS:
        return False
    if k and tokens[k - 1].norm == "في" and any(t.is_punct for t in tokens[k + 1 : k + 3]):
        return False  # "استقبل الرئيس فلان في صلاح الدين،": a place named like a person
    if k and (
        facility(tokens[k - 1])
        or _vessel(tokens[k - 1])
        or (k > 1 and (tokens[k - 1].norm,) in lex.adjectives and _vessel(tokens[k - 2]))
    ):
        # "معبر جابر نصيب", "مطار محمد الخامس", "الفرقاطة الليبية فلان بن علان": a
        # place or a ship named after someone
        return False
    if t.norm in lex.given_names:
        return True
    if listed:
        return True  # "فلان وزير الخارجية، وطاهر السني المستشار": the next in a list
    if t.norm not in lex.weak_given_names or k == 0:
        return False
    before = tokens[k - 1]
    if before.norm == "و" and k >= 2 and tokens[k - 2].norm in COMMAS:
        return True  # "فلان، وعلان، و فرج الحداد": the last of a list, "و" written apart
    # "برئاسة سالم الفاخري": a leader is named right after the word that tells it;
    # "لقاءات جمعت خليفة فلان وعلان": who a meeting brought together, after its verb
    return (
        before.norm == "مع"
        or before.norm in lex.led_by
        or in_any(before, lex.verbs) is not None
        # "أجرى أمير حاتمي اتصالا", "اتصال أجراه أمير حاتمي"
        or in_any(before, lex.held_verbs) is not None
        or verb_with_object(lex, before.norm, lex.held_verbs)
        or before.bare in _BROUGHT_TOGETHER
        # "وكان عادل فلان قد استقبل": the subject of a verb in the pluperfect
        or (
            before.norm.removeprefix("و") in WAS
            and any(x.norm == "قد" for x in tokens[k + 1 : k + 1 + _NAME_BEFORE_QAD])
        )
    )


def _before_family_name(tokens: list[Token], k: int) -> bool:
    """Is the word at k followed by two words with the article, a family name of two
    ("الطيب الفاسي الفهري")?"""
    after = tokens[k + 1 : k + 3]
    return len(after) == 2 and all(t.definite and not t.prefix for t in after)


def second_of_a_pair(lex: Lexicon, tokens: list[Token], k: int, mentions) -> bool:
    """ "بحث كل من فلان الفلاني وكمال العلاني": a given name after "و", right after a
    name read with no office or with an office of two ("نائبي المجلس فلان وعلان"), is
    the next person's."""
    before = ending_at(mentions, k)
    if before is None and k and tokens[k - 1].norm in COMMAS:
        # "نائبي المجلس فلان، وعلان": a comma between the two holders of an office of two
        before = ending_at(mentions, k - 1)
        if before is not None and not office_of_two(tokens, before):
            return False
    if before is None or (before.head is not None and not office_of_two(tokens, before)):
        return False
    t = tokens[k]
    given = t.core if t.prefix == "و" else t.norm[1:] if t.norm[:1] == "و" else ""
    if given in lex.given_names or given in lex.weak_given_names or given == "عبد":
        return True  # "وعبد الله فلان": a compound given name opens with "عبد"
    # "نائبي الرئيس فلان الفلاني وسروار علان": after an office of two, any name
    return before.head is not None and len(given) > 2 and not lex.knows(given)


# Offices in the dual, held by the two named after them (normalised, without و).
_OF_TWO = frozenset(
    {"وزيري", "وزيرا", "الوزيرين", "الوزيران", "نائبي", "النائبين", "النائبان"}
    | {"سفيري", "السفيرين", "السفيران", "مستشاري", "قائدي", "رئيسي"}
    | {"عضوا", "عضوي", "العضوين", "العضوان"}
)


def ending_at(mentions, k: int):
    """The mention that ends right before k, if any."""
    return next((m for m in mentions if m.end == k), None)


def office_of_two(tokens: list[Token], mention) -> bool:
    """Does the person's office open with a dual ("وزيري الخارجية والدفاع فلان وعلان")?"""
    return dual_head(tokens[mention.start].norm)


def dual_head(norm: str) -> bool:
    """Is this (normalised) word an office in the dual ("وزيري", "نائبي")?"""
    return norm in _OF_TWO or (norm[:1] == "و" and norm[1:] in _OF_TWO)


def first_of_two(lex: Lexicon, tokens: list[Token], k: int, name: list[int]) -> list[int]:
    """The first holder's part of the name after an office of two at k: up to the
    word with "و" that opens the second's name ("نائبي الرئيس فلان الفلاني وسروار
    علان"), which no name reading stops at when the word is unknown."""
    if not dual_head(tokens[k].norm):
        return name
    for n, i in enumerate(name[2:], start=2):
        t = tokens[i]
        if t.prefix == "و" or (
            t.norm[:1] == "و"
            and t.norm not in lex.given_names
            and t.norm not in lex.weak_given_names
            and t.norm not in NAME_JOINERS
        ):
            return name[:n]
    return name


def _conjoined_given_name(lex: Lexicon, token: Token) -> bool:
    """ "وزهير": a given name after و that the tokeniser kept whole."""
    norm = token.norm
    return norm[:1] == "و" and norm not in lex.given_names and norm[1:] in lex.given_names
