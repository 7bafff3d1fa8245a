"""Who took part in a meeting, and which articles reported it."""

from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from meetings.models.articles import Article
from meetings.models.meetings import Meeting
from meetings.models.participants import Participant
from meetings.models.reference import Country, Ministry


class MeetingSource(models.Model):
    """One article's report of a meeting, with the sentence(s) it was read from."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="sources")
    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="meeting_sources")
    evidence = models.TextField(_("evidence"), blank=True)

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "article"], name="meeting_source_unique")
        ]

    def __str__(self) -> str:
        return str(self.article)


class Participation(models.Model):
    """A participant's part in one meeting: the office, organisation and country as reported."""

    class Origin(models.TextChoices):
        EXTRACTED = "extracted", _("Extracted")
        # Added or corrected by an editor: re-extraction neither changes nor removes it.
        EDITOR = "editor", _("Added or corrected by an editor")

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="participations")
    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(_("office"), max_length=300, blank=True)
    organization = models.CharField(_("organisation"), max_length=300, blank=True)
    ministry = models.CharField(_("ministry"), max_length=20, choices=Ministry, blank=True)
    country = models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="participations",
    )
    origin = models.CharField(
        _("origin"), max_length=20, choices=Origin, default=Origin.EXTRACTED, editable=False
    )
    # Copies of the meeting's date and of whether it is public, written only by
    # ``meeting_refresh_derived``: a participant's timeline and offices are then read
    # from this table's indexes alone, however many meetings the participant has.
    meeting_date = models.DateField(null=True, editable=False)
    meeting_public = models.BooleanField(default=True, editable=False)
    history = HistoricalRecords(
        verbose_name=_("historical participation"),
        verbose_name_plural=_("historical participations"),
    )

    class Meta:
        ordering = ["pk"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(fields=["meeting", "participant"], name="participation_unique")
        ]
        indexes = [
            models.Index(fields=["participant", "meeting"], name="participation_participant_idx"),
            models.Index(fields=["ministry"], name="participation_ministry_idx"),
            models.Index(
                "participant",
                F("meeting_date").desc(nulls_last=True),
                F("meeting").desc(),
                name="participation_timeline_idx",
                condition=Q(meeting_public=True),
            ),
            models.Index(
                fields=[
                    "participant",
                    "role",
                    "organization",
                    "ministry",
                    "country",
                    "meeting_date",
                ],
                name="participation_offices_idx",
                condition=Q(meeting_public=True),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.participant} — {self.role}" if self.role else str(self.participant)


class ParticipationRemoval(models.Model):
    """A participant an editor took off a meeting, so re-extraction does not put them back.

    Kept by normalised name form rather than by participant, so it still holds after
    the participant is renamed, merged into another or deleted.
    """

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="removals")
    name_normalized = models.CharField(max_length=300)
    removed_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("removed participant")
        verbose_name_plural = _("removed participants")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "name_normalized"], name="participation_removal_unique"
            )
        ]

    def __str__(self) -> str:
        return self.name_normalized
