"""WSGI entry point, served by gunicorn (`gunicorn archive.wsgi`)."""

import gc
import os

from django.core.wsgi import get_wsgi_application
from django.urls import get_resolver

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "archive.settings")

application = get_wsgi_application()

# Load every view module now, then move everything start-up created (Django, the
# extractor's lexicons, camel-tools) out of the garbage collector's sight: otherwise
# each full collection walks that large, long-lived heap again, a pause of about
# 100 ms every few dozen requests (bench/web.py showed it in p95).
get_resolver().check()
gc.freeze()
