"""A citation of a person's page that outlived a merge, followed in a real browser."""

import pytest

from meetings.services.curation import participant_merge
from tests.factories import ParticipantFactory
from tests.views.data import make_meeting

# serialized_rollback: as in test_public_flow.py, so the countries and topics loaded by
# data migrations survive the live server's flush for the tests after this one.
pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_a_merged_persons_old_address_lands_on_the_survivors_page(live_server, page):
    survivor = ParticipantFactory(name="مسعود الككلي")
    duplicate = ParticipantFactory(name="مسعود الككلى")
    make_meeting(people=[survivor], place="زوارة")
    make_meeting(people=[duplicate], place="صبراتة")
    old_url = duplicate.get_absolute_url()
    participant_merge(target=survivor, duplicates=[duplicate])

    response = page.goto(live_server.url + old_url)
    assert response.ok and response.request.redirected_from is not None
    assert page.url == live_server.url + survivor.get_absolute_url()
    assert page.locator("h1").inner_text() == "مسعود الككلي"
    # The duplicate's meeting is on the survivor's timeline now.
    assert page.get_by_text("صبراتة").count() >= 1
