"""A state's delegation, or its guest, named by the state's adjective: "وفدا أمنيا أردنيا"
is a party of its own; "الوفد التركي" and "الضيف السوري" are the people of that state the
article named before (see `institutions` and `grouping`)."""

from .document import Document, Event, Institution
from .lexicon import Lexicon
from .tokens import Token

_TANWEEN = "\u064b\u064c\u064d"

# A delegation, or a guest, named by a state's adjective (normalised).
_DELEGATIONS = frozenset({"وفد", "وفدا", "الوفد"})
GUESTS = frozenset({"الضيف", "الزائر"})  # "الضيف السوري": whom the article named before
_DELEGATION_ADJECTIVES = 2  # "وفدا أمنيا رفيعا أردنيا": at most this many before the state's


def national_delegation(lex: Lexicon, tokens: list[Token], k: int) -> Institution | None:
    """A delegation or a guest named by its state's adjective, after a word or two of
    what it is: "وفدا أمنيا أردنيا", a party of its own, written in the nominative ("وفد
    أمني أردني"); "الوفد العسكري التركي", "الضيف السوري", who was told of before."""
    norm = tokens[k].norm
    if norm not in _DELEGATIONS and norm not in GUESTS:
        return None
    definite = norm[:2] == "ال"
    words = [norm if definite else "وفد"]
    for j in range(k + 1, min(k + 2 + _DELEGATION_ADJECTIVES, len(tokens))):
        t = tokens[j]
        if t.prefix or t.is_punct or t.definite != definite:
            return None
        words.append(t.text if definite else _nominative(t.text))
        code = lex.adjectives.get((t.core,) if definite else ("ال" + _nominative(t.core),))
        if code is not None:
            org = " ".join([tokens[k].text if definite else "وفد", *words[1:]])
            return Institution(k, j + 1, org, code, None, delegation=words[0])
    return None


# A state's officials, named as a group (normalised cores): "مسؤولي الأمن الإسبانية". They
# are people, named by what they do (a role), not a body.
OFFICIALS = "مسؤولون"
_OFFICIALS = frozenset({"مسؤولي", "مسوولي", "المسؤولين", "المسوولين", "مسؤولين", "مسوولين"})
_OFFICIALS_WORDS = 4  # "كبار مسؤولي الأمن والاستخبارات الإسبانية": words to the state's


def state_officials(lex: Lexicon, tokens: list[Token], k: int) -> Institution | None:
    """A state's officials as a group, its adjective after a few words of what they do
    ("مع كبار مسؤولي الأمن والاستخبارات الإسبانية", "بالمسؤولين الألمان"): a party of
    its own, like a delegation."""
    if tokens[k].core not in _OFFICIALS:
        return None
    for j in range(k + 1, min(k + 1 + _OFFICIALS_WORDS, len(tokens))):
        t = tokens[j]
        if t.is_punct or (t.prefix and t.prefix != "و"):
            return None
        code = lex.adjectives.get((t.core,))
        if code is not None and not t.prefix:
            org = " ".join([tokens[k].core, *(x.text for x in tokens[k + 1 : j + 1])])
            return Institution(k, j + 1, org, code, None, delegation=OFFICIALS)
    return None


def _nominative(word: str) -> str:
    """An indefinite adjective without its accusative ending: "أمنيًا", "أمنياً" → "أمني"."""
    return word.rstrip(_TANWEEN).removesuffix("ا").rstrip(_TANWEEN)


def delegation_named_before(
    doc: Document, index: int, institution: Institution, event: Event
) -> list[int]:
    """ "وبحث الوفد التركي مع الرئيس": the people of the delegation's state the sentences
    before named, when they were not in the meeting yet; they are the delegation. Not
    when the sentence names more than the one it met: "ترأس فلان الوفد الهندي ... مع
    علان" names its own."""
    if institution.delegation not in ("الوفد", *GUESTS):
        return []
    named = {m.person for m in doc.sentences[index].people.mentions if m.person is not None}
    if len(named) > 1 or (institution.delegation in GUESTS and not named):
        return []  # a guest is met by someone named: "استقبل الرئيس فلان الضيف السوري"
    members = {
        mention.person
        for sentence in doc.sentences[:index]
        for mention in sentence.people.mentions
        if mention.person is not None
        and not mention.kin
        and doc.registry.people[mention.person].first("country") == institution.country
    }
    return sorted(members - set(event.persons))
