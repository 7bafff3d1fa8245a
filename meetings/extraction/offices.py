"""Office phrases: where one ends (what the phrase says is `office_details`'s to read).

"وزير الداخلية الليبي", "السفير الإيطالي لدى ليبيا", "نائب رئيس بعثة الاتحاد الأوروبي":
a phrase opens with an office's head word (see `words.head`) and goes on through its
genitives, nationality, institution and posting; the name, if any, comes after it
(see `names`).
"""

from .lexicon import Lexicon
from .name_openings import definite_name_at, name_opens
from .office_words import (
    REGION_NOUNS,
    area_named,
    continues_after_preposition,
    coordinated_noun,
    envoy_after_minister,
    genitive_chain,
    in_construct,
    named_company,
    office_after_minister,
    office_in_construct,
    portfolio_of_a_premier,
    posted_office,
    quoted_word,
    skip_quotes,
    state_in_construct,
    unsplit_genitive,
)
from .phrases import match_body, match_phrase
from .tokens import Token
from .words import (
    COMMAS,
    city_at,
    given_name,
    head,
    is_city,
    is_counterpart,
    is_title,
    strip_possessive,
)

ACCREDITED_TO = frozenset({"لدي", "الي"})  # normalised لدى، إلى
# what one party holds with another, named after it with ل (normalised)
_MEETING_NOUNS = frozenset({"لقاء", "استقبال", "اجتماع", "مقابله"})
PHRASE_PREPOSITIONS = frozenset({"في", "لدي", "عن", "من", "الي", "باسم", "ضد"})
# A government a minister serves in, after ب (normalised core).
_GOVERNMENTS = frozenset({"حكومه", "محكمه"})  # and courts: "المحامي العام بمحكمة"
# The first words of compound given names (normalised), after "و" another person's.
_COMPOUND_OPENINGS = frozenset({"عبد", "ابو", "ابن"})  # or "عبدالله" written as one
# Adjectives of a remit, which take their object with ب: "المختص بإبرام الاتفاقات".
_REMIT_WORDS = frozenset(
    {"المختص", "المختصه", "مختص", "المكلف", "المكلفه", "مكلف", "المعني", "المعنيه"}
)

# What a spokesman's office goes on with (normalised): "المتحدث (الرسمي) باسم".
_SPEAKING_FOR = frozenset({"باسم", "الرسمي"})

# --- where a phrase ends ------------------------------------------------------------


