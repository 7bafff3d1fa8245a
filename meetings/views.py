"""The public archive: thin views over the FilterSet, the selectors and the Paginator."""

import csv
import itertools
import json
from collections.abc import Iterator

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import Prefetch, QuerySet
from django.http import (
    Http404,
    HttpResponseBadRequest,
    HttpResponsePermanentRedirect,
    StreamingHttpResponse,
)
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from meetings import network, selectors
from meetings.filters import MeetingFilterSet
from meetings.links import page_url
from meetings.models import (
    Country,
    Meeting,
    MeetingSource,
    MergedParticipant,
    Participant,
    Participation,
    Topic,
)

PAGE_SIZE = 25
TIMELINE_PAGE_SIZE = 50
# Exports stream from the database in chunks of this many meetings.
EXPORT_CHUNK = 2000


def with_list_relations(meetings):
    """What a meeting row shows, fetched in a fixed number of queries for any page size."""
    return (
        meetings.without_search_columns()
        .select_related("place_country")
        .prefetch_related(
            "countries",
            "topics",
            Prefetch("participations", Participation.objects.select_related("participant")),
        )
    )


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


def meeting_filterset(request) -> MeetingFilterSet:
    filterset = MeetingFilterSet(request.GET, queryset=Meeting.objects.public().newest_first())
    filterset.is_valid()
    return filterset


def meeting_list(request):
    filterset = meeting_filterset(request)
    counts = selectors.meeting_list_counts(filterset)
    too_many_to_rank = selectors.too_many_to_rank(filterset, counts)
    page, page_message = paginate(
        request,
        # Snippets are built for the page's rows only.
        PagedByIds(
            selectors.meeting_list_ids(filterset, counts),
            query=filterset.form.cleaned_data.get("q") or "",
        ),
        count=counts.total,
        estimated=counts.total_approximate,
    )
    context = {
        "filterset": filterset,
        "facets": counts.facets,
        "counts": counts,
        "count_sample_every": counts.sample_every,
        "active_filters": selectors.active_filters(filterset),
        "rank_limit": selectors.facets.SEARCH_RANK_LIMIT if too_many_to_rank else None,
        "page": page,
        "page_message": page_message,
    }
    return render(request, "meetings/meeting_list.html", context)


def meeting_detail(request, pk):
    # The page's title and body are rendered once per data version and kept: until the
    # next write, a visit reads no meeting. The key names the address the permalink
    # shows; a meeting no longer public is not kept, so its 404 or 410 is asked anew.
    address = f"{request.scheme}://{request.get_host()}"
    page = selectors.cached_until_write(
        f"meeting-page:{pk}:{get_language()}:{address}", lambda: _meeting_page(request, pk)
    )
    if page is None:
        # A meeting may be cited before an editor rejects it: its address then says it
        # was withdrawn (410 Gone), where an id that never was one is a 404.
        if not Meeting.objects.filter(pk=pk, review_state=Meeting.ReviewState.REJECTED).exists():
            raise Http404
        return render(request, "meetings/meeting_gone.html", status=410)
    context = {"page": page, "canonical": f"{address}{page_url('meetings:meeting', pk)}"}
    return render(request, "meetings/meeting_detail.html", context)


def _meeting_page(request, pk) -> dict | None:
    """A public meeting's page title and rendered body, or None."""
    meeting = selectors.public_meeting(pk)
    if meeting is None:
        return None
    context = {"meeting": meeting, "related": selectors.related_meetings(meeting)}
    return {
        "title": render_to_string("meetings/_meeting_title.html", context, request).strip(),
        "body": render_to_string("meetings/_meeting.html", context, request),
    }


def participant_detail(request, pk):
    try:
        participant = Participant.objects.select_related("country").get(pk=pk)
    except Participant.DoesNotExist:
        # A participant merged into another: links to its page, wherever they were
        # cited, lead to the survivor's, on the same page of the timeline.
        merged = get_object_or_404(MergedParticipant, old_id=pk)
        url = reverse("meetings:participant", args=[merged.survivor_id])
        query = request.GET.urlencode()
        return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)
    summary = selectors.participant_summary(participant)
    page, page_message = paginate(
        request,
        PagedByIds(selectors.participant_timeline_ids(participant)),
        TIMELINE_PAGE_SIZE,
        count=summary.meeting_count,
    )
    context = {
        "participant": participant,
        "page": page,
        "page_message": page_message,
        "counterparts": network.participant_counterparts(participant),
        "offices": summary.offices,
    }
    return render(request, "meetings/participant_detail.html", context)


