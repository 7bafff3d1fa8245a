from collections import Counter

from meetings.extraction.assembly import _stated
from meetings.extraction.countries import count_states, home_country, paired_states

from .conftest import people, read


def test_states_are_counted_but_not_in_people_s_names():
    document = read(
        "التقى الفريق مفتاح العبيدي العميد ونيس البرعصي في بنغازي بحضور السفير الإيطالي.",
        until="countries",
    )
    assert document.counts == Counter({"LY": 1, "IT": 1})


def test_a_word_for_a_city_and_a_state_counts_for_the_one_named_more():
    document = read(
        "استقبل وزير الداخلية الأردني مازن الفراية في عمان السفير الأمريكي. وبحث الأردني"
        " والأمريكي التعاون في الأردن.",
        until="countries",
    )
    assert count_states(document)["JO"] == document.counts["JO"] >= 3
    assert "OM" not in document.counts


def test_the_unmarked_party_is_of_another_state_named_around_the_meeting():
    local = Counter({"IT": 2, "LY": 1})
    assert home_country(local, Counter(), {"IT"}, None, None) == "LY"


def test_else_of_the_dateline_s_state():
    assert home_country(Counter(), Counter({"IT": 3}), {"IT"}, None, "LY") == "LY"


def test_else_of_the_article_s_main_state():
    counts = Counter({"TN": 4, "IT": 1})
    assert home_country(Counter(), counts, set(), None, None) == "TN"


def test_met_by_marked_foreigners_only_the_unmarked_is_of_the_arab_state_named():
    # The American is marked; the unmarked commander is of the Arab state the article
    # names, even when it names the United States more.
    counts = Counter({"US": 4, "LY": 2})
    assert home_country(Counter({"US": 2}), counts, {"US"}, None, None) == "LY"


def test_met_by_marked_foreigners_in_a_third_state_the_unmarked_is_of_the_state_named():
    # On the sidelines of a forum abroad: the unmarked chief of staff is of the Arab
    # state his own sentences name, not of the forum's host.
    local = Counter({"US": 1, "YE": 1})
    assert home_country(local, Counter({"YE": 3, "US": 2}), {"US"}, "BH", None) == "YE"


def test_with_both_sides_marked_the_unmarked_attendees_are_the_host_s():
    local = Counter({"MT": 2, "LY": 1})
    assert home_country(local, Counter(), {"LY", "MT"}, "LY", None) == "LY"


def test_with_one_arab_state_and_foreigners_marked_the_unmarked_are_of_the_arab_state():
    # A state the subject names ("قطاع غزة") is no party's: the minister's unmarked
    # assistant is of his Kuwait, not of Palestine nor of the foreign guest's China.
    local = Counter({"CN": 3, "PS": 1, "KW": 1})
    assert home_country(local, Counter(), {"KW", "CN"}, None, None) == "KW"


def test_a_member_of_a_ruling_house_by_its_one_word_name_is_of_its_state(extract):
    (meeting,) = extract(
        "استقبل نائب رئيس الوزراء سالم عبدالله الجابر الصباح في مكتبه السفير الصيني وانغ لي."
    )
    assert people(meeting)["سالم عبدالله الجابر الصباح"].country == "KW"


def test_a_member_of_a_ruling_house_is_of_its_state(extract):
    (meeting,) = extract(
        "استقبل وزير الدفاع الكويتي عبدالله علي الصباح في الكويت نائب رئيس مجلس الوزراء "
        "سعود بن عبدالرحمن آل ثاني."
    )
    assert people(meeting)["سعود بن عبدالرحمن آل ثاني"].country == "QA"


def test_a_house_of_representatives_is_of_no_one_state(extract):
    # Lebanon, Egypt, Jordan, Iraq and Libya all have a "مجلس النواب".
    (meeting,) = extract(
        "استقبل رئيس مجلس النواب سمير حداد في بيروت السفير الفرنسي لدى لبنان هنري مارتان."
    )
    assert people(meeting)["سمير حداد"].country == "LB"


