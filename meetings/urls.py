from django.urls import path

from meetings import exports, views
from meetings.feeds import MeetingFeed

app_name = "meetings"

urlpatterns = [
    path("", views.meeting_list, name="meeting_list"),
    path("meetings.csv", exports.meeting_export_csv, name="export_csv"),
    path("meetings.json", exports.meeting_export_json, name="export_json"),
    path("meetings.atom", MeetingFeed(), name="feed"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("people/<int:pk>/", views.participant_detail, name="participant"),
    path("countries/<str:code>/", views.country_detail, name="country"),
    path("topics/<slug:code>/", views.topic_detail, name="topic"),
    path(
        "between/people/<int:first>/<int:second>/",
        views.participant_pair,
        name="participant_pair",
    ),
    path("between/<str:first>/<str:second>/", views.country_pair, name="country_pair"),
]
