"""Multi-word entries of the lexicons: their normalised token tuples, tables of them,
and the longest entry starting at a token."""

from collections.abc import Iterable
from typing import TYPE_CHECKING

from camel_tools.tokenizers.word import simple_word_tokenize

from .normalize import normalize_arabic

if TYPE_CHECKING:  # tokens reads the lexicons, which are built of these tables
    from .tokens import Token

Phrase = tuple[str, ...]


def phrase_key(text: str) -> Phrase:
    """The normalised token tuple of a lexicon entry."""
    return tuple(normalize_arabic(token) for token in simple_word_tokenize(text))


class PhraseTable(dict):
    """Phrases to values, with the set of first words: most tokens start no phrase, and
    one set lookup saves trying every length."""

    firsts: frozenset[str] = frozenset()


def phrase_table(pairs: Iterable[tuple[str, str | None]]) -> PhraseTable:
    """Entries keyed as written and, for "للهجرة"-style words and words after "و", as
    the token's `core` ("الهجرة"), so a name is found whichever form the text gives
    its words."""
    table = PhraseTable()
    for text, value in pairs:
        key = phrase_key(text)
        if key:
            table.setdefault(key, value)
            table.setdefault(tuple("ال" + w[2:] if w.startswith("لل") else w for w in key), value)
            # "الساحل والصحراء": the token's `core` of "والصحراء" is "الصحراء"
            table.setdefault(tuple(w[1:] if w.startswith("وال") else w for w in key), value)
    table.firsts = frozenset(key[0] for key in table)
    return table


def match_phrase(
    norms: list[str], start: int, table: PhraseTable, max_len: int
) -> tuple[int, object]:
    """Longest entry of `table` starting at `norms[start]`: (length, value), or (0, None)."""
    if start >= len(norms) or norms[start] not in table.firsts:
        return 0, None
    for length in range(min(max_len, len(norms) - start), 0, -1):
        key = tuple(norms[start : start + length])
        if key in table:
            return length, table[key]
    return 0, None


def match_body(
    tokens: "list[Token]", start: int, end: int, table: PhraseTable, max_len: int
) -> tuple[int, object]:
    """Longest entry starting at tokens[start] (and ending by `end`), its words read as
    their cores ("لشؤون الهجرة"), as written ("المنظمة الدولية للهجرة"), or the first as
    its core and the rest as written ("لمجلس التعاون لدول الخليج" after an office):
    (length, value), or (0, None)."""
    first = tokens[start]
    if first.core not in table.firsts and first.norm not in table.firsts:
        return 0, None
    stop = min(end, start + max_len)
    cores = [t.core for t in tokens[start:stop]]
    norms = [t.norm for t in tokens[start:stop]]
    candidates = (cores, norms, [cores[0], *norms[1:]])
    return max((match_phrase(words, 0, table, max_len) for words in candidates), key=lambda m: m[0])
