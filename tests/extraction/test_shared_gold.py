"""The extractor against the shared gold files, scored by the shared scorer."""

import datetime as dt
import importlib.util
import json

import pytest

from meetings.extraction import extract_article
from meetings.extraction.reading import read_article_file

THRESHOLDS = {
    "person_f1": 0.90,
    "meeting_f1": 0.85,
    "date_acc": 0.90,
    "place_acc": 0.85,
    "person_country_acc": 0.90,
    "topics_f1": 0.70,
}


def _scorer(shared_dir):
    spec = importlib.util.spec_from_file_location(
        "score_extraction", shared_dir / "tools" / "score_extraction.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _published(index_path):
    if not index_path.exists():
        return {}
    return {
        e["source"]: dt.date.fromisoformat(e["published"]) if e.get("published") else None
        for e in json.loads(index_path.read_text(encoding="utf-8"))
    }


@pytest.mark.parametrize(
    ("gold", "articles", "index"),
    [
        ("gold/seeds.json", "seeds", None),
        ("dev/gold.json", "dev/articles", "dev/index.json"),
    ],
)
def test_scores_reach_the_targets(shared_dir, gold, articles, index):
    published = _published(shared_dir / index) if index else {}
    system = [
        extract_article(
            read_article_file(path), source=path.name, published=published.get(path.name)
        ).to_json()
        for path in sorted((shared_dir / articles).glob("*.txt"))
    ]
    gold_data = json.loads((shared_dir / gold).read_text(encoding="utf-8"))
    result, lines, _ = _scorer(shared_dir).score(gold_data, system)
    failing = {
        name: round(result[name], 3) for name, floor in THRESHOLDS.items() if result[name] < floor
    }
    assert not failing, "\n".join(lines)
