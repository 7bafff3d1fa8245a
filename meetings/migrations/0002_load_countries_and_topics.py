"""Load the countries and topics the extractor knows, so a fresh database has them."""

from django.db import migrations

from meetings.reference_data import reference_data_sync


def load(apps, schema_editor):
    reference_data_sync(
        country_model=apps.get_model("meetings", "Country"),
        topic_model=apps.get_model("meetings", "Topic"),
    )


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
