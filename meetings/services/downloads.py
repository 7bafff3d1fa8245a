"""Downloads held to one deadline and a size limit: ``url_fetch``, and the urllib
handlers whose connections give every socket operation (connecting to each address, the
TLS handshake, each write and read) only the time the whole download has left (see
``time_left``)."""

import http.client
import io
import re
import socket
import time
import urllib.error
import urllib.request

FETCH_TIMEOUT = 20.0  # seconds, for connecting and for each read from the socket
# Seconds for a whole download, headers included: the per-read timeout alone lets a
# server that sends a byte every few seconds hold one input for hours.
FETCH_TIME_LIMIT = 60.0
USER_AGENT = "meetings-archive/0.1 (+ingest)"
_URL = re.compile(r"^https?://", re.IGNORECASE)


class DownloadError(Exception):
    """A page that cannot be downloaded; the message is one line."""


def is_url(value: str) -> bool:
    return bool(_URL.match(value))


def time_left(deadline: float, timeout: float) -> float:
    """How long the next socket operation may wait: ``timeout``, or what is left until
    ``deadline`` (a ``time.monotonic()`` value) when that is less.

    Socket timeouts apply to each operation on its own, so a server that keeps sending
    a byte at a time never trips them; shortening every one to the time left does.
    """
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError("the download's time limit has passed")
    return min(timeout, left)


class _DeadlineSocket:
    """A connected (and maybe TLS-wrapped) socket, as much of it as ``http.client`` uses,
    whose every write and read waits only for the time the download has left."""

    def __init__(self, sock: socket.socket, *, timeout: float, deadline: float):
        self._sock = sock
        self._timeout = timeout
        self._deadline = deadline

    def settimeout_to_time_left(self) -> None:
        self._sock.settimeout(time_left(self._deadline, self._timeout))

    def sendall(self, data: bytes) -> None:
        self.settimeout_to_time_left()
        self._sock.sendall(data)

    def makefile(self, mode: str) -> io.BufferedReader:
        """The file ``HTTPResponse`` reads the status line, headers and body from."""
        return io.BufferedReader(_DeadlineReader(self._sock.makefile(mode, buffering=0), self))

    def close(self) -> None:
        # As with a plain socket, it stays open until the response's file is closed too.
        self._sock.close()


class _DeadlineReader(io.RawIOBase):
    """A socket's raw reading file, each read given only the time left."""

    def __init__(self, raw: io.RawIOBase, sock: _DeadlineSocket):
        self._raw = raw
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int | None:
        self._sock.settimeout_to_time_left()
        return self._raw.readinto(buffer)

    def close(self) -> None:
        self._raw.close()
        super().close()


class _DeadlineConnection:
    """For ``http.client`` connections: every socket operation, connecting to each
    address included, waits only for the time the download has left."""

    def __init__(self, *args, deadline: float, **kwargs):
        super().__init__(*args, **kwargs)
        self._deadline = deadline
        # http.client opens its socket through this (socket.create_connection by default).
        self._create_connection = self._connect

    def _connect(self, address, timeout, source_address=None) -> socket.socket:
        """``socket.create_connection``, but each address is given only the time left:
        given the full timeout each, a name with many unreachable addresses would hold
        the download long past its deadline."""
        host, port = address
        error = OSError(f"no address found for {host}")
        for family, kind, proto, _name, sockaddr in socket.getaddrinfo(
            host, port, 0, socket.SOCK_STREAM
        ):
            wait = time_left(self._deadline, timeout)
            sock = socket.socket(family, kind, proto)
            try:
                sock.settimeout(wait)
                if source_address:
                    sock.bind(source_address)
                sock.connect(sockaddr)
                # For what comes before the socket is wrapped: a proxy's tunnel, the
                # TLS handshake.
                sock.settimeout(time_left(self._deadline, timeout))
                return sock
            except OSError as failure:
                sock.close()
                error = failure
        raise error

    def connect(self) -> None:
        super().connect()
        # Wrapped only now: ssl needs the socket itself for the TLS handshake.
        self.sock = _DeadlineSocket(self.sock, timeout=self.timeout, deadline=self._deadline)


class _HttpConnection(_DeadlineConnection, http.client.HTTPConnection):
    pass


class _HttpsConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class DeadlineHttpHandler(urllib.request.HTTPHandler):
    """Opens http: URLs with connections held to one download's deadline."""

    def __init__(self, deadline: float):
        super().__init__()
        self._deadline = deadline

    def http_open(self, req):
        return self.do_open(_HttpConnection, req, deadline=self._deadline)


class DeadlineHttpsHandler(urllib.request.HTTPSHandler):
    """Opens https: URLs with connections held to one download's deadline."""

    def __init__(self, deadline: float):
        super().__init__()
        self._deadline = deadline

    def https_open(self, req):
        return self.do_open(_HttpsConnection, req, deadline=self._deadline)


class _HttpRedirectHandler(urllib.request.HTTPRedirectHandler):
    """Follows redirects to http(s) URLs only (urllib's own handler follows ftp: too)."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not is_url(newurl):
            fp.close()
            raise DownloadError(f"redirected to a URL that is not http(s): {newurl[:200]!r}")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def url_fetch(
    url: str,
    *,
    timeout: float = FETCH_TIMEOUT,
    time_limit: float = FETCH_TIME_LIMIT,
    max_bytes: int,
) -> tuple[bytes, str, str, str | None]:
    """An http(s) page's body, final URL, content type and charset, size- and time-limited.

    ``timeout`` bounds connecting and each read; ``time_limit`` the whole download,
    redirects included: connecting, the request, the status line, the headers and the
    body. Looking the host name up is left to the system resolver's own timeouts.
    """
    if not is_url(url):
        raise DownloadError("only http and https URLs are fetched")
    deadline = time.monotonic() + time_limit
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    # Built per call: the proxy settings are read from the environment when it is, and
    # the handlers carry this download's deadline.
    opener = urllib.request.build_opener(
        _HttpRedirectHandler, DeadlineHttpHandler(deadline), DeadlineHttpsHandler(deadline)
    )
    try:
        with opener.open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > max_bytes:
                raise DownloadError(
                    f"page too large ({int(length):,} bytes; the limit is {max_bytes:,})"
                )
            body = response.read(max_bytes + 1)
            if len(body) > max_bytes:
                raise DownloadError(f"page too large (over {max_bytes:,} bytes)")
            headers = response.headers
            return (
                body,
                response.geturl(),
                headers.get_content_type(),
                headers.get_content_charset(),
            )
    except urllib.error.HTTPError as error:
        raise DownloadError(f"HTTP {error.code} {_one_line(error.reason)}") from None
    except urllib.error.URLError as error:
        # urllib wraps what fails while connecting or sending the request.
        if isinstance(error.reason, TimeoutError) and time.monotonic() >= deadline:
            raise _over_time_limit(time_limit) from None
        raise DownloadError(f"cannot fetch: {_one_line(error.reason)}") from None
    except TimeoutError:
        if time.monotonic() >= deadline:
            raise _over_time_limit(time_limit) from None
        raise DownloadError(f"timed out after {timeout:g} s") from None
    except (http.client.HTTPException, OSError) as error:
        # The connection broke mid-way (reset, truncated body).
        raise DownloadError(f"cannot fetch: {type(error).__name__} {_one_line(error)}") from None


def _over_time_limit(time_limit: float) -> DownloadError:
    return DownloadError(f"timed out: the download took over {time_limit:g} s")


def _one_line(error: object) -> str:
    return " ".join(str(error).split())
