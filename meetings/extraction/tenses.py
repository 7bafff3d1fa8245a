"""Whether a clause's meeting was held or is only announced: a future form, a meeting
to come after "المقبل", a meeting that is the aim of a trip ("للقاء"), a cue verb in the
imperfect; unless the clause tells its meetings as begun ("منذ أمس", "لقاءاته التي
استهلها")."""

from .cue_times import AFTER
from .cues import cue
from .dates import month_names
from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import (
    COMMAS,
    DURING,
    HOLDING,
    RELATIVES,
    WEEKDAYS,
    head,
    is_counterpart,
    is_title,
    per_word,
)


def announced(lex: Lexicon, tokens: list[Token], start: int, position: int, end: int) -> bool:
    """Is the meeting whose cue is at `position`, in the clause from `start` to `end`,
    announced rather than held?"""
    return (
        _planned(lex, tokens, start, position, end)
        or (position > start and future_verb(lex, tokens[position - 1]))
        # "المحادثات ستركز على ...": the meeting as the subject of a verb to come
        or (
            position + 1 < end
            and in_any(tokens[position], lex.definite_nouns) is not None
            and future_verb(lex, tokens[position + 1])
        )
        or _future_being_at(lex, tokens, start, position)
        or _object_of_a_verb_to_come(lex, tokens, start, position)
        or (position > start and tokens[position - 1].bare in _TO_FOLLOW)
        or _aimed_at(lex, tokens, start, position, end)
        or _on_the_programme(tokens, start, position)
        or _trip_to_come(lex, tokens, start, position)
        or (_imperfect(lex, tokens[position]) and not _after_before_that(tokens, position))
    ) and not _begun(lex, tokens, position, end)


# A visit's programme that includes a meeting, in the imperfect: "ويتضمن برنامج
# الزيارة لقاء مع ...", "إن زيارة فلان تتضمن لقاء مع ..." tells of meetings to come
# (normalised, without و).
_PROGRAMME = frozenset({"برنامج", "زياره", "جوله"})
_INCLUDES = frozenset({"يتضمن", "تتضمن", "يشمل", "تشمل"})


def _on_the_programme(tokens: list[Token], start: int, position: int) -> bool:
    before = tokens[start:position]
    return any(t.core.removeprefix("ال") in _PROGRAMME for t in before) and any(
        t.norm.removeprefix("و") in _INCLUDES for t in before
    )


# Setting out in the imperfect (normalised, without و): "يتوجه وفد برئاسة فلان إلى
# دمشق" opens a story of a trip to come; "توجه" in the past told one made.
_SETTING_OUT = frozenset({"يتوجه", "تتوجه", "يغادر", "تغادر", "يتجه", "تتجه"})


def _trip_to_come(lex: Lexicon, tokens: list[Token], start: int, position: int) -> bool:
    """Does the clause open on setting out in the imperfect, before a cue that is no
    verb in the past and not told as what came before it ("يتوجه وفد برئاسة وزير
    الدفاع فلان إلى دمشق")?"""
    cue = tokens[position]
    past_verb = in_any(cue, lex.verbs) is not None and not _imperfect(lex, cue)
    return (
        position > start
        and not past_verb
        and tokens[start].norm.removeprefix("و") in _SETTING_OUT
        # "ويغادر الوزير بيروت اليوم بعد محادثات أجراها مع ...": talks held before
        and not any(t.norm in AFTER for t in tokens[start:position])
    )


def _imperfect(lex: Lexicon, token: Token) -> bool:
    """A cue verb in the imperfect ("يبحث", "يلتقي"): in a story's body (headings are not
    read for meetings) it tells of a meeting to come, not of one held."""
    return token.norm in lex.imperfect_verbs or token.bare in lex.imperfect_verbs


