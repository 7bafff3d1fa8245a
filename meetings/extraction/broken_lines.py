"""Lines a page broke in mid-sentence, joined again (see `text.paragraphs`): a line
ending on a comma, a preposition, a given name or an office, or inside a quotation, goes
on in the next; so
does a short line opening with a meeting verb in the past, the way pages break a
sentence at each word they link; and a line opening with the verb's object or an
office's nationality goes on from the line before.
"""

from .encounters import VISITED
from .lexicon import Lexicon, load_lexicon
from .normalize import normalize_arabic
from .phrases import match_phrase
from .tokens import make_token
from .words import IN_TURN, ON_HIS_SIDE, head, is_counterpart, is_title

# A heading is a short line that does not end like a sentence.
HEADING_MAX_WORDS = 16
LONG_HEADING_MAX_WORDS = 30
SENTENCE_FINAL = tuple('.!؟?:»"”)·')
# What opens the item of a list: "- الوزير فلان،".
BULLETS = frozenset("-–•*·")
# Words a sentence cannot end on (normalised): a line ending on one was cut by the page.
_OPEN_ENDS = frozenset(
    {"في", "من", "الي", "علي", "عن", "مع", "بين", "لدي", "و", "ان", "شرق", "غرب", "شمال", "جنوب"}
    | {"ضمن", "حول", "بشان", "خلال", "عبر", "نحو", "تجاه", "ازاء", "حيال"}
    | {"عبد", "بن", "ابن", "ابو", "ال", "قد"}  # "الملك عبد" / "الله الثاني", "وكان فلان، قد"
    | {"وكان", "وكانت"}  # "وكان" / "الرئيس فلان قد استقبل ..."; not "مهرجان كان"
    | {"بالساده", "الساده", "بالسيد", "بالسيده"}  # "ويتعلق الأمر بالسادة" / "فلان سفير ..."
)


# Heads in the plural, which a genitive follows (normalised): "رؤساء الأجهزة".
_PLURAL_HEADS = frozenset(
    normalize_arabic(w)
    for w in ("رؤساء", "وزراء", "قادة", "سفراء", "مديري", "ممثلي", "أعضاء", "مسؤولي")
)


def goes_on(line: str) -> bool:
    """Does the line open with a conjunction on a word, or with the other party's turn
    ("من جهته،", "بدوره،"), as a sentence of the body that goes on from the one before
    does ("وكان", "وأكد", "كما أجرى"), and a title never does?"""
    words = line.split(maxsplit=2)
    first = make_token(words[0])
    if first.norm == "من" and len(words) > 1:
        return normalize_arabic(words[1].rstrip("،,")) in ON_HIS_SIDE
    return (
        (first.prefix.startswith("و") and not first.is_punct)
        or first.norm in _ALSO
        or normalize_arabic(words[0].rstrip("،,")) in IN_TURN
    )


# Words opening a sentence that adds to the one before (normalised).
_ALSO = frozenset({"كما", "ثم"})


def opens_with_a_past_cue(lex: Lexicon, line: str) -> bool:
    """Does the line open with a meeting verb in the past ("استقبل", "وبحث"), or, in a
    line too long for a headline, one that tells a meeting with "مع" after it ("عرض
    فلان مع علان ..."; short, "تبادل وجهات النظر مع" may go on from the line before)?
    Body text opens so; headlines tell in the present ("يبحث")."""
    words = line.split()
    verb = make_token(words[0]).bare.removeprefix("و")
    if verb in lex.agreed_with:
        return len(words) > HEADING_MAX_WORDS and "مع" in words
    return verb in lex.verbs and verb not in lex.imperfect_verbs


def _goes_on_after_a_cue(lex: Lexicon, before: str, line: str) -> bool:
    """Does the line go on with the sentence before it, one that opens with a meeting
    verb in the past ("بحث اللواء فلان في روما مع علان ملفات" / "الهجرة ...")? A new
    sentence opens with a conjunction or a verb, not with what the verb's sentence was
    about."""
    if before.endswith(SENTENCE_FINAL) or not line.endswith(SENTENCE_FINAL):
        return False
    verb = make_token(before.split()[0]).bare.removeprefix("و")
    if not opens_with_a_past_cue(lex, before) or verb in lex.object_verbs:
        return False
    opening = make_token(line.split()[0])
    return opening.definite and not opening.prefix


def unwrapped(lines: list[str]) -> list[str]:
    """Lines a page broke in mid-sentence joined again: a line ending on a comma or on a
    word no sentence or heading ends on, a preposition, a direction, a given name, a rank
    or an office ("... بقائد القوات في شرق" / "ليبيا، اللواء سالم" / "الدرسي، ..."),
    goes on in the next."""
    lex = load_lexicon()
    out: list[str] = []
    carry = ""
    listing = False  # the lines are the items of a list its last line introduced
    for line in lines:
        if (
            carry
            and opens_with_a_past_cue(lex, line)
            and (_ends_on_a_name_word(lex, carry) or opens_with_a_past_cue(lex, carry))
        ):
            # "... بمعبر حدود جابر" / "استقبل الوزير ...": a title ending on a word that
            # may be a given name, then the body's first sentence
            out.append(carry)
            carry = ""
        if line[:1] in BULLETS and out and not carry and (listing or out[-1].endswith(":")):
            # "وحضر الاجتماع من الجانب التونسي:" / "- الوزير فلان،" / "- السفير علان،":
            # the list's items are the sentence that introduced them
            out[-1] = f"{out[-1]} {line}"
            listing = True
            continue
        listing = False
        if out and not carry and _goes_on_after_a_cue(lex, out[-1], line):
            out[-1] = f"{out[-1]} {line}"
            continue
        if (
            out
            and not carry
            and not out[-1].endswith(SENTENCE_FINAL)
            and (_object_opens(line) or _nationality_opens(lex, line))
        ):
            # "التقى الوزير فلان" / "بالسيد علان ...": no sentence opens with the object;
            # "وتسلم رئيس الحكومة الرسالة" / "البحريني فلان": nor with the
            # nationality of an office
            carry = out.pop()
        elif (
            out
            and not carry
            and (_holder_opens(lex, out[-1], line) or _party_opens(lex, out[-1], line))
        ):
            carry = out.pop()
        line = f"{carry} {line}" if carry else line
        last = normalize_arabic(line.split()[-1])
        if not line.endswith(SENTENCE_FINAL) and (
            line.endswith(("،", ","))  # "... محادثات مع فلان في روما،" / "في خضم ..."
            or last in _OPEN_ENDS
            or _ends_on_a_name_word(lex, line)
            or _linked_words_follow(lex, line)
            or _quote_left_open(line)
        ):
            carry = line
            continue
        carry = ""
        out.append(line)
    if carry:
        out.append(carry)
    return out


