"""Separating the story from the page around it, and cutting it into sentences.

News pages scraped to text keep their furniture: breadcrumbs, the headline printed two
or three times, "read also" blocks carrying other stories' headlines, comment forms and
share buttons. The extraction contract says meetings found only there are not the
article's, so they are removed before anything is read.
"""

import re
from dataclasses import dataclass
from functools import cache

from .encounters import VISITED
from .lexicon import Lexicon, load_data, load_lexicon
from .normalize import normalize_arabic
from .phrases import match_phrase
from .published import without_marker
from .tokens import make_token
from .words import head, is_counterpart, is_title

# A period ends a sentence unless it ends a one-letter abbreviation ("أ.د. فلان",
# "م. فلان", "ود. فلان") or sits inside a number; a run of marks ("..", "؟!") ends it once, after
# the last, so that no sentence is a lone mark.
# A middle dot after a word is a full stop on some sites: "... للجزائر· ويتعلق ...".
_SENTENCE_END = re.compile(
    r"(?<=[!؟?])(?![!؟?.])\s*|(?<!(?<!\w)\w\.)(?<!(?<!\w)و\w\.)(?<=\.)(?![\d.!؟?])\s*"
    r"|(?<=\w·)\s+"
)
_TRAILING_PUNCT = re.compile(r"[\s:：\-–—.،,…]+$")
# A heading is a short line that does not end like a sentence.
_HEADING_MAX_WORDS = 16
_LONG_HEADING_MAX_WORDS = 30
_COMMA = re.compile("[،,]")
# A full stop after a word, then more text: a line holding two sentences is no heading
# even when a cut excerpt leaves it without a final stop ("... التقى فلان. وناقش الطرف").
_INNER_SENTENCE_END = re.compile(r"\w{2}[.!؟?]\s+\w")
_SENTENCE_FINAL = tuple('.!؟?:»"”)·')
# What opens the item of a list: "- الوزير فلان،".
_BULLETS = frozenset("-–•*·")
_INLINE_MAX_WORDS = 8
_SITE_NAME_MAX_WORDS = 4
# Words a sentence cannot end on (normalised): a line ending on one was cut by the page.
_OPEN_ENDS = frozenset(
    {"في", "من", "الي", "علي", "عن", "مع", "بين", "لدي", "و", "ان", "شرق", "غرب", "شمال", "جنوب"}
    | {"عبد", "بن", "ابن", "ابو", "ال", "قد"}  # "الملك عبد" / "الله الثاني", "وكان فلان، قد"
    | {"بالساده", "الساده", "بالسيد", "بالسيده"}  # "ويتعلق الأمر بالسادة" / "فلان سفير ..."
)


@dataclass(frozen=True)
class Paragraph:
    text: str
    heading: bool


@cache
def _markers():
    data = load_data("boilerplate.json")
    return (
        frozenset(normalize_arabic(m) for m in data["section"]),
        tuple(normalize_arabic(m) for m in data["inline"]),
        tuple(normalize_arabic(m) for m in data["breadcrumb_words"]),
        tuple(data["breadcrumb_separators"]),
    )


def _is_breadcrumb(norm: str, words: tuple[str, ...], separators: tuple[str, ...]) -> bool:
    return any(norm.startswith(w) for w in words) and any(s in norm for s in separators)


def _opens_section(norm: str, sections: frozenset[str]) -> bool:
    """A line that is only a marker ("شاهد أيضاً"), or a tag line ("كلمات دلالية: ...")."""
    bare = _TRAILING_PUNCT.sub("", norm)
    if bare in sections:
        return True
    head = bare.split(":", 1)[0].strip()
    return ":" in bare and head in sections and len(bare.split()) <= _INLINE_MAX_WORDS


def story_lines(text: str) -> list[str]:
    """The article's own lines, in order, each once."""
    sections, inline, crumbs, separators = _markers()
    kept: list[str] = []
    seen: set[str] = set()
    for raw in without_marker(text).splitlines():
        line = raw.strip()
        if not line:
            continue
        norm = normalize_arabic(line)
        if _opens_section(norm, sections):
            if any(len(k.split()) > _SITE_NAME_MAX_WORDS for k in kept):
                break
            # Above the story, a site's menu ("آخر الأخبار") opens nothing, and what
            # came before it was the site's name ("Lana News", "وكالة الأنباء الليبية").
            kept.clear()
            continue
        if _is_breadcrumb(norm, crumbs, separators):
            continue
        if len(norm.split()) <= _INLINE_MAX_WORDS and norm.startswith(inline):
            continue
        # The headline is often printed again under itself or in the middle of the body.
        key = _TRAILING_PUNCT.sub("", norm)
        if key in seen:
            continue
        seen.add(key)
        kept.append(line)
    return kept


def clean_article_text(text: str) -> str:
    """The story without the page furniture, one paragraph per line."""
    return "\n".join(story_lines(text))


def paragraphs(text: str) -> list[Paragraph]:
    """The cleaned story's paragraphs, telling headings from body text."""
    lex = load_lexicon()
    out = []
    for line in _unwrapped(story_lines(text)):
        words = len(line.split())
        if out and not out[-1].heading and (_goes_on(line) or _attended_it(lex, line)):
            # "وكان الوزير قد ..." or "حضر اللقاء فلان" after the body: more of it, cut
            # short, not a title
            out.append(Paragraph(line, False))
            continue
        # A longer line is a heading still when it has no comma either: "X يبحث مع Y ..
        # ووزير المالية يناقش مع Z"; not when it tells of a meeting in the past, as
        # body text does ("استقبل صباح اليوم الرئيس فلان ... علان" without a stop).
        heading = (
            not line.endswith(_SENTENCE_FINAL)
            and not _INNER_SENTENCE_END.search(line)
            and (
                words < _HEADING_MAX_WORDS
                or (
                    words < _LONG_HEADING_MAX_WORDS
                    and not _COMMA.search(line)
                    and not _opens_with_a_past_cue(lex, line)
                )
            )
        )
        out.append(Paragraph(line, heading))
    return out


