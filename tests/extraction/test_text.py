import datetime as dt

from meetings.extraction import clean_article_text
from meetings.extraction.text import paragraphs, sentences

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


def test_lines_broken_mid_sentence_are_joined():
    text = (
        "اجتمع وزير الداخلية المالطي، الأربعاء، في فاليتا بقائد القوات في شرق\n"
        "ليبيا، اللواء سالم\n"
        "الدرسي، في لقاء مطول."
    )
    assert [p.text for p in paragraphs(text)] == [" ".join(text.split("\n"))]


def test_a_line_ending_on_a_comma_goes_on_in_the_next(extract):
    text = (
        "أجرى رئيس الوزراء اليوناني نيكوس ستافرو الأحد محادثات مع نظيره المالطي جوزيف بورغ،\n\n"
        "في إطار النقاش الأوروبي حول الهجرة."
    )
    (first,) = paragraphs(text)
    assert not first.heading
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"نيكوس ستافرو", "جوزيف بورغ"}


def test_a_site_menu_above_the_story_drops_only_itself():
    text = "آخر الأخبار\n\nبحث وزير الداخلية سالم الورفلي مع نظيره المالطي التعاون الأمني."
    assert clean_article_text(text).startswith("بحث وزير الداخلية")


def test_a_stop_after_a_title_ends_the_sentence_when_a_new_one_opens_after_it():
    assert sentences("حضر اللقاء كمال الهمامي، مستشار صاحب الجلالة. وكان الوزير قد وصل") == [
        "حضر اللقاء كمال الهمامي، مستشار صاحب الجلالة.",
        "وكان الوزير قد وصل",
    ]
    assert sentences("التقى الوزير الشيخ. سالم الورفلي") == ["التقى الوزير الشيخ سالم الورفلي"]


def test_bulleted_items_each_ending_on_a_stop_go_on_with_the_list(extract):
    text = (
        "استقبل رئيس الوزراء التونسي كمال الهمامي اليوم وزراء الداخلية المشاركين في "
        "الاجتماع، وجاء هذا الاستقبال بحضور وزير الداخلية سالم الدريدي، حيث ضمت الوفود:\n"
        "• معالي ماركو بيانكي، وزير الداخلية الإيطالي.\n"
        "• معالي جون بورغ، وزير الداخلية المالطي.\n"
        "• معالي خوان مورينو، وزير الداخلية الإسباني."
    )
    assert len(sentences(paragraphs(text)[0].text)) == 1
    (meeting,) = extract(text)
    assert {"ماركو بيانكي", "جون بورغ", "خوان مورينو"} <= set(people(meeting))


def test_a_byline_is_page_furniture():
    for byline in ("كتب - سمير عبد الله", "كتب- سمير عبد الله", "كتب : سمير عبد الله"):
        text = f"{byline}\n\nبحث وزير الداخلية سالم الورفلي مع نظيره المالطي التعاون."
        assert "سمير" not in clean_article_text(text)


def test_a_one_letter_abbreviation_after_and_does_not_end_a_sentence():
    text = "تلقى الوزير اتصالا من السيدة كايا لوند، ود. نيكوس بابا، وزير الخارجية القبرصي."
    assert len(sentences(text)) == 1


def test_a_one_letter_abbreviation_does_not_end_a_sentence():
    assert sentences("أكد وزير الخارجية أ.د. سالم الورفلي استعداد بلاده. والتقى الوزير") == [
        "أكد وزير الخارجية أ.د. سالم الورفلي استعداد بلاده.",
        "والتقى الوزير",
    ]


def test_a_cut_line_holding_two_sentences_is_no_heading(extract):
    text = (
        "وزير الداخلية الليبي يبحث التعاون مع تونس\n"
        "وكان وزير الداخلية الليبي سالم الورفلي قد وصل إلى تونس حيث التقى نظيره التونسي "
        "كمال بن صالح. وناقش الطرف"
    )
    assert [p.heading for p in paragraphs(text)] == [True, False]
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الورفلي", "كمال بن صالح"}


def test_a_site_menu_below_the_site_s_name_opens_no_section():
    text = (
        "أنباء المتوسط\nوكالة الأنباء الوطنية\nآخر الأخبار\n\n"
        "بنغازي 3 يونيو (وكالات) - أنهى وزير خارجية اليونان جان ماتيو جولة في ليبيا "
        "اجتمع فيها برئيس المجلس الرئاسي سالم الرحبي.\n"
    )
    assert [p.text[:6] for p in paragraphs(text)] == ["بنغازي"]