def _quote_left_open(line: str) -> bool:
    """Does the line open a quotation it does not close ("وقالت البعثة: "إن فلان عقد
    لقاء برئيس مجلس النواب" / "علان في القبة".")? With no stop at its end, the page
    broke the quoted sentence."""
    return (
        line.count('"') % 2 == 1
        or line.count("«") > line.count("»")
        or line.count("“") > line.count("”")
    )


def _linked_words_follow(lex: Lexicon, line: str) -> bool:
    """Is the line the start of a sentence a page broke at each word it links ("زار" /
    "قائد الجيش" / "العماد فلان" / "المملكة العربية السعودية" / "، بدعوة ...")? It opens
    with a meeting verb in the past, as no heading does, and is short with no stop."""
    words = line.split(maxsplit=1)
    if make_token(words[0]).norm in _ALSO and len(words) > 1:
        line = words[1]  # "كما التقى وزير الدفاع مدير دائرة" / "شمال أفريقيا ..."
    first = make_token(line.split(maxsplit=1)[0]).bare
    return len(line.split()) < LONG_HEADING_MAX_WORDS and (
        opens_with_a_past_cue(lex, line) or first in VISITED
    )


def _ends_on_a_name_word(lex: Lexicon, line: str) -> bool:
    """Does the line end on a given name, a rank, an office or an honorific, which a
    name goes on after ("ليبيا، اللواء سالم" / "الدرسي")?"""
    last = normalize_arabic(line.split()[-1])
    if head(lex, make_token(last)) is not None:
        return True  # "... بحضور السفير فلان، وسفير" / "السعودية لدى الكويت"
    if last in lex.institution_heads and not make_token(last).article:
        return True  # "... مدير دائرة" / "شمال أفريقيا": a body's noun wants its genitive
    if last in _PLURAL_HEADS:
        return True  # "... مع رؤساء" / "أجهزة المخابرات العربية"
    return (
        last in lex.given_names
        or last in lex.weak_given_names
        or last in lex.ranks
        or last in lex.heads
        or last in lex.honorifics
    )


def _holder_opens(lex: Lexicon, before: str, line: str) -> bool:
    """Does a line of the body break off after an office's state ("... مع رئيس المرحلة
    الانتقالية في جمهورية مالي") and the next open on a rank or a title ("الجنرال فلان،
    ...")? The name is the holder's: the sentence goes on."""
    words = before.split()
    if before.endswith(SENTENCE_FINAL) or len(words) < HEADING_MAX_WORDS:
        return False
    last = make_token(words[-1])
    first = make_token(line.split(maxsplit=1)[0])
    of_a_state = any(
        (form,) in lex.country_names or (form,) in lex.adjectives for form in (last.norm, last.core)
    )
    return of_a_state and not first.prefix and (first.core in lex.ranks or is_title(lex, first))


def _party_opens(lex: Lexicon, before: str, line: str) -> bool:
    """Does a line of the body break off with no full stop and the next open on "و" and
    an office ("... بين الرئيس الإيراني فلان" / "وأمير دولة قطر الشيخ علان")? The
    second party of the sentence goes on in it. A short line is of the body when it
    opens on a conjunction, as no heading does."""
    if before.endswith(SENTENCE_FINAL):
        return False
    if len(before.split()) < HEADING_MAX_WORDS and not goes_on(before):
        return False
    words = line.split(maxsplit=3)[:3]
    first = make_token(words[0])
    if not first.prefix.startswith("و") or first.is_punct:
        return False
    if head(lex, first) or is_counterpart(lex, first):
        return True
    cores = [first.core, *(make_token(w).core for w in words[1:])]
    return match_phrase(cores, 0, lex.head_phrases, len(cores))[0] > 0  # "وأمير دولة قطر"


def _nationality_opens(lex: Lexicon, line: str) -> bool:
    """Does the line open with a nationality with the article ("الكويتي، الشيخ فلان")?"""
    first = make_token(line.split(maxsplit=1)[0].rstrip("،,"))
    return first.definite and not first.prefix and (first.core,) in lex.adjectives


def _object_opens(line: str) -> bool:
    """Does the line open with a person as the object of a verb before it: a title,
    an office or a counterpart after ب or ل ("بالسيد", "بوزير", "لنظيره")?"""
    lex = load_lexicon()
    first = make_token(line.split(maxsplit=1)[0])
    return first.prefix in ("ب", "ل") and (
        is_title(lex, first) or head(lex, first) is not None or is_counterpart(lex, first)
    )
