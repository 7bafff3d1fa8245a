"""Editors may add a participant the extractor missed (the inline's "+" button)."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.get(name="Editors")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="meetings", codename="add_participant")
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    group = Group.objects.get(name="Editors")
    group.permissions.remove(*group.permissions.filter(codename="add_participant"))


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0006_facet_totals"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
