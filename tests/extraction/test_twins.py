from .conftest import people


def test_a_meeting_told_as_held_earlier_is_another_one_of_the_same_people(extract):
    text = (
        "تلقى وزير الخارجية العماني سالم الهنائي اتصالا هاتفيا من نظيره الأردني فادي الخطيب "
        "بحثا خلاله العلاقات الثنائية. وكان وزير الخارجية الأردني قد اتصل في وقت سابق "
        "بنظيره العماني للاطمئنان على صحته."
    )
    first, earlier = extract(text)
    assert set(people(first)) == set(people(earlier)) == {"سالم الهنائي", "فادي الخطيب"}


def test_a_meeting_with_an_unnamed_counterpart_told_again_with_his_name_is_one(extract):
    meetings = extract(
        "لقطة من لقاء وزير الداخلية الإيطالي أمس مع نظيره التونسي بتونس (رويترز)\n\n"
        "استقبل الرئيس التونسي سالم بلقاسمي أمس وزير الداخلية الإيطالي كمال سانشيز. ثم "
        "اجتمع الوزير الإيطالي بنظيره التونسي عمر بلعيد لبحث ملف الهجرة."
    )
    assert [sorted(people(m)) for m in meetings] == [
        ["سالم بلقاسمي", "كمال سانشيز"],
        ["عمر بلعيد", "كمال سانشيز"],
    ]
    assert all(len(m.participants) == 2 for m in meetings)


def test_a_meeting_with_a_body_told_again_with_its_member_named_is_one(extract):
    text = (
        "بحث رئيس الإقليم كاوا رشيد مع وفد من وزارة الخارجية الهولندية، علاقات البلدين.\n\n"
        "وكان رئيس الإقليم كاوا رشيد استقبل اليوم الأربعاء مسؤول ملف الشرق الأوسط في "
        "وزارة الخارجية الهولندية يان دي فريس، ووفدا مرافقا له."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"كاوا رشيد", "يان دي فريس"}


def test_a_summary_s_meeting_is_the_story_s_that_names_more_people(extract):
    (meeting,) = extract(
        "ما وراء اجتماع المشير سالم العلي مع وفد أمريكي برئاسة الجنرال جون كولينز؟\n"
        "القائد العام المشير سالم العلي يعقد اجتماعا مع وفد أمريكي برئاسة الجنرال جون "
        "كولينز، والقائم بأعمال السفارة الأمريكية مارك ديفيس.\n"
        "كما تناول الاجتماع تطوير الشراكة بين البلدين."
    )
    assert set(people(meeting)) == {"سالم العلي", "جون كولينز", "مارك ديفيس"}
