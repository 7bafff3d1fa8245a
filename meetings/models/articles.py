"""Articles: the source texts, each stored once."""

import hashlib

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import (
    SearchVectorField,
)
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from meetings.models.dates import validate_plausible_date
from meetings.models.searching import weighted_search_vector


class Article(models.Model):
    """One source text, stored once however often it is ingested (see content_hash)."""

    url = models.URLField(_("URL"), max_length=2000, blank=True)
    outlet = models.CharField(_("outlet"), max_length=200, blank=True)
    title = models.CharField(_("title"), max_length=1000, blank=True)
    published = models.DateField(
        _("published"), null=True, blank=True, validators=[validate_plausible_date]
    )
    raw_text = models.TextField(_("raw text"))
    text = models.TextField(_("cleaned text"))
    content_hash = models.CharField(_("content hash"), max_length=64, unique=True, editable=False)
    ingested_at = models.DateTimeField(_("ingested at"), default=timezone.now, editable=False)
    # Filled by ingestion with camel-tools-normalised text; PostgreSQL cannot run camel-tools.
    search_title = models.TextField(default="", blank=True, editable=False)
    search_body = models.TextField(default="", blank=True, editable=False)
    search_vector = models.GeneratedField(
        expression=weighted_search_vector(("search_title", "A"), ("search_body", "C")),
        output_field=SearchVectorField(),
        db_persist=True,
    )

    class Meta:
        ordering = ["-published", "-ingested_at"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [
            models.Index(fields=["published"], name="article_published_idx"),
            GinIndex(fields=["search_vector"], name="article_search_idx"),
        ]

    def __str__(self) -> str:
        return self.title or self.url or f"#{self.pk}"

    @property
    def link(self) -> str:
        """The original's address when it is an http(s) URL, for use as a link.

        Ingestion refuses other schemes; this keeps a ``javascript:`` URL that reached
        the database some other way from ever becoming a clickable link.
        """
        return self.url if self.url.lower().startswith(("http://", "https://")) else ""

    @staticmethod
    def hash_text(text: str) -> str:
        """Hash of the text with white space folded, so re-wrapped copies are one article."""
        folded = " ".join(text.split())
        return hashlib.sha256(folded.encode("utf-8")).hexdigest()
