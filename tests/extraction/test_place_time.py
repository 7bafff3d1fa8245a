import datetime as dt

import pytest

from .conftest import people, read


@pytest.mark.parametrize(
    ("where", "place", "country"),
    [
        ("في طرابلس", "طرابلس", "LY"),
        ("بطرابلس", "طرابلس", "LY"),
        ("بمقر وزارة الخارجية في بنغازي", "بنغازي", "LY"),
        ("في العاصمة التركية أنقرة", "أنقرة", "TR"),
        ("في العاصمة الأردنية", "عمّان", "JO"),  # the capital, not named
        ("في العاصمة التونسية", "تونس", "TN"),  # a capital named as its state
        ("في الكويت", None, "KW"),
        ("بمقر القيادة العامة بالرجمة في بنغازي", "بنغازي", "LY"),
        ("بقصر قرطاج", "قرطاج", "TN"),
        ("في قصر الرجمة ببنغازي", "بنغازي", "LY"),  # the city the venue's town is in
        ("في مكتبه في الحمراوية", "الحمراوية", None),  # a town no lexicon knows
        ("بمقر القيادة العامة – بنغازي", "بنغازي", "LY"),
        ("في سلطنة عمان", None, "OM"),
        ("في بروكسيل", "بروكسيل", "BE"),  # a city of a state, even the EU's seat
        ("بمقر أركان الجيش في الجزائر العاصمة", "الجزائر", "DZ"),
        ("بمنطقة شمال أفريقيا بمقر الجامعة العربية بالقاهرة", "القاهرة", "EG"),
        ("بالعاصمة المؤقتة عدن", "عدن", "YE"),  # another adjective than a nationality
        ("بمطار القاهرة الدولي", "القاهرة", "EG"),
        ("بمركز شرم الشيخ للمؤتمرات", "شرم الشيخ", "EG"),
        ("على هامش أعمال مؤتمر ميونخ للأمن", "ميونخ", "DE"),  # named by its town
        ("في العاصمة الإيطالية “روما”", "روما", "IT"),  # quoted
        ("في العاصمة الأميركية (واشنطن)", "واشنطن", "US"),
        ("بالقصر الرئاسي بالعاصمة #أنقرة", "أنقرة", "TR"),  # a hashtag
        ('في "مدينة زوارة"', "زوارة", "LY"),
        ("بالقصر الملكي بالدارالبيضاء", "الدارالبيضاء", "MA"),  # written as one word
        ("في قصر كولوبا الرئاسي بباماكو", "باماكو", "ML"),  # the palace's city
        ("بمقر ولاية سوسة", "سوسة", "TN"),  # a governorate named by its city
        ("بمقر الحكومة بالعاصمة الإدارية الجديدة", "العاصمة الإدارية الجديدة", "EG"),
        ("بالعاصمة الإدارية عطبرة", "عطبرة", "SD"),  # the city the capital's title names
        ("بقصر قرطاج في العاصمة تونس", "تونس", "TN"),  # the capital the venue is in
        ("في مطار بنينا الدولي بمدينة بنغازي", "بنغازي", "LY"),  # the venue's town
        ("على هامش منتدى بيجين للأمن", "بيجين", "CN"),  # another spelling of Beijing
        ("في قصر ضيافة وزارة الدفاع بمدينة أثينا", "أثينا", "GR"),  # a palace of a body
    ],
)
def test_places(extract, where, place, country):
    text = f"التقى وزير الداخلية الليبي نادر سالم {where} نظيره المصري حسام فوزي."
    (meeting,) = extract(text)
    assert (meeting.place, meeting.place_country) == (place, country)


def test_a_clause_gives_its_own_date_and_place():
    document = read(
        "استقبل وزير الخارجية العماني سالم الهنائي يوم الأحد 2 فبراير في مسقط سفير اليابان"
        " كينتا موري.",
        until="grouping",
        published=dt.date(2025, 2, 3),
    )
    (event,) = document.events
    assert (event.date, event.place, event.place_country) == (dt.date(2025, 2, 2), "مسقط", "OM")


