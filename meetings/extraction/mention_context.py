"""What the words around a named person say of them: their family name (a son named by
his father's) and their state (their side, a coordinated colleague, the visitor whose
delegation they are in). The state they visit is `states_visited`', whether they are only
mentioned `only_mentioned`'s.
"""

from .document import Mention
from .lexicon import Lexicon
from .office_details import phrase_country
from .tokens import in_any
from .words import ACCOMPANIED, COMMAS, DELEGATION, LETTER_KINDS, is_title

_SIDE = frozenset({"الجانب", "جانب"})
_FROM = frozenset({"عن", "من"})  # "عن الجانب الليبي"; not "مع الجانب الإيراني"


# Officials named as a group of one state, then one by one: "عدد من المسؤولين الروس،
# بينهم نائب وزير الخارجية فلان" (normalised cores).
_GROUPS = frozenset({"الوزراء", "المسؤولين", "المسؤولون", "القاده", "الضباط", "المسوولين"})
# ... and counterparts: "مباحثات مع نظرائه الإسبان، خصوصا فلان".
_GROUPS |= {"نظرائه", "نظرائها"}


_ACCOMPANYING = frozenset({"المرافق", "مرافق", "المرافقه", "له", "لها", "لهما"})
# "وفد تركي كبير، ترأسه ...", "وفد فرنسي رفيع المستوى برئاسة ...", "وفد ألماني موسع
# ضم ...".
_OF_RANK = frozenset(
    {"كبير", "كبيرا", "رفيع", "رفيعا", "المستوي", "رسمي", "رسميا", "الموسع", "موسع", "موسعا"}
)


# What a delegation is made of: "المكون من", "الذي ضم", "ويضم".
_MADE_OF = frozenset(
    {"المكون", "المؤلف", "الذي", "ضم", "يضم", "يتقدمه", "منهم", "وضم", "بينهم", "ومنهم"}
    | {"خصوصا", "خاصه", "لاسيما", "ولاسيما"}  # "نظرائه الإسبان، خصوصا فلان"
)


# A verb of including before the delegation: "ويضم الوفد ..." (without و).
_INCLUDES = frozenset({"يضم", "ضم", "تضم", "ضمت"})


_CHILD_OF = frozenset({"نجل", "ابن", "ابنه", "كريمه", "بنت"})


# What kind of delegation it is, before its nationality (normalised, without a final ا):
# "وفد عسكري أمريكي", "وفدا أمنيا تركيا", "بعثة برلمانية أوروبية".
_KINDS_OF_DELEGATION = frozenset(
    {"عسكري", "امني", "رسمي", "حكومي", "برلماني", "دبلوماسي", "اقتصادي", "وزاري", "رفيع"}
    | {"عسكريه", "امنيه", "رسميه", "حكوميه", "برلمانيه", "دبلوماسيه", "اقتصاديه", "وزاريه"}
)
_SIDE_LOOKBACK = 60
_REPRESENTED = frozenset({"مثل", "يمثل", "مثلت", "تمثل"})  # normalised, without و


def accompanying(tokens, before: Mention, mention: Mention) -> bool:
    """ "الملحق العسكري الفرنسي فلان يرافقه النقيب علان": who comes with someone."""
    between = tokens[before.end : mention.start]
    return len(between) == 1 and between[0].bare.removeprefix("و") in ACCOMPANIED


def coordinated(tokens, before: Mention, mention: Mention) -> bool:
    """ "وزير الخارجية التركي أمره قايا، ووزير الدفاع مراد يلدز": one side."""
    gap = [t for t in tokens[before.end : mention.start] if t.norm not in COMMAS]
    return not gap and tokens[mention.start].prefix.startswith("و") and mention.head is not None


