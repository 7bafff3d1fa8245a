from meetings.extraction.phrases import match_phrase, phrase_key, phrase_table


def test_an_entry_is_keyed_by_its_normalised_tokens():
    assert phrase_key("جامعة الدول العربية") == ("جامعه", "الدول", "العربيه")


def test_the_longest_entry_at_a_token_and_its_value():
    table = phrase_table([("الاتحاد الأوروبي", "EU"), ("الاتحاد", None)])
    norms = ["وفد", "الاتحاد", "الاوروبي", "في"]
    assert match_phrase(norms, 1, table, 3) == (2, "EU")
    assert match_phrase(norms, 0, table, 3) == (0, None)


def test_an_entry_written_with_li_or_wa_is_found_by_the_tokens_core_forms():
    table = phrase_table([("للهجرة غير الشرعية", "migration"), ("الساحل والصحراء", None)])
    assert match_phrase(["الهجره", "غير", "الشرعيه"], 0, table, 3) == (3, "migration")
    assert match_phrase(["الساحل", "الصحراء"], 0, table, 3)[0] == 2
