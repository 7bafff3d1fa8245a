"""Participants: a person or an institution once across the archive, and the ids
of those merged into another."""

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import (
    SearchVectorField,
)
from django.db import models
from django.db.models import Func, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.extraction.normalize import normalize_arabic
from meetings.links import page_url
from meetings.models.reference import Country


class ParticipantQuerySet(models.QuerySet):
    def named(self, name: str):
        """Participants whose canonical name or an alias normalises to ``name``'s form."""
        normalized = normalize_arabic(name)
        return self.filter(
            Q(name_normalized=normalized) | Q(aliases_normalized__contains=[normalized])
        )


class ParticipantNames(Func):
    """Every form of a participant's name (its normalised name and aliases) as one
    unstemmed vector, each form its own phrase, with the spellings exact search does not
    tell apart folded: what a query's run of words is compared with to tell whether it
    is (part of) someone's name. PostgreSQL function of migration 0020, declared
    immutable so that a GIN index can hold it."""

    function = "meetings_participant_names"
    output_field = SearchVectorField()


class Participant(models.Model):
    """A person or an institution that takes part in meetings, once across the archive."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Person")
        INSTITUTION = "institution", _("Institution")

    name = models.CharField(_("name"), max_length=300, help_text=_("Canonical Arabic name."))
    name_normalized = models.CharField(max_length=300, editable=False, db_index=True)
    aliases = ArrayField(
        models.CharField(max_length=300),
        default=list,
        blank=True,
        verbose_name=_("aliases"),
        help_text=_("Other forms of the name found in articles or added by editors."),
    )
    aliases_normalized = ArrayField(
        models.CharField(max_length=300), default=list, blank=True, editable=False
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.PERSON)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participants",
    )
    # Set when an editor renames, merges or otherwise changes the participant: from then
    # on ingestion only links to it and never rewrites its name or country.
    edited_by_editor = models.BooleanField(_("edited by an editor"), default=False, editable=False)
    history = HistoricalRecords(
        verbose_name=_("historical participant"),
        verbose_name_plural=_("historical participants"),
    )

    objects = ParticipantQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        indexes = [
            GinIndex(
                fields=["name_normalized"], opclasses=["gin_trgm_ops"], name="participant_name_trgm"
            ),
            GinIndex(fields=["aliases_normalized"], name="participant_aliases_idx"),
            # A query's candidate name runs are looked up here (MeetingSearch): among
            # the people, not among every meeting's names, which grow with the archive.
            GinIndex(
                ParticipantNames("name_normalized", "aliases_normalized"),
                name="participant_names_idx",
                condition=Q(kind="person"),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs):
        # Derived columns only: kept in step with the fields they come from, whoever saves.
        self.name_normalized = normalize_arabic(self.name)
        self.aliases_normalized = [normalize_arabic(alias) for alias in self.aliases]
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return page_url("meetings:participant", self.pk)

    def name_forms(self) -> set[str]:
        """Every normalised form of the name: the canonical one and the aliases."""
        return {self.name_normalized, *self.aliases_normalized}


class MergedParticipant(models.Model):
    """The id of a participant merged into another, and the one it was merged into.

    Its page's address may be cited anywhere, so it keeps leading to the survivor
    (a permanent redirect) after the duplicate itself is deleted (issue #10). Written
    only by ``participant_merge``, which also re-points the ids merged into a
    participant that is merged in turn, so one lookup always finds a live participant.
    """

    old_id = models.BigIntegerField(primary_key=True)
    survivor = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="merged_ids")
    merged_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("merged participant")
        verbose_name_plural = _("merged participants")

    def __str__(self) -> str:
        return f"{self.old_id} → {self.survivor_id}"
