import pytest
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db


def test_the_editors_group_has_exactly_what_curation_needs():
    codenames = set(
        Group.objects.get(name="Editors").permissions.values_list(
            "content_type__app_label", "codename"
        )
    )
    assert codenames == {
        ("meetings", "view_meeting"),
        ("meetings", "change_meeting"),
        ("meetings", "view_participation"),
        ("meetings", "add_participation"),
        ("meetings", "change_participation"),
        ("meetings", "delete_participation"),
        ("meetings", "view_participant"),
        ("meetings", "add_participant"),
        ("meetings", "change_participant"),
        ("meetings", "delete_participant"),
        ("meetings", "view_topic"),
        ("meetings", "change_topic"),
        ("meetings", "view_article"),
    }


@pytest.mark.parametrize("url", ["/admin/", "/admin/meetings/meeting/", "/admin/auth/user/"])
def test_anonymous_users_are_sent_to_the_login_page(client, url):
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


def test_a_signed_in_non_staff_user_does_not_reach_the_admin(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("reader", password="x"))
    assert client.get("/admin/meetings/meeting/").status_code == 302


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/admin/meetings/meeting/", 200),
        ("/admin/meetings/participant/", 200),
        ("/admin/meetings/topic/", 200),
        ("/admin/meetings/article/", 200),
        ("/admin/meetings/meeting/add/", 403),
        ("/admin/meetings/article/add/", 403),
        ("/admin/auth/user/", 403),
        ("/admin/auth/group/", 403),
    ],
)
def test_editors_reach_curation_and_nothing_else(editor_client, url, status):
    assert editor_client.get(url).status_code == status
