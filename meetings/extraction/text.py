"""Separating the story from the page around it, and cutting it into sentences.

News pages scraped to text keep their furniture: breadcrumbs, the headline printed two
or three times, "read also" blocks carrying other stories' headlines, comment forms and
share buttons. The extraction contract says meetings found only there are not the
article's, so they are removed before anything is read.
"""

import re
from dataclasses import dataclass
from functools import cache

from .broken_lines import (
    BULLETS,
    HEADING_MAX_WORDS,
    LONG_HEADING_MAX_WORDS,
    SENTENCE_FINAL,
    goes_on,
    opens_with_a_past_cue,
    unwrapped,
)
from .lexicon import Lexicon, load_data, load_lexicon
from .normalize import normalize_arabic
from .published import without_marker
from .tokens import in_any, make_token, tokenize
from .words import SPELT_INITIALS, is_title

# A period ends a sentence unless it ends a one-letter abbreviation ("أ.د. فلان",
# "م. فلان", "ود. فلان") or sits inside a number; a run of marks ("..", "؟!") ends it once, after
# the last, so that no sentence is a lone mark.
# A middle dot after a word is a full stop on some sites: "... للجزائر· ويتعلق ...".
_SENTENCE_END = re.compile(
    r"(?<=[!؟?])(?![!؟?.])\s*|(?<!(?<!\w)\w\.)(?<!(?<!\w)و\w\.)(?<=\.)(?![\d.!؟?])\s*"
    r"|(?<=\w·)\s+"
)
# What a line's end may carry after its words (a normalised line's only white space is
# single spaces between words).
_TRAILING_PUNCT = " :：-–—.،,…"
# A longer line is a heading still when it has no comma either (see `paragraphs`).
_COMMA = re.compile("[،,]")
# A full stop after a word, then more text: a line holding two sentences is no heading
# even when a cut excerpt leaves it without a final stop ("... التقى فلان. وناقش الطرف").
_INNER_SENTENCE_END = re.compile(r"\w{2}[.!؟?]\s+\w")
_INLINE_MAX_WORDS = 8
_SITE_NAME_MAX_WORDS = 4
_STOPS = (".", "!", "؟", "?", "…")


@dataclass(frozen=True)
class Paragraph:
    text: str
    heading: bool


# Space before a marker's colon or dash, written or not: "كتب : فلان" is "كتب: فلان".
_SPACE_BEFORE_MARK = re.compile(r"\s+(?=[:\-–])")


@cache
def _markers():
    data = load_data("boilerplate.json")
    return (
        frozenset(normalize_arabic(m) for m in data["section"]),
        tuple(_SPACE_BEFORE_MARK.sub("", normalize_arabic(m)) for m in data["inline"]),
        tuple(normalize_arabic(m) for m in data["breadcrumb_words"]),
        tuple(data["breadcrumb_separators"]),
        tuple(data["feed_footers"]),
    )


def _is_breadcrumb(norm: str, words: tuple[str, ...], separators: tuple[str, ...]) -> bool:
    return any(norm.startswith(w) for w in words) and any(s in norm for s in separators)


def _opens_section(norm: str, sections: frozenset[str]) -> bool:
    """A line that is only a marker ("شاهد أيضاً"), or a tag line ("كلمات دلالية: ...")."""
    bare = norm.rstrip(_TRAILING_PUNCT)
    if bare in sections:
        return True
    head = bare.split(":", 1)[0].strip()
    return ":" in bare and head in sections and len(bare.split()) <= _INLINE_MAX_WORDS


def _told(line: str) -> bool:
    """A line of the story's body: a sentence ending on a stop, one opening with a
    meeting verb in the past, or one too long for a headline; not a headline or a site's
    name."""
    words = len(line.split())
    return (
        words > LONG_HEADING_MAX_WORDS
        or (words > _SITE_NAME_MAX_WORDS and line.rstrip().endswith(_STOPS))
        or opens_with_a_past_cue(load_lexicon(), line)
    )