def extend_phrase(lex: Lexicon, tokens: list[Token], i: int) -> int:
    """End (exclusive) of an office or institution phrase whose head is at i-1."""
    n = len(tokens)
    cores = [x.core for x in tokens]
    met = i >= 2 and tokens[i - 2].core in _MEETING_NOUNS  # "لقاء المدير لسفير ..."
    j = i
    while j < n:
        t = tokens[j]
        if t.is_quote:
            j += 1
            continue
        if t.is_punct or is_title(lex, t) or is_counterpart(lex, t):
            break
        if t.prefix == "ف" and t.norm in lex.foreign_given_names:
            break  # "رئيس الأركان الروسي فاليري فلان": a given name, no ف + "اليري"
        if t.norm[:1] == "و" and (
            t.norm[1:] in _COMPOUND_OPENINGS or t.norm[1:].startswith("عبدال")
        ):
            break  # "سفير السودان وعبد الله فلان القائم بالأعمال": the next person
        if (
            j == i
            and tokens[j - 1].article
            and t.definite
            and not t.prefix
            and t.core.endswith("ات")
        ):
            break  # "ناقش الوزير العلاقات الثنائية": a head with the article has no genitive
        if t.core in lex.tenure_phrases.firsts and match_phrase(cores, j, lex.tenure_phrases, 3)[0]:
            break  # "منتهية الولاية" stands between the office and its holder's name
        if (
            t.norm == "و"
            and j + 2 < n
            and all(x.definite and not x.prefix for x in tokens[j + 1 : j + 3])
            and not head(lex, tokens[j + 1])
        ):
            j += 2  # "وزير الداخلية و الجماعات المحلية": the conjunction written apart
            continue
        if (
            t.norm == "و"
            and j + 1 < n
            and tokens[j - 1].definite
            and tokens[j + 1].definite
            and not tokens[j + 1].prefix
            and not head(lex, tokens[j + 1])
            and tokens[j + 1].core not in lex.phrase_breaks
            and not name_opens(lex, tokens, j + 1)
        ):
            j += 2  # "بالشؤون المغاربية و الإفريقية فلان", "الخارجية و التعاون": one more
            continue
        if t.norm == "و" and j + 1 < n:
            body, _ = match_body(tokens, j + 1, n, lex.institutions, lex.max_phrase)
            if body > 1:
                j += 1 + body  # "وزير الشؤون الأفريقية و جامعة الدول العربية فلان"
                continue
        if (
            t.norm == "باسم"
            and j + 1 < n
            and (tokens[j + 1].definite or tokens[j + 1].core in lex.institution_heads)
        ):
            j += 1  # "المتحدث الرسمي باسم الحكومة": whom the spokesman speaks for
            continue
        if (j > i or tokens[j].definite) and name_opens(lex, tokens, j):
            break
        if unsplit_genitive(lex, tokens, j):
            j += 2  # "الممثل السامي لتحالف الساحل": ل on a word no lexicon knows
            continue
        if (
            t.norm[:1] == "ب"
            and t.norm[1:] in _GOVERNMENTS  # split off or not: "محكمة" is no known word
            and j + 1 < n
            and not tokens[j + 1].prefix
            and not tokens[j + 1].is_punct
        ):
            j += 2  # "وزير المواصلات بحكومة تصريف الأعمال فلان": the government served
            continue
        if named_company(lex, tokens, j):
            j += 2  # "الرئيس المدير العام لشركة سوناطراك": a company and its name
            continue
        if coordinated_noun(lex, tokens, j):
            j += 1  # "وزير الداخلية وترقية اللامركزية": و on a word no lexicon knows
            continue
        if quoted_word(lex, tokens, j) and j > i:
            j += 1  # the acronym of a body: "القيادة الأمريكية في أفريقيا (أفريكوم)"
            continue
        if portfolio_of_a_premier(lex, tokens, i, j):
            j += 1  # "رئيس الوزراء وزير الداخلية", "رئيس مجلس الوزراء ووزير الداخلية"
            continue
        if t.prefix == "و" and (region := match_phrase(cores, j, lex.regions, lex.max_phrase)[0]):
            j += region  # "الممثل الخاص لغرب إفريقيا ومنطقة الساحل": another region served
            continue
        if t.prefix.startswith(("و", "ف")):
            # "والتعاون الدولي", "وشؤون المغتربين" go on; "ووزير", "والوفد", "وعدد"
            # start something else. "ومراقبة التراب الوطني", "وأمن الطاقة" go on as
            # well, and so does any noun the lexicons do not know, coordinated in a
            # genitive chain: "لسياسة الجوار ومفاوضات التوسع".
            coordinated = (
                j + 1 < n
                and tokens[j + 1].definite
                and (
                    t.core in lex.coordinated_nouns
                    or (tokens[j - 1].definite and not lex.knows(t.core) and not given_name(lex, t))
                )
            )
            if t.core in lex.coordinated_nouns and genitive_chain(lex, tokens, j + 1):
                j += 3  # "وزير الدفاع وشؤون قدامى المحاربين"
                continue
            if head(lex, t) or (
                t.core in lex.phrase_breaks
                and not coordinated
                # a body the lexicon knows may be the second the office heads (see below)
                and match_phrase(cores, j, lex.institutions, lex.max_phrase)[0] < 2
            ):
                break
            if (
                not t.definite
                and not coordinated
                and (t.core not in lex.role_words or t.core in lex.institution_heads)
            ):
                both = _second_body_end(lex, tokens, j)
                if both is None:
                    break  # "ومفوضية الاتحاد" is another institution
                j = both  # "المدير العام للأمن الوطني ومديرية الحدود فلان"
                continue
            j += 1
            continue
        if head(lex, t):
            # After a nationality or a state the office is complete: "وكيل وزارة
            # الخارجية الكويتية السفير فلان" gives the head that follows as a title; and
            # "ب" makes the head the object of a verb: "التقى الوزير الإيطالي برئيس ...",
            # as "ل" does after a meeting noun: "لقاء مدير الإدارة لسفير الاتحاد".
            # A definite head of a nationality of its own, after a definite word, is
            # another person's office: "سلّم الرئيس الموفد الفرنسي رسالة"
            # (not "وكيل الوزارة المساعد").
            before = (tokens[j - 1].core,)
            after_state = before in lex.adjectives or before in lex.country_names
            # A bare title with the article, then an office of its own: "استقبل الرئيس
            # نائب رئيس الوزراء الصيني فلان" (a construct's first word has no article).
            after_bare_title = (
                j == i
                and tokens[j - 1].article
                and head(lex, tokens[j - 1]) is not None
                and not t.article
                and not t.prefix
            )
            if (
                after_bare_title
                or envoy_after_minister(tokens, i, j)
                or office_after_minister(lex, tokens, i, j)
                or t.prefix == "ب"
                or (j > i and after_state and t.prefix != "ل")
                or (t.prefix == "ل" and met)
                or (
                    j > i
                    and t.article
                    and not t.prefix
                    and tokens[j - 1].article
                    and j + 1 < n
                    and (
                        (tokens[j + 1].core,) in lex.adjectives
                        # "استقبل وزير الداخلية المتحدث باسم الحزب فلان"
                        or tokens[j + 1].norm in _SPEAKING_FOR
                    )
                )
            ):
                break
            j += 1
            continue
        length, _ = match_body(tokens, j, n, lex.institutions, lex.max_phrase)
        if length > 1:
            j += length  # "لجامعة الدول العربية", "لمجلس التعاون لدول الخليج"
            continue
        length, _ = match_phrase(cores, j, lex.country_names, lex.max_phrase)
        if length > 1:
            j += length  # "سفير خادم الحرمين الشريفين"
            continue
        if t.norm in PHRASE_PREPOSITIONS or t.norm == "ل":
            nxt = skip_quotes(tokens, j + 1)
            if nxt < n and continues_after_preposition(
                lex, tokens, nxt, t.norm, posted=posted_office(lex, tokens, i - 1, j)
            ):
                # past a state or a body of several words too: "في سلطنة عمان", "في
                # برنامج الغذاء العالمي" (whose words would read as a name after it)
                state, _ = match_phrase(cores, nxt, lex.country_names, lex.max_phrase)
                body, _ = match_body(tokens, nxt, n, lex.institutions, lex.max_phrase)
                j = nxt + max(state, body, 1)
                while state and j < n and tokens[j].prefix == "و":
                    # "قائد قوات التحالف في العراق وسوريا فلان": a posting over two states
                    state, _ = match_phrase(cores, j, lex.country_names, lex.max_phrase)
                    j += state
                continue
            break
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
            t.prefix == "ل"
            and t.core in lex.coordinated_nouns
            and genitive_chain(lex, tokens, j + 1)
        ):
            j += 3  # "مساعد الوزير لشؤون حقوق الإنسان"
            continue
        if t.prefix == "ل" and tokens[j - 1].core in lex.state_minister_words:
            j += 1  # "وزيرة الدولة للاتصال": a portfolio, whatever its word
            continue
        if t.norm == "غير" and j + 1 < n and tokens[j + 1].definite:
            j += 2  # "لشؤون الهجرة غير الشرعية"
            continue
        if t.norm[:1] == "ب" and len(t.norm) > 3 and tokens[j - 1].core in _REMIT_WORDS:
            j += 1  # "مفوض الحكومة المختص بإبرام اتفاقات الهجرة"
            while (
                j < n
                and tokens[j].definite
                and not tokens[j].prefix
                and not head(lex, tokens[j])
                and tokens[j].norm not in lex.given_names  # "بوزارة الداخلية الصديق فلان"
            ):
                j += 1  # "المكلف بملف الصحراء الغربية": the remit's genitive
            continue
        if t.prefix == "ب" and is_city(lex, t) and posted_office(lex, tokens, i - 1, j):
            j += 1  # "السفير السوداني بالقاهرة": the posting
            continue
        if (
            j == i
            and tokens[j - 1].core in REGION_NOUNS
            and not t.prefix
            and (t.definite or city_at(lex, tokens, j))
        ):
            return j + 1  # "عامل إقليم الناظور فلان": a head ending with its region
        if t.prefix == "ل" and (region := match_phrase(cores, j, lex.regions, lex.max_phrase)[0]):
            j += region  # "ممثلة الاتحاد الأوروبي لدول الساحل فلانة": the region served
            continue
        if area_named(lex, tokens, j):
            j += 2  # "آمر منطقة طبرق العسكرية", "عميد بلدية ربيانة", "محافظ شمال سيناء"
            continue
        if tokens[j - 1].norm == "محافظ" and not t.prefix and t.norm in lex.given_names:
            # "محافظ صلاح الدين فلان": a governor's province named like a person; its
            # holder follows "المحافظ"
            j += 2 if j + 1 < n and tokens[j + 1].definite and not tokens[j + 1].prefix else 1
            continue
        construct = (
            in_construct(lex, tokens[j - 1])
            or (j == i and office_in_construct(lex, tokens[j - 1]))
            or (j > i and tokens[j - 1].core == "عام" and in_construct(lex, tokens[j - 2]))
            # "نائب وزير شؤون خارجية كازاخستان": a portfolio after "شؤون" with no article
            or (
                j > i
                and tokens[j - 1].core in lex.coordinated_nouns
                and not tokens[j - 1].definite
                and not t.definite
                and (t.core,) in lex.portfolios
            )
            # "إدارة شؤون مخيمات اللاجئين", "مكافحة تهريب المخدرات": a genitive chain
            or (
                j > i
                and tokens[j - 1].core in lex.coordinated_nouns
                and not tokens[j - 1].definite
                and genitive_chain(lex, tokens, j)
            )
        )  # "مدير عام مكافحة المخدرات"; "بوزير خارجية غانا": the head a verb's object
        if (
            construct
            and not t.prefix
            and t.norm not in lex.particles
            and t.norm not in lex.verbs
            and t.norm not in lex.given_names  # "عميد مصطفى حمادي": a rank and a name
        ):
            j += 1  # the genitive of a construct: "جهاز مكافحة الهجرة", "مسؤول خدمات"
            continue
        if t.definite and t.core[2:] in lex.institution_heads:
            j += 1  # "الوكيل الأقدم للوزارة"
            continue
        if t.core in lex.phrase_breaks or t.norm in lex.phrase_breaks:
            break
        if is_city(lex, t) and not state_in_construct(lex, tokens, j):
            # "مدير أمن طرابلس", "لشرطة لندن": a noun's genitive; not the first word of a
            # region's name of several ("جهة الداخلة وادي الذهب")
            joined = j + 1 < n and tokens[j + 1].norm[:1] == "و"
            if j > i and not t.prefix and not tokens[j - 1].definite and not joined:
                j += 1
                continue
            break
        if definite_name_at(lex, tokens, j):
            break
        if t.definite or t.core in lex.role_words or t.norm in lex.role_words:
            j += 1
            continue
        if (strip_possessive(t.core),) in lex.portfolios:
            j += 1  # "وزير داخليتها"
            continue
        if (t.core,) in lex.country_names or (t.core,) in lex.institutions:
            j += 1
            continue
        break
    return j


