from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_reference_data(sender, **kwargs):
    # As Django adds new permissions after each migrate: codes added to the extractor's
    # data files since the database was created reach it (see reference_data.py).
    from meetings.models import Country, Topic
    from meetings.reference_data import reference_data_sync

    reference_data_sync(country_model=Country, topic_model=Topic)


class MeetingsConfig(AppConfig):
    name = "meetings"
    verbose_name = _("Meetings archive")

    def ready(self):
        post_migrate.connect(_sync_reference_data, sender=self)
