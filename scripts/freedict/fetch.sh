#!/bin/sh
# Fetch FreeDict English-Polish and Polish-English from the Debian archive and
# convert them to TSV for accord.
#
#   scripts/freedict/fetch.sh OUTPUT_DIR        (e.g. data/freedict)
#
# Writes OUTPUT_DIR/en-pl.tsv, OUTPUT_DIR/pl-en.tsv, OUTPUT_DIR/COPYING and
# OUTPUT_DIR/VERSIONS. Needs: apt-get, dpkg, python3 (standard library only).
# Works on a fresh Debian machine; if the package lists are empty it runs
# `apt-get update` (as root) once and retries.
set -eu

die() { echo "fetch.sh: error: $*" >&2; exit 1; }

[ $# -eq 1 ] || { echo "usage: $0 OUTPUT_DIR" >&2; exit 2; }
OUT=$1
HERE=$(cd "$(dirname "$0")" && pwd)
PKGS="dict-freedict-eng-pol dict-freedict-pol-eng"

command -v apt-get >/dev/null 2>&1 || die "apt-get not found (this script needs a Debian/Ubuntu system)"
command -v dpkg >/dev/null 2>&1 || die "dpkg not found"
command -v python3 >/dev/null 2>&1 || die "python3 not found"

mkdir -p "$OUT" || die "cannot create output folder $OUT"
OUT=$(cd "$OUT" && pwd)
TMP=$(mktemp -d "${TMPDIR:-/tmp}/accord-freedict.XXXXXX") || die "mktemp failed"
trap 'rm -rf "$TMP"' EXIT INT TERM
cd "$TMP"

download() {
    # apt-get download drops privileges to _apt; give it a writable folder
    chmod 0777 "$TMP" 2>/dev/null || true
    apt-get download $PKGS >"$TMP/apt.log" 2>&1
}

if ! download; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "fetch.sh: apt-get download failed; running apt-get update and retrying" >&2
        apt-get update >"$TMP/update.log" 2>&1 || { cat "$TMP/update.log" >&2; die "apt-get update failed (no access to the Debian archive?)"; }
        download || { cat "$TMP/apt.log" >&2; die "apt-get download $PKGS failed (see above); are the packages available in your apt sources (Debian main, bookworm or later)?"; }
    else
        cat "$TMP/apt.log" >&2
        die "apt-get download $PKGS failed (see above); try 'sudo apt-get update' first"
    fi
fi

for p in $PKGS; do
    deb=$(ls "$TMP"/${p}_*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || die "apt-get reported success but no ${p}_*.deb was downloaded"
    dpkg -x "$deb" "$TMP/root" || die "dpkg -x $deb failed"
done

V_EP=$(ls "$TMP"/dict-freedict-eng-pol_*.deb | sed 's/.*dict-freedict-eng-pol_\(.*\)_all\.deb/\1/')
V_PE=$(ls "$TMP"/dict-freedict-pol-eng_*.deb | sed 's/.*dict-freedict-pol-eng_\(.*\)_all\.deb/\1/')
D="$TMP/root/usr/share/dictd"
for f in freedict-eng-pol.index freedict-eng-pol.dict.dz freedict-pol-eng.index freedict-pol-eng.dict.dz; do
    [ -f "$D/$f" ] || die "expected $D/$f in the package, not found (package layout changed?)"
done

python3 "$HERE/convert.py" "$D/freedict-eng-pol" "$OUT/en-pl.tsv" --style piotrowski || die "conversion of eng-pol failed"
python3 "$HERE/convert.py" "$D/freedict-pol-eng" "$OUT/pl-en.tsv" --style wikdict || die "conversion of pol-eng failed"
python3 "$HERE/licence.py" "$TMP/root" "$OUT/COPYING" "$V_EP" "$V_PE" || die "writing COPYING failed"
printf 'dict-freedict-eng-pol\t%s\ndict-freedict-pol-eng\t%s\n' "$V_EP" "$V_PE" >"$OUT/VERSIONS"

echo "fetch.sh: wrote $OUT/en-pl.tsv ($(wc -l <"$OUT/en-pl.tsv") headwords, eng-pol $V_EP)," \
     "$OUT/pl-en.tsv ($(wc -l <"$OUT/pl-en.tsv") headwords, pol-eng $V_PE), COPYING, VERSIONS" >&2
