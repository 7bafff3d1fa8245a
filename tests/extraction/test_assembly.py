from meetings.extraction.document import Event, Institution, Office

from .conftest import read


def _institution(org: str, met: bool = False) -> Institution:
    return Institution(0, 1, org, None, None, met=met)


def test_a_meeting_has_two_parties_one_of_them_named():
    office = Office(0, 1, "سفير", "سفير", "IT", None, None)
    assert Event(0, persons=[0], offices=[office]).is_meeting
    assert not Event(0, persons=[0]).is_meeting


def test_without_a_name_two_institutions_or_one_meeting_on_its_own():
    assert Event(0, institutions=[_institution("اللجنة"), _institution("الوزارة")]).is_meeting
    assert not Event(0, institutions=[_institution("اللجنة")]).is_meeting
    assert Event(0, institutions=[_institution("اللجنة", met=True)]).is_meeting


def test_a_person_given_no_state_keeps_one_across_meetings():
    document = read(
        "استقبل قائد الجيش فؤاد الشامي السفير الفرنسي بيار لوكلير. "
        "ثم استقبل الشامي السفير الألماني كلاوس فيبر.",
        until="assembly",
    )
    homes = [
        {p.name: p.country for p in meeting.participants}["فؤاد الشامي"]
        for meeting in document.meetings
    ]
    assert len(homes) == 2 and homes[0] == homes[1]
