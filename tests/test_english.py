"""Offices and places in English, for English pages (meetings.english)."""

import pytest

from meetings.english import office_en, place_en
from tests.factories import ParticipantFactory, ParticipationFactory
from tests.views.data import make_meeting


@pytest.mark.parametrize(
    ("role", "organization", "ministry", "english"),
    [
        ("وزير الداخلية", "وزارة الداخلية", "Interior", "Minister of Interior"),
        ("وزيرة الخارجية", "", "Foreign affairs", "Minister of Foreign affairs"),
        ("السفير", "", "", "Ambassador"),
        ("رئيس الأركان", "", "", "Chief of Staff"),
        ("رئيس المجلس الرئاسي", "المجلس الرئاسي", "", "President of the Presidential Council"),
        # The body stays as written, after the office.
        ("المديرة العامة", "منظمة الهجرة", "", "Director-General, منظمة الهجرة"),
    ],
)
def test_an_office_in_english_from_its_head_word(role, organization, ministry, english):
    assert office_en(role, organization, ministry) == english


def test_an_unknown_office_has_no_english_form():
    assert office_en("شيخ قبيلة") is None
    assert office_en("") is None


def test_places_in_english_whatever_the_spelling_of_their_ending():
    assert place_en("مصراتة") == place_en("مصراته") == "Misrata"
    assert place_en("وادي الشاطئ") is None


@pytest.mark.django_db
def test_english_pages_give_offices_and_places_in_english(client):
    meeting = make_meeting(place="طرابلس")
    ParticipationFactory(
        meeting=meeting,
        participant=ParticipantFactory(name="سالم الكوني"),
        role="وزير الداخلية",
        ministry="interior",
    )
    url = meeting.get_absolute_url()
    english = client.get("/en" + url).content.decode()
    assert "Minister of Interior" in english and "Tripoli" in english
    arabic = client.get(url).content.decode()
    assert "وزير الداخلية" in arabic and "Minister" not in arabic


@pytest.mark.django_db
def test_the_place_facet_and_its_chip_are_in_english_on_english_pages(client):
    make_meeting(place="بنغازي")
    page = client.get("/en/", {"place": "بنغازي"}).content.decode()
    assert "Benghazi" in page


@pytest.mark.django_db
def test_a_name_and_its_office_read_in_the_page_s_direction(client):
    meeting = make_meeting(place="طرابلس")
    ParticipationFactory(
        meeting=meeting,
        participant=ParticipantFactory(name="سالم الكوني"),
        role="وزير الداخلية",
        organization="وزارة الداخلية",
        ministry="interior",
    )
    english = client.get("/en/").content.decode()
    # Name, then office, left to right; the Arabic name isolated inside.
    assert '<bdi dir="ltr"><bdi><a href=' in english
    assert "سالم الكوني</a></bdi> (<bdi>Minister of Interior</bdi>)</bdi>" in english
    arabic = client.get("/").content.decode()
    # The body the office already names is not repeated.
    assert "(<bdi>وزير الداخلية</bdi>)" in arabic and '<bdi dir="rtl">' in arabic
