"""The words of a person's name, from where it starts to where it ends.

The name is the run of words none of the lexicons (office heads, institutions,
nationalities, particles) knows, weighed by what names are made of (`name_parts`,
`name_words`): joiners ("بن", "ولد", "آل") keep it going, a verb, a participle or a
place ends it (`name_ends`). Where a name stands around an office is
`name_positions`'s and `names_before_offices`'s.
"""

from .foreign_names import ben_before_a_family_name, foreign_with_f, transliterated
from .lexicon import Lexicon
from .name_ends import (
    before_a_state,
    body_of_words,
    city_of_words,
    feminine_imperfect,
    feminine_noun_and_adjective,
    imperfect_verb,
    in_the_name_of,
    indefinite_object,
    office_phrase_at,
    possessed_plural,
    preposition_as_name,
    purpose,
    quoted_words,
    verb_after_name,
    verb_with_wa,
    verbal_noun_in_construct,
    word_goes_on,
)
from .name_openings import given_name_as_office_word
from .name_parts import (
    NAME_JOINERS,
    accusative_participle,
    conjoined_word,
    derived_participle,
    family_name_with_b,
    form_four_verb_with_object,
    given_name_after_preposition,
    given_name_with_allah,
    maksura_given_name,
    next_person,
    not_a_name,
    place_as_given_name,
    verbal_noun,
)
from .name_words import (
    city_word_in_name,
    common_word_as_given_name,
    definite_given_name,
    family_title,
    foreign_family_name_with_article,
    foreign_family_name_with_preposition,
    hajj_in_family_name,
    head_in_name,
    initial_in_name,
    initial_with_stop,
    latin_word,
    name_despite_prefix,
    name_like,
    name_word_after_joiner,
    nisba_family_name,
    nothing_governed,
    place_as_family_name,
    time_word_in_name,
    title_as_father_name,
)
from .office_words import unsplit_genitive
from .tokens import Token
from .words import DASHES, SPELT_INITIALS, city_at

MAX_NAME = 5
# Nouns of places, before their names (normalised): no person's name follows them. Not
# "بلده", also "his country" ("سفير بلده فلان").
_NOUNS_BEFORE_PLACE_NAMES = frozenset(
    {"محافظه", "مدينه", "ولايه", "قضاء", "ناحيه", "قريه", "مخيم", "اقليم"}
)
_REGNAL_ORDINALS = frozenset({"الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"})


def _spelt_initials(lex: Lexicon, tokens: list[Token], k: int) -> int:
    """How many tokens the Latin initials spelt in Arabic letters at k take, each with
    its stop ("إس.", "جي. دي."), when a name word follows them; else 0."""
    j = k
    while j + 1 < len(tokens) and tokens[j].norm in SPELT_INITIALS and tokens[j + 1].norm == ".":
        j += 2
    follows = (
        j < len(tokens) and not tokens[j].is_punct and not not_a_name(lex, tokens[j], first=True)
    )
    return j - k if j > k and follows else 0


