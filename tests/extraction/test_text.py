from meetings.extraction import clean_article_text

from .conftest import people


def test_breadcrumbs_and_repeated_headline_are_dropped():
    text = (
        "الرئيسية / أخبار / سياسة\n"
        "مباحثات أمنية في تونس\n"
        "مباحثات أمنية في تونس\n"
        "استقبل وزير الداخلية التونسي سامي الهادي نظيره المغربي رشيد العلوي في تونس.\n"
    )
    cleaned = clean_article_text(text)
    assert "الرئيسية" not in cleaned
    assert cleaned.count("مباحثات أمنية في تونس") == 1


def test_no_meeting_comes_from_a_read_also_block(extract):
    text = (
        "استقبل وزير الداخلية التونسي سامي الهادي نظيره المغربي رشيد العلوي في تونس.\n"
        "اقرأ أيضاً\n"
        "التقى وزير الدفاع الجزائري كمال الزين نظيره الفرنسي جان مارتان في باريس.\n"
    )
    meetings = extract(text)
    assert len(meetings) == 1
    assert "كمال الزين" not in people(meetings[0])


def test_comment_box_and_tags_end_the_story():
    text = "بحث وزير العدل الليبي سالم النوري ملف السجون.\nكلمات دلالية: ليبيا\nأضف تعليق\n"
    assert clean_article_text(text) == "بحث وزير العدل الليبي سالم النوري ملف السجون."
