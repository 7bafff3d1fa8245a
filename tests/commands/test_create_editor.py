from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db

PASSWORD = "curate-the-archive-2024"


def test_create_editor_with_a_password_option():
    call_command("create_editor", "mona", password=PASSWORD, stdout=StringIO())
    user = get_user_model().objects.get(username="mona")
    assert user.is_staff and user.groups.filter(name="Editors").exists()


def test_create_editor_takes_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("EDITOR_PASSWORD", PASSWORD)
    call_command("create_editor", "sami", stdout=StringIO())
    assert get_user_model().objects.get(username="sami").check_password(PASSWORD)


def test_create_editor_rejects_a_weak_password():
    with pytest.raises(CommandError, match="too short"):
        call_command("create_editor", "mona", password="abc")
