import django.contrib.postgres.indexes
from django.db import migrations, models

import meetings.models
from meetings.search import EXACT_CONFIG, EXACT_FOLD_FROM, EXACT_FOLD_TO, NAME_SEPARATOR

# Immutable, as an index expression must be (array_to_string is only stable, since it
# could format any element type; here the elements are text). The forms are folded as
# exact search folds them, each set apart by NAME_SEPARATOR so a phrase never runs from
# one form into the next.
CREATE_FUNCTION = f"""
CREATE FUNCTION meetings_participant_names(name text, aliases text[])
RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN to_tsvector(
    '{EXACT_CONFIG}'::regconfig,
    translate(
        concat_ws('{NAME_SEPARATOR}', name, array_to_string(aliases, '{NAME_SEPARATOR}')),
        '{EXACT_FOLD_FROM}',
        '{EXACT_FOLD_TO}'
    )
);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0019_count_sample_step_indexes"),
    ]

    operations = [
        migrations.RunSQL(
            CREATE_FUNCTION,
            reverse_sql="DROP FUNCTION meetings_participant_names(text, text[]);",
        ),
        migrations.AddIndex(
            model_name="participant",
            index=django.contrib.postgres.indexes.GinIndex(
                meetings.models.ParticipantNames("name_normalized", "aliases_normalized"),
                condition=models.Q(("kind", "person")),
                name="participant_names_idx",
            ),
        ),
    ]
