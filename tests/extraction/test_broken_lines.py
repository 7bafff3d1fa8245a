from meetings.extraction.broken_lines import goes_on, unwrapped


def test_a_line_ending_on_a_preposition_goes_on_in_the_next():
    assert unwrapped(["التقى الوزير سالم العلي في", "طرابلس نظيره التونسي."]) == [
        "التقى الوزير سالم العلي في طرابلس نظيره التونسي."
    ]


def test_a_short_line_opening_with_a_past_meeting_verb_goes_on_in_the_next():
    lines = ["زار", "رئيس الأركان", "اللواء سامي الدرعي سلطنة عمان."]
    assert unwrapped(lines) == ["زار رئيس الأركان اللواء سامي الدرعي سلطنة عمان."]


def test_a_finished_sentence_goes_on_in_nothing():
    lines = ["التقى الوزير سالم العلي نظيره.", "وأكد الجانبان أهمية التعاون."]
    assert unwrapped(lines) == lines


def test_a_sentence_opening_with_and_or_also_goes_on_from_the_body():
    assert goes_on("وأكد الجانبان ...")
    assert goes_on("كما أجرى الوزير اتصالا ...")
    assert not goes_on("الوزير يبحث مع نظيره ...")


def test_a_line_opening_with_the_other_party_s_turn_goes_on_from_the_body():
    assert goes_on("من جهته، عبر رئيس الوفد العميد سالم العلي عن تقديره")
    assert goes_on("بدورها، أكدت الوزيرة")
    assert not goes_on("من الرباط إلى نواكشوط")


def test_a_line_that_leaves_a_quotation_open_goes_on_in_the_next():
    lines = ['وقالت البعثة: "إن المبعوث عقد لقاء برئيس مجلس النواب', 'سالم العلي في القبة".']
    assert unwrapped(lines) == [" ".join(lines)]
    closed = ['وقال المبعوث: "اللقاء كان مثمرا" وأضاف', "أنه سيعود قريبا."]
    assert unwrapped(closed) == closed


def test_a_line_of_was_alone_goes_on_in_the_next():
    lines = ["وكان", "الرئيس سامي فؤاد قد التقى مساء أمس النائب كارل موللر زعيم الكتلة"]
    assert unwrapped(lines) == [" ".join(lines)]


def test_a_line_ending_on_a_city_named_like_was_is_finished():
    lines = ["وزير الثقافة يلتقي نظيره الفرنسي على هامش مهرجان كان", "التقى وزير الثقافة سالم."]
    assert unwrapped(lines) == lines


def test_a_short_line_opening_with_also_and_a_past_meeting_verb_goes_on_in_the_next():
    lines = ["كما زار", "رئيس الأركان", "اللواء سامي الدرعي سلطنة عمان."]
    assert unwrapped(lines) == [" ".join(lines)]


def test_a_line_ending_on_a_body_s_noun_without_the_article_goes_on_in_the_next():
    lines = ["وأوضح البيان أن الوزير سالم العلي التقى مدير مكتب", "الهجرة في المفوضية."]
    assert unwrapped(lines) == [" ".join(lines)]


def test_a_line_ending_on_a_head_in_the_plural_goes_on_in_the_next():
    lines = ["وترأس الرئيس سالم العلي اجتماعا مع رؤساء", "أجهزة الأمن العربية في القاهرة."]
    assert unwrapped(lines) == [" ".join(lines)]


def test_a_line_ending_on_within_or_about_goes_on_in_the_next():
    lines = ["وتناولت المباحثات الجهود الدولية في محاربة الإرهاب ضمن", "استراتيجية شاملة."]
    assert unwrapped(lines) == [" ".join(lines)]
