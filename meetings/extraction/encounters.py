"""Frames in which a clause's cue word reports a meeting or none, beyond the word
itself: visiting a person, touring officials, chairing or appearing together with
someone, signing or agreeing with a counterpart, calls (not telecommunications); and an
invitation or a letter received rather than a call, an interview with a channel rather
than a meeting. Summits and chaired gatherings are `gatherings`'.
"""

from .lexicon import Lexicon
from .tokens import Token, in_any
from .words import COMMAS, WEEKDAYS, head, is_counterpart, is_title

# What one receives without meeting its sender (normalised): "تلقى دعوة", "تسلم رسالة".
_SENT_ITEMS = frozenset(
    {
        "دعوه",
        "دعوات",
        "رساله",
        "رسائل",
        "رسالتين",
        "رسالتان",
        "برقيه",
        "برقيات",
        "برقيتي",
        "برقيتين",
        "تهنئه",
    }
    | {"تهاني", "تعازي"}
)
# One's own press conference "with" another (normalised): "في مؤتمره الصحفي مع".
_PRESS_BARE = frozenset({"صحفي", "صحافي"})
_PRESS = frozenset("ال" + word for word in _PRESS_BARE)
_HIS_CONFERENCE = frozenset({"مؤتمره", "مؤتمرها", "مؤتمرهما"})
# A press conference, indefinite (normalised): "ندوة صحفية عقدها مع", "مؤتمرا صحفيا".
_CONFERENCE = frozenset({"ندوه", "مؤتمر", "مؤتمرا"})
_PRESS_ADJECTIVES = frozenset(word + ending for word in _PRESS_BARE for ending in ("", "ه", "ا"))
# What two hold together in public (normalised): "مؤتمر صحفي مشترك مع نظيره".
_APPEARANCES = frozenset({"مؤتمر", "مؤتمرا", "تصريح", "تصريحات", "تصريحا", "ايجاز"})
_JOINT = frozenset({"مشترك", "مشتركه", "مشتركا"})
_HELD_IT = frozenset({"عقده", "عقدته", "عقداه", "عقدها", "عقدتها"})  # normalised
# When it was held, between "عقده" and "مع" (normalised).
_WHEN = WEEKDAYS | {"اليوم", "امس", "مساء", "صباح", "ظهر"}
# A visit (normalised, after و or ف too), in the past: "زار فلان نظيره".
VISITED = frozenset({"زار", "زارت", "زارا", "زاروا"})
# Paying a visit (normalised, after و or ف too): "قام فلان بزيارة لمعالي علان", and
# opening or closing a tour with one: "ابتدأ فلان جولته بزيارة إلى السفير علان".
_PAID = frozenset({"قام", "قامت", "قاما", "ابتدا", "ابتدات", "بدا", "بدات", "استهل", "استهلت"})
_PAID |= {"اختتم", "اختتمت"}
_A_VISIT = frozenset({"بزياره"})
# from the verb to "بزيارة": its subject, its office and a time between
_PAID_WORDS = 28
# What kind of visit (normalised): "بزيارة مجاملة", "بزيارة رسمية".
_KINDS_OF_VISIT = frozenset({"مجامله", "رسميه", "تعارف", "عمل", "وديه", "خاصه"})


