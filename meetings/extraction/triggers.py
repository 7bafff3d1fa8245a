"""Meeting clauses: which clauses of a sentence report a meeting, and which only announce
one.

Adds to each sentence its `clauses`: each clause (cut at "؛" and before a continuation
word such as "كما") that holds a cue (التقى، بحث مع، اجتماع، حضر ...), with the cue's
position and kind (read by `cues`), and whether the meeting is announced rather than
held (`tenses`).
"""

from .cue_times import AFTER, came
from .cues import clause_cue, cue
from .document import Clause, Document
from .lexicon import Lexicon
from .tenses import announced, future_verb
from .tokens import Token, in_any
from .words import COMMAS, GREETINGS, SEQUENCE, head, is_title

_CLAUSE_BREAKS = frozenset({"؛", ";"})
# "Whereupon" (normalised): "رفض فلان استقبال علان ...، مما اضطره إلى عقد اجتماع مع
# زيد": what followed is told in a clause of its own.
_WHEREUPON = frozenset({"مما"})
# Letters of credence (normalised): "أوراق اعتماده".
_PAPERS, _CREDENCE = "اوراق", "اعتماد"
# The noun of signing, without the article, and the verb with the document as its
# object (normalised): two named signers met (see _signing).
_SIGNING = "توقيع"
_SIGNED_IT = frozenset({"وقعها", "وقعه", "وقعهما", "وقعاها", "وقعاه", "امضاها", "امضاه", "امضاهما"})


def find_cues(doc: Document) -> None:
    lex = doc.lex
    attended = False  # the sentence before listed who attended
    for sentence in doc.sentences:
        tokens = sentence.tokens
        listed_after = attended
        attended = False
        for start, end in _clauses(lex, tokens, sentence.people.claimed):
            cue = clause_cue(lex, tokens, start, end, sentence.people.claimed) or _body_met(
                lex, sentence, start, end
            )
            cue = cue or _credentials(lex, tokens, start, end)
            cue = cue or _greetings_conveyed(sentence, start, end)
            cue = cue or _then_another(sentence, start, end)
            signing = _signing(sentence, start, end)
            if signing is not None and (cue is None or (cue[1] == "attendance" and signing < cue)):
                cue = signing  # "وجرى التوقيع بين فلان وعلان، بحضور ..."
            if cue is None:
                continue
            position, kind = cue
            # "ويأتي الاجتماع في إطار ...": the meeting reported, whatever is to come
            planned = not (kind == "definite" and came(tokens, start, position)) and announced(
                lex, tokens, start, position, end
            )
            sentence.clauses.append(Clause(start, end, position, kind, planned))
            attended = kind == "attendance"
        if not sentence.clauses and (
            (listed_after and _other_side(sentence)) or _they_are(sentence)
        ):
            # "وحضر الاجتماع عن الجانب الفلسطيني: ... . وعن الجانب الأردني: ...", "...
            # ويتعلق الأمر بالسادة ...": more attendees, in a sentence with no cue
            sentence.clauses.append(Clause(0, len(tokens), 0, "attendance", False))
            attended = True


def _then_another(sentence, start: int, end: int) -> tuple[int, str] | None:
    """ "حظي فلان باستقبال من الرئيس علان، ثم برئيس الحكومة زيد": after a meeting told by
    a verb, "ثم" and someone named, with the verb's preposition or none, is another
    meeting of the same subject; its verb is the one before."""
    tokens = sentence.tokens
    if not sentence.clauses or sentence.clauses[-1].kind != "verb" or end - start < 3:
        return None
    if tokens[start].norm.removeprefix("و") != "ثم" or tokens[start + 1].prefix not in ("", "ب"):
        return None
    named = any(m.start in (start + 1, start + 2) for m in sentence.people.mentions)
    return (start + 1, "verb") if named else None


# Whose side a list is of (normalised cores): "وعن الجانب الأردني:".
_SIDE = frozenset({"الجانب", "جانب"})
# "They are" (normalised), of the people a meeting was told with: "ويتعلق الأمر بالسادة".
_THEY_ARE = ("يتعلق", "الامر")


