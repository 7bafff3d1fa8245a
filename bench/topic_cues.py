"""What each topic cue is worth on annotated articles.

    .venv/bin/python bench/topic_cues.py [--blind DIR ...] [--min-articles 4]

Extracts the shared dev and seed sets, the project's own articles and each blind round
given with --blind (articles/*.txt, index.json, gold.json, kept outside the repository),
keeps, for every meeting the shared scorer pairs with a gold one, the text the topics
pass reads (its sentences' content), and prints:

- the topics F1 of the package's cues on each set;
- the cues that are wrong more often than right where they alone give their topic
  (the gold meeting lacks it): candidates to drop;
- the words and word pairs of meetings whose gold topic the cues miss, seen in at
  least --min-articles articles and not where gold lacks that topic as often:
  candidates to add, to be judged by their meaning (a place or a person's name is
  never a cue), with a test in invented words for each one kept.

Nothing is written. The cue words themselves are in meetings/extraction/data/topics.json.
"""

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

from extraction import OWN_SET, SHARED, SHARED_SETS, load_scorer, published_dates

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from meetings.extraction.document import Document  # noqa: E402
from meetings.extraction.lexicon import load_lexicon  # noqa: E402
from meetings.extraction.pipeline import PASSES  # noqa: E402
from meetings.extraction.reading import read_article_file  # noqa: E402
from meetings.extraction.topics import topic_patterns, topic_text  # noqa: E402

_ARABIC_WORD = re.compile(r"[\u0621-\u064a]+")


def paired_meetings(
    scorer, label: str, gold: list[dict], system: list[dict], texts: list[str]
) -> list:
    """(gold topics, the meeting's topic texts, article) for each pair the scorer makes.
    The system's topics are indexes into `texts` here (see `record_topic_texts`)."""
    by_source = {Path(a["source"]).name: a for a in system}
    pairs = []
    for article in gold:
        found = by_source.get(Path(article["source"]).name, {"meetings": []})["meetings"]
        wanted = article["meetings"]
        ranked = sorted(
            (
                (scorer.pair_score(sm, gm), si, gi)
                for si, sm in enumerate(found)
                for gi, gm in enumerate(wanted)
            ),
            reverse=True,
        )
        used_s, used_g = set(), set()
        for score, si, gi in ranked:
            if score <= 0 or si in used_s or gi in used_g:
                continue
            used_s.add(si)
            used_g.add(gi)
            own = [texts[int(i)] for i in found[si]["topics"]]
            topics = frozenset(wanted[gi].get("topics") or ())
            pairs.append((topics, own, f"{label}/{article['source']}"))
    return pairs


def record_topic_texts(texts: list[str]):
    """A topics pass that gives each meeting, instead of codes, the index of the text
    the real pass would read; one meeting told twice keeps both (see `twins`)."""

    def record(doc) -> None:
        for event in doc.events:
            if event.is_meeting:
                texts.append(topic_text(doc, event))
                event.topics = (str(len(texts) - 1),)

    return record


def f1(pairs, hits: dict) -> float:
    tp = fp = fn = 0
    for i, (gold, _, _) in enumerate(pairs):
        found = {code for (code, _), where in hits.items() if i in where}
        tp, fp, fn = tp + len(gold & found), fp + len(found - gold), fn + len(gold - found)
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--blind", type=Path, action="append", default=[], metavar="DIR")
    parser.add_argument("--min-articles", type=int, default=4)
    args = parser.parse_args()
    scorer_path = SHARED / "tools" / "score_extraction.py"
    if not scorer_path.exists():
        print(f"no shared scorer at {SHARED}: nothing to weigh the cues against")
        return 1
    scorer = load_scorer(scorer_path)
    sets = [*SHARED_SETS, OWN_SET]
    sets += [
        (f"blind {d.name}", d / "gold.json", d / "articles", d / "index.json") for d in args.blind
    ]

    lex = load_lexicon()
    patterns = topic_patterns(lex.topics, None, lex.topic_qualifiers)
    pairs_by_set = {}
    for label, gold, folder, index in sets:
        texts: list[str] = []
        passes = [(n, record_topic_texts(texts) if n == "topics" else f) for n, f in PASSES]
        dates = published_dates(index)
        system = []
        for path in sorted(folder.glob("*.txt")):
            doc = Document(read_article_file(path), dates.get(path.name), lex, patterns)
            for _, step in passes:
                step(doc)
            system.append({"source": path.name, "meetings": [m.to_json() for m in doc.meetings]})
        gold_articles = json.loads(gold.read_text(encoding="utf-8"))
        pairs_by_set[label] = paired_meetings(scorer, label, gold_articles, system, texts)

    def hits_of(pairs, code, cue):
        pattern = topic_patterns({code: (cue,)}, None, lex.topic_qualifiers)[0][1]
        return {i for i, (_, own, _) in enumerate(pairs) if any(pattern.search(t) for t in own)}

    everything = [p for pairs in pairs_by_set.values() for p in pairs]
    cues = [(code, cue) for code, words in lex.topics.items() for cue in words]
    hits = {c: hits_of(everything, *c) for c in cues}
    print("topics F1 with the package's cues")
    for label, pairs in pairs_by_set.items():
        print(f"  {label:24s} {f1(pairs, {c: hits_of(pairs, *c) for c in cues}):.3f}")

    print("\ncues wrong more often than right where they alone give their topic")
    for code, cue in cues:
        alone = [
            i
            for i in hits[(code, cue)]
            if not any(
                i in hits[other] for other in cues if other[0] == code and other != (code, cue)
            )
        ]
        right = sum(code in everything[i][0] for i in alone)
        if len(alone) - right > max(right, 1):
            print(f"  {code:22s} {cue:28s} right {right:3d}  wrong {len(alone) - right:3d}")

    print(f"\nwords of meetings whose gold topic is missed, in >= {args.min_articles} articles")
    found = [{code for (code, _), w in hits.items() if i in w} for i in range(len(everything))]
    missed, spared = defaultdict(set), defaultdict(set)
    for i, (gold, own, article) in enumerate(everything):
        words = [w for t in own for w in _ARABIC_WORD.findall(t)]
        grams = set(words) | {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        for code in lex.topics:
            if code in found[i]:
                continue
            for gram in grams:
                (missed if code in gold else spared)[(code, gram)].add(article)
    ranked = Counter(
        {k: len(v) - len(spared[k]) for k, v in missed.items() if len(v) >= args.min_articles}
    )
    for (code, gram), margin in ranked.most_common(40):
        if margin > 0:
            print(
                f"  {code:22s} {gram:28s} missed in {len(missed[(code, gram)]):3d}  "
                f"lacking in {len(spared[(code, gram)]):3d}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