def _a_visit_to_someone(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """Is the visit paid "to" a person: "بزيارة" and then "ل" on a title, an office or
    a counterpart ("لمعالي", "للرئيس", "لنظيره"), or "إلى" and one of them?"""
    for j in range(k + 1, min(end - 1, k + 1 + _PAID_WORDS)):
        if tokens[j].norm in _A_VISIT:
            if j + 2 < end and tokens[j + 1].norm in _KINDS_OF_VISIT:
                j += 1  # "بزيارة مجاملة لمحافظ الإسكندرية"
            visited = tokens[j + 1]
            if visited.norm == "الي" and j + 2 < end:
                # "بزيارة إلى السفير التركي فلان": to someone, not to a place
                visited = tokens[j + 2]
                return not visited.prefix and (
                    is_title(lex, visited)
                    or head(lex, visited) is not None
                    or is_counterpart(lex, visited)
                )
            return (visited.prefix == "ل" or visited.norm[:1] == "ل") and (
                is_title(lex, visited)
                or head(lex, visited) is not None
                or is_counterpart(lex, visited)
            )
    return False


# Touring officials (normalised, after و or ف too): "جال الموفد على رئيس المجلس".
_TOURED = frozenset({"جال", "جالت", "جالا", "جالوا"})
_TOURED_WORDS = 10  # from the verb to "على": its subject between
# Heads of several bodies named one after another: "جال على رؤساء الجمهورية فلان
# والمجلس علان والحكومة فلان" (normalised).
_HEADS_OF = frozenset({"رؤساء", "قاده", "وزراء"})
# Visits and tours, whose calls "شملت" lists (normalised cores): "جولته التي شملت
# وزير الدفاع فلان".
_ROUNDS_OF_VISITS = frozenset({"زيارات", "زياراته", "زياراتها", "جولته", "جولتها", "جولاته"})
# Calls told before, named after the verb: "وشملت الاتصالات وزير الخارجية فلان"
# (normalised; not visits or talks, whose hosts may have met together).
_ROUNDS_OF_CALLS = frozenset({"الاتصالات", "المكالمات"})
_TOOK_IN = frozenset({"شملت", "تضمنت"})
_ALL_OF = frozenset({"كلا", "كل", "من"})
# Where someone is visited (normalised): "زاره في مكتبه".
_OWN_PREMISES = frozenset(
    {"مكتبه", "مكتبها", "اقامته", "اقامتها", "منزله", "منزلها", "دارته", "دارتها", "بيته", "بيتها"}
)


def received_item(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """Is the verb at k one of receiving ("تلقى"), and what it received an invitation, a
    letter or a greeting rather than a call? What follows a call is no longer its object:
    "تلقى فلان اتصالا من علان، وقدم له التهنئة"."""
    if not tokens[k].bare.startswith(("تلق", "يتلق")):
        return False
    for t in tokens[k + 1 : end]:
        if in_any(t, lex.nouns):
            return False
        if t.core.removeprefix("ال") in _SENT_ITEMS:
            return True
    return False


def joint_appearance(tokens: list[Token], k: int, end: int) -> bool:
    """ "في مؤتمر صحفي مشترك مع ضيفه", "في تصريح مشترك مع رئيس الحكومة": appearing
    together before the press is meeting; who speaks and who is after "مع" are its
    parties; so is "مؤتمر صحفي مشترك عقده مع نظيره"."""
    if _held_together_before(tokens, k):
        return True  # "عقد رفقة وزير الخارجية البرازيلي فلان مؤتمرا صحفيا مشتركا"
    if (
        tokens[k].norm.removeprefix("ال") in _PRESS_BARE
        and k
        and tokens[k - 1].core in _APPEARANCES
        and k + 1 < end
        and tokens[k + 1].norm in _TOGETHER
    ):
        return True  # "أثناء مؤتمر صحفي برفقة الرئيس فلان"
    with_at = k + 2 if k + 2 < end and tokens[k + 1].norm in _HELD_IT else k + 1
    while with_at < end - 1 and with_at > k + 1 and tokens[with_at].norm in _WHEN:
        with_at += 1  # "مؤتمر صحفي مشترك عقده الخميس مع ..."
    if with_at >= end or tokens[with_at].norm != "مع":
        return False
    if tokens[k].norm in _PRESS and k and tokens[k - 1].core in _HIS_CONFERENCE:
        return True  # "قال الوزير فلان في مؤتمره الصحفي مع نظيره علان"
    if (
        tokens[k].norm in _PRESS_ADJECTIVES
        and k
        and tokens[k - 1].norm in _CONFERENCE
        and with_at == k + 2
    ):
        return True  # "خلال ندوة صحفية عقدها مع نظيره": a conference he held with him
    if tokens[k].norm not in _JOINT:
        return False
    before = (tokens[i].core for i in range(max(0, k - 3), k))
    return any(word in _APPEARANCES for word in before)


# "عقد رفقة فلان" (normalised): held together with someone.
_TOGETHER = frozenset({"رفقه", "برفقه"})
_TOGETHER_REACH = 12  # words from "رفقة" to "مشتركا": the one's office and name


def _held_together_before(tokens: list[Token], k: int) -> bool:
    """Is the joint appearance at k ("مؤتمرا صحفيا مشتركا") one held "رفقة" someone
    named before it?"""
    if tokens[k].norm not in _JOINT or k < 2 or tokens[k - 2].core not in _APPEARANCES:
        return False
    before = tokens[max(0, k - _TOGETHER_REACH) : k - 2]
    return any(t.norm in _TOGETHER for t in before) and not any(
        t.is_punct and t.norm not in "،," for t in before
    )


def visited_someone(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "زار الوزير فلان نظيره علان", "وزار فلان المدير علان في مكتبه", "قام فلان
    بزيارة لمعالي علان": visiting a person, not a place ("زار الوزير مدينة بنغازي"),
    is meeting them."""
    if tokens[k].norm.removeprefix("و").removeprefix("ف") in _PAID:
        return _a_visit_to_someone(lex, tokens, k, end)
    if tokens[k].norm.removeprefix("و").removeprefix("ف") not in VISITED:
        return False
    after = tokens[k + 1 : end]
    return any(is_counterpart(lex, t) and not t.prefix for t in after) or any(
        t.core in _OWN_PREMISES for t in after
    )


_CO_CHAIR_WORDS = 3  # from the verb to "مع": "ترأس خلالها مع", "ترأست أمس مع"


# The proceedings of a session chaired (normalised, without the article).
_PROCEEDINGS = frozenset({"اعمال", "اشغال"})


def co_chaired(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "ترأس خلالها مع نظيره الليبي فلان أشغال اللجنة", "ترأس الوزير فلان، ونائب
    رئيس الوزراء علان، أعمال الدورة": chairing with someone is meeting them."""
    if any(t.norm == "مع" for t in tokens[k + 1 : min(end, k + 1 + _CO_CHAIR_WORDS)]):
        return True
    proceedings = next(
        (j for j in range(k + 1, end) if tokens[j].core.removeprefix("ال") in _PROCEEDINGS), None
    )
    return proceedings is not None and any(
        tokens[j].norm.startswith("و") and tokens[j - 1].norm in COMMAS and head(lex, tokens[j])
        for j in range(k + 2, proceedings)
    )


def toured_officials(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "جال الموفد بالأمس على رئيس مجلس النواب فلان": touring officials ("على" an
    office) is visiting them, one after another; not a tour of a place."""
    if tokens[k].norm.removeprefix("و").removeprefix("ف") not in _TOURED:
        return False
    for j in range(k + 1, min(end - 1, k + _TOURED_WORDS)):
        if tokens[j].norm == "علي":
            officials = tokens[j + 1]
            return (
                head(lex, officials) is not None
                or is_counterpart(lex, officials)
                or officials.norm in _HEADS_OF
            )
    return False


# "By phone", after whatever its verb did (normalised): "هنأ فلان هاتفيا نظيره".
_BY_PHONE = frozenset({"هاتفيا"})


def by_phone_to_someone(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "هنأ وزير الخارجية فلان، هاتفياً نظيره التشادي علان": what a verb did by phone
    to someone named by office or counterpart was a call with them (not "اتصالا
    هاتفيا", the call's own noun)."""
    if tokens[k].norm not in _BY_PHONE or k < 2 or k + 1 >= end:
        return False
    if in_any(tokens[k - 1], lex.nouns) is not None:
        return False
    met = tokens[k + 1]
    return is_counterpart(lex, met) or head(lex, met) is not None or is_title(lex, met)


def calls_took_in(tokens: list[Token], k: int) -> bool:
    """ "وشملت الاتصالات وزير الخارجية فلان": the calls told before took in someone."""
    return (
        tokens[k].norm.removeprefix("و") in _TOOK_IN
        and k + 1 < len(tokens)
        and tokens[k + 1].norm in _ROUNDS_OF_CALLS
    )


def visits_took_in_officials(lex: Lexicon, tokens: list[Token], k: int, end: int) -> bool:
    """ "أنهى المبعوث زياراته التي شملت وزير الدفاع فلان، ورئيس الأركان علان":
    the visits' calls listed, one after another, are meetings with those officials (not
    "جولته التي شملت مصر والأردن": places); so are the phone calls "وشملت الاتصالات"
    lists (see `calls_took_in`)."""
    if tokens[k].norm.removeprefix("و") not in _TOOK_IN:
        return False
    j = k + 1
    if calls_took_in(tokens, k):
        j += 1
    elif k < 2:
        return False
    else:
        which = tokens[k - 1].norm == "التي"
        if tokens[k - 1 - which].core not in _ROUNDS_OF_VISITS:
            return False
    while j < end and tokens[j].norm in _ALL_OF:
        j += 1
    return j < end and (head(lex, tokens[j]) is not None or is_counterpart(lex, tokens[j]))


def with_counterpart(
    lex: Lexicon, tokens: list[Token], start: int, end: int, *, joined_only: bool
) -> bool:
    """Is a counterpart named with "مع" or "و" in the clause ("مع نظيره", "ونظيرها"),
    or addressed with "ل" ("أكد X لنظيره Y": said to him, so they spoke)? After a verb
    of saying, not after "مع": "شدد X ونظيره Y على" reports the two together, "أكد X
    أهمية التنسيق مع نظيره" does not."""
    for k in range(start, end):
        t = tokens[k]
        joined = t.prefix in ("و", "ل")
        if is_counterpart(lex, t) and (joined or (not joined_only and tokens[k - 1].norm == "مع")):
            return True
    return False


# Welcoming (bare, without و): "رحب فلان بعلان" has the one welcomed after ب.
_WELCOMING = frozenset({"رحب", "رحبت"})


def welcomed_someone(lex: Lexicon, tokens: list[Token], k: int, end: int, claimed) -> bool:
    """Does the one named right after a verb of welcoming at k welcome someone named by
    office, rank or as a counterpart ("رحب رئيس الأركان فلان، بقائد القوات علان",
    "ورحب الوزير بنظيره"), or the visit of someone named ("رحب الرئيس بزيارة فلان")?
    Then they met; welcoming a decision or a visit
    ("رحب بقرار مجلس الأمن") is no meeting."""
    if tokens[k].bare.removeprefix("و") not in _WELCOMING:
        return False
    j = k + 1
    while j < end and j in claimed and tokens[j].prefix != "ب":
        j += 1  # the one who welcomes, up to the one welcomed ("بنظيره فلان")
    if j == k + 1:
        return False  # no one named as the one who welcomes
    if j < end and tokens[j].norm in COMMAS:
        j += 1
    if j >= end or tokens[j].prefix != "ب":
        return False
    if tokens[j].core == "زياره" and j + 1 in claimed:
        # "رحب الرئيس بزيارة فلان": welcoming the visitor named right after it; an
        # office's visit may be to the place ("رحب الوزير بزيارة رئيسة البعثة للعاصمة")
        visitor = tokens[j + 1]
        return head(lex, visitor) is None and not is_title(lex, visitor)
    welcomed = tokens[j]
    return (
        is_title(lex, welcomed) or head(lex, welcomed) is not None or is_counterpart(lex, welcomed)
    )


def addressed_in_person(lex: Lexicon, tokens: list[Token], k: int, end: int, claimed) -> bool:
    """Does the speaker named right after a verb of saying at k say it to someone named
    by office or title ("أكد الرئيس فلان لوزير الخارجية المصري علان أن ...") or before
    them ("أكد فلان أمام علان")? Then the two spoke together. The speaker's name must end
    on a bare word, as names do, so the ل of an office's own phrase ("المستشار الخاص
    للرئيس") is not taken for it."""
    for j in range(k + 2, end):
        if j - 1 not in claimed:
            return False
        before, t = tokens[j - 1], tokens[j]
        if before.definite or before.prefix or head(lex, before) is not None:
            continue
        addressed = t if t.prefix == "ل" else None
        if t.norm == "امام" and j + 1 < end:
            addressed = tokens[j + 1]
        if addressed is not None and (is_title(lex, addressed) or head(lex, addressed)):
            return True
    return False


def calls(tokens: list[Token], start: int, end: int) -> bool:
    """ "أجرى سلسلة من الاتصالات الهاتفية", "أجرى سلسلة اتصالات مع نظرائه": calls, not
    telecommunications."""
    return any(
        tokens[k].core.removeprefix("ال") == "اتصالات"
        and (
            tokens[k + 1].core.endswith("هاتفيه")
            or tokens[k + 1].norm == "مع"
            or (k > start and tokens[k - 1].core == "سلسله")
        )
        for k in range(start, end - 1)
    )


def with_joined_office(lex: Lexicon, tokens: list[Token], start: int, end: int) -> bool:
    """Is a second signer named by office after "و" ("وقع مدير الأمن العام فلان
    والسفير الأمريكي علان اتفاقية"), or are two named by office ("ووقع عن الجانب
    الأردني وزير الداخلية فلان وعن الجانب الإماراتي وزير الداخلية علان")? Signing
    together is meeting."""
    heads = [t for t in tokens[start:end] if not is_title(lex, t) and head(lex, t) is not None]
    return len(heads) >= 2 or any(t.prefix.startswith("و") for t in heads)


# Media an interview is given to (normalised cores): "في لقاء مع قناة ...".
_MEDIA = frozenset({"قناه", "صحيفه", "جريده", "وكاله", "اذاعه", "تلفزيون", "مجله", "برنامج"})


def interview(tokens: list[Token], k: int, end: int) -> bool:
    """Is the meeting noun at k one with a channel or a paper ("لقاء مع قناة سكاي
    نيوز", "حوار لصحيفة ...")?"""
    after = tokens[k + 1 : min(end, k + 3)]
    if after and after[0].norm == "مع":
        after = after[1:]
    return bool(after) and after[0].core.removeprefix("ال") in _MEDIA
