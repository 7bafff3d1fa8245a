"""Fill the new search_names column of existing meetings and index the unstemmed vectors.

Apart from 0015: filling fires the facet triggers (migration 0006), and PostgreSQL
will not build an index in the transaction that has pending trigger events.
"""

import django.contrib.postgres.indexes
from django.db import migrations

from meetings.search import NAME_SEPARATOR, search_normalize


def fill_search_names(apps, schema_editor):
    """Every meeting's people's names, as meeting_refresh_derived writes them."""
    Meeting = apps.get_model("meetings", "Meeting")
    Participation = apps.get_model("meetings", "Participation")
    names: dict[int, list[str]] = {}
    people = Participation.objects.filter(participant__kind="person").order_by("pk")
    for meeting_id, name, aliases in people.values_list(
        "meeting_id", "participant__name", "participant__aliases"
    ).iterator():
        names.setdefault(meeting_id, []).extend([name, *aliases])
    for meeting_id, forms in names.items():
        Meeting.objects.filter(pk=meeting_id).update(
            search_names=NAME_SEPARATOR.join(search_normalize(form) for form in forms)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0015_meeting_exact_search"),
    ]

    operations = [
        migrations.RunPython(fill_search_names, migrations.RunPython.noop),
        migrations.AddIndex(
            model_name='meeting',
            index=django.contrib.postgres.indexes.GinIndex(fields=['names_vector'], name='meeting_names_search_idx'),
        ),
        migrations.AddIndex(
            model_name='meeting',
            index=django.contrib.postgres.indexes.GinIndex(fields=['exact_vector'], name='meeting_exact_search_idx'),
        ),
    ]
