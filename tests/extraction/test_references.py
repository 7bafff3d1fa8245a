from .conftest import people, read


def test_the_registry_keeps_the_fullest_name_and_refers_back_by_short_ones():
    document = read(
        "التقى وزير الدفاع الأردني يوسف أحمد الحنيطي قائد القوات الأمريكية جون كوري. "
        "وأكد الحنيطي خلال اللقاء أهمية التعاون.",
        until="references",
    )
    assert [p.name for p in document.registry.people] == ["يوسف أحمد الحنيطي", "جون كوري"]
    (ref,) = document.sentences[1].refs
    assert (ref.name, ref.person) == ("يوسف أحمد الحنيطي", 0)


def test_an_office_alone_refers_to_its_one_holder():
    document = read(
        "التقى وزير الدفاع الأردني يوسف الحنيطي قائد القوات الأمريكية جون كوري. "
        "وبحث وزير الدفاع الأردني مع كوري التدريب.",
        until="references",
    )
    assert {ref.person for ref in document.sentences[1].refs} == {0, 1}


def test_a_person_named_twice_is_reported_once_under_the_full_name(extract):
    text = (
        "التقى وزير الداخلية الليبي عماد سالم الزوي نظيره التونسي منير بلحاج في تونس. "
        "وقال الزوي إن اللقاء كان مثمرا. كما التقى الزوي مع السفير البريطاني لدى تونس جون سميث."
    )
    names = {name for meeting in extract(text) for name in people(meeting)}
    assert names == {"عماد سالم الزوي", "منير بلحاج", "جون سميث"}


def test_counterpart_takes_the_other_party_office(extract):
    (meeting,) = extract("التقى وزير الدفاع الليبي فرج العبيدي نظيره التركي أحمد يلدز.")
    turk = people(meeting)["أحمد يلدز"]
    assert (turk.country, turk.ministry) == ("TR", "defense")


def test_a_counterpart_takes_the_office_given_in_an_earlier_sentence(extract):
    text = (
        "استقبل وزير الخارجية الكويتي الشيخ مبارك الصباح السفير الإيطالي ماركو روسي. "
        "وتلقى الشيخ مبارك الصباح اتصالا هاتفيا من نظيره الأردني عمر الخصاونة."
    )
    call = extract(text)[-1]
    assert people(call)["عمر الخصاونة"].ministry == "foreign"


