#!/usr/bin/env bash
# Requests per second under gunicorn on loopback, against the benchmark database.
# Usage: bench/load.sh [SECONDS] [WORKERS] [CONNECTIONS]   (needs wrk: apt-get install -y
# wrk; run bench/generate_data.py first). Only 127.0.0.1 is ever loaded. #12 states its
# target at 8 connections: bench/load.sh 15 3 8.
set -euo pipefail
seconds=${1:-15}
workers=${2:-3}
connections=${3:-4}
port=8799
cd "$(dirname "$0")/.."
url=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "bench"); import benchdb; print(benchdb.use_bench_database())')
export DATABASE_URL=$url
.venv/bin/python manage.py collectstatic --noinput --verbosity 0
.venv/bin/gunicorn archive.wsgi --bind "127.0.0.1:$port" --workers "$workers" --log-level warning &
server=$!
trap 'kill "$server"' EXIT
for _ in $(seq 1 60); do curl -sf -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
meeting=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "bench"); import benchdb; benchdb.use_bench_database(); from meetings.models import Meeting; print(Meeting.objects.order_by("pk").values_list("pk", flat=True)[1000])')
person=$(.venv/bin/python -c 'import sys; sys.path.insert(0, "bench"); import benchdb; benchdb.use_bench_database(); from meetings.models import Participant; print(Participant.objects.order_by("pk").values_list("pk", flat=True)[500])')
for path in "/" "/?country=IT&topic=migration" "/?q=%D8%AA%D8%A8%D8%A7%D8%AF%D9%84" "/meetings/$meeting/" "/people/$person/"; do
    printf '%-40s ' "$path"
    wrk -t2 -c"$connections" -d"${seconds}s" "http://127.0.0.1:$port$path" | awk '/Requests\/sec/ {rps=$2} /Latency/ {lat=$2} END {printf "%s req/s, mean latency %s\n", rps, lat}'
done
