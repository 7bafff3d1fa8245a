"""The editors' admin: curating meetings, participants and topics.

Every save goes through the curation services, which record that an editor made the
change so re-extraction leaves it alone; SimpleHistoryAdmin shows who changed what,
when, and can revert it.
"""

import re
import unicodedata
from urllib import parse

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.contrib.postgres.forms import SimpleArrayField
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models, transaction
from django.db.models import Count, Q
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from simple_history.admin import SimpleHistoryAdmin
from simple_history.template_utils import HistoricalRecordContextHelper

from meetings.extraction.normalize import normalize_arabic
from meetings.models import (
    Article,
    Country,
    Meeting,
    MeetingSource,
    Participant,
    Participation,
    Topic,
)
from meetings.services.curation import (
    RestoreError,
    meeting_editor_save,
    meeting_mark_reviewed,
    meeting_reject,
    participant_delete,
    participant_editor_save,
    participant_merge,
    participant_set_kind,
    participation_editor_save,
    participation_remove,
    participation_restore,
)
from meetings.services.derived import data_version_bump, meeting_refresh_derived, refresh_once
from meetings.services.ingestion import EXTRACTED_MEETING_FIELDS, ReextractResult, article_reextract

admin.site.site_header = _("Meetings archive")
admin.site.site_title = _("Meetings archive")

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
_URL_RESERVED = ":/?#[]@!$&'()*+,;=%"


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


