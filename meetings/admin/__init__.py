"""The editors' admin: curating meetings, participants and topics.

Every save goes through the curation services, which record that an editor made the
change so re-extraction leaves it alone; SimpleHistoryAdmin shows who changed what,
when, and can revert it.
"""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

# Registering the model admins is importing their modules.
from meetings.admin import articles, meetings, participants, reference  # noqa: F401
from meetings.admin.common import display_url, mark_evidence

admin.site.site_header = _("Meetings archive")
admin.site.site_title = _("Meetings archive")

__all__ = ["display_url", "mark_evidence"]