def _they_are(sentence) -> bool:
    """Does the sentence open on "ويتعلق الأمر ب..." and name people? It lists those the
    sentence before spoke of ("استقبل الملك عددا من السفراء ... . ويتعلق الأمر بالسادة
    فلان سفير ...، علان سفير ...")."""
    tokens = sentence.tokens
    return (
        len(tokens) > 2
        and tokens[0].norm.removeprefix("و") == _THEY_ARE[0]
        and tokens[1].norm == _THEY_ARE[1]
        and bool(sentence.people.mentions)
    )


def _other_side(sentence) -> bool:
    """Does the sentence open on "(و)عن الجانب" or "(و)من الجانب" and name people?"""
    tokens = sentence.tokens
    return (
        len(tokens) > 2
        and tokens[0].norm.removeprefix("و") in ("عن", "من")
        and tokens[1].core in _SIDE
        and bool(sentence.people.mentions)
    )


def _signing(sentence, start: int, end: int):
    """ "عن توقيع وزيري الداخلية فلان وعلان مذكرة", "وجرى التوقيع بين فلان وعلان",
    "مذكرة ... وقعها فلان وعلان": the signing of two named people is their meeting;
    so is one's signing "with" another named right after it.
    (Its position, "verb"), else None."""
    tokens = sentence.tokens
    for k in range(start, end):
        bare = tokens[k].bare
        signed_it = bare in _SIGNED_IT or (bare[:1] == "و" and bare[1:] in _SIGNED_IT)
        signing = _SIGNING in (tokens[k].core.removeprefix("ال"), tokens[k].norm.removeprefix("ب"))
        if not signing and not signed_it:
            continue
        signers = {m.start for m in sentence.people.mentions if k < m.start < end}
        if len(signers) >= 2:
            return k, "verb"
        # "استهل فلان زيارته بتوقيع اتفاقية مع نظيره علان": a signing with someone
        with_at = next((j for j in range(k + 1, end) if tokens[j].norm == "مع"), None)
        if (
            with_at is not None
            and any(with_at < m.start <= with_at + 2 for m in sentence.people.mentions)
            and any(start <= m.start < k for m in sentence.people.mentions)
        ):
            return k, "verb"
    return None


# Conveying greetings (normalised): "ونقل فلان تحيات الرئيس إلى علان".
_CONVEYING = frozenset({"نقل", "نقلت", "ينقل", "تنقل"})
_GREETINGS = GREETINGS | {"رساله"}  # or a message


def _greetings_conveyed(sentence, start: int, end: int):
    """ "ونقل اللواء فلان تحيات الرئيس علان إلى المشير فلتان": whoever conveys greetings
    to someone named meets them. (The verb's position, "verb"), else None."""
    tokens = sentence.tokens
    for k in range(start, end):
        if tokens[k].bare.removeprefix("و") not in _CONVEYING:
            continue
        greetings = next(
            (j for j in range(k + 1, min(end, k + 6)) if tokens[j].bare in _GREETINGS), None
        )
        if greetings is None:
            return None
        to = next((j for j in range(greetings, end) if tokens[j].norm == "الي"), None)
        if to is not None and any(
            m.start == to + 1 for m in sentence.people.mentions + sentence.refs
        ):
            return k, "verb"
    return None


def _credentials(lex: Lexicon, tokens: list[Token], start: int, end: int):
    """ "تسلم الرئيس فلان أوراق اعتماد سفير ...", "حيث سلمه أوراق اعتماده": letters of
    credence are handed over in person, so receiving or presenting them is meeting.
    (The verb's position, "verb"), else None."""
    papers = next(
        (
            k
            for k in range(start + 1, end - 1)
            if tokens[k].core == _PAPERS
            and tokens[k + 1].core.removeprefix("ال").startswith(_CREDENCE)
        ),
        None,
    )
    if papers is None:
        return None
    for k in range(start, papers):
        if tokens[k].norm in lex.credentials or tokens[k].bare in lex.credentials:
            return k, "verb"
    return None


