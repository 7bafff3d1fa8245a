"""Middleware of the public pages."""

from meetings.selectors.cache import one_data_version

# Requests that write nothing: what they cache is of the version read first.
_READS = frozenset({"GET", "HEAD", "OPTIONS"})


class OneDataVersionPerRead:
    """A request that only reads (GET, HEAD, OPTIONS) reads the data version once, however many
    cached figures and fragments it shows; a request that writes reads it anew each
    time, as its writes bump it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in _READS:
            return self.get_response(request)
        with one_data_version():
            return self.get_response(request)