def test_a_conjunction_written_apart_from_its_word_is_no_name(extract):
    # A stray "ف " or "و " before the next word is a typing slip common in news copy.
    text = (
        "التقى وزير الداخلية الليبي عماد الزوي نظيره التونسي منير بلحاج في تونس. "
        "وبحث الزوي و بلحاج أمن الحدود، ف الحدود طويلة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"عماد الزوي", "منير بلحاج"}


def test_an_office_alone_is_not_its_former_holder():
    document = read(
        "وصل المبعوث الأممي الجديد إلى اليمن، جون هارت، إلى عدن، خلفا للمبعوث "
        "الأممي السابق، أحمد ولد سالم. وكان المبعوث الأممي قد التقى الرئيس اليمني "
        "علي صالح الحميري.",
        until="references",
    )
    assert [ref.person for ref in document.sentences[1].refs] == [0]


def test_a_style_of_address_with_a_pronoun_is_the_person_so_addressed(extract):
    [meeting] = extract(
        "عاد جلالة الملك حمد الثالث إلى البلاد بعد زيارة رسمية. "
        "وخلال الزيارة، عقد جلالته لقاء مع رئيس الوزراء الماليزي أنور داود في كوالالمبور."
    )
    assert set(people(meeting)) == {"حمد الثالث", "أنور داود"}


def test_a_bare_office_is_the_article_s_only_named_holder(extract):
    (meeting,) = extract(
        "قال وزير الداخلية العميد سالم الورفلي إن الهجرة ملف مشترك. وجاءت تصريحات الوزير "
        "خلال لقائه نظيره المالطي جون بورغ في طرابلس."
    )
    assert set(people(meeting)) == {"سالم الورفلي", "جون بورغ"}
    assert people(meeting)["جون بورغ"].ministry == "interior"


def test_an_office_with_more_words_is_not_a_reference_to_a_holder():
    document = read(
        "التقى رئيس مجلس النواب سالم الورفلي السفير التركي. وزار الوفد رئيس مجلس المدينة.",
        until="references",
    )
    assert document.sentences[1].refs == []


def test_a_family_name_with_abd_written_apart_refers_back(extract):
    (meeting,) = extract(
        "أكد وزير الشؤون الإفريقية الليبي منير عبدالرحيم أهمية المصالحة. وبحث عبد الرحيم "
        "خلال لقائه مع وزير خارجية مالي سيدو تراوري سبل التعاون."
    )
    assert set(people(meeting)) == {"منير عبدالرحيم", "سيدو تراوري"}


def test_a_father_s_name_within_a_longer_name_is_another_person(extract):
    # "نادر سالم الكيلاني" is Nader, son of Salem al-Kilani: the father is another man.
    text = (
        "استقبل القائد العام سالم الكيلاني المبعوث الأممي جان ماتيو، بحضور نائبه "
        "نادر سالم الكيلاني."
    )
    (meeting,) = extract(text)
    assert {"سالم الكيلاني", "نادر سالم الكيلاني", "جان ماتيو"} <= set(people(meeting))


def test_the_same_office_held_again_by_the_last_words_of_a_name_is_the_same_man(extract):
    text = (
        "استقبل وزير الخارجية التركي أحمد يلماز في أنقرة وزير الخارجية الليبي محمد طاهر "
        "الورفلي. وكتب يلماز: ناقشت الملفات الثنائية مع وزير الخارجية الليبي طاهر الورفلي."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"أحمد يلماز", "محمد طاهر الورفلي"}


def test_a_name_after_bin_within_a_longer_name_is_the_father(extract):
    # "سعد بن فهد بن ناصر آل مرزوق" is Saad, son of Fahd: "فهد بن ناصر آل مرزوق" is
    # another man, even with no given name known before "بن".
    document = read(
        "قال وزير الداخلية سعد بن فهد بن ناصر آل مرزوق إن الملك فهد بن ناصر آل مرزوق "
        "وجه بتعزيز التعاون.",
        until="references",
    )
    assert [p.name for p in document.registry.people] == [
        "سعد بن فهد بن ناصر آل مرزوق",
        "فهد بن ناصر آل مرزوق",
    ]


def test_a_shorter_form_keeping_the_given_name_is_the_same_person():
    document = read(
        "التقى وزير الدفاع نادر سالم الكيلاني قائد القوات الأمريكية جون كوري. "
        "وأكد نادر الكيلاني خلال اللقاء أهمية التعاون.",
        until="references",
    )
    assert [p.name for p in document.registry.people] == ["نادر سالم الكيلاني", "جون كوري"]


def test_an_office_with_a_possessive_is_held_under_the_person_before_it(extract):
    text = (
        "ناقشت الممثلة الخاصة للأمم المتحدة، سعاد كريمي، مع السفير التركي جان ماتيو "
        "الأوضاع. وقال بيان إن كريمي ونائبتها جاكلين موران عقدتا اجتماعا مع ماتيو."
    )
    meeting = extract(text)[-1]
    deputy = people(meeting)["جاكلين موران"]
    assert deputy.country == "UN"


def test_his_excellency_refers_to_the_one_so_styled_before(extract):
    text = (
        "وصل سعادة الشيخ سالم بن فيصل آل ثاني وزير الدولة للشؤون الداخلية إلى مدينة ليون "
        "أمس. وفي أثناء الجولة اجتمع سعادته بسعادة اللواء أحمد ناصر الكيلاني رئيس المنظمة."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم بن فيصل آل ثاني", "أحمد ناصر الكيلاني"}


def test_the_same_words_in_another_order_name_another_person(extract):
    (meeting,) = extract(
        "عقد وزير الداخلية الشيخ راشد بن سالم آل خليفة اجتماعا مع وزير الأمن الداخلي "
        "الأمريكي جان ماتيو، بمشاركة الشيخ سالم بن راشد آل خليفة سفير البحرين لدى واشنطن."
    )
    assert {"راشد بن سالم آل خليفة", "سالم بن راشد آل خليفة"} <= set(people(meeting))


def test_a_month_in_a_date_is_no_reference_to_a_name_ending_in_it():
    document = read(
        "التقى الوزير الإيطالي فابيو دي مايو نظيره الليبي سالم حمد."
        " وكان الوزير الليبي قد زار روما نهاية مايو/أيار الماضي.",
        until="references",
    )
    assert "فابيو دي مايو" not in [ref.name for ref in document.sentences[1].refs]


def test_a_bare_office_refers_to_the_holder_named_before_it_not_after(extract):
    text = (
        "هنأ رؤساء دول، في اتصالات هاتفية، الملك سالم بن حمد، إثر فوز المنتخب. "
        "وتلقى الملك اتصالا هاتفيا من الرئيس الفرنسي جان دوبري. "
        "كما تلقى اتصالا من الملك حمد الثاني ملك البحرين."
    )
    first, *_ = extract(text)
    assert set(people(first)) == {"سالم بن حمد", "جان دوبري"}


def test_a_person_the_headline_names_in_full_is_known_by_a_short_name_below(extract):
    [meeting] = extract(
        "خلال يومين أجرى وزير الداخلية المغربي حسن البقالي اتصالين مع نظرائه\n\n"
        "وأفاد بيان الوزارة بأن البقالي أجرى، مكالمة هاتفية مع نظيره الموريتاني سيدي ولد "
        "أحمد."
    )
    named = people(meeting)
    assert set(named) == {"حسن البقالي", "سيدي ولد أحمد"}
    assert (named["حسن البقالي"].role, named["حسن البقالي"].country) == ("وزير الداخلية", "MA")


def test_an_emir_named_by_office_alone_is_the_emir_of_that_state_named_before(extract):
    meetings = extract(
        "تباحث الشيخ جاسم بن خالد آل ثاني أمير قطر عبر الهاتف مساء أمس مع الشيخ ناصر "
        "الجابر الصباح، أمير دولة الكويت، في ترتيبات القمة الخليجية المزمع عقدها في "
        "ديسمبر القادم.\n\nوجاء هذا الاتصال عقب اتصال آخر أجراه أمير الكويت مع العاهل "
        "السعودي الملك فهد بن سلطان."
    )
    assert [set(people(meeting)) for meeting in meetings] == [
        {"جاسم بن خالد آل ثاني", "ناصر الجابر الصباح"},
        {"ناصر الجابر الصباح", "فهد بن سلطان"},
    ]


def test_the_king_is_the_monarch_named_before(extract):
    [meeting] = extract(
        "يزور العاهل الأردني حسين الثالث واشنطن هذا الأسبوع. "
        "وقد اجتمع الملك مساء الأحد بوزير الدفاع الأمريكي جون ميلر."
    )
    assert {p.name for p in meeting.participants} == {"حسين الثالث", "جون ميلر"}


def test_an_office_word_as_a_title_before_a_definite_family_name_is_that_person(extract):
    meetings = extract(
        "التقى وزير الخارجية الأردني سامر الخطيب نظيره المصري حسام نصار. "
        "وبحث الوزير الخطيب مع السفير الفرنسي جون بيير الأوضاع."
    )
    assert set(people(meetings[-1])) == {"سامر الخطيب", "جون بيير"}


def test_a_middle_name_that_is_no_given_name_refers_to_its_one_holder(extract):
    meetings = extract(
        "استقبل رئيس المفوضية عمر داكي حسن المبعوث الخاص جون كولنز. "
        "كذلك التقى داكي المبعوث الأميركي للساحل جون ميلر."
    )
    assert set(people(meetings[-1])) == {"عمر داكي حسن", "جون ميلر"}


def test_his_excellency_is_the_one_named_with_mister_before(extract):
    meetings = extract(
        "وصل السيد مالك حسن نائب رئيس مجلس السيادة إلى مدينة جوبا في زيارة رسمية.\n\n"
        "واجتمع سيادته مع رئيس دولة جنوب السودان جون قرنق."
    )
    assert set(people(meetings[-1])) == {"مالك حسن", "جون قرنق"}


def test_a_compound_given_name_written_apart_later_is_the_same_person(extract):
    text = (
        "ناقش عزالدين الورشفاني، النائب الأول لرئيس المجلس الأعلى، الثلاثاء، بمصراتة مع "
        "القائم بأعمال سفارة تركيا أحمد يلماز ملف الهجرة. وأكد النائب الأول لرئيس المجلس "
        "الدكتور عز الدين الورشفاني وفق مكتبه الإعلامي أن لقاءه مع القائم بأعمال السفارة "
        "التركية تناول تأمين الحدود."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"عزالدين الورشفاني", "أحمد يلماز"}


def test_an_envoy_of_a_state_is_that_state_s_one_named_person(extract):
    text = (
        "التقى وزير الدولة القطري سالم بن علي الكواري اليوم رئيس الحكومة اللبنانية نادر "
        "عيسى. وكان الموفد القطري قد جال أمس على رئيس البرلمان اللبناني سامي حداد."
    )
    first, second = extract(text)
    assert set(people(second)) == {"سالم بن علي الكواري", "سامي حداد"}


def test_a_counterpart_named_again_by_office_alone_is_the_one_named_before(extract):
    text = (
        "اجتمع وزير الداخلية العراقي سالم الجبوري اليوم مع نظيره الأردني مازن الفايز لبحث "
        "أمن الحدود. وقالت الوزارة إن الوزير اجتمع ثانية بنظيره الأردني في حضور وزير النقل "
        "لبحث ملف المعابر."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سالم الجبوري", "مازن الفايز"}


def test_a_family_name_after_b_at_the_end_of_a_name_is_the_one_met(extract):
    text = (
        "يزور رئيس الحكومة كريم شمعون أنقرة اليوم. وسبق ذلك اتصال من الرئيس التركي "
        "مراد علي أوزتورك بشمعون في آب الماضي هنأه فيه بتسميته."
    )
    (call,) = extract(text)
    assert set(people(call)) == {"مراد علي أوزتورك", "كريم شمعون"}


def test_a_quoted_family_name_after_a_title_is_the_one_named_in_full(extract):
    text = (
        "أجرى وزير الخارجية المصري نبيل صبري اليوم اتصالا هاتفيا مع وزير الخارجية "
        "الإيراني محمد رضائي. وكان وزير الخارجية الإيراني السابق علي أكبر حسيني قد أجرى "
        'اتصالا هاتفيا بالوزير "صبري" فور تعيينه.'
    )
    first, second = extract(text)
    assert set(people(second)) == {"علي أكبر حسيني", "نبيل صبري"}


def test_a_family_name_after_the_preposition_li_refers_back(extract):
    # "لحفتر": the tokeniser splits "ل" only off words it knows
    (meeting,) = extract(
        "طالب الرئيس الفرنسي، جان لوران، من المشير سالم قنبور، قائد الجيش، وقف القتال. "
        "وكان ذلك أثناء استقبال الرئيس الفرنسي، جان لوران، لقنبور، في باريس."
    )
    assert set(people(meeting)) == {"جان لوران", "سالم قنبور"}


def test_the_latter_after_that_is_the_one_named_last(extract):
    (meeting,) = extract(
        "شدد رئيس الهيئة سالم الفياض، اليوم، على متانة الروابط مع اليونان. وأفاد "
        'مكتبه في بيان أن "الأخير التقى في مقره بالبصرة، قنصل اليونان، نيكوس '
        'ديميتريو". وتناول اللقاء التعاون.'
    )
    assert set(people(meeting)) == {"سالم الفياض", "نيكوس ديميتريو"}


def test_a_foreign_name_written_again_a_letter_otherwise_is_the_same_person(extract):
    (meeting,) = extract(
        "بحث رئيس الوزراء العراقي سالم الجبوري مع الأمين العام للحلف لارس هولمبرغ الأوضاع. "
        "واستقبل الجبوري لارس هولمرغ في مكتبه."
    )
    assert len([p for p in meeting.participants if p.name]) == 2


def test_a_foreign_name_written_again_with_a_letter_moved_is_the_same_person(extract):
    (meeting,) = extract(
        "بحث رئيس الوزراء العراقي سالم الجبوري مع الأمين العام للحلف لارس هولمبرغ الأوضاع. "
        "وأكد لارس هولبمرغ خلال اللقاء دعم الحلف للعراق."
    )
    assert len([p for p in meeting.participants if p.name]) == 2


def test_a_ruler_s_title_is_no_given_name_referring_back(extract):
    meetings = extract(
        "استقبل نائب رئيس الوزراء العماني والمبعوث الخاص لسلطان عمان ماجد بن سعيد اليوم "
        "وزير الخارجية الليبي سالم العلي. كما التقى الوزير الليبي أيضا مع الفريق سلطان بن "
        "خالد الراشدي رئيس أركان القوات المسلحة."
    )
    assert [set(people(m)) for m in meetings] == [
        {"ماجد بن سعيد", "سالم العلي"},
        {"سالم العلي", "سلطان بن خالد الراشدي"},
    ]


def test_a_foreign_family_name_alone_written_a_letter_otherwise_is_the_same_person(extract):
    (meeting,) = extract(
        "التقى الفريق سامي الخطيب في كمبالا الرئيس الأوغندي ديفيد أوكيلينو، وبحثا الأوضاع. "
        "وشكر الخطيب الرئيس أوكلينو على حفاوة الاستقبال."
    )
    assert [p.name for p in meeting.participants] == ["سامي الخطيب", "ديفيد أوكيلينو"]


def test_two_named_before_by_a_word_each_joined_by_and_are_no_new_person(extract):
    (meeting,) = extract(
        "بحث وزير الخارجية الكيني جوزيف أوتينو مع نظيره المصري حازم فوزي التعاون. "
        "وفي تصريحات بختام المحادثات، رحب كل من فوزي وأوتينو بتطور العلاقات."
    )
    assert set(people(meeting)) == {"جوزيف أوتينو", "حازم فوزي"}


def test_its_minister_heads_the_ministry_named_before(extract):
    text = (
        "وزار وزير الدفاع الكيني جوزيف أوتينو وزارة الداخلية التنزانية في دار السلام، "
        "حيث التقى وزيرها حسن مبوا."
    )
    (meeting,) = extract(text)
    assert people(meeting)["حسن مبوا"].country == "TZ"
    assert people(meeting)["حسن مبوا"].ministry == "interior"


def test_who_took_up_her_work_is_met_later_by_her_family_name_after_b(extract):
    (meeting,) = extract(
        "تسلمت المفوضة الأوروبية إلسا برانت عملها الأسبوع الماضي. وفي لقاء أمس، تباحث "
        "رئيس الحكومة كمال الراشد ببرانت في ملف الطاقة."
    )
    assert {"إلسا برانت", "كمال الراشد"} <= {p.name for p in meeting.participants}


def test_the_late_holder_of_the_same_office_is_another_man():
    document = read(
        "استقبل الرئيس التشادي محمد إدريس ديبي السفير الفرنسي جان مارك. وكان الرئيس "
        "الراحل إدريس ديبي قد زار فرنسا.",
        until="references",
    )
    assert {"محمد إدريس ديبي", "إدريس ديبي"} <= {p.name for p in document.registry.people}
