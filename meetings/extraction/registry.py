"""The people of one article (see `references`): each person under the fullest form
of their name, with every mention of them. A shorter form is the same person when its
words come in the longer one's order and are not the father's name; a foreign family name
spelt a letter otherwise is the same person too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .normalize import name_key
from .words import SON_OF

if TYPE_CHECKING:
    from .document import Mention


@dataclass
class Person:
    name: str
    words: tuple[str, ...]
    mentions: list[Mention] = field(default_factory=list)

    @property
    def kin_only(self) -> bool:
        return all(m.kin for m in self.mentions)

    def first(self, attribute: str):
        for mention in self.mentions:
            value = getattr(mention, attribute)
            if value:
                return value
        return None


class Registry:
    """The people of one article, each under the fullest form of their name."""

    def __init__(self):
        self.people: list[Person] = []
        self._words: frozenset[str] | None = None

    @property
    def words(self) -> frozenset[str]:
        """Every word of every registered name: a word that is none of them refers to no
        one, which spares comparing it with each person."""
        if self._words is None:
            self._words = frozenset(w for person in self.people for w in person.words)
        return self._words

    def add(self, mention: Mention, lex: Lexicon) -> int:
        self._words = None
        words = name_key(mention.name)
        found = self.find(words, mention, lex)
        if found is None and (first := self._two_named_again(words, lex)) is not None:
            self.people[first].mentions.append(mention)  # under the name it had
            mention.person = first
            return first
        if found is None:
            self.people.append(Person(mention.name, words, [mention]))
            found = len(self.people) - 1
        else:
            person = self.people[found]
            person.mentions.append(mention)
            if len(words) > len(person.words):
                person.name, person.words = mention.name, words
        mention.person = found
        return found

    def _two_named_again(self, words: tuple[str, ...], lex: Lexicon) -> int | None:
        """ "بحث فلان وعلان": two people named before, each by a word of their name,
        joined by "و", read as one name (with a word of what follows, maybe: "رحب
        فلان وعلان بتطور ..."); the mention is the first of them."""
        if len(words) not in (2, 3) or words[1][:1] != "و" or words[1] in lex.given_names:
            return None  # "وليد" is a name of its own
        first = [i for i, p in enumerate(self.people) if words[0] in p.words[1:]]
        second = [i for i, p in enumerate(self.people) if words[1][1:] in p.words[1:]]
        if len(first) == 1 and len(second) == 1 and first != second:
            return first[0]
        return None

    def find(self, words: tuple[str, ...], mention: Mention, lex: Lexicon) -> int | None:
        candidates = []
        for i, person in enumerate(self.people):
            short, long_ = sorted((words, person.words), key=len)
            if (
                short
                and _in_order(short, long_)
                and (not _father(short, long_, lex) or _same_office(mention, person))
            ):
                candidates.append(i)
        if len(candidates) > 1 and mention is not None and mention.country:
            same = [i for i in candidates if self.people[i].first("country") == mention.country]
            candidates = same or candidates
        if not candidates:
            candidates = [
                i
                for i, person in enumerate(self.people)
                if _spelled_otherwise(words, person.words, lex)
            ]
        return candidates[-1] if candidates else None


def _spelled_otherwise(words: tuple[str, ...], theirs: tuple[str, ...], lex: Lexicon) -> bool:
    """Is a foreign name written again with its family name spelt a letter otherwise
    ("لارس هولمبرغ", then "لارس هولمرغ", or a letter moved: "هولمربغ"), maybe alone?
    Transliteration varies, while one Arab family name a letter off another is another
    family ("الحسني", "الحسيني")."""
    if len(words) == 1 and len(theirs) >= 2:
        given = theirs[0]  # the family name alone: "الرئيس فلانيني" after "يوري فلانيني"
    elif len(words) != len(theirs) or len(words) < 2 or words[:-1] != theirs[:-1]:
        return False
    else:
        given = words[0]
    if given not in lex.foreign_given_names:
        return False
    one, other = sorted((words[-1], theirs[-1]), key=len)
    if len(one) < 5 or len(other) - len(one) > 1:
        return False
    if len(one) == len(other):
        # one letter changed, or one letter moved: without one letter each, the same
        return any(
            one[:i] + one[i + 1 :] == other[:j] + other[j + 1 :]
            for i in range(len(one))
            for j in range(len(other))
            if one[i] == other[j] or i == j
        )
    return any(one == other[:k] + other[k + 1 :] for k in range(len(other)))


def _in_order(short: tuple[str, ...], long_: tuple[str, ...]) -> bool:
    """Whether the words of ``short`` come in ``long_`` in the same order: "راشد بن
    عبدالله آل خليفة" is not "عبدالله بن راشد آل خليفة", his son."""
    rest = iter(long_)
    return all(word in rest for word in short)


def _father(short: tuple[str, ...], long_: tuple[str, ...], lex: Lexicon) -> bool:
    """Whether ``short`` is the father's name within ``long_``, not a shorter form of it.

    A name runs given name, father's name, family name: "X Y Z"'s last words "Y Z" name
    Y, X's father, when both X and Y are given names; a shorter form of X's own name keeps
    X ("X Z")."""
    cut = len(long_) - len(short)
    if len(short) < 2 or cut <= 0 or long_[cut:] != short:
        return False
    # "محمد بن سلمان بن عبدالعزيز" after "سلمان بن عبدالعزيز": "بن" says whose son
    return long_[cut - 1] in SON_OF or (_given(short[0], lex) and _given(long_[cut - 1], lex))


def _same_office(mention: Mention | None, person: Person) -> bool:
    """Does the mention give the office the person holds ("وزير الخارجية محمد طاهر
    فلان", then "وزير الخارجية الليبي طاهر فلان")? A father and his son in one story
    hold no one office: the shorter name is the same man's."""
    if mention is None or mention.head is None:
        return False
    roles = [mention.role or "", *(m.role or "" for m in person.mentions)]
    if mention.former or any(word in _FORMER for role in roles for word in role.split()):
        return False  # "الرئيس الراحل إدريس فلان" is the father of "الرئيس محمد إدريس فلان"
    return mention.head == person.first("head") and mention.country in (
        None,
        person.first("country"),
    )


# Words of an office held before (as written): the late or former holder is another man.
_FORMER = frozenset({"الراحل", "السابق", "الأسبق", "الراحلة", "السابقة", "الأسبقة"})


def _given(word: str, lex: Lexicon) -> bool:
    return word in lex.given_names or word in lex.weak_given_names
