#!/usr/bin/env bash
# Scale benchmark: accord against ripgrep, SQLite FTS5 and plain tantivy on the same text.
# Usage: bench/scale/run.sh [SIZE_MB ...]        (default: 20 60 200; from anywhere)
# Needs: hyperfine, ripgrep (apt-get install hyperfine ripgrep), python3, cargo.
# Corpora come from make-corpus.sh (built if missing); indexes, results and a frozen copy of
# the accord binary live under ~/.cache/accord-scale (or $ACCORD_SCALE_CACHE).
# Results: $cache/results/<size>/*, summary tables printed at the end (report.py).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
cache=${ACCORD_SCALE_CACHE:-$HOME/.cache/accord-scale}
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(20 60 200); fi
runs=${RUNS:-100}        # CLI runs per query for accord (hyperfine)
rg_runs=${RG_RUNS:-20}   # runs per query for ripgrep
ip_runs=${IP_RUNS:-200}  # in-process runs per query (FTS5, tantivy-default)
index_runs=${INDEX_RUNS:-3}  # indexing rounds per size (accord, tantivy, FTS5 in turn); medians reported

queries=(cooperation '"supply chain"' 'semiconductor AND quantum' 'współpracy' 'współpraca' '반도체'
         configuration 'plików' '설정' 'submarine cables')
# What ripgrep is asked for each query: -F fixed strings, case-insensitive, count per file.
# A boolean AND cannot be expressed per paragraph in one rg call: its cost is a scan for
# either word (-e a -e b), which is what a grep user would start from.
rg_args=('-e cooperation' '-e supply\ chain' '-e semiconductor -e quantum' '-e współpracy' '-e współpraca'
         '-e 반도체' '-e configuration' '-e plików' '-e 설정' '-e submarine\ cables')

command -v hyperfine >/dev/null || { echo "install hyperfine: apt-get install hyperfine" >&2; exit 2; }
command -v rg >/dev/null || { echo "install ripgrep: apt-get install ripgrep" >&2; exit 2; }

# accord: the release binary, built if missing (no file changed), then frozen for this run.
if [ ! -x "$repo/target/release/accord" ]; then
  (cd "$repo" && cargo build --release -j 1)
fi
mkdir -p "$cache/bin"
cp "$repo/target/release/accord" "$cache/bin/accord"
acc="$cache/bin/accord"
# accord's in-process latency harness, built now (not in the middle of a size).
(cd "$repo" && cargo bench --no-run -q --bench latency)
# tantivy with its default tokenizer, standalone crate.
(cd "$here/tantivy-default" && cargo build --release -j 1 -q)
tdb="$here/tantivy-default/target/release/tantivy-default-bench"

{
  echo "date: $(date -u +%FT%TZ)"
  echo "accord: $(git -C "$repo" rev-parse --short HEAD)$(git -C "$repo" diff --quiet HEAD -- src Cargo.toml Cargo.lock || echo ' + uncommitted changes in src'), binary built $(date -u -r "$repo/target/release/accord" +%FT%TZ)"
  echo "machine: $(nproc) cores, $(free -m | awk '/Mem:/ {print $2}') MB RAM, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo "tools: $(rg --version 2>/dev/null | head -1), $(hyperfine --version), sqlite $(python3 -c 'import sqlite3; print(sqlite3.sqlite_version)'), $(rustc --version)"
} | tee "$cache/results-env.txt"

# Wait (up to 10 minutes) while a compiler runs on this shared machine: it would skew timings.
quiet() {
  for _ in $(seq 120); do pgrep -x rustc >/dev/null || pgrep -x cc1plus >/dev/null || return 0; sleep 5; done
  echo "warning: a compiler is still running; timings may be skewed" >&2
}

