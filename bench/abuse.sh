#!/usr/bin/env bash
# Hostile input against a live archive on loopback, and what it does: server errors,
# where sign-in redirects, what 50 wrong passwords meet, implausible dates, duplicates
# from concurrent ingestion, and how long normal requests wait behind slow clients,
# straight to gunicorn and through nginx.
#
# Usage: bash bench/abuse.sh          (about 3 minutes; run `make install` first)
#
# It makes scratch databases named after BENCH_DATABASE (default bench_abuse; the name
# must contain "bench"; they are dropped and re-created on every run) on the embedded
# PostgreSQL server, or on the server DATABASE_URL points at; migrates the first and
# loads the samples and an editor into it; serves it with gunicorn under
# archive/gunicorn.conf.py on 127.0.0.1:$ABUSE_APP_PORT (8797) and with nginx under
# archive/nginx.conf, rewritten for loopback (bench/abuse.py nginx-conf), on
# 127.0.0.1:$ABUSE_PORT (8798), run as the current user with everything in a temporary
# directory; then runs the steps of bench/abuse.py. nginx is installed with apt-get
# when missing (as root). Both servers are stopped, whatever happens, on exit.
# Only 127.0.0.1 is ever contacted.
set -euo pipefail
cd "$(dirname "$0")/.."
app_port=${ABUSE_APP_PORT:-8797}
port=${ABUSE_PORT:-8798}
py=.venv/bin/python
gunicorn_url="http://127.0.0.1:$app_port"
nginx_url="http://127.0.0.1:$port"

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
fi
nginx=$(command -v nginx || echo /usr/sbin/nginx)
for p in "$app_port" "$port"; do
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$p/"; then
        echo "127.0.0.1:$p is taken; set ABUSE_APP_PORT and ABUSE_PORT" >&2
        exit 1
    fi
done

tmp=$(mktemp -d)
gunicorn_pid="" nginx_pid=""
# Each server runs in a session of its own (setsid), so its whole process group,
# workers included, is stopped by id.
stop() {
    local pid=$1
    [ -n "$pid" ] || return 0
    kill -TERM -- "-$pid" 2>/dev/null || return 0
    for _ in $(seq 1 50); do
        kill -0 -- "-$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -KILL -- "-$pid" 2>/dev/null || true
}
cleanup() {
    stop "$nginx_pid"
    stop "$gunicorn_pid"
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "== Setting up: scratch databases, migrations, samples, an editor"
url=$($py bench/abuse.py prepare)
DATABASE_URL=$url $py manage.py collectstatic --noinput --verbosity 0

DATABASE_URL=$url DJANGO_BEHIND_PROXY=1 setsid .venv/bin/gunicorn archive.wsgi \
    --config archive/gunicorn.conf.py --bind "127.0.0.1:$app_port" >"$tmp/gunicorn.log" 2>&1 &
gunicorn_pid=$!
$py bench/abuse.py nginx-conf "$tmp/nginx" "$app_port" "$port"
"$nginx" -t -q -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf"
setsid "$nginx" -p "$tmp/nginx" -e "$tmp/nginx/error.log" -c "$tmp/nginx/nginx.conf" \
    -g 'daemon off;' >"$tmp/nginx.log" 2>&1 &
nginx_pid=$!
for _ in $(seq 1 120); do
    curl -sf -o /dev/null --max-time 5 "$nginx_url/" && break
    sleep 0.5
done
if ! curl -sf -o /dev/null --max-time 5 "$nginx_url/"; then
    echo "The servers did not come up:" >&2
    tail -n 30 "$tmp/gunicorn.log" "$tmp/nginx/error.log" >&2
    exit 1
fi
echo "gunicorn on $gunicorn_url, nginx on $nginx_url, database ${url%%\?*}"

echo
echo "== Hostile requests"
$py bench/abuse.py requests "$gunicorn_url" "$nginx_url" "$tmp/gunicorn.log"
echo
echo "== Concurrent ingestion"
$py bench/abuse.py ingest
echo
echo "== Slow clients"
$py bench/abuse.py slow "$gunicorn_url" "$nginx_url"
