"""Names, places and quoted phrases are searched as written, not only by their stems."""

import re

import pytest
from django.db import connection

from meetings.models import COUNT_SAMPLE_STEPS, Meeting, MeetingSearch
from meetings.search import parse_query
from meetings.services.derived import meeting_refresh_derived
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting


def test_parse_query_separates_quoted_phrases_and_name_runs():
    parsed = parse_query('"بطرابلس" كمال الفيتوري -روما')

    assert parsed.phrases == ("بطرابلس",)
    # Runs of plain words, longest first; neither the quoted nor the negated word.
    assert parsed.runs == ("كمال الفيتوري", "كمال", "الفيتوري")


def test_parse_query_looks_for_no_names_in_a_choice():
    assert parse_query("كمال or الفيتوري").runs == ()


def test_parse_query_of_marks_alone_is_none():
    assert parse_query('"" -') is None
    assert parse_query("ـــ") is None


def test_a_negated_phrase_is_left_to_the_stemmed_search():
    parsed = parse_query('-"الهجرة" تونس')

    assert parsed.phrases == ()
    assert parsed.split_names(set()) == ([], '-"الهجرة" تونس')


def test_split_names_takes_the_longest_known_runs_without_overlap():
    parsed = parse_query("وزير كمال الفيتوري الفيتوري")

    names, rest = parsed.split_names({"كمال الفيتوري", "الفيتوري", "كمال"})

    assert names == ["كمال الفيتوري", "الفيتوري"]
    assert rest == "وزير"


@pytest.mark.django_db
def test_a_family_name_finds_its_people_not_the_city_it_comes_from():
    person = ParticipantFactory(name="كمال الطرابلسي")
    his = make_meeting(place="مصراتة", people=[person], evidence="التقى كمال الطرابلسي السفير")
    in_the_city = make_meeting(place="طرابلس", evidence="عقد اللقاء في طرابلس")

    assert list(Meeting.objects.search("الطرابلسي")) == [his]
    # The city is still found by its name, held there first, the person's meeting after.
    assert list(Meeting.objects.search("طرابلس")) == [in_the_city, his]


@pytest.mark.django_db
def test_a_name_of_several_words_is_a_phrase_within_one_person():
    person = ParticipantFactory(name="سالم أحمد الزروق")
    his = make_meeting(people=[person], evidence="استقبل سالم أحمد الزروق الوفد")
    # The same words, but two other people's: "أحمد" ends one name, "الزروق" starts the next.
    others = make_meeting(
        people=[ParticipantFactory(name="منير أحمد"), ParticipantFactory(name="الزروق هادي")],
        evidence="التقى منير أحمد الزروق هادي",
    )

    assert list(Meeting.objects.search("احمد الزروق")) == [his]
    assert set(Meeting.objects.search("منير")) == {others}


@pytest.mark.django_db
def test_a_name_the_stemmer_leaves_alone_is_also_found_in_the_text():
    make_meeting(people=[ParticipantFactory(name="محمد العابد")])
    mentioned = make_meeting(evidence="نقل الوزير تحيات محمد إلى الحاضرين")

    assert mentioned in Meeting.objects.search("محمد")


@pytest.mark.django_db
def test_an_alias_in_latin_letters_finds_the_person():
    person = ParticipantFactory(name="لوكا فيراري", aliases=["Luca Ferrari"])
    meeting = make_meeting(people=[person])

    assert list(Meeting.objects.search("ferrari")) == [meeting]
    assert list(Meeting.objects.search("Luca Ferrari")) == [meeting]


@pytest.mark.django_db
def test_a_quoted_place_is_found_as_written():
    in_the_city = make_meeting(place="طرابلس", evidence="عقد الاجتماع أمس")
    person = ParticipantFactory(name="كمال الطرابلسي")
    his = make_meeting(place="مصراتة", people=[person], evidence="وصل كمال الطرابلسي أمس")

    # Both share the stem; quoted, the place is the word itself.
    assert set(Meeting.objects.search("طرابلس")) == {in_the_city, his}
    assert list(Meeting.objects.search('"طرابلس"')) == [in_the_city]
    # A quoted name likewise.
    assert list(Meeting.objects.search('"الطرابلسي"')) == [his]


@pytest.mark.django_db
def test_a_quoted_phrase_keeps_its_words_in_order():
    in_order = make_meeting(evidence="بحث الطرفان الهجرة غير الشرعية")
    apart = make_meeting(evidence="الهجرة ملف غير مطروح والشرعية")

    assert list(Meeting.objects.search('"الهجرة غير الشرعية"')) == [in_order]
    assert apart not in Meeting.objects.search('"الهجرة غير الشرعية"')


@pytest.mark.django_db
def test_a_quoted_word_of_the_text_is_that_word_not_its_stem():
    plural = make_meeting(evidence="ناقش الجانبان أوضاع المهاجرين في المراكز")
    singular = make_meeting(evidence="ناقش الجانبان قضية المهاجر الموقوف")

    # Unquoted, both forms share the stem.
    assert set(Meeting.objects.search("المهاجرين")) == {plural, singular}
    assert list(Meeting.objects.search('"المهاجرين"')) == [plural]
    # Hamza and teh marbuta spellings still count as one word.
    assert list(Meeting.objects.search('"اوضاع المهاجرين"')) == [plural]


