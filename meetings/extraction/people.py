"""People and institutions named in one sentence.

Arabic news introduces a person by office, then name: "وزير الداخلية الليبي سالم
الفيتوري", "نظيره التركي مراد يلدز", "رئيس جمهورية النيجر، إدريس مامادو"; sometimes name
first: "كمال بن يوسف رئيس الحكومة", "هانا سورنسن، نائبة رئيس البعثة"; or after a rank
or honorific alone: "الفريق ياسر". No name list is used: an office phrase
is read with the lexicons (office heads, institutions, nationalities, particles) and
the name is the run of words none of them knows.
"""

from dataclasses import dataclass, field

from .lexicon import Lexicon, match_phrase
from .normalize import normalize_arabic
from .tokens import Token, in_any

_MAX_NAME = 5
# Time words that are also given names ("صباح").
_NAME_TIME_WORDS = frozenset({"صباح"})
_NAME_JOINERS = frozenset(
    {"بن", "ابن", "بنت", "عبد", "ابو", "ابي", "ولد", "ال", "دي", "دا", "فان", "فون", "بو"}
)
_ACCREDITED_TO = frozenset({"لدي", "الي"})  # normalised لدى، إلى
_PHRASE_PREPOSITIONS = frozenset({"في", "لدي", "عن", "من", "الي", "باسم"})
_PLACE_NOUNS = frozenset({"العاصمه", "مدينه", "المدينه", "عاصمه"})
# An area an office answers for: "آمر منطقة طبرق العسكرية", "والي ولاية تمنراست".
_REGION_NOUNS = frozenset({"منطقه", "ولايه", "محافظه", "اقليم"})
_COMMAS = frozenset({"،", ","})
# Places named after people: "مطار الملك خالد", "جامعة الملك سعود".
_FACILITIES = frozenset(
    {"مطار", "جامعه", "مستشفي", "شارع", "ميناء", "قاعده", "مسجد", "قاعه", "فندق", "مدرسه"}
)
_CRIMES = frozenset({"الجريمه", "الجرائم", "جريمه", "جرائم"})
_SIDE = frozenset({"الجانب", "جانب"})
_SIDE_LOOKBACK = 12
_POSSESSIVES = ("هما", "هم", "ها", "ه")


@dataclass
class Mention:
    """A person named in a sentence (token indices are the sentence's)."""

    start: int
    end: int
    name: str
    name_tokens: tuple[Token, ...]
    role: str | None = None
    head: str | None = None
    country: str | None = None
    ministry: str | None = None
    org: str | None = None
    counterpart: bool = False
    kin: bool = False
    person: int | None = field(default=None, compare=False)


@dataclass
class Office:
    """An office phrase with no name of its own ("السفير الإيطالي لدى ليبيا")."""

    start: int
    end: int
    role: str
    head: str
    country: str | None
    ministry: str | None
    org: str | None
    counterpart: bool = False


@dataclass
class Institution:
    start: int
    end: int
    org: str
    country: str | None
    ministry: str | None
    # a body the lexicon lists as speaking for no one state (NATO, the African Union)
    multilateral: bool = False
    # the body whose own meeting the cue names ("اجتماع اللجنة المشتركة")
    met: bool = False


@dataclass
class SentencePeople:
    mentions: list[Mention]
    offices: list[Office]
    institutions: list[Institution]
    claimed: set[int]