def _after_before_that(tokens: list[Token], position: int) -> bool:
    """Is the verb at `position` told after "قبل أن" or "بعد أن"? The imperfect there
    narrates the past ("استقبل السفير الفرنسي قبل أن يستقبل السفيرة الألمانية")."""
    return (
        position >= 2
        and tokens[position - 1].norm == "ان"
        and tokens[position - 2].norm.removeprefix("و") in ("قبل", "بعد")
    )


# Participles and verbs scheduling an event, which after a verb in the past is another
# event than the meeting, and before it schedules nothing of it (cores).
_SCHEDULED = frozenset(
    {
        "المزمع",
        "المقرر",
        "المقرره",
        "المرتقب",
        "المرتقبه",
        "المنتظر",
        "المنتظره",
        "المتوقع",
        "يتوقع",
        "ينتظر",
    }
)
# A meeting put off or called off is not held (normalised, past forms; not "أجل", which
# is "من أجل" too): after a verb in the past they may tell of something else discussed
# ("بحثا الانتخابات التي تأجلت").
_PUT_OFF = frozenset({"تاجلت", "تاجل", "ارجئت", "ارجئ", "الغيت", "الغي"})
# A meeting noun after these did not take place (cores): "بعد تعذر لقائه بالرئيس",
# "إلغاء الاجتماع", "عدم لقاء الوزير".
_NOT_HELD = frozenset({"تعذر", "عدم", "الغاء", "تاجيل", "ارجاء", "فشل"})
# Refusing a meeting, the verb its clause opens with (bare, normalised); not the noun
# ("أكد رفض الاستيطان خلال لقائه").
_REFUSED = frozenset({"رفض", "رفضت", "يرفض", "ترفض"})
# What the refusal led to, told after it (normalised): "رفض استقبال فلان ... مما
# اضطره إلى عقد اجتماع مع علان" was held.
_TOLD_AFTER = frozenset({"مما", "فيما", "حيث", "ثم"})
# What says "المقرر" schedules something: "من المقرر أن", "المقرر عقده" (normalised).
_SCHEDULED_WITH = frozenset({"من", "ان", "عقده", "عقدها", "اجراؤه", "اجراوه"})


# What a meeting noun is the aim of (normalised): "وصل وفد ... بهدف لقاء فلان".
_AIMS = frozenset({"بهدف", "بغرض", "لغرض", "بقصد", "قصد"})


def _aimed_at(lex: Lexicon, tokens: list[Token], start: int, position: int, end: int) -> bool:
    """Is the meeting told as an aim, not as held: a meeting noun after "بهدف" and the
    like, or with "ل" ("توجه إلى دمشق للقاء الرئيس", "لإجراء محادثات"), as the cue or,
    after a cue that is no verb in the past, anywhere in the clause ("وصل وفد برئاسة
    فلان بهدف لقاء")?"""
    cue = tokens[position]
    if in_any(cue, lex.nouns) is not None and cue.prefix == "ل":
        return True
    if (
        cue.norm == _TO_MEET
        and position + 1 < end
        and _someone(lex, tokens[position + 1])
        # "طلب منه التوجه للقاء نظيره بعد مكالمة بين الرئيسين": the call was held
        and not any(in_any(t, lex.nouns) is not None for t in tokens[position + 1 : end])
    ):
        return True  # "قال إنه يخطط للقاء كل من نظرائه": "to meet", not "the meeting"
    if in_any(cue, lex.nouns) is not None and position > start:
        holding = tokens[position - 1]
        if holding.norm[:1] == "ل" and holding.norm[1:] in HOLDING:
            return True  # "وصل إلى جوبا لإجراء محادثات مع نظيره": to hold them
    if in_any(cue, lex.verbs) is not None and not _imperfect(lex, cue):
        return False
    return any(
        tokens[k - 1].norm in _AIMS and in_any(tokens[k], lex.nouns) is not None
        for k in range(max(start, 1), end)
    )


# "To meet" and "to the meeting" are written alike (normalised); whom it names after
# it tells the one from the other.
_TO_MEET = "للقاء"


