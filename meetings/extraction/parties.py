"""Who takes part in a clause that reports a meeting: its named people up to where the
subject begins ("بحث X مع Y سبل دعم جهود Z": Z is a subject), its unnamed offices and
the institutions that are its subject or object, come after "مع" or an attendance word,
send someone ("وفدا من") or meet on their own ("اجتماع اللجنة"); not the source of the
report ("بحسب المكتب الإعلامي").
"""

from dataclasses import replace

from .document import Document, Institution, Sentence
from .institutions import delegated
from .normalize import name_key
from .tokens import Token, in_any
from .words import COMMAS, SOURCES, TAKING_PART, TANWEEN_ENDINGS, head, is_title

# The members of a body, after a meeting noun: "اجتماع لوزراء ...", "لقاء رؤساء أركان ..."
_MEMBERS = frozenset({"وزراء", "رؤساء", "قاده", "ممثلي", "سفراء", "مندوبي"})
# Words for some of a body's people, between "مع" and the body (normalised).
_GROUP_WORDS = frozenset(
    {"عدد", "عددا", "من", "اعضاء", "ممثلي", "مسؤولي", "قيادات", "كبار", "اعيان", "منتسبي"}
    | {"قاده", "ممثلين", "مسؤولين"}  # "قادة من الهيئة التنفيذية للاتحاد"
)


# Ties between people (cores): "علاقات الصداقة ... بين العاهلين، الملك فلان والملك علان"
# names whose ties they are, not who met.
_TIES = frozenset({"علاقات", "العلاقات", "الشراكه", "الصداقه", "الروابط", "الاخوه", "الثقه"})


def parties_end(doc: Document, sentence: Sentence, position: int, end: int) -> int:
    """Where the parties end and the subject starts: "بحث X مع Y سبل دعم جهود Z"
    names Z as a subject, and in a clause referring back to the meeting "بين" after the
    ties it speaks of names whose ties they are. An attendance word after it ("بحضور")
    lists parties again."""
    lex = doc.lex
    mentions = sentence.people.mentions + sentence.refs
    # "إن اللقاء ناقش ... مبادرة المبعوث فلان": the meeting named before the verb is its
    # subject, so what the verb is followed by is what was discussed.
    tokens = sentence.tokens
    seen_party = (
        position > 0 and in_any(tokens[position - 1], lex.definite_nouns) is not None
    ) or (
        in_any(tokens[position], lex.definite_nouns) is not None
        and position + 1 < end
        and in_any(tokens[position + 1], lex.verbs) is not None
    )
    # "عقب الاجتماع، أشاد الجانبان بعلاقات الصداقة بين العاهلين، الملك فلان ...": a
    # clause that refers back to the meeting names its parties no more
    back_reference = in_any(sentence.tokens[position], lex.definite_nouns) is not None
    for k in range(position + 1, end):
        token = sentence.tokens[k]
        if k in sentence.people.claimed:
            continue
        seen_party = seen_party or any(position <= m.start and m.end <= k for m in mentions)
        if token.norm == "بين" and back_reference and _after_ties(sentence.tokens, position, k):
            later = sentence.tokens[k:end]
            if not any(t.norm == "مع" or in_any(t, lex.attendance) for t in later):
                return k
        if seen_party and (token.norm in lex.subject_words or token.bare in lex.subject_words):
            if (
                _counted_parties(sentence, k)
                or (
                    in_any(sentence.tokens[k - 1], lex.attendance)
                    and any(k < m.start < end for m in mentions)
                )
                or sum(k < m.start < end and bool(m.name) for m in mentions) >= 2
            ):
                # "عدداً من سفراء الدول", "بحضور عدد من المسؤولين، من بينهم فلان",
                # or two people named after it: people, not a subject
                continue
            later = sentence.tokens[k:end]
            # "بحث X سبل التعاون مع Y": "مع" and attendance words list parties again
            if not any(t.norm == "مع" or in_any(t, lex.attendance) for t in later):
                return k
    return end


