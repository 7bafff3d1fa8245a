"""Extraction quality and speed on the shared articles.

    .venv/bin/python bench/extraction.py [--articles 1000]

Prints the shared scorer's figures on the seeds and dev gold files and on the project's
own articles (tests/extraction/articles), then the speed of `extract_article` on one
core: start-up (imports and lexicon loading) apart from the articles per second over at
least --articles extractions (the shared articles repeated, pinned to one core), and
the seconds and share of those extractions spent in each pass of the pipeline.
Without ../shared (or $SHARED_DIR) only the project's own articles are scored, by
tests/extraction/scoring.py, and timed.
"""

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
OWN = ROOT / "tests" / "extraction" / "articles"
# (label, gold file, article folder, index of published dates or None)
SHARED_SETS = [
    ("seeds", SHARED / "gold/seeds.json", SHARED / "seeds", None),
    ("dev", SHARED / "dev/gold.json", SHARED / "dev/articles", SHARED / "dev/index.json"),
]
OWN_SET = ("own", OWN / "gold.json", OWN, OWN / "index.json")


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def published_dates(index: Path | None) -> dict:
    if not index:
        return {}
    entries = json.loads(index.read_text(encoding="utf-8"))
    return {
        e["source"]: dt.date.fromisoformat(e["published"]) if e.get("published") else None
        for e in entries
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="extractions to time")
    args = parser.parse_args()
    shared_scorer = SHARED / "tools" / "score_extraction.py"
    if shared_scorer.exists():
        sets = [*SHARED_SETS, OWN_SET]
        scorer = load_scorer(shared_scorer)
    else:
        print(f"no shared data at {SHARED}: scoring the project's own articles only")
        sets = [OWN_SET]
        scorer = load_scorer(ROOT / "tests" / "extraction" / "scoring.py")

    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    from meetings.extraction import extract_article
    from meetings.extraction.lexicon import load_lexicon
    from meetings.extraction.reading import read_article_file

    load_lexicon()
    extract_article("التقى وزير الداخلية الليبي نظيره التونسي.")  # compiles the patterns
    startup = time.perf_counter() - started

    inputs = []
    for label, gold, folder, index in sets:
        dates = published_dates(index)
        paths = sorted(folder.glob("*.txt"))
        texts = [(p.name, read_article_file(p), dates.get(p.name)) for p in paths]
        # Speed is measured on the real articles when there are any: the project's own
        # are shorter and would flatter the figure.
        if label != "own" or not inputs:
            inputs.extend(texts)
        system = [
            extract_article(text, source=name, published=published).to_json()
            for name, text, published in texts
        ]
        gold_data = json.loads(gold.read_text(encoding="utf-8"))
        print(f"== {label} ({len(texts)} articles)")
        print("\n".join(_lines(scorer.score(gold_data, system))))

    # One core, as the target is stated; the process may not move between cores.
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    done = 0
    timings: Counter = Counter()
    started = time.perf_counter()
    while done < args.articles:
        for name, text, published in inputs:
            extract_article(text, source=name, published=published, timings=timings)
            done += 1
    elapsed = time.perf_counter() - started
    print("== speed (one core)")
    print(f"start-up   {startup:.2f} s (imports, lexicons, patterns)")
    print(f"articles   {done} in {elapsed:.2f} s = {done / elapsed:.0f} articles/s")
    print("== time per pass (the same extractions)")
    print("\n".join(_pass_lines(timings)))
    return 0


def _pass_lines(timings: Counter) -> list[str]:
    """Each pass's seconds and share of the passes' total, in pipeline order."""
    total = sum(timings.values())
    lines = [
        f"{name:12s} {seconds:6.2f} s {seconds / total:6.1%}" for name, seconds in timings.items()
    ]
    lines.append(f"{'all passes':12s} {total:6.2f} s")
    return lines


def _lines(result) -> list[str]:
    """The shared scorer returns printable lines; the project's compact one figures."""
    if len(result) == 3:
        return result[1]
    figures, _ = result
    return [f"{name:20s} {value:.3f}" for name, value in figures.items()]


if __name__ == "__main__":
    sys.exit(main())