def _someone(lex: Lexicon, token: Token) -> bool:
    """Does the word open the naming of someone: a title, an office, a counterpart, a
    known given name, or "كل" of "كل من"?"""
    return (
        token.norm == "كل"
        or is_title(lex, token)
        or head(lex, token) is not None
        or is_counterpart(lex, token)
        or token.norm in lex.given_names
    )


def _rapporteur(tokens: list[Token], k: int) -> bool:
    """ "المقرر" that schedules nothing ("من المقرر أن", "المقرر عقده"): the office of a
    rapporteur ("والمقرر العام فلان"), not a meeting to come."""
    if tokens[k].core != "المقرر":
        return False
    near = {tokens[i].norm for i in (k - 1, k + 1) if 0 <= i < len(tokens)}
    return not near & _SCHEDULED_WITH


# The day a meeting going on began, after "منذ" (normalised).
_SINCE_DAYS = frozenset({"امس", "يومين", "صباح"} | WEEKDAYS)


def _begun(lex: Lexicon, tokens: list[Token], position: int, end: int) -> bool:
    """Does the clause tell its meetings as begun, in the past ("ويناقش فلان خلال
    لقاءاته التي استهلها مع علان", "يبحث فلان وعلان منذ أمس ...")? Then what he
    "discusses" there was held."""
    for k in range(position + 1, end - 1):
        if tokens[k].norm == "منذ" and tokens[k + 1].norm in _SINCE_DAYS:
            return True  # "منذ أمس", "منذ الثلاثاء": going on since then
    for k in range(position + 1, end - 2):
        noun, relative, verb = tokens[k], tokens[k + 1], tokens[k + 2]
        if (
            relative.norm in RELATIVES
            and (cue(lex, noun).noun or cue(lex, noun).any_noun)
            and verb.norm.endswith(("ها", "ه"))
            and verb.norm[:1] not in "يتنس"
            and not verb.prefix
        ):
            return True
    return False


@per_word
def future_verb(lex: Lexicon, token: Token) -> bool:
    """A verb in the future ("ستتوج", "سيختتم") before a meeting noun with ب: the
    meeting is to come ("ستتوج بلقاء الملك")."""
    norm = token.norm
    if norm.startswith("وست") and not token.prefix:
        norm = norm[1:]  # "وستشمل": و on a verb the tokeniser does not know
    return (
        not token.prefix
        and norm[:2] in ("ست", "سي")
        and len(norm) >= 5
        and norm not in _NOUNS_LIKE_FUTURE_VERBS
        and norm not in lex.given_names
        and norm not in lex.weak_given_names
        and norm not in lex.foreign_given_names
    )


# Words opening on "سي" or "ست" that are no verbs (normalised): "واستمع سيادته لدى
# لقائه", "السياسة".
_NOUNS_LIKE_FUTURE_VERBS = frozenset(
    {"سياده", "سيادته", "سيادتها", "سياسه", "سياسات", "سياسي", "سياسيه", "سياسيا"}
    | {"سياسيين", "سياسيون", "سياحه", "سياحي", "سياحيه", "سياره", "سيارات", "سيطره"}
    | {"سيناريو", "سيناريوهات"}
)


# How far before a meeting noun a verb to come may govern it: "سيترأس مع فلان اجتماع".
_GOVERNED = 6


def _object_of_a_verb_to_come(lex: Lexicon, tokens: list[Token], start: int, position: int) -> bool:
    """Is the meeting a noun that a verb in the future, a few words before it, has as
    its object ("أن فلان سيترأس مع علان اجتماع اللجنة")? Not past a verb of its own."""
    if in_any(tokens[position], lex.verbs) is not None:
        return False
    for k in range(position - 1, max(start, position - 1 - _GOVERNED), -1):
        if future_verb(lex, tokens[k]):
            return True
        if in_any(tokens[k], lex.verbs) is not None or tokens[k].norm in COMMAS | DURING:
            return False  # "أن بلاده ستدعم ترشح مصر خلال لقائه": said at the meeting
    return False


