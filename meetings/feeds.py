"""Atom feeds of any filtered meeting list, so a reader can follow e.g. Italy + migration."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from meetings.exports import invalid_filters
from meetings.selectors import active_filters
from meetings.views import meeting_filterset, with_list_relations

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
        # Who met whom, then when: "سالم – ماركو، 14 مايو 2024"; the place when no one
        # is named. Escaped as Django escapes titles by default (ticket #6533): many
        # feed readers show titles as HTML, and names are news text and editors' input.
        names = " – ".join(p.participant.name for p in meeting.participations.all())
        who = names or meeting.place
        date = meeting.date_label()
        # Translators: who met whom (or the place), then the date: "X – Y, May 14, 2024".
        return escape(_("%(who)s, %(date)s") % {"who": who, "date": date} if who else date)

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
