"""`manage.py extract`: JSON output, published-date precedence and bad files.

The command reads topic cue words from the database when it can; these tests need no
database, so the cue look-up falls back to the package's defaults.
"""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

ARTICLE = (
    "التقى وزير الداخلية الليبي نادر سالم، أمس، نظيره التونسي منير بلحاج في تونس "
    "لبحث أمن الحدود ومكافحة الهجرة غير الشرعية."
)


@pytest.fixture(autouse=True)
def no_database(monkeypatch):
    monkeypatch.setattr("meetings.management.commands.extract._from_archive", lambda: (None, None))


def run(*args):
    out, err = StringIO(), StringIO()
    call_command("extract", *map(str, args), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_json_output(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out, _ = run("--json", "--published", "2024-03-07", path)
    (article,) = json.loads(out)
    assert article["source"] == "a.txt"
    assert article["published"] == "2024-03-07"
    (meeting,) = article["meetings"]
    assert meeting["date"] == "2024-03-06"
    assert {p["name"] for p in meeting["participants"]} == {"نادر سالم", "منير بلحاج"}


def test_published_date_precedence(tmp_path):
    stated = tmp_path / "stated.txt"
    stated.write_text("الأحد 3 مارس 2024\n" + ARTICLE, encoding="utf-8")
    indexed = tmp_path / "indexed.txt"
    indexed.write_text(ARTICLE, encoding="utf-8")
    plain = tmp_path / "plain.txt"
    plain.write_text(ARTICLE, encoding="utf-8")
    index = tmp_path / "index.json"
    index.write_text(
        json.dumps(
            [
                {"source": "stated.txt", "url": "u1", "published": "2024-01-01"},
                {"source": "indexed.txt", "url": "u2", "published": "2024-02-02"},
            ]
        ),
        encoding="utf-8",
    )
    out, _ = run("--json", "--index", index, "--published", "2024-05-05", stated, indexed, plain)
    dates = {a["source"]: a["published"] for a in json.loads(out)}
    assert dates == {
        "stated.txt": "2024-03-03",
        "indexed.txt": "2024-02-02",
        "plain.txt": "2024-05-05",
    }


def test_the_index_matches_by_file_name_and_a_malformed_one_is_one_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    index = tmp_path / "index.json"
    index.write_text(json.dumps([{"source": "dev/a.txt", "published": "2024-03-07"}]))
    out, _ = run("--json", "--index", index, path)
    assert json.loads(out)[0]["published"] == "2024-03-07"

    index.write_text(json.dumps([{"url": "https://example.org/a"}]))
    with pytest.raises(CommandError) as raised:
        run("--json", "--index", index, path)
    assert str(raised.value) == f"{index}: entry 1: no source file name"


def test_bad_files_are_reported_and_the_rest_processed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    english = tmp_path / "english.txt"
    english.write_text("Nothing in Arabic here, only English words.", encoding="utf-8")
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError):
        call_command(
            "extract", "--json", str(empty), str(good), str(english), stdout=out, stderr=err
        )
    assert [a["source"] for a in json.loads(out.getvalue())] == ["good.txt"]
    assert f"{empty}: empty file" in err.getvalue()
    assert f"{english}: no Arabic text" in err.getvalue()


def test_readable_summary(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    out, _ = run(path)
    assert "a.txt (undated): 1 meeting(s)" in out
    assert "نادر سالم [LY]" in out


def test_bad_published_date(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(CommandError):
        run("--published", "yesterday", path)


def test_a_malformed_published_date_is_a_one_line_usage_error(tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "manage.py", "extract", "--published", "nope", str(path)],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "not a date (YYYY-MM-DD): nope" in result.stderr
    assert "Traceback" not in result.stderr
