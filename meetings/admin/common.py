"""What the admin's pages share: how evidence, URLs and articles read, the
re-extraction action, and the mixins of its model admins (history, ids, read-only)."""

import re
import unicodedata
from urllib import parse

from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from meetings.models import (
    Article,
)
from meetings.services.ingestion import ReextractResult, article_reextract

# The extractor may join separate sentences of the evidence with an ellipsis.
_ELLIPSIS = re.compile(r"\.\.\.|…")


def mark_evidence(text: str, evidence: str) -> SafeString:
    """The article text, escaped, with the evidence sentence(s) in <mark>.

    Evidence is matched word by word, so a difference in white space or line breaks
    does not hide it; the article text itself is never trusted as HTML.
    """
    spans = []
    for fragment in _ELLIPSIS.split(evidence or ""):
        words = fragment.split()
        if not words:
            continue
        match = re.search(r"\s+".join(map(re.escape, words)), text)
        if match:
            spans.append(match.span())
    parts, position = [], 0
    for start, end in sorted(spans):
        if start < position:
            continue
        parts += [escape(text[position:start]), "<mark>", escape(text[start:end]), "</mark>"]
        position = end
    parts.append(escape(text[position:]))
    # Safe: every piece of the text was escaped above; only our own <mark> is markup.
    return mark_safe("".join(parts))


# Left percent-encoded when a URL is decoded for display, with control characters: the
# marks that change the direction of the text around them, which could make one
# address read as another.
_BIDI_MARKS = set("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# Left as they are when a search term is encoded as URLs are stored: RFC 3986's
# reserved characters, and "%" (a term copied still encoded).
URL_RESERVED = ":/?#[]@!$&'()*+,;=%"


def display_url(url: str) -> str:
    """The URL as a reader writes it: "https://example.org/أخبار" rather than "%D8%A3...".

    For display only; links keep the URL as stored. A URL that is not UTF-8 once
    decoded is shown as it is.
    """
    try:
        decoded = parse.unquote(url, errors="strict")
    except UnicodeDecodeError:
        return url
    return "".join(
        parse.quote(char) if char in _BIDI_MARKS or unicodedata.category(char) == "Cc" else char
        for char in decoded
    )


def article_label(article: Article) -> str:
    """What the article is called (as ``str(article)``), a URL standing in for a title decoded."""
    return article.title or (display_url(article.url) if article.url else str(article))


def article_url(article: Article) -> str:
    """The article's URL decoded, as a link to the original when it may be followed."""
    if not article.url:
        return "—"
    if not article.link:
        return format_html('<span dir="ltr">{}</span>', display_url(article.url))
    return format_html(
        '<a href="{}" rel="noopener noreferrer" dir="ltr">{}</a>',
        article.link,
        display_url(article.url),
    )


def reextract_action(modeladmin: admin.ModelAdmin, request, articles) -> None:
    """Re-extract articles one by one (each in its own transaction) and report."""
    total, failed = ReextractResult(), []
    for article in articles:
        try:
            total += article_reextract(article=article)
        except Exception as error:  # one failing article must not stop the others
            failed.append(f"{article}: {error}")
    modeladmin.message_user(
        request,
        _(
            "Re-extracted: %(updated)d meeting(s) updated, %(created)d new, %(removed)d "
            "removed, %(kept)d kept as editors left them."
        )
        % {
            "updated": total.updated,
            "created": total.created,
            "removed": total.removed,
            "kept": total.kept,
        },
    )
    for message in failed:
        modeladmin.message_user(request, message, level=messages.ERROR)


class MalformedIdIs404:
    """An address whose id cannot be one ("/meetings/meeting/abc/change/") is not a
    record that may have been deleted: it answers 404 rather than a redirect, and
    never reaches the database as a value it would refuse."""

    def get_object(self, request, object_id, from_field=None):
        field = self.model._meta.get_field(from_field) if from_field else self.model._meta.pk
        _valid_or_404(field, object_id)
        return super().get_object(request, object_id, from_field)

    def history_view(self, request, object_id, extra_context=None):
        _valid_or_404(self.model._meta.pk, unquote(object_id))
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        _valid_or_404(self.model._meta.pk, unquote(object_id))
        _valid_or_404(self.model.history.model._meta.pk, version_id)
        return super().history_form_view(request, object_id, version_id, extra_context)


def _valid_or_404(field: models.Field, value: str) -> None:
    try:
        field.to_python(value)
    except ValidationError:
        raise Http404(f"{value!r} is not an id.") from None


class ReadableChanges(HistoricalRecordContextHelper):
    """A history page's changes with values as the admin shows them: a choice by its
    label ("Reviewed by an editor", translated, not "reviewed"), no value as a dash
    rather than "None"."""

    def prepare_delta_change_value(self, change, value):
        if value is None or value == "":
            return "—"
        field = self.model._meta.get_field(change.field)
        if field.choices and not isinstance(value, list):
            return dict(field.flatchoices).get(value, value)
        return super().prepare_delta_change_value(change, value)


class HistoryAdmin(SimpleHistoryAdmin):
    """simple-history's admin with its history pages in the admin's language throughout
    (templates/admin/meetings/object_history_*.html say what differs)."""

    object_history_list_template = "admin/meetings/object_history_list.html"
    object_history_form_template = "admin/meetings/object_history_form.html"

    def get_historical_record_context_helper(self, request, historical_record):
        return ReadableChanges(self.model, historical_record)


class ReadOnlyAdminMixin:
    """Pages that show records editors may look at (or act on) but never edit."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
