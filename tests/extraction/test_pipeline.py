from collections import Counter

from meetings.extraction import extract_article, pipeline
from meetings.extraction.document import Document
from meetings.extraction.lexicon import load_lexicon

TEXT = "استقبل وزير الداخلية التونسي كمال الفقي سفير ألمانيا لدى تونس يورغن كولر في تونس."


def test_the_passes_run_in_order(monkeypatch):
    ran = []
    passes = [(name, lambda doc, name=name: ran.append(name)) for name in ("first", "second")]
    monkeypatch.setattr(pipeline, "PASSES", passes)
    pipeline.run(Document(TEXT, None, load_lexicon(), ()))
    assert ran == ["first", "second"]


def test_every_pass_reports_its_time_under_its_name():
    timings = Counter()
    pipeline.run(Document(TEXT, None, load_lexicon(), ()), timings)
    assert list(timings) == [name for name, _ in pipeline.PASSES]
    assert all(seconds >= 0 for seconds in timings.values())


def test_extract_article_adds_to_the_timings_it_is_given():
    timings = {}
    extract_article(TEXT, timings=timings)
    first = dict(timings)
    extract_article(TEXT, timings=timings)
    assert timings.keys() == first.keys()
    assert all(timings[name] >= first[name] for name in first)


def test_timings_are_optional():
    (meeting,) = extract_article(TEXT).meetings
    assert [p.name for p in meeting.participants] == ["كمال الفقي", "يورغن كولر"]
