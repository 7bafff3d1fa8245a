"""Who is who across the article: its people, counterparts, and later references.

Adds the article's `registry`, each person under the fullest form of their name (see
`document.Registry`); gives a counterpart ("نظيره التركي") the office of the other
party; and adds to each sentence its `refs`, later mentions of a registered person by
a short name ("الفيتوري") or by office alone ("الوزير التركي").
"""

from .dates import month_names
from .document import Document, Mention, Office, Sentence
from .honorifics import HONORIFIC_PRONOUNS, RULERS, honoured_before, ruler
from .mentions import read_mentions
from .normalize import name_key, normalize_phrase
from .office_holders import office_holder
from .tokens import tokenize
from .words import POSSESSIVES, eulogised

# What opens a month's name in a date (normalised): "نهاية مايو", "شهر مايو".
_MONTH_OPENERS = frozenset({"نهايه", "مطلع", "منتصف", "اواخر", "اوائل", "بدايه", "شهر"})


def resolve_references(doc: Document) -> None:
    # A counterpart takes the office its partner has been given by this sentence or an
    # earlier one, so counterparts are resolved as the registry grows; references are
    # looked for once everyone is registered.
    headline = _headline_mentions(doc)
    for sentence in doc.sentences:
        for mention in sentence.people.mentions:
            doc.registry.add(mention, doc.lex)
        _resolve_counterparts(doc, sentence)
    named: set[int] = set()  # who the sentences so far have named
    for mention in headline:
        # The story's own mentions say best what office each holds.
        person = doc.registry.people[mention.person]
        person.mentions.remove(mention)
        person.mentions.append(mention)
        named.add(mention.person)
    for sentence in doc.sentences:
        sentence.refs = _references(doc, sentence, named)
        _resolve_possessed_offices(doc, sentence)
        named.update(m.person for m in sentence.people.mentions if m.person is not None)


def _headline_mentions(doc: Document) -> list[Mention]:
    """The people the headline names in full, registered: the story may go on to name
    them by a short name only ("أجرى عطاف مكالمة ..."). The headline makes no meeting
    of its own."""
    if not doc.title:
        return []
    people = read_mentions(doc.lex, tokenize(doc.title), doc.known)
    full = [mention for mention in people.mentions if len(name_key(mention.name)) >= 2]
    for mention in full:
        doc.registry.add(mention, doc.lex)
    return full


def _resolve_counterparts(doc: Document, sentence: Sentence) -> None:
    """ "نظيره التركي" holds the office of the other party in the sentence, which an
    earlier sentence may have given ("تلقى الشيخ مبارك اتصالا من نظيره الأردني"). The
    party is the nearest one named before it ("استقبل الرئيس X وزير الخارجية Y ونظيره
    المالطي Z": Y's counterpart), by office and name or by a name the article gave
    before ("... أن فلان عقد لقاء مع نظيره"), else the first after it."""
    people = sentence.people
    counterparts = [m for m in people.mentions + people.offices if m.counterpart]
    if not counterparts:
        return
    partners = []
    for mention in people.mentions:
        if mention.counterpart:
            continue
        office = mention if mention.head else None
        if office is None and mention.person is not None:
            office = _office_of(doc, mention.person)
        if office is not None:
            partners.append((mention.start, office))
    for unnamed in people.offices:
        # "تصريحات الوزير خلال لقائه نظيره": an office its holder was named by before
        holder = None if unnamed.counterpart else office_holder(doc, unnamed)
        if holder is not None:
            # the office as the text gave it its holder, else as written here (a holder
            # named as someone's counterpart: "من نظيره الأردني فلان")
            partners.append((unnamed.start, _office_of(doc, holder) or unnamed))
    claimed = people.claimed
    for k, token in enumerate(sentence.tokens):
        if k not in claimed and not token.is_punct and token.norm not in doc.lex.stopwords:
            person = _named_by(doc, token)
            office = _office_of(doc, person) if person is not None else None
            if office is not None:
                partners.append((k, office))
    if not partners:
        return
    partners.sort(key=lambda pair: pair[0])
    for other in counterparts:
        before = [office for start, office in partners if start < other.start]
        partner = before[-1] if before else partners[0][1]
        other.role, other.head = partner.role, partner.head
        other.ministry, other.org = partner.ministry, partner.org
        other.partner_marked = partner.country is not None


