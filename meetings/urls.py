from django.urls import path

from meetings import views

app_name = "meetings"

urlpatterns = [
    path("", views.meeting_list, name="meeting_list"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("people/<int:pk>/", views.participant_detail, name="participant"),
    path("countries/<str:code>/", views.country_detail, name="country"),
    path("topics/<slug:code>/", views.topic_detail, name="topic"),
]