def test_a_later_meeting_of_the_same_person_that_day_inherits_the_place():
    text = (
        "التقى وزير الخارجية العماني سالم الهنائي في طوكيو يوم الأحد 2 فبراير نظيره الياباني"
        " تارو كونو. وفي اليوم نفسه، التقى الهنائي رئيس الوزراء الياباني يوشيهيدي سوغا."
    )
    published = dt.date(2025, 2, 4)
    grouped = read(text, until="grouping", published=published).events[-1]
    assert (grouped.date, grouped.place) == (dt.date(2025, 2, 2), None)
    inherited = read(text, until="inheritance", published=published).events[-1]
    assert (inherited.place, inherited.place_country) == ("طوكيو", "JP")


def test_a_state_named_in_the_subject_is_not_the_place(extract):
    text = (
        "استقبل وزير الداخلية اللبناني رياض سالم في مكتبه ممثلة المفوضية كارين هوغلاند، "
        "وتناول البحث ملف النازحين والعودة الآمنة للنازحين إلى المناطق الآمنة في سوريا."
    )
    (meeting,) = extract(text)
    assert meeting.place_country != "SY"


def test_a_sentence_opening_with_an_unknown_place(extract):
    text = "وفي اليرزة، استقبل قائد الجيش اللبناني العماد جوزف سليمان السفير البريطاني هاميش كوبر."
    (meeting,) = extract(text)
    assert meeting.place == "اليرزة"


def test_a_meeting_later_that_day_takes_its_date(extract):
    text = (
        "وصلت المفوضة الأوروبية للشؤون الداخلية إيفا لارسن، الثلاثاء 8 يوليو، إلى طرابلس "
        "على رأس وفد ضم وزير الداخلية الإيطالي ماركو فيراري. "
        "وفي طرابلس، اجتمع الوفد الأوروبي في اليوم نفسه برئيس الحكومة الليبية منصور الفيتوري."
    )
    (meeting,) = extract(text, dt.date(2025, 7, 10))
    assert set(people(meeting)) == {"إيفا لارسن", "ماركو فيراري", "منصور الفيتوري"}
    assert (meeting.place, meeting.date) == ("طرابلس", dt.date(2025, 7, 8))


def test_a_dateline_city_is_the_place_of_a_visitor_meeting(extract):
    text = (
        "الدوحة في 22 مايو /قنا/\n\n"
        "اجتمعت وزيرة الدولة للتعاون الدولي مريم العطية، اليوم، مع نائب المدير العام "
        "للمنظمة الدولية للهجرة خوان بيريز، الذي يزور البلاد حاليا."
    )
    (meeting,) = extract(text, dt.date(2024, 5, 22))
    assert (meeting.place, meeting.place_country) == ("الدوحة", "QA")


def test_a_visit_names_its_city_without_a_preposition(extract):
    text = "وكان وزير الخارجية التركي أحمد يلماز أول وزير يزور دمشق والتقى حينها سمير الحلبي."
    (meeting,) = extract(text)
    assert meeting.place == "دمشق"


def test_a_visit_names_its_city_after_the_visiting_delegation_and_its_head(extract):
    text = (
        "زار وفد ياباني برئاسة المبعوث الخاص كينجي ساتو، العاصمة بغداد، حيث التقى رئيس "
        "الوزراء العراقي سالم الجبوري."
    )
    (meeting,) = extract(text)
    assert meeting.place == "بغداد"


def test_a_meeting_takes_the_lead_s_place_and_date(extract):
    text = (
        "أجرى المدير العام للأمن الوطني سعيد العلوي زيارة عمل إلى روما اليوم الخميس.\n"
        "وتأتي الزيارة في إطار برنامج التعاون.\n"
        "وعقد العلوي جلسة مباحثات مع قائد الشرطة الإيطالية ماركو بيانكي حول الهجرة."
    )
    (meeting,) = extract(text, dt.date(2024, 12, 5))
    assert (meeting.place, meeting.date) == ("روما", dt.date(2024, 12, 5))


