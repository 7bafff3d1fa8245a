import pytest

from meetings.models import Meeting
from meetings.search import HIGHLIGHT_START, HIGHLIGHT_STOP, article_forms, search_normalize
from meetings.templatetags.archive import highlight
from tests.views.data import make_meeting


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("والمهاجرين", "المهاجرين"),
        ("فالأمن", "الأمن"),
        ("وبالتعاون", "وبالتعاون"),  # the stemmer removes و+بال itself
        ("ووزير", "وزير"),
        # Too short after the article to be a conjunction: a word of its own.
        ("والي", "والي"),
        ("فالح", "فالح"),
        ("وزير الداخلية", "وزير الداخلية"),
        ("مُصطفـى", "مصطفي"),
    ],
)
def test_search_normalize_drops_conjunctions_the_stemmer_keeps(text, expected):
    assert search_normalize(text) == expected


def test_search_normalize_keeps_query_syntax():
    assert search_normalize('"والهجرة غير الشرعية" -والتدريب or تونس') == (
        '"الهجرة غير الشرعية" -التدريب or تونس'
    )


def test_search_normalize_of_nothing_is_empty():
    assert search_normalize("") == ""
    assert search_normalize(None) == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("بحث الجانبان ملف والمهاجرين", "المهاجرين"),
        ("بحث الجانبان ملف المهاجرين", "والمهاجرين"),
        ("تعزيز التعاون فالأمن أولوية", "الأمن"),
        ("بحث ووزير الداخلية", "وزير"),
        ("مكافحة الهجرة غير الشرعية", "والهجرة"),
        # Spelling variants the stemmer must see alike: hamza, alef maksura, ة endings.
        ("بحث ملف أمن الحدود", "امن"),
        ("استقبل مصطفى الوزير", "مصطفي"),
        ("الهجرة غير الشرعية", "الشرعي"),
    ],
)
def test_prefixed_forms_match_in_postgresql(stored, query):
    meeting = make_meeting(evidence=stored)
    assert list(Meeting.objects.search(query)) == [meeting]


@pytest.mark.django_db
def test_title_matches_rank_above_body_matches():
    in_body = make_meeting(title="لقاء", evidence="تناول اللقاء الهجرة")
    in_title = make_meeting(title="الهجرة على طاولة البحث", evidence="تناول اللقاء التدريب")
    assert list(Meeting.objects.search("الهجرة")) == [in_title, in_body]


@pytest.mark.django_db
def test_headline_escapes_article_text_and_marks_only_matches():
    make_meeting(evidence='<script>alert(1)</script> ملف <b>الهجرة</b> بين 1 < 2 & "ج"')
    headline = Meeting.objects.with_headline("الهجرة").get().headline
    html = highlight(headline)
    assert "<script>" not in html and "<b>" not in html
    assert "&lt; 2 &amp; &quot;ج&quot;" in html
    assert html.count("<mark>") == 1 and "<mark>الهجرة</mark>" in html


def test_words_starting_with_waw_also_match_their_article_form():
    # "وزير" and "الوزير" are stemmed apart by PostgreSQL's Arabic stemmer.
    assert article_forms("وزير الداخلية -وزارة الوزارة وفد وزير_2") == [
        ("وزارة", "الوزارة"),
        ("وزير", "الوزير"),
    ]


@pytest.mark.django_db
def test_a_search_for_a_bare_word_finds_its_article_forms():
    bare = make_meeting(evidence="التقى وزير الداخلية نظيره")
    with_article = make_meeting(evidence="استقبل الوزير ضيفه")
    with_preposition = make_meeting(evidence="قدم الوفد هدية للوزير")
    assert set(Meeting.objects.search("وزير")) == {bare, with_article, with_preposition}
    assert list(Meeting.objects.search('"وزير الداخلية"')) == [bare]
    assert list(Meeting.objects.search("ضيفه -وزير")) == []
    headline = Meeting.objects.with_headline("وزير").get(pk=with_article.pk).headline
    assert f"{HIGHLIGHT_START}الوزير{HIGHLIGHT_STOP}" in headline


@pytest.mark.django_db
def test_a_search_with_the_article_does_not_match_words_sharing_a_bare_stem():
    # Without its article, وزارة is stemmed as زار ("visited") is.
    visited = make_meeting(evidence="زار الرئيس طرابلس")
    ministry = make_meeting(evidence="أعلنت الوزارة الخبر")
    assert list(Meeting.objects.search("الوزارة")) == [ministry]
    assert visited not in Meeting.objects.search("الوزارة")
