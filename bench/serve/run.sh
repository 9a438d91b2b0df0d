#!/usr/bin/env bash
# Load on `accord serve` over loopback: 8 and 64 concurrent keep-alive clients over a
# mixed request set (paths.py), then 8 clients while `accord index --rebuild` runs beside
# the server. Bounded: each phase stops after SECONDS (default 10) or MAX requests
# (default 100000), the rebuild phase after 180 s at most. Everything on 127.0.0.1.
#
# Usage: bench/serve/run.sh [bundled] [200]   (200: the scale corpus, bench/scale/make-corpus.sh)
# ACCORD_BIN=path runs another binary than target/release/accord.
# Prints one Markdown table row per phase: requests/s, p50/p99/max latency, errors,
# server RSS after the phase (VmRSS) and its peak (VmHWM).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
seconds=${SECONDS_PER_PHASE:-10}
max=${MAX_REQUESTS:-100000}
corpora=("$@")
[ ${#corpora[@]} -gt 0 ] || corpora=(bundled)

work=$(mktemp -d)
server=
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

bin=${ACCORD_BIN:-$repo/target/release/accord}
[ -x "$bin" ] || { echo "build first: cargo build --release" >&2; exit 2; }
cp "$bin" "$work/accord"
rustc -O --edition 2021 -o "$work/loadgen" "$here/loadgen.rs"
accord=$work/accord

rss() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

row() { # name clients json rss hwm
  python3 - "$@" <<'EOF'
import json, sys
name, phase, raw, rss, hwm = sys.argv[1:6]
r = json.loads(raw)
print(f"| {name} | {phase} | {r['requests']} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p99_ms']:.1f} "
      f"| {r['max_ms']:.0f} | {r['errors']} | {rss} | {hwm} |")
if r["errors"]:
    print(f"errors: {r['statuses']}", file=sys.stderr)
EOF
}

echo "| corpus | clients | requests | req/s | p50 ms | p99 ms | max ms | errors | RSS MB | peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|---|"
for name in "${corpora[@]}"; do
  case "$name" in
    bundled) corpus=$work/corpus-bundled; cp -r "$repo/corpus" "$corpus" ;;
    *) corpus=${ACCORD_SCALE_CACHE:-$HOME/.cache/accord-scale}/corpus-$name
       [ -d "$corpus" ] || "$repo/bench/scale/make-corpus.sh" "$name" "$corpus" >&2 ;;
  esac
  index=$work/index-$name
  start=$(date +%s.%N)
  "$accord" --corpus "$corpus" --index "$index" index -q
  echo "$name: indexed in $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s" >&2

  "$accord" --corpus "$corpus" --index "$index" serve --port 0 > "$work/url" 2> "$work/serve-$name.log" &
  server=$!
  for _ in $(seq 300); do [ -s "$work/url" ] && break; sleep 0.1; done
  url=$(head -1 "$work/url")
  [ -n "$url" ] || { cat "$work/serve-$name.log" >&2; exit 1; }
  python3 "$here/paths.py" "$url" "$repo"/tests/data/*.jsonl > "$work/paths"
  "$work/loadgen" "$url" 4 2 1000 "$work/paths" > /dev/null   # warm the page cache

  for clients in 8 64; do
    out=$("$work/loadgen" "$url" "$clients" "$seconds" "$max" "$work/paths")
    row "$name" "$clients" "$out" "$(rss "$server" VmRSS)" "$(rss "$server" VmHWM)"
  done

  before=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('${url}api/health'))['opstamp'])")
  rm -f "$work/stop"
  ( start=$(date +%s.%N)
    "$accord" --corpus "$corpus" --index "$index" index --rebuild -q
    echo "$name: rebuild beside the server took $(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')") s" >&2
    touch "$work/stop" ) &
  rebuild=$!
  out=$("$work/loadgen" "$url" 8 180 "$max" "$work/paths" "$work/stop")
  wait "$rebuild"
  sleep 1
  after=$(python3 -c "import json,urllib.request; print(json.load(urllib.request.urlopen('${url}api/health'))['opstamp'])")
  row "$name" "8, during index --rebuild" "$out" "$(rss "$server" VmRSS)" "$(rss "$server" VmHWM)"
  echo "$name: commit served before the rebuild $before, after $after" >&2
  kill "$server"; wait "$server" 2>/dev/null || true; server=
done
