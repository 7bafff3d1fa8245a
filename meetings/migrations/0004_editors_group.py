"""The "Editors" group: exactly the permissions curating meetings needs.

Editors review meetings, correct their participants, merge duplicate participants
(which deletes the duplicates), edit topic cue words and read articles. They do not
add meetings or articles, and never manage users or groups.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS_GROUP = "Editors"
EDITOR_PERMISSIONS = [
    "view_meeting",
    "change_meeting",
    "view_participation",
    "add_participation",
    "change_participation",
    "delete_participation",
    "view_participant",
    "change_participant",
    "delete_participant",
    "view_topic",
    "change_topic",
    "view_article",
]


def create_editors_group(apps, schema_editor):
    # Permissions are normally created after all migrations have run (post_migrate);
    # create the app's now so that a fresh database gets a complete group.
    app_config = apps.get_app_config("meetings")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.set(
        Permission.objects.filter(
            content_type__app_label="meetings", codename__in=EDITOR_PERMISSIONS
        )
    )


def delete_editors_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=EDITORS_GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("meetings", "0003_curation"),
    ]

    operations = [migrations.RunPython(create_editors_group, delete_editors_group)]