def _after_ties(tokens: list[Token], position: int, k: int) -> bool:
    """Is "بين" at k told of ties named just before it ("علاقات الصداقة والتقدير
    المتبادل بين")?"""
    return any(t.core in _TIES for t in tokens[max(position + 1, k - 4) : k])


def _counted_parties(sentence: Sentence, k: int) -> bool:
    """Is "عدد من" at k followed by an office ("عدداً من سفراء الدول") or a body's
    people ("مع عدد من أعضاء الهيئة", "وعدد من رؤساء اللجان")?"""
    tokens = sentence.tokens
    if k + 2 >= len(tokens) or tokens[k + 1].norm != "من":
        return False
    people = sentence.people
    return (
        any(o.start == k + 2 for o in people.offices)
        or tokens[k + 2].core in _GROUP_WORDS
        # "وعدد من رؤساء اللجان، أمس، وزير الخارجية فلان": a party named after them
        or (tokens[k + 2].core in _MEMBERS and any(m.start > k for m in people.mentions))
        or any(i.start == k + 2 for i in people.institutions)
    )


def clause_parties(doc: Document, sentence: Sentence, kind, position, first, end):
    """The unnamed offices and the institutions that take part in a clause."""
    people = sentence.people
    resolved = {(r.start, r.end) for r in sentence.refs if not r.name}
    offices = [
        office
        for office in people.offices
        if first <= office.start < end
        and (office.start, office.end) not in resolved
        and (
            office.org
            or office.country
            or _attending(doc, sentence.tokens, office)
            or _unnamed_subject(doc, kind, position, office)
        )
    ]
    institutions: list[Institution] = []
    for institution in people.institutions:
        if not (first <= institution.start < end):
            continue
        # An institution takes part when it is the cue's subject or object, comes
        # after "مع" or an attendance word, sends someone ("وفدا من"), or is listed
        # with one that does.
        before = [t for t in sentence.tokens[position : institution.start] if not t.is_punct]
        opener = _opener(doc.lex, before)
        listed = bool(institutions) and sentence.tokens[institution.start].prefix.startswith("و")
        # "اجتماعا للجنة الوطنية", "اجتمعت اللجنة": the body that met
        met = (
            (opener is not None and (opener.norm in doc.lex.nouns or opener.bare in doc.lex.nouns))
            or (kind == "body" and institution.start == position)
            or _members_met(doc, before)
        )
        if _reported_by(sentence.tokens, institution.start):
            continue  # "وبحسب المكتب الإعلامي للوزارة، بحث اللقاء ...": the source
        if institution.start and sentence.tokens[institution.start - 1].core in _WHAT_IT_DID:
            continue  # "كما ناقش جهود مجلس التعاون لدعم اليمن": whose efforts, discussed
        if met and _taking_part_in(before):
            continue  # "خلال مشاركته في اجتماعات مجلس الجامعة": the gathering attended
        sends = delegated(doc.lex, sentence.tokens, institution.start)
        if sends:
            institution = replace(institution, sends=True)
        if (
            kind == "attendance"
            or -2 <= institution.start - position <= 2
            or listed
            or met
            or sends
            or (opener is not None and (opener.norm == "مع" or in_any(opener, doc.lex.attendance)))
            or (opener is not None and _met_through_it(before, opener))
            or _object_after_subject(doc, sentence, position, institution.start)
            # "استقبل الرئيس فلان الليلة في مقر الرئاسة وفدا أمنيا أردنيا"
            or (institution.delegation and receiving(doc, sentence.tokens[position]))
        ):
            institutions.append(replace(institution, met=met) if met else institution)
    if kind == "noun" and not institutions:
        earlier = _named_before(doc, sentence, position + 1)
        if earlier is not None:
            institutions.append(earlier)
    return offices, institutions