def _goes_on(line: str) -> bool:
    """Does the line open with a conjunction on a word, as a sentence of the body that
    goes on from the one before does ("وكان", "وأكد", "كما أجرى"), and a title never
    does?"""
    first = make_token(line.split(" ", 1)[0])
    return (first.prefix.startswith("و") and not first.is_punct) or first.norm in _ALSO


# Words opening a sentence that adds to the one before (normalised).
_ALSO = frozenset({"كما", "ثم"})


def _attended_it(lex: Lexicon, line: str) -> bool:
    """Does the line say who attended the meeting told before it ("حضر اللقاء فلان")?
    A title never refers back to a meeting."""
    words = line.split(maxsplit=2)
    if len(words) < 2:
        return False
    verb, noun = make_token(words[0]), make_token(words[1])
    return verb.bare.removeprefix("و") in lex.attendance and noun.norm in lex.definite_nouns


def _opens_with_a_past_cue(lex: Lexicon, line: str) -> bool:
    """Does the line open with a meeting verb in the past ("استقبل", "وبحث")? Body text
    opens so; headlines tell in the present ("يبحث")."""
    verb = make_token(line.split()[0]).bare.removeprefix("و")
    return verb in lex.verbs and verb not in lex.imperfect_verbs


def _goes_on_after_a_cue(lex: Lexicon, before: str, line: str) -> bool:
    """Does the line go on with the sentence before it, one that opens with a meeting
    verb in the past ("بحث اللواء فلان في روما مع علان ملفات" / "الهجرة ...")? A new
    sentence opens with a conjunction or a verb, not with what the verb's sentence was
    about."""
    if before.endswith(_SENTENCE_FINAL) or not line.endswith(_SENTENCE_FINAL):
        return False
    verb = make_token(before.split()[0]).bare.removeprefix("و")
    if not _opens_with_a_past_cue(lex, before) or verb in lex.object_verbs:
        return False
    opening = make_token(line.split()[0])
    return opening.definite and not opening.prefix


def _unwrapped(lines: list[str]) -> list[str]:
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
            and _opens_with_a_past_cue(lex, line)
            and (_ends_on_a_name_word(lex, carry) or _opens_with_a_past_cue(lex, carry))
        ):
            # "... بمعبر حدود جابر" / "استقبل الوزير ...": a title ending on a word that
            # may be a given name, then the body's first sentence
            out.append(carry)
            carry = ""
        if line[:1] in _BULLETS and out and not carry and (listing or out[-1].endswith(":")):
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
            and not out[-1].endswith(_SENTENCE_FINAL)
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
        if not line.endswith(_SENTENCE_FINAL) and (
            line.endswith(("،", ","))  # "... محادثات مع فلان في روما،" / "في خضم ..."
            or last in _OPEN_ENDS
            or _ends_on_a_name_word(lex, line)
            or _linked_words_follow(lex, line)
        ):
            carry = line
            continue
        carry = ""
        out.append(line)
    if carry:
        out.append(carry)
    return out


def _linked_words_follow(lex: Lexicon, line: str) -> bool:
    """Is the line the start of a sentence a page broke at each word it links ("زار" /
    "قائد الجيش" / "العماد فلان" / "المملكة العربية السعودية" / "، بدعوة ...")? It opens
    with a meeting verb in the past, as no heading does, and is short with no stop."""
    first = make_token(line.split(maxsplit=1)[0]).bare
    return len(line.split()) < _LONG_HEADING_MAX_WORDS and (
        _opens_with_a_past_cue(lex, line) or first in VISITED
    )


def _ends_on_a_name_word(lex: Lexicon, line: str) -> bool:
    """Does the line end on a given name, a rank, an office or an honorific, which a
    name goes on after ("ليبيا، اللواء سالم" / "الدرسي")?"""
    last = normalize_arabic(line.split()[-1])
    if head(lex, make_token(last)) is not None:
        return True  # "... بحضور السفير فلان، وسفير" / "السعودية لدى الكويت"
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
    if before.endswith(_SENTENCE_FINAL) or len(words) < _HEADING_MAX_WORDS:
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
    if before.endswith(_SENTENCE_FINAL):
        return False
    if len(before.split()) < _HEADING_MAX_WORDS and not _goes_on(before):
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


def sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    for piece in _SENTENCE_END.split(paragraph):
        if not piece or not piece.strip():
            continue
        if out and piece.lstrip()[:1] in _BULLETS and _lists(out[-1]):
            # "ضمت الوفود: • فلان، وزير الدفاع. • علان، ...": each item ends on a stop,
            # the list goes on
            out[-1] = out[-1].rstrip().removesuffix(".") + "، " + piece
        elif out and _ends_on_title(out[-1]) and not _goes_on(piece.strip()):
            # "الشيخ. فلان": some outlets put a stop after a title; it ends nothing, unless
            # a new sentence opens after it ("مستشار صاحب الجلالة. وكان ...")
            out[-1] = out[-1].rstrip().removesuffix(".") + " " + piece
        else:
            out.append(piece)
    return out


def _lists(sentence: str) -> bool:
    """Does the sentence introduce a list of bulleted items ("...: • فلان")?"""
    return any(f": {bullet}" in sentence or f":{bullet}" in sentence for bullet in _BULLETS)


def _ends_on_title(sentence: str) -> bool:
    words = sentence.rstrip(". ").rsplit(maxsplit=1)
    return bool(words) and is_title(load_lexicon(), make_token(words[-1]))