def _body_met(lex: Lexicon, sentence, start: int, end: int):
    """A body that met on its own: a committee, team or group followed by what it did
    ("اتفق فريق التنسيق الفني المشترك على ...", "اللجنة المشتركة ... ناقشت"): (its
    position, "body"), else None."""
    tokens = sentence.tokens
    for institution in sentence.people.institutions:
        if not start <= institution.start < end or tokens[institution.start].core not in lex.bodies:
            continue
        near = range(max(start, institution.start - 2), min(end, institution.end + 8))
        if any(tokens[k].norm in lex.body_verbs or tokens[k].bare in lex.body_verbs for k in near):
            return institution.start, "body"
    return None


def _clauses(lex: Lexicon, tokens: list[Token], claimed: set[int]) -> list[tuple[int, int]]:
    """The sentence cut at "؛", before a continuation word ("كما") or a report ("وقال"),
    and at the comma before a second verb cue: "عقد لقاء مع نظيره، ... التقى الرئيس"
    reports two meetings, one per clause."""
    bounds, start = [], 0
    comma, verb_seen = None, False
    for k, token in enumerate(tokens):
        reported = token.norm[:1] == "و" and token.norm[1:] in lex.reporting_verbs
        if k > start and (
            (
                token.norm in _CLAUSE_BREAKS
                and not _office_follows(lex, tokens, k)
                and k not in claimed  # "السفيرة البريطانية لدى اليمن؛ فلانة": one mention
            )
            or token.norm in lex.continuation
            or token.norm in _WHEREUPON
            or reported
            or _in_sequence(lex, tokens, k)
        ):
            bounds.append((start, k))
            start, comma, verb_seen = k, None, False
        if k - 1 > start and future_verb(lex, tokens[k - 1]) and cue(lex, token).noun:
            # "بدأ فلان جولة محادثات ... ستتوج بلقاء الملك": the meeting to come is
            # another clause, announced
            bounds.append((start, k - 1))
            start, comma, verb_seen = k - 1, None, False
        if token.norm in COMMAS:
            comma = k
            if verb_seen and _meeting_before_it_follows(lex, tokens, k, claimed):
                # "استقبل فلان علانا، بعد يوم من اتصال جمعه بزيد": that call is
                # another meeting, told in a clause of its own
                bounds.append((start, k))
                start, comma, verb_seen = k, None, False
        elif (found := cue(lex, token)).verb or found.held:
            if (
                found.verb
                and not verb_seen
                and comma is not None
                and _after_a_meeting(lex, tokens, start)
            ):
                # "وبعد اللقاء مع الرئيس، استقبل رئيس الحكومة فلان الضيف": the
                # meeting the clause opens after is told before; the verb tells another
                bounds.append((start, comma))
                start = comma
            elif (
                verb_seen
                and comma is not None
                and comma > start
                and not _told_of_the_same(lex, tokens, k, start)
                and clause_cue(lex, tokens, start, comma, claimed)
            ):
                bounds.append((start, comma))
                start = comma
            elif (
                found.verb
                and not verb_seen
                and k > start
                and not token.prefix
                and not tokens[k - 1].is_punct
                and tokens[k - 1].norm not in lex.particles
                and tokens[k - 1].norm not in lex.definite_nouns  # "إن اللقاء ناقش"
                and clause_cue(lex, tokens, start, k, claimed)
            ):
                # "تبعا للمكالمة التي تمت بين فلان وعلان تلقى فلان اتصالا": the verb
                # after a noun cue and its parties opens a clause of its own
                bounds.append((start, k))
                start = k
            elif (
                found.verb
                and not verb_seen
                and comma is not None
                and comma > start
                and (token.prefix == "و" or comma == k - 1)
                and _announced_before(lex, tokens, start, comma, claimed)
            ):
                # "وصل فلان في زيارة لإجراء مباحثات مع المسؤولين، والتقى نظيره", "في
                # إطار التحضير للاجتماع المقرر عقده العام المقبل، التقى فلان علانا": the
                # meeting announced first is another; the verb after the comma was held
                bounds.append((start, comma))
                start = comma
            elif (
                found.verb
                and not verb_seen
                and k - 1 > start
                and tokens[k - 1].norm == "حيث"
                and _names_someone(tokens, k + 1, claimed)
                and clause_cue(lex, tokens, start, k - 1, claimed)
            ):
                # "وصل إلى طنجة للمشاركة في اجتماع إقليمي، حيث التقى فلان": the one met
                # there is met in a clause of its own ("حيث استقبل بمراسم" names no one)
                bounds.append((start, k - 1))
                start = k - 1
            verb_seen = True
    bounds.append((start, len(tokens)))
    return bounds


