import json
from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command

from meetings.models import Article, Meeting, Participant
from meetings.services import ingestion
from tests.services.http_server import serving

pytestmark = pytest.mark.django_db

STORY = (
    "التقى وزير الداخلية الليبي سالم الورفلي اليوم في طرابلس وزير الداخلية الإيطالي "
    "ماركو بيانكي، وبحث الجانبان ملف الهجرة غير الشرعية وتأمين الحدود الجنوبية."
)
FOLLOW_UP = (
    "استقبل وزير الداخلية سالم الورفلي اليوم في طرابلس وزير الداخلية الإيطالي ماركو بيانكي "
    "والوفد المرافق له، وتناول اللقاء التعاون في مكافحة الهجرة غير الشرعية."
)


def ingest(*args):
    out, err = StringIO(), StringIO()
    try:
        call_command("ingest", *map(str, args), stdout=out, stderr=err)
    except CommandError as error:
        return out.getvalue(), err.getvalue(), error
    return out.getvalue(), err.getvalue(), None


@pytest.fixture
def articles(tmp_path):
    (tmp_path / "101.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "102.txt").write_text(FOLLOW_UP, encoding="windows-1256")
    (tmp_path / "index.json").write_text(
        json.dumps(
            [
                {"source": "101.txt", "url": "https://example.org/101", "published": "2024-05-15"},
                {"source": "102.txt", "url": "https://example.org/102", "published": "2024-05-15"},
            ]
        ),
        encoding="utf-8",
    )
    return tmp_path


def test_ingest_stores_articles_and_links_their_people(articles):
    out, err, error = ingest("--index", articles / "index.json", "--outlet", "وال", articles)
    assert error is None, err
    assert "2 new, 0 skipped (already stored), 0 failed" in out
    first = Article.objects.get(url="https://example.org/101")
    assert first.outlet == "وال" and str(first.published) == "2024-05-15"
    # Both report the same meeting: one Meeting with two sources, one page per person.
    salem = Participant.objects.get(name="سالم الورفلي")
    assert salem.meetings.count() == 1
    assert Meeting.objects.get().sources.count() == 2


def test_ingest_twice_skips_what_is_stored(articles):
    ingest("--index", articles / "index.json", articles)
    out, _err, error = ingest("--index", articles / "index.json", articles)
    assert error is None
    assert "0 new, 2 skipped (already stored), 0 failed" in out
    assert "101.txt: skipped, already stored" in out
    assert Article.objects.count() == 2 and Meeting.objects.count() == 1


def test_bad_inputs_are_reported_one_line_each_and_the_rest_carry_on(tmp_path):
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-16")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\xff\x10" * 300)
    (tmp_path / "english.txt").write_text("Nothing in Arabic here at all. " * 10, encoding="utf-8")
    (tmp_path / "huge.txt").write_bytes("نص ".encode() * 1_000_000)
    out, err, error = ingest(tmp_path, tmp_path / "missing.txt")
    assert error is not None and "5 input(s) failed" in str(error)
    assert "1 new, 0 skipped (already stored), 5 failed" in out
    lines = err.strip().splitlines()
    assert len(lines) == 5
    assert any(line.endswith("empty.txt: empty file") for line in lines)
    assert any(line.endswith("binary.txt: binary file") for line in lines)
    assert any(line.endswith("english.txt: no Arabic text") for line in lines)
    assert any("huge.txt: file too large" in line for line in lines)
    assert any("missing.txt: No such file" in line for line in lines)
    assert Article.objects.get().text.startswith("التقى")


def test_an_article_failing_mid_way_leaves_nothing_and_the_others_are_stored(articles, monkeypatch):
    """The second meeting of 102.txt cannot be stored: none of 102 is, all of 101 is."""
    extract = ingestion.extract_article

    def extract_with_a_bad_meeting(text, **kwargs):
        extracted = extract(text, **kwargs)
        if "استقبل" not in text:
            return extracted
        found = extracted.to_json()
        found["meetings"].append({**found["meetings"][0], "date": "2024-02-30"})
        return SimpleNamespace(title=extracted.title, published=None, to_json=lambda: found)

    monkeypatch.setattr(ingestion, "extract_article", extract_with_a_bad_meeting)
    out, err, error = ingest("--index", articles / "index.json", articles)
    assert error is not None
    assert "1 new, 0 skipped (already stored), 1 failed" in out
    assert "102.txt: ValueError" in err
    assert list(Article.objects.values_list("url", flat=True)) == ["https://example.org/101"]
    assert Meeting.objects.get().sources.count() == 1


