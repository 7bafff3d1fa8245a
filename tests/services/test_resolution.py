import pytest

from meetings.models import Participant
from meetings.services.resolution import name_tokens, names_match, participant_resolve
from tests.factories import ParticipantFactory, country

pytestmark = pytest.mark.django_db


def resolve(name, country_code="LY", org=None):
    return participant_resolve(name=name, org=org, country=country_code)


def test_name_tokens_fold_spelling_variants():
    assert name_tokens("عبد الحميد الدبيبة") == name_tokens("عبدالحميد دبيبه")
    assert name_tokens("«أحمد» معيتيق") == ["احمد", "معيتيق"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("فتحي باشاغا", "فتحي علي عبد السلام باشاغا", True),
        ("خالد مازن", "خالد محمد مازن", True),
        ("محمد الورفلي", "سالم الورفلي", False),
        ("محمد علي الورفلي", "محمد سالم الورفلي", False),
        ("سليمان الورفلي", "سلمان الورفلي", False),
        ("الورفلي", "محمد الورفلي", False),
    ],
)
def test_names_match(a, b, same):
    assert names_match(name_tokens(a), name_tokens(b)) is same


def test_same_name_is_the_same_person():
    first = resolve("سالم الورفلي")
    assert resolve("سالم الورفلى") == first  # ى and ي are one letter once normalised
    assert Participant.objects.count() == 1


def test_an_alias_links_to_the_person():
    person = ParticipantFactory(name="فتحي باشاغا", aliases=["فتحي علي باشاغا"])
    assert resolve("فتحي علي باشاغا") == person


def test_longer_form_links_and_becomes_the_name():
    short = ParticipantFactory(name="فتحي باشاغا")
    assert resolve("فتحي علي عبد السلام باشاغا") == short
    short.refresh_from_db()
    assert short.name == "فتحي علي عبد السلام باشاغا"
    assert short.aliases == ["فتحي باشاغا"]
    # ...and the short form still links, now as an alias.
    assert resolve("فتحي باشاغا") == short
    assert Participant.objects.count() == 1


def test_shorter_form_links_as_an_alias():
    full = ParticipantFactory(name="خالد محمد علي مازن")
    assert resolve("خالد مازن") == full
    full.refresh_from_db()
    assert full.name == "خالد محمد علي مازن" and full.aliases == ["خالد مازن"]


def test_same_family_name_with_another_given_name_is_someone_else():
    salem = ParticipantFactory(name="سالم الورفلي")
    other = resolve("محمد الورفلي")
    assert other != salem and other.name == "محمد الورفلي"


def test_another_form_in_another_country_is_someone_else():
    libyan = ParticipantFactory(name="فتحي باشاغا", country=country("LY"))
    assert resolve("فتحي علي باشاغا", country_code="TN") != libyan


def test_an_ambiguous_short_form_links_to_no_one():
    ParticipantFactory(name="محمد علي الورفلي")
    ParticipantFactory(name="محمد سالم الورفلي")
    created = resolve("محمد الورفلي")
    assert created.name == "محمد الورفلي"
    assert Participant.objects.count() == 3


def test_an_editors_name_is_not_replaced_by_a_longer_form():
    edited = ParticipantFactory(name="فتحي باشاغا", edited_by_editor=True)
    assert resolve("فتحي علي عبد السلام باشاغا") == edited
    edited.refresh_from_db()
    assert edited.name == "فتحي باشاغا" and edited.aliases == []


def test_a_person_without_country_gets_one():
    person = ParticipantFactory(name="ماركو بيانكي", country=None)
    assert resolve("ماركو بيانكي", country_code="IT") == person
    person.refresh_from_db()
    assert person.country_id == "IT"


def test_institutions_are_one_per_country():
    libyan = resolve(None, org="وزارة الداخلية")
    assert resolve(None, org="وزارة الداخليه") == libyan
    italian = resolve(None, "IT", org="وزارة الداخلية")
    assert italian != libyan and italian.kind == Participant.Kind.INSTITUTION


def test_nothing_named_is_no_participant():
    assert participant_resolve(name=None, org=None, country="LY") is None