def _in_sequence(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "استقبل فلان علانا، وسبقه لقاء مع زيد": a meeting told as before or after
    the one the clause told is another, in a clause of its own."""
    return (
        tokens[k].norm.removeprefix("و") in SEQUENCE
        and k + 1 < len(tokens)
        and cue(lex, tokens[k + 1]).noun
    )


def _announced_before(
    lex: Lexicon, tokens: list[Token], start: int, end: int, claimed: set[int]
) -> bool:
    """Does the clause from start to end hold a cue of a meeting only announced?"""
    found = clause_cue(lex, tokens, start, end, claimed)
    return found is not None and announced(lex, tokens, start, found[0], end)


def _after_a_meeting(lex: Lexicon, tokens: list[Token], start: int) -> bool:
    """Does the clause open with "after the meeting" ("وبعد اللقاء مع ...")?"""
    k = start + 1 if tokens[start].is_punct else start
    return (
        k + 1 < len(tokens)
        and tokens[k].norm.removeprefix("و") in AFTER
        and in_any(tokens[k + 1], lex.definite_nouns) is not None
    )


# What may stand between "بعد" and the meeting it names: "بعد ساعات من مكالمة".
_SPAN_WORDS = 3


def _meeting_before_it_follows(
    lex: Lexicon, tokens: list[Token], comma: int, claimed: set[int]
) -> bool:
    """Does an earlier meeting with people of its own follow the comma ("، بعد ساعات من
    مكالمة جمعته بفلان", "، عقب لقاء مع فلان")? Not the meetings a body's work was
    made of: "أنهت اللجنة أعمالها في نيامي، بعد سلسلة لقاءات"."""
    k = comma + 1
    if k >= len(tokens) or tokens[k].norm.removeprefix("و") not in AFTER:
        return False
    if not any(
        cue(lex, t).noun and not t.definite and not t.prefix.startswith("ل")
        for t in tokens[k + 1 : k + 2 + _SPAN_WORDS]
    ):
        return False
    end = next((i for i in range(k, len(tokens)) if tokens[i].norm in COMMAS), len(tokens))
    return any(i in claimed for i in range(k, end))


def _names_someone(tokens: list[Token], k: int, claimed: set[int]) -> bool:
    """Is a person named from k up to the next punctuation?"""
    end = next((i for i in range(k, len(tokens)) if tokens[i].is_punct), len(tokens))
    return any(i in claimed for i in range(k, end))


def _told_of_the_same(lex: Lexicon, tokens: list[Token], k: int, start: int) -> bool:
    """Does the verb at k go on about the meeting before it ("تلقى فلان، اتصالا من علان
    بحثا خلاله ...", "بحث الجانبان"), or say again the verb that opened the clause after
    a long subject ("التقى الفريق فلان قائد القوات، التقى بأوغندا علانا")? Then it opens
    no clause of its own."""
    if k + 1 < len(tokens) and tokens[k + 1].norm in lex.backreferences:
        return True
    return (
        tokens[start].norm == tokens[k].norm
        and tokens[k - 1].norm in COMMAS  # not "، وأمس التقى": a second meeting
        and not any(t.norm == "مع" or t.prefix.endswith("ب") for t in tokens[start + 1 : k])
    )


def _office_follows(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "فلان؛ قائد أركان الجيش، وعلان؛ ...", "كلا من: السفير فلان، سفير مالطا؛ والسفير
    علان، ...": in a list of people, a semicolon sets each name apart from its office,
    or one person from the next, and ends no clause."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return head(lex, after) is not None or is_title(lex, after)