def test_the_arab_maghreb_is_a_region_not_morocco(extract):
    text = (
        "التقى وزير الخارجية الموريتاني محمد ولد أحمد في نواكشوط المسؤولة الأوروبية آنا "
        "كوستا. وحضر اللقاء مدير الاتحاد الأوروبي والمغرب العربي بالوزارة سيدي محمد فال."
    )
    (meeting,) = extract(text)
    assert "MA" not in meeting.countries


def test_a_hosts_counterpart_of_a_marked_state_is_not_of_that_state(extract):
    (meeting,) = extract(
        "عقد وزير الداخلية نادر الحلبي مباحثات مع نظيره الأردني فارس العبادي في العاصمة "
        "الأردنية عمان، بحضور مدير الجمارك السورية حسان الشامي."
    )
    assert people(meeting)["نادر الحلبي"].country != "JO"


def test_neighbours_whose_borders_are_discussed_are_nobody_s_state(extract):
    [meeting] = extract(
        "اجتمع القائد الأعلى للجيش عمر الساعدي برئيس الأركان العامة فريق أول سالم "
        "الدرسي لبحث تأمين الحدود مع السودان والنيجر."
    )
    assert people(meeting)["سالم الدرسي"].country not in ("SD", "NE")


def test_a_counterpart_of_a_marked_visitor_says_nothing_of_the_unmarked_hosts():
    document = read(
        "زار وزير الخارجية الإيراني حسين رضائي العراق والتقى نظيره العراقي سالم الجبوري "
        "ورئيس الوزراء منير العبيدي.",
        until="topics",
    )
    [event] = [e for e in document.events if e.is_meeting]
    stated, counterparts = _stated(document, event)
    assert stated == {"IR", "IQ"} and counterparts == set()
    # The counterpart of an unmarked host still says the host is of another state.
    document = read(
        "التقى وزير الداخلية سالم الورفلي نظيره الأردني منير الفايز في عمان.", until="topics"
    )
    [event] = [e for e in document.events if e.is_meeting]
    assert _stated(document, event)[1] == {"JO"}


def test_the_unmarked_holder_of_a_marked_party_s_office_is_of_another_state(extract):
    # Both sides are marked once a marked ambassador attends, yet the visiting minister
    # is not of the host's state: the host's defence minister is another man.
    [meeting] = extract(
        "استقبل وزير الدفاع الصيني لي شانغ في بكين اليوم وزير الدفاع الفريق سالم بن "
        "راشد العامري، بحضور سفير دولة الإمارات لدى الصين علي الكتبي."
    )
    assert people(meeting)["سالم بن راشد العامري"].country == "AE"


def test_the_parties_to_talks_on_the_ties_between_two_states_are_of_those_two(extract):
    [meeting] = extract(
        "التقى وزير الدفاع فادي الخوري في مدينة جدة وزير الخارجية السوري منار "
        "الحلبي، وبحثا العلاقات الثنائية بين لبنان وسوريا."
    )
    assert people(meeting)["فادي الخوري"].country == "LB"


def test_a_pair_of_nationalities_after_relations_names_the_two_states():
    document = read(
        "التقى الوزيران وبحثا العلاقات المصرية الصينية والتعاون بين الأردن والعراق.",
        until="countries",
    )
    assert paired_states(document, range(len(document.sentences))) == [
        ("EG", "CN"),
        ("JO", "IQ"),
    ]
    # Talks between two other states (a mediation) are no pair of the parties.
    document = read("وبحثا المفاوضات بين الأردن والعراق.", until="countries")
    assert paired_states(document, range(len(document.sentences))) == []


def test_who_goes_to_a_state_is_not_of_it(extract):
    [meeting] = extract(
        "زار هشام الدسوقي وزير الداخلية أمس الصين مترئسا وفدا أمنيا كبيرا، واجتمع "
        "برئيس مجلس الدولة لي مينغ في بكين. وتناول الاجتماع مكافحة الجريمة المنظمة في "
        "الصين ومصر."
    )
    assert people(meeting)["هشام الدسوقي"].country == "EG"
    assert people(meeting)["لي مينغ"].country == "CN"


