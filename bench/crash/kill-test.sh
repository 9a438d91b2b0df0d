#!/usr/bin/env bash
# Crash-safety test: kill -9 `accord index` at random moments and check what is left.
#
#   bench/crash/kill-test.sh [KILLS] [FILES]        defaults: 50 kills, 2000 files
#   bench/crash/kill-test.sh merge [KILLS] [FILES]  kills during the final merge only
#
# Environment: ACCORD (binary, default target/release/accord, built if missing),
# WORK (scratch folder, default a new temp dir, removed at the end unless KEEP=1),
# WORD (search word, default "cells"), SEED (default 1).
#
# It generates FILES real-looking statements (gen-corpus.py), measures how long a full
# and an incremental run take, then KILLS times starts one of
#   fresh        `accord index` into an empty folder (the first commit ever), 1 in 10
#   rebuild      `accord index --rebuild` over a committed index
#   incremental  `accord index` after rewriting 200 files
# and kills it with SIGKILL after a delay drawn evenly across that mode's whole run
# (stratified: the k-th of n kills lands in the k-th n-th of the run). Every third run
# also has 3 searches running against the index while it is being written.
#
# With `merge` first, every run is killed in its final merge instead: the run is started
# with the test hook ACCORD_TEST_PAUSE_BEFORE_MERGE=PAUSE (default 0.3 s; see
# src/index/build/merge.rs), which prints a line and sleeps just before the merge; the
# kill lands at a delay after that line drawn evenly (stratified) over the pause and
# the merge's measured length, so most kills land inside tantivy's merge itself and
# some in the pause before it. Modes cycle fresh / rebuild / incremental (rewriting
# FILES/3 files, enough to merge). It also reports the segments and the bytes of files
# no commit refers to left after the re-run.
#
# After each kill it checks:
#   1. `accord search WORD --json` exits 0 or 1; 2 only with "no index" (nothing committed
#      yet, fresh mode);
#   2. a new `accord index` completes (exit 0) without manual repair;
#   3. `accord docs --json` then lists every file exactly once (lines == FILES, ids and
#      paths unique).
# A concurrent search must exit 0 or 1, or 2 saying "no index" / "another `accord index`
# is writing" (a search on an empty folder tries to build and meets the lock).
# When step 2 fails the index folder is removed by hand (counted as "manual repair") so
# the run can go on. The summary lists every failure; the exit status is 1 if any.

set -u
MERGE=0
if [ "${1:-}" = merge ]; then MERGE=1; shift; fi
PAUSE=${PAUSE:-0.3}
KILLS=${1:-50}
FILES=${2:-2000}
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
ACCORD=${ACCORD:-$REPO/target/release/accord}
WORD=${WORD:-cells}
SEED=${SEED:-1}
RANDOM=$SEED

if [ ! -x "$ACCORD" ]; then
    echo "building $ACCORD" >&2
    (cd "$REPO" && cargo build --release -j 1) || exit 2
fi

WORK=${WORK:-$(mktemp -d)}
mkdir -p "$WORK"
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$WORK"' EXIT
C=$WORK/corpus
I=$WORK/index
LOG=$WORK/log
mkdir -p "$LOG"

python3 "$HERE/gen-corpus.py" "$C" "$FILES" "$SEED" || exit 2
NFILES=$(find "$C" -name '*.txt' | wc -l)

acc() { "$ACCORD" --corpus "$C" --index "$1" "${@:2}"; }
now() { date +%s.%N; }
fsub() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a - b }'; }

# --- calibration ---------------------------------------------------------------
t0=$(now); acc "$WORK/calib" index >/dev/null 2>&1 || { echo "calibration index failed"; exit 2; }
T_FULL=$(fsub "$(now)" "$t0")
python3 "$HERE/gen-corpus.py" --mutate "$C" 200 0
t0=$(now); acc "$WORK/calib" index >/dev/null 2>&1
T_INC=$(fsub "$(now)" "$t0")
rm -rf "$WORK/calib"
echo "corpus: $NFILES files, $(du -sh "$C" | cut -f1); full index ${T_FULL}s, incremental (200 changed) ${T_INC}s"

# Waits until FILE holds TEXT (at most 300 s); prints the time it saw it.
wait_for_line() { # file text pid
    local n=0
    while ! grep -q "$2" "$1" 2>/dev/null; do
        kill -0 "$3" 2>/dev/null || return 1
        sleep 0.01
        n=$((n + 1))
        ((n < 30000)) || return 1
    done
    now
}

if ((MERGE)); then
    # The merge's own length: from the hook's "merging now" to the end of the run.
    ACCORD_TEST_PAUSE_BEFORE_MERGE=0 "$ACCORD" --corpus "$C" --index "$WORK/calib" index \
        >/dev/null 2>"$WORK/calib.err" &
    pid=$!
    t0=$(wait_for_line "$WORK/calib.err" "test hook: merging now" "$pid") || { echo "calibration run never merged"; exit 2; }
    wait "$pid"
    T_MERGE=$(fsub "$(now)" "$t0")
    rm -rf "$WORK/calib"
    echo "final merge of a full build: ${T_MERGE}s (kills spread over ${PAUSE}s of pause + the merge)"
