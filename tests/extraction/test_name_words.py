import pytest

from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.mentions import read_mentions
from meetings.extraction.name_words import (
    common_word_as_given_name,
    foreign_family_name_with_article,
    initial_with_stop,
    latin_word,
    name_like,
    nisba_family_name,
    title_as_father_name,
)
from meetings.extraction.tokens import tokenize

from .conftest import people

LEX = load_lexicon()


@pytest.mark.parametrize("word, name", [("Çağlar", True), ("Anne", True), ("police", False)])
def test_a_latin_word_in_title_case_may_be_a_name(word, name):
    [token] = tokenize(word)
    assert latin_word(token)
    assert name_like(LEX, token, first=True, definite_ok=False) is name


def test_a_one_letter_initial_with_its_stop_sits_inside_a_name():
    tokens = tokenize("كورت أ. رينشو")
    assert initial_with_stop(LEX, tokens, 1)
    assert not initial_with_stop(LEX, tokenize("كورت أ. الوفد"), 1)


def test_a_nationality_with_the_article_may_be_a_family_name():
    assert nisba_family_name(LEX, tokenize("السوداني")[0])
    assert not nisba_family_name(LEX, tokenize("سوداني")[0])


def test_a_foreign_family_name_read_as_a_prefix_and_the_article_goes_on():
    assert foreign_family_name_with_article(LEX, tokenize("مارتا كالوس"), 1)
    assert foreign_family_name_with_article(LEX, tokenize("سيليست والاندر"), 1)
    assert not foreign_family_name_with_article(LEX, tokenize("محمد والسيسي"), 1)
    assert not foreign_family_name_with_article(LEX, tokenize("مارتا والوزير"), 1)


def test_a_foreign_family_name_after_a_prefix_and_the_article_is_kept(extract):
    text = "بحث وزير الخارجية التونسي سامي بلحاج مع المفوضة الأوروبية مارتا كالوس ملف الهجرة."
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"سامي بلحاج", "مارتا كالوس"}


def test_a_given_name_that_is_a_common_word_opens_a_name_where_one_is_due(extract):
    text = "التقى وزير الداخلية العراقي بيان الزهيري أمس نظيره الأردني سمير المومني في عمان."
    (meeting,) = extract(text)
    assert set(people(meeting)) == {"بيان الزهيري", "سمير المومني"}
    assert not common_word_as_given_name(LEX, tokenize("على تعيينهم"), 0)


@pytest.mark.parametrize(
    "text",
    [
        "وتطرق الوزيران إلى نتائج لقاء أمني جمع وزيري دفاع البلدين في مارس.",
        "ووجه العقيد الهنشيري تحياته إلى الضباط المشاركين في التدريب.",
    ],
)
def test_an_adjective_a_verb_or_a_possessed_noun_is_no_name_part(text):
    names = [m.name for m in read_mentions(load_lexicon(), tokenize(text)).mentions]
    assert not any(word in name for name in names for word in ("أمني", "جمع", "تحياته")), names


def test_a_particle_that_is_a_foreign_given_name_opens_a_name_where_one_is_due():
    assert common_word_as_given_name(LEX, tokenize("غير لارسون"), 0)
    assert common_word_as_given_name(LEX, tokenize("بين هولمز"), 0)
    # not before a word with the article or a prefix, nor before a known word
    assert not common_word_as_given_name(LEX, tokenize("غير المقيم"), 0)
    assert not common_word_as_given_name(LEX, tokenize("بين البلدين"), 0)
    assert not common_word_as_given_name(LEX, tokenize("غير رسمية"), 0)
    assert not common_word_as_given_name(LEX, tokenize("بين دولتين"), 0)


def test_an_envoy_named_geir_and_an_ambassador_named_ben_keep_their_names(extract):
    [meeting] = extract(
        "استقبل وزير الخارجية اليمني سالم العولقي اليوم المبعوث الخاص للأمم المتحدة إلى "
        "اليمن غير لارسون والسفير البريطاني لدى اليمن بين هولمز في عدن."
    )
    assert set(people(meeting)) == {"سالم العولقي", "غير لارسون", "بين هولمز"}


def test_a_ministry_after_basem_is_no_family_name():
    tokens = tokenize("المتحدث باسم الخارجية")
    assert not name_like(LEX, tokens[2], first=False, definite_ok=True)
    # a family name with the article still is one
    assert name_like(LEX, tokenize("الورفلي")[0], first=False, definite_ok=True)


@pytest.mark.parametrize("given", ["فراس", "فيصل", "وسام"])
def test_a_given_name_opening_with_a_conjunction_s_letter_is_whole(given):
    # not ف + "راس" (an office word) or و + "سام"
    assert name_like(LEX, tokenize(given)[0], first=True, definite_ok=False)


@pytest.mark.parametrize(
    "event",
    ["ختام التمرين", "افتتاح المعرض", "فعاليات الأسبوع", "المراسم", "لمواصلة المناقشات"]
    + ["مهمة البعثة"],
)
def test_an_event_the_named_attended_is_no_family_name(event):
    text = f"حضر الفريق سالم الدرعي {event} أمس."
    names = [m.name for m in read_mentions(LEX, tokenize(text)).mentions]
    assert names == ["سالم الدرعي"]


def test_a_dual_office_after_and_ends_the_name_before_it():
    text = "وشارك الوزير الأول سالم بلقاسم ورئيسي حكومتي البلدين في الاجتماع."
    names = [m.name for m in read_mentions(LEX, tokenize(text)).mentions]
    assert names == ["سالم بلقاسم"]


def test_for_the_smooth_running_is_no_name():
    text = "وأشادت السفيرة بجهود الجيش لحسن سير العملية الانتخابية."
    assert read_mentions(LEX, tokenize(text)).mentions == []


def test_a_definite_office_word_before_a_given_name_opens_the_next_person():
    text = "زار السفير الكويتي سالم الرشيدي الرئيس نجيب ميقاتي في بيروت."
    names = [m.name for m in read_mentions(LEX, tokenize(text)).mentions]
    assert names == ["سالم الرشيدي", "نجيب ميقاتي"]


def test_a_title_between_name_words_is_a_father_s_name_unless_after_a_family_name():
    assert title_as_father_name(LEX, tokenize("سالم السيد عبد الكريم حداد"), 1)
    tokens = tokenize("موفد الأمير الشيخ سالم الأحمد الحمادي الشيخ محمد الحمادي")
    assert not title_as_father_name(LEX, tokens, 6)
    names = [m.name for m in read_mentions(LEX, tokens).mentions]
    assert "سالم الأحمد الحمادي" in names


def test_a_father_s_name_after_son_of_that_reads_as_a_preposition_and_two_letters():
    tokens = tokenize("استقبل وزير العدل سيدي أحمد ولد بهي السفير.")
    (mention,) = read_mentions(LEX, tokens).mentions
    assert mention.name == "سيدي أحمد ولد بهي"


def test_b_on_a_known_word_s_dual_after_a_one_word_name_is_no_family_name():
    tokens = tokenize("ورحب الرئيس أناستاسيو بالوزيرين اليونانيين، مؤكدا أهمية الزيارة.")
    assert all("بالوزيرين" not in m.name for m in read_mentions(LEX, tokens).mentions)
