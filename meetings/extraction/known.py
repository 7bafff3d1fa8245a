"""People the archive already knows, recognised by any form of their name.

The archive's participants (their canonical names and every alias an editor or a
merge gave them) are the best name lexicon there is: a person an editor corrected once
is recognised anywhere after, by any of their forms, with the state the archive gives
them. The extractor stays pure Python: the caller builds `KnownPeople` from whatever it
has (the database in the archive, nothing for `extract` on files) and passes it in.
"""

from collections.abc import Iterable
from dataclasses import dataclass

from .normalize import name_key
from .tokens import Token

# A one-word form ("حفتر") names too many people to be recognised alone.
_MIN_WORDS = 2


@dataclass(frozen=True)
class KnownPerson:
    name: str
    country: str | None


class KnownPeople:
    """Name forms of two words or more, compared as `name_key` compares them."""

    def __init__(self, people: Iterable[tuple[str, Iterable[str], str | None]] = ()):
        self._by_key: dict[tuple[str, ...], KnownPerson] = {}
        self._firsts: set[str] = set()
        self._longest = 0
        for name, aliases, country in people:
            self.add(name, aliases, country)

    def add(self, name: str, aliases: Iterable[str], country: str | None) -> None:
        person = KnownPerson(name, country)
        for form in (name, *aliases):
            key = name_key(form)
            if len(key) >= _MIN_WORDS:
                self._by_key.setdefault(key, person)
                self._firsts.add(key[0])
                # in tokens: "عبد" is a word of its own in the text and joined in a key
                self._longest = max(self._longest, 2 * len(key))

    def __len__(self) -> int:
        return len(self._by_key)

    def get(self, name: str) -> KnownPerson | None:
        """The known person this exact form of a name is."""
        return self._by_key.get(name_key(name))

    def match(self, tokens: list[Token], k: int) -> int:
        """How many tokens from k make up a known name, longest first (0 for none). A
        name's first word may carry a conjunction ("وخليفة حفتر")."""
        if k >= len(tokens) or not self._firsts:
            return 0
        first = tokens[k]
        # The tokeniser keeps "وماركو" whole when it does not know "ماركو".
        opening = {first.norm, first.bare}
        if first.norm[:1] in "وف":
            opening.add(first.norm[1:])
        if not any(name_key(word)[:1] and name_key(word)[0] in self._firsts for word in opening):
            return 0
        for length in range(min(self._longest, len(tokens) - k), _MIN_WORDS - 1, -1):
            if any(t.is_punct for t in tokens[k : k + length]):
                continue
            words = [t.norm for t in tokens[k + 1 : k + length]]
            for start in opening:
                if name_key(" ".join([start, *words])) in self._by_key:
                    return length
        return 0