def delegation_members(lex: Lexicon, tokens, mentions: list[Mention], offices=()) -> None:
    """ "فلان وزير داخلية السعودية ومرافقوه، وهم وكيل الوزارة علان، ...":
    the people a visitor's delegation is said to be made of are of the visitor's state
    (not those named after "بحضور": the hosts), named or not; "وفد إثيوبي برئاسة ...",
    "وفد إيطالي على رأسه ..." and "وفداً فرنسياً ضم ..." give the state itself."""
    named_before = None  # the state of a delegation the sentence named before
    for d, token in enumerate(tokens[:-1]):
        group = token.core in _GROUPS
        if token.core not in DELEGATION and not group:
            continue
        k = d + 1
        while k < len(tokens) - 1 and tokens[k].norm.removesuffix("ا") in _KINDS_OF_DELEGATION:
            k += 1  # "وفدا عسكريا أمريكيا"
        # "وفد إثيوبي برئاسة وزيرة الدفاع فلانة": the delegation's own nationality
        nationality = _nationality(lex, tokens[k])
        includes = False
        if nationality:
            k += 1
            named_before = nationality
        elif group:
            continue
        elif d and tokens[d - 1].bare.removeprefix("و") in _INCLUDES:
            # "وصل وفد تركي ...، ويضم الوفد، وزراء ...": the one named before
            includes = True
            nationality = named_before
        while k < len(tokens) and (
            tokens[k].norm in COMMAS
            or tokens[k].core in _ACCOMPANYING
            or (nationality and tokens[k].core in _OF_RANK)
        ):
            k += 1
        if k + 1 < len(tokens) and tokens[k].norm == "من" and tokens[k + 1].bare == "بينهم":
            k += 1  # "، من بينهم ..."
        if includes and nationality:
            k -= 1  # the members start right after the delegation (and its commas)
        elif k >= len(tokens) or not (
            tokens[k].bare in _MADE_OF
            or (nationality and (in_any(tokens[k], lex.led_by) or _headed(tokens, k)))
        ):
            continue
        if nationality is None:
            visitor = next((m for m in reversed(mentions) if m.end <= d and m.country), None)
            if visitor is None:
                return
            nationality = visitor.country
        # Its members end where those who attend or those it met begin.
        end = next(
            (
                j
                for j in range(k + 1, len(tokens))
                if in_any(tokens[j], lex.attendance) or in_any(tokens[j], lex.verbs)
            ),
            len(tokens),
        )
        for member in [*mentions, *offices]:
            if k < member.start < end and member.country is None:
                member.country = nationality
        return


def _headed(tokens, k: int) -> bool:
    """ "وفد إيطالي على رأسه وزيرة الداخلية": led by."""
    return tokens[k].norm == "علي" and k + 1 < len(tokens) and tokens[k + 1].norm in _AT_ITS_HEAD


_AT_ITS_HEAD = frozenset({"راسه", "راسها"})


def _nationality(lex: Lexicon, token) -> str | None:
    """The state of a nationality adjective after "وفد", definite or not, in the
    accusative too ("وفداً فرنسياً")."""
    word = token.undefined
    code = lex.adjectives.get(("ال" + word,))
    if code is None and word.endswith("يا"):
        code = lex.adjectives.get(("ال" + word[:-1],))
    return code


def family_name_from_parent(lex: Lexicon, tokens, mention: Mention, parent: Mention) -> None:
    """ "الفريق صدام، نجل المشير خليفة حفتر": a one-word name followed by its bearer's
    parent carries the parent's family name."""
    if len(mention.name_tokens) != 1 or len(parent.name_tokens) < 2:
        return
    between = [t for t in tokens[mention.end : parent.start] if t.norm not in COMMAS]
    if not between or between[0].norm not in _CHILD_OF:
        return
    if not all(t.norm in _CHILD_OF or is_title(lex, t) for t in between):
        return
    family = parent.name_tokens[-1]
    mention.name = f"{mention.name} {family.text}"
    mention.name_tokens = (*mention.name_tokens, family)


def side_country(lex: Lexicon, tokens, start: int) -> str | None:
    """ "عن الجانب الليبي ..." or "وعن جانب بعثة الاتحاد الأوروبي ..." before a name,
    however long the list of that side's people it opens."""
    for k in range(start - 1, max(0, start - _SIDE_LOOKBACK), -1):
        before = tokens[k - 1]
        if (tokens[k].core in _SIDE or tokens[k].norm in _SIDE) and (
            before.bare in _FROM
            or in_any(before, lex.chair)  # "ترأس الجانب الكويتي"
            or before.bare.removeprefix("و") in _REPRESENTED  # "فيما مثّل الجانب الليبي"
        ):
            return phrase_country(lex, tokens, k + 1, min(start, k + 8))
    return None


# Sent by someone (bare, normalised): "بصفته موفدا خاصا من الرئيس الفرنسي".
_SENT = frozenset({"موفدا", "مبعوثا", "ممثلا", "كموفد", "كمبعوث", "كممثل"})
_AS_HE = frozenset({"بصفته", "بصفتها"})
# How far past "من" the sender's nationality is looked for: "من الرئيس الفرنسي".
_SENDER_REACH = 3


def sender_state(lex: Lexicon, tokens, mention: Mention) -> str | None:
    """The state of whoever sent a person, said right after their name ("فلان،
    بصفته موفدا خاصا من الرئيس الفرنسي", "فلان ممثلا للملك المغربي"): an envoy is of
    the state they speak for."""
    k = mention.end
    while k < len(tokens) and (
        tokens[k].is_punct
        or tokens[k].norm in _AS_HE
        or not tokens[k].norm[:1].isalpha()
        or tokens[k].text.isascii()
    ):
        k += 1
    if k >= len(tokens) or tokens[k].bare not in _SENT:
        return None
    k += 1
    while k < len(tokens) and tokens[k].norm in LETTER_KINDS:
        k += 1
    if k < len(tokens) and tokens[k].norm in ("من", "عن"):
        k += 1
    for token in tokens[k : k + _SENDER_REACH]:
        if token.definite and (code := lex.adjectives.get((token.norm,))):
            return code
    return None
