"""Request-level defences that no single view can provide."""

from django.conf import settings
from django.core.exceptions import BadRequest
from django.http import HttpRequest


class RefuseNullCharactersMiddleware:
    """Answer 400 to a request whose path or query string holds a NUL character.

    PostgreSQL cannot store or compare text holding NUL, so such a value would fail in
    the database as a server error wherever it reaches a lookup: a filter, a page's
    code, the admin's list filters and searches.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        query = request.GET.lists()
        if "\x00" in request.path or any("\x00" in "".join([k, *v]) for k, v in query):
            raise BadRequest("NUL character in the request")
        return self.get_response(request)


def client_ip(request: HttpRequest) -> str | None:
    """The address a request came from, for counting failed sign-ins (django-axes).

    Behind the deployment's proxies every request comes from the nearest one. Each
    proxy appends the address it saw to X-Forwarded-For, so the client is the entry
    PROXY_COUNT from the end; entries before it are whatever the client chose to send.
    Anywhere else, the socket's peer.
    """
    if settings.BEHIND_PROXY:
        forwarded = [
            entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        ]
        forwarded = [entry for entry in forwarded if entry]
        if forwarded:
            return forwarded[-min(settings.PROXY_COUNT, len(forwarded))]
    return request.META.get("REMOTE_ADDR")
