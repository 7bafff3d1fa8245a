"""gunicorn settings for the archive, shared by `make run` and the Docker image.

    gunicorn archive.wsgi --config archive/gunicorn.conf.py --bind HOST:PORT

The deployed path is nginx (archive/nginx.conf) in front of gunicorn: nginx reads
each request whole, with short timeouts, before it passes it on, and takes each
response whole, so a slow client costs nginx a connection and gunicorn nothing.
gunicorn itself has no timeout for reading a request's headers: with sync workers,
four connections trickling their headers a byte at a time held all three workers
and every other request waited (bench/abuse.sh measures it). Threads make that
harder (each connection holds one thread, not a process) and let a worker go on
serving while one of its requests waits on PostgreSQL; they are not a defence on
their own, which is why gunicorn is published only to the proxy.

Each setting can be changed from the environment or on the command line, which
takes precedence over this file. Settings: https://docs.gunicorn.org/en/stable/settings.html
"""

import os

# Threads in a few processes: a process holds the extractor's lexicons and
# camel-tools (a few hundred MB), a thread almost nothing. Two processes use both
# cores of the machines the archive runs on; four threads each keep them busy while
# requests wait on the database. WEB_CONCURRENCY is gunicorn's own variable.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A gthread worker's main loop reports to the arbiter while its threads work, so this
# restarts a worker that has hung as a whole, not one slow request (nginx's
# proxy_read_timeout bounds those for the client).
timeout = 30
graceful_timeout = 30
# Idle kept-alive connections wait in the worker's poller, not in a thread. nginx
# keeps its connections to gunicorn open for less than this (keepalive_timeout in
# its upstream block), so gunicorn never closes one that nginx is about to reuse.
keepalive = 5

# Requests larger than these are refused with 400 before Django sees them. nginx's
# large_client_header_buffers (8k) lets through the same request line: a search in
# Arabic takes six bytes a letter once percent-encoded, so 4094, gunicorn's default,
# would cut a long search or a URL with many facets short.
limit_request_line = 8190
limit_request_fields = 100
limit_request_field_size = 8190

# The access log to standard output, as before (`make run`, `docker compose logs`).
accesslog = "-"
