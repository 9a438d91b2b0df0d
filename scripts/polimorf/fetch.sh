#!/bin/sh
# Fetch spacy-lookups-data from PyPI and convert its Polish lemma tables (PoliMorf +
# SGJP, BSD-2) into OUTPUT_DIR/lemmas.fst and OUTPUT_DIR/rules.tsv.
#
#   scripts/polimorf/fetch.sh OUTPUT_DIR        (e.g. data/polimorf)
#
# Needs pip, python3 and cargo. The licence text is copied from the package beside the data.
set -eu
out=${1:?usage: fetch.sh OUTPUT_DIR}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pip download --no-deps --dest "$tmp" 'spacy-lookups-data==1.0.5'
wheel=$(ls "$tmp"/spacy_lookups_data-*.whl)
python3 "$here/convert.py" "$wheel" "$out"
cargo run --release --quiet --manifest-path "$here/../fst-build/Cargo.toml" -- "$out/lemmas.fst" < "$out/lemmas.keys"
rm "$out/lemmas.keys"
unzip -p "$wheel" spacy_lookups_data/data/pl_license.txt > "$out/LICENSE"