# What a body did or holds, spoken of at a meeting (normalised cores): "ناقش جهود
# المجلس", "ثمن دور المنظمة", "أشاد بموقف الجامعة".
_WHAT_IT_DID = frozenset(
    {"جهود", "دور", "موقف", "مواقف", "مبادره", "مبادرات", "قرار", "قرارات", "بيان", "خطه"}
)


def _attending(doc: Document, tokens: list[Token], office) -> bool:
    """Is the office one of more words right after an attendance word ("بحضور مدير أمن
    طرابلس")? Named by its remit, it takes part though it names no body or state."""
    return (
        office.start > 0
        and in_any(tokens[office.start - 1], doc.lex.attendance) is not None
        and office.end - office.start >= 2
    )


def _unnamed_subject(doc: Document, kind, position: int, office) -> bool:
    """Is the office the cue verb's subject, named by its office alone ("استقبل رئيس
    الجمهورية، اليوم، السفير فلان")? Its holder takes part though the office names no
    body or state; not when the article names who holds it ("وبحث وزير الأمن مع الوفد"
    after "استقبل وزير الأمن العام الفريق فلان", "التقت الوزيرة": they again)."""
    if kind != "verb" or office.start != position + 1:
        return False
    # compared as names are, without the article: "الوزيرة" is "وزيرة"
    role = name_key(office.role or "")
    return bool(role) and not any(
        held[: len(role)] == role or (len(role) == 1 and held[:1] == role)
        for person in doc.registry.people
        if (held := name_key(person.first("role") or ""))
    )


# Verbs whose subject receives or meets their object (normalised).
_RECEIVING = frozenset({"استقبل", "التقي"})
# What may stand between a cue's subject and its object: the day, the office it was in.
_BETWEEN_SUBJECT_AND_OBJECT = 3


def _object_after_subject(doc: Document, sentence: Sentence, position: int, start: int) -> bool:
    """Is the body at `start` the object of a verb that took a person as its subject,
    right after the subject, the day or the office it was received in ("استقبل وزير
    الداخلية فلان، اليوم، بمكتبه، بعثة الاتحاد الأوروبي"), and its members?"""
    tokens = sentence.tokens
    if not receiving(doc, tokens[position]):
        return False
    subject = next(
        (m for m in sentence.people.mentions if position < m.start <= position + 2), None
    )
    if subject is None or subject.end > start:
        return False
    # past the body's members: "استقبل فلان، الأحد، قادة من الهيئة التنفيذية للاتحاد"
    between = [
        t
        for t in tokens[subject.end : start]
        if not (t.is_punct or t.core in _GROUP_WORDS or t.norm in _GROUP_WORDS or t.norm == "عن")
    ]
    return len(between) <= _BETWEEN_SUBJECT_AND_OBJECT and all(
        in_any(t, doc.lex.time_nouns) or _in_his_office(t) for t in between
    )


def receiving(doc: Document, token: Token) -> bool:
    """Is the word a verb of receiving or meeting someone ("استقبل", "التقى")?"""
    return in_any(token, doc.lex.verbs) in _RECEIVING


def _in_his_office(token: Token) -> bool:
    return token.norm in ("بمكتبه", "بمكتبها", "مكتبه", "مكتبها", "في")


def _taking_part_in(before: list[Token]) -> bool:
    """ "خلال مشاركته في اجتماعات مجلس الجامعة": the gathering the subject attended,
    not a party met."""
    return any(t.norm.removeprefix("و") in TAKING_PART for t in before[-4:])


def _opener(lex, before: list[Token]) -> Token | None:
    """The word that opens the institution's phrase, past its members and the meeting's
    adjectives: "مع عدد من أعضاء الهيئة" (مع), "اجتماعا طارئا للجنة" (اجتماعا)."""
    k = len(before) - 1
    while k > 0 and (
        before[k].core in _GROUP_WORDS
        or before[k].norm in _GROUP_WORDS
        or (
            before[k].text.endswith(TANWEEN_ENDINGS)
            and not before[k].prefix
            and in_any(before[k], lex.nouns) is None
        )
    ):
        k -= 1
    return before[k] if before else None