def test_the_kurdistan_region_is_in_iraq():
    document = read("التقى رئيس حكومة إقليم كردستان سالار عزيز القنصل التركي.", until="countries")
    assert document.counts["IQ"] == 1


def test_a_state_s_name_run_together_by_the_page_is_still_that_state():
    document = read("التقى الوزير سفير الولاياتالمتحدةالأمريكية في الرباط.", until="countries")
    assert document.counts["US"] == 1


def test_those_who_receive_an_ambassador_named_by_office_alone_are_of_another_state(extract):
    [meeting] = extract(
        "استقبل وزير الدفاع الوطني سامي الورغي، ظهر الخميس، في مكتبه سفيرة الولايات "
        "المتحدة الجديدة. واستعرض الجانبان التعاون العسكري بين تونس والولايات المتحدة."
    )
    assert people(meeting)["سامي الورغي"].country == "TN"


def test_with_no_state_named_the_one_a_body_gives_is_everyone_s(extract):
    [meeting] = extract(
        "استقبل رئيس المفوضية سالم الورفلي رئيس حكومة الوحدة الوطنية نوري الفيتوري، "
        "بحضور عضوي المفوضية السيد عمر الزوي والسيد فرج المقريف."
    )
    assert {p.country for p in meeting.participants} == {"LY"}


def test_chad_written_with_the_article_is_chad(extract):
    [meeting] = extract(
        "التقى القائد العام للقوات المسلحة سالم عبد الحميد اليوم آدم محمد وزير الدفاع "
        "الوطني بجمهورية التشاد."
    )
    assert people(meeting)["آدم محمد"].country == "TD"


def test_the_malian_army_is_mali_s_though_the_adjective_also_means_financial(extract):
    [meeting] = extract(
        "اجتمع الرئيس الموريتاني بقائد جيش النيجر الفريق عمر حسن، ورئيس أركان "
        "الجيش المالي الجنرال موسى كيتا."
    )
    assert people(meeting)["موسى كيتا"].country == "ML"


def test_no_one_is_of_the_un_or_the_eu_by_inference():
    assert home_country(Counter({"UN": 2}), Counter({"UN": 2}), {"UN"}, None, None) is None
    assert home_country(Counter({"EU": 1}), Counter({"EU": 1}), set(), None, None) is None


def test_commanders_of_un_and_eu_missions_are_of_them(extract):
    meetings = extract(
        "استقبل رئيس الحكومة اللبنانية سالم الخوري قائد قوة الأمم المتحدة المؤقتة في "
        "لبنان اللواء ماركو بيانكي. والتقى الرئيس الصومالي حسن خيري قائد عملية أتالانتا "
        "الأدميرال خوان مورينو، والمديرة الإقليمية لمنظمة اليونيسيف جاكلين موران."
    )
    states = {p.name: p.country for m in meetings for p in m.participants}
    assert states["ماركو بيانكي"] == states["جاكلين موران"] == "UN"
    assert states["خوان مورينو"] == "EU"


def test_an_envoy_is_not_of_the_state_he_is_posted_to(extract):
    (meeting,) = extract(
        "استقبل وزير الداخلية السعودي الأمير سلمان بن فهد في مكتبه السفير سالم بن عواض "
        "القحطاني المعين لدى الجمهورية اللبنانية، والسفير فهد بن حسن طراد المعتمد لدى "
        "جمهورية الهند."
    )
    states = {p.name: p.country for p in meeting.participants}
    assert states == {"سلمان بن فهد": "SA", "سالم بن عواض القحطاني": "SA", "فهد بن حسن طراد": "SA"}


def test_one_given_no_state_beside_two_marked_is_of_a_third_named_in_the_article():
    counts = Counter({"JO": 3, "PS": 2, "EG": 1})
    assert home_country(Counter(), counts, {"JO", "PS"}, None, None) == "EG"


def test_a_summit_of_two_states_pairs_them(extract):
    [meeting] = extract(
        "عقد الرئيس سالم العلي وعاهل الأردن الملك كمال حسن قمة ليبية أردنية أمس. وبحث "
        "الزعيمان أوضاع اللاجئين الفلسطينيين في غزة وأوضاع الفلسطينيين في الضفة."
    )
    assert people(meeting)["سالم العلي"].country == "LY"


