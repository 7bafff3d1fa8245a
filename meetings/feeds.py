"""Atom feeds of any filtered meeting list, so a reader can follow e.g. Italy + migration."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from meetings.selectors import active_filters
from meetings.views import invalid_filters, meeting_filterset, with_list_relations

FEED_SIZE = 50


class MeetingFeed(Feed):
    feed_type = Atom1Feed
    # Items are rendered in Python (no template), from the prefetched relations.
    description_template = None

    def __call__(self, request, *args, **kwargs):
        filterset = meeting_filterset(request)
        if not filterset.is_valid():
            return invalid_filters(filterset)
        return super().__call__(request, *args, **kwargs)

    def get_object(self, request):
        self.request = request
        return meeting_filterset(request)

    def title(self, filterset):
        chosen = [chip.label for chip in active_filters(filterset)]
        return _("Meetings archive") + (": " + " + ".join(chosen) if chosen else "")

    def link(self, filterset):
        query = self.request.GET.urlencode()
        return reverse("meetings:meeting_list") + (f"?{query}" if query else "")

    def feed_url(self, filterset):
        return self.request.get_full_path()

    def items(self, filterset):
        return with_list_relations(filterset.qs.newest_first())[:FEED_SIZE]

    def item_title(self, meeting):
        return " — ".join(filter(None, [str(meeting.date_label()), meeting.place]))

    def item_description(self, meeting):
        # Atom gives the description as <summary type="html">: feed readers render it as
        # markup, so names and offices (news text, editors' input) are escaped first.
        return "، ".join(
            escape(f"{p.participant.name} ({p.role})" if p.role else p.participant.name)
            for p in meeting.participations.all()
        )

    def item_pubdate(self, meeting):
        return meeting.created_at

    def item_updateddate(self, meeting):
        return meeting.updated_at
