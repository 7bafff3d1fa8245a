"""Links to detail pages are reversed once per kind, and read as reverse() would."""

import pytest
from django.urls import resolvers, reverse
from django.utils import translation

from meetings.links import page_url
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize(
    ("viewname", "key"),
    [
        ("meetings:meeting", 42),
        ("meetings:participant", 7),
        ("meetings:country", "LY"),
        ("meetings:topic", "border-security"),
    ],
)
def test_a_link_is_what_reverse_gives(viewname, key, language):
    with translation.override(language):
        assert page_url(viewname, key) == reverse(viewname, args=[key])


def test_a_key_that_needs_quoting_is_reversed_in_full():
    assert page_url("meetings:country", "ل ي") == reverse("meetings:country", args=["ل ي"])


@pytest.mark.django_db
def test_the_list_reverses_no_more_links_for_more_meetings(client, monkeypatch):
    calls = []
    original = resolvers.URLResolver._reverse_with_prefix

    def counting(self, *args, **kwargs):
        calls.append(args[0])
        return original(self, *args, **kwargs)

    monkeypatch.setattr(resolvers.URLResolver, "_reverse_with_prefix", counting)
    person = ParticipantFactory(name="سالم الورفلي")
    make_meeting(people=[person], countries=("LY", "IT"), topics=("migration",))
    client.get("/")
    calls.clear()
    client.get("/")
    with_one = len(calls)
    for _ in range(5):
        make_meeting(people=[ParticipantFactory()], countries=("TN",), topics=("terrorism",))
    calls.clear()
    client.get("/")
    assert len(calls) == with_one