@pytest.mark.parametrize(("venue", "place"), [("بقصر كولوبا", "كولوبا"), ("بقصر الشعب", None)])
def test_a_palace_named_by_its_town_puts_the_meeting_there(extract, venue, place):
    (meeting,) = extract(f"استقبل الرئيس المالي موسى كوني {venue} وزير الدفاع الروسي إيفان بتروف.")
    assert meeting.place == place


def test_a_lead_with_no_meeting_of_its_own_introduces_the_first_one(extract):
    text = (
        "ترأس نائب وزير الدفاع الروسي إيفان سوكولوف وفدا زار مالي لبحث التعاون "
        "الدفاعي. وخلال الزيارة، استقبله الرئيس المالي موسى كوني بقصر كولوبا."
    )
    (meeting,) = extract(text)
    assert (meeting.place, meeting.place_country) == ("كولوبا", "ML")
    assert "military" in meeting.topics


def test_the_dateline_city_is_the_place_of_the_meeting_the_story_opens_with(extract):
    text = (
        "المنامة - موقع الخليج\n"
        "استقبل قائد خفر السواحل البحريني اللواء سامي الدوسري قائد البحرية البريطانية "
        "في المنطقة الأدميرال جون هارت والوفد المرافق له."
    )
    (meeting,) = extract(text)
    assert (meeting.place, meeting.place_country) == ("المنامة", "BH")


def test_a_capital_named_after_its_nationality_is_the_word_that_ends_the_phrase(extract):
    [meeting] = extract(
        "وحل وزير الداخلية سالم الهادي اليوم بالعاصمة الغابونية ليبروفيل. "
        "واستقبله الرئيس الغابوني جان موبا."
    )
    assert meeting.place == "ليبروفيل" and meeting.place_country == "GA"


def test_a_palace_named_by_a_word_the_lexicons_know(extract):
    [meeting] = extract(
        "استقبل وزير الداخلية سالم العتيبي في مكتبه بقصر بيان السفير الروماني يون بوبيسكو."
    )
    assert meeting.place == "بيان"


def test_the_dateline_below_a_headline_and_page_furniture_places_the_first_meeting(extract):
    [meeting] = extract(
        "العراق والأردن يؤكدان تعزيز التعاون الأمني\n"
        "آخر تحديث:\n"
        "بغداد/ شبكة الأخبار- استقبل مستشار الأمن الوطني عادل الكبيسي في مكتبه أمس "
        "مدير المخابرات الأردني سامر الخطيب والوفد المرافق له.\n"
    )
    assert meeting.place == "بغداد"


def test_a_city_in_a_second_subject_after_a_comma_is_not_the_place(extract):
    text = (
        "بحث وزير الدفاع الليبي عماد الكيلاني مع السفير الإيطالي جان ماتيو آليات دعم "
        "التعاون، ومنع تهريب السلاح في مدينة سبها. "
        "جاء ذلك خلال لقائهما بمقر الوزارة في مدينة بنغازي."
    )
    (meeting,) = extract(text)
    assert meeting.place == "بنغازي"


def test_a_city_in_what_a_meeting_discussed_does_not_make_it_an_earlier_one(extract):
    text = (
        "بحث وزير الدفاع الليبي عماد الكيلاني والسفير الإيطالي جان ماتيو آليات دعم التعاون. "
        "جاء ذلك خلال لقائهما بمكتب الكيلاني في مدينة بنغازي، بحضور مدير الأمن نادر "
        "الفيتوري. وذكر البيان أن اجتماع الكيلاني وماتيو شمل كذلك سبل الحد من تصاعد "
        "التوتر في العاصمة طرابلس."
    )
    (meeting,) = extract(text)
    assert meeting.place == "بنغازي"
    assert len(people(meeting)) == 3