fi

# Segments in the last commit, and bytes of files in the index folder that it does not
# name (what a killed merge left behind).
segments() { jq '.segments | length' "$I/meta.json" 2>/dev/null || echo "?"; }
stray_bytes() {
    local keep
    keep=$(jq -r '.segments[].segment_id' "$I/meta.json" 2>/dev/null | tr -d - | paste -sd'|')
    find "$I" -maxdepth 1 -type f -printf '%f %s\n' |
        awk -v keep="${keep:-none}" '
            $1 ~ /^[0-9a-f]{32}\./ { split($1, p, "."); if (p[1] !~ "^(" keep ")$") s += $2 }
            END { print s + 0 }'
}

# --- schedule: mode per run, and the delay spread over that mode's runs ------------
declare -a MODE
declare -A NMODE JMODE
for ((i = 1; i <= KILLS; i++)); do
    if ((MERGE)); then
        case $((i % 3)) in 1) m=fresh ;; 2) m=rebuild ;; 0) m=incremental ;; esac
    elif ((i % 10 == 1)); then m=fresh; elif ((i % 2)); then m=rebuild; else m=incremental; fi
    MODE[$i]=$m
    NMODE[$m]=$((${NMODE[$m]:-0} + 1))
done

declare -A COUNT
FAILURES=()
count() { COUNT[$1]=$((${COUNT[$1]:-0} + 1)); }
fail() { FAILURES+=("run $1 (${MODE[$1]}, killed at ${DELAY}s): $2"); }

# Classifies an exit code and its stderr into a short outcome name.
classify() { # rc errfile
    local rc=$1 err=$2
    case $rc in
        0) echo "exit0" ;;
        1) echo "exit1" ;;
        124) echo "timeout" ;;
        2)
            if grep -q "no index in" "$err"; then echo "exit2-no-index"
            elif grep -q "another \`accord index\` is writing" "$err"; then echo "exit2-locked"
            elif grep -q "is not an accord index" "$err"; then echo "exit2-not-an-accord-index"
            elif grep -q "damaged" "$err"; then echo "exit2-damaged"
            else echo "exit2-other"; fi ;;
        *) if grep -q panicked "$err"; then echo "panic-$rc"; else echo "exit$rc"; fi ;;
    esac
}