@pytest.mark.django_db
def test_a_quoted_phrase_found_nowhere_as_written_finds_nothing():
    make_meeting(evidence="بحث الوزيران ملف الهجرة غير الشرعية")

    assert not Meeting.objects.search('"الهجرات غير الشرعيه"').exists()
    assert Meeting.objects.search('"الهجرة غير الشرعيه"').exists()


@pytest.mark.django_db
def test_history_keeps_no_copy_of_the_search_text():
    meeting = make_meeting(evidence="التقى الوزير نظيره")
    meeting.save()

    fields = {field.name for field in Meeting.history.model._meta.get_fields()}
    assert "search_body" not in fields and "phrase_vector" not in fields
    assert meeting.history.count() >= 1


@pytest.mark.django_db
def test_the_list_page_counts_what_it_lists(client):
    person = ParticipantFactory(name="كمال الطرابلسي")
    make_meeting(place="مصراتة", people=[person])
    make_meeting(place="طرابلس", evidence="عقد اللقاء في طرابلس")

    response = client.get("/", {"q": "الطرابلسي"})

    assert response.context["counts"].total == 1


@pytest.mark.django_db
def test_a_latin_query_finds_countries_and_topics_by_their_english_names():
    meeting = make_meeting(countries=("LY", "IT"), topics=("migration",))
    # The search text as ingestion writes it (the helper writes its own).
    meeting_refresh_derived(meeting=meeting)
    assert list(Meeting.objects.search("Italy")) == [meeting]
    assert list(Meeting.objects.search("migration")) == [meeting]
    assert not Meeting.objects.search("Tunisia").exists()


def test_the_words_a_query_asks_for_leave_out_negations_and_or():
    assert parse_query('كمال "بطرابلس الغرب" -روما -"مالطا" or تونس').words == [
        "كمال",
        "بطرابلس",
        "الغرب",
        "تونس",
    ]


@pytest.mark.django_db
def test_a_full_name_is_found_among_names_not_as_words_of_the_text():
    his = make_meeting(people=[ParticipantFactory(name="هاكان جمال يلماز")])
    # The text holds the same three words as a phrase, but he is no participant there.
    mentioned = make_meeting(evidence="ونقل الوفد رسالة هاكان جمال يلماز إلى الحاضرين")

    assert list(Meeting.objects.search("هاكان جمال يلماز")) == [his]
    # Quoted, the phrase is looked for in the text as written.
    assert set(Meeting.objects.search('"هاكان جمال يلماز"')) == {his, mentioned}


@pytest.mark.django_db
def test_a_full_name_is_looked_up_among_the_people_not_in_every_meeting():
    # Matching the phrase in each meeting's names rechecked every meeting holding the
    # three words anywhere; the people's names index finds the few people first.
    person = ParticipantFactory(name="هاكان جمال يلماز")
    his = make_meeting(people=[person])
    make_meeting(people=[ParticipantFactory(name="جمال هاكان"), ParticipantFactory(name="يلماز")])
    search = MeetingSearch.read("هاكان جمال يلماز")
    condition = str(Meeting.objects.filter(search.condition()).query).split(" WHERE ", 1)[1]

    assert "meetings_participant_names" in condition and "names_vector" not in condition
    assert list(Meeting.objects.search("هاكان جمال يلماز")) == [his]


@pytest.mark.django_db
def test_a_run_is_a_name_when_only_an_alias_holds_it():
    person = ParticipantFactory(name="لوكا فيراري", aliases=["لوقا فيراري"])
    meeting = make_meeting(people=[person])

    assert list(Meeting.objects.search("لوقا فيراري")) == [meeting]
    # Institutions' names are no people's names.
    make_meeting(people=[ParticipantFactory(name="هيئة الموانئ", kind="institution")])
    assert MeetingSearch.read("هيئة الموانئ").names == []


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["كمال الفيتوري", '"بطرابلس"', "تبادل المعلومات"])
def test_every_vector_a_search_reads_has_an_index_per_sample_step(query):
    # Estimating a search's counts from the count sample must not recheck every meeting
    # holding its words, sampled or not: each vector it reads needs a partial index per
    # step. (Checked in the catalogue: on a test's few rows the planner's choice of
    # index is arbitrary.)
    make_meeting(people=[ParticipantFactory(name="كمال الفيتوري")])
    sql = str(Meeting.objects.filter(MeetingSearch.read(query).condition()).query)
    vectors = set(re.findall(r'"(\w+_vector)"', sql))
    assert vectors
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE tablename = %s",
            [Meeting._meta.db_table],
        )
        definitions = [row[0] for row in cursor.fetchall()]
    for vector in vectors:
        for step in COUNT_SAMPLE_STEPS:
            assert any(
                f"USING gin ({vector})" in definition
                and f"WHERE (count_sample_step >= {step})" in definition
                for definition in definitions
            ), (vector, step)
