#!/usr/bin/env bash
# Time from `make run` on a fresh clone to the first page served.
# Usage: bench/first_page.sh [PORT]   (set PIP_NO_CACHE_DIR=1 to ignore pip's cache)
set -euo pipefail
port=${1:-8765}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
clone=$(mktemp -d)/archive
git clone --quiet "$repo" "$clone"
cd "$clone"
start=$(date +%s.%N)
PORT=$port make run >"$clone/run.log" 2>&1 &
for _ in $(seq 1 900); do
    if curl -sf -o /dev/null "http://127.0.0.1:$port/"; then
        end=$(date +%s.%N)
        printf 'make run on a fresh clone: first page served after %.1f s\n' "$(echo "$end - $start" | bc)"
        break
    fi
    sleep 0.5
done
pkill -f "gunicorn archive.wsgi --bind 127.0.0.1:$port" || true
.venv/bin/python -m archive.embedded_db stop >/dev/null || true
rm -rf "$(dirname "$clone")"
