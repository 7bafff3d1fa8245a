"""Extraction quality and speed.

    .venv/bin/python bench/extraction.py [--articles 1000] [--blind DIR ...]

Quality: the shared scorer's figures on the shared seeds and dev gold files, on the
project's own articles (tests/extraction/articles), and on each blind round given with
--blind (a folder of real articles kept outside the repository: articles/*.txt,
index.json and gold.json, annotated before the extractor was run on them). Each set is
scored twice: as `extract` reads files with no archive, and with the archive's people
known (`KnownPeople`), here the people of the other sets' gold files, as an archive
whose editors have corrected those articles would know them.

Speed, on one core: start-up (imports, lexicons, patterns) apart; one pass over every
distinct article with the extractor's word caches empty, as new articles come; then at
least --articles extractions of the real articles repeated, with the seconds and
share of each pass of the pipeline. Each speed is the best of three rounds, with the
slowest shown beside it.

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
COLUMNS = [
    ("person_f1", "person"),
    ("person_p", "P"),
    ("person_r", "R"),
    ("meeting_f1", "meeting"),
    ("meeting_p", "P"),
    ("meeting_r", "R"),
    ("date_acc", "date"),
    ("place_acc", "place"),
    ("person_country_acc", "country"),
    ("person_ministry_acc", "ministry"),
    ("topics_f1", "topics"),
    ("org_f1", "org"),
]
# The extractor's targets (the issue that set them); "-" where none was set.
TARGETS = {
    "person_f1": 0.90,
    "meeting_f1": 0.85,
    "place_acc": 0.85,
    "person_country_acc": 0.92,
    "topics_f1": 0.80,
    "org_f1": 0.60,
}
# Reads a header the date parser has to read itself (it loads its Arabic data then),
# a date, a month, a meeting: the first article of a process pays for these alone.
WARM_UP = (
    "الموقع الإخباري 2024\n"
    "تاريخ النشر: 12 مارس 2024\n"
    "التقى وزير الداخلية الليبي سالم الورفلي، اليوم الثلاثاء في طرابلس، نظيره التونسي "
    "منير بلحاج، وبحثا أمن الحدود ومكافحة الهجرة غير الشرعية في ديسمبر 2023."
)


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def published_dates(index: Path | None) -> dict:
    if not index or not index.exists():
        return {}
    entries = json.loads(index.read_text(encoding="utf-8"))
    return {
        e["source"]: dt.date.fromisoformat(e["published"]) if e.get("published") else None
        for e in entries
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="extractions to time")
    parser.add_argument(
        "--blind", type=Path, action="append", default=[], metavar="DIR", help="a blind round"
    )
    args = parser.parse_args()
    shared_scorer = SHARED / "tools" / "score_extraction.py"
    if shared_scorer.exists():
        sets = [*SHARED_SETS, OWN_SET]
        scorer = load_scorer(shared_scorer)
    else:
        print(f"no shared data at {SHARED}: scoring the project's own articles only")
        sets = [OWN_SET]
        scorer = load_scorer(ROOT / "tests" / "extraction" / "scoring.py")
    for folder in args.blind:
        sets.append(
            (
                f"blind {folder.name}",
                folder / "gold.json",
                folder / "articles",
                folder / "index.json",
            )
        )

    sys.path.insert(0, str(ROOT))
    started = time.perf_counter()
    from meetings.extraction import KnownPeople, extract_article
    from meetings.extraction.lexicon import load_lexicon
    from meetings.extraction.reading import read_article_file
    from meetings.extraction.tokens import forget_words

    load_lexicon()
    extract_article(WARM_UP)  # compiles the patterns, loads the date parser's locale
    startup = time.perf_counter() - started

    loaded = []
    for label, gold, folder, index in sets:
        dates = published_dates(index)
        texts = [
            (p.name, read_article_file(p), dates.get(p.name)) for p in sorted(folder.glob("*.txt"))
        ]
        loaded.append((label, json.loads(gold.read_text(encoding="utf-8")), texts))

    print("== quality (shared scorer; targets: " + _targets() + ")")
    print(f"{'set':22s} " + " ".join(f"{name:>8s}" for _, name in COLUMNS))
    for known in (False, True):
        for label, gold, texts in loaded:
            others = [g for other, g, _ in loaded if other != label]
            people = KnownPeople(_people(others)) if known else None
            system = [
                extract_article(
                    text, source=name, published=published, known_people=people
                ).to_json()
                for name, text, published in texts
            ]
            figures = scorer.score(gold, system)[0]
            title = f"{label} ({len(texts)})" + (" +names" if known else "")
            print(f"{title:22s} " + " ".join(_cell(figures, key) for key, _ in COLUMNS))

    # One core, as the target is stated; the process may not move between cores.
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print("== speed (one core)")
    print(f"start-up     {startup:.2f} s (imports, lexicons, patterns)")

    # Each speed is taken over three rounds, the best and the slowest shown: a shared
    # machine's other work only ever slows a round down.
    distinct = [text for _, _, texts in loaded for text in texts]
    rounds = []
    for _ in range(3):
        forget_words()
        started = time.perf_counter()
        for name, text, published in distinct:
            extract_article(text, source=name, published=published)
        rounds.append(len(distinct) / (time.perf_counter() - started))
    print(
        f"first pass   {len(distinct)} distinct articles, word caches empty at the start: "
        f"{max(rounds):.0f} articles/s (slowest of 3 rounds {min(rounds):.0f})"
    )

    # Speed is measured on the real articles when there are any: the project's own are
    # shorter and would flatter the figure.
    inputs = [text for label, _, texts in loaded if label != "own" for text in texts]
    inputs = inputs or distinct
    rounds, timings = [], Counter()
    for _ in range(3):
        done = 0
        started = time.perf_counter()
        while done < args.articles:
            for name, text, published in inputs:
                extract_article(text, source=name, published=published, timings=timings)
                done += 1
        rounds.append(done / (time.perf_counter() - started))
    print(
        f"repeated     {done} extractions of {len(inputs)} real articles: "
        f"{max(rounds):.0f} articles/s (slowest of 3 rounds {min(rounds):.0f})"
    )
    print("== time per pass (the repeated extractions)")
    print("\n".join(_pass_lines(timings)))
    return 0


def _people(golds: list[list[dict]]) -> list[tuple[str, list[str], str | None]]:
    """Every named participant of some gold files, as an archive would hold them."""
    return [
        (p["name"], p.get("aliases") or [], p.get("country"))
        for gold in golds
        for article in gold
        for meeting in article["meetings"]
        for p in meeting["participants"]
        if p.get("name")
    ]


def _cell(figures: dict, key: str) -> str:
    return f"{figures[key]:8.3f}" if key in figures else f"{'-':>8s}"


def _targets() -> str:
    names = dict(COLUMNS)
    return ", ".join(f"{names[key]} ≥ {value:.2f}" for key, value in TARGETS.items())


def _pass_lines(timings: Counter) -> list[str]:
    """Each pass's seconds and share of the passes' total, in pipeline order."""
    total = sum(timings.values())
    lines = [
        f"{name:12s} {seconds:6.2f} s {seconds / total:6.1%}" for name, seconds in timings.items()
    ]
    lines.append(f"{'all passes':12s} {total:6.2f} s")
    return lines


if __name__ == "__main__":
    sys.exit(main())
