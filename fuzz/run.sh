#!/usr/bin/env bash
# Builds a fuzz target with libFuzzer instrumentation on the stable toolchain
# (RUSTC_BOOTSTRAP=1 unlocks the flags cargo-fuzz passes on nightly) and runs it.
# Usage: fuzz/run.sh TARGET [SECONDS]     TARGET: query_parse | ingest | html | pdf
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh query_parse|ingest|html|pdf [SECONDS]}
secs=${2:-300}
export RUSTC_BOOTSTRAP=1
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table -Cllvm-args=-sanitizer-coverage-trace-compares --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
# An explicit --target keeps RUSTFLAGS off build scripts, as cargo-fuzz does.
triple=$(rustc -vV | sed -n 's/^host: //p')
cargo build --release --target "$triple" --bin "$target"
mkdir -p "corpus/$target" artifacts
"./target/$triple/release/$target" "corpus/$target" -artifact_prefix=artifacts/ -max_total_time="$secs" -print_final_stats=1
