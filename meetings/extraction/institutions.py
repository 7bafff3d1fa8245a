"""Institutions a sentence names as taking part without a named person ("مندوب عن
جهاز خفر السواحل", "وفدا من المنظمة الدولية للهجرة"), and the person who leads a
body's delegation ("برئاسة رئيسة البعثة فلانة").

Adds to each sentence's `people` its `institutions`, and claims their tokens.
"""

from .delegations import national_delegation, state_officials
from .document import Document, Institution, Mention
from .lexicon import Lexicon
from .normalize import name_key
from .office_details import phrase_country, phrase_ministry
from .offices import extend_phrase
from .phrases import match_phrase
from .tokens import Token, in_any
from .words import COMMAS, without_prefix

_CRIMES = frozenset({"الجريمه", "الجرائم", "جريمه", "جرائم"})
# "ممثلي تنسيقية الحركات": whoever a representative is of is a body, even one whose
# first noun no lexicon lists. Not "وفد", which is followed by adjectives as often
# ("وفد رفيع المستوى", "وفد أمني").
_REPRESENTATIVES_OF = frozenset({"ممثلي", "ممثل", "مندوبي", "مندوب"})


def find_institutions(doc: Document) -> None:
    # "للفريق النهام": a rank before a family name the article gives someone, no team
    family_names = frozenset(
        name_key(m.name)[-1]
        for sentence in doc.sentences
        for m in sentence.people.mentions
        if len(name_key(m.name)) >= 2
    )
    for sentence in doc.sentences:
        people = sentence.people
        people.institutions = read_institutions(
            doc.lex, sentence.tokens, people.claimed, family_names
        )
        for mention in people.mentions:
            delegation_head(doc.lex, sentence.tokens, mention, people.institutions)
            of_body_named_before(sentence.tokens, mention, people.institutions)
    of_body_named_earlier(doc)


def read_institutions(
    lex: Lexicon,
    tokens: list[Token],
    claimed: set[int],
    family_names: frozenset[str] = frozenset(),
) -> list[Institution]:
    """Institutions taking part without a named person ("مندوب عن جهاز خفر السواحل"),
    not a rank that is also a body's word before a family name ("الفريق النهام")."""
    out = []
    cores = [x.core for x in tokens]
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t.core in lex.ranks and _rank_before_family_name(tokens, k, family_names):
            k += 1
            continue
        if k not in claimed and (
            delegation := national_delegation(lex, tokens, k) or state_officials(lex, tokens, k)
        ):
            out.append(delegation)
            claimed.update(range(k, delegation.end))
            k = delegation.end
            continue
        # A body opens with a head noun ("وزارة", "جهاز"), or is one the lexicon lists
        # by its whole name ("تجمع دول الساحل والصحراء").
        listed = 0
        if k not in claimed and t.core not in lex.institution_heads:
            listed, _ = match_phrase(cores, k, lex.institutions, lex.max_phrase)
        represented = _represented(tokens, k) and not (t.is_punct or t.is_quote)
        if k in claimed or not (listed or represented or t.core in lex.institution_heads):
            k += 1
            continue
        if listed:
            end = k + listed
        elif t.core in lex.institution_heads:
            end = extend_phrase(lex, tokens, k + 1)
        else:
            end = _construct_end(lex, tokens, k)
        if end <= k + 1 or _at_venue(lex, tokens, k) or (k and tokens[k - 1].core in _CRIMES):
            # a bare noun, the venue ("بمقر الأمانة العامة لوزارة الدفاع"), or an
            # adjective ("الجريمة المنظمة العابرة للحدود")
            k += 1
            continue
        org = " ".join(
            [without_prefix(t)] + [x.text for x in tokens[k + 1 : end] if not x.is_quote]
        )
        country = phrase_country(lex, tokens, k, end)
        ministry = phrase_ministry(lex, tokens, k, end)
        if t.core == "وزارتي":
            # "وزارتي الداخلية والمواصلات": one participant per ministry.
            for x in tokens[k + 1 : end]:
                portfolio = (x.core,)
                if portfolio in lex.portfolios:
                    out.append(
                        Institution(
                            k,
                            end,
                            "وزارة " + without_prefix(x),
                            country,
                            lex.portfolios[portfolio],
                        )
                    )
        else:
            listed, code = match_phrase(cores, k, lex.institutions, lex.max_phrase)
            multilateral = bool(listed) and code is None and country is None
            out.append(Institution(k, end, org, country, ministry, multilateral))
        claimed.update(range(k, end))
        k = end
    return out


def _rank_before_family_name(tokens: list[Token], k: int, family_names: frozenset[str]) -> bool:
    """ "للفريق النهام": a rank (here also a team, a body) before the family name of
    someone the article names."""
    if k + 1 >= len(tokens):
        return False
    following = name_key(tokens[k + 1].text)
    return bool(following) and following[0] in family_names


def _represented(tokens: list[Token], k: int) -> bool:
    """Does a representative's title ("ممثلي") come right before the word at k?"""
    return k > 0 and tokens[k - 1].norm.removeprefix("و") in _REPRESENTATIVES_OF


def _construct_end(lex: Lexicon, tokens: list[Token], k: int) -> int:
    """End of a body no lexicon knows, named after a representative's title: its
    nouns up to the first with the article, then what the phrase goes on with
    ("تنسيقية حركات الأزواد", "القبائل")."""
    j = k
    while j < min(len(tokens), k + 3):
        t = tokens[j]
        if t.is_punct or t.is_quote or (j > k and t.prefix) or t.norm in lex.verbs:
            return j
        if t.definite:
            return extend_phrase(lex, tokens, j + 1)
        j += 1
    return k  # no article closes it: not a body's name


