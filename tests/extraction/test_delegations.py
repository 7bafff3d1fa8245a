from .conftest import people


def test_a_delegation_named_by_its_state_s_adjective_takes_part(extract):
    [meeting] = extract(
        "استقبل رئيس الجمهورية كمال النعيمي مساء أمس في مقر الرئاسة وفدًا عسكريًا "
        "مغربيًا رفيع المستوى."
    )
    [party] = [p for p in meeting.participants if not p.name]
    assert (party.org, party.country) == ("وفد عسكري مغربي", "MA")


def test_the_delegation_of_a_state_is_its_people_named_before(extract):
    [meeting] = extract(
        "وصل وزير الخارجية الإيطالي ماركو بيلّي ووزير الداخلية لوكا فيراري إلى تونس أمس. "
        "وبحث الوفد الإيطالي مع الرئيس التونسي سالم الشابي ملف الهجرة."
    )
    assert set(people(meeting)) == {"ماركو بيلّي", "لوكا فيراري", "سالم الشابي"}
    assert all(p.name for p in meeting.participants)


def test_a_delegation_whose_members_are_named_is_no_party_of_its_own(extract):
    [meeting] = extract(
        "استقبل وزير الداخلية سعيد الخالدي وفدا أمريكيا يضم مساعد وزير الخارجية جون "
        "كارتر والسفير مارك ديفيس."
    )
    assert all(p.name for p in meeting.participants)


def test_a_delegation_led_by_someone_the_sentence_names_is_not_all_of_its_state(extract):
    meetings = extract(
        "أكد السفير الهندي لدى البلاد الدكتور راجيف كومار أن الجالية الهندية كبيرة.\n"
        "وأشاد بنتائج اجتماعات الجولة الرابعة للمشاورات بين البلدين، مضيفاً أن «المدير العام "
        "لشؤون آسيا سونيل راو، ترأس الوفد الهندي، وكانت الاجتماعات مثمرة بين الجانبين "
        "مع مساعد وزير الخارجية السفير سالم الرومي»."
    )
    assert "راجيف كومار" not in {p.name for m in meetings for p in m.participants}


def test_the_guest_of_a_state_is_the_one_of_that_state_named_before(extract):
    [meeting] = extract(
        "وصل رئيس الأركان الأردني اللواء سالم الخوالدة إلى تونس أمس. واستقبل الرئيس "
        "التونسي كمال الجندوبي الضيف الأردني في قصر قرطاج، وأجريا محادثات مطولة."
    )
    assert set(people(meeting)) == {"سالم الخوالدة", "كمال الجندوبي"}


def test_a_state_s_officials_as_a_group_are_a_party_named_by_their_role(extract):
    [meeting] = extract(
        "يجري المدير العام للأمن الوطني سعيد البقالي، منذ أمس بلشبونة، اجتماعات مع كبار "
        "مسؤولي الأمن والاستخبارات البرتغالية في إطار التعاون الأمني."
    )
    assert set(people(meeting)) == {"سعيد البقالي"}
    [group] = [p for p in meeting.participants if not p.name]
    assert (group.role, group.org, group.country) == (
        "مسؤولي الأمن والاستخبارات البرتغالية",
        None,
        "PT",
    )
