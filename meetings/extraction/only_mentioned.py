"""Who a sentence names without making them a party: a relative ("نجل X"), someone
whose greetings are conveyed, on whose behalf or by whose orders someone came, a
letter's sender or addressee, a ruler under whose reign or with whose trust, whose
health or death is spoken of, whose visit is to come or the meeting was held beside.
"""

from .document import Mention
from .lexicon import Lexicon
from .mention_context import coordinated
from .phrases import match_phrase
from .tokens import in_any
from .words import COMMAS, GREETINGS, LETTER_KINDS, TO_HIM, government_led_by, is_title

# Greetings conveyed from someone absent: "تحيات X". (Not a letter: who carries it and
# who receives it take part.)
_ADDRESSED = frozenset({"موجهه", "الموجهه", "موجه", "الموجه"})
# Who appointed someone (normalised, the verb with its object).
_APPOINTED_HIM = frozenset({"عينه", "عينها", "كلفه", "كلفها", "عينهما"})
# Compared without their prefixes: "بتكليف", "لتوجيهات", "وبتعليمات", "برسالة".
_ON_BEHALF = frozenset({"تكليف", "توجيه", "توجيهات", "تعليمات", "ممثلا", "نيابه", "رساله"})
_ON_BEHALF |= {"مبعوثا", "كمبعوث", "موفدا", "كموفد"}  # "كمبعوث من الملك فلان"
_ON_BEHALF |= {"امر", "اوامر"}  # "بأمر من جلالة الملك فلان"
# What kind of envoy (normalised accusatives): "مبعوثا رسميا لرئيس الجمهورية X".
_ENVOYS_KIND = frozenset({"رسميا", "خاصا", "شخصيا"})
# Whom ties bind (bare): "العلاقات التي تربط جلالة الملك فلان وجلالة الملك علان".
_BOUND = frozenset({"تربط", "يربط"})
# whose deputy, aide or successor someone became: "عقب تعيينه نائبا للمبعوث الأممي
# فلان", "خلفا لفلان"
_BECAME = frozenset({"نائبا", "مساعدا", "مستشارا"})
_ON_BEHALF |= _BECAME | {"خلفا"}
# Whom someone succeeded (normalised, bare): "خلفا للجنرال الإسباني فلان".
_SUCCEEDING = frozenset({"خلفا", "خلافه"})
# Whose health, death or memory is spoken of (normalised cores).
_ABOUT_THEM = frozenset({"صحه", "وفاه", "رحيل", "جثمان", "ذكري", "تابين", "فقدان"})
# The late (normalised): "المغفور له", "المغفور لهما".
_LATE = frozenset({"المغفور"})
# Whom someone looks forward "to receiving" (normalised core, after ل).
_HOPED_FOR = frozenset({"استقبال"})
# An invitation handed over, not one a visit answers ("بدعوة من"), normalised.
_INVITATION = frozenset({"دعوه", "الدعوه"})
# Under whose rule (normalised): "في ظل قيادة", "في عهد".
_UNDER = frozenset({"ظل", "في", "تحت"})
_REIGN = frozenset({"قياده", "عهد", "رعايه"})
# Two rulers' reign and its epithets (normalised cores): "في عهد القيادتين الرشيدتين
# لجلالة الملك X وأخيه الملك Y".
_RULERS = frozenset({"القيادتين", "القياده"})
_RULERS_EPITHETS = frozenset({"الحكيمتين", "الحكيمه", "الرشيدتين", "الرشيده"})
# How high an order was (normalised): "بتعليمات سامية من الملك X", "بأوامر عليا من".
# The two states' leaders (normalised cores), whose will or directives are spoken of:
# "تنفيذا لإرادة قائدي البلدين فخامة السيد X وفخامة السيد Y".
_LEADERS_OF_BOTH = frozenset({"قائدي", "زعيمي", "رئيسي", "قيادتي"})
_BOTH_STATES = frozenset({"البلدين", "الدولتين", "البلدان"})
_HIGH = frozenset({"ساميه", "عليا", "ملكيه", "الساميه", "العليا", "الملكيه"})
# Whose vision or plan is spoken of (normalised cores; "بمبادرة من" is another's doing).
_PLANS = frozenset({"رؤيه", "خطه", "مبادره", "سياسه", "عقيده"})
# Whose trust someone holds (normalised core): "محل ثقة خادم الحرمين الشريفين الملك X".
_TRUST = frozenset({"ثقه"})
# Whose regime, militia or forces (normalised core): "سقوط نظام الرئيس X", "ميليشيا
# اللواء X", "المحافظات التي استعادتها قوات الرئيس X".
_REGIME = frozenset({"نظام", "مليشيا", "ميليشيا", "مليشيات", "ميليشيات", "قوات", "انصار"})
_REGIME |= {"اطاحه", "الاطاحه"}  # whose ouster: "منذ إطاحة الرئيس السابق X"


