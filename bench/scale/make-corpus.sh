#!/usr/bin/env bash
# Assembles a scale corpus of real Polish, English and Korean prose for bench/scale/run.sh.
# Usage: bench/scale/make-corpus.sh [SIZE_MB (default 200)] [OUT_DIR (default ~/.cache/accord-scale/corpus-SIZE)]
# Sources: Debian packages (apt-get download + dpkg -x, no root install) and the evaluation
# kit's Korean and English texts (/work/shared/eval/external, or $ACCORD_EVAL_EXTERNAL).
# Everything is cached under ~/.cache/accord-scale (or $ACCORD_SCALE_CACHE), never in the repo.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
size=${1:-200}
cache=${ACCORD_SCALE_CACHE:-$HOME/.cache/accord-scale}
out=${2:-$cache/corpus-$size}
# The kit sits beside the main checkout (../shared); from a git worktree elsewhere, beside
# the checkout that holds the repository's .git.
main_checkout=$(cd "$(git -C "$here" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo "$here/../../.git")/.." && pwd)
external=${ACCORD_EVAL_EXTERNAL:-$main_checkout/../shared/eval/external}
pkgs=(libreoffice-help-en-us libreoffice-help-pl libreoffice-help-ko gnome-user-docs manpages-pl
      python3.11-doc debian-handbook postgresql-doc-15 debian-faq-ko)

mkdir -p "$cache/debs" "$cache/x"
if [ ! -f "$cache/pool/.done" ]; then
  [ -d "$external" ] || { echo "no evaluation kit at $external: set ACCORD_EVAL_EXTERNAL to its external/ folder" >&2; exit 2; }
  ( cd "$cache/debs"
    missing=()
    for p in "${pkgs[@]}"; do ls "${p}"_*.deb >/dev/null 2>&1 || missing+=("$p"); done
    if [ ${#missing[@]} -gt 0 ]; then
      apt-get download "${missing[@]}" 2>/dev/null || { apt-get update >/dev/null; apt-get download "${missing[@]}"; }
    fi )
  for p in "${pkgs[@]}"; do
    # The newest version downloaded (an apt-get update can leave two); extracted into a
    # temporary folder first, so an interrupted extraction is not taken for a done one.
    deb=$(ls "$cache"/debs/"${p}"_*.deb | sort -V | tail -1)
    if [ ! -d "$cache/x/$p" ]; then
      rm -rf "$cache/x/$p.part"; mkdir -p "$cache/x/$p.part"
      dpkg -x "$deb" "$cache/x/$p.part" && mv "$cache/x/$p.part" "$cache/x/$p"
    fi
    echo "$(basename "$deb")" >&2
  done
  echo "extracting paragraphs into $cache/pool (about 2 minutes)..." >&2
  rm -rf "$cache/pool"
  python3 "$here/extract.py" "$cache/x" "$external" "$cache/pool"
  touch "$cache/pool/.done"
fi
python3 "$here/assemble.py" "$cache/pool" "$out" "$size"
