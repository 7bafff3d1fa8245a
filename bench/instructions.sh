#!/usr/bin/env bash
# CPU instructions per article extraction, counted by valgrind's callgrind: unlike
# wall-clock speed, the count hardly moves with the machine's load, so it shows what a
# change to the extractor costs. Usage: bench/instructions.sh [DIR]   (needs valgrind:
# apt-get install -y valgrind). Extracts the first 20 articles of DIR (the project's
# own set by default) once to warm the caches, then twice more, and counts the
# difference.
set -euo pipefail
folder=$(realpath "${1:-$(dirname "$0")/../tests/extraction/articles}")
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
script='
import os, sys
from pathlib import Path
sys.path.insert(0, ".")
from meetings.extraction import extract_article
from meetings.extraction.reading import read_article_file
texts = [read_article_file(p) for p in sorted(Path(os.environ["FOLDER"]).glob("*.txt"))[:20]]
for _ in range(1 + int(os.environ["PASSES"])):
    for text in texts:
        extract_article(text)
'
count() {
    FOLDER=$folder PYTHONHASHSEED=0 PASSES=$1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        .venv/bin/python -c "$script" 2>&1 | awk '/Collected/ {print $4}'
}
once=$(count 0)
thrice=$(count 2)
echo "instructions per article: $(( (thrice - once) / 40 ))"
