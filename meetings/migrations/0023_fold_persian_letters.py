"""Normalise again the names written with a Persian keyboard's letters (ی، ک).

`normalize_arabic` now reads them as ي and ك; the normalised names and aliases stored
before (which resolution and the participants' name index compare) are rewritten.
"""

from django.db import migrations, models

from meetings.extraction.normalize import normalize_arabic

PERSIAN_LETTERS = "[\u06cc\u06a9\u06c0\u06d5]"


def normalise_again(apps, schema_editor):
    Participant = apps.get_model("meetings", "Participant")
    aliases = models.Func(
        models.F("aliases"),
        models.Value(" "),
        function="array_to_string",
        output_field=models.TextField(),
    )
    written = Participant.objects.annotate(aliases_text=aliases).filter(
        models.Q(name__regex=PERSIAN_LETTERS) | models.Q(aliases_text__regex=PERSIAN_LETTERS)
    )
    for participant in written.only("pk", "name", "aliases").iterator():
        Participant.objects.filter(pk=participant.pk).update(
            name_normalized=normalize_arabic(participant.name),
            aliases_normalized=[normalize_arabic(alias) for alias in participant.aliases],
        )


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0022_month_totals"),
    ]

    operations = [migrations.RunPython(normalise_again, migrations.RunPython.noop)]
