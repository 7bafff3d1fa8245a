"""Load the countries and topics the extractor knows, so a fresh database has them.

Both come from the extractor's data files, which are the single list of codes; an
existing row is left alone so editors' changes (e.g. added cue words) survive.
"""

import json
from pathlib import Path

from django.db import migrations

DATA_DIR = Path(__file__).resolve().parent.parent / "extraction" / "data"


def load(apps, schema_editor):
    Country = apps.get_model("meetings", "Country")
    Topic = apps.get_model("meetings", "Topic")
    for row in json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8")):
        Country.objects.get_or_create(
            code=row["code"], defaults={"name_ar": row["name_ar"], "name_en": row["name_en"]}
        )
    for row in json.loads((DATA_DIR / "topics.json").read_text(encoding="utf-8")):
        Topic.objects.get_or_create(
            code=row["code"],
            defaults={"name_ar": row["name_ar"], "name_en": row["name_en"], "cue_words": row["cues"]},
        )


class Migration(migrations.Migration):
    dependencies = [("meetings", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
