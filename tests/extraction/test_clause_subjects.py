import pytest

from meetings.extraction.clause_subjects import same_subject_goes_on
from meetings.extraction.tokens import tokenize


@pytest.mark.parametrize("text", ["ثم استقبل", "حيث التقى", "قبل أن يستقبل"])
def test_a_verb_after_then_where_or_before_goes_on_with_the_subject_before(text):
    tokens = tokenize(text)
    assert same_subject_goes_on(tokens, len(tokens) - 1)


def test_a_verb_opening_the_sentence_has_a_subject_of_its_own():
    assert not same_subject_goes_on(tokenize("استقبل الوزير"), 0)