def _second_body_end(lex: Lexicon, tokens: list[Token], j: int) -> int | None:
    """A second body, after و, that a name follows: one person heads both ("المدير
    العام للأمن الوطني ومديرية حماية الحدود فلان"). Its end, or None when no
    name follows (then it is another party: "ومفوضية الاتحاد الأوروبي")."""
    t = tokens[j]
    near = [x.core for x in tokens[j : j + lex.max_phrase]]
    body, _ = match_phrase(near, 0, lex.institutions, lex.max_phrase)
    if body > 1:
        end = j + body  # a body the lexicon knows: "وجامعة الدول العربية"
    elif t.core not in lex.institution_heads or j + 1 >= len(tokens):
        return None
    else:
        end = extend_phrase(lex, tokens, j + 1)
    if end >= len(tokens) or end == j + 1:
        return None
    # the name may come after a comma: "وزير الشؤون المغاربية وجامعة الدول العربية، فلان",
    # or the holder's nationality: "... وجامعة الدول العربية الجزائري فلان"
    nationality = tokens[end].article and (tokens[end].core,) in lex.adjectives
    if nationality and end + 1 < len(tokens):
        end += 1
    after = end + 1 if tokens[end].norm in COMMAS and end + 1 < len(tokens) else end
    first = tokens[after]
    if first.prefix or first.definite:
        return None
    named = first.norm in lex.given_names or first.norm == "عبد"
    # after the holder's nationality, a given name that is also a word ("سالم") too
    named = named or (nationality and first.norm in lex.weak_given_names)
    return end if named else None
