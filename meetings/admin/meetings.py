"""Meetings and their participations, the deleted ones included."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from meetings.admin.common import (
    HistoryAdmin,
    MalformedIdIs404,
    ReadOnlyAdminMixin,
    article_label,
    article_url,
    mark_evidence,
    reextract_action,
)
from meetings.models import (
    Article,
    Meeting,
    Participant,
    Participation,
)
from meetings.services.curation import (
    RestoreError,
    meeting_editor_save,
    meeting_mark_reviewed,
    meeting_reject,
    participation_editor_save,
    participation_remove,
    participation_restore,
)
from meetings.services.derived import meeting_refresh_derived, refresh_once
from meetings.services.reports import EXTRACTED_MEETING_FIELDS


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
        reextract_action(
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