def test_a_town_named_after_someone_is_not_read_as_a_place_name(extract):
    (meeting,) = extract(
        "استقبل القائد العام سالم الرحبي، في مدينة المشير سالم الرحبي العسكرية، السفير "
        "الإيطالي جان ماتيو."
    )
    assert meeting.place is None


def test_a_gathering_s_town_is_the_place_only_on_its_sidelines(extract):
    text = "التقى وزير الداخلية الليبي نادر سالم نظيره المصري حسام فوزي لبحث نتائج مؤتمر ميونخ."
    (meeting,) = extract(text)
    assert meeting.place is None


def test_a_later_meeting_at_the_same_place_takes_its_date(extract):
    text = (
        "وصل وزير الداخلية الإيطالي ماركو فيراري اليوم الاثنين 3 مارس 2025 إلى نواكشوط، "
        "حيث التقى نظيره الموريتاني سيدي ولد أحمد. "
        "وكان في استقباله بمطار نواكشوط الدولي وزير الداخلية سيدي ولد أحمد والسفير الإيطالي "
        "جوليو روسي."
    )
    meetings = extract(text, dt.date(2025, 3, 3))
    assert [(m.place, m.date) for m in meetings] == [("نواكشوط", dt.date(2025, 3, 3))] * 2


def test_a_later_meeting_at_another_place_does_not_take_its_date(extract):
    text = (
        "أجرى رئيس الوزراء السوداني صالح عثمان اليوم الخميس 9 أكتوبر 2025 مباحثات في "
        "أسمرا مع الرئيس الإريتري يوهانس تسفاي. "
        "وكان في استقبال صالح عثمان لدى عودته بمطار بورتسودان وزير الخارجية عمر يوسف."
    )
    first, second = extract(text, dt.date(2025, 10, 9))
    assert (first.place, first.date) == ("أسمرا", dt.date(2025, 10, 9))
    assert (second.place, second.date) == ("بورتسودان", None)


def test_a_city_that_hosted_the_meeting_is_its_place(extract):
    [meeting] = extract(
        "واستضافت العاصمة القطرية الدوحة اجتماعا ضم رئيس الأركان القطري سالم بن حمد "
        "المري وقائد القوات البرية التركية أوزان يلماز."
    )
    assert (meeting.place, meeting.place_country) == ("الدوحة", "QA")


@pytest.mark.parametrize("went", ["للمشاركة في اجتماع إقليمي", "لحضور مؤتمر حول الهجرة"])
def test_whom_a_visitor_met_where_he_went_is_met_there(extract, went):
    meetings = extract(
        "وصل السفير الأمريكي جون براون إلى المغرب الأسبوع الماضي. "
        f"ووصل براون إلى طنجة {went}، حيث التقى محافظ المدينة نور الودغيري."
    )
    [meeting] = [m for m in meetings if "نور الودغيري" in people(m)]
    assert set(people(meeting)) == {"جون براون", "نور الودغيري"}
    assert meeting.place == "طنجة"


def test_the_first_meeting_takes_the_headline_s_city_when_its_text_names_none(extract):
    [meeting] = extract(
        "مجلس الأمن القومي يعقد اجتماعه الأول في بنغازي\n\n"
        "أفاد مراسلنا بأن رئيس المجلس سالم الفاخري عقد اجتماعه الأول مع نائبه عمر "
        "الكاسح ووزير الداخلية نوري العبار."
    )
    assert (meeting.place, meeting.place_country) == ("بنغازي", "LY")


def test_a_meeting_told_after_the_host_s_words_is_in_the_dateline_s_city(extract):
    [meeting] = extract(
        " date 2025-03-04 بيروت (رويترز) -\n\n"
        "قال وزير الخارجية اللبناني سامي حداد صباح اليوم إن بلاده تساند الوكالة.\n\n"
        "وأكد الوزير حداد، لدى استقباله اليوم المفوض العام للوكالة جون براون، ضرورة "
        "التمويل."
    )
    assert (meeting.place, meeting.place_country) == ("بيروت", "LB")