# --- the runs -----------------------------------------------------------------------
acc "$I" index >/dev/null 2>&1 # a committed index for the first non-fresh runs
for ((i = 1; i <= KILLS; i++)); do
    m=${MODE[$i]}
    JMODE[$m]=$((${JMODE[$m]:-0} + 1))
    case $m in
        fresh) rm -rf "$I"; T=$T_FULL; args=(index) ;;
        rebuild) T=$T_FULL; args=(index --rebuild) ;;
        incremental)
            T=$T_INC; args=(index)
            ((MERGE)) && n=$((NFILES / 3)) || n=200
            python3 "$HERE/gen-corpus.py" --mutate "$C" "$n" "$((SEED * 1000 + i))" ;;
    esac
    if ((MERGE)); then
        # Over the pause and the merge, spread across all runs (not per mode).
        DELAY=$(awk -v p="$PAUSE" -v t="$T_MERGE" -v j="$i" -v n="$KILLS" -v u="$RANDOM" \
            'BEGIN { printf "%.3f", (p + t) * (j - 1 + u / 32768) / n }')
    else
        DELAY=$(awk -v t="$T" -v j="${JMODE[$m]}" -v n="${NMODE[$m]}" -v u="$RANDOM" \
            'BEGIN { printf "%.3f", t * 1.05 * (j - 1 + u / 32768) / n }')
    fi

    # Started directly (not through a shell function), so $! is accord itself and the
    # SIGKILL reaches it.
    if ((MERGE)); then
        ACCORD_TEST_PAUSE_BEFORE_MERGE=$PAUSE "$ACCORD" --corpus "$C" --index "$I" "${args[@]}" \
            >"$LOG/$i.index.out" 2>"$LOG/$i.index.err" &
    else
        "$ACCORD" --corpus "$C" --index "$I" "${args[@]}" >"$LOG/$i.index.out" 2>"$LOG/$i.index.err" &
    fi
    pid=$!
    searchers=()
    if ((i % 3 == 0)); then
        for q in 1 2 3; do
            (
                sleep "$(awk -v d="$DELAY" -v q="$q" 'BEGIN { printf "%.3f", d * q / 4 }')"
                timeout 120 "$ACCORD" --corpus "$C" --index "$I" search "$WORD" --json -n 3 \
                    >/dev/null 2>"$LOG/$i.conc$q.err"
                echo $? >"$LOG/$i.conc$q.rc"
            ) &
            searchers+=($!)
        done
    fi
    if ((MERGE)); then
        if ! wait_for_line "$LOG/$i.index.err" "test hook: merging in" "$pid" >/dev/null; then
            fail "$i" "the run never reached its merge: $(head -c 300 "$LOG/$i.index.err")"
        fi
    fi
    sleep "$DELAY"
    if kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null; then
        wait "$pid" 2>/dev/null
        count "kill-landed"
        if ((MERGE)); then
            if grep -q "test hook: merging now" "$LOG/$i.index.err"; then count "kill-landed:in-merge"
            else count "kill-landed:in-pause-before-merge"; fi
        fi
        landed=1
    else
        wait "$pid"
        rc=$?
        count "finished-before-kill"
        landed=0
        [ "$rc" = 0 ] || fail "$i" "index run exited $rc before the kill: $(head -c 300 "$LOG/$i.index.err")"
    fi
    for s in "${searchers[@]}"; do wait "$s"; done
    for q in 1 2 3; do
        [ -f "$LOG/$i.conc$q.rc" ] || continue
        o=$(classify "$(cat "$LOG/$i.conc$q.rc")" "$LOG/$i.conc$q.err")
        count "concurrent-search:$o"
        case $o in
            exit0 | exit1 | exit2-no-index | exit2-locked) ;;
            *) fail "$i" "concurrent search $q: $o: $(head -c 300 "$LOG/$i.conc$q.err")" ;;
        esac
    done

    # 1. search right after the kill
    timeout 120 "$ACCORD" --corpus "$C" --index "$I" search "$WORD" --json -n 3 \
        >/dev/null 2>"$LOG/$i.search.err"
    so=$(classify $? "$LOG/$i.search.err")
    count "after-kill-search:$m:$so"
    case $so in
        exit0 | exit1) ;;
        exit2-no-index) [ "$m" = fresh ] || fail "$i" "search says no index after a kill in $m mode" ;;
        *) fail "$i" "search after kill: $so: $(head -c 300 "$LOG/$i.search.err")" ;;
    esac

    # 2. a new index run must complete without repair
    timeout 300 "$ACCORD" --corpus "$C" --index "$I" index >/dev/null 2>"$LOG/$i.reindex.err"
    rr=$?
    if [ "$rr" = 0 ]; then
        count "reindex:ok"
    else
        o=$(classify "$rr" "$LOG/$i.reindex.err")
        count "reindex:$o"
        fail "$i" "re-running accord index: $o: $(grep -m1 error "$LOG/$i.reindex.err" | head -c 300)"
        rm -rf "$I"
        count "manual-repair:rm-rf-index"
        acc "$I" index >/dev/null 2>"$LOG/$i.repair.err" || fail "$i" "index failed even into an empty folder"
    fi

    # 3. every file listed exactly once
    acc "$I" docs --json >"$LOG/$i.docs" 2>"$LOG/$i.docs.err"
    rc=$?
    lines=$(wc -l <"$LOG/$i.docs")
    ids=$(jq -r .id "$LOG/$i.docs" | sort -u | wc -l)
    paths=$(jq -r .path "$LOG/$i.docs" | sort -u | wc -l)
    if [ "$rc" = 0 ] && [ "$lines" = "$NFILES" ] && [ "$ids" = "$NFILES" ] && [ "$paths" = "$NFILES" ]; then
        count "docs-complete"
    else
        count "docs-wrong"
        fail "$i" "docs after re-index: rc $rc, $lines lines, $ids ids, $paths paths (want $NFILES)"
    fi
    extra=""
    if ((MERGE)); then
        extra=" segments:$(segments) stray-bytes:$(stray_bytes)"
        count "segments-after-reindex:$(segments)"
        [ "$(stray_bytes)" = 0 ] && count "no-stray-files" || count "stray-files-left"
    fi
    printf 'run %2d %-11s delay %6.3fs %-8s search:%s reindex:%s docs:%s/%s%s\n' "$i" "$m" "$DELAY" \
        "$([ $landed = 1 ] && echo killed || echo finished)" "$so" "$rr" "$lines" "$NFILES" "$extra"
done

echo
echo "== summary: $KILLS runs ($FILES files; full ${T_FULL}s, incremental ${T_INC}s$( ((MERGE)) && echo "; kills in the final merge, ${T_MERGE}s + ${PAUSE}s pause")) =="
printf '%s\n' "${!COUNT[@]}" | sort | while read -r k; do printf '  %-52s %s\n' "$k" "${COUNT[$k]}"; done
echo "  failures: ${#FAILURES[@]}"
for f in "${FAILURES[@]}"; do echo "    - $f"; done
[ "${#FAILURES[@]}" = 0 ]