# Bringing someone together with others, with the pronoun of whom (normalised): "اللقاء
# الذي جمعه بفلان" (bare_names has the forms before the names themselves).
_BRINGS_TOGETHER = frozenset({"جمع", "جمعه", "جمعها", "جمعهما", "جمعت"})


def _met_through_it(before: list[Token], opener: Token) -> bool:
    """ "اللقاء الذي جمع فلان برئيس وأعضاء المجلس الاجتماعي": the body its people were
    brought together with, after "ب"."""
    return opener.prefix.endswith("ب") and any(t.norm in _BRINGS_TOGETHER for t in before)


def _members_met(doc: Document, before: list[Token]) -> bool:
    """ "لقاء لوزراء داخلية تجمع دول الساحل": a meeting noun, then the body's members
    (and their portfolio), then the body: the body met."""
    return (
        1 < len(before) <= 3
        and (before[0].norm in doc.lex.nouns or before[0].bare in doc.lex.nouns)
        and (before[1].core in _MEMBERS or before[1].norm.removeprefix("ل") in _MEMBERS)
    )


def _reported_by(tokens: list[Token], start: int) -> bool:
    """Is the institution at `start` the source of the report ("بحسب", "نقلا عن")?"""
    return any(t.bare in SOURCES for t in tokens[max(0, start - 2) : start])


def _named_before(doc: Document, sentence: Sentence, k: int) -> Institution | None:
    """ "اجتماع اللجنة الذي عقد ...": the body named earlier whose noun this is."""
    tokens = sentence.tokens
    if k >= len(tokens) or not tokens[k].definite or tokens[k].prefix:
        return None
    head = tokens[k].core
    if head not in doc.lex.institution_heads:
        return None
    found = None
    for other in doc.sentences:
        for institution in other.people.institutions:
            if other is sentence and institution.start >= k:
                break
            if other.tokens[institution.start].undefined == tokens[k].undefined:
                found = institution  # "مجموعة العمل ..." for "اجتماع المجموعة"
        if other is sentence:
            break
    if found is None:
        return None
    return replace(found, start=k, end=k + 1, met=True)


def received(doc: Document, tokens, kind: str, position: int, start: int) -> bool:
    """Is the person at `start` the one a verb of receiving received, with nothing set
    off between ("استقبل الوزير المتحدث باسم الحزب فلان"; not "التقى فلان علان، وفق ما
    أعلنه المتحدث")? Then even a spokesperson is a party."""
    return (
        kind == "verb"
        and start > position
        and receiving(doc, tokens[position])
        and (
            not any(t.is_punct for t in tokens[position:start])
            or _offices_only_between(doc, tokens, position, start)
        )
    )


# How many words an office of the receiver may take before the spokesperson's: "استقبل
# وزير الإعلام والثقافة، المتحدث الرسمي للحكومة فلان".
_RECEIVER_OFFICE_WORDS = 8


def _offices_only_between(doc: Document, tokens, position: int, start: int) -> bool:
    """Is what stands between the verb and the spokesperson's office one office and a
    comma, the receiver's, who is the spokesperson too? Not "وفق ما أعلنه": a report."""
    between = tokens[position + 1 : start]
    while between and is_title(doc.lex, between[0]):
        between = between[1:]  # "استقبل معالي وزير ..."
    commas = [t for t in between if t.is_punct]
    return (
        len(between) <= _RECEIVER_OFFICE_WORDS
        and len(commas) == 1
        and commas[0].norm in COMMAS
        and between[0] is not commas[0]
        and head(doc.lex, between[0]) is not None
        and not any(
            t.bare in doc.lex.reporting_verbs
            or in_any(t, doc.lex.verbs)
            or t.norm.removeprefix("و") in SOURCES
            or t.norm in doc.lex.given_names  # the receiver named: "استقبل الوزير فلان، بحسب"
            for t in between
        )
    )