def _subject_page(request, subject, filter_name: str, template: str, extra_context=None):
    """A country's or topic's page: its meetings and how many there were each month,
    and what ``extra_context`` adds."""
    counts = selectors.subject_counts(filter_name, subject.code)
    ids = selectors.newest_first_ids(selectors.subject_rows(filter_name, subject.code))
    page, page_message = paginate(
        request,
        PagedByIds(ids),
        count=counts.meeting_count,
    )
    context = {
        "subject": subject,
        "page": page,
        "page_message": page_message,
        "monthly": counts.monthly,
        "list_query": f"{filter_name}={subject.code}",
        **(extra_context or {}),
    }
    return render(request, template, context)


def country_detail(request, code):
    country = get_object_or_404(Country, code=code.upper())
    return _subject_page(
        request,
        country,
        "country",
        "meetings/country_detail.html",
        {"network": network.country_network(country)},
    )


def topic_detail(request, code):
    topic = get_object_or_404(Topic, code=code)
    return _subject_page(request, topic, "topic", "meetings/topic_detail.html")


# Exports: the same filters as the list, every matching meeting, newest first.


def invalid_filters(filterset: MeetingFilterSet) -> HttpResponseBadRequest:
    """A plain-text 400 listing what was wrong, for machine readers of exports and feeds."""
    lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
    return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")


def export_rows(request, filterset: MeetingFilterSet) -> Iterator[dict]:
    """Each matching meeting as a flat dict, streamed from the database.

    The first rows are read before this returns, so a failing query (the database
    down, a filter it refuses) is an error response rather than a 200 with a header
    and nothing after it.
    """
    # Only what is exported of each article: its text and search columns are large.
    sources = (
        MeetingSource.objects.select_related("article")
        .only(
            "meeting",
            "evidence",
            "article__url",
            "article__title",
            "article__outlet",
            "article__published",
        )
        .order_by("pk")
    )
    meetings = (
        with_list_relations(filterset.qs.newest_first())
        .prefetch_related(Prefetch("sources", sources))
        .iterator(chunk_size=EXPORT_CHUNK)
    )
    rows = (_export_row(request, meeting) for meeting in meetings)
    first = next(rows, None)
    return itertools.chain([first] if first else [], rows)


def _export_row(request, meeting: Meeting) -> dict:
    return {
        "id": meeting.pk,
        "url": request.build_absolute_uri(meeting.get_absolute_url()),
        "date": meeting.date.isoformat() if meeting.date else None,
        "date_precision": meeting.date_precision if meeting.date else None,
        "end_date": meeting.end_date.isoformat() if meeting.end_date else None,
        "place": meeting.place,
        "place_country": meeting.place_country_id,
        "countries": [country.code for country in meeting.countries.all()],
        "topics": [topic.code for topic in meeting.topics.all()],
        "participants": [
            {
                "id": participation.participant_id,
                "name": participation.participant.name,
                "role": participation.role,
                "organization": participation.organization,
                "ministry": participation.ministry,
                "country": participation.country_id,
            }
            for participation in meeting.participations.all()
        ],
        "sources": [
            {
                # Only http(s) addresses, as the meeting's page links them.
                "url": source.article.link,
                "title": source.article.title,
                "outlet": source.article.outlet,
                "published": (
                    source.article.published.isoformat() if source.article.published else None
                ),
                "evidence": source.evidence,
            }
            for source in meeting.sources.all()
        ],
        "review_state": meeting.review_state,
    }


