"""The public archive: thin views over the FilterSet, the selectors and the Paginator."""

import csv
import json

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import HttpResponseBadRequest, StreamingHttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from meetings import selectors
from meetings.filters import MeetingFilterSet
from meetings.models import Country, Meeting, Participant, Participation, Topic

PAGE_SIZE = 25
# A search ranks at most this many matches. Ranking reads every candidate's stored
# vector, so a common word over a large archive would otherwise take seconds; the page
# says when the limit was reached, and any filter narrows the candidates.
SEARCH_WINDOW = 2000
TIMELINE_PAGE_SIZE = 50
# Exports stream from the database in chunks of this many meetings.
EXPORT_CHUNK = 2000


def with_list_relations(meetings):
    """What a meeting row shows, fetched in a fixed number of queries for any page size."""
    return meetings.select_related("place_country").prefetch_related(
        "countries",
        "topics",
        Prefetch("participations", Participation.objects.select_related("participant")),
    )


def paginate(request, queryset, per_page: int = PAGE_SIZE):
    """The requested page and, for a page number that cannot be shown, a message saying so."""
    paginator = Paginator(queryset, per_page)
    number = request.GET.get("page", 1)
    try:
        return paginator.page(number), None
    except PageNotAnInteger:
        message = _("“%(page)s” is not a page number; showing the first page.")
        return paginator.page(1), message % {"page": number}
    except EmptyPage:
        message = _("There is no page %(page)s; showing the last page.")
        return paginator.page(paginator.num_pages), message % {"page": number}


def meeting_filterset(request) -> MeetingFilterSet:
    filterset = MeetingFilterSet(request.GET, queryset=Meeting.objects.newest_first())
    filterset.is_valid()
    return filterset


def meeting_list(request):
    filterset = meeting_filterset(request)
    meetings = with_list_relations(filterset.qs)
    query = filterset.form.cleaned_data.get("q")
    if query:
        first_matches = filterset.qs.order_by().values("pk")[:SEARCH_WINDOW]
        # Snippets are built for the page's rows only: PostgreSQL evaluates them after
        # the ORDER BY ... LIMIT.
        meetings = meetings.filter(pk__in=first_matches).with_headline(query)
    page, page_message = paginate(request, meetings)
    context = {
        "filterset": filterset,
        "facets": selectors.meeting_facets(filterset),
        "active_filters": selectors.active_filters(filterset),
        "search_window": SEARCH_WINDOW if query else None,
        "facet_window": selectors.FACET_WINDOW,
        "page": page,
        "page_message": page_message,
    }
    return render(request, "meetings/meeting_list.html", context)


def meeting_detail(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.select_related("place_country").prefetch_related(
            "countries",
            "topics",
            Prefetch(
                "participations",
                Participation.objects.select_related("participant", "country"),
            ),
            "sources__article",
        ),
        pk=pk,
    )
    context = {"meeting": meeting, "related": selectors.related_meetings(meeting)}
    return render(request, "meetings/meeting_detail.html", context)


def participant_detail(request, pk):
    participant = get_object_or_404(Participant.objects.select_related("country"), pk=pk)
    page, page_message = paginate(
        request, with_list_relations(participant.meetings.newest_first()), TIMELINE_PAGE_SIZE
    )
    context = {
        "participant": participant,
        "page": page,
        "page_message": page_message,
        "counterparts": selectors.participant_counterparts(participant),
        "offices": selectors.participant_offices(participant),
    }
    return render(request, "meetings/participant_detail.html", context)


def _subject_page(request, subject, meetings, filter_name: str, template: str):
    """A country's or topic's page: its meetings and how many there were each month."""
    page, page_message = paginate(request, with_list_relations(meetings.newest_first()))
    context = {
        "subject": subject,
        "page": page,
        "page_message": page_message,
        "monthly": selectors.monthly_counts(meetings),
        "list_query": f"{filter_name}={subject.code}",
    }
    return render(request, template, context)


def country_detail(request, code):
    country = get_object_or_404(Country, code=code.upper())
    return _subject_page(
        request, country, country.meetings.all(), "country", "meetings/country_detail.html"
    )


def topic_detail(request, code):
    topic = get_object_or_404(Topic, code=code)
    return _subject_page(
        request, topic, topic.meetings.all(), "topic", "meetings/topic_detail.html"
    )


# Exports: the same filters as the list, every matching meeting, newest first.


def invalid_filters(filterset: MeetingFilterSet) -> HttpResponseBadRequest:
    """A plain-text 400 listing what was wrong, for machine readers of exports and feeds."""
    lines = [f"{name}: {' '.join(errors)}" for name, errors in filterset.form.errors.items()]
    return HttpResponseBadRequest("\n".join(lines), content_type="text/plain; charset=utf-8")


def export_rows(request, filterset: MeetingFilterSet):
    """Each matching meeting as a flat dict, streamed from the database."""
    meetings = with_list_relations(filterset.qs.newest_first()).iterator(chunk_size=EXPORT_CHUNK)
    for meeting in meetings:
        yield {
            "id": meeting.pk,
            "url": request.build_absolute_uri(meeting.get_absolute_url()),
            "date": meeting.date.isoformat() if meeting.date else None,
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
            "review_state": meeting.review_state,
        }


class Echo:
    """A file-like object whose write() returns the line, for streaming csv.writer output."""

    def write(self, value):
        return value


def meeting_export_csv(request):
    filterset = meeting_filterset(request)
    if not filterset.is_valid():
        return invalid_filters(filterset)
    writer = csv.writer(Echo())
    header = ["id", "url", "date", "end_date", "place", "place_country", "countries", "topics"]
    header += ["participants", "review_state"]

    def lines():
        yield writer.writerow(header)
        for row in export_rows(request, filterset):
            row["countries"] = " ".join(row["countries"])
            row["topics"] = " ".join(row["topics"])
            row["participants"] = "; ".join(p["name"] for p in row["participants"])
            yield writer.writerow([row[column] for column in header])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="meetings.csv"'
    return response


def meeting_export_json(request):
    filterset = meeting_filterset(request)
    if not filterset.is_valid():
        return invalid_filters(filterset)

    def chunks():
        yield "["
        for index, row in enumerate(export_rows(request, filterset)):
            yield ("," if index else "") + json.dumps(row, ensure_ascii=False)
        yield "]"

    return StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