def test_a_site_menu_below_a_headline_opens_no_section_but_one_below_the_story_does():
    text = (
        "وزير الداخلية يبحث مع نظيره المالطي التعاون الأمني ومكافحة الهجرة عبر البحر - "
        "موقع الأنباء\nقد يعجبك أيضا\n\n"
        "بحث وزير الداخلية سالم الورفلي مع نظيره المالطي جون بورغ في طرابلس اليوم "
        "التعاون الأمني بين البلدين ومكافحة الهجرة غير الشرعية عبر البحر.\n"
        "قد يعجبك أيضا\nوزير الدفاع يلتقي السفير التركي\n"
    )
    assert [p.text[:4] for p in paragraphs(text)] == ["بحث "]


def test_the_items_of_a_list_belong_to_the_line_that_introduced_them():
    story = paragraphs(
        "استقبل الوزير سالم حمد أمس وفدا أوروبيا.\n"
        "وحضر اللقاء عن الجانب الليبي:\n"
        "- وكيل الوزارة علي زيدان،\n"
        "- مدير الإدارة نوري بشير.\n"
        "وفي سياق آخر أعلنت الوزارة خطتها."
    )
    assert [p.text for p in story] == [
        "استقبل الوزير سالم حمد أمس وفدا أوروبيا.",
        "وحضر اللقاء عن الجانب الليبي: - وكيل الوزارة علي زيدان، - مدير الإدارة نوري بشير.",
        "وفي سياق آخر أعلنت الوزارة خطتها.",
    ]


def test_a_stop_after_a_title_ends_no_sentence():
    text = "ترأس وزير الداخلية الشيخ. سالم الكريم اجتماعا أمس. وحضر اللواء. علي الحسن."
    assert sentences(text) == [
        "ترأس وزير الداخلية الشيخ سالم الكريم اجتماعا أمس.",
        "وحضر اللواء علي الحسن.",
    ]