def test_a_palace_followed_by_its_city_gives_the_city(extract):
    text = (
        "استقبل وزير الدفاع الإسباني خوان مارتيل، في قصر بوينافيستا بالعاصمة الإسبانية "
        "مدريد، نظيره المغربي سعيد الناصري."
    )
    (meeting,) = extract(text)
    assert meeting.place == "مدريد"


def test_a_meeting_told_after_a_visit_to_a_city_is_in_that_city(extract):
    text = (
        "أشاد وزير الخارجية القطري سالم الكواري في الدوحة بجهود التهدئة. "
        "وزار الكواري باريس الاثنين بعد جولة في المنطقة. "
        "والتقى الكواري الاثنين وزير الخارجية الفرنسي جان مارتان."
    )
    (meeting,) = extract(text)
    assert meeting.place == "باريس"


@pytest.mark.parametrize(
    ("where", "place"), [("في محافظة جدة", "جدة"), ("في محافظة القليوبية", None)]
)
def test_a_province_named_by_its_city_puts_the_meeting_there(extract, where, place):
    text = f"عقد وزير الدفاع السعودي سلمان الحربي {where} اجتماعا مع نظيره اللبناني سمير داود."
    (meeting,) = extract(text)
    assert meeting.place == place


@pytest.mark.parametrize("capital", ["الجزائر", "تونس"])
def test_the_capital_named_like_its_state_is_the_city(extract, capital):
    (meeting,) = extract(
        f"التقى الوزير سالم بلقاسمي بالعاصمة {capital} اليوم، نظيره الليبي كمال الهمامي."
    )
    assert meeting.place == capital


def test_a_meeting_told_after_an_arrival_in_the_same_sentence_is_where_the_visitor_came(extract):
    (meeting,) = extract(
        "ووصل وزير الخارجية الإيراني علي رضائي إلى بغداد أمس في زيارة رسمية لإجراء مباحثات "
        "مع كبار المسؤولين، والتقى نظيره العراقي سالم حسن."
    )
    assert (meeting.place, meeting.place_country) == ("بغداد", "IQ")


def test_a_city_in_what_was_said_during_the_meeting_is_not_where_it_was(extract):
    (meeting,) = extract(
        "استقبل الملك سالم الهاشمي، اليوم الأحد، سفير الولايات المتحدة جون ميلر.\n"
        "وأكد، خلال اللقاء، ضرورة تنفيذ مراحل اتفاق إنهاء الحرب في غزة."
    )
    assert meeting.place is None


def test_a_city_of_the_meeting_in_a_relative_clause_after_its_noun_is_where_it_was(extract):
    (meeting,) = extract(
        "استقبل الرئيس سالم الهاشمي، اليوم الأحد، سفير الولايات المتحدة جون ميلر.\n"
        "وبحث الرئيس، خلال اللقاء، الذي جرى في مكان إقامته في باريس، تنسيق الجهود "
        "الأمنية."
    )
    assert meeting.place == "باريس"


def test_a_meeting_held_during_a_visit_to_a_city_is_in_that_city(extract):
    (meeting,) = extract(
        "بحث وزير الخارجية المصري سالم العلي أمس مع نظيره اليوناني نيكوس ديماس سبل تعزيز "
        "العلاقات. جاء ذلك خلال زيارة الوزير الحالية للعاصمة اليونانية أثينا."
    )
    assert meeting.place == "أثينا"


def test_what_was_agreed_on_during_the_meeting_is_no_place_of_it(extract):
    (meeting,) = extract(
        "التقى رئيس المخابرات المصرية سالم العلي اليوم مع نائب الرئيس الفلسطيني كمال حسن.\n"
        "وتم خلال اللقاء التأكيد على دعم جهود التهدئة في بنغازي، حسب البيان."
    )
    assert meeting.place is None


