from .conftest import read


def test_a_held_meeting_is_not_planned():
    document = read(
        "اجتمع وزير الداخلية العراقي حسين الربيعي أمس مع نظيره الكويتي فهد العنزي في بغداد.",
        until="triggers",
    )
    (clause,) = document.sentences[0].clauses
    assert (clause.kind, clause.planned) == ("verb", False)


def test_an_announced_meeting_is_planned():
    document = read(
        "يلتقي وزير الداخلية العراقي حسين الربيعي نظيره الكويتي فهد العنزي الأسبوع المقبل.",
        until="triggers",
    )
    (clause,) = document.sentences[0].clauses
    assert (clause.kind, clause.planned) == ("verb", True)


def test_next_is_a_plan_only_after_a_time_word():
    document = read(
        "بحث وزير الداخلية العراقي حسين الربيعي مع نظيره الكويتي فهد العنزي الانتخابات المقبلة.",
        until="triggers",
    )
    assert not document.sentences[0].clauses[0].planned


def test_each_clause_has_its_own_cue():
    document = read(
        "اجتمع وزير الداخلية العراقي حسين الربيعي مع نظيره الكويتي فهد العنزي؛"
        " وحضر الاجتماع سفير الكويت لدى العراق.",
        until="triggers",
    )
    kinds = [clause.kind for clause in document.sentences[0].clauses]
    assert kinds == ["verb", "attendance"]


def test_a_sentence_without_a_cue_has_no_clause():
    document = read("وقال الوزير إن التعاون مستمر.", until="triggers")
    assert document.sentences[0].clauses == []


def test_an_announced_meeting_is_not_held(extract):
    text = (
        "ومن المقرر أن يلتقي وزير الخارجية الليبي حسن الطاهر نظيره المصري سامي رشدي غدا في القاهرة."
    )
    assert extract(text) == []


def test_phone_call_is_a_meeting(extract):
    text = "أجرى وزير الخارجية المغربي يوسف العمراني اتصالا هاتفيا مع نظيره الإسباني خوسيه ألباريس."
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"يوسف العمراني", "خوسيه ألباريس"}


def test_no_meeting_gives_an_empty_list(extract):
    text = (
        "أعلنت وزارة الداخلية الليبية ضبط شحنة مخدرات في ميناء مصراتة. "
        "وقال الناطق إن التحقيق مستمر."
    )
    assert extract(text) == []
