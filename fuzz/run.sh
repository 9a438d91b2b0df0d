#!/usr/bin/env bash
# Builds a fuzz target with libFuzzer instrumentation on the stable toolchain
# (RUSTC_BOOTSTRAP=1 unlocks the flags cargo-fuzz passes on nightly) and runs it.
# Usage: fuzz/run.sh TARGET [SECONDS] [LIBFUZZER FLAGS...]
#   TARGET: query_parse | ingest | html | markdown | pdf | http
#   The corpus is corpus/TARGET, seeded from seeds/TARGET; dicts/TARGET.dict is passed
#   as -dict when it exists; crashes go to artifacts/. Flags after SECONDS go to
#   libFuzzer (e.g. -runs=1000000 -max_len=4096).
set -euo pipefail
cd "$(dirname "$0")"
usage="usage: fuzz/run.sh query_parse|ingest|html|markdown|pdf|http [SECONDS] [LIBFUZZER FLAGS...]"
target=${1:?$usage}
case $target in
query_parse | ingest | html | markdown | pdf | http) ;;
*)
    echo "fuzz/run.sh: no fuzz target '$target'; $usage" >&2
    exit 2
    ;;
esac
secs=${2:-300}
shift $(($# < 2 ? $# : 2))
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps RUSTFLAGS off build scripts, as cargo-fuzz does.
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --target "$triple" --bin "$target"
mkdir -p "corpus/$target" artifacts
if [ -d "seeds/$target" ]; then
    cp -n "seeds/$target"/* "corpus/$target/"
fi
flags=()
if [ -f "dicts/$target.dict" ]; then
    flags+=("-dict=dicts/$target.dict")
fi
# The http target builds its index in a temporary folder: one per run, removed after.
TMPDIR=$(mktemp -d)
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
"./target/$triple/release/$target" "corpus/$target" -artifact_prefix=artifacts/ \
    -max_total_time="$secs" -print_final_stats=1 "${flags[@]}" "$@"
