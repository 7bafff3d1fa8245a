"""What an office phrase says: its short role, the state or body it speaks for, its
ministry and its institution ("وزير الداخلية الليبي" → وزير الداخلية, LY, interior,
وزارة الداخلية). Where the phrase ends is `offices`'s.
"""

from .lexicon import Lexicon
from .office_words import posted_office
from .offices import ACCREDITED_TO, PHRASE_PREPOSITIONS
from .phrases import match_body, match_phrase
from .tokens import Token
from .words import COMMAS, DISPLACED, STATE_WORDS, head, strip_possessive, without_prefix


def phrase_country(lex: Lexicon, tokens: list[Token], start: int, end: int) -> str | None:
    """The first state or organisation an office phrase names, skipping the host
    of an ambassador ("لدى ليبيا") and the subject of a department ("الشؤون الأوروبية",
    "قسم العراق").
    A possessive office ("وزير داخليتها") belongs to the state named before it."""
    return _phrase_state(lex, tokens, start, end)[0]


def phrase_stateless(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """Does an office phrase name, first, a body of many states the lexicon gives no
    code ("الأمين العام لجامعة الدول العربية")? Its holder speaks for none of them. A
    minister does not: "وزير الشؤون المغاربية والاتحاد الإفريقي" is a state's."""
    return phrase_state(lex, tokens, start, end)[1]


def phrase_state(
    lex: Lexicon, tokens: list[Token], start: int, end: int
) -> tuple[str | None, bool]:
    """`phrase_country` and `phrase_stateless` at once, the phrase read once."""
    country, of_many = _phrase_state(lex, tokens, start, end)
    minister = start > 0 and tokens[start - 1].core.removeprefix("ال") in lex.minister_words
    return country, of_many and not minister


def _phrase_state(
    lex: Lexicon, tokens: list[Token], start: int, end: int
) -> tuple[str | None, bool]:
    """(the code of the first state or organisation named, whether it is a body the
    lexicon lists with no code)."""
    if any(
        (strip_possessive(t.core),) in lex.portfolios and t.core != strip_possessive(t.core)
        for t in tokens[start:end]
    ):
        return _state_before(lex, tokens, start), False
    cores = [t.core for t in tokens[:end]]
    norms = [t.norm for t in tokens[:end]]
    if start > 0:
        length, code = match_body(tokens, start - 1, end, lex.institutions, lex.max_phrase)
        if length > 1:
            return code, code is None  # "المفوض السامي لشؤون اللاجئين": an office listed whole
    posted = posted_office(lex, tokens, start - 1, end)
    k = start
    while k < end:
        t = tokens[k]
        if t.norm in ACCREDITED_TO or (posted and t.norm == "في"):
            # the host state of an ambassador or a mission, whole after "لدى"
            k = _past_host(lex, cores, k + 1) if t.norm == "لدي" else k + 2
            continue
        if t.core in lex.affairs_words or t.norm in lex.affairs_words:
            k += 1
            citizens = match_phrase(cores, k, lex.adjectives, 1)[1] if k < end else None
            if citizens and cores[k].endswith("يين"):
                return citizens, False  # "وشؤون المصريين بالخارج": the minister's own people
            # The affairs' adjectives agree with them, in the feminine ("الشؤون
            # الأوروبية"); a masculine one after them is the minister's: "الفرنسي".
            while k < end and (
                tokens[k].core in lex.affairs_words
                or ((tokens[k].core,) in lex.adjectives and tokens[k].core.endswith("ه"))
            ):
                k += 1
            continue
        if t.core in _DEPARTMENTS and k + 1 < end:
            # "رئيس قسم العراق في الخارجية التركية", "مسؤول ملف روسيا": the state a
            # department deals with, not the one it belongs to.
            state = max(
                match_phrase(cores, k + 1, lex.country_names, lex.max_phrase)[0],
                match_phrase(cores, k + 1, lex.adjectives, lex.max_phrase)[0],
            )
            if state:
                k += 1 + state
                continue
        if k > start and cores[k].endswith("يين") and cores[k - 1] in _PEOPLE_SERVED:
            k += 1  # "مخيمات اللاجئين السوريين": the people's nationality, not the office's
            continue
        if k == start and k > 0 and t.core in _MALIAN and tokens[k - 1].core in _HEADS_OF_MALI:
            return "ML", False  # "الرئيس المالي": no financial president
        if (
            k == start
            and k > 0
            and t.core in _INTERNATIONAL
            and tokens[k - 1].core.removeprefix("ال") in _ENVOYS
        ):
            return "UN", False  # "المبعوث الدولي إلى ليبيا": the United Nations' envoy
        if (
            k == start
            and t.core in _COUNTRY_LEVEL
            and k + 1 < end
            and tokens[k + 1].prefix == "ل"
            and (
                tokens[k + 1].core in lex.institution_heads
                or match_body(tokens, k + 1, end, lex.institutions, lex.max_phrase)[0]
            )
        ):
            k += 1  # "الممثل القطري لبرنامج الغذاء العالمي": the body's country office's
            continue
        region, _ = match_phrase(cores, k, lex.regions, lex.max_phrase)
        if region:
            k += region  # "مديرة الاتحاد الأوروبي والمغرب العربي": no state
            continue
        for table in (lex.institutions, lex.country_names, lex.adjectives):
            if table is lex.institutions:
                length, code = match_body(tokens, k, end, table, lex.max_phrase)
            else:
                length, code = match_phrase(cores, k, table, lex.max_phrase)
                if not length:
                    length, code = match_phrase(norms, k, table, lex.max_phrase)
            after = cores[k + length] if k + length < end else ""
            national = after in _NATIONAL or (after,) in lex.adjectives
            if length and table is lex.institutions and national:
                # "مجلس الأمن القومي الإيراني", "مجلس الأمن الروسي": a state's council,
                # not the UN's
                continue
            if length:
                if code is not None or table is lex.institutions:
                    return code, code is None
        k += 1
    if 0 < start < end and tokens[start - 1].core.removeprefix("ال") in GOVERNORS:
        # "محافظ نينوى", "والي الخرطوم": the state of the city or province governed
        return match_phrase(cores, start, lex.cities, lex.max_phrase)[1], False
    return None, False


def _past_host(lex: Lexicon, cores: list[str], k: int) -> int:
    """Where the host state an envoy is posted to, named from k, ends: past its name
    ("لدى المملكة العربية السعودية"), or its state word and name ("لدى جمهورية
    إندونيسيا"), else one word on."""
    for start in (k, k + 1 if k < len(cores) and cores[k] in STATE_WORDS else None):
        if start is None:
            continue
        length = max(
            match_phrase(cores, start, lex.country_names, lex.max_phrase)[0],
            match_phrase(cores, start, lex.cities, lex.max_phrase)[0],
        )
        if length:
            return start + length
    return k + 1


# People an office serves, whose nationality is theirs, not the office's (cores):
# "مدير إدارة شؤون مخيمات اللاجئين السوريين بالأردن" is Jordan's.
_PEOPLE_SERVED = DISPLACED | {"المغتربين", "الرعايا", "الحجاج", "المعتقلين"}
# What makes a body a state's own ("مجلس الأمن القومي"), normalised.
_NATIONAL = frozenset({"القومي", "الوطني"})

# Who governs a city or a province, named right after them (normalised, no article).
GOVERNORS = frozenset({"محافظ", "محافظه", "والي", "واليه", "عمده", "حاكم"})
# Departments named after the state they deal with (normalised, with or without ال).
_DEPARTMENTS = frozenset({"قسم", "القسم", "دائره", "الدائره", "ملف", "الملف", "شعبه", "الشعبه"})
# Qatar's adjective is also "of the country", of an agency's country office (cores):
# "المدير القطري لمنظمة اليونيسف".
_COUNTRY_LEVEL = frozenset({"القطري", "القطريه"})
# Mali's adjective is also "financial": read as the state's only after an office no
# finance goes with (normalised): "الرئيس المالي", "نظيره المالي", "السفير المالي".
_MALIAN = frozenset({"المالي", "الماليه"})
_HEADS_OF_MALI = frozenset(
    {"الرئيس", "رئيس", "الرئيسه", "نظيره", "نظيرها", "نظيرهم", "نظير", "السفير", "سفير"}
    | {"العاهل", "الوزراء", "الاول"}  # "رئيس الوزراء المالي", "الوزير الأول المالي"
)


def _state_before(lex: Lexicon, tokens: list[Token], start: int) -> str | None:
    """The state named before: the nearest nationality, which qualifies the person the
    possessive refers to ("زيارة الرئيس القبرصي إلى ليبيا ... وزير خارجيته"), else the
    nearest state."""
    cores = [t.core for t in tokens]
    for table in (lex.adjectives, lex.country_names):
        for k in range(start - 1, -1, -1):
            length, code = match_phrase(cores, k, table, lex.max_phrase)
            if length:
                return code
    return None


def phrase_ministry(lex: Lexicon, tokens: list[Token], start: int, end: int) -> str | None:
    cores = [t.core for t in tokens[:end]]
    for k in range(start, end):
        word = tokens[k].core.removeprefix("ال")
        if word not in lex.minister_words or tokens[k].core == "الوزراء":
            continue  # "رئيس الوزراء"، "مجلس الوزراء": the cabinet has no portfolio
        if k + 1 >= end:
            break
        nxt = tokens[k + 1]
        if nxt.core in lex.state_minister_words:
            second = tokens[k + 2].core.removeprefix("ال") if k + 2 < end else ""
            if second in lex.minister_words:
                continue  # "وزير الدولة وزير الشؤون الخارجية": the second gives the portfolio
            return "other"
        length, code = match_phrase(cores, k + 1, lex.portfolios, lex.max_phrase)
        if length:
            return code
        possessive = strip_possessive(nxt.core)
        if (possessive,) in lex.portfolios:
            return lex.portfolios[(possessive,)]
        if (nxt.core,) in lex.adjectives or (nxt.core,) in lex.country_names:
            return None  # "الوزير اللبناني": the portfolio is not said
        if nxt.core.removeprefix("ال") == _FIRST:
            return None  # "الوزير الأول": the head of government, of no ministry
        if word in ("وزير", "وزيره", "وزيرا", "وزيري"):
            # "الوزير المسؤول عن الشؤون الخارجية": the portfolio further on
            for later in range(k + 2, end):
                length, code = match_phrase(cores, later, lex.portfolios, lex.max_phrase)
                if length:
                    return code
            return "other"
    return None


_INSTITUTION_ADJECTIVES = frozenset({"الاممي", "الامميه"})
# An envoy called international is the United Nations' (normalised cores).
_INTERNATIONAL = frozenset({"الدولي", "الدوليه"})
_ENVOYS = frozenset({"مبعوث", "مبعوثه", "موفد", "وسيط"})
_FIRST = "اول"  # normalised أول


def phrase_org(lex: Lexicon, tokens: list[Token], start: int, end: int) -> str | None:
    """The institution an office phrase names, as written; not an adjective the
    institutions' lexicon reads as one ("المبعوث الأممي": the UN's, named by no body)."""
    for k in range(start, end):
        t = tokens[k]
        if t.core in _INSTITUTION_ADJECTIVES:
            continue
        if t.core in lex.institution_heads or (t.core,) in lex.institutions:
            # Up to a second office its holder also holds: "مجلس الوزراء ووزير الداخلية",
            # "مجلس الوزراء وزير الخارجية"; or a person's after the body's full name:
            # "اللجنة الدولية للصليب الأحمر ممثل ..." (not "مكتب رئيس الوزراء")
            stop = next((m for m in range(k + 1, end) if _second_office(lex, tokens, m, end)), end)
            words = [x.text for x in tokens[k:stop] if not x.is_quote]
            words[0] = without_prefix(tokens[k])
            return " ".join(words)
        word = t.core.removeprefix("ال")
        if word in ("وزير", "وزيره") and k + 1 < end:
            cores = [x.core for x in tokens[:end]]
            length, _ = match_phrase(cores, k + 1, lex.portfolios, lex.max_phrase)
            if length:
                return "وزارة " + " ".join(x.text for x in tokens[k + 1 : k + 1 + length])
    return None


# Offices written as titles before a name (heads): "السفير فلان" (not "مكتب الرئيس").
_AS_TITLES = frozenset({"سفير", "سفيره", "مستشار", "مستشاره"})


def _second_office(lex: Lexicon, tokens: list[Token], m: int, end: int) -> bool:
    token = tokens[m]
    if token.prefix == "و" and token.core in lex.minister_words:
        return True
    if m == end - 1 and token.article and not token.prefix and head(lex, token) in _AS_TITLES:
        return True  # "الأمين العام لوزارة الخارجية السفير فلان": a title before the name
    return (
        not token.prefix
        and not token.article
        and tokens[m - 1].definite
        and head(lex, token) is not None
    )


def short_role(lex: Lexicon, tokens: list[Token], start: int, end: int) -> str:
    """The office shortened to its head: "وزير الداخلية" out of a longer phrase."""
    words = [without_prefix(tokens[start])]
    for t in tokens[start + 1 : end]:
        if t.is_quote:
            continue
        if t.prefix or t.norm in PHRASE_PREPOSITIONS or (t.core,) in lex.adjectives:
            break
        words.append(t.text)
    return " ".join(words)


def second_heads(lex: Lexicon, tokens: list[Token], start: int, end: int) -> tuple[str, ...]:
    """The heads of further offices inside an office phrase: "قائد القوات البرية
    وزير الدفاع", "رئيس مجلس الوزراء ووزير الداخلية". Not an office the first
    is of ("مستشار الرئيس", "نائب رئيس الوزراء"): that one is another's."""
    return tuple(
        word
        for k in range(start + 1, end)
        if (word := head(lex, tokens[k])) is not None
        and not tokens[k].article
        and (tokens[k].prefix == "و" or (not tokens[k].prefix and tokens[k - 1].definite))
    )


def plural_office(lex: Lexicon, token: Token) -> bool:
    return token.core.removeprefix("ال") in lex.plural_heads


# Dual office heads ("وزيري خارجية ..."), normalised, without the article.
_DUALS = frozenset({"وزيري", "سفيري", "رئيسي", "قائدي", "ممثلي", "مبعوثي"})


def states_of_a_dual(lex: Lexicon, tokens: list[Token], k: int, end: int):
    """The states an office of two names at its end ("وزيري خارجية الأردن وفلسطين"):
    the phrase's own and the one joined to it, and the office of one of them ("وزير
    خارجية")."""
    if tokens[k].core.removeprefix("ال") not in _DUALS or tokens[k].prefix:
        return end, [], ""
    cores = [t.core for t in tokens]
    for start in range(k + 1, end):
        length, _ = match_phrase(cores, start, lex.country_names, lex.max_phrase)
        if length and start + length == end:
            states_end, states = listed_states(lex, tokens, start)
            role = " ".join(
                [without_prefix(tokens[k])[:-1], *(x.text for x in tokens[k + 1 : start])]
            )
            return states_end, states, role
    return end, [], ""


def listed_states(lex: Lexicon, tokens: list[Token], k: int) -> tuple[int, list[str]]:
    """States listed after a plural office: "(كل من) اليونان وقبرص ومالطا"."""
    n = len(tokens)
    if k + 1 < n and tokens[k].norm == "كل" and tokens[k + 1].norm == "من":
        k += 2
    cores = [t.core for t in tokens]
    states: list[str] = []
    end = k
    while k < n:
        if states and tokens[k].norm in COMMAS:
            k += 1
        elif states and not tokens[k].prefix.startswith("و"):
            break
        length, code = match_phrase(cores, k, lex.country_names, lex.max_phrase)
        if not length:
            break
        states.append(code)
        k = end = k + length
    return end, states if len(states) > 1 else []


def ruler_of_the_house_before(lex: Lexicon, tokens: list[Token], k: int, country) -> bool:
    """Does the office at k follow the family name of the house ruling the state it is
    of ("الشيخ فلان آل ثاني أمير قطر")? Then it is that name's office."""
    if country is None:
        return False
    before = tuple(t.norm for t in tokens[max(0, k - 2) : k])
    families = lex.ruling_families
    return country in (families.get(before), families.get(before[-1:]))
