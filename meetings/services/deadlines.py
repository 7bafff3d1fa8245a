"""Downloads held to one deadline: urllib handlers whose connections give every socket
operation (connecting to each address, the TLS handshake, each write and read) only the
time the whole download has left (see ``time_left``)."""

import http.client
import io
import socket
import time
import urllib.request


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
