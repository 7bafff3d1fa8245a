from .conftest import people


def test_a_visitor_is_not_of_the_state_visited(extract):
    [meeting] = extract(
        "التقى رئيس الدولة عبدي حسن نور، الذي يزور حاليا، اليونان، وزير خارجية أثينا "
        "نيكوس ستافرو. وكان وزير الدفاع قد زار مقديشو الشهر الماضي."
    )
    assert people(meeting)["عبدي حسن نور"].country != "GR"


def test_a_visitor_on_an_official_visit_is_not_of_the_state_visited(extract):
    [meeting] = extract(
        "استقبل وزير الدفاع التركي ياشار أوزتورك في أنقرة اليوم وزير الدفاع خالد بن سالم، "
        "وذلك خلال زيارته الرسمية لتركيا. وحضر اللقاء سفير المملكة العربية السعودية لدى "
        "تركيا فهد العلي."
    )
    assert people(meeting)["خالد بن سالم"].country == "SA"


def test_who_arrives_in_a_city_is_not_of_its_state(extract):
    [meeting] = extract(
        "والتقى وزير الخارجية حسن الوافي، بعد وصوله لانواكشوط، الرئيس الموريتاني أحمد "
        "ولد سالم. وبحث الجانبان العلاقات بين المغرب وموريتانيا."
    )
    named = people(meeting)
    assert named["حسن الوافي"].country == "MA"
    assert meeting.place == "انواكشوط"


def test_who_opens_his_visit_to_a_state_is_not_of_it(extract):
    (meeting,) = extract(
        "استهل قائد الجيش العماد سمير الخوري زيارته للولايات المتحدة بلقاء قائد القوات البرية "
        "الجنرال جون ميلر. وتناول البحث دعم الجيش اللبناني."
    )
    assert people(meeting)["سمير الخوري"].country == "LB"


def test_who_arrives_after_a_title_and_an_office_in_a_capital_named_by_its_state_is_not_of_it(
    extract,
):
    (meeting,) = extract(
        "وصل الدكتور كمال سعدون، رئيس مجلس الوزراء، إلى العاصمة الأردنية عمان صباح اليوم، "
        "وكان في استقباله وزير الصناعة الأردني سليم داود. وأكد سعدون عمق العلاقات التي "
        "تربط مصر بالمملكة."
    )
    named = people(meeting)
    assert named["كمال سعدون"].country == "EG"
    assert named["سليم داود"].country == "JO"


def test_where_a_visitor_comes_from_is_neither_his_name_nor_the_meeting_s_place(extract):
    (meeting,) = extract(
        "وصل وزير الخارجية كمال سعدون قادما من باريس إلى الرباط، واستقبله رئيس الحكومة "
        "المغربي سعيد العلوي."
    )
    assert "كمال سعدون" in people(meeting)
    assert (meeting.place, meeting.place_country) == ("الرباط", "MA")


def test_an_ambassador_posted_to_a_state_by_the_office_before_his_name_is_not_of_it(extract):
    (meeting,) = extract(
        "استقبل رئيس المجلس سالم العلي السفير المعين لدى جمهورية إندونيسيا فهد الثقفي."
    )
    assert people(meeting)["فهد الثقفي"].country != "ID"


def test_an_ambassador_to_the_guest_s_state_attending_is_of_the_hosts(extract):
    (meeting,) = extract(
        "استقبل رئيس الحكومة سالم العلي في الرياض وزير الخارجية الإريتري داويت هايلي، بحضور "
        "السفير المعين لدى إريتريا فهد الثقفي."
    )
    assert people(meeting)["فهد الثقفي"].country == "SA"


def test_an_envoy_to_the_united_nations_visits_no_state(extract):
    (meeting,) = extract(
        "استقبل وزير الخارجية سالم العلي في بيروت المنسق الأممي لارس يوهانسن، بحضور مندوب "
        "لبنان لدى الأمم المتحدة بالإنابة جان مراد."
    )
    named = people(meeting)
    assert named["سالم العلي"].country == "LB"
    assert named["جان مراد"].country == "LB"


def test_who_goes_to_a_building_in_a_city_is_not_visiting_its_state(extract):
    (meeting,) = extract(
        "زار نائب رئيس البرلمان كمال سعدون مقر السفارة الكندية في بغداد، والتقى السفير "
        "الكندي جون ميلر. وأكد سعدون حرص العراق على العلاقات."
    )
    assert people(meeting)["كمال سعدون"].country == "IQ"
