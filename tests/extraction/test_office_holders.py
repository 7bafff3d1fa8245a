from .conftest import people, read


def holder_names(text: str) -> list[str]:
    document = read(text, until="references")
    return [
        document.registry.people[ref.person].name
        for sentence in document.sentences
        for ref in sentence.refs
        if not ref.name_tokens
    ]


def test_an_office_named_again_is_its_one_holder():
    text = (
        "التقى وزير الخارجية التركي كمال أوزتورك نظيره الليبي سالم الطاهر. "
        "وأكد الوزير التركي دعم بلاده."
    )
    assert holder_names(text) == ["كمال أوزتورك"]


def test_an_envoy_of_a_state_is_its_one_named_person():
    text = (
        "استقبل الرئيس اللبناني سمير عون وزير الدولة القطري سالم الكواري. "
        "وأكد الموفد القطري دعم الدوحة."
    )
    assert holder_names(text) == ["سالم الكواري"]


def test_an_office_named_again_is_the_one_a_name_held_second(extract):
    text = (
        "التقى الفريق أول سامح عبد الباقي قائد القوات البرية وزير الدفاع "
        "المصري، الجنرال جون ميلر قائد القوات الكندية في القاهرة. وكان وزير الدفاع "
        "المصري قد استقبل الجنرال جون ميلر في مطار القاهرة."
    )
    meetings = extract(text)
    assert all(None not in {p.name for p in m.participants} for m in meetings)
    assert {p.name for m in meetings for p in m.participants} == {"سامح عبد الباقي", "جون ميلر"}


def test_the_head_of_the_republic_is_the_one_president_named(extract):
    text = (
        "وصل الرئيس العراقي نوري الحسني إلى عمان. ثم انتقل رئيس الجمهورية إلى قصر الضيافة "
        "حيث استقبل من قبل الملك عبد الله الثاني."
    )
    (meeting,) = extract(text)
    assert {p.name for p in meeting.participants} == {"نوري الحسني", "عبد الله الثاني"}


def test_an_office_of_several_words_named_again_is_the_one_given_it_in_full(extract):
    text = (
        "حضر اللواء سامي الدرعي رئيس هيئة الأركان المشتركة ختام التمرين. وعلى هامش "
        "التمرين التقى رئيس هيئة الأركان نظيره الأردني اللواء نادر العمري."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي الدرعي", "نادر العمري"}


def test_the_prime_minister_is_the_head_of_the_council_of_ministers_named_before(extract):
    text = (
        "استقبل رئيس مجلس الوزراء العراقي كامل السعدي في بغداد السفير التركي مراد يلمظ. "
        "وكان رئيس الوزراء العراقي بحث أمس مع الرئيس المصري حازم الشناوي ملف المياه."
    )
    first, second = extract(text)
    assert set(people(second)) == {"كامل السعدي", "حازم الشناوي"}


def test_the_vice_president_is_the_vice_president_of_the_republic_named_before(extract):
    text = (
        "وصل نائب رئيس الجمهورية جوزيف أوتينو إلى مومباسا. وعقد نائب الرئيس اجتماعا في "
        "مقر القيادة ضم وزير الدفاع حسن مبوا ورئيس الأركان ديفيد أوكيلو."
    )
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"جوزيف أوتينو", "حسن مبوا", "ديفيد أوكيلو"}


def test_the_prime_minister_is_not_the_head_of_a_regions_government(extract):
    text = (
        "استقبل رئيس حكومة إقليم الشمال سالم الدوري في أربيل السفير التركي مراد يلمظ. "
        "وكان رئيس الوزراء العراقي بحث أمس مع الرئيس المصري حازم الشناوي ملف المياه."
    )
    meetings = extract(text)
    assert all("سالم الدوري" not in people(m) for m in meetings[1:])
