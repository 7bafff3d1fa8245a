"""Topics (editable: names and cue words) and countries (read only)."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from meetings.admin.common import HistoryAdmin, ReadOnlyAdminMixin
from meetings.admin.forms import TopicForm
from meetings.models import (
    Country,
    Topic,
)
from meetings.services.derived import data_version_bump


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