# "Follows it" in the imperfect (normalised): "يليها لقاء بين فلان وعلان" is to come
# ("تلتها جلسة موسعة", in the past, was held).
_TO_FOLLOW = frozenset({"يليه", "يليها", "تليه", "تليها", "سيليه", "سيليها", "ستليه", "ستليها"})


def _future_being_at(lex: Lexicon, tokens: list[Token], start: int, position: int) -> bool:
    """ "سيكون في استقبال الوزير نظيره": a meeting noun after a verb in the future and
    "في" (being at it) is to come."""
    return (
        position - 2 >= start
        and tokens[position - 1].norm == "في"
        and future_verb(lex, tokens[position - 2])
    )


# Past verbs that report what happened (normalised): "جاء ذلك خلال لقائه".
_REPORTED = frozenset({"جاء", "جري"})


def _planned(lex: Lexicon, tokens: list[Token], start: int, position: int, end: int) -> bool:
    """An announced meeting: a future form ("سيلتقي"، "من المقرر"، "غدا") in the clause,
    or "المقبل" after a time word ("الأسبوع المقبل"; "الانتخابات المقبلة" is not one).
    Not once, after a verb in the past, a participle schedules another event, which the
    meeting discussed ("بحث فلان مع علان القمة المزمع عقدها في ديسمبر القادم")."""
    cue = tokens[position]
    verb = in_any(cue, lex.verbs) is not None or in_any(cue, lex.held_verbs) is not None
    past = (
        (verb and not _imperfect(lex, cue))
        or tokens[start].norm.removeprefix("و") in _REPORTED  # "جاء ذلك خلال استقباله ..."
        # "سالم عمر - القاهرة - جرى اتصال هاتفي بين ...": the byline before its verb
        or (position > start and tokens[position - 1].norm.removeprefix("و") in _REPORTED)
        # "قام خلال استقبال وفد ... بتهنئة الحكومة التي سيكلفها المجلس": told as held,
        # unless what happens during it is to come ("ستعرض نتائجها خلال اجتماعهم المقرر")
        or (
            position > start
            # "خلال لقائه", "خلال ندوة صحفية عقدها مع"
            and any(t.norm in DURING for t in tokens[max(start, position - 2) : position])
            and not any(
                future_verb(lex, t) or in_any(t, lex.future) for t in tokens[start:position]
            )
        )
    )
    if _called_for(tokens, start, position):
        return True
    if position > start and tokens[position - 1].core in _NOT_HELD:
        return True  # "غادر بعد تعذر لقائه بالرئيس": a meeting that did not take place
    opening = next((t for t in tokens[start:position] if not t.is_punct), cue)
    if (
        in_any(cue, lex.verbs) is None
        and opening.bare in _REFUSED
        and not any(t.norm in DURING or t.norm in _TOLD_AFTER for t in tokens[start:position])
    ):
        # "رفض رئيس البلدية فلان استقبال السفير": refused, not held; not "رفض الرئيس
        # خلال لقائه المبعوث أي حلول", what was refused at the meeting
        return True
    if past and position > start and tokens[position - 1].norm in COMMAS and cue.norm[:1] == "و":
        start = position  # "ستقوم بزيارة ...، والتقت خلالها فلان": a past meeting told after
    elif past:
        # "في إطار التحضير للقمة المقررة العام المقبل، التقى فلان": what the phrase
        # before the comma schedules is another event
        start = next(
            (k + 1 for k in range(position - 1, start - 1, -1) if tokens[k].norm in COMMAS), start
        )
    reported = cue.bare in lex.reporting_verbs or tokens[start].bare in lex.reporting_verbs
    for k in range(start, end):
        t = tokens[k]
        if past and t.core in _SCHEDULED:
            if k > position:
                break  # "القمة المزمع عقدها": another event's time, after a verb in the past
            continue  # "من المتوقع تفعيل الاتفاقات، حيث بحث فلان": what is to come is not it
        if t.prefix == "ل" and t.core in lex.verbs:
            break  # "لبحث تنظيم منتدى الشهر المقبل": the purpose is to come, not the meeting
        if k > position and in_any(t, lex.definite_nouns):
            break  # "بحث X مع Y استعدادات الاجتماع القادم يوم الثلاثاء المقبل": another one
        if k > position and _reported_speech(lex, tokens, k):
            break  # "التقى فلان علانا، مؤكدا أن بلاده ستواصل دعمها": what he said
        if k > position and t.norm in _THAT and reported:
            # "أكد فلان أمام علان أن بلاده ترفض ... في شباط المقبل", "وأوضح فلان خلال
            # مؤتمر صحفي مع علان أنه سيتم ...": what he said
            break
        if past and k > position and t.norm in RELATIVES:
            break  # "عقد فلان محادثات ... على هامش القمة التي تنطلق غدا": the summit's time
        if in_any(t, lex.future) and not _rapporteur(tokens, k):
            return True
        if t.norm.removeprefix("و") in _PUT_OFF and not (past and k > position):
            return True  # "زيارة الوفد برئاسة فلان، التي كانت مقررة اليوم، قد تأجلت"
        if k > start and in_any(t, lex.next_words):
            before = tokens[k - 1]
            if in_any(before, lex.time_nouns) or before.core in month_names():
                return True
    return False