class LinesArrayField(SimpleArrayField):
    """A list edited one item per line; blank lines are ignored."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", forms.Textarea(attrs={"rows": 5, "dir": "rtl"}))
        super().__init__(forms.CharField(max_length=300), delimiter="\n", **kwargs)

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value):
        lines = [line.strip() for line in (value or "").splitlines()]
        return super().to_python("\n".join(line for line in lines if line))


class ParticipantForm(forms.ModelForm):
    aliases = LinesArrayField(
        required=False,
        label=_("aliases"),
        help_text=_("One form of the name per line; articles using any of them link here."),
    )

    class Meta:
        model = Participant
        fields = ["name", "aliases", "kind", "country"]


class TopicForm(forms.ModelForm):
    cue_words = LinesArrayField(
        required=False,
        label=_("cue words"),
        help_text=_("One Arabic word or phrase per line; used from the next (re-)extraction."),
    )

    class Meta:
        model = Topic
        fields = ["code", "name_ar", "name_en", "cue_words"]


def _reextract(modeladmin: admin.ModelAdmin, request, articles) -> None:
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


class ParticipationLabels:
    """A participation's participant and meeting named in the admin's language.

    Django names a foreign key after its field ("participant"), which no translation
    reaches; a verbose_name on the model would take a migration, so the admin names
    them, in forms and as list columns.
    """

    foreign_key_labels = {"meeting": _("meeting"), "participant": _("participant")}

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if formfield is not None and db_field.name in self.foreign_key_labels:
            formfield.label = self.foreign_key_labels[db_field.name]
        return formfield

    @admin.display(description=_("participant"), ordering="participant__name")
    def participant_name(self, participation) -> Participant | None:
        return participation.participant

    @admin.display(description=_("meeting"), ordering="meeting")
    def meeting_name(self, participation) -> Meeting | None:
        return participation.meeting


class ParticipationInline(ParticipationLabels, admin.TabularInline):
    model = Participation
    extra = 0
    # The country too: a plain select would list every country again on each row.
    autocomplete_fields = ["participant", "country"]
    fields = [
        "participant",
        "edit_participant",
        "role",
        "organization",
        "ministry",
        "country",
        "origin",
    ]
    readonly_fields = ["edit_participant", "origin"]
    # Every field is as wide as its column (static/css/admin.css), and the table as wide
    # as the form: no row scrolls sideways, in Arabic or English.

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("participant", "country")

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if db_field.name in ("participant", "country"):
            # Select2 would fix the box at the width the select first had.
            formfield.widget.widget.attrs["data-width"] = "100%"
        if db_field.name == "country":
            # A country is picked, not edited: no view/change links beside the list.
            formfield.widget.can_view_related = False
        return formfield

    @admin.display(description=_("participant's page"))
    def edit_participant(self, participation: Participation) -> str:
        if not participation.pk:
            return "—"
        url = reverse("admin:meetings_participant_change", args=[participation.participant_id])
        return format_html(
            '<a class="edit-participant" href="{}" title="{}">{}</a>',
            url,
            _("Correct the name, aliases or country"),
            participation.participant.name,
        )


@admin.register(Meeting)
class MeetingAdmin(MalformedIdIs404, HistoryAdmin):
    list_display = [
        "date_label",
        "participant_names",
        "place",
        "place_country",
        "review_state",
        "updated_at",
    ]
    list_filter = [
        "review_state",
        "date",
        ("countries", admin.RelatedOnlyFieldListFilter),
        ("topics", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["place_country"]
    search_fields = ["place", "participations__participant__name", "sources__article__title"]
    # What an extraction sets, which editors correct (and re-extraction then keeps).
    fields = [*EXTRACTED_MEETING_FIELDS, "review_state"]
    autocomplete_fields = ["countries"]
    inlines = [ParticipationInline]
    actions = ["mark_reviewed", "reject", "reextract"]

    def get_queryset(self, request):
        # Each row names its participants (and so does Meeting.__str__): one prefetch
        # for the page rather than a query per row.
        return super().get_queryset(request).prefetch_related("participations__participant")

    @admin.display(description=_("date"), ordering="date")
    def date_label(self, meeting: Meeting) -> str:
        # As precise as the text was: "May 2024" for a month, not its first day.
        return meeting.date_label()

    @admin.display(description=_("participants"))
    def participant_names(self, meeting: Meeting) -> str:
        names = " – ".join(p.participant.name for p in meeting.participations.all())
        return names or self.get_empty_value_display()

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "topics":
            # A dozen topics: all in sight as checkboxes beats searching for them.
            kwargs["widget"] = forms.CheckboxSelectMultiple
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # get_object is None for an id that is not a meeting's, "abc" included; the
        # change view then answers as Django's admin does for any missing object.
        meeting = self.get_object(request, unquote(object_id))
        sources = meeting.sources.select_related("article") if meeting else []
        extra_context = {
            **(extra_context or {}),
            "sources": [
                {
                    "article": source.article,
                    "label": article_label(source.article),
                    "link": article_url(source.article) if source.article.url else "",
                    "text": mark_evidence(source.article.text, source.evidence),
                }
                for source in sources
            ],
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        # The meeting, each participation, then countries and topics are saved in turn;
        # what is derived from them is written once, after the last, in the same
        # transaction (the view's own is a savepoint inside this one).
        with transaction.atomic(), refresh_once():
            return super().changeform_view(request, object_id, form_url, extra_context)

    def save_model(self, request, obj, form, change):
        meeting_editor_save(meeting=obj, changed_fields=form.changed_data)

    def save_formset(self, request, form, formset, change):
        participations = formset.save(commit=False)
        for participation in formset.deleted_objects:
            participation_remove(participation=participation)
        for participation in participations:
            participation_editor_save(participation=participation)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Countries and topics are saved after the meeting: search text follows them.
        meeting_refresh_derived(meeting=form.instance)

    @transaction.atomic
    def history_form_view(self, request, object_id, version_id, extra_context=None):
        with refresh_once():
            response = super().history_form_view(request, object_id, version_id, extra_context)
            # A revert saves countries and topics after save_model, without save_related.
            if request.method == "POST" and response.status_code == 302:
                meeting_refresh_derived(meeting=Meeting.objects.get(pk=object_id))
        return response

    # Actions apply to every selected object or to none.
    @admin.action(description=_("Mark as reviewed"), permissions=["change"])
    @transaction.atomic
    def mark_reviewed(self, request, queryset):
        marked = meeting_mark_reviewed(meetings=queryset)
        self.message_user(
            request,
            ngettext("%d meeting marked as reviewed.", "%d meetings marked as reviewed.", marked)
            % marked,
        )

    @admin.action(
        description=_("Reject: not a meeting (hidden from the public archive)"),
        permissions=["change"],
    )
    @transaction.atomic
    def reject(self, request, queryset):
        rejected = meeting_reject(meetings=queryset)
        self.message_user(
            request,
            ngettext("%d meeting rejected.", "%d meetings rejected.", rejected) % rejected,
        )

    # Not atomic as a whole: each article is re-extracted in its own transaction.
    @admin.action(description=_("Re-extract from their articles"), permissions=["change"])
    def reextract(self, request, queryset):
        _reextract(
            self, request, Article.objects.filter(meeting_sources__meeting__in=queryset).distinct()
        )


@admin.register(Participation)
class ParticipationAdmin(MalformedIdIs404, ParticipationLabels, HistoryAdmin):
    """Participations are edited on their meeting; this page keeps their own history.

    Changes made in the meetings' participant tables are viewed and reverted here.
    """

    list_display = ["participant_name", "meeting_name", "role", "country", "origin"]
    list_filter = ["origin", "ministry"]
    list_select_related = ["participant", "meeting", "country"]
    search_fields = ["participant__name", "role", "organization"]
    autocomplete_fields = ["participant"]
    raw_id_fields = ["meeting"]
    fields = ["meeting", "participant", "role", "organization", "ministry", "country", "origin"]
    readonly_fields = ["origin"]

    def get_queryset(self, request):
        # A meeting reads as its participants' names (Meeting.__str__).
        return (
            super().get_queryset(request).prefetch_related("meeting__participations__participant")
        )

    def save_model(self, request, obj, form, change):
        participation_editor_save(participation=obj)

    def delete_model(self, request, obj):
        participation_remove(participation=obj)

    @transaction.atomic
    def delete_queryset(self, request, queryset):
        for participation in queryset.select_related("meeting", "participant"):
            participation_remove(participation=participation)


class ReadOnlyAdminMixin:
    """Pages that show records editors may look at (or act on) but never edit."""

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def _deleted_label(record) -> str:
    """A deleted participation's history record named as the participation was."""
    try:
        return str(record.instance)
    except ObjectDoesNotExist:  # its participant was deleted too
        return record.role or f"#{record.id}"