def test_json_lines_and_urls(tmp_path, monkeypatch):
    for name in ("http_proxy", "HTTP_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    page = f"<html><head><title>لقاء</title></head><body><article><p>{STORY}</p></article></body>"
    batch = tmp_path / "batch.jsonl"
    batch.write_text(
        json.dumps(
            {
                "url": "https://example.org/j",
                "title": "خبر",
                "published": "2024-05-15",
                "text": FOLLOW_UP,
            }
        ),
        encoding="utf-8",
    )
    with serving({"/a": (200, "text/html; charset=utf-8", page.encode())}) as base:
        out, err, error = ingest(batch, f"{base}/a", f"{base}/gone")
    assert error is not None and "HTTP 404" in err
    assert "2 new, 0 skipped (already stored), 1 failed" in out
    assert Article.objects.get(url=f"{base}/a").title == "لقاء"
    assert Article.objects.get(url="https://example.org/j").title == "خبر"


def test_a_directory_with_nothing_to_read_fails(tmp_path):
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    out, err, error = ingest(tmp_path)
    assert error is not None and "1 input(s) failed" in str(error)
    assert f"{tmp_path}: no files to read in the directory" in err
    assert "0 new, 0 skipped (already stored), 1 failed" in out


def test_the_index_matches_by_file_name_and_a_malformed_one_stops_the_run(articles):
    index = articles / "index.json"
    index.write_text(
        json.dumps([{"source": "dev/101.txt", "url": "https://example.org/101"}]),
        encoding="utf-8",
    )
    _out, err, error = ingest("--index", index, articles / "101.txt")
    assert error is None, err
    assert Article.objects.get().url == "https://example.org/101"

    index.write_text(json.dumps([{"source": "101.txt", "published": "soon"}]), encoding="utf-8")
    _out, _err, error = ingest("--index", index, articles / "102.txt")
    assert str(error) == f"{index}: entry 1: published is not a date (YYYY-MM-DD): 'soon'"
    assert Article.objects.count() == 1


# Three articles of invented people: two report one meeting, the third another
# meeting of one of the same people with someone new.
VISIT = (
    "التقى وزير الداخلية الليبي عادل الترهوني اليوم في طرابلس وزير الداخلية المالطي جوزيف "
    "فاروجيا، وبحث الجانبان ملف الهجرة غير الشرعية ودوريات خفر السواحل."
)
VISIT_AGAIN = (
    "استقبل وزير الداخلية عادل الترهوني اليوم في طرابلس وزير الداخلية المالطي جوزيف فاروجيا "
    "والوفد المرافق له، وتناول اللقاء مكافحة تهريب البشر عبر البحر."
)
BORDERS = (
    "التقى وزير الداخلية الليبي عادل الترهوني اليوم في مصراتة السفير التونسي كمال البجاوي، "
    "وبحث الجانبان تأمين المعابر الحدودية."
)


@pytest.fixture
def visits(tmp_path):
    """The three articles' paths, and an index giving them the same day."""
    files = {"a.txt": VISIT, "b.txt": VISIT_AGAIN, "c.txt": BORDERS}
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    index = [{"source": name, "url": "", "published": "2024-06-03"} for name in files]
    (tmp_path / "index.json").write_text(json.dumps(index), encoding="utf-8")
    return ["--index", tmp_path / "index.json", *(tmp_path / name for name in files)]


def test_ingest_closes_with_the_meetings_and_people_it_made(visits):
    out, err, error = ingest(*visits)
    assert error is None, err
    # a.txt: a meeting and both its people are new. b.txt: the same meeting, another
    # source, its two people linked. c.txt: a new meeting, one person new, one linked.
    assert (
        "Meetings: 2 new, 1 reported again (another source of a stored meeting). "
        "Participants: 3 new, 3 linked to existing ones." in out
    )
    assert Meeting.objects.count() == 2 and Participant.objects.count() == 3


def test_someone_an_article_creates_is_new_in_each_of_its_meetings(visits, monkeypatch):
    """c.txt also reports an earlier meeting of the same two people: the person its
    first meeting created is found for the second, and still counts as new."""
    extract = ingestion.extract_article

    def extract_with_an_earlier_meeting(text, **kwargs):
        extracted = extract(text, **kwargs)
        if "مصراتة" not in text:
            return extracted
        found = extracted.to_json()
        found["meetings"].append({**found["meetings"][0], "date": "2024-05-10"})
        return SimpleNamespace(title=extracted.title, published=None, to_json=lambda: found)

    monkeypatch.setattr(ingestion, "extract_article", extract_with_an_earlier_meeting)
    index, path, a, _b, c = visits
    ingest(index, path, a)
    out, err, error = ingest(index, path, c)
    assert error is None, err
    assert "Meetings: 2 new, 0 reported again" in out
    assert "Participants: 1 new, 1 linked to existing ones." in out