def _at_venue(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Is the body at k named as where the meeting was ("بمقر الأمانة العامة لوزارة
    الدفاع")? Not when a meeting noun or an attendance word comes between ("بمقر الوزارة
    اجتماعا للجنة", "بمقر المديرية بمشاركة جهاز ...")."""
    before = tokens[max(0, k - 3) : k]
    for i, x in enumerate(before):
        if x.norm.lstrip("وب") == "مقر":
            return not any(
                y.norm in lex.nouns or y.bare in lex.nouns or in_any(y, lex.attendance)
                for y in before[i:]
            )
    return False


def delegated(lex: Lexicon, tokens: list[Token], start: int) -> bool:
    """Is the institution at `start` introduced as sending someone ("وفدا من"،
    "ممثلين عن", "ممثلي", "وفد الاتحاد", "وفد عسكري رفيع المستوى من")?"""
    if _represented(tokens, start):
        return True
    before = tokens[start - 1] if start else None
    if before is not None and not before.definite and in_any(before, lex.delegates) is not None:
        return True  # "استقبل الوزير وفد الاتحاد الأوروبي"
    while start >= 2 and _notables(tokens[start - 1]):
        start -= 1  # "وفدا من وجهاء وأعيان قبائل الجنوب": some of the body's people
    if start < 2 or tokens[start - 1].norm not in ("من", "عن"):
        return False
    for k in range(start - 2, max(start - 8, -1), -1):
        if tokens[k].is_quote:
            continue  # "استقبل “وفدا عسكريا” من وزارة الدفاع"
        # "ومندوبين عن": the tokeniser leaves و on a word it does not know
        if in_any(tokens[k], lex.delegates) is not None or (
            tokens[k].norm[:1] == "و" and tokens[k].norm[1:] in lex.delegates
        ):
            return True
        if not _describes_delegation(tokens[k]):
            return False  # the delegation's adjectives only: "عسكري رفيع"
    return False


# Some of a body's people, between "وفد من" and the body (normalised).
_NOTABLES = frozenset({"وجهاء", "اعيان", "مشايخ", "شيوخ", "اعضاء", "ممثلي", "قيادات", "كبار"})


def _notables(token: Token) -> bool:
    return token.norm in _NOTABLES or token.norm.removeprefix("و") in _NOTABLES


def _describes_delegation(token: Token) -> bool:
    """An adjective after "وفد": no prefix, no article but that of "رفيع المستوى"."""
    if token.prefix or token.is_punct or token.is_quote:
        return False
    return not token.definite or token.norm == "المستوي"


def delegation_head(
    lex: Lexicon, tokens: list[Token], mention: Mention, institutions: list[Institution]
) -> None:
    """ "وفدا من المنظمة الدولية للهجرة برئاسة رئيسة البعثة فلانة": she speaks for
    the institution named before "برئاسة"."""
    if mention.country is not None:
        return
    k = mention.start - 1
    if k >= 0 and tokens[k].norm in COMMAS:
        k -= 1
    if k < 0 or in_any(tokens[k], lex.led_by) is None:
        return
    for institution in institutions:
        if institution.end in (k, k - 1) and delegated(lex, tokens, institution.start):
            mention.country = institution.country
            mention.org = mention.org or institution.org


def of_body_named_before(
    tokens: list[Token], mention: Mention, institutions: list[Institution]
) -> None:
    """ "وفدا من المنظمة الدولية للهجرة ... ورئيس بعثة المنظمة في العراق فلان": the
    office's bare "المنظمة" is the body named before it: its holder is of that body
    and speaks for what it speaks for (not for the state the mission is in)."""
    if mention.country is not None:
        return
    for institution in institutions:
        if institution.end > mention.start or institution.end - institution.start < 2:
            continue
        head, second = tokens[institution.start].core, tokens[institution.start + 1].core
        for k in range(mention.start, mention.end):
            named_again = k + 1 < mention.end and tokens[k + 1].core == second
            if tokens[k].core == head and tokens[k].core.startswith("ال") and not named_again:
                mention.country = institution.country
                mention.org = institution.org
                return


def of_body_named_earlier(doc: Document) -> None:
    """ "ممثل المفوضية السامية لشؤون اللاجئين فلان ... ورئيس مكتب المفوضية بعدن علان":
    a body's head noun alone, in an office of a later sentence, is the body an earlier
    office, or an earlier body taking part, named in full; its holder speaks for that
    body's state or organisation.
    A head noun two bodies of different states share in the article names neither."""
    states: dict[str, str | None] = {}

    def learn(head: str, country: str) -> None:
        known = states.setdefault(head, country)
        if known != country:
            states[head] = None

    for sentence in doc.sentences:
        tokens = sentence.tokens
        for institution in sentence.people.institutions:
            # "بحثت بعثة الاتحاد الأوروبي لدى تونس مع ...": a body taking part, in full
            opening = tokens[institution.start]
            if institution.country and not opening.definite and not opening.prefix:
                if opening.core in doc.lex.institution_heads:
                    learn("ال" + opening.core, institution.country)
        for mention in sentence.people.mentions:
            for k in range(mention.start, mention.end):
                head = _body_head(doc.lex, tokens[k])
                if head is None:
                    continue
                # "المفوضية بعدن", "بالمفوضية فلانة": nothing after it names another body
                following = tokens[k + 1] if k + 1 < mention.end else None
                bare = following is None or bool(following.prefix) or not following.definite
                if mention.country is None and bare and states.get(head):
                    mention.country = states[head]
                elif mention.country is not None and not bare:
                    learn(head, mention.country)
                break


def _body_head(lex: Lexicon, token: Token) -> str | None:
    """The head noun of a body, with the article ("المفوضية", "بالمفوضية"), else None."""
    core = token.core
    return core if token.definite and core[2:] in lex.institution_heads else None
