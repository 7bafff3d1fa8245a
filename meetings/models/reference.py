"""Reference data: ministries, countries and topics, keyed by their codes."""

from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.extraction.codes import MINISTRIES
from meetings.links import page_url


class Ministry(models.TextChoices):
    # Labels are Arabic-first like the rest of the interface; English via translations.
    INTERIOR = "interior", _("Interior")
    FOREIGN = "foreign", _("Foreign affairs")
    DEFENSE = "defense", _("Defence")
    JUSTICE = "justice", _("Justice")
    TRANSPORT = "transport", _("Transport")
    COMMUNICATIONS = "communications", _("Communications")
    FINANCE = "finance", _("Finance")
    ECONOMY = "economy", _("Economy")
    HEALTH = "health", _("Health")
    LABOUR = "labour", _("Labour")
    OIL = "oil", _("Oil")
    OTHER = "other", _("Other portfolio")


assert {code for code, _ar, _en in MINISTRIES} == set(Ministry.values), "codes.py drifted"


class Country(models.Model):
    """A state by ISO 3166-1 alpha-2 code, plus EU and UN as the extraction spec has them."""

    code = models.CharField(_("code"), max_length=2, primary_key=True)
    name_ar = models.CharField(_("Arabic name"), max_length=100)
    name_en = models.CharField(_("English name"), max_length=100)

    class Meta:
        ordering = ["name_ar"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name_ar

    def get_absolute_url(self) -> str:
        return page_url("meetings:country", self.code)


class Topic(models.Model):
    """A subject of meetings; its cue words are what the extractor looks for in the text."""

    code = models.SlugField(_("code"), max_length=40, primary_key=True)
    name_ar = models.CharField(_("Arabic name"), max_length=100)
    name_en = models.CharField(_("English name"), max_length=100)
    cue_words = ArrayField(
        models.CharField(max_length=100),
        default=list,
        blank=True,
        verbose_name=_("cue words"),
        help_text=_("Arabic words or phrases that mark a meeting as being about this topic."),
    )
    history = HistoricalRecords(
        verbose_name=_("historical topic"), verbose_name_plural=_("historical topics")
    )

    class Meta:
        ordering = ["name_ar"]
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def __str__(self) -> str:
        return self.name_ar

    def get_absolute_url(self) -> str:
        return page_url("meetings:topic", self.code)
