from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

# The language is in the address, so a link says which language it shows: Arabic, the
# archive's own, at /, English at /en/ (the admin too).
urlpatterns = i18n_patterns(
    path("admin/", admin.site.urls),
    path("", include("meetings.urls")),
    prefix_default_language=False,
)
