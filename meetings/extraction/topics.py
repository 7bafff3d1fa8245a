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
) -> tuple[tuple[str, re.Pattern], ...]:
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
def _compiled(topic_cues: tuple, qualifiers: tuple) -> tuple[tuple[str, re.Pattern], ...]:
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
            forms.add(re.escape(norm))
            if norm.startswith("ال"):
                forms.add(re.escape("لل" + norm[2:]))
        if forms:
            alternation = "|".join(sorted(forms, key=len, reverse=True))
            unless = ""
            if words := [re.escape(normalize_arabic(w)) for w in qualified.get(code, ())]:
                unless = rf"(?!(?:\s+\S+)?\s+(?:{'|'.join(words)})(?!\w))"
            cue = rf"(?<!\w)(?:[وف])?(?:[بلك])?(?:{alternation}){unless}"
            patterns.append((code, re.compile(cue)))
    return tuple(patterns)