def _resolve_possessed_offices(doc: Document, sentence: Sentence) -> None:
    """ "فلانة ونائبتها علانة", "الوزير ومستشاره علان": an office with a possessive is
    held under the person named just before, of that person's state."""
    mentions = sorted(sentence.people.mentions + sentence.refs, key=lambda m: m.start)
    for mention in mentions:
        _head_of_the_body_before(sentence, mention)
    for before, mention in zip(mentions, mentions[1:], strict=False):
        role = normalize_phrase(mention.role or "")
        if (
            mention.country is None
            and not mention.counterpart
            and " " not in role
            and role.removeprefix("و").endswith(POSSESSIVES)
            and mention.head is not None
            and role.removeprefix("و") != mention.head
            and before.person is not None
        ):
            possessor = doc.registry.people[before.person]
            mention.country = possessor.first("country")
            mention.stateless = bool(possessor.first("stateless"))


def _head_of_the_body_before(sentence: Sentence, mention) -> None:
    """ "زار فلان وزارة الداخلية العراقية، حيث التقى وزيرها علان": "its minister" is the
    head of the ministry named just before, of its state."""
    role = normalize_phrase(mention.role or "")
    if mention.country is not None or " " in role or not role.endswith("ها"):
        return
    body = max(
        (i for i in sentence.people.institutions if i.end <= mention.start and i.ministry),
        key=lambda i: i.end,
        default=None,
    )
    if body is not None and body.country is not None:
        mention.country, mention.ministry, mention.org = body.country, body.ministry, body.org


def _office_of(doc: Document, person: int) -> Mention | None:
    return next(
        (m for m in doc.registry.people[person].mentions if m.head and not m.counterpart), None
    )


def _named_by(doc: Document, token) -> int | None:
    """The registered person a single word names: their family name ("الفيتوري"), a
    middle name no given name is ("داكي"), or their only name."""
    word = name_key(token.core)
    if not word:
        return None
    forms = {word[0]}
    if token.norm[:1] in "وفبل" and (rest := name_key(token.norm[1:])):
        # "الدبيبة وسعيّد", "اتصال من أردوغان بميقاتي", "خلال استقبال الرئيس لحفتر"
        forms.add(rest[0])
    if forms.isdisjoint(doc.registry.words):
        return None
    for i, person in enumerate(doc.registry.people):
        if person.words[-1] in forms or (len(person.words) == 1 and person.words[0] in forms):
            return i
    # A middle name that is no given name ("داكي" of "عمر داكي حسن"), of one person only.
    middle = [
        i
        for i, person in enumerate(doc.registry.people)
        if not forms.isdisjoint(person.words[1:-1])
    ]
    lex = doc.lex
    if len(middle) == 1 and not any(
        f in lex.given_names or f in lex.weak_given_names for f in forms
    ):
        return middle[0]
    # A given name alone ("وكان صدام قد التقى") when one person of the article has it;
    # not a ruler's title ("المبعوث الخاص لسلطان عمان", "أمير قطر").
    if not forms.isdisjoint(RULERS.values()):
        return None
    given = [
        i
        for i, person in enumerate(doc.registry.people)
        if person.words[0] in forms
        and (person.words[0] in doc.lex.given_names or person.words[0] in doc.lex.weak_given_names)
    ]
    return given[0] if len(given) == 1 else None


def _a_month(tokens, k: int) -> bool:
    """ "نهاية مايو/آيار الماضي", "في 3 مايو": a month that is also a name's word
    ("دي مايو") names the month where a date is told."""
    if tokens[k].core not in month_names():
        return False
    before = tokens[k - 1] if k else None
    after = tokens[k + 1] if k + 1 < len(tokens) else None
    return (before is not None and (before.norm.isdigit() or before.core in _MONTH_OPENERS)) or (
        after is not None and (after.norm in ("/", "-") or after.norm.isdigit())
    )


def _named_by_key(doc: Document, key: tuple[str, ...]) -> int | None:
    """The registered person whose family name is the one word of ``key``."""
    if len(key) != 1 or key[0] not in doc.registry.words:
        return None
    found = [i for i, person in enumerate(doc.registry.people) if person.words[-1] == key[0]]
    return found[0] if len(found) == 1 else None


