"""The state a named person is visiting, and so is not of: said right after their name
("الذي يزور حاليا تركيا", "خلال زيارته الرسمية لتركيا", "لدى وصوله إلى بغداد"),
or by a verb of going they are the subject of ("وصل فلان ... إلى العاصمة الأردنية").
"""

from .document import Mention
from .lexicon import Lexicon
from .phrases import match_phrase
from .words import CAPITAL, COMMAS, STATE_WORDS, is_title

_MANY_STATES = frozenset({"EU", "UN"})

# "فلان، الذي يزور حاليا تركيا": the one visiting (normalised).
_WHO = frozenset({"الذي", "التي", "الذين", "اللذين"})
_VISITING = frozenset({"يزور", "تزور", "يزوران", "يزورون"})
_NOW = frozenset({"حاليا", "حاليه", "حالياً", "الان"})


# "فلان، خلال زيارته الرسمية إلى مالطا": on a visit, not of the state.
_DURING = frozenset({"خلال", "اثناء", "ضمن", "في"})
_HIS_VISIT = frozenset({"زيارته", "زيارتها", "زيارتهما"})
_UPON = frozenset({"بعد", "لدي", "عند", "فور", "عقب", "اثر"})
_HIS_ARRIVAL = frozenset({"وصوله", "وصولها", "وصولهما"})
_VISIT_KIND = frozenset({"الرسميه", "الحاليه", "الاولي", "الجاريه", "الخاصه"})


def visited_state(lex: Lexicon, tokens, mention: Mention) -> str | None:
    """The state a person is said to be visiting right after their name ("الذي يزور
    حاليا تركيا", "وذلك خلال زيارته الرسمية لتركيا", "استهل فلان زيارته للولايات
    المتحدة") or posted to by their office ("السفير لدى إندونيسيا فلان"): they are not
    of it."""
    office_end = mention.end - len(mention.name_tokens)
    for j in range(mention.start, office_end - 1):
        if tokens[j].norm == "لدي":
            # posted there by the office before the name: "السفير المعين لدى جمهورية
            # إندونيسيا فلان"; not to a body of many states ("مندوب لبنان لدى الأمم
            # المتحدة")
            posted = _state_at(lex, tokens, j + 1)
            return None if posted in _MANY_STATES else posted
    k = mention.end
    while k < len(tokens) and (tokens[k].norm in COMMAS or tokens[k].norm == "وذلك"):
        k += 1
    if k + 1 < len(tokens) and tokens[k].norm in _POSTED and tokens[k + 1].norm == "لدي":
        return _state_at(lex, tokens, k + 2)  # an envoy "المعين لدى الجمهورية اللبنانية"
    if k + 1 < len(tokens) and tokens[k].norm in _DURING and tokens[k + 1].norm in _HIS_VISIT:
        k += 1
    if k + 1 < len(tokens) and tokens[k].norm in _HIS_VISIT:
        # "خلال زيارته الرسمية لتركيا"; "استهل فلان زيارته للولايات المتحدة بلقاء ..."
        k += 1
        while k < len(tokens) and tokens[k].core in _VISIT_KIND:
            k += 1
        if k < len(tokens) and tokens[k].norm == "الي":
            k += 1
        return _state_at(lex, tokens, k)
    if k + 2 < len(tokens) and tokens[k].norm in _UPON and tokens[k + 1].norm in _HIS_ARRIVAL:
        # "فلان، بعد وصوله لانواكشوط", "لدى وصوله إلى بغداد"
        k += 2
        if tokens[k].norm == "الي":
            k += 1
        return _state_at(lex, tokens, k, cities=True)
    if k + 1 >= len(tokens) or tokens[k].norm not in _WHO or tokens[k + 1].norm not in _VISITING:
        return _visited_by_verb(lex, tokens, mention)
    k += 2
    while k < len(tokens) and (tokens[k].norm in _NOW or tokens[k].norm in COMMAS):
        k += 1
    return _state_at(lex, tokens, k)


# Where an envoy is posted, after their name (normalised): "المعين لدى", "المعتمد لدى".
_POSTED = frozenset({"المعين", "المعينه", "المعتمد", "المعتمده"})
# Verbs of going to a state, whose subject is the one going (bare, normalised).
_GOING = frozenset({"زار", "يزور", "تزور", "وصل", "يصل", "تصل", "توجه", "يتوجه", "تتوجه"})
# How far after the name the state is looked for: past the name's office and the day
# ("زار فلان وزير الداخلية، يوم السبت، اليابان").
_GOING_REACH = 10
# Buildings one goes to in a city, maybe one's own (cores): "زار مقر السفارة في بغداد".
_BUILDINGS = frozenset({"مقر", "مكتب", "مبني", "قصر", "السفاره", "سفاره", "ديوان"})
# Where one comes from, not where one goes: "قادما من بغداد" (normalised).
_ORIGIN = frozenset({"من", "قادما", "قادمه"})


def _visited_by_verb(lex: Lexicon, tokens, mention: Mention) -> str | None:
    """The state, or the city's state, that a person is the subject of a verb of
    going to ("زار فلان ... الصين", "وصل الدكتور فلان ... إلى بكين")."""
    verb = mention.start - 1
    while verb >= 0 and is_title(lex, tokens[verb]):
        verb -= 1
    # "وصل" opens with the letter of "و": it is looked up whole too
    if verb < 0 or not {tokens[verb].bare, tokens[verb].bare.removeprefix("و")} & _GOING:
        return None
    for k in range(mention.end, min(mention.end + _GOING_REACH, len(tokens))):
        if tokens[k].norm in (".", "؟", "!"):
            break
        if tokens[k].core in _BUILDINGS:
            return None  # "زار فلان مقر السفارة في بغداد": a building, not a state
        state = _state_at(lex, tokens, k, cities=True)
        if state and tokens[k - 1].norm not in _ORIGIN:
            return state
    return None


def _state_at(lex: Lexicon, tokens, k: int, *, cities: bool = False) -> str | None:
    """The state named at k, or its capital's ("العاصمة البيروفية"), or with `cities`
    the state of the city named there."""
    if k + 1 < len(tokens) and tokens[k].core in STATE_WORDS:
        k += 1
    if k + 1 < len(tokens) and tokens[k].core in CAPITAL:
        if code := lex.adjectives.get((tokens[k + 1].norm,)):
            return code
        k += 1  # "إلى العاصمة ليما"
    cores = [t.core for t in tokens[k : k + lex.max_phrase]]
    for table in (lex.country_names, lex.cities) if cities else (lex.country_names,):
        length, code = match_phrase(cores, 0, table, lex.max_phrase)
        if length:
            return code
    return None