def test_every_member_state_of_the_united_nations_is_known(extract):
    [meeting] = extract(
        "استقبل وزير الخارجية التونسي سامي الهادي في نيويورك وزيرة الشؤون الخارجية "
        "والتجارة بترينيداد وتوباغو، السيدة لينا شارلز."
    )
    assert people(meeting)["لينا شارلز"].country == "TT"
    assert set(meeting.countries) >= {"TN", "TT"}


def test_a_state_named_as_the_issue_discussed_is_nobody_s_state():
    document = read(
        "بحث وزير الخارجية كريم الهاشمي مع السفير الصيني وانغ لي الأوضاع في السودان "
        "والقضية الفلسطينية وتطورات الأزمة السورية.",
        until="countries",
    )
    assert set(document.counts) == {"CN"}
    # The people discussed are often the host's own: "الطلاب العمانيين" counts.
    document = read("وبحثا أوضاع الطلاب العمانيين في ماليزيا.", until="countries")
    assert document.counts["OM"] == 1
    # A palace of the people is a place, not the people of an issue.
    document = read("والتقى الوفد الرئيس في قصر الشعب بدمشق.", until="countries")
    assert set(document.counts) == {"SY"}
    # A state named as a party to the ties still counts.
    document = read("وبحث الجانبان تعزيز التعاون مع السودان.", until="countries")
    assert set(document.counts) == {"SD"}


def test_met_by_foreigners_only_the_unmarked_staff_are_of_their_minister_s_ruling_house(extract):
    [meeting] = extract(
        "عقد وزير الداخلية الأمير سامي بن رائد آل سعود اجتماعا مع وزيرة الداخلية "
        "البريطانية جين ساندرز، وحضر الاجتماع وكيل وزارة الداخلية سالم بن فهد القحطاني."
    )
    assert people(meeting)["سالم بن فهد القحطاني"].country == "SA"


def test_a_body_only_one_state_has_gives_its_head_that_state(extract):
    [meeting] = extract(
        "وبحث مدير الإشارة بالجيش الوطني الشعبي الفريق سالم بوعلام مع قائد القوات "
        "البحرية الإيطالية الأميرال ماركو روسي."
    )
    assert people(meeting)["سالم بوعلام"].country == "DZ"


def test_the_sultanate_s_bodies_are_oman_s_and_an_arm_of_service_is_a_body(extract):
    [meeting] = extract(
        "التقى وزير المكتب السلطاني اللواء ناصر بن سالم الهاشمي قائد سلاح الجو "
        "الأردني اللواء خميس الغيلاني."
    )
    assert people(meeting)["ناصر بن سالم الهاشمي"].country == "OM"
    assert people(meeting)["خميس الغيلاني"].org == "سلاح الجو الأردني"


def test_a_guest_s_ruling_house_does_not_outweigh_the_host_s_city(extract):
    [meeting] = extract(
        "عقد وزير الشؤون الخارجية ناصر العلمي في الرباط اجتماعا ثلاثيا مع الأمير سامي بن "
        "رائد آل سعود والمبعوث الأمريكي جيمس كارتر."
    )
    assert people(meeting)["ناصر العلمي"].country == "MA"


def test_an_agreement_named_for_the_city_it_was_made_in_names_no_one_s_state():
    document = read(
        "وبحث رئيس الأركان فلان علان تنفيذ اتفاق جنيف ومخرجات مسار برلين وإعلان الجزائر.",
        until="countries",
    )
    assert document.counts == Counter()


def test_the_refugees_a_state_hosts_do_not_give_its_officials_their_state(extract):
    (meeting,) = extract(
        "استقبل رئيس الحكومة سالم العلي المفوض السامي لشؤون اللاجئين جان دوبوا، وبحثا "
        "أوضاع اللاجئين السوريين وعودة النازحين السوريين إلى بلادهم."
    )
    assert people(meeting)["سالم العلي"].country != "SY"
