"""Articles: read, and re-extracted."""

from urllib import parse

from django.contrib import admin
from django.db.models import Count
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from meetings.admin.common import (
    URL_RESERVED,
    MalformedIdIs404,
    article_label,
    article_url,
    reextract_action,
)
from meetings.models import (
    Article,
    MeetingSource,
)


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
        encoded = parse.quote(term, safe=URL_RESERVED)
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
        reextract_action(self, request, queryset)
