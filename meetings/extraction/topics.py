"""What each meeting is about: topic codes from cue words in its sentences.

`topic_patterns` compiles the cue words once per set of cues; `find_topics` adds to
each event its `topics`, the codes whose cue occurs in the content of the event's
sentences (their words without the people and the parties, see `Sentence.content`).
"""

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from .document import Document, Event
from .normalize import normalize_arabic


def find_topics(doc: Document) -> None:
    for event in doc.events:
        if not event.is_meeting:
            continue  # the others are no meetings: nothing is told of what they are about
        text = topic_text(doc, event)
        event.topics = tuple(code for code, pattern in doc.topic_patterns if pattern.search(text))


def topic_text(doc: Document, event: Event) -> str:
    """What a meeting's topics are read from: its sentences' content, in order."""
    return " ".join(doc.sentences[i].content for i in sorted(set(event.scope)))


def topic_patterns(
    defaults: Mapping[str, Sequence[str]],
    given: Mapping[str, Sequence[str]] | None,
    qualifiers: Mapping[str, Sequence[str]] | None = None,
) -> tuple[tuple[str, "CuePattern"], ...]:
    """One pattern per topic, for the package's cue words (`defaults`) extended by the
    `given` ones. A cue followed by one of its topic's `qualifiers`, next or one word
    on, is another topic's: "علاقات التعاون العسكري" are military relations."""
    return _compiled(_freeze(_merged_cues(defaults, given)), _freeze(qualifiers or {}))


def _merged_cues(
    defaults: Mapping[str, Sequence[str]], given: Mapping[str, Sequence[str]] | None
) -> Mapping[str, Sequence[str]]:
    if not given:
        return defaults
    merged = {code: tuple(cues) for code, cues in defaults.items()}
    for code, cues in given.items():
        merged[code] = tuple(dict.fromkeys([*merged.get(code, ()), *cues]))
    return merged


def _freeze(topic_cues: Mapping[str, Sequence[str]]) -> tuple:
    return tuple((code, tuple(cues)) for code, cues in topic_cues.items())


@lru_cache(maxsize=8)
def _compiled(topic_cues: tuple, qualifiers: tuple) -> tuple[tuple[str, "CuePattern"], ...]:
    """One pattern per topic: any cue at a word start, after an optional و/ف and ب/ل/ك,
    and not followed by one of the topic's qualifiers."""
    qualified = dict(qualifiers)
    patterns = []
    for code, cues in topic_cues:
        forms = set()
        for cue in cues:
            norm = normalize_arabic(cue)
            if not norm:
                continue
            forms.add(norm)
            if norm.startswith("ال"):
                forms.add("لل" + norm[2:])
        if forms:
            alternation = _trie(forms)
            unless = ""
            if words := [re.escape(normalize_arabic(w)) for w in qualified.get(code, ())]:
                unless = rf"(?!(?:\s+\S+)?\s+(?:{'|'.join(words)})(?!\w))"
            patterns.append((code, CuePattern(re.compile(rf"(?:{alternation}){unless}"))))
    return tuple(patterns)


def _trie(words: set[str]) -> str:
    """The words as one alternation that shares their common openings ("ال(?:أمن|تعاون)"):
    an alternation of whole words is tried word by word at every place it may start."""
    root: dict = {}
    for word in words:
        node = root
        for character in word:
            node = node.setdefault(character, {})
        node[""] = {}  # a word ends here

    def alternation(node: dict) -> str:
        branches = [re.escape(c) + alternation(node[c]) for c in sorted(c for c in node if c)]
        if not branches:
            return ""
        if "" in node:
            return f"(?:{'|'.join(branches)})?"  # longer words first, then this one
        return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"

    return alternation(root)


_WORD_CHARACTER = re.compile(r"\w")


class CuePattern:
    """A topic's cues, found at a word's start, after an optional و/ف and ب/ل/ك.

    The cues are searched for alone and the letters before each checked after: a
    pattern opening on a lookbehind and optional letters is tried at every character
    of the text, which was most of the time the topics pass took."""

    def __init__(self, cues: re.Pattern):
        self.cues = cues

    def search(self, text: str) -> re.Match | None:
        position = 0
        while (match := self.cues.search(text, position)) is not None:
            if _opens_word(text, match.start()):
                return match
            position = match.start() + 1
        return None


def _opens_word(text: str, k: int) -> bool:
    """Does the cue at k open a word, maybe after و/ف and then ب/ل/ك ("وبالتعاون")?"""
    return (
        _word_start(text, k)
        or (k >= 1 and text[k - 1] in "وفبلك" and _word_start(text, k - 1))
        or (k >= 2 and text[k - 2] in "وف" and text[k - 1] in "بلك" and _word_start(text, k - 2))
    )


def _word_start(text: str, k: int) -> bool:
    return k == 0 or _WORD_CHARACTER.match(text, k - 1) is None
