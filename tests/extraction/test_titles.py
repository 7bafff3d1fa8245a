from meetings.extraction.lexicon import load_lexicon
from meetings.extraction.titles import skip_titles
from meetings.extraction.tokens import tokenize

LEX = load_lexicon()


def test_a_slash_after_a_title_is_skipped():
    tokens = tokenize("رئيس الوزراء، السيد/ عبد القادر أحمد، صباح اليوم")
    assert skip_titles(LEX, tokens, 3) == (5, True)


def test_an_adjective_after_a_rank_and_before_a_given_name_is_no_part_of_the_name():
    tokens = tokenize("وقال العقيد الانفصالي خليفة جونز إن")
    k, titled = skip_titles(LEX, tokens, 1)
    assert titled and tokens[k].text == "خليفة"