class Echo:
    """A file-like object whose write() returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


# A spreadsheet runs a cell that starts with one of these as a formula; names and
# places come from news text and editors, so a leading apostrophe keeps them text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _spreadsheet_safe(value):
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _participant_cell(participant: dict) -> str:
    """A participant as "name (office, ministry, country)", with what is known: the CSV
    lists all of a meeting's participants in one readable cell."""
    details = ", ".join(
        filter(None, [participant["role"], participant["ministry"], participant["country"]])
    )
    return f"{participant['name']} ({details})" if details else participant["name"]


def meeting_export_csv(request):
    filterset = meeting_filterset(request)
    if not filterset.is_valid():
        return invalid_filters(filterset)
    rows = export_rows(request, filterset)
    writer = csv.writer(Echo())
    header = [
        "id",
        "url",
        "date",
        "date_precision",
        "end_date",
        "place",
        "place_country",
        "countries",
        "topics",
        "participants",
        "source_urls",
        "evidence",
        "review_state",
    ]

    def lines():
        # Excel reads a CSV without a byte order mark in the machine's legacy code page,
        # which garbles Arabic; with one it reads UTF-8. Python ("utf-8-sig"), pandas
        # and LibreOffice skip the mark, so every download carries it rather than only
        # those asked for with a parameter few would know to add (issue #10).
        yield "\ufeff" + writer.writerow(header)
        for row in rows:
            row["countries"] = " ".join(row["countries"])
            row["topics"] = " ".join(row["topics"])
            row["participants"] = "; ".join(map(_participant_cell, row["participants"]))
            # One line per source in both cells, so each evidence sits beside its URL.
            row["source_urls"] = "\n".join(source["url"] for source in row["sources"])
            row["evidence"] = "\n".join(source["evidence"] for source in row["sources"])
            yield writer.writerow([_spreadsheet_safe(row[column]) for column in header])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="meetings.csv"'
    return response


def meeting_export_json(request):
    filterset = meeting_filterset(request)
    if not filterset.is_valid():
        return invalid_filters(filterset)
    rows = export_rows(request, filterset)

    def chunks():
        yield "["
        for index, row in enumerate(rows):
            yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
        yield "]"

    return StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")


# Two countries' or two people's meetings together (issue #10). Either order of the two
# reaches the page; the address is one, cited and cached, so the other redirects.


def _redirect_keeping_query(request, url: str) -> HttpResponsePermanentRedirect:
    query = request.GET.urlencode()
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url)


def _pair_page(request, facet: str, values: list, members: list):
    """The meetings of ``members`` (two countries or participants, whose keys are
    ``values``) together: a summary, then the meetings, newest first."""
    summary = selectors.pair_summary(facet, values)
    page, page_message = paginate(
        request,
        PagedByIds(selectors.newest_first_ids(selectors.pair_rows(facet, values))),
        TIMELINE_PAGE_SIZE,
        count=summary.meeting_count,
    )
    context = {
        "facet": facet,
        "members": members,
        "summary": summary,
        "page": page,
        "page_message": page_message,
        "list_query": "&".join(f"{facet}={value}" for value in values),
    }
    return render(request, "meetings/pair_detail.html", context)


def country_pair(request, first, second):
    codes = sorted({first.upper(), second.upper()})
    countries = Country.objects.in_bulk(codes)
    # One country twice is no pair.
    if len(countries) != 2:
        raise Http404
    if [first, second] != codes:
        return _redirect_keeping_query(request, reverse("meetings:country_pair", args=codes))
    return _pair_page(request, "country", codes, [countries[code] for code in codes])


def participant_pair(request, first, second):
    people = Participant.objects.in_bulk([first, second])
    missing = {first, second} - people.keys()
    # A merged participant's id leads to the one it was merged into, as on their page.
    survivors = dict(
        MergedParticipant.objects.filter(old_id__in=missing).values_list("old_id", "survivor")
        if missing
        else []
    )
    if missing - survivors.keys():
        raise Http404
    ids = sorted({survivors.get(pk, pk) for pk in (first, second)})
    # One person twice (or two merged into one) is no pair.
    if len(ids) != 2:
        raise Http404
    if [first, second] != ids:
        return _redirect_keeping_query(request, reverse("meetings:participant_pair", args=ids))
    return _pair_page(request, "participant", ids, [people[pk] for pk in ids])
