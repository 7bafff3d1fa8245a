"""Tokens with the normalised forms the lexicons are looked up by.

Arabic writes conjunctions and prepositions as prefixes (ووزير، بطرابلس، للجيش), so each
token also carries its form without them. A prefix is only split off when what remains
is a word the lexicons know or carries the article, so words that merely begin with
those letters (وزير، ليبيا، بنغازي، وثيقة) stay whole.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from camel_tools.tokenizers.word import simple_word_tokenize

from .lexicon import load_lexicon
from .normalize import TATWEEL, normalize_arabic, western_digits

QUOTES = frozenset("«»\"“”„'‘’()[]")
_PUNCT = re.compile(r"^[^\w]+$")
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"
# Hyphenated words ("ماري-لويز") are one name word; camel-tools would split them.
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]{2,}(?:-[^\W\d_]{2,})+(?![\w-])")
_HAMZA_ALEFS = frozenset("أإآ")
# (The alef a tanween is written before, "اجتماعًا", ends the word with it.)
_RUN_TOGETHER = re.compile("([\u064b-\u064d]ا?)(?!ا)(?=[\u0621-\u064a])")
# Teh marbuta ends a word: one right before a letter ends a word run into the next
# ("العراقيةبغداد", "الولاياتالمتحدةالأمريكية").
_AFTER_TEH_MARBUTA = re.compile("\u0629(?=[\u0621-\u064a])")
# An office's head run into the article of its portfolio ("وزيرالمواصلات"): two words.
# Looked for first without the letters around it: rare, and a pattern opening on a
# lookbehind is tried at every character.
_GLUED_HEADS = "(?:وزير|رئيس|سفير|مدير|قائد|محافظ|نائب|وكيل)"
_MAYBE_GLUED_HEAD = re.compile(_GLUED_HEADS + "ال")
_GLUED_HEAD = re.compile(f"(?<![\u0621-\u064a])([وفبل]?{_GLUED_HEADS})(?=ال[\u0621-\u064a]{{3,}})")
# A prefix stretched with tatweel and set apart from its word by a space or a quote
# ("لـ"إجراء مشاورات"", "بـ تعزيز"): written onto it, the quote before them both.
_STRETCHED_PREFIX = re.compile(
    f'(?<![\u0621-\u064a])([وف]?[لبك]){TATWEEL}+ ?(["«“]*)(?=[\u0621-\u064a])'
)
# An Arabic word and a Latin one with no space between ("الإيطاليMatteo"): two words.
_SCRIPTS_RUN_TOGETHER = re.compile(
    "(?<=[\u0621-\u064a])(?=[A-Za-z])|(?<=[A-Za-z])(?=[\u0621-\u064a])"
)
_LATIN_LETTER = re.compile("[A-Za-z]")


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written
    norm: str  # normalised
    bare: str  # without a leading و/ف
    core: str  # also without a leading ب/ل/ك (لل becomes ال)
    prefix: str  # the letters removed to get `core`
    # `core` opens with the article as written: "إلغاء" and "الغاء" normalise alike,
    # but a hamza on the alef is never the article.
    article: bool
    # Read often, so worked out once when the token is made (see `make_token`):
    is_punct: bool
    is_quote: bool
    definite: bool  # the article on a word of more than one letter after it
    forms: tuple[str, ...]  # (norm, bare, core), the forms the lexicons are looked up by
    undefined: str  # `core` without the article: the form a name word is compared by


# Egyptian spelling seats the hamza of these stems on ya ("الشئون", "المسئول"), and some
# pages drop it ("الشوون"), where the lexicons, like most outlets, write it on waw.
_HAMZA_SPELLINGS = (("شئون", "شؤون"), ("شوون", "شؤون"), ("مسئول", "مسؤول"))


@lru_cache(maxsize=200_000)
def make_token(text: str) -> Token:
    # Tatweel only stretches a word on the page ("خالـد"): names, offices and places
    # are published without it.
    text = text.replace(TATWEEL, "") or text
    norm = normalize_arabic(western_digits(text))
    for written, usual in _HAMZA_SPELLINGS:
        norm = norm.replace(written, usual)
    prefix, core = _split_prefix(norm)
    bare = norm[1:] if prefix[:1] in ("و", "ف") and prefix else norm
    letters = [ch for ch in text if ch.isalpha()]
    article = (
        core.startswith("ال")
        and (len(letters) <= len(prefix) or letters[len(prefix)] not in _HAMZA_ALEFS)
        # "اليساندرو", "اليزابيث": a foreign given name whose first letters only look
        # like the article
        and not (len(core) >= 6 and core in load_lexicon().foreign_given_names)
    )
    definite = article and len(core) > 3
    return Token(
        text,
        norm,
        bare,
        core,
        prefix,
        article,
        is_punct=not norm or _PUNCT.match(norm) is not None,
        is_quote=norm in QUOTES,
        definite=definite,
        forms=(norm, bare, core),
        undefined=core[2:] if definite else core,
    )


def _split_prefix(norm: str) -> tuple[str, str]:
    lex = load_lexicon()
    if len(norm) < 3 or lex.knows(norm):
        return "", norm
    candidates = []
    rest = norm
    if rest[0] in _CONJUNCTIONS:
        rest = rest[1:]
        candidates.append((norm[0], rest))
    # "ك" ("as") on a word of three letters is more often a name's own letter: "كلاس"
    if len(rest) > 2 and rest[0] in _PREPOSITIONS and not (rest[0] == "ك" and len(rest) <= 4):
        core = "ال" + rest[2:] if rest.startswith("لل") else rest[1:]
        if rest.startswith("لل") and not lex.knows(core) and lex.knows("ال" + rest[1:]):
            core = "ال" + rest[1:]  # "للجنة": ل + اللجنة, a word that starts with ل
        candidates.append((norm[: len(norm) - len(rest) + 1], core))
    for prefix, core in candidates:
        if lex.knows(core):
            return prefix, core  # the shorter prefix first: "وكبيرة" is و + كبيرة, no وك
    for prefix, core in reversed(candidates):
        if core.startswith("ال") and len(core) > 3:
            return prefix, core
    return "", norm


def tokenize(text: str) -> list[Token]:
    # Tanween only ends a word: "اتصالاًهاتفياً" is two words run together.
    text = _RUN_TOGETHER.sub(r"\1 ", text)
    if _LATIN_LETTER.search(text):
        text = _SCRIPTS_RUN_TOGETHER.sub(" ", text)
    text = _AFTER_TEH_MARBUTA.sub("\u0629 ", text)
    if TATWEEL in text:
        text = _STRETCHED_PREFIX.sub(r"\2\1", text)
    if _MAYBE_GLUED_HEAD.search(text):
        text = _GLUED_HEAD.sub(r"\1 ", text)
    tokens: list[Token] = []
    position = 0
    for match in _HYPHENATED.finditer(text):
        tokens += _split(text[position : match.start()])
        tokens.append(make_token(match.group()))
        position = match.end()
    tokens += _split(text[position:])
    return tokens


def _split(text: str) -> list[Token]:
    return [token for word in text.split() for token in _word_tokens(word)]


@lru_cache(maxsize=200_000)
def _word_tokens(word: str) -> tuple[Token, ...]:
    """camel-tools' tokens of one white-space-separated word. Its tokeniser reads each
    such word on its own, a regular expression at every character, so a word met again
    is not read again."""
    return tuple(make_token(w) for w in simple_word_tokenize(word))


def in_any(token: Token, table) -> str | None:
    """The first of the token's forms found in `table`."""
    for form in token.forms:
        if form in table:
            return form
    return None


def forget_words() -> None:
    """Empty the caches of words read so far (for measuring how new text is read)."""
    make_token.cache_clear()
    _word_tokens.cache_clear()