# What is to come (normalised cores): "الزيارة المرتقبة لفلان".
_UPCOMING = frozenset({"المرتقبه", "المرتقب", "المقبله", "المقبل", "القادمه", "القادم"})
# A visit gone by (normalised cores): "الزيارة الأخيرة لفلان إلى واشنطن".
_PAST = frozenset({"الاخيره", "السابقه", "الماضيه"})
_VISITS = frozenset({"الزياره", "الجوله"})


def _epithet_before(lex: Lexicon, tokens, k: int) -> int:
    """The length of a state's epithet ending at k, a ruler's title ("توجيهات خادم
    الحرمين الشريفين الملك X"), else 0."""
    for length in range(min(k + 1, lex.max_phrase), 1, -1):
        cores = [t.core for t in tokens[k - length + 1 : k + 1]]
        if match_phrase(cores, 0, lex.country_names, length)[0] == length:
            return length
    return 0


def _succeeded(lex: Lexicon, tokens, k: int) -> bool:
    """Does a rank and a nationality ending at k follow "خلفا ل" ("بعد تسلمه مهامه
    خلفا للجنرال الإسباني فلان")? The one succeeded has left the post."""
    if k >= 0 and tokens[k].definite and (tokens[k].core,) in lex.adjectives:
        k -= 1
    if k < 1 or tokens[k].core not in lex.ranks or tokens[k].prefix != "ل":
        return False
    return tokens[k - 1].bare in _SUCCEEDING


def after_kinship(lex: Lexicon, tokens, start: int) -> bool:
    """Is the person only mentioned: a relative ("نجل X"), someone whose greetings
    are conveyed ("نقل تحيات X وولي عهده Y"), on whose behalf someone came, or the
    sender or addressee of a letter?"""
    k = start - 1
    while k >= 0 and (is_title(lex, tokens[k]) or tokens[k].is_quote):
        k -= 1
    k -= _epithet_before(lex, tokens, k)
    if k >= 0 and in_any(tokens[k], lex.kinship) is not None:
        return True
    if _succeeded(lex, tokens, k):
        return True
    if k >= 0 and tokens[k].core in _UPCOMING and tokens[start].prefix == "ل":
        return True  # whose visit to come is discussed: "الزيارة المرتقبة لرئيس الوزراء X"
    if (
        k >= 1
        and tokens[k].core in _PAST
        and tokens[k - 1].core in _VISITS
        and tokens[start].prefix == "ل"
    ):
        return True  # whose visit is told of: "أكد أن الزيارة الأخيرة للرئيس X كانت ناجحة"
    # on whose behalf, or from whom, someone came: "ممثلا لرئيس الجمهورية X",
    # "بتكليف من الرئيس X", "رسالة خطية من نظيره المالي، الرئيس X", "بفضل توجيهات
    # الملك X", "بتعليمات سامية من الملك X"
    if (
        k >= 0
        and tokens[k].norm == "الي"
        and any(t.core == "رساله" for t in tokens[max(0, k - 5) : k])
    ):
        return True  # a letter's addressee: "حمّل الموفد رسالة شكر إلى الرئيس X"
    if k >= 0 and government_led_by(tokens, 0, k):
        return True  # "المذكرة الموقعة مع حكومة الوحدة برئاسة فلان"
    if k >= 0 and tokens[k].prefix == "ل" and tokens[k].core in _HOPED_FOR:
        return True  # "عن تطلعه لاستقبال الرئيس X في اليابان": a visit hoped for
    if k >= 0 and tokens[k].core.removeprefix("ب").removeprefix("ل") in _ABOUT_THEM:
        return True  # "للاطمئنان على صحة أمير الكويت X", "تعازيه بوفاة الشيخ X"
    if k >= 1 and tokens[k].norm in TO_HIM and tokens[k - 1].core in _LATE:
        return True  # "قرأ الفاتحة على المغفور له الملك X": who died
    if k >= 1 and tokens[k].norm == "من" and tokens[k - 1].norm in _INVITATION:
        return True  # "سلمه السفير دعوة من الأمير X": who sent it, not who met
    if k >= 1 and tokens[k].core in _REIGN and tokens[k - 1].norm in _UNDER:
        return True  # "في ظل قيادة جلالة الملك X", "تحت قيادة الرئيس X", "في عهد الرئيس X"
    reign = k
    while reign >= 0 and tokens[reign].core in _RULERS_EPITHETS:
        reign -= 1
    if reign >= 1 and tokens[reign].core in _RULERS and tokens[reign - 1].core in _REIGN:
        return True  # "في عهد القيادتين الرشيدتين لجلالة الملك X"
    if k >= 1 and tokens[k].core in _BOTH_STATES and tokens[k - 1].core in _LEADERS_OF_BOTH:
        return True  # "لإرادة قائدي البلدين فخامة السيد X": the leaders, not who met
    if k >= 1 and tokens[k].core == "زياره" and tokens[k - 1].norm in ("هامش", "اطار"):
        # "على هامش زيارة الملك X إلى مدريد", "في إطار زيارة الرئيس X إلى مصر": the
        # visit it was held beside or within
        return True
    if k >= 0 and tokens[k].bare in _BOUND:
        return True  # "العلاقات التي تربط جلالة الملك X": whose ties, not who met
    if k >= 0 and tokens[k].core in _PLANS and not tokens[k].prefix.endswith("ب"):
        return True  # "تنفيذ المرحلة الثانية من رؤية الرئيس X": whose plan, not who met
    if k >= 0 and tokens[k].core in _TRUST:
        return True  # "محل ثقة خادم الحرمين الشريفين الملك X"
    if k >= 0 and tokens[k].core in _REGIME:
        return True  # "منذ سقوط نظام بشار الأسد": whose rule is spoken of
    if k >= 0 and tokens[k].bare in _APPOINTED_HIM:
        return True  # "المبعوث فلان، الذي عينه الأمين العام علان": who appointed him
    if k >= 1 and tokens[k].norm in ("قبل", "طرف") and tokens[k - 1].norm == "من":
        k -= 1  # "من قبل الرئيس X", "من طرف الرئيس X": "from" as "من" alone
    if k >= 0 and tokens[k].norm in ("من", "عن"):
        k -= 1
        if k >= 0 and tokens[k].norm in _HIGH:
            k -= 1  # "بتعليمات عليا من الملك X"
        if any(t.core == "رساله" for t in tokens[max(0, k - 2) : k + 1]):
            return True  # "رسالة الود والاحترام من قبل الرئيس X": its sender
    while k >= 0 and (tokens[k].norm in LETTER_KINDS or tokens[k].norm in TO_HIM):
        k -= 1  # "رسالة شفوية له من الرئيس X": to him, from X
    if k >= 1 and tokens[k].norm in _ENVOYS_KIND:
        k -= 1  # "بصفته مبعوثا رسميا لرئيس الجمهورية X"
    if (
        k >= 0
        and tokens[k].bare.removeprefix("ب").removeprefix("ل") in _ON_BEHALF
        # "تعيينه مستشارا للرئيس X", not the dual "مستشارا الملك X وY": his two advisers
        and (tokens[k].bare not in _BECAME or tokens[k + 1].prefix.endswith("ل"))
    ):
        return True
    before = tokens[max(0, start - 12) : start]
    conveyed = [
        i
        for i, t in enumerate(before)
        if t.bare in GREETINGS or t.norm.removeprefix("و") in GREETINGS
    ]  # "تحيات الرئيس X وتحيات قائد القوات Y"
    if conveyed and not any(t.norm == "الي" for t in before[conveyed[-1] :]):
        return True  # whose greetings, not to whom: "نقل تحيات الرئيس X إلى المشير Y"
    # A letter's sender and addressee, when the letter is "addressed" ("رسالة خطية
    # موجهة إلى السلطان X من الرئيس Y"): whoever hands it over takes part, they do not.
    return any(t.bare in _ADDRESSED for t in before)