def story_lines(text: str) -> list[str]:
    """The article's own lines, in order, each once."""
    sections, inline, crumbs, separators, footers = _markers()
    kept: list[str] = []
    seen: set[str] = set()
    for raw in without_marker(text).splitlines():
        line = raw.strip()
        if not line:
            continue
        norm = normalize_arabic(line)
        if any(footer in line for footer in footers):
            break  # "The post ... first appeared on ...": a feed's credit ends the story
        if _opens_section(norm, sections):
            if any(_told(k) for k in kept):
                break
            # Above the story, a site's menu ("آخر الأخبار", "قد يعجبك أيضا") opens
            # nothing, and what came before it was the site's name ("Lana News") or a
            # headline the page prints again above the story.
            kept.clear()
            seen.clear()
            continue
        if _is_breadcrumb(norm, crumbs, separators):
            continue
        short = len(norm.split()) <= _INLINE_MAX_WORDS
        if short and _SPACE_BEFORE_MARK.sub("", norm.lstrip("( ")).startswith(inline):
            continue  # also in brackets: "(آخر تعديل 2024-04-06 20:56)"; "كتب : فلان"
        # The headline is often printed again under itself or in the middle of the body.
        key = norm.rstrip(_TRAILING_PUNCT)
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
    for line in unwrapped(story_lines(text)):
        words = len(line.split())
        if out and not out[-1].heading and (goes_on(line) or _attended_it(lex, line)):
            # "وكان الوزير قد ..." or "حضر اللقاء فلان" after the body: more of it, cut
            # short, not a title
            out.append(Paragraph(line, False))
            continue
        # A longer line is a heading still when it has no comma either: "X يبحث مع Y ..
        # ووزير المالية يناقش مع Z"; not when it tells of a meeting in the past, as
        # body text does ("استقبل صباح اليوم الرئيس فلان ... علان" without a stop).
        heading = (
            not line.endswith(SENTENCE_FINAL)
            and not _INNER_SENTENCE_END.search(line)
            and (
                words < HEADING_MAX_WORDS
                or (
                    words < LONG_HEADING_MAX_WORDS
                    and not _COMMA.search(line)
                    and not opens_with_a_past_cue(lex, line)
                )
            )
        )
        out.append(Paragraph(line, heading))
    return out


def _attended_it(lex: Lexicon, line: str) -> bool:
    """Does the line say who attended the meeting told before it ("حضر اللقاء فلان")?
    A title never refers back to a meeting."""
    words = line.split(maxsplit=2)
    if len(words) < 2:
        return False
    verb, noun = make_token(words[0]), make_token(words[1])
    return verb.bare.removeprefix("و") in lex.attendance and noun.norm in lex.definite_nouns


def sentences(paragraph: str) -> list[str]:
    out: list[str] = []
    for piece in _SENTENCE_END.split(paragraph):
        if not piece or not piece.strip():
            continue
        if out and piece.lstrip()[:1] in BULLETS and _lists(out[-1]):
            # "ضمت الوفود: • فلان، وزير الدفاع. • علان، ...": each item ends on a stop,
            # the list goes on
            out[-1] = out[-1].rstrip().removesuffix(".") + "، " + piece
        elif out and _ends_on_initial(out[-1]):
            # "إس. جايشانكار": a Latin initial spelt out in Arabic letters, then its stop
            out[-1] = out[-1] + " " + piece
        elif out and _goes_on_the_clause(piece):
            # "بحث الشيخ فلان، وزير الخارجية. خلال اتصال هاتفي مع علان ...", "التقى
            # فلان علان. بمقر القيادة العامة في بنغازي.": a stop cuts a clause here, not
            # a sentence
            out[-1] = out[-1].rstrip().removesuffix(".") + " " + piece
        elif out and _ends_on_title(out[-1]) and not goes_on(piece.strip()):
            # "الشيخ. فلان": some outlets put a stop after a title; it ends nothing, unless
            # a new sentence opens after it ("مستشار صاحب الجلالة. وكان ...")
            out[-1] = out[-1].rstrip().removesuffix(".") + " " + piece
        else:
            out.append(piece)
    return out


# What goes on a clause after a stop: "خلال" (not "وخلال") and a call or a meeting,
# or a venue with no verb of its own ("بمقر القيادة العامة في بنغازي، بحضور ..."), not
# a new sentence's opening phrase ("خلال شهر مارس الماضي، زار ...", "في قصر بعبدا،
# استقبل ...").
_DURING_A_MEETING = re.compile(
    r"^\s*(?:خلال|أثناء|اثناء) (?:ال)?(?:اتصال|مكالمة|لقاء|اجتماع|مباحثات|محادثات)"
)
_VENUE = re.compile(r"^\s*(?:بمقر|في مقر|بقصر|في قصر) ")


def _goes_on_the_clause(piece: str) -> bool:
    if _DURING_A_MEETING.match(piece):
        return True
    if not _VENUE.match(piece):
        return False
    lex = load_lexicon()
    return not any(in_any(t, lex.verbs) or in_any(t, lex.held_verbs) for t in tokenize(piece))


def _lists(sentence: str) -> bool:
    """Does the sentence introduce a list of bulleted items ("...: • فلان")?"""
    return any(f": {bullet}" in sentence or f":{bullet}" in sentence for bullet in BULLETS)


def _ends_on_initial(sentence: str) -> bool:
    """Does the sentence end on a spelt Latin initial and its stop (" إس.")?"""
    stripped = sentence.rstrip()
    if not stripped.endswith("."):
        return False
    words = stripped[:-1].rsplit(maxsplit=1)
    return bool(words) and normalize_arabic(words[-1]) in SPELT_INITIALS


def _ends_on_title(sentence: str) -> bool:
    words = sentence.rstrip(". ").rsplit(maxsplit=1)
    return bool(words) and is_title(load_lexicon(), make_token(words[-1]))
