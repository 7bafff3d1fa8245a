"""The list as files: CSV and JSON, streamed from the database in chunks, with
the same filters as the list; a malformed filter is a plain-text 400."""

import csv
import itertools
import json
from collections.abc import Iterator

from django.db.models import Prefetch
from django.http import (
    HttpResponseBadRequest,
    StreamingHttpResponse,
)

from meetings.filters import MeetingFilterSet
from meetings.models import (
    Meeting,
    MeetingSource,
)
from meetings.views import meeting_filterset, with_list_relations

# Exports stream from the database in chunks of this many meetings.
EXPORT_CHUNK = 2000


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