# Calling for something (normalised, without و): "دعا إلى عقد اجتماع", "طالبت بعقد".
_CALLING = frozenset({"دعا", "دعت", "دعوا", "يدعو", "تدعو", "طالب", "طالبت", "اقترح", "اقترحت"})
_TO = frozenset({"الي", "والي"})  # normalised: "إلى", "وإلى"
_CALL_NOUN = ("دعوت", "دعوه")  # "دعوة", "دعوته", "دعوتها" (normalised cores)


def _called_for(tokens: list[Token], start: int, position: int) -> bool:
    """Is the meeting at `position` what someone called for ("دعا إلى اجتماع طارئ ...،
    وإلى عقد اجتماع للقادة", "طالبت بعقد لقاء")? It is not held yet. After "وإلى" the
    verb is the one of the "إلى" before, in an earlier clause."""
    k = position
    if k > start and tokens[k - 1].core in HOLDING:
        k -= 1  # "إلى عقد اجتماع", "بعقد اجتماع"
    if (
        k > start
        and tokens[k].norm[:1] == "ل"
        and tokens[k - 1].norm.lstrip("وب").startswith(_CALL_NOUN)
    ):
        return True  # "أشاد بدعوتها للاجتماع برئيس البرلمان": a meeting called for
    if tokens[k].prefix.endswith("ب"):
        to = k  # "طالب بعقد", "دعا بلقاء"
    elif k > 0 and tokens[k - 1].norm in _TO:
        to = k - 1
    else:
        return False
    first = 0 if tokens[to].norm == "والي" else start
    return any(t.bare in _CALLING for t in tokens[first:to])


# "That" opening what someone said (normalised): "مؤكدا أن", "مشيرا إلى أنه".
_THAT = frozenset({"ان", "بان", "انه", "انها", "بانه", "بانها"})


def _reported_speech(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """Does "أن" at k open what someone said ("أكد أن", "مشيرا إلى أن")? Its tenses are
    the speaker's, not the meeting's."""
    if tokens[k].norm not in _THAT:
        return False
    if tokens[k].text.startswith("إن"):
        return True  # "وقال الوزير - خلال لقائه مع فلان - إن بلاده تعتزم ...": only after saying
    j = k - 1
    if j > 0 and tokens[j].norm in ("الي", "علي"):
        j -= 1
    said = tokens[j]
    return said.bare in lex.reporting_verbs or (
        said.norm[:1] == "م" and said.norm.endswith(("ا", "ين")) and said.norm in lex.not_names
    )