class Reader:
    """Reads offices, names and institutions out of a tokenised sentence."""

    def __init__(self, lex: Lexicon):
        self.lex = lex

    # --- token classes -------------------------------------------------------------

    def head(self, token: Token) -> str | None:
        """The office a token names (وزير for الوزير/ووزير/بوزير/معاونه), else None."""
        for form in token.forms:
            bare = form[2:] if form.startswith("ال") else form
            if form == "والي" and token.text.rstrip()[-1:] != "ي":
                continue  # "وإلى" / "والى" (and to), not the governor
            if bare in self.lex.heads or form in self.lex.heads:
                return bare
            if token.text.endswith("ه") or token.text.endswith(("ها", "هما", "هم")):
                for suffix in _POSSESSIVES:
                    stem = bare[: -len(suffix)]
                    # Three-letter stems are too often a name: "أمره" is not "his آمر".
                    if bare.endswith(suffix) and len(stem) > 3 and stem in self.lex.heads:
                        return stem
        return None

    def is_title(self, token: Token) -> bool:
        return token.norm in self.lex.ranks or in_any(token, self.lex.honorifics) is not None

    def is_counterpart(self, token: Token) -> bool:
        return in_any(token, self.lex.counterparts) is not None

    def is_city(self, token: Token) -> bool:
        return (token.core,) in self.lex.cities

    def city_at(self, tokens: list[Token], k: int) -> bool:
        """Does a city's name, of one word or more, start at k?"""
        cores = [t.core for t in tokens[k : k + self.lex.max_phrase]]
        return match_phrase(cores, 0, self.lex.cities, self.lex.max_phrase)[0] > 0

    def _name_not_particle(self, token: Token) -> bool:
        """ "علي" (a name) against "على" (a particle): both normalise to علي."""
        return token.norm in self.lex.maksura and token.text.rstrip()[-1:] == "ي"

    def name_like(self, token: Token, *, first: bool, definite_ok: bool, after_comma=False) -> bool:
        """Could this token be part of a person's name?"""
        lex = self.lex
        if token.is_punct or len(token.norm) < 2 or not token.norm[0].isalpha():
            return False
        if token.norm.isascii():
            return False
        if token.norm in lex.stopwords and not self._name_not_particle(token):
            return False
        if self.head(token) or self.is_counterpart(token):
            return False
        if self.is_title(token) or token.norm in lex.kinship:
            return False
        if token.prefix.startswith(("و", "ف")):
            if first and (after_comma or self.head(token)):
                return False  # "وملحق الداخلية" is another office
            if token.bare in lex.stopwords or (token.bare.startswith("ال") and token.article):
                return False
        if token.prefix and token.core != token.bare:
            core = token.core
            if lex.knows(core) or token.article:
                return False
        if first and token.definite and not definite_ok:
            return False
        return True

    # --- phrases -------------------------------------------------------------------

    def extend_phrase(self, tokens: list[Token], i: int) -> int:
        """End (exclusive) of an office or institution phrase whose head is at i-1."""
        lex = self.lex
        n = len(tokens)
        j = i
        while j < n:
            t = tokens[j]
            if t.is_quote:
                j += 1
                continue
            if t.is_punct or self.is_title(t) or self.is_counterpart(t):
                break
            if t.prefix.startswith(("و", "ف")):
                # "والتعاون الدولي", "وشؤون المغتربين" go on; "ووزير", "والوفد", "وعدد"
                # start something else.
                if self.head(t) or t.core in lex.phrase_breaks:
                    break
                # "ومراقبة التراب الوطني" goes on as well.
                coordinated = (
                    t.core in lex.coordinated_nouns and j + 1 < n and tokens[j + 1].definite
                )
                if (
                    not t.definite
                    and not coordinated
                    and (t.core not in lex.role_words or t.core in lex.institution_heads)
                ):
                    break  # "ومفوضية الاتحاد" is another institution
                j += 1
                continue
            if self.head(t):
                # After a nationality or a state the office is complete: "وكيل وزارة
                # الخارجية الكويتية السفير فلان" gives the head that follows as a title.
                before = (tokens[j - 1].core,)
                if (
                    t.definite
                    and j > i
                    and (before in lex.adjectives or before in lex.country_names)
                ):
                    break
                j += 1
                continue
            length, _ = match_phrase([x.core for x in tokens], j, lex.institutions, lex.max_phrase)
            if length > 1:
                j += length  # "لجامعة الدول العربية"
                continue
            if t.norm in _PHRASE_PREPOSITIONS or t.norm == "ل":
                nxt = self._skip_quotes(tokens, j + 1)
                if nxt < n and self._continues_after_preposition(
                    tokens, nxt, t.norm, posted=self._posted(tokens, i - 1, j)
                ):
                    j = nxt + 1
                    continue
                break
            if t.norm == "غير" and j + 1 < n and tokens[j + 1].definite:
                j += 2  # "لشؤون الهجرة غير الشرعية"
                continue
            if t.prefix == "ب" and self.is_city(t) and self._posted(tokens, i - 1, j):
                j += 1  # "السفير السوداني بالقاهرة": the posting
                continue
            if (
                t.prefix == "ل"
                and t.core in lex.coordinated_nouns
                and j + 1 < n
                and tokens[j + 1].definite
                and not tokens[j + 1].prefix
            ):
                j += 2  # "المدير العام لمكافحة المخدرات"
                continue
            if (
                t.prefix in ("", "ل")
                and t.core in _REGION_NOUNS
                and j + 1 < n
                and (tokens[j + 1].definite or self.city_at(tokens, j + 1))
                and not tokens[j + 1].prefix
            ):
                j += 2  # "آمر منطقة طبرق العسكرية", "الممثل الخاص لمنطقة الخليج"
                continue
            construct = self._in_construct(tokens[j - 1]) or (
                j > i and tokens[j - 1].core == "عام" and self._in_construct(tokens[j - 2])
            )  # "مدير عام مكافحة المخدرات"
            if (
                construct
                and not t.prefix
                and t.norm not in lex.particles
                and t.norm not in lex.verbs
            ):
                j += 1  # the genitive of a construct: "جهاز مكافحة الهجرة", "مسؤول خدمات"
                continue
            if t.definite and t.core[2:] in lex.institution_heads:
                j += 1  # "الوكيل الأقدم للوزارة"
                continue
            if t.core in lex.phrase_breaks or t.norm in lex.phrase_breaks:
                break
            if self.is_city(t):
                break
            if self._definite_name_at(tokens, j):
                break
            if t.definite or t.core in lex.role_words or t.norm in lex.role_words:
                j += 1
                continue
            if (_strip_possessive(t.core),) in lex.portfolios:
                j += 1  # "وزير داخليتها"
                continue
            if (t.core,) in lex.country_names or (t.core,) in lex.institutions:
                j += 1
                continue
            break
        return j

    def _posted(self, tokens: list[Token], start: int, end: int) -> bool:
        """Is this the office of someone posted abroad (an ambassador, a mission)? Then
        "في القدس" after it is the posting, not the meeting's place."""
        return any(
            t.core.removeprefix("ال") in self.lex.posted_words for t in tokens[max(start, 0) : end]
        )

    def _definite_name_at(self, tokens: list[Token], j: int) -> bool:
        """Two words with the article that no lexicon knows, then the end of the phrase:
        a name such as "الهادي الزروالي" rather than more of the office."""
        if j + 1 >= len(tokens) or (j and self._in_construct(tokens[j - 1])):
            return False  # "ممثلو الرؤساء المشاركين": the genitive of the office
        pair = tokens[j : j + 2]
        if not all(t.definite and not t.prefix and not self.lex.knows(t.core) for t in pair):
            return False
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        return after is None or after.is_punct or after.norm in self.lex.stopwords

    def _in_construct(self, token: Token) -> bool:
        """An office or institution noun without the article is always followed by its
        genitive, never by a name ("رئيس جهاز ..." but "الرئيس فلان")."""
        if token.definite or token.prefix.endswith(("ب", "ل")) or token.text.endswith("ه"):
            return False
        return token.core in self.lex.institution_heads or (
            self.head(token) is not None and token.core not in self.lex.ranks
        )

    def _continues_after_preposition(
        self, tokens: list[Token], k: int, preposition: str, *, posted: bool
    ) -> bool:
        """Does the office phrase go on after "في"/"لدى"/"عن"/"ل"/"من"/"إلى"/"باسم"?

        "إلى" only before a state ("المبعوث الأممي إلى ليبيا"); "من" and "باسم" only
        before an institution ("المكلفة من مجلس النواب", "المتحدث باسم الوزارة"), since
        "باسم" is also a name; a city only for a posted office ("القنصل العام في القدس").
        """
        t = tokens[k]
        lex = self.lex
        state = (t.core,) in lex.country_names
        institution = (
            t.core.removeprefix("ال") in lex.institution_heads
            or t.core in lex.institution_heads
            or match_phrase([x.core for x in tokens], k, lex.institutions, lex.max_phrase)[0]
        )
        if preposition == "الي":
            return state
        if preposition in ("من", "باسم"):
            # "المتحدث باسم الخارجية": a ministry by its portfolio
            return bool(institution) or (preposition == "باسم" and (t.core,) in lex.portfolios)
        if state or institution:
            return True
        if self.is_city(t):
            return posted and preposition in ("في", "لدي")
        if t.core in _PLACE_NOUNS or t.core in lex.phrase_breaks:
            return False
        return t.definite or t.core in lex.role_words  # "في وسط إفريقيا"

    @staticmethod
    def _skip_quotes(tokens: list[Token], k: int) -> int:
        while k < len(tokens) and tokens[k].is_quote:
            k += 1
        return k

    def _skip_titles(self, tokens: list[Token], k: int) -> tuple[int, bool]:
        """Past ranks and honorifics, and the arm of service after a rank ("العميد بحري")."""
        titled = False
        while k < len(tokens):
            t = tokens[k]
            if t.is_quote or self.is_title(t):
                titled = titled or not t.is_quote
            elif not (titled and t.core in self.lex.rank_modifiers):
                break
            k += 1
        return k, titled

    def take_name(
        self,
        tokens: list[Token],
        k: int,
        *,
        definite_ok: bool,
        after_comma=False,
        due=False,
        titled=False,
    ):
        """Indices of the name starting at k (possibly empty). Joiners ("بن"، "آل") do not
        count towards the length: "فيصل بن سلطان بن تركي آل سعود" is one name."""
        out: list[int] = []
        words = 0
        while k < len(tokens) and words < _MAX_NAME:
            t = tokens[k]
            if t.is_quote:
                if out and k + 1 < len(tokens) and not tokens[k + 1].is_quote:
                    break
                k += 1
                continue
            if out and self.city_at(tokens, k):
                break  # "... بمدينة رام الله"
            if not (
                self.name_like(t, first=not out, definite_ok=definite_ok, after_comma=after_comma)
                or (out and self._name_word_after_joiner(tokens, out[-1], k))
                or (out and self._head_in_name(tokens, k))
                or (out and t.norm in _NAME_JOINERS)  # "فان" is not "ف" + "أن" here
                or (out and self._family_title(tokens, k))
                or (not out and due and self._name_despite_prefix(tokens, k, titled))
            ):
                break
            out.append(k)
            words += t.norm not in _NAME_JOINERS
            k += 1
        while out and tokens[out[-1]].undefined in _NAME_JOINERS:
            out.pop()
        return out

    def _family_title(self, tokens: list[Token], k: int) -> bool:
        """An honorific ending a name is the family name: "القاضي رياض الحاج،"; before
        another name it is the next person's title ("فلان والشيخ علان")."""
        t = tokens[k]
        if not (t.definite and not t.prefix and in_any(t, self.lex.honorifics)):
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return nxt is None or nxt.is_punct or nxt.norm in self.lex.stopwords

    def _name_despite_prefix(self, tokens: list[Token], k: int, titled: bool) -> bool:
        """After an office phrase a name is due, so a time word that a name goes on from
        ("صباح حميد الجبوري") opens it; and right after a rank, so does a word read as
        و + a place ("العميد ونيس البرعصي")."""
        t = tokens[k]
        if t.is_punct or not t.norm[:1].isalpha() or self.head(t) or self.is_title(t):
            return False
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is None or not self.name_like(nxt, first=False, definite_ok=True):
            return False
        if in_any(nxt, self.lex.time_nouns):
            return False  # "صباح اليوم"
        if t.norm in _NAME_TIME_WORDS:
            return True
        return (
            titled
            and t.prefix == "و"
            and t.core not in self.lex.phrase_breaks
            and ((t.core,) in self.lex.cities or (t.core,) in self.lex.country_names)
        )

    def _name_word_after_joiner(self, tokens: list[Token], previous: int, k: int) -> bool:
        """After "ولد"/"بن" a name goes on even with a word that is elsewhere a title:
        "ولد الشيخ"."""
        t = tokens[k]
        return (
            tokens[previous].undefined in _NAME_JOINERS
            and not t.is_punct
            and (self.is_title(t) or in_any(t, self.lex.honorifics) is not None)
        )

    def _head_in_name(self, tokens: list[Token], k: int) -> bool:
        """An office word inside a name when no office phrase follows it and the name goes
        on: "فلان الأمين ولد ..." but not "... الأمين العام"."""
        t = tokens[k]
        if not t.definite or t.prefix or self.head(t) is None:
            return False
        if self.extend_phrase(tokens, k + 1) != k + 1 or k + 1 >= len(tokens):
            return False
        nxt = tokens[k + 1]
        return nxt.undefined in _NAME_JOINERS or self.name_like(nxt, first=False, definite_ok=True)

    def name_after(self, tokens: list[Token], j: int) -> tuple[list[int], bool]:
        """The name after an office phrase ending at j, and whether a comma came between.
        Titles, one comma and a bare office word used as a title ("السفير") may come
        between."""
        k, titled = self._skip_titles(tokens, j)
        if k < len(tokens) and tokens[k].norm in _COMMAS:
            if k + 1 < len(tokens) and tokens[k + 1].prefix.startswith(("و", "ف")):
                return [], True  # "، والسيد ..." starts another person
            if k + 1 < len(tokens) and tokens[k + 1].is_quote:
                return [], True  # "، "واقع التعاون ...": a quotation
            k2, titled2 = self._skip_titles(tokens, k + 1)
            name = self.take_name(
                tokens,
                k2,
                definite_ok=titled2,
                after_comma=not titled2,
                due=titled2,
                titled=titled2,
            )
            return name, True
        name = self.take_name(tokens, k, definite_ok=titled, due=True, titled=titled)
        if not name and self._title_head(tokens, k):
            k, _ = self._skip_titles(tokens, k + 1)
            name = self.take_name(tokens, k, definite_ok=True)
        return name, False

    def _title_head(self, tokens: list[Token], k: int) -> bool:
        """ "السفير" with no phrase of its own, between an office and a name."""
        return (
            k < len(tokens)
            and tokens[k].definite
            and not tokens[k].prefix
            and self.head(tokens[k]) is not None
            and self.extend_phrase(tokens, k + 1) == k + 1
        )

    # --- what an office phrase says ------------------------------------------------

    def phrase_country(self, tokens: list[Token], start: int, end: int) -> str | None:
        """The first state or organisation an office phrase names, skipping the host
        of an ambassador ("لدى ليبيا") and the subject of a department ("الشؤون الأوروبية").
        A possessive office ("وزير داخليتها") belongs to the state named before it."""
        lex = self.lex
        if any(
            (_strip_possessive(t.core),) in lex.portfolios and t.core != _strip_possessive(t.core)
            for t in tokens[start:end]
        ):
            return self._state_before(tokens, start)
        cores = [t.core for t in tokens[:end]]
        norms = [t.norm for t in tokens[:end]]
        posted = self._posted(tokens, start - 1, end)
        k = start
        while k < end:
            t = tokens[k]
            if t.norm in _ACCREDITED_TO or (posted and t.norm == "في"):
                k += 2  # the host state of an ambassador or a mission
                continue
            if t.core in lex.affairs_words or t.norm in lex.affairs_words:
                k += 1
                while k < end and (
                    tokens[k].core in lex.affairs_words or (tokens[k].core,) in lex.adjectives
                ):
                    k += 1
                continue
            for table in (lex.institutions, lex.country_names, lex.adjectives):
                length, code = match_phrase(cores, k, table, lex.max_phrase)
                if not length:  # "المنظمة الدولية للهجرة" is listed as written
                    length, code = match_phrase(norms, k, table, lex.max_phrase)
                if length:
                    if code is not None or table is lex.institutions:
                        return code
            k += 1
        return None

    def _state_before(self, tokens: list[Token], start: int) -> str | None:
        cores = [t.core for t in tokens]
        for k in range(start - 1, -1, -1):
            length, code = match_phrase(cores, k, self.lex.country_names, self.lex.max_phrase)
            if length:
                return code
        return None

    def phrase_ministry(self, tokens: list[Token], start: int, end: int) -> str | None:
        lex = self.lex
        cores = [t.core for t in tokens[:end]]
        for k in range(start, end):
            word = tokens[k].core.removeprefix("ال")
            if word not in lex.minister_words:
                continue
            if k + 1 >= end:
                break
            nxt = tokens[k + 1]
            if nxt.core in lex.state_minister_words:
                return "other"
            length, code = match_phrase(cores, k + 1, lex.portfolios, lex.max_phrase)
            if length:
                return code
            possessive = _strip_possessive(nxt.core)
            if (possessive,) in lex.portfolios:
                return lex.portfolios[(possessive,)]
            if (nxt.core,) in lex.adjectives or (nxt.core,) in lex.country_names:
                return None  # "الوزير اللبناني": the portfolio is not said
            if word in ("وزير", "وزيره"):
                return "other"
        return None

    def phrase_org(self, tokens: list[Token], start: int, end: int) -> str | None:
        """The institution an office phrase names, as written."""
        lex = self.lex
        for k in range(start, end):
            t = tokens[k]
            if t.core in lex.institution_heads or (t.core,) in lex.institutions:
                words = [x.text for x in tokens[k:end] if not x.is_quote]
                words[0] = _without_prefix(tokens[k])
                return " ".join(words)
            word = t.core.removeprefix("ال")
            if word in ("وزير", "وزيره") and k + 1 < end:
                cores = [x.core for x in tokens[:end]]
                length, _ = match_phrase(cores, k + 1, lex.portfolios, lex.max_phrase)
                if length:
                    return "وزارة " + " ".join(x.text for x in tokens[k + 1 : k + 1 + length])
        return None

    def short_role(self, tokens: list[Token], start: int, end: int) -> str:
        """The office shortened to its head: "وزير الداخلية" out of a longer phrase."""
        words = [_without_prefix(tokens[start])]
        for t in tokens[start + 1 : end]:
            if t.is_quote:
                continue
            if t.prefix or t.norm in _PHRASE_PREPOSITIONS or (t.core,) in self.lex.adjectives:
                break
            words.append(t.text)
        return " ".join(words)

    # --- the sentence --------------------------------------------------------------

    def read(self, tokens: list[Token]) -> SentencePeople:
        lex = self.lex
        n = len(tokens)
        norms = [t.norm for t in tokens]
        cores = [t.core for t in tokens]
        mentions: list[Mention] = []
        offices: list[Office] = []
        claimed: set[int] = set()

        # 1. Office phrases, and the name that follows each.
        k = 0
        while k < n:
            t = tokens[k]
            length, phrase = match_phrase(norms, k, lex.head_phrases, 3)
            if not length:
                length, phrase = match_phrase(cores, k, lex.head_phrases, 3)
            head = phrase or (None if self.is_title(t) else self.head(t))
            counterpart = head is None and self.is_counterpart(t)
            if not head and not counterpart:
                k += 1
                continue
            if k and _facility(tokens[k - 1]):
                # "بمطار الملك خالد الدولي": a place named after someone
                name = self.take_name(tokens, k + 1, definite_ok=False)
                end = name[-1] + 1 if name else k + 1
                claimed.update(range(k, end))
                k = end
                continue
            end = self.extend_phrase(tokens, k + max(length, 1))
            states_end, states = self._listed_states(tokens, end)
            if states and self._plural(t):
                # "سفراء كل من اليونان وقبرص": one unnamed participant per state.
                states_end = self.extend_phrase(tokens, states_end)
                role = _without_prefix(t)
                for code in states:
                    offices.append(Office(k, states_end, role, head, code, None, None))
                claimed.update(range(k, states_end))
                k = states_end
                continue
            office = Office(
                start=k,
                end=end,
                role=self.short_role(tokens, k, end),
                head=head or "نظير",
                country=self.phrase_country(tokens, k + 1, end),
                ministry=self.phrase_ministry(tokens, k, end),
                org=self.phrase_org(tokens, k, end),
                counterpart=counterpart,
            )
            claimed.update(range(k, end))
            if self._definite_name_at(tokens, end):
                name = self.take_name(tokens, end, definite_ok=True)
            else:
                name, via_comma = self.name_after(tokens, end)
                if via_comma and self._apposition_before(tokens, k, claimed):
                    name = []  # "مع فلان الفلاني، نائبة وزير الخارجية، بحثتا ...": step 3
            if name:
                mentions.append(self._mention(tokens, name, office))
                claimed.update(range(end, name[-1] + 1))
                k = name[-1] + 1
            else:
                offices.append(office)
                k = end

        # 2. Names after a rank or honorific alone ("الفريق ياسر"، "والسيد لوران بيرنار").
        k = 0
        while k < n:
            if k in claimed or not self.is_title(tokens[k]):
                k += 1
                continue
            start = k
            k, _ = self._skip_titles(tokens, k)
            name = [
                i
                for i in self.take_name(tokens, k, definite_ok=True, due=True, titled=True)
                if i not in claimed
            ]
            if name:
                mention = self._mention(tokens, name, None)
                mention.start = start
                mentions.append(mention)
                claimed.update(range(start, name[-1] + 1))
                k = name[-1] + 1

        # 3. Name first, office after: "كمال بن يوسف رئيس الحكومة".
        for office in list(offices):
            if office.counterpart or tokens[office.start].prefix.startswith(("و", "ف")):
                continue
            mention = self._name_before(tokens, office, mentions, claimed)
            if mention is not None:
                offices.remove(office)

        # 4. "ونظيريه الأردني فلان والمصري فلان": a nationality opening another name.
        for mention in list(mentions):
            self._coordinated_nationality(tokens, mention, mentions, claimed)

        mentions.sort(key=lambda m: m.start)
        for i, mention in enumerate(mentions):
            mention.kin = self._after_kinship(tokens, mention.start)
            if mention.country is None:
                mention.country = self._side_country(tokens, mention.start)
            if (
                mention.country is None
                and i
                and self._coordinated(tokens, mentions[i - 1], mention)
            ):
                mention.country = mentions[i - 1].country
        institutions = self._institutions(tokens, claimed)
        for mention in mentions:
            self._delegation_head(tokens, mention, institutions)
        return SentencePeople(mentions, offices, institutions, claimed)

    def delegated(self, tokens: list[Token], start: int) -> bool:
        """Is the institution at `start` introduced as sending someone ("وفدا من"،
        "ممثلين عن")?"""
        return (
            start >= 2
            and tokens[start - 1].norm in ("من", "عن")
            and in_any(tokens[start - 2], self.lex.delegates) is not None
        )

    def _plural(self, token: Token) -> bool:
        return token.core.removeprefix("ال") in self.lex.plural_heads

    def _listed_states(self, tokens: list[Token], k: int) -> tuple[int, list[str]]:
        """States listed after a plural office: "(كل من) اليونان وقبرص ومالطا"."""
        n = len(tokens)
        if k + 1 < n and tokens[k].norm == "كل" and tokens[k + 1].norm == "من":
            k += 2
        cores = [t.core for t in tokens]
        states: list[str] = []
        end = k
        while k < n:
            if states and tokens[k].norm in _COMMAS:
                k += 1
            elif states and not tokens[k].prefix.startswith("و"):
                break
            length, code = match_phrase(cores, k, self.lex.country_names, self.lex.max_phrase)
            if not length:
                break
            states.append(code)
            k = end = k + length
        return end, states if len(states) > 1 else []

    def _apposition_before(self, tokens: list[Token], start: int, claimed: set[int]) -> bool:
        """Is the office set off by commas after a name ("فلان الفلاني، نائبة الوزير،")?"""
        k = start - 1
        if k < 2 or tokens[k].norm not in _COMMAS:
            return False
        words = [i for i in (k - 2, k - 1) if i not in claimed]
        if self.city_at(tokens, k - 2):
            return False  # "في مكتبه بمدينة رام الله، القنصل العام ..."
        return (
            len(words) == 2
            and all(self.name_like(tokens[i], first=False, definite_ok=True) for i in words)
            and self.name_like(tokens[k - 2], first=True, definite_ok=False)
        )

    def _coordinated_nationality(self, tokens, mention: Mention, mentions, claimed) -> None:
        k = mention.end
        if mention.head is None or k >= len(tokens) or k in claimed:
            return
        t = tokens[k]
        code = self.lex.adjectives.get((t.core,))
        if not t.prefix.startswith("و") or code is None:
            return
        name = self.take_name(tokens, k + 1, definite_ok=False)
        if not name or any(i in claimed for i in name):
            return
        other = self._mention(tokens, name, None)
        other.start = k
        other.role, other.head, other.ministry = mention.role, mention.head, mention.ministry
        other.org, other.country, other.counterpart = mention.org, code, mention.counterpart
        mentions.append(other)
        claimed.update(range(k, name[-1] + 1))

    def _delegation_head(self, tokens, mention: Mention, institutions) -> None:
        """ "وفدا من المنظمة الدولية للهجرة برئاسة رئيسة البعثة فلانة": she speaks for
        the institution named before "برئاسة"."""
        if mention.country is not None:
            return
        k = mention.start - 1
        if k >= 0 and tokens[k].norm in _COMMAS:
            k -= 1
        if k < 0 or in_any(tokens[k], self.lex.led_by) is None:
            return
        for institution in institutions:
            if institution.end in (k, k - 1) and self.delegated(tokens, institution.start):
                mention.country = institution.country
                mention.org = mention.org or institution.org

    def _mention(self, tokens, name: list[int], office: Office | None) -> Mention:
        name_tokens = tuple(tokens[i] for i in name)
        text = " ".join(t.text for t in name_tokens)
        mention = Mention(
            start=office.start if office else name[0],
            end=name[-1] + 1,
            name=text,
            name_tokens=name_tokens,
        )
        if office:
            _take_office(mention, office)
        return mention

    def _name_before(self, tokens, office: Office, mentions, claimed) -> Mention | None:
        k = office.start - 1
        if k >= 0 and tokens[k].norm in _COMMAS:
            k -= 1
        for mention in mentions:
            if mention.end - 1 == k and mention.role is None:
                _take_office(mention, office)
                return mention
        picked: list[int] = []
        while k >= 0 and k not in claimed and len(picked) < _MAX_NAME:
            if not self.name_like(tokens[k], first=False, definite_ok=True):
                break
            picked.insert(0, k)
            k -= 1
        while picked and not self.name_like(tokens[picked[0]], first=True, definite_ok=False):
            picked.pop(0)
        if any(self.city_at(tokens, i) for i in picked):
            return None
        if len(picked) < 2:
            return None
        mention = self._mention(tokens, picked, office)
        mention.start = picked[0]
        mentions.append(mention)
        claimed.update(range(picked[0], office.end))
        return mention

    @staticmethod
    def _coordinated(tokens, before: Mention, mention: Mention) -> bool:
        """ "وزير الخارجية التركي أمره قايا، ووزير الدفاع مراد يلدز": one side."""
        gap = [t for t in tokens[before.end : mention.start] if t.norm not in _COMMAS]
        return not gap and tokens[mention.start].prefix.startswith("و") and mention.head is not None

    def _after_kinship(self, tokens, start: int) -> bool:
        k = start - 1
        while k >= 0 and (self.is_title(tokens[k]) or tokens[k].is_quote):
            k -= 1
        return k >= 0 and in_any(tokens[k], self.lex.kinship) is not None

    def _side_country(self, tokens, start: int) -> str | None:
        """ "عن الجانب الليبي ..." or "وعن جانب بعثة الاتحاد الأوروبي ..." before a name."""
        for k in range(start - 1, max(-1, start - _SIDE_LOOKBACK), -1):
            if tokens[k].core in _SIDE or tokens[k].norm in _SIDE:
                return self.phrase_country(tokens, k + 1, min(start, k + 8))
        return None

    def _institutions(self, tokens: list[Token], claimed: set[int]) -> list[Institution]:
        """Institutions taking part without a named person ("مندوب عن جهاز خفر السواحل")."""
        lex = self.lex
        out = []
        k = 0
        while k < len(tokens):
            t = tokens[k]
            if k in claimed or t.core not in lex.institution_heads:
                k += 1
                continue
            end = self.extend_phrase(tokens, k + 1)
            if (
                end == k + 1
                or any(x.core == "مقر" for x in tokens[max(0, k - 3) : k])
                or (k and tokens[k - 1].core in _CRIMES)
            ):
                # a bare noun, the venue ("بمقر الأمانة العامة لوزارة الدفاع"), or an
                # adjective ("الجريمة المنظمة العابرة للحدود")
                k += 1
                continue
            org = " ".join(
                [_without_prefix(t)] + [x.text for x in tokens[k + 1 : end] if not x.is_quote]
            )
            country = self.phrase_country(tokens, k, end)
            ministry = self.phrase_ministry(tokens, k, end)
            if t.core == "وزارتي":
                # "وزارتي الداخلية والمواصلات": one participant per ministry.
                for x in tokens[k + 1 : end]:
                    portfolio = (x.core,)
                    if portfolio in lex.portfolios:
                        out.append(
                            Institution(
                                k,
                                end,
                                "وزارة " + _without_prefix(x),
                                country,
                                lex.portfolios[portfolio],
                            )
                        )
            else:
                listed, code = match_phrase(
                    [x.core for x in tokens], k, lex.institutions, lex.max_phrase
                )
                multilateral = bool(listed) and code is None and country is None
                out.append(Institution(k, end, org, country, ministry, multilateral))
            claimed.update(range(k, end))
            k = end
        return out


