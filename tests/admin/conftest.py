import pytest

from meetings.services.curation import editor_create


@pytest.fixture
def editor(db):
    user, _created = editor_create(username="editor", password="curate-the-archive-2024")
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
