"""Who is who across the article: its people, counterparts, and later references.

Adds the article's `registry`, each person under the fullest form of their name (see
`document.Registry`); gives a counterpart ("نظيره التركي") the office of the other
party; and adds to each sentence its `refs`, later mentions of a registered person by
a short name ("الفيتوري") or by office alone ("الوزير التركي").
"""

from .document import Document, Mention, Office, Sentence, SentencePeople
from .normalize import name_key


def resolve_references(doc: Document) -> None:
    # A counterpart takes the office its partner has been given by this sentence or an
    # earlier one, so counterparts are resolved as the registry grows; references are
    # looked for once everyone is registered.
    for sentence in doc.sentences:
        for mention in sentence.people.mentions:
            doc.registry.add(mention)
        _resolve_counterparts(doc, sentence.people)
    for sentence in doc.sentences:
        sentence.refs = _references(doc, sentence)


def _resolve_counterparts(doc: Document, people: SentencePeople) -> None:
    """ "نظيره التركي" holds the office of the other party in the sentence, which an
    earlier sentence may have given ("تلقى الشيخ مبارك اتصالا من نظيره الأردني"). The
    party is the nearest one named before it ("استقبل الرئيس X وزير الخارجية Y ونظيره
    المالطي Z": Y's counterpart), else the first after it."""
    counterparts = [m for m in people.mentions + people.offices if m.counterpart]
    if not counterparts:
        return
    partners = []
    for mention in sorted(people.mentions, key=lambda m: m.start):
        if mention.counterpart:
            continue
        office = mention if mention.head else None
        if office is None and mention.person is not None:
            person = doc.registry.people[mention.person]
            office = next((m for m in person.mentions if m.head and not m.counterpart), None)
        if office is not None:
            partners.append((mention.start, office))
    if not partners:
        return
    for other in counterparts:
        before = [office for start, office in partners if start < other.start]
        partner = before[-1] if before else partners[0][1]
        other.role, other.head = partner.role, partner.head
        other.ministry, other.org = partner.ministry, partner.org


def _references(doc: Document, sentence: Sentence) -> list[Mention]:
    """Later mentions by a short name ("الفيتوري") or by office alone ("الوزير التركي")."""
    refs = []
    claimed = sentence.people.claimed
    for k, token in enumerate(sentence.tokens):
        if k in claimed or token.is_punct or token.norm in doc.lex.stopwords:
            continue
        word = name_key(token.core)
        if not word:
            continue
        for i, person in enumerate(doc.registry.people):
            if word[0] == person.words[-1] or (
                len(person.words) == 1 and word[0] == person.words[0]
            ):
                refs.append(Mention(k, k + 1, person.name, (token,), person=i))
                break
    for office in sentence.people.offices:
        person = _holder(doc, office)
        if person is not None:
            refs.append(Mention(office.start, office.end, "", (), person=person))
    return refs


def _holder(doc: Document, office: Office) -> int | None:
    """The one named person of the article who holds this office, if any. An office
    with no nationality ("وكان وزير الخارجية قد التقى") is the one held by a person
    given none either: the article's own side."""
    if office.country is None and office.ministry is None:
        return None
    head = office.head.removesuffix("ه")
    found = {
        i
        for i, person in enumerate(doc.registry.people)
        for m in person.mentions
        if m.head
        and m.head.removesuffix("ه") == head
        and person.first("country") == office.country
        and (office.ministry is None or m.ministry == office.ministry)
    }
    return found.pop() if len(found) == 1 else None