def take_name(
    lex: Lexicon,
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
    quoted = quoted_words(tokens, k, MAX_NAME)
    while k < len(tokens) and words < MAX_NAME:
        t = tokens[k]
        if t.is_quote:
            if out and k + 1 < len(tokens) and not tokens[k + 1].is_quote:
                break
            k += 1
            continue
        if k in quoted and out:
            out.append(k)  # all a quoted name's words: "“حسن جابر السوداني”"
            words += t.norm not in NAME_JOINERS
            k += 1
            continue
        if (
            out
            and city_at(lex, tokens, k)
            and not city_word_in_name(lex, tokens, k)
            and not place_as_family_name(lex, tokens, out, k)
        ):
            break  # "... بمدينة رام الله"
        if out and body_of_words(lex, tokens, k):
            break  # "قدم قائد القوة علم الأمم المتحدة": a body's name ends the name
        if words >= 2 and not t.definite and body_of_words(lex, tokens, k + 1):
            break  # "قدم الجنرال فلان علان علم الأمم المتحدة": a noun in construct with it
        if not out and city_of_words(lex, tokens, k):
            break  # "ولي عهد أبو ظبي": the office's city, not its holder
        if not out and k and tokens[k - 1].core in _NOUNS_BEFORE_PLACE_NAMES:
            break  # "محافظة صلاح الدين": a place named like a person
        if not out and ben_before_a_family_name(lex, tokens, k):
            out += [k, k + 1]  # "بين والاس": Ben, not "between", and his family name
            words += 2
            k += 2
            continue
        if not out and (initials := _spelt_initials(lex, tokens, k)):
            out += range(k, k + initials)  # "إس. جايشانكار": Latin initials open the name
            words += 1
            k += initials
            continue
        if out and not any(tokens[i].norm in DASHES for i in out) and _dash_in_name(lex, tokens, k):
            out.append(k)  # "جان - نويل بارو", "لي جونغ - سوب": the name as written
            k += 1
            continue
        last_word = next((tokens[i] for i in reversed(out) if tokens[i].norm not in DASHES), None)
        if last_word and latin_word(last_word) != latin_word(t):
            break  # a name is written in one script
        if (
            not out
            and not titled
            and conjoined_word(lex, t)
            and not (due and foreign_with_f(lex, t))
        ):
            break
        family_with_wa = out and _family_name_with_wa(lex, tokens, out, k, words)
        if out and next_person(lex, t) and not family_with_wa:
            break  # "عبدالجليل وولد قابلية": another person's name
        if (
            words >= 2
            and given_name_after_preposition(lex, t)
            and tokens[k - 1].undefined not in NAME_JOINERS  # "ماجد سعيد بن بريك"
        ):
            break  # "لقاء فلان الفلاني بمحمد علان" (after one word it may be "سمير باسيل")
        if (
            out
            and not family_with_wa
            and t.norm[:1] == "و"
            and not (words == 1 and t.norm in lex.heads and nothing_governed(tokens, k + 1))
            and (
                lex.knows(t.norm[1:])
                or t.norm[1:] in lex.not_names  # "الرئيس فلان والشعب الإيراني"
                or t.norm[1:] in lex.backreferences
                or accusative_participle(t.norm[1:])
                or form_four_verb_with_object(t.norm[1:])
                or (words >= 2 and _noun_of_his(t))
            )
            and not _particle_as_family_name(lex, tokens, k)
        ):
            break  # "فلان وركزت ...", "فلان والوفد", "فلان ومحاولا": what follows the name
        if (
            words >= 2
            and t.norm[:1] == "و"
            and t.norm not in NAME_JOINERS
            and not family_with_wa
            and any(office_phrase_at(lex, tokens, j) for j in range(k + 2, min(k + 4, len(tokens))))
        ):
            break  # "مع نظيره فلان علان وفلتان فلتاني القائم بأعمال": the next, before his office
        if (
            out
            and t.norm[:1] == "ب"
            and t.norm.endswith("يه")
            and len(t.norm) >= 6
            and t.norm not in lex.given_names
            # after a family name alone, a derived verb's: "أشاد الوزير فلان باحترافية"
            and (words >= 2 or verbal_noun(t.norm[1:-2]))
        ):
            break  # "أشاد فلان الفلاني بنوعية التعاون": ب on an abstract noun
        if out and _definite_verbal_noun(lex, t):
            break  # "ناقش مع الأمير فلان التصعيد في الجنوب": what was discussed
        if words >= 2 and derived_participle(tokens, k):
            break  # "اللواء فلان علان مترئسا وفدا": his state, not his name
        if out and indefinite_object(lex, tokens, k):
            break  # "وعقد الممثل فلان مؤتمرا صحفيا مشتركا": what he held
        if out and feminine_imperfect(lex, t):
            break  # "إن زيارة فلان تتضمن لقاء": what the visit includes
        if words >= 2 and verb_with_wa(lex, tokens, k):
            break  # "للقاء رئيسها فلان علان وتمثل الموقف في": the next clause's verb
        if words >= 2 and verb_after_name(lex, tokens, k):
            break  # "فلان الفلاني سيصل إلى", "فلان الفلاني يتوجه إلى"
        if words >= 2 and possessed_plural(lex, tokens, k):
            break  # "فلان الفلاني جولاته على"
        if words >= 2 and feminine_noun_and_adjective(tokens, k, NAME_JOINERS):
            break  # "أكد الرئيس فلان الفلاني الخصوصية الاستراتيجية": what he stressed
        if (
            not out
            and feminine_noun_and_adjective(tokens, k)
            and not any(x.norm in lex.given_names for x in tokens[k : k + 2])
        ):
            break  # "وقدم وزير الداخلية لمحة موجزة": what the office holder gave
        if out and verbal_noun_in_construct(lex, tokens, k):
            break  # "بحث مع فلان الفلاني ترسيم الحدود": what they discussed
        if out and tokens[out[-1]].norm in _REGNAL_ORDINALS and t.norm not in NAME_JOINERS:
            break  # "محمد السادس حاملا رسالة": a regnal name goes on only with "بن"
        if len(out) >= 2 and tokens[out[-2]].text == "آل" and t.norm not in NAME_JOINERS:
            break  # "فلان بن سالم آل ثاني أمير البلاد": a house's name ends the name
        if (
            out
            and office_phrase_at(lex, tokens, k)
            and not given_name_as_office_word(lex, tokens, k)
            and not (words == 1 and not t.definite and nothing_governed(tokens, k + 1))
        ):
            break  # "فلان بن فلان آل ثاني أمير قطر": a given name opening an office
        if not out and (
            imperfect_verb(lex, tokens, k)
            or unsplit_genitive(lex, tokens, k)
            or purpose(lex, tokens, k)
            or before_a_state(lex, tokens, k)
        ):
            break
        if not out and in_the_name_of(lex, tokens, k):
            break  # "الناطق باسم الحكومة", "كرّمت الضباط باسم وزارة الداخلية"
        if out and t.definite and t.core.endswith("يه") and (t.core,) in lex.adjectives:
            break  # "لوكهيد مارتن الأمريكية": a feminine nationality is no family name
        if out and t.norm == "صلي" and k + 1 < len(tokens) and tokens[k + 1].norm == "الله":
            break  # "محمد صلى الله عليه وسلم": the eulogy after the Prophet's name
        if out and initial_with_stop(lex, tokens, k):
            out.append(k)  # "جون أ. سميث": the initial, its stop left out
            words += 1
            k += 2
            continue
        definite_given = not out and definite_given_name(lex, tokens, k)
        if not out and place_as_given_name(lex, tokens, k):
            out.append(k)
            words += 1
            k += 1
            continue
        if not (
            name_like(
                lex,
                t,
                first=not out,
                definite_ok=definite_ok or definite_given,
                after_comma=after_comma,
            )
            or (out and name_word_after_joiner(lex, tokens, out[-1], k))
            or (out and time_word_in_name(lex, tokens, k))
            or (words == 1 and foreign_family_name_with_article(lex, tokens, k))
            or (words == 1 and foreign_family_name_with_preposition(lex, t))
            or (out and head_in_name(lex, tokens, k, words))
            or family_with_wa
            or (out and t.norm in NAME_JOINERS)  # "فان" is not "ف" + "أن" here
            or (out and city_word_in_name(lex, tokens, k))
            or (out and place_as_family_name(lex, tokens, out, k))
            or (out and initial_in_name(lex, tokens, k))
            or (words == 1 and t.norm in _REGNAL_ORDINALS)  # "عبدالله الثاني"
            or (out and family_name_with_b(lex, tokens, k))  # "البشير بالنور"
            or (out and family_title(lex, tokens, k))
            or (words == 1 and hajj_in_family_name(lex, tokens, k))
            or (out and title_as_father_name(lex, tokens, k))
            or (
                due
                and nisba_family_name(lex, t)
                # "رئيس الوزراء محمد السوداني": after a given name that is no word
                and (words >= 2 or (words == 1 and tokens[out[0]].norm in lex.given_names))
            )
            or (due and words == 1 and _particle_as_family_name(lex, tokens, k))
            or (words == 1 and _foreign_family_name_with_prefix(lex, tokens, out[0], k))
            or (not out and due and name_despite_prefix(lex, tokens, k, titled))
            or (not out and due and common_word_as_given_name(lex, tokens, k))
            or given_name_as_office_word(lex, tokens, k)
            or (not out and given_name_with_allah(lex, tokens, k))
            or (not out and titled and maksura_given_name(lex, tokens, k))
        ):
            break
        out.append(k)
        words += t.norm not in NAME_JOINERS
        k += 1
    while out and (tokens[out[-1]].undefined in NAME_JOINERS or tokens[out[-1]].norm in DASHES):
        out.pop()
    if len(out) == 1 and not quoted and word_goes_on(lex, tokens, out[0] + 1):
        return []  # "محافظ البصرة شكر خلال اللقاء", "ذكر رئيس الدولة عديد المجالات"
    if len(out) == 1 and preposition_as_name(lex, tokens, out[0]):
        return []  # "رئيس المكتب علي هامش زيارته": على written with ي
    if len(out) == 1 and len(tokens[out[0]].norm) <= 2:
        return []  # "مدير عام مكتب الوزير هش": a name cut short; no name is two letters
    return out


def _dash_in_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """A dash between two words of one name ("جان - نويل", "جينين هنيس – بلاسخارت"): the
    word after it is one no lexicon knows, of three letters at least, with no prefix and
    no dash after it; a dash before an office, a particle, the next person's "و" or
    words set off between two dashes ("فلان – حل - ...") is no part of the name."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return (
        tokens[k].norm in DASHES
        and nxt is not None
        and len(nxt.norm) >= 3
        and (after is None or after.norm not in DASHES)
        and not nxt.prefix
        and not nxt.definite
        and not lex.knows(nxt.norm)
        and name_like(lex, nxt, first=False, definite_ok=False)
    )


def _definite_verbal_noun(lex: Lexicon, t: Token) -> bool:
    """A derived verb's noun with the article ("التصعيد", "التعاون", and of تفعّل:
    "التوتر"), as no family name is: those with the article end like a nisba
    ("الترابي", "التواتي") or are known."""
    word = t.norm[2:]
    return (
        t.article
        and not t.prefix
        and not t.norm.endswith("ي")
        and (verbal_noun(word) or (len(word) == 4 and word[0] == "ت" and word[1] != "ا"))
        and t.norm not in lex.given_names
        and word not in lex.given_names  # "التميم"
        and not lex.knows(t.core)
    )


def _noun_of_his(token: Token) -> bool:
    """A noun with "his"/"her" written on its ت ("ومفاتحته", "ودعوتها"), as no name
    ends; "شحاتة" is written with ة."""
    return len(token.text) >= 6 and token.text.endswith(("ته", "تها", "تهم", "تهما"))


def _family_name_with_wa(
    lex: Lexicon, tokens: list[Token], out: list[int], k: int, words: int
) -> bool:
    """ "عبد القادر وعلي،": after a compound given name alone, a family name that reads
    as و + a given name, right before a stop; another person would have a name of two
    words at least, and the first one a family name."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (
        words == 1
        and tokens[out[0]].norm == "عبد"
        and (tokens[k].norm[1:] in lex.given_names or tokens[k].norm[1:] in lex.weak_given_names)
        and (nxt is None or nxt.is_punct)
    )


def _particle_as_family_name(lex: Lexicon, tokens: list[Token], k: int) -> bool:
    """ "يوسف وان،": a family name that reads as و + a particle, right before a stop; a
    particle opens a clause, it does not end one."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return (nxt is None or nxt.is_punct) and tokens[k].norm[1:] in lex.stopwords


def _foreign_family_name_with_prefix(lex: Lexicon, tokens: list[Token], given: int, k: int) -> bool:
    """ "يوهان فولي،", "مارك باول.": after a foreign given name, a word opening with
    ف or ب right before a stop is its family name; "ف" opens a clause, it does not end
    one, and a preposition's object would follow the name it came after."""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    first = tokens[given].norm
    return (
        tokens[k].norm[:1] in "فب"
        and len(tokens[k].norm) >= 4
        and not tokens[k].article
        and (nxt is None or nxt.is_punct)
        and (first in lex.foreign_given_names or transliterated(first))
    )
