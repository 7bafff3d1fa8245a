"""Pages of meetings: found as ids first, counted once (or estimated), and a
last page that may be open-ended when the count is an estimate."""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from meetings import selectors

PAGE_SIZE = 25


class PagedByIds:
    """A list of meetings whose pages are found as ids first, in the order a narrow
    index holds them, then read as the rows the page prints (`selectors.meeting_rows`;
    with a search ``query``, snippets of its matches).

    A page's OFFSET reads every row it skips: skipping index entries keeps page 4,000
    of the archive about as quick as page 1, where skipping whole meetings would not.
    """

    def __init__(self, ids: QuerySet | tuple[int, ...], *, query: str = ""):
        self.ids = ids
        self.query = query

    def count(self) -> int:
        return len(self.ids) if isinstance(self.ids, tuple) else self.ids.count()

    def __getitem__(self, index: slice) -> selectors.PageRows:
        return selectors.PageRows(list(self.ids[index]), query=self.query)


class CountedPaginator(Paginator):
    """A Paginator told its count: counts are taken (and cached) by the selectors."""

    estimated = False

    def __init__(self, object_list, per_page, *, count: int):
        super().__init__(object_list, per_page)
        self.count = count


class OpenEndedPage(Page):
    """A page that knows whether another follows from the one row more it read.

    Only that differs from a Page: its paginator's num_pages and end_index() still
    follow the estimate, and templates show neither for an estimated list.
    """

    def __init__(self, object_list, number, paginator, *, has_next: bool):
        super().__init__(object_list, number, paginator)
        self._has_next = has_next

    def has_next(self):
        return self._has_next


class EstimatedPaginator(CountedPaginator):
    """Pages of a list whose count is an estimate (see selectors.ListCounts): the
    estimate tells about how long the list is, never where it ends, so each page reads
    one row more to know whether another follows, and no number of pages is claimed."""

    estimated = True

    def validate_number(self, number):
        try:
            number = int(number)
        except (TypeError, ValueError):
            raise PageNotAnInteger(self.error_messages["invalid_page"]) from None
        if number < 1:
            raise EmptyPage(self.error_messages["min_page"])
        return number

    def page(self, number):
        number = self.validate_number(number)
        bottom = (number - 1) * self.per_page
        rows = self.object_list[bottom : bottom + self.per_page + 1]
        if not rows and number > 1:
            raise EmptyPage(self.error_messages["no_results"])
        return OpenEndedPage(
            rows[: self.per_page], number, self, has_next=len(rows) > self.per_page
        )


def paginate(request, queryset, per_page: int = PAGE_SIZE, *, count: int, estimated=False):
    """The requested page and, for a page number that cannot be shown, a message saying so.

    With ``estimated``, ``count`` is an estimate: pages are not bounded by it, and a
    page past the list's end has the list counted exactly to find the last one.
    """
    paginator_class = EstimatedPaginator if estimated else CountedPaginator
    paginator = paginator_class(queryset, per_page, count=count)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number), None
    except PageNotAnInteger:
        message = _("“%(page)s” is not a page number; showing the first page.")
        return paginator.page(1), message % {"page": number}
    except EmptyPage:
        message = _("There is no page %(page)s; showing the last page.")
        if estimated:
            paginator = CountedPaginator(queryset, per_page, count=queryset.count())
        return paginator.page(paginator.num_pages), message % {"page": number}
