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
        "حطّ وزير الخارجية البرتغالي جواو موريرا ووزير الدفاع بيدرو سالغادو في مطار "
        "قرطاج صباح أمس. وناقش الوفد البرتغالي مع الرئيس التونسي سالم الشابي قضايا الهجرة."
    )
    assert set(people(meeting)) == {"جواو موريرا", "بيدرو سالغادو", "سالم الشابي"}
    assert all(p.name for p in meeting.participants)


def test_a_delegation_whose_members_are_named_is_no_party_of_its_own(extract):
    [meeting] = extract(
        "استقبل وزير الداخلية سعيد الخالدي وفدا أمريكيا يضم مساعد وزير الخارجية جون "
        "كارتر والسفير مارك ديفيس."
    )
    assert all(p.name for p in meeting.participants)


def test_a_delegation_led_by_someone_the_sentence_names_is_not_all_of_its_state(extract):
    meetings = extract(
        "صرح السفير الياباني في الكويت تاكاشي موري بأن جاليته تحترم القوانين.\n"
        "ونوّه بما أسفرت عنه اجتماعات الدورة الثالثة من الحوار الاستراتيجي، لافتاً إلى أن "
        "«نائب الوزير كينجي ساتو، ترأس الوفد الياباني، وكانت الاجتماعات بنّاءة بين الطرفين "
        "مع وكيل وزارة الخارجية خالد العتيبي»."
    )
    assert "تاكاشي موري" not in {p.name for m in meetings for p in m.participants}


def test_the_guest_of_a_state_is_the_one_of_that_state_named_before(extract):
    [meeting] = extract(
        "وصل رئيس الأركان الأردني اللواء سالم الخوالدة إلى تونس أمس. واستقبل الرئيس "
        "التونسي كمال الجندوبي الضيف الأردني في قصر قرطاج، وأجريا محادثات مطولة."
    )
    assert set(people(meeting)) == {"سالم الخوالدة", "كمال الجندوبي"}


def test_a_state_s_officials_as_a_group_are_a_party_named_by_their_role(extract):
    [meeting] = extract(
        "عقد قائد الحرس الوطني اللواء منير الجبالي في لشبونة يوم الخميس جولة محادثات مع "
        "مسؤولي الدفاع المدني البرتغالية حول التنسيق في حالات الطوارئ."
    )
    assert set(people(meeting)) == {"منير الجبالي"}
    [group] = [p for p in meeting.participants if not p.name]
    assert (group.role, group.org, group.country) == (
        "مسؤولي الدفاع المدني البرتغالية",
        None,
        "PT",
    )
