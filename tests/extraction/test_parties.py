def test_an_office_attending_takes_part_though_it_names_no_body_or_state(extract):
    # An internal meeting counts: a chair and an attendee known by office alone.
    text = "ترأس وزير الداخلية التونسي منصف الجبالي اجتماعا أمنيا في صفاقس بحضور مدير أمن الولاية."
    (meeting,) = extract(text)
    roles = [p.role for p in meeting.participants if not p.name]
    assert roles == ["مدير أمن الولاية"]


def test_a_bare_head_attending_makes_no_meeting_alone(extract):
    text = "ترأس وزير الداخلية التونسي منصف الجبالي اجتماعا في صفاقس بحضور الوزير."
    assert extract(text) == []
