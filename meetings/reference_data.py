"""The countries and topics the extractor knows, copied into the database.

The extractor's data files are the one list of codes. Rows are only ever added:
an existing country or topic is left as it is, so editors' changes (added cue words,
renamed labels) survive. Run by migration 0002 on a fresh database and after every
``migrate`` (see apps.py), so codes added to the data files later reach existing
databases too; otherwise ingestion would drop those countries as unknown.
"""

import json
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "extraction" / "data"


def reference_data_sync(*, country_model, topic_model) -> int:
    """Add the data files' countries and topics missing from the database; the count added."""
    added = 0
    for row in json.loads((DATA_DIR / "countries.json").read_text(encoding="utf-8")):
        _obj, created = country_model.objects.get_or_create(
            code=row["code"], defaults={"name_ar": row["name_ar"], "name_en": row["name_en"]}
        )
        added += created
    for row in json.loads((DATA_DIR / "topics.json").read_text(encoding="utf-8")):
        _obj, created = topic_model.objects.get_or_create(
            code=row["code"],
            defaults={
                "name_ar": row["name_ar"],
                "name_en": row["name_en"],
                "cue_words": row["cues"],
            },
        )
        added += created
    return added
