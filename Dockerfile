FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /app

# torch is pinned before camel-tools so the resolver keeps the release the project is
# tested with; pass PIP_EXTRA_INDEX_URL as a build argument to take a CPU-only wheel.
ARG PIP_EXTRA_INDEX_URL=""
RUN pip install --no-cache-dir torch==2.13.0
COPY pyproject.toml README.md ./
COPY archive ./archive
COPY meetings ./meetings
# Editable, so the code runs from /app next to templates/, static/ and fixtures/.
RUN pip install --no-cache-dir -e .
COPY . .
RUN SECRET_KEY=build DATABASE_URL=postgres://build@localhost/build \
    python manage.py collectstatic --noinput --verbosity 0

# The app only reads its files; it runs as an unprivileged user.
RUN useradd --system --no-create-home archive
USER archive

# Reached through the proxy (archive/nginx.conf, docker-compose.yml), not published
# itself. Workers and threads: WEB_CONCURRENCY and GUNICORN_THREADS
# (archive/gunicorn.conf.py).
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && exec gunicorn archive.wsgi --bind 0.0.0.0:8000 --config archive/gunicorn.conf.py"]
