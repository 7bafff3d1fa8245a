def test_the_dateline_s_city_is_the_place_of_the_meeting_the_story_opens_with(extract):
    (meeting,) = extract(
        "مراكش - 3 مارس (ومع) - استقبل وزير العدل المغربي سعيد الكتاني سفيرة هولندا إيلس دي فريس."
    )
    assert (meeting.place, meeting.place_country) == ("مراكش", "MA")


def test_a_meeting_the_text_puts_elsewhere_keeps_its_own_place(extract):
    (meeting,) = extract(
        "مراكش - 3 مارس (ومع) - التقى وزير العدل المغربي سعيد الكتاني في باريس نظيره "
        "الفرنسي جان دوبوا."
    )
    assert meeting.place == "باريس"


def test_a_headline_telling_of_the_meeting_gives_its_city(extract):
    (meeting,) = extract(
        "وزير الداخلية الليبي يبحث مع نظيره التونسي أمن الحدود في جربة\n"
        "بحث وزير الداخلية الليبي سالم الورفلي مع نظيره التونسي منير بلحاج أمن الحدود."
    )
    assert meeting.place == "جربة"


def test_a_headline_naming_a_counterpart_gives_its_city(extract):
    text = (
        "وزير العدل يوقع مع نظيره الإسباني في الرباط مذكرة تعاون\n"
        "وقع وزير العدل المغربي سالم العلي ونظيره الإسباني جان ميلر مساء أمس بمقر الوزارة "
        "مذكرة للتعاون القضائي."
    )
    (meeting,) = extract(text)
    assert meeting.place == "الرباط"


def test_a_dateline_at_a_body_s_seat_places_a_meeting_with_its_head(extract):
    (meeting,) = extract(
        "نيويورك – (وكالات) – التقى رئيس الوزراء السوداني حامد النور، في مقر الأمم "
        "المتحدة ليل الخميس، الأمين العام للأمم المتحدة بيتر لارسن."
    )
    assert (meeting.place, meeting.place_country) == ("نيويورك", "US")


def test_an_envoy_of_a_body_meets_people_away_from_its_seat(extract):
    (meeting,) = extract(
        "نيويورك – (وكالات) – أجرى المبعوث الأممي إلى اليمن يوهان كارلسون محادثات مع وزير "
        "الخارجية اليمني عادل باعوم."
    )
    assert meeting.place is None


def test_heads_of_states_at_a_dateline_abroad_are_not_placed_there(extract):
    (meeting,) = extract(
        "نيويورك – (وكالات) – التقى الرئيس السوداني حامد النور، في مقر الأمم المتحدة ليل "
        "الخميس، رئيس وزراء مالي موسى كيتا."
    )
    assert meeting.place is None
