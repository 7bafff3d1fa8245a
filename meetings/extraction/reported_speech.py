"""Whose words tell of a meeting, and who met in them: the speaker of the sentence
before ("وقال فلان ... . وأضاف أنه ناقش مع علان"), one named before a report with no
speaker of its own ("وأفادت مصادر بأنه ناقش خلال لقائه"), and the subject of a reported
clause ("وقال فلان إن علان أجرى مباحثات مع ...")."""

from .clause_subjects import first_named
from .document import Document, Sentence
from .lexicon import Lexicon

# "Of him" after a verb of reporting (normalised): "ونقلت الوكالات عنه القول".
_FROM_HIM = frozenset({"عنه", "عنها"})
_THAT_HE = frozenset({"انه", "بانه", "وانه"})  # normalised: "أنه", "بأنه", "إنه"
_THAT = frozenset({"ان", "بان"})  # normalised: "إن", "أن", "بأن"
# How far back a quotation is followed to its speaker, in sentences.
_QUOTED_SENTENCES = 4


def speaker_before(doc: Document, index: int) -> int | None:
    """Who spoke in the sentence before `index`: its first named person, or, when it
    only ends a quotation opened sentences earlier ("قال فلان إن "... . ... ". جاء ذلك
    خلال اتصال مع علان"), the first named in the sentence that opened it."""
    speaker = first_named(doc, index - 1)
    if speaker is not None or not _closes_quote(doc.sentences[index - 1].text):
        return speaker
    for opening in range(index - 2, max(-1, index - 2 - _QUOTED_SENTENCES), -1):
        if _opens_quote(doc.sentences[opening].text):
            return first_named(doc, opening)
    return None


def speaker_going_on(doc: Document, index: int) -> int | None:
    """Who spoke before `index`, past sentences that go on with what he said and name
    no one ("قال فلان إن ... . وأضاف في حوار مع تلفزيون: "..." . وتابع: "...")."""
    for j in range(index - 1, max(-1, index - 1 - _QUOTED_SENTENCES), -1):
        speaker = first_named(doc, j)
        if speaker is not None:
            return speaker
        tokens = doc.sentences[j].tokens
        if not tokens or tokens[0].bare.removeprefix("و") not in doc.lex.reporting_verbs:
            return None
    return None


def _closes_quote(text: str) -> bool:
    """Does the sentence close a quotation it did not open?"""
    return (
        text.count("»") > text.count("«")
        or text.count("”") > text.count("“")
        or (text.count('"') % 2 == 1 and text.rstrip(" .،").endswith('"'))
    )


def _opens_quote(text: str) -> bool:
    """Does the sentence open a quotation it does not close?"""
    return (
        text.count("«") > text.count("»")
        or text.count("“") > text.count("”")
        or (text.count('"') % 2 == 1)
    )


def he_said(lex: Lexicon, sentence: Sentence, start: int, position: int) -> bool:
    """Does the clause open with a verb of saying whose subject is not named, or is
    only "his office" or a statement, then "أنه" right before the meeting verb
    ("وأضاف بأنه ناقش مع ...", "وقال مكتبه في بيان إنه التقى ...")? Its subject is
    who spoke in the sentence before."""
    tokens = sentence.tokens
    if position - start < 2 or tokens[position - 1].norm not in _THAT_HE:
        return False
    if any(m.start < position for m in sentence.people.mentions + sentence.refs):
        return False
    return tokens[start].bare.removeprefix("و") in lex.reporting_verbs


def in_his_own_words(lex: Lexicon, sentence: Sentence, start: int, position: int) -> bool:
    """Does the clause open with a verb of saying whose subject is not named, and quote
    him telling of "my meeting" ("وتابع: "خلال لقائي بالرئيس فلان ...")? The one who
    met is who spoke in the sentence before."""
    tokens = sentence.tokens
    if not tokens[position].bare.endswith("ي") or position - start > _OWN_WORDS:
        return False
    if any(m.start < position for m in sentence.people.mentions + sentence.refs):
        return False
    verb = tokens[start].bare.removeprefix("و")
    return (verb in lex.reporting_verbs or verb in _WENT_ON) and any(
        t.is_quote or t.norm == ":" for t in tokens[start + 1 : position]
    )


# From the verb of saying to "my meeting": "وتابع: "خلال لقائي".
_OWN_WORDS = 5
# Going on saying, before a quotation (normalised): "وتابع:", "وأردف:".
_WENT_ON = frozenset({"تابع", "اردف", "استطرد"})


def reported_of_one_named_before(
    lex: Lexicon, sentence: Sentence, start: int, position: int
) -> int | None:
    """Does the clause open with a verb of saying whose subject names no one ("وأفادت
    مصادر بأنه ناقش خلال لقائه بعلان"), after someone the sentence named before it
    ("زيارة الرئيس فلان التي بدأها أمس، ...")? "He" is the first of them."""
    tokens = sentence.tokens
    if tokens[start].bare.removeprefix("و") not in lex.reporting_verbs:
        return None
    if not any(t.norm in _THAT_HE for t in tokens[start + 1 : position]):
        return None
    mentions = sentence.people.mentions + sentence.refs
    if any(start <= m.start < position for m in mentions):
        return None  # "وقال فلان إنه ...": who speaks is named
    before = [m for m in mentions if m.end <= start and m.person is not None and not m.kin]
    # the sentence's subject, not one it met ("وصل المبعوث فلان حيث التقى علان، وقالت
    # مصادر إنه اجتمع أيضا مع ..." is of فلان)
    return min(before, key=lambda m: m.start).person if before else None


def quoted_after_his_meeting(sentence: Sentence, start: int, position: int) -> bool:
    """Does the clause quote someone not named in it ("ونقلت الوكالات عنه القول ...")
    and then tell of "his" meeting ("بعد لقائه بوزير الخارجية فلان")? Whose it is is
    the one the sentence before named first."""
    tokens = sentence.tokens
    if not tokens[position].bare.endswith(("ه", "ها")):
        return False
    if any(m.start < position for m in sentence.people.mentions + sentence.refs):
        return False
    return any(t.norm in _FROM_HIM for t in tokens[start:position])


def reported_subject(doc: Document, sentence: Sentence, start: int, position: int) -> int:
    """Where the parties of a verb told in someone's words begin: after "إن" or "أن",
    when its subject is named there ("وقال فلان إن علان أجرى مباحثات مع ...": who
    speaks only reports it); else `start`."""
    tokens = sentence.tokens
    said = next(
        (
            k
            for k in range(start, position)
            if tokens[k].bare.removeprefix("و") in doc.lex.reporting_verbs
        ),
        None,
    )
    if said is None:
        return start
    that = next((k for k in range(position - 1, said, -1) if tokens[k].norm in _THAT), None)
    if that is None:
        return start
    # the reported clause opens on its subject: "إن علان أجرى", "إن الوزير علان بحث"
    opens = any(
        that < m.start <= that + 2 and m.start < position and not m.kin
        for m in sentence.people.mentions + sentence.refs
    )
    return that + 1 if opens else start
