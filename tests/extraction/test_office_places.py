import pytest


@pytest.mark.parametrize(
    "text",
    [
        "التقى الرئيس الصومالي حسن علي عمر السفير الإماراتي في مقديشو لبحث التعاون.",
        "واستعرض وزير الدفاع الصومالي حسن علي عمر خلال لقائه جون باولو السفير الإيطالي "
        "بمقديشو التعاون بين البلدين.",
    ],
)
def test_an_envoy_is_met_in_the_city_he_is_posted_to_by_its_state_s_people(extract, text):
    (meeting,) = extract(text)
    assert (meeting.place, meeting.place_country) == ("مقديشو", "SO")


def test_another_envoy_s_posting_is_not_where_they_met(extract):
    (meeting,) = extract(
        "استقبل وزير الخارجية الليبي سالم عمران السفير التركي لدى ليبيا أحمد يلدز بحضور "
        "السفير الليبي في أنقرة خالد منصور."
    )
    assert meeting.place is None


def test_a_governor_receiving_in_his_office_is_in_the_city_he_governs(extract):
    (meeting,) = extract(
        "استقبل اللواء سامي فؤاد محافظ الإسكندرية، اليوم بمكتبه، القنصل العام السعودي "
        "فهد بن علي العتيبي."
    )
    assert (meeting.place, meeting.place_country) == ("الإسكندرية", "EG")


def test_a_governor_received_in_another_s_office_is_not_in_his_city(extract):
    (meeting,) = extract("استقبل رئيس الوزراء العراقي نوري سالم بمكتبه محافظ الأنبار صهيب علي.")
    assert meeting.place is None


def test_a_governor_in_his_office_rather_than_where_his_guest_is_posted(extract):
    (meeting,) = extract(
        "قال محافظ كركوك سالم مصطفى إنه التقى في مكتبه أمس القنصل التركي المعتمد في "
        "السليمانية علي رضائي."
    )
    assert meeting.place == "كركوك"


@pytest.mark.parametrize(
    "text",
    [
        # a tour elsewhere, a regional president, a former envoy
        "التقى رئيس الحكومة سالم عمران، خلال جولته في المنطقة الشرقية، السفير الإيطالي في "
        "طرابلس جان روسي.",
        "استقبل رئيس إقليم كردستان كاوه عمر السفيرة الأمريكية في بغداد ماري سميث.",
        "التقى محافظ البصرة سالم علي القنصل الإيراني السابق في البصرة حسن رضائي.",
        # the results of a visit, and a governor's office while abroad
        "استقبل الرئيس سالم عمران وزير الخارجية سامي فؤاد الذي أطلعه على نتائج زيارته موسكو.",
        "التقى محافظ البصرة سالم علي في مكتبه، خلال وجوده في الكويت، السفير العراقي لدى الكويت.",
    ],
)
def test_no_place_from_a_posting_or_a_visit_the_meeting_was_not_at(extract, text):
    assert [m.place for m in extract(text)] == [None]
