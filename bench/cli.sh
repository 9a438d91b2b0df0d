#!/usr/bin/env bash
# Times the release binary on the bundled corpus: binary size, index time and peak
# memory, index size, end-to-end search latency, and the public sample queries' scores.
# Usage: bench/cli.sh            (from the repo root; needs hyperfine: apt-get install hyperfine)
set -euo pipefail
cd "$(dirname "$0")/.."

cargo build --release --locked >/dev/null 2>&1
bin=target/release/accord
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB, $(uname -m)"
echo "binary: $(stat -c %s "$bin") bytes"
raw=$(cat corpus/*.txt | wc -c)
echo "corpus: $(ls corpus/*.txt | wc -l) files, $raw bytes"

/usr/bin/time -f "index: %e s wall, %M KB peak RSS" "$bin" --index "$tmp/ix" index -q
echo "index size: $(du -sb "$tmp/ix" | cut -f1) bytes"

if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 5 --min-runs 50 --export-markdown "$tmp/search.md" \
    "$bin --index $tmp/ix search 6G" \
    "$bin --index $tmp/ix search 'zero-emission vehicles' --json" \
    "$bin --index $tmp/ix search półprzewodnik" \
    "$bin --index $tmp/ix search '\"Indo-Pacific Economic Framework\" AND -Japan'" >/dev/null
  cat "$tmp/search.md"
else
  echo "hyperfine not installed (apt-get install hyperfine): search latency not measured"
fi

if [ -f ../shared/eval/evalq.py ]; then
  python3 ../shared/eval/evalq.py accord --queries tests/data/public-queries.jsonl --corpus corpus --bin "$bin" || true
else
  echo "../shared/eval/evalq.py not found: relevance not scored"
fi
