"""A throwaway HTTP server on 127.0.0.1 for the fetching tests; it never reaches out."""

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(
    routes: dict[str, tuple[int, str, bytes]],
    *,
    delay: dict[str, float] | None = None,
    trickle: dict[str, float] | None = None,
    trickle_headers: dict[str, float] | None = None,
    chunked: set[str] | None = None,
    headers: dict[str, dict[str, str]] | None = None,
):
    """Serve ``routes`` ({path: (status, content type, body)}); yield the base URL.

    ``delay`` holds paths whose response waits that many seconds, for timeouts;
    ``trickle`` paths whose body comes a byte at a time, that many seconds apart;
    ``trickle_headers`` paths whose whole response, status line and headers first,
    comes a byte at a time;
    ``chunked`` paths sent with chunked transfer encoding and no Content-Length;
    ``headers`` more headers for a path (a redirect's Location).
    """
    delay, trickle, chunked, headers = delay or {}, trickle or {}, chunked or set(), headers or {}
    trickle_headers = trickle_headers or {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # for chunked transfer encoding

        def do_GET(self):
            time.sleep(delay.get(self.path, 0))
            status, content_type, body = routes.get(self.path, (404, "text/plain", b"not found"))
            if self.path in trickle_headers:
                head = (
                    f"HTTP/1.1 {status} {self.responses[status][0]}\r\n"
                    f"Content-Type: {content_type}\r\n"
                    f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
                )
                self.send_slowly(head.encode() + body, trickle_headers[self.path])
                return
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Connection", "close")
            for name, value in headers.get(self.path, {}).items():
                self.send_header(name, value)
            if self.path in chunked:
                self.send_header("Transfer-Encoding", "chunked")
                self.end_headers()
                for start in range(0, len(body), 1000):
                    piece = body[start : start + 1000]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.path in trickle:
                self.send_slowly(body, trickle[self.path])
                return
            self.wfile.write(body)

        def send_slowly(self, data, interval):
            try:
                for byte in data:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(interval)
            except ConnectionError:  # the client gave up, as it should
                pass

        def log_message(self, *args):  # keep test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
