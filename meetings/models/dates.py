"""The dates the archive can hold, and how a meeting's date reads."""

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The dates the archive can hold. Anything outside is a typo or a placeholder (a feed's
# "9999-12-31", a "0001-01-01" for "unknown"), not a meeting reported in the news: it
# is refused at ingestion and in the admin, and charts never reach beyond it.
EARLIEST_DATE = datetime.date(1945, 1, 1)


def latest_date() -> datetime.date:
    """The last plausible date: a year ahead leaves room for announced meetings."""
    return timezone.localdate() + datetime.timedelta(days=366)


def is_plausible_date(value: datetime.date) -> bool:
    return EARLIEST_DATE <= value <= latest_date()


def validate_plausible_date(value: datetime.date) -> None:
    if not is_plausible_date(value):
        raise ValidationError(
            _("%(value)s is outside the dates the archive holds (%(first)s to %(last)s)."),
            code="implausible_date",
            params={"value": value, "first": EARLIEST_DATE, "last": latest_date()},
        )