def test_a_meeting_told_before_one_of_its_people_s_visit_to_a_city_is_in_that_city(extract):
    (meeting,) = extract(
        "التقى رئيس المخابرات المصرية سالم العلي اليوم مع نائب الرئيس الفلسطيني كمال حسن.\n"
        "وبدأت زيارة كمال حسن إلى القاهرة، الأربعاء، لإجراء مشاورات."
    )
    assert meeting.place == "القاهرة"


def test_the_seat_of_an_office_set_off_after_a_name_is_no_place_of_the_meeting(extract):
    (meeting,) = extract(
        "استقبل سالم العلي، رئيس الحزب في طرابلس، وزير الخارجية التركي كمال حسن، يوم الأحد، "
        "في العاصمة المغربية الرباط."
    )
    assert meeting.place == "الرباط"
    (meeting,) = extract(
        "التقى وزير الخارجية الليبي سالم العلي في طرابلس، نظيره الإيراني كمال حسن."
    )
    assert meeting.place == "طرابلس"


def test_a_meeting_told_as_held_before_does_not_take_the_day_of_one_to_come(extract):
    meetings = extract(
        "يزور رئيس الحكومة اللبنانية سليم حداد يوم السبت 11/1/2025 دمشق حيث يلتقي الرئيس "
        "السوري فارس العلي. وكان الزعيم نديم شمعون قد قام بزيارة إلى دمشق، حيث التقى "
        "مع فارس العلي في قصر الشعب."
    )
    (held,) = meetings
    assert set(people(held)) == {"نديم شمعون", "فارس العلي"}
    assert held.date is None


def test_where_an_event_to_come_will_be_held_is_not_where_they_met(extract):
    (meeting,) = extract(
        "اجتمع وزير الخارجية السوداني حامد الطيب بنظيره الإثيوبي تسفاي ولدي، وبحثا "
        "التحضير للقمة التي ستعقد في العاصمة الأوغندية، كمبالا."
    )
    assert meeting.place is None


def test_a_state_named_in_the_developments_discussed_leaves_the_meeting_in_the_dateline_s_city(
    extract,
):
    (meeting,) = extract(
        "الرباط 3 مايو 2023 (وكالة) بحث وزير الداخلية عمر داود، اليوم مع وزير الدفاع في "
        "الحكومة النيجرية حسن كيتا، آخر التطورات في النيجر."
    )
    assert (meeting.place, meeting.place_country) == ("الرباط", "MA")
    assert people(meeting)["عمر داود"].country == "MA"


def test_where_a_later_sentence_says_it_was_held_is_the_place(extract):
    (meeting,) = extract(
        "اجتمع ولي العهد سالم بن حمد أمس بالوزير الزائر فهد بن ناصر وتناولا التعاون "
        "التجاري. كما تطرق الطرفان إلى ملفات المنطقة وذلك في قصر الروضة بالمنامة."
    )
    assert (meeting.place, meeting.place_country) == ("المنامة", "BH")


def test_and_that_within_a_framework_names_no_place(extract):
    (meeting,) = extract(
        "القاهرة 3 مايو (وكالة) التقى وزير الخارجية سالم العلي نظيره الأردني أيمن داود. "
        "وأكد الجانبان أهمية التعاون، وذلك في إطار التحضير للقمة المقبلة في عمان."
    )
    assert meeting.place == "القاهرة"


def test_the_city_of_their_visit_is_the_place(extract):
    (meeting,) = extract(
        "التقى المبعوث الأممي جان مارتن اليوم رئيس المجلس الأعلى للدولة سالم عمران أثناء "
        "زيارته العاصمة طرابلس."
    )
    assert (meeting.place, meeting.place_country) == ("طرابلس", "LY")


def test_a_visit_discussed_names_no_place(extract):
    (meeting,) = extract(
        "التقى نائب رئيس المجلس الرئاسي سالم عمران السفير البريطاني جون باولو. "
        "وتناول اللقاء زيارته لمدينتي مصراتة وسرت."
    )
    assert meeting.place is None


