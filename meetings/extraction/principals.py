"""Offices whose holder speaks for someone else, and the one they serve: "مستشار
الرئيس فلان، علان", "المبعوث الخاص للرئيس الأمريكي إلى الشرق الأوسط فلان". The name
right after such an office is the principal's; the holder's, if any, comes after it.
"""

from .document import Mention
from .foreign_names import transliterated
from .lexicon import Lexicon
from .name_positions import name_after
from .tokens import Token
from .words import COMMAS, given_name, head, is_title

# Who speaks for someone else (normalised, without the article), and whom for.
_AGENTS = frozenset({"مبعوث", "مستشار", "ممثل", "سفير", "مندوب", "موفد"})
_AGENTS |= {"مبعوثه", "مستشاره", "ممثله", "سفيره", "مندوبه", "كبير مستشاري", "كبيره مستشاري"}
_PRINCIPALS = frozenset({"الرئيس", "الملك", "الامير", "العاهل", "السلطان", "المرشد"})
# What a principal is called by besides a nationality: "المرشد الأعلى".
_PRINCIPALS_EPITHETS = frozenset({"الاعلي"})
_STATES_HEADED = frozenset({"الجمهوريه", "الدوله"})  # "رئيس الجمهورية": a principal
# Offices an agent serves, right after the agent's word: "ممثل رئيس مجلس النواب".
_HEADS_SERVED = frozenset({"رئيس", "وزير"})
_COMPLEMENT = 3  # words between the principal's name and the holder's: "للشرق الأوسط"


def serves_a_principal(
    lex: Lexicon, tokens: list[Token], start: int, end: int, office_head: str
) -> bool:
    """Does the office phrase end on the one its holder serves ("مستشار الرئيس",
    "المبعوث الخاص للرئيس الأمريكي", "كبير مستشاري الرئيس"), before a nationality or
    an epithet maybe ("المرشد الأعلى")?"""
    if office_head.removeprefix("ال") not in _AGENTS:
        return False
    k = end - 1
    while k > start and (
        (tokens[k].core,) in lex.adjectives or tokens[k].core in _PRINCIPALS_EPITHETS
    ):
        k -= 1
    if k - 1 > start and tokens[k].core in _STATES_HEADED and tokens[k - 1].core == "رئيس":
        return True  # "مبعوث رئيس الجمهورية"
    served = start + len(office_head.split())
    if served < end and tokens[served].core in _HEADS_SERVED:
        # "ممثل رئيس مجلس النواب", "مبعوث وزير الخارجية"; not with the agent's own remit
        # after: "مستشار رئيس الوزراء المعني بالأمن القومي فلان" names the adviser
        return not any(_remit(t) for t in tokens[served + 2 : end])
    return k > start and tokens[k].core in _PRINCIPALS


# What opens an agent's remit (normalised): "المعني بالأمن", "المكلف بالملف".
_REMITS = frozenset({"المعني", "المكلف"})


def _remit(token: Token) -> bool:
    return token.norm in _REMITS or token.norm.startswith(("لل", "لشوون", "بال"))


def family_named_before(lex: Lexicon, mentions: list[Mention], tokens: list[Token], k: int) -> bool:
    """Is the word at k the last of the name of someone the sentence named before with
    the office of the principal before it ("الرئيس", after "رئيس البلدية فلان حجازي")?
    Not "مستشار الرئيس حسين" after the foreign minister "فؤاد حسين"."""
    principal = head(lex, tokens[k - 1]) if k else None
    return principal is not None and any(
        m.name_tokens and m.name_tokens[-1].norm == tokens[k].norm and m.head == principal
        for m in mentions
    )


def holder_after_principal(lex: Lexicon, tokens: list[Token], j: int) -> list[int]:
    """The name of the office's holder after its principal's, past a comma or a few
    words of what the office is for or where ("للشرق الأوسط", "بمالي"): a name of
    two words, or opening with a given name or a transliterated word."""
    for k in range(j, min(j + _COMPLEMENT + 1, len(tokens))):
        if k > j and tokens[k - 1].is_punct and tokens[k - 1].norm not in COMMAS:
            break
        if k == j and _bare_title(lex, tokens, k):
            continue  # "ممثل رئيس المجلس فلان النائب علان": the holder's own title
        if head(lex, tokens[k]):
            break  # "مستشار الرئيس فلان، ومدير المخابرات علان": another's office
        name, _ = name_after(lex, tokens, k)
        first = tokens[name[0]] if name else None
        if first and (len(name) > 1 or given_name(lex, first) or transliterated(first.norm)):
            return name
    return []


def _bare_title(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A title or office word with the article and nothing of its own after it but a
    name: "النائب فلان"."""
    t = tokens[k]
    return (
        t.definite
        and not t.prefix
        and (is_title(lex, t) or head(lex, t) is not None)
        and k + 1 < len(tokens)
        and given_name(lex, tokens[k + 1])
    )
