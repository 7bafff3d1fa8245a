"""Quoted phrases are searched as written in the text (Meeting.phrase_vector), and
history stops copying the search columns (the vectors go first: they are computed
from the text columns).
"""

import django.contrib.postgres.indexes
import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('meetings', '0016_fill_search_names'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='search_vector',
        ),
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='exact_vector',
        ),
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='names_vector',
        ),
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='search_body',
        ),
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='search_entities',
        ),
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='search_names',
        ),
        migrations.RemoveField(
            model_name='historicalmeeting',
            name='search_title',
        ),
        migrations.AddField(
            model_name='meeting',
            name='phrase_vector',
            field=models.GeneratedField(db_persist=True, expression=django.contrib.postgres.search.SearchVector(models.Func(models.F('search_title'), models.Value('أإآٱة'), models.Value('ااااه'), function='translate', output_field=models.TextField()), models.Func(models.F('search_body'), models.Value('أإآٱة'), models.Value('ااااه'), function='translate', output_field=models.TextField()), config='simple'), output_field=django.contrib.postgres.search.SearchVectorField()),
        ),
        migrations.AddIndex(
            model_name='meeting',
            index=django.contrib.postgres.indexes.GinIndex(fields=['phrase_vector'], name='meeting_phrase_search_idx'),
        ),
        # A new column has no statistics until autovacuum gets to it, and without them
        # the planner guesses a common quoted phrase matches a handful of meetings
        # (p95 of 1.8 s instead of 0.14 s at 200k meetings).
        migrations.RunSQL("ANALYZE meetings_meeting", migrations.RunSQL.noop),
    ]