def test_a_palace_named_in_two_words_before_its_city(extract):
    (meeting,) = extract(
        "استقبل العاهل الإسباني خوان كارلوس بقصر مونت كلوا في مدريد وزير الدفاع "
        "السعودي الأمير سلمان بن فهد."
    )
    assert (meeting.place, meeting.place_country) == ("مدريد", "ES")


@pytest.mark.parametrize(
    ("city", "country"),
    [("سيول", "KR"), ("سيئول", "KR"), ("كابل", "AF"), ("بانجي", "CF"), ("كراكاس", "VE")],
)
def test_capitals_spelt_as_news_spells_them(extract, city, country):
    (meeting,) = extract(f"التقى وزير الخارجية المصري سامي حسن نظيره الإيراني علي رضا في {city}.")
    assert (meeting.place, meeting.place_country) == (city, country)


@pytest.mark.parametrize(
    ("where", "place"),
    [("بالعاصمة الكورية الجنوبية سيول", "سيول"), ("بالعاصمة الكورية الجنوبية", "سول")],
)
def test_a_capital_after_a_nationality_of_two_words(extract, where, place):
    (meeting,) = extract(
        f"اجتمع وزير الدفاع الكوري الجنوبي كيم مين سو مع وزير الدفاع السعودي سامي حسن {where}."
    )
    assert (meeting.place, meeting.place_country) == (place, "KR")


def test_the_state_an_ambassador_is_accredited_for_is_his_not_the_meeting_s_place(extract):
    text = (
        "الرباط - صدى\nتسلم وزير الخارجية كمال الراشد اليوم أوراق اعتماد السفير جواو "
        "ألميدا سفيرا مفوضا فوق العادة لجمهورية البرتغال لدى المملكة."
    )
    (meeting,) = extract(text)
    assert people(meeting)["جواو ألميدا"].country == "PT"
    assert people(meeting)["كمال الراشد"].country == "MA"
    assert (meeting.place, meeting.place_country) == ("الرباط", "MA")


def test_a_hotel_of_a_city_places_the_meeting_in_it(extract):
    (meeting,) = extract(
        "استقبل وزير الدفاع المصري كمال الراشد وفدا برلمانيا أمريكيا بأحد فنادق القاهرة "
        "برئاسة السيناتور جون ميلر."
    )
    assert meeting.place == "القاهرة"


def test_a_palace_named_by_two_words_in_quotes_gives_way_to_its_city(extract):
    (meeting,) = extract(
        "استقبل الرئيس التركي كمال أوزتورك في قصر ” يلدز كوشك ” بمدينة اسطنبول رئيس "
        "الوزراء الليبي سالم الحداد."
    )
    assert meeting.place == "اسطنبول"


def test_a_sentence_of_when_after_the_meeting_dates_it(extract):
    (meeting,) = extract(
        "استقبل الأمير كمال الراشد السيد جون ميلر القنصل الأمريكي العام في أربيل. وذلك اليوم "
        "الأحد الموافق 2024/1/28\nوبحث الجانبان أوضاع النازحين."
    )
    assert meeting.date == dt.date(2024, 1, 28)


def test_a_weekday_the_article_dates_in_full_elsewhere_dates_a_meeting_on_it(extract):
    meetings = extract(
        "أشرف وزيرا الداخلية التونسي كمال الراشد والجزائري سالم العربي السبت 6 أكتوبر 2018 "
        "على افتتاح لقاء ولاة المناطق الحدودية.\n"
        "وكان الوزير الجزائري قد وصل إلى تونس صبيحة السبت حيث استقبله رئيس الحكومة علي "
        "المنصوري."
    )
    assert {m.date for m in meetings} == {dt.date(2018, 10, 6)}
    # the weekday's date only: "أمس" is not read against it
    (meeting,) = extract("استقبل الرئيس كمال الراشد أمس السفير الإيطالي ماركو بيانكي.")
    assert meeting.date is None