def test_a_line_opening_with_the_verb_s_object_goes_on_from_the_line_before(extract):
    text = (
        "التقى الفريق سالم حسن كريم رئيس أركان الجيش\n"
        "بالسيد جون سميث وزير الدفاع البريطاني والوفد المرافق له.\n"
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم حسن كريم", "جون سميث"}


def test_a_sentence_told_in_the_past_that_a_page_broke_goes_on_below():
    lines = [
        p.text
        for p in paragraphs(
            "بحث اللواء عمر الزوي في روما مع وزير الدفاع الإيطالي ماركو ريني ملفات\n"
            "الهجرة غير الشرعية، وأمن الحدود.\n"
            "وقال بيان إن اللقاء كان مثمرا."
        )
    ]
    assert lines[0].endswith("ملفات الهجرة غير الشرعية، وأمن الحدود.")
    # A headline in the present is a headline still.
    heads = paragraphs("يبحث اللواء عمر الزوي في روما ملفات\nالهجرة غير الشرعية.")
    assert heads[0].heading


def test_a_line_broken_inside_a_name_goes_on_in_the_next():
    lines = [
        p.text
        for p in paragraphs(
            "وكان رئيس الوزراء قد أجرى اتصالا هاتفيا بالعاهل الأردني الملك عبد\n"
            "الله الثالث بن فيصل، وبحثا التطورات."
        )
    ]
    assert lines == [
        "وكان رئيس الوزراء قد أجرى اتصالا هاتفيا بالعاهل الأردني الملك عبد الله الثالث بن "
        "فيصل، وبحثا التطورات."
    ]


def test_a_long_line_telling_a_meeting_in_the_past_is_body_text_without_a_stop(extract):
    [meeting] = extract(
        "الرئيس يستقبل المفوض الأممي\n\n"
        "استقبل ظهر اليوم رئيس المجلس الانتقالي رئيس الجمهورية الفريق سالم الطاهر "
        "في قصر الرئاسة مدير مكتب مفوضية اللاجئين الأممية في البلاد جون براون\n\n"
        "وتأتي الزيارة في سياق متابعة أوضاع اللاجئين."
    )
    assert {"سالم الطاهر", "جون براون"} <= set(people(meeting))


def test_a_last_line_cut_short_is_body_text_when_it_goes_on_with_a_conjunction():
    text = (
        "بحث وزير الدفاع التونسي كمال الهمامي مع نظيره المالطي جون بورغ أمن الحدود.\n\n"
        "وكان الوزير قد بدأ جولته بلقاء قائد البحرية المالطية"
    )
    assert [p.heading for p in paragraphs(text)] == [False, False]
    assert [p.heading for p in paragraphs("وزير الدفاع يلتقي نظيره المالطي\n\nنص")][0]


def test_a_last_line_naming_who_attended_the_meeting_is_body_text(extract):
    # cut by the page before its full stop; a title never refers back to "the meeting"
    text = (
        "بحث سفير تونس في روما كمال الهمامي مع نائب وزير الداخلية الإيطالي ماركو بيانكي "
        "أمن الحدود.\n"
        "حضر اللقاء الملحق الأمني بالسفارة التونسية في روما العقيد سالم الدريدي"
    )
    assert [p.heading for p in paragraphs(text)] == [False, False]
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كمال الهمامي", "ماركو بيانكي", "سالم الدريدي"}


def test_a_title_ending_on_a_given_name_is_not_joined_to_the_body_s_first_sentence(extract):
    # "جابر" may be a given name, but a body sentence opens with its meeting verb
    text = (
        "وزير الداخلية يلتقي مديرة منظمة الهجرة عند معبر جابر\n"
        "استقبل وزير الداخلية الأردني سالم الخطيب، صباح السبت، مديرة المنظمة "
        "الدولية للهجرة جاكلين موران في معبر جابر."
    )
    assert [p.heading for p in paragraphs(text)] == [True, False]
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الخطيب", "جاكلين موران"}


def test_a_holder_s_name_after_a_break_below_the_office_s_state_goes_on(extract):
    # Some sites put each clause on a line of its own, unpunctuated, wherever it breaks.
    text = (
        "بحث رئيس المجلس الرئاسي الانتقالي الفريق أول سالم العبيدي خلال اتصال هاتفي مع رئيس "
        "المرحلة الانتقالية في جمهورية النيجر\n\n"
        "الجنرال عمر باري، أمن الحدود المشتركة بين البلدين\n\n"
        "وناقش الرئيسان سبل تطوير العلاقات"
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم العبيدي", "عمر باري"}


def test_a_line_breaking_off_before_the_second_party_goes_on_in_the_next():
    text = (
        "وتأتي هذه الجولة بعد مكالمة هاتفية بين الرئيس الإيراني علي رضائي\n"
        "وأمير دولة قطر الشيخ حمد بن جاسم آل ثاني، في وقت سابق اليوم."
    )
    assert len(paragraphs(text)) == 1


def test_a_line_ending_its_sentence_does_not_go_on_in_the_next():
    text = (
        "وجاءت الزيارة عقب اتصال هاتفي بين الرئيسين.\n"
        "ووزير الخارجية القطري سالم الكواري كان قد زار طهران في وقت سابق."
    )
    assert len(paragraphs(text)) == 2


def test_a_middle_dot_after_a_word_ends_a_sentence():
    assert sentences("وقعت الجزائر وروسيا أمس اتفاقيات· ويتعلق الأول بالنقل") == [
        "وقعت الجزائر وروسيا أمس اتفاقيات·",
        "ويتعلق الأول بالنقل",
    ]


def test_a_run_of_stops_ends_one_sentence_and_makes_none_of_its_own(extract):
    assert sentences("أكد الوزير فلان دعم بلاده.. جاء ذلك خلال لقائه") == [
        "أكد الوزير فلان دعم بلاده..",
        "جاء ذلك خلال لقائه",
    ]
    text = (
        "شدد وزير الخارجية الأردني كريم النسور على وقف القتال.. "
        "جاء ذلك لدي لقائه في عمان بوزير الخارجية العراقي هادي الساعدي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كريم النسور", "هادي الساعدي"}


def test_a_sentence_broken_at_each_linked_word_is_joined_again(extract):
    text = (
        "زار\n"
        "رئيس الأركان\n"
        "اللواء سامي الدرعي بتاريخ 3 مايو\n"
        "سلطنة عمان\n"
        "، بدعوة من قائد الجيش العماني\n"
        "الفريق سالم الحارثي، لحضور معرض الدفاع.\n"
        "وخلال الزيارة التقى اللواء الدرعي الفريق الحارثي وبحثا التعاون العسكري."
    )
    assert [p.text for p in paragraphs(text)][0].startswith("زار رئيس الأركان اللواء سامي")
    meetings = extract(text)
    assert {"سامي الدرعي", "سالم الحارثي"} <= {name for m in meetings for name in people(m)}


def test_a_line_opening_with_an_office_s_nationality_goes_on_from_the_line_before(extract):
    text = (
        "وتسلم الرسالة رئيس مجلس الوزراء\n"
        "البحريني الشيخ سلمان الخليفة، من وزير الخارجية العماني بدر الهنائي، خلال لقائهما،\n"
        "بحضور وزير الخارجية\n"
        "البحريني، عبد الله الزياني، وسفير\n"
        "عمان لدى البحرين، سالم الرواحي."
    )
    assert len(paragraphs(text)) == 1
    (meeting,) = extract(text)
    assert people(meeting)["سلمان الخليفة"].country == "BH"
    assert people(meeting)["سالم الرواحي"].role.startswith("سفير")


def test_a_line_opening_with_also_after_the_body_is_body_text():
    text = (
        "أجرى وزير الخارجية سالم الهنائي اتصالا هاتفيا مع نظيره الألماني بيتر ماير.\n"
        "كما أجرى اتصالا هاتفيا مع وزير خارجية فرنسا جان دوبون، تناول"
    )
    assert [p.heading for p in paragraphs(text)] == [False, False]


def test_a_page_s_update_stamp_is_no_part_of_the_story(extract):
    text = (
        "الجزائر تستدعي سفير النيجر\n(آخر تعديل 2024-04-06 20:56:04 )\n"
        "استقبل المدير العام سالم حدادي اليوم الخميس سفير النيجر كمال مانزو."
    )
    assert "2024-04-06" not in clean_article_text(text)
    (meeting,) = extract(text)
    assert meeting.date == dt.date(2024, 4, 4)  # the Thursday before the stamp's Saturday


def test_a_last_line_cut_short_that_gives_the_other_party_s_turn_is_body_text():
    text = (
        "وعقد الوفد لقاء مع مدير الأمن العام، اللواء سالم العلي، وتناول اللقاء التدريب.\n"
        "من جهته، أشاد قائد الفريق الزائر، العقيد كمال الحمادي، بحسن التنظيم و"
    )
    assert [p.heading for p in paragraphs(text)] == [False, False]


def test_a_news_feed_s_credit_line_ends_the_story():
    text = (
        "استقبل وزير المواصلات سالم العلي سفير مالطا جون بورغ.\n"
        "The post العلي يبحث مع السفير المالطي عودة الرحلات first appeared on صحيفة الخبر.\n"
        "يمكنك أيضا قراءة الخبر في المصدر."
    )
    assert clean_article_text(text) == "استقبل وزير المواصلات سالم العلي سفير مالطا جون بورغ."


def test_a_spelt_latin_initial_and_its_stop_end_no_sentence():
    assert sentences("التقى الوزير إس. راغافان في الرياض. وبحثا التعاون.") == [
        "التقى الوزير إس. راغافان في الرياض.",
        "وبحثا التعاون.",
    ]


def test_a_stop_before_during_a_call_cuts_a_clause_not_a_sentence(extract):
    text = (
        "ناقش نائب رئيس الحكومة كمال الراشد، المكلف بالملف الاقتصادي. خلال مكالمة أجراها "
        "أمس مع نظيره الكندي جون ميلر، ملف الاستثمار. وخلال الشهر الماضي زار الوزير أوتاوا."
    )
    assert len(sentences(text)) == 2
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كمال الراشد", "جون ميلر"}


def test_a_sentence_opening_on_during_a_time_is_a_new_one():
    text = "اجتمع الوزير بنظيره أمس. خلال شهر مارس الماضي، زار الوزير عدة عواصم."
    assert len(sentences(text)) == 2


def test_a_stop_before_a_venue_alone_cuts_a_clause_not_a_sentence(extract):
    (meeting,) = extract(
        "واجتمع رئيس الأركان الفريق “كمال الراشد” صباح اليوم بالملحق العسكري الإيطالي "
        "“ماركو بيانكي”. في مقر رئاسة الأركان بطرابلس."
    )
    assert meeting.place == "طرابلس"
    text = "استقبل الوزير السفير أمس. في قصر الضيافة، استقبل الرئيس وزير الدفاع."
    assert len(sentences(text)) == 2  # a venue, then a new clause: a new sentence


def test_a_cut_line_telling_what_two_discussed_with_each_other_is_body_text():
    story = paragraphs(
        "بحث في بعبدا\n36\n\nعرض رئيس الجمهورية العماد سالم الهاشمي مع سفير روسيا في بيروت "
        "أندريه فولكوف العلاقات الثنائية وسبل تطويرها في ال\n\nوقال السفير عقب الاستقبال إنه "
        "سلم رسالة من رئيسه.\n"
    )
    assert [p.heading for p in story if p.text.startswith("عرض")] == [False]


def test_a_menu_below_a_story_of_lines_with_no_stop_ends_it(extract):
    [meeting] = extract(
        "التقى رئيس مجلس النواب نزار العبيدي سفير كندا مارك دوبوا في بغداد\n"
        "وتناول اللقاء تطورات الأوضاع في المنطقة\nأخبار ذات صلة\n"
        "وزير الدفاع يبحث مع نظيره التركي التعاون\n"
    )
    assert set(people(meeting)) == {"نزار العبيدي", "مارك دوبوا"}


def test_a_short_line_opening_with_exchanging_views_goes_on_from_the_meeting_above(extract):
    [meeting] = extract(
        "بحث وزير الخارجية سامر النجار مع السفير الياباني كينجي ساتو\n"
        "تبادل وجهات النظر مع الجانب الياباني حول القضايا الإقليمية"
    )
    assert set(people(meeting)) == {"سامر النجار", "كينجي ساتو"}