def _facility(token: Token) -> bool:
    if token.core in _FACILITIES:
        return True
    return token.norm[:1] in ("ب", "ل", "و") and token.norm[1:] in _FACILITIES


def _take_office(mention: Mention, office: Office) -> None:
    mention.role = office.role
    mention.head = office.head
    mention.country = office.country
    mention.ministry = office.ministry
    mention.org = office.org
    mention.counterpart = office.counterpart


def _without_prefix(token: Token) -> str:
    """The word as written without a leading و/ف/ب/ل ("وبعثة" → "بعثة")."""
    if not token.prefix:
        return token.text
    text = token.text
    letters = len(token.prefix)
    # Walk over the written form so diacritics on the prefix letters go too.
    seen = 0
    for i, ch in enumerate(text):
        if ch.isalpha():
            if seen == letters:
                rest = text[i:]
                if not token.core.startswith("ال") or rest.startswith("ال"):
                    return rest
                if token.core == "ال" + normalize_arabic(rest):
                    return "ال" + rest  # "للجنة" → "اللجنة"
                return "ال" + rest[1:]  # "للهجرة" → "الهجرة"
            seen += 1
    return text


def _strip_possessive(core: str) -> str:
    """ "داخليتها" → "داخليه": the portfolio a possessive office names."""
    for suffix in _POSSESSIVES:
        if core.endswith(suffix) and len(core) > len(suffix) + 2:
            stem = core[: -len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return core
