"""Extraction quality and speed on the shared articles.

    .venv/bin/python bench/extraction.py [--articles 1000]

Prints the shared scorer's figures on the seeds and dev gold files, then the speed of
`extract_article` on one core: start-up (imports and lexicon loading) apart from the
articles per second over at least --articles extractions (the shared articles repeated).
Exits with a message when ../shared (or $SHARED_DIR) is missing.
"""

import argparse
import datetime as dt
import importlib.util
import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SHARED_DIR", ROOT.parent / "shared"))
SETS = [
    ("seeds", "gold/seeds.json", "seeds", None),
    ("dev", "dev/gold.json", "dev/articles", "dev/index.json"),
]


def load_scorer():
    spec = importlib.util.spec_from_file_location(
        "score_extraction", SHARED / "tools" / "score_extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def published_dates(index: str | None) -> dict:
    if not index:
        return {}
    entries = json.loads((SHARED / index).read_text(encoding="utf-8"))
    return {
        e["source"]: dt.date.fromisoformat(e["published"]) if e.get("published") else None
        for e in entries
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="extractions to time")
    args = parser.parse_args()
    if not (SHARED / "tools" / "score_extraction.py").exists():
        print(f"no shared data at {SHARED}: nothing to measure (set SHARED_DIR)")
        return 0

    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    from meetings.extraction import extract_article
    from meetings.extraction.lexicon import load_lexicon
    from meetings.extraction.reading import read_article_file

    load_lexicon()
    extract_article("التقى وزير الداخلية الليبي نظيره التونسي.")  # compiles the patterns
    startup = time.perf_counter() - started

    scorer = load_scorer()
    inputs = []
    for label, gold, folder, index in SETS:
        dates = published_dates(index)
        paths = sorted((SHARED / folder).glob("*.txt"))
        texts = [(p.name, read_article_file(p), dates.get(p.name)) for p in paths]
        inputs.extend(texts)
        system = [
            extract_article(text, source=name, published=published).to_json()
            for name, text, published in texts
        ]
        gold_data = json.loads((SHARED / gold).read_text(encoding="utf-8"))
        _, lines, _ = scorer.score(gold_data, system)
        print(f"== {label} ({len(texts)} articles)")
        print("\n".join(lines))

    done = 0
    started = time.perf_counter()
    while done < args.articles:
        for name, text, published in inputs:
            extract_article(text, source=name, published=published)
            done += 1
    elapsed = time.perf_counter() - started
    print("== speed (one core)")
    print(f"start-up   {startup:.2f} s (imports, lexicons, patterns)")
    print(f"articles   {done} in {elapsed:.2f} s = {done / elapsed:.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
