"""Whether a clause tells of another meeting than the one before, for `grouping`: one a
relative clause gives parties of its own ("عقب المباحثات التي جمعت فلان بعلان"), the
last one between people, "another" or "a like one", one it came after or before, and
one of another day, of a time gone by or in another city ("وكان فلان قد التقى علان").
"""

from .cue_times import AFTER
from .document import Clause, Document, Event, Sentence
from .lexicon import Lexicon
from .place_time import clause_date, time_gone_by
from .places import clause_place, subject_words
from .tokens import Token, in_any
from .words import RELATIVES, WAS


def another_told(tokens: list[Token], position: int, mentions, current) -> bool:
    """Does a definite meeting noun tell its own parties, all new, in a relative clause
    ("تبعا للمكالمة التي تمت بتاريخ ... بين فلان وعلان", "عقب المباحثات التي جمعت
    فلان بعلان")? Then it is another meeting, not the one before."""
    named = {m.person for m in mentions}
    if current is None or not named or not named.isdisjoint(current.persons):
        return False
    first = min(m.start for m in mentions)
    relative = next(
        (k for k in range(position + 1, min(position + 4, first)) if tokens[k].norm in RELATIVES),
        None,
    )
    return relative is not None and any(
        t.norm == "بين" or t.bare.startswith("جمع") for t in tokens[relative:first]
    )


# An earlier meeting (normalised): "الاجتماع الأخير بين فلان وعلان".
_EARLIER_ONE = frozenset({"الاخير", "الاخيره", "السابق", "السابقه", "الماضي", "الماضيه"})


def the_last_one_between(tokens: list[Token], position: int, end: int) -> bool:
    """Does a definite meeting noun name an earlier meeting between people ("خلال
    الاجتماع الأخير بين المفوض فلان ونائب الرئيس في بروكسل")? Then it is that
    one, whoever of this meeting's people took part in it."""
    after = tokens[position + 1 : min(end, position + 4)]
    return bool(after) and after[0].norm in _EARLIER_ONE and any(t.norm == "بين" for t in after[1:])


# Another meeting, or one like it (normalised): "اتصال آخر", "اتصال مماثل".
_OTHER = frozenset({"اخر", "اخري", "ثان", "ثاني", "ثانيه", "مماثل", "مماثله", "شبيه", "شبيهه"})


def another_noun(lex: Lexicon, tokens: list[Token], position: int, end: int) -> bool:
    """Does the clause go on to tell of another meeting ("وجاء الاتصال عقب اتصال آخر
    أجراه فلان مع علان", "بعد آخر شبيه بين فلان وعلان")? Then its parties are that
    one's."""
    for k in range(position + 1, min(end, len(tokens))):
        if tokens[k].core not in _OTHER:
            continue
        if tokens[k - 1].norm == "بعد":
            return True  # "ويأتي هذا اللقاء بعد آخر شبيه بين فلان وعلان"
        if any(in_any(t, lex.nouns) for t in tokens[max(position + 1, k - 2) : k]):
            return True
    return False


def came_after_another(lex: Lexicon, tokens: list[Token], position: int, end: int) -> bool:
    """Does the meeting noun go on to one it came after, named by a meeting noun of its
    own ("ويأتي اللقاء بعد يومين من محادثات عقدها فلان مع علان", "وجاء اللقاء عقب
    اجتماع فلان بعلان")? Then the clause's parties are that one's."""
    for k in range(position + 1, min(end, position + 3)):
        if tokens[k].norm in AFTER:
            # "بعد 3 أيام من استقبال فلان علان": a number of days may come between
            return any(
                not t.definite and (t.norm in lex.nouns or t.bare in lex.nouns)
                for t in tokens[k + 1 : min(end, k + 5)]
            )
    return False


def before_it(lex: Lexicon, tokens: list[Token], start: int, position: int, end: int) -> bool:
    """Does the clause open with what came before the meeting it names, and tell it with
    a verb of its own ("وقبل هذا الاتصال كان فلان قد التقى علان")? Then that verb's
    meeting is another."""
    return any(tokens[k].norm in ("قبل", "وقبل") for k in range(start, position)) and any(
        in_any(t, lex.verbs) for t in tokens[position + 1 : end]
    )


def another_day(doc: Document, event: Event, sentence: Sentence, clause: Clause) -> bool:
    """Does a clause state a day other than the meeting's ("وكان X قد التقى Y الأربعاء
    الماضي")? Then it reports another meeting of the same people."""
    if not (event.date_found and event.date):
        return False
    position = clause.position
    tokens = sentence.tokens[clause.start : min(clause.end, position + 3)]
    if any(in_any(t, doc.lex.definite_nouns) for t in tokens):
        return False  # "ناقش الاجتماع": the meeting before, as reported another day
    found = clause_date(doc, sentence, position, clause.end)
    return found.date is not None and found.date != event.date


def earlier(doc: Document, event: Event, sentence: Sentence, start, position, end) -> bool:
    """Does a clause tell of an earlier meeting of the same people ("وكان X قد التقى Y
    في أثينا"): a pluperfect, a time gone by that the meeting's sentence does not name
    ("واستقبله منتصف شهر جويلية الماضي"), or a city other than the meeting's?"""
    tokens = sentence.tokens
    before = [t.norm for t in tokens[start:position]]
    if "قد" in before and any(w.lstrip("و") in WAS for w in before):
        return True
    if time_gone_by(tokens[start:end]) and not time_gone_by(doc.sentences[event.sentence].tokens):
        return True
    if event.place is None or event.remote:
        return False
    subject = subject_words(doc, sentence, position, end)
    place, _ = clause_place(doc, sentence, position, end, subject)
    return place is not None and place != event.place