# time -v output -> "wall_s cpu_s rss_kb"
timecpu() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]} /User time|System time/ {c+=$2} /Maximum resident/ {r=$2} END {print s, c, r}' "$1"; }
# The indexing time a peer printed (index ... secs=S ...) -> S
secs_of() { sed -n 's/^index .*secs=\([0-9.]*\).*/\1/p' "$1"; }
# time -v output -> "wall_s rss_kb"
timev() { awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,a,":"); s=0; for(i=1;i<=n;i++) s=s*60+a[i]} /Maximum resident/ {r=$2} END {print s, r}' "$1"; }

for size in "${sizes[@]}"; do
  corpus="$cache/corpus-$size"
  out="$cache/results/$size"
  ix="$cache/ix-$size"
  [ -d "$corpus" ] || "$here/make-corpus.sh" "$size" "$corpus" > "$cache/composition-$size.md"
  [ -f "$cache/composition-$size.md" ] || python3 "$here/assemble.py" "$cache/pool" "$corpus" "$size" > "$cache/composition-$size.md"
  rm -rf "$out" "$ix"; mkdir -p "$out" "$ix"
  raw=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  echo "== $size MB: $corpus ($raw bytes)"
  echo "raw_bytes $raw" > "$out/sizes.txt"
  cat "$corpus"/*/*.txt > /dev/null   # warm the page cache: every tool reads from memory
  quiet; echo "loadavg_before $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out/sizes.txt"
  # Every 2 s, note whether someone else's compiler runs (the machine is shared).
  ( while :; do echo "$(date +%s) rustc=$(pgrep -xc rustc || true) load=$(cut -d' ' -f1 /proc/loadavg)"; sleep 2; done ) > "$out/contention.log" &
  sampler=$!

  # accord: index
  # stdout: accord's summary line (files, passages, seconds, of which merging)
  /usr/bin/time -v "$acc" --corpus "$corpus" --index "$ix/accord" index > "$out/accord-index.summary" 2> "$out/accord-index.time" || { echo "accord index failed"; tail "$out/accord-index.time"; }
  echo "accord_index $(timev "$out/accord-index.time")" >> "$out/sizes.txt"
  echo "accord_index_bytes $(du -sb "$ix/accord" | cut -f1)" >> "$out/sizes.txt"
  # accord: CLI latency, process start to last line printed (hyperfine waits for exit)
  cmds=(); for q in "${queries[@]}"; do cmds+=("$acc --corpus $corpus --index $ix/accord search '$q' --json -n 10"); done
  hyperfine -N -i --warmup 5 --runs "$runs" --export-json "$out/accord-cli.json" "${cmds[@]}" > /dev/null 2>&1
  # The floor under any CLI: starting a process that does nothing, and accord doing nothing.
  hyperfine -N --warmup 5 --runs "$runs" --export-json "$out/floor.json" /bin/true "$acc --version" > /dev/null 2>&1
  for q in "${queries[@]}"; do
    n=$("$acc" --corpus "$corpus" --index "$ix/accord" search "$q" --json -n 10 2>/dev/null | wc -l || true)
    k=$("$acc" --corpus "$corpus" --index "$ix/accord" search "$q" --json -n 100000 2>/dev/null | wc -l || true)
    printf '%s\t%s\t%s\n' "$q" "$n" "$k"
  done > "$out/accord-hits.tsv"
  /usr/bin/time -v "$acc" --corpus "$corpus" --index "$ix/accord" search cooperation --json -n 10 > /dev/null 2> "$out/accord-search.time" || true
  echo "accord_search_cooperation $(timev "$out/accord-search.time")" >> "$out/sizes.txt"
  # accord in process: query latency and the start-up cost of each component
  quiet
  (cd "$repo" && ACCORD_BENCH_INDEX="$ix/accord" ACCORD_BENCH_RUNS="$ip_runs" cargo bench -q --bench latency 2>/dev/null) > "$out/accord-inprocess.md" || echo "latency bench failed" > "$out/accord-inprocess.md"
  echo "accord_segments $(ls "$ix/accord"/*.idx 2>/dev/null | wc -l)" >> "$out/sizes.txt"

  # ripgrep over the raw files
  quiet
  cmds=(); for a in "${rg_args[@]}"; do cmds+=("rg -i -c -F $a $corpus"); done
  hyperfine -N -i --warmup 2 --runs "$rg_runs" --export-json "$out/rg.json" "${cmds[@]}" > /dev/null 2>&1

  # SQLite FTS5
  quiet
  /usr/bin/time -v python3 "$here/fts5.py" "$corpus" "$ix/fts5.db" "$ip_runs" "${queries[@]}" > "$out/fts5.txt" 2> "$out/fts5.time"
  echo "fts5_build_and_queries $(timev "$out/fts5.time")" >> "$out/sizes.txt"

  # tantivy, default tokenizer
  quiet
  /usr/bin/time -v "$tdb" "$corpus" "$ix/tantivy-default" "$ip_runs" "${queries[@]}" > "$out/tantivy-default.txt" 2> "$out/tantivy-default.time"
  echo "tantivy_default_index_and_queries $(timev "$out/tantivy-default.time")" >> "$out/sizes.txt"
  echo "tantivy_default_index_bytes $(du -sb "$ix/tantivy-default" | cut -f1)" >> "$out/sizes.txt"
  # More indexing rounds, the three indexers in turn, so that load from elsewhere on the
  # machine falls on all of them alike: index-runs.tsv has one row per tool and round
  # (tool, round, indexing seconds, CPU seconds of the process, peak RSS KB).
  {
    printf 'accord\t1\t%s\n' "$(timecpu "$out/accord-index.time" | tr ' ' '\t')"
    printf 'tantivy\t1\t%s\t%s\n' "$(secs_of "$out/tantivy-default.txt")" "$(timecpu "$out/tantivy-default.time" | cut -d' ' -f2- | tr ' ' '\t')"
    printf 'fts5\t1\t%s\t%s\n' "$(secs_of "$out/fts5.txt")" "$(timecpu "$out/fts5.time" | cut -d' ' -f2- | tr ' ' '\t')"
  } > "$out/index-runs.tsv"
  for r in $(seq 2 "$index_runs"); do
    quiet
    rm -rf "$ix/again"; mkdir -p "$ix/again"
    /usr/bin/time -v "$acc" --corpus "$corpus" --index "$ix/again/accord" index -q 2> "$out/again.time" > /dev/null
    printf 'accord\t%s\t%s\n' "$r" "$(timecpu "$out/again.time" | tr ' ' '\t')" >> "$out/index-runs.tsv"
    /usr/bin/time -v "$tdb" "$corpus" "$ix/again/tantivy" 1 > "$out/again.txt" 2> "$out/again.time"
    printf 'tantivy\t%s\t%s\t%s\n' "$r" "$(secs_of "$out/again.txt")" "$(timecpu "$out/again.time" | cut -d' ' -f2- | tr ' ' '\t')" >> "$out/index-runs.tsv"
    /usr/bin/time -v python3 "$here/fts5.py" "$corpus" "$ix/again/fts5.db" 1 > "$out/again.txt" 2> "$out/again.time"
    printf 'fts5\t%s\t%s\t%s\n' "$r" "$(secs_of "$out/again.txt")" "$(timecpu "$out/again.time" | cut -d' ' -f2- | tr ' ' '\t')" >> "$out/index-runs.tsv"
  done
  rm -rf "$ix/again" "$out/again.time" "$out/again.txt"
  kill "$sampler"
  echo "contended_samples $(grep -vc 'rustc=0' "$out/contention.log" || true) of $(wc -l < "$out/contention.log")" >> "$out/sizes.txt"
  cat "$out/sizes.txt"
done
python3 "$here/report.py" "$cache" "${sizes[@]}" | tee "$cache/results/summary.md"