def _references(doc: Document, sentence: Sentence, named: set[int]) -> list[Mention]:
    """Later mentions by a short name ("الفيتوري") or by office alone ("الوزير التركي");
    `named` are the people the sentences before this one named."""
    refs = []
    claimed = sentence.people.claimed
    tokens = sentence.tokens
    skip = -1
    for k, token in enumerate(tokens):
        if k <= skip or k in claimed or token.is_punct or token.norm in doc.lex.stopwords:
            continue
        if token.bare == "عبد" and k + 1 < len(tokens) and k + 1 not in claimed:
            # "وبحث عبد المجيد ...": a family name written apart from its "عبد"
            person = _named_by_key(doc, name_key(f"عبد {tokens[k + 1].text}"))
            if person is not None:
                pair = (token, tokens[k + 1])
                refs.append(
                    Mention(k, k + 2, doc.registry.people[person].name, pair, person=person)
                )
                skip = k + 1
                continue
        person = None if _a_month(tokens, k) else _named_by(doc, token)
        if person is not None and eulogised(tokens, k + 1):
            person = None  # "النبي محمد صلى الله عليه وسلم": not a "محمد" of the article
        if person is not None:
            refs.append(
                Mention(k, k + 1, doc.registry.people[person].name, (token,), person=person)
            )
        elif token.norm in _THE_LATTER and _after_that_or_was(tokens, k):
            person = _named_last(doc, sentence, k)
            if person is not None:
                refs.append(
                    Mention(k, k + 1, doc.registry.people[person].name, (token,), person=person)
                )
        elif token.norm in HONORIFIC_PRONOUNS:
            person = honoured_before(doc, sentence, k, HONORIFIC_PRONOUNS[token.norm])
            if person is not None:
                refs.append(
                    Mention(k, k + 1, doc.registry.people[person].name, (token,), person=person)
                )
        elif token.core in RULERS:
            # "خلال استقبال سمو الأمير له": the ruler the article named by that office
            person = ruler(doc, RULERS[token.core])
            if person is not None:
                refs.append(
                    Mention(k, k + 1, doc.registry.people[person].name, (token,), person=person)
                )
    for office in sentence.people.offices:
        before = named | {
            m.person for m in sentence.people.mentions if m.start < office.start and m.person
        }
        person = _family_name_after_title(doc, tokens, office)
        if person is None:
            person = office_holder(doc, office, before)
        if person is not None:
            refs.append(Mention(office.start, office.end, "", (), person=person))
    return refs


def _family_name_after_title(doc: Document, tokens, office: Office) -> int | None:
    """ "وبحث الوزير الخطيب مع ...": an office word used as a title before the family
    name of someone the article named in full, which the office phrase took for its
    genitive; or in quotes ("بالوزير "فهمي"")."""
    words = [t for t in tokens[office.start : office.end] if not t.is_quote]
    if len(words) != 2 or office.country is not None:
        return None
    quoted = tokens[office.end - 1].is_quote
    return _named_by(doc, words[1]) if words[1].definite or quoted else None


# "وذكر مكتبه أن الأخير استقبل ...": the one named last (normalised), as a subject.
_THE_LATTER = frozenset({"الاخير", "الاخيره"})
_THAT_OR_WAS = frozenset({"ان", "بان", "كان", "وكان", "كانت", "وكانت"})


def _after_that_or_was(tokens, k: int) -> bool:
    """ "أن الأخير", "وكان الأخير", a quote between them: "ان "الأخير استقبل"."""
    j = k - 1
    while j >= 0 and tokens[j].is_quote:
        j -= 1
    return j >= 0 and tokens[j].norm in _THAT_OR_WAS


def _named_last(doc: Document, sentence: Sentence, position: int) -> int | None:
    """The person named last before ``position`` of ``sentence``, relatives aside."""
    found = None
    for other in doc.sentences:
        for mention in sorted(other.people.mentions + other.refs, key=lambda m: m.start):
            if other is sentence and mention.start >= position:
                break
            if mention.person is not None and not mention.kin:
                found = mention.person
        if other is sentence:
            break
    return found