@admin.register(Participation.history.model)
class DeletedParticipationAdmin(
    MalformedIdIs404, ReadOnlyAdminMixin, ParticipationLabels, admin.ModelAdmin
):
    """Participations editors deleted, with an action that puts them back.

    A deleted object has no history page of its own to revert from; its deletion is
    still a history record, and this list is where it can be undone.
    """

    # Named columns and fields: simple-history's own fields have English names only.
    list_display = ["participant_name", "meeting_name", "role", "deleted_on", "deleted_by"]
    list_select_related = ["participant", "meeting", "history_user"]
    fields = [
        "participant_name",
        "meeting_name",
        "role",
        "organization",
        "ministry",
        "country",
        "origin",
        "deleted_on",
        "deleted_by",
    ]
    readonly_fields = fields
    actions = ["restore"]

    def get_queryset(self, request):
        live = Participation.objects.values("pk")
        return (
            super()
            .get_queryset(request)
            .filter(history_type="-")
            .exclude(id__in=live)
            .prefetch_related("meeting__participations__participant")
        )

    # Read-only but for the action: who may add a participation may bring one back.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("meetings.add_participation")

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # Named as the participation was, not "… as of <time>" (simple-history's, English).
        context["subtitle"] = _deleted_label(obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    @admin.display(description=_("deleted on"), ordering="history_date")
    def deleted_on(self, record):
        return record.history_date

    @admin.display(description=_("deleted by"), ordering="history_user__username")
    def deleted_by(self, record):
        # The dash, not "None", when no one signed in did it (a command, a script).
        return record.history_user or self.get_empty_value_display()

    @admin.action(description=_("Restore the selected participations"))
    def restore(self, request, queryset):
        restored = 0
        for record in queryset:
            try:
                participation_restore(record=record)
            except RestoreError as error:
                self.message_user(request, f"{_deleted_label(record)}: {error}", messages.WARNING)
            else:
                restored += 1
        self.message_user(
            request,
            ngettext("%d participation restored.", "%d participations restored.", restored)
            % restored,
        )


@admin.register(Participant)
class ParticipantAdmin(MalformedIdIs404, HistoryAdmin):
    form = ParticipantForm
    list_display = ["name", "kind", "country", "meeting_count", "edited_by_editor"]
    list_filter = ["kind", ("country", admin.RelatedOnlyFieldListFilter), "edited_by_editor"]
    list_select_related = ["country"]
    # Explicit: with the meeting count's GROUP BY, the model's Meta.ordering is ignored.
    ordering = ["name"]
    # Searched through every normalised form of the name; see get_search_results.
    search_fields = ["name"]
    fields = ["name", "aliases", "kind", "country", "edited_by_editor", "meeting_links"]
    readonly_fields = ["edited_by_editor", "meeting_links"]
    actions = ["merge", "mark_person", "mark_institution"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(meeting_count=Count("participations"))

    def get_search_results(self, request, queryset, search_term):
        """Match the search term against the name and every alias, normalised.

        Used by the participant autocomplete on meetings too, so "أحمد" finds "احمد".
        """
        term = normalize_arabic(search_term)
        if not term:
            return queryset, False
        matches = Q(name_normalized__icontains=term) | Q(aliases_normalized__icontains=term)
        return queryset.filter(matches), False

    @admin.display(description=_("meetings"), ordering="meeting_count")
    def meeting_count(self, participant: Participant) -> int:
        return participant.meeting_count

    @admin.display(description=_("meetings"))
    def meeting_links(self, participant: Participant) -> str:
        meetings = participant.meetings.order_by("-date").prefetch_related(
            "participations__participant"
        )
        return (
            format_html_join(
                "",
                '<a href="{}">{}</a><br>',
                ((reverse("admin:meetings_meeting_change", args=[m.pk]), str(m)) for m in meetings),
            )
            or "—"
        )

    def save_model(self, request, obj, form, change):
        previous_name = form.initial.get("name") if change else None
        participant_editor_save(participant=obj, previous_name=previous_name)

    def delete_model(self, request, obj):
        participant_delete(participant=obj)

    @transaction.atomic
    def delete_queryset(self, request, queryset):
        for participant in queryset:
            participant_delete(participant=participant)

    def has_merge_permission(self, request) -> bool:
        # Merging deletes the duplicates, so it takes both permissions.
        return self.has_change_permission(request) and self.has_delete_permission(request)

    @admin.action(description=_("Mark as person"), permissions=["change"])
    def mark_person(self, request, queryset):
        changed = participant_set_kind(participants=queryset, kind=Participant.Kind.PERSON)
        self.message_user(
            request,
            ngettext(
                "%d participant marked as a person.", "%d participants marked as persons.", changed
            )
            % changed,
        )

    @admin.action(description=_("Mark as institution"), permissions=["change"])
    def mark_institution(self, request, queryset):
        changed = participant_set_kind(participants=queryset, kind=Participant.Kind.INSTITUTION)
        self.message_user(
            request,
            ngettext(
                "%d participant marked as an institution.",
                "%d participants marked as institutions.",
                changed,
            )
            % changed,
        )

    @admin.action(description=_("Merge the selected participants into one"), permissions=["merge"])
    @transaction.atomic
    def merge(self, request, queryset):
        # The changelist's queryset: meeting counts (get_queryset) and countries
        # (list_select_related) come with it. The one with most meetings comes first
        # and is offered as the one to keep: fewest meetings move, and it is usually
        # the name articles use most.
        participants = list(queryset.order_by("-meeting_count", "pk"))
        if len(participants) < 2:
            self.message_user(
                request, _("Select at least two participants to merge."), messages.WARNING
            )
            return None
        target = next((p for p in participants if str(p.pk) == request.POST.get("target")), None)
        if target is not None:
            duplicates = [p for p in participants if p.pk != target.pk]
            participant_merge(target=target, duplicates=duplicates)
            self.message_user(
                request,
                _("Merged %(count)d participant(s) into %(name)s.")
                % {"count": len(duplicates), "name": target.name},
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Merge participants"),
            "opts": self.model._meta,
            "participants": participants,
            "keep": participants[0],
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/meetings/participant/merge.html", context)


@admin.register(Topic)
class TopicAdmin(HistoryAdmin):
    form = TopicForm
    list_display = ["name_ar", "name_en", "code", "cue_word_count"]
    search_fields = ["name_ar", "name_en", "code", "cue_words"]

    def get_readonly_fields(self, request, obj=None):
        # The code is the primary key that URLs and the extractor use.
        return ["code"] if obj else []

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        # Cached facet counts carry the topic's names.
        data_version_bump()

    @admin.display(description=_("cue words"))
    def cue_word_count(self, topic: Topic) -> int:
        return len(topic.cue_words)


@admin.register(Country)
class CountryAdmin(ReadOnlyAdminMixin, admin.ModelAdmin):
    """Only for the meetings' country autocomplete; countries are loaded by migration."""

    search_fields = ["name_ar", "name_en", "code"]

    def has_module_permission(self, request):
        return False

    def has_view_permission(self, request, obj=None):
        # Countries are reference data of meetings: whoever sees meetings may look them up.
        return request.user.has_perm("meetings.view_meeting")


class MeetingSourceInline(admin.TabularInline):
    model = MeetingSource
    extra = 0
    can_delete = False
    fields = ["meeting_link", "evidence"]
    readonly_fields = fields
    verbose_name_plural = _("meetings")

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("meeting")

    def has_view_permission(self, request, obj=None):
        # An article's meetings are part of reading the article.
        return request.user.has_perm("meetings.view_article")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=_("meeting"))
    def meeting_link(self, source: MeetingSource) -> str:
        url = reverse("admin:meetings_meeting_change", args=[source.meeting_id])
        return format_html('<a href="{}">{}</a>', url, source.meeting)


@admin.register(Article)
class ArticleAdmin(MalformedIdIs404, admin.ModelAdmin):
    """Articles are written by ingestion only; here they are read and re-extracted."""

    list_display = ["label", "outlet", "published", "ingested_at", "meeting_count"]
    list_filter = ["published"]
    ordering = ["-published", "-ingested_at"]  # Meta.ordering is ignored with GROUP BY
    search_fields = ["title", "url", "outlet"]
    fields = ["title", "source_url", "outlet", "published", "ingested_at", "text"]
    readonly_fields = fields
    inlines = [MeetingSourceInline]
    actions = ["reextract"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(meeting_count=Count("meeting_sources"))

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_reextract_permission(self, request) -> bool:
        return request.user.has_perm("meetings.change_meeting")

    def get_search_results(self, request, queryset, search_term):
        # URLs are stored percent-encoded and shown decoded: one copied from a page
        # finds its article too.
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip()
        encoded = parse.quote(term, safe=_URL_RESERVED)
        if term and encoded != term:
            results |= queryset.filter(url__icontains=encoded)
        return results, may_have_duplicates

    @admin.display(description=_("article"))
    def label(self, article: Article) -> str:
        return article_label(article)

    @admin.display(description=_("URL"))
    def source_url(self, article: Article) -> str:
        return article_url(article)

    @admin.display(description=_("meetings"), ordering="meeting_count")
    def meeting_count(self, article: Article) -> int:
        return article.meeting_count

    @admin.action(description=_("Re-extract meetings"), permissions=["reextract"])
    def reextract(self, request, queryset):
        _reextract(self, request, queryset)
