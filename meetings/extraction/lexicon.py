"""The extractor's word lists, loaded once from ``data/`` and kept normalised.

Every key is run through the same tokeniser and `normalize_arabic` as the article text,
so spelling variants (أ/ا, ة/ه, ى/ي, diacritics) meet in one form. Multi-word entries
become tuples of tokens (`phrases`) and are matched longest first by `match_phrase`.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .normalize import normalize_arabic
from .phrases import PhraseTable, phrase_key, phrase_table
from .word_forms import future_forms, nationality_plurals, verb_forms, with_object_pronouns

DATA_DIR = Path(__file__).with_name("data")


def _keys(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize_arabic(entry) for entry in entries)


def load_data(name: str):
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Lexicon:
    # places and states
    country_names: PhraseTable
    adjectives: PhraseTable
    cities: PhraseTable
    capitals: dict[str, str]  # a state's code → its capital, as Arabic news writes it
    # the first words of every state, nationality and city
    place_firsts: frozenset[str]
    institutions: PhraseTable
    institution_heads: frozenset[str]
    # offices
    heads: frozenset[str]
    head_phrases: PhraseTable
    # "منتهية الولاية": between an office and its holder's name (see `offices`)
    tenure_phrases: PhraseTable
    counterparts: frozenset[str]
    ranks: frozenset[str]
    honorifics: frozenset[str]
    kinship: frozenset[str]
    portfolios: PhraseTable
    regions: PhraseTable  # "المغرب العربي": a region, though "المغرب" is a state
    minister_words: frozenset[str]
    state_minister_words: frozenset[str]
    no_ministry_heads: frozenset[str]
    affairs_words: frozenset[str]
    posted_words: frozenset[str]
    plural_heads: frozenset[str]
    rank_modifiers: frozenset[str]
    coordinated_nouns: frozenset[str]
    # encounters
    verbs: frozenset[str]
    object_verbs: frozenset[str]  # with a pronoun object: "استقبله" (also among `verbs`)
    held_verbs: frozenset[str]
    imperfect_verbs: frozenset[str]
    nouns: frozenset[str]
    definite_nouns: frozenset[str]
    attendance: frozenset[str]
    chair: frozenset[str]
    pronoun_partners: frozenset[str]
    future: frozenset[str]
    next_words: frozenset[str]
    time_nouns: frozenset[str]
    continuation: frozenset[str]
    reporting_verbs: frozenset[str]
    agreed_with: frozenset[str]
    credentials: frozenset[str]  # with letters of credence after them (see cues.json)
    signed_with: frozenset[str]
    body_verbs: frozenset[str]
    bodies: frozenset[str]
    delegates: frozenset[str]
    led_by: frozenset[str]
    remote: frozenset[str]
    subject_words: frozenset[str]
    backreferences: frozenset[str]
    # words that never belong to a name
    stopwords: frozenset[str]
    particles: frozenset[str]
    phrase_breaks: frozenset[str]
    role_words: frozenset[str]
    topics: dict[str, tuple[str, ...]]
    # words that, right after a topic's cue, make it another topic's (see `topics`)
    topic_qualifiers: dict[str, tuple[str, ...]]
    # parts of people's names (see `names`): given names that are evidence of a name,
    # given names that are also ordinary words, and words that are never a name
    given_names: frozenset[str]
    weak_given_names: frozenset[str]
    foreign_given_names: frozenset[str]  # of other languages, written in Arabic letters
    # first words of given names compounded with "الله" ("أمر" of "أمر الله")
    allah_compound_heads: frozenset[str]
    # how family names of other languages end ("أوغلو", "سكي")
    foreign_family_endings: tuple[str, ...]
    not_names: frozenset[str]
    not_first_names: frozenset[str]
    # the family names of ruling houses, as normalised words: ("ال", "ثاني") → "QA"
    ruling_families: dict[tuple[str, ...], str]
    max_phrase: int
    # every single word the lexicons know, to tell a prefix (و، ب، ل) from a word's
    # own first letter
    known: frozenset[str]
    # particles spelt with a final ى, which normalisation merges with names (على/علي)
    maksura: frozenset[str]

    def knows(self, word: str) -> bool:
        if word in self.known:
            return True
        if word.startswith("ال"):
            return word[2:] in self.known
        if "ال" + word in self.known:
            return True
        # an office with a possessive suffix: "معاونه", "نظيرها", "نائبتها" (نائبة)
        for suffix in ("ه", "ها", "هما", "هم"):
            stem = word[: -len(suffix)]
            if word.endswith(suffix) and len(stem) > 3:
                if stem in self.known or (stem.endswith("ت") and stem[:-1] + "ه" in self.known):
                    return True
        return False


def _office_of_a_state(phrase: str, country_names: PhraseTable) -> str:
    """The head of an office named with its state ("أمير دولة الكويت", "أمير قطر"): its
    first word, so that "أمير الكويت" refers back to the one "أمير دولة الكويت" named."""
    first, *rest = phrase.split()
    rest_key = tuple(w for w in phrase_key(" ".join(rest)) if w != "دوله")
    return first if rest_key in country_names else phrase


@cache
def load_lexicon() -> Lexicon:
    """Read every data file once per process."""
    countries = load_data("countries.json")
    offices = load_data("offices.json")
    institutions = load_data("institutions.json")
    cues = load_data("cues.json")
    vocabulary = load_data("vocabulary.json")
    topics = load_data("topics.json")
    names = load_data("names.json")
    verbs, imperfect_verbs = verb_forms(cues["verbs"])
    held_verbs, imperfect_held = verb_forms(cues["held_verbs"])
    credentials, imperfect_credentials = verb_forms(cues["credentials"])
    future = cues["future"] + future_forms(imperfect_verbs + imperfect_held + imperfect_credentials)
    perfects = verbs + held_verbs + credentials
    object_verbs = with_object_pronouns(sum(verb_forms(cues["object_verbs"]), []))
    verbs += imperfect_verbs + object_verbs
    held_verbs += imperfect_held

    country_names = phrase_table(
        (name, c["code"]) for c in countries for name in [c["name_ar"], *c.get("aliases", [])]
    )
    adjectives = phrase_table(
        (form, c["code"])
        for c in countries
        for a in c["adjectives"]
        for form in nationality_plurals(a)
    )
    cities = phrase_table((city, c["code"]) for c in countries for city in c["cities"])
    bodies = phrase_table(institutions["bodies"].items())
    portfolios = phrase_table(offices["portfolios"].items())
    regions = phrase_table((region, None) for region in vocabulary["regions"])

    # Names of cities, states and nationalities end a person's name just like
    # particles do ("سالم الفيتوري الليبي" is not a three-word name).
    # Particles, time words and cue words end an office phrase as well as a name.
    breaks = set(_keys(vocabulary["particles"] + vocabulary["time"] + vocabulary["words"]))
    breaks.update(_keys(verbs + held_verbs + cues["nouns"]))
    breaks.update(_keys(cues["definite_nouns"] + cues["attendance"] + cues["chair"] + future))
    breaks.update(_keys(cues["next_words"] + cues["led_by"]))
    body_verbs = sum(verb_forms(cues["body_verbs"]), [])
    breaks.update(_keys(cues["agreed_with"] + cues["signed_with"] + cues["reporting_verbs"]))
    breaks.update(_keys(body_verbs))
    # "واقع التعاون الثنائي" is a subject, not a name.
    stopwords = breaks | _keys(vocabulary["adjectives"] + cues["subject_words"])
    # "القائم بالأعمال": the first word of a two-word office ends a name too, unless it
    # is a name word ("أمير قطر" against "حسين أمير عبد اللهيان", "شيخ الأزهر" against
    # "حسن شيخ محمود"): `names` ends a name before such a word only where the whole
    # office follows.
    stopwords |= {phrase_key(h)[0] for h in offices["heads"] if " " in h} - _keys(
        names["ambiguous_given"] + ["شيخ"]
    )
    for table in (country_names, adjectives, cities):
        stopwords.update(key[0] for key in table if len(key) == 1)
    stopwords.update(_keys(offices["kinship"] + offices["counterparts"]))

    tables = (country_names, adjectives, cities, bodies, portfolios, regions)
    known = set(stopwords)
    for words in (
        offices["heads"],
        offices["counterparts"],
        offices["ranks"],
        offices["honorifics"],
        offices["kinship"],
        offices["role_words"],
        offices["coordinated_nouns"],
        institutions["heads"],
    ):
        known.update(_keys(words))
    for table in tables:
        known.update(key[0] for key in table)
    particles = vocabulary["particles"] + vocabulary["time"] + vocabulary["words"]
    # Single words only: "عبد الله" is the joiner عبد and a name word, as `names` reads it.
    given = {w for w in _keys(names["arabic_given"] + names["foreign_given"]) if " " not in w}
    # Hamza on a seat is not folded (it tells words apart), but a name after a long alef
    # is written both ways: فايز/فائز, رايد/رائد. Not where the other spelling is an
    # ordinary word: "نايب" (Nayib) is no reason to read "نائب" (deputy) as a name.
    given |= {_swap_hamza(w) for w in given if "اي" in w[1:-1] or "ائ" in w[1:-1]} - known
    # A given name that is also an ordinary word ("أمين", "صباح"), an office, a state or a
    # nationality ("تركي") is no evidence by itself.
    weak = {w for w in given if w in known} | _keys(names["ambiguous_given"])
    return Lexicon(
        country_names=country_names,
        adjectives=adjectives,
        cities=cities,
        capitals={c["code"]: c["capital"] for c in countries if "capital" in c},
        place_firsts=country_names.firsts | adjectives.firsts | cities.firsts,
        institutions=bodies,
        institution_heads=_keys(institutions["heads"]),
        heads=_keys(h for h in offices["heads"] if " " not in h),
        head_phrases=phrase_table(
            (h, _office_of_a_state(h, country_names)) for h in offices["heads"] if " " in h
        ),
        tenure_phrases=phrase_table((t, t) for t in offices["tenure_phrases"]),
        counterparts=_keys(offices["counterparts"]),
        ranks=_keys(offices["ranks"]),
        honorifics=_keys(offices["honorifics"]),
        kinship=_keys(offices["kinship"]),
        portfolios=portfolios,
        regions=regions,
        minister_words=_keys(offices["minister_words"]),
        state_minister_words=_keys(offices["state_minister_words"]),
        no_ministry_heads=_keys(offices["no_ministry_heads"]),
        affairs_words=_keys(offices["affairs_words"]),
        posted_words=_keys(offices["posted_words"]),
        plural_heads=_keys(offices["plural_heads"]),
        rank_modifiers=_keys(offices["rank_modifiers"]),
        coordinated_nouns=_keys(offices["coordinated_nouns"]),
        verbs=_keys(verbs),
        object_verbs=_keys(object_verbs),
        held_verbs=_keys(held_verbs),
        # A form both perfect and imperfect ("تسلم": he received, she hands) is read
        # as the perfect: news tells what was done.
        imperfect_verbs=_keys(imperfect_verbs + imperfect_held + imperfect_credentials)
        - _keys(perfects),
        nouns=_keys(cues["nouns"]),
        definite_nouns=_keys(cues["definite_nouns"]),
        attendance=_keys(cues["attendance"] + cues["chair"]),
        chair=_keys(cues["chair"]),
        pronoun_partners=_keys(cues["pronoun_partners"]),
        future=_keys(future),
        next_words=_keys(cues["next_words"]),
        time_nouns=_keys(cues["time_nouns"] + vocabulary["time"]),
        delegates=_keys(cues["delegates"]),
        led_by=_keys(cues["led_by"]),
        remote=_keys(cues["remote"]),
        continuation=_keys(cues["continuation"]),
        reporting_verbs=_keys(cues["reporting_verbs"]),
        agreed_with=_keys(cues["agreed_with"]),
        credentials=_keys(
            joined + form
            for form in credentials + with_object_pronouns(credentials) + imperfect_credentials
            for joined in ("", "و", "ف")  # the tokeniser splits و only off words it knows
        ),
        signed_with=_keys(cues["signed_with"]),
        body_verbs=_keys(body_verbs),
        bodies=_keys(cues["bodies"]),
        subject_words=_keys(cues["subject_words"]),
        backreferences=_keys(cues["backreference_nouns"] + cues["definite_nouns"]),
        stopwords=frozenset(stopwords),
        particles=_keys(vocabulary["particles"] + vocabulary["time"]),
        phrase_breaks=frozenset(breaks),
        role_words=_keys(offices["role_words"]),
        topics={t["code"]: tuple(t["cues"]) for t in topics},
        topic_qualifiers={
            t["code"]: tuple(t["unless_followed_by"]) for t in topics if "unless_followed_by" in t
        },
        given_names=frozenset(given - weak),
        weak_given_names=frozenset(weak),
        foreign_given_names=_keys(names["foreign_given"]),
        foreign_family_endings=tuple(_keys(names["foreign_family_endings"])),
        allah_compound_heads=_keys(
            entry.split()[0]
            for entry in names["arabic_given"]
            if entry.endswith(" الله") and not entry.startswith("عبد")
        ),
        not_names=_keys(names["never_in_names"]) - given,
        not_first_names=_keys(names["never_first_in_names"]) - given,
        ruling_families={
            tuple(normalize_arabic(family).split()): code
            for family, code in names["ruling_families"].items()
        },
        max_phrase=max(len(key) for table in tables for key in table),
        known=frozenset(known),
        maksura=_keys(w for w in particles if w.endswith("ى")),
    )


def _swap_hamza(word: str) -> str:
    if "ائ" in word:
        return word.replace("ائ", "اي")
    return word.replace("اي", "ائ")
