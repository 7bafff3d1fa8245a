"""Defences of the whole site: headers, sign-in throttling and where a sign-in lands."""

import pytest
from axes.models import AccessAttempt
from django.test import RequestFactory, override_settings

from archive.security import client_ip
from meetings.services.curation import editor_create

pytestmark = pytest.mark.django_db

PASSWORD = "curate-the-archive-2024"


@pytest.fixture
def editor():
    user, _created = editor_create(username="editor", password=PASSWORD)
    return user


def sign_in(client, username, password, *, next_url=None, address="203.0.113.7"):
    url = "/admin/login/" + (f"?next={next_url}" if next_url else "")
    data = {"username": username, "password": password}
    if next_url:
        data["next"] = next_url
    return client.post(url, data, REMOTE_ADDR=address)


def test_pages_carry_a_content_security_policy_and_referrer_policy(client):
    response = client.get("/")
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy
    assert response["Referrer-Policy"] == "same-origin"


def test_wrong_passwords_lock_the_account_out_for_a_while(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "editor", "wrong").status_code == 200
    # The last wrong password allowed is answered with the lockout page...
    assert sign_in(client, "editor", "wrong").status_code == 429
    # ...and then even the right one is refused.
    locked = sign_in(client, "editor", PASSWORD)
    assert locked.status_code == 429
    assert "كلمات مرور خاطئة كثيرة" in locked.content.decode()
    assert "_auth_user_id" not in client.session
    # From another address too: guessing one account from many machines is stopped.
    assert sign_in(client, "editor", PASSWORD, address="198.51.100.9").status_code == 429


def test_wrong_passwords_lock_an_address_out_whatever_the_account(client, editor, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, f"guess{attempt}", "wrong")
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    assert sign_in(client, "editor", PASSWORD, address="198.51.100.9").status_code == 302


def test_administrators_see_the_failed_sign_ins(client, editor, django_user_model):
    sign_in(client, "editor", "wrong")
    assert AccessAttempt.objects.filter(username="editor", failures_since_start=1).exists()
    admin = django_user_model.objects.create_superuser("admin", password=PASSWORD)
    client.force_login(admin)
    page = client.get("/admin/axes/accessattempt/").content.decode()
    assert "editor" in page and "203.0.113.7" in page


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/", None])
def test_a_sign_in_with_an_unsafe_or_no_next_lands_in_the_admin(client, editor, next_url):
    response = sign_in(client, "editor", PASSWORD, next_url=next_url)
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_a_sign_in_keeps_a_safe_next(client, editor):
    response = sign_in(client, "editor", PASSWORD, next_url="/admin/meetings/meeting/")
    assert response["Location"] == "/admin/meetings/meeting/"


def test_the_client_address_behind_the_proxy_is_the_one_the_proxy_saw():
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.7"
    )
    with override_settings(BEHIND_PROXY=True, PROXY_COUNT=1):
        # The first entry is whatever the client sent; the proxy appended the last.
        assert client_ip(request) == "203.0.113.7"
    with override_settings(BEHIND_PROXY=True, PROXY_COUNT=2):
        # A TLS proxy in front of nginx added the client, nginx the TLS proxy.
        assert client_ip(request) == "1.2.3.4"
    with override_settings(BEHIND_PROXY=False):
        assert client_ip(request) == "10.0.0.2"