def also_only_mentioned(lex: Lexicon, tokens, before: Mention, mention: Mention) -> bool:
    """ "بناء على توجيهات الملك X، وولي العهد Y": the one named next, "و" and an office,
    is spoken of as the one before, unless that one was a relative ("نجل X")."""
    if not before.kin:
        return False
    if not (coordinated(tokens, before, mention) or _titled_next(lex, tokens, before, mention)):
        return False
    k = before.start - 1
    while k >= 0 and (is_title(lex, tokens[k]) or tokens[k].is_quote):
        k -= 1
    return k < 0 or in_any(tokens[k], lex.kinship) is None


# The longest office set off between two names of a list ("رئيس الجمهورية الإسلامية
# الموريتانية").
_OFFICE_WORDS = 6


def _titled_next(lex: Lexicon, tokens, before: Mention, mention: Mention) -> bool:
    """Does the mention follow the one before with "و" and titles only ("الملك X
    وجلالة الملك Y"), or open with them ("فخامة السيد X، وفخامة السيد Y")?"""
    between = [t for t in tokens[before.end : mention.start] if t.norm not in COMMAS]
    opener = tokens[mention.start]
    if opener.prefix.startswith("و") and is_title(lex, opener):
        # right after the one before, or after its office set off by commas ("فخامة
        # السيد X، رئيس الجمهورية، وفخامة السيد Y")
        set_off = tokens[mention.start - 1].norm in COMMAS and len(between) <= _OFFICE_WORDS
        if not between or (set_off and not any(t.prefix.startswith("و") for t in between)):
            return True
    return (
        bool(between)
        and between[0].prefix == "و"
        and all(is_title(lex, t) for t in between)
        and mention.head is not None
    )
