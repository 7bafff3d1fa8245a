"""Editors may reject a meeting: hidden from the public archive, never recreated."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("meetings", "0007_editors_add_participant"),
    ]

    operations = [
        migrations.AlterField(
            model_name="historicalmeeting",
            name="review_state",
            field=models.CharField(
                choices=[
                    ("extracted", "Extracted"),
                    ("reviewed", "Reviewed by an editor"),
                    ("rejected", "Rejected by an editor"),
                ],
                default="extracted",
                max_length=20,
                verbose_name="review state",
            ),
        ),
        migrations.AlterField(
            model_name="meeting",
            name="review_state",
            field=models.CharField(
                choices=[
                    ("extracted", "Extracted"),
                    ("reviewed", "Reviewed by an editor"),
                    ("rejected", "Rejected by an editor"),
                ],
                default="extracted",
                max_length=20,
                verbose_name="review state",
            ),
        ),
        migrations.AlterField(
            model_name="meetingfacetrow",
            name="review_state",
            field=models.CharField(
                choices=[
                    ("extracted", "Extracted"),
                    ("reviewed", "Reviewed by an editor"),
                    ("rejected", "Rejected by an editor"),
                ],
                max_length=20,
            ),
        ),
    ]
