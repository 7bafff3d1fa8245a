"""The public archive: thin views over the FilterSet, the selectors and the Paginator."""

from django.db.models import Prefetch
from django.http import (
    Http404,
    HttpResponsePermanentRedirect,
)
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import get_language

from meetings import network, selectors
from meetings.filters import MeetingFilterSet
from meetings.links import page_url
from meetings.models import (
    Country,
    Meeting,
    MergedParticipant,
    Participant,
    Participation,
    Topic,
)
from meetings.pagination import PagedByIds, paginate

TIMELINE_PAGE_SIZE = 50


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
