"""A throwaway HTTP server on 127.0.0.1 for the fetching tests; it never reaches out."""

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@contextmanager
def serving(routes: dict[str, tuple[int, str, bytes]], *, delay: dict[str, float] | None = None):
    """Serve ``routes`` ({path: (status, content type, body)}); yield the base URL.

    ``delay`` holds paths whose response waits that many seconds, for timeouts.
    """
    delay = delay or {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            time.sleep(delay.get(self.path, 0))
            status, content_type, body = routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

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
