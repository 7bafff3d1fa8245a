from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from meetings.models import Country, Meeting, Participant, Topic

PAGE_SIZE = 25


def _meeting_page(request, queryset):
    queryset = queryset.select_related("place_country").prefetch_related(
        "countries", "topics", "participations__participant"
    )
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


def meeting_list(request):
    page = _meeting_page(request, Meeting.objects.newest_first())
    return render(request, "meetings/meeting_list.html", {"page": page})


def meeting_detail(request, pk):
    meeting = get_object_or_404(
        Meeting.objects.select_related("place_country").prefetch_related(
            "countries", "topics", "participations__participant", "sources__article"
        ),
        pk=pk,
    )
    return render(request, "meetings/meeting_detail.html", {"meeting": meeting})


def participant_detail(request, pk):
    participant = get_object_or_404(Participant, pk=pk)
    page = _meeting_page(request, participant.meetings.newest_first())
    return render(
        request, "meetings/participant_detail.html", {"participant": participant, "page": page}
    )


def country_detail(request, code):
    country = get_object_or_404(Country, code=code.upper())
    page = _meeting_page(request, country.meetings.newest_first())
    return render(request, "meetings/country_detail.html", {"country": country, "page": page})


def topic_detail(request, code):
    topic = get_object_or_404(Topic, code=code)
    page = _meeting_page(request, topic.meetings.newest_first())
    return render(request, "meetings/topic_detail.html", {"topic": topic, "page": page})
