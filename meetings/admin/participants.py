"""Participants: renaming, merging, changing their kind, deleting."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db import transaction
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from meetings.admin.common import HistoryAdmin, MalformedIdIs404
from meetings.admin.forms import ParticipantForm
from meetings.extraction.normalize import normalize_arabic
from meetings.models import (
    Participant,
)
from meetings.services.curation import (
    participant_delete,
    participant_editor_save,
    participant_merge,
    participant_set_kind,
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
