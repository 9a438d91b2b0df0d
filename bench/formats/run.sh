#!/usr/bin/env bash
# Format benchmark: indexing speed and peak memory on HTML and on PDFs, next to plain text
# of the same content. Usage: bench/formats/run.sh [SIZE_MB (default 20)] [PDF_COUNT (default 240)]
#
# Builds (once) under ~/.cache/accord-formats (or $ACCORD_FORMATS_CACHE), never in the repo:
#   corpora-SIZE/{text,html,pdftext,pdf}  from bench/scale's corpus of SIZE MB (built by
#   bench/scale/make-corpus.sh if missing) by make-corpora.py; needs python3 with reportlab
#   (pip install reportlab) and fonts-dejavu-core, fonts-nanum.
# Then indexes each corpus once from scratch with target/release/accord under /usr/bin/time -v
# and writes bench/formats/results/SIZE.md: wall time, MB/s of file bytes and of visible
# text, peak RSS, passages, index size, and HTML's and PDF's cost per MB of visible text
# relative to plain text.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
size=${1:-20}
pdfs=${2:-240}
cache=${ACCORD_FORMATS_CACHE:-$HOME/.cache/accord-formats}
scale_cache=${ACCORD_SCALE_CACHE:-$HOME/.cache/accord-scale}
src=$scale_cache/corpus-$size
corpora=$cache/corpora-$size
mkdir -p "$cache" "$here/results"

[ -x "$root/target/release/accord" ] || { echo "build the release binary first: cargo build --release" >&2; exit 2; }
[ -d "$src" ] || "$root/bench/scale/make-corpus.sh" "$size"
if [ ! -f "$corpora/.done" ]; then
  echo "building the HTML, PDF and text corpora in $corpora..." >&2
  rm -rf "$corpora"
  python3 "$here/make-corpora.py" "$src" "$corpora" "$pdfs"
  touch "$corpora/.done"
fi

# A copy of the binary, so a rebuild during the run does not mix versions.
bin=$cache/accord
cp "$root/target/release/accord" "$bin"
rev=${ACCORD_REV:-$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)}  # the commit the binary was built from

# CORPORA="pdftext pdf" re-measures some corpora; the table takes the others' last run.
for c in ${CORPORA:-text html pdftext pdf}; do
  idx=$cache/index-$c
  rm -rf "$idx"
  echo "indexing $c..." >&2
  /usr/bin/time -v "$bin" --corpus "$corpora/$c" --index "$idx" index > "$cache/$c.out" 2> "$cache/$c.time" || {
    echo "accord index failed on $c; see $cache/$c.time" >&2; tail -5 "$cache/$c.time" >&2; exit 1; }
  du -sb "$idx" | cut -f1 > "$cache/$c.index-bytes"
  echo "$rev" > "$cache/$c.rev"
done

python3 - "$cache" "$corpora" "$size" "$rev" > "$here/results/$size.md" <<'EOF'
import json, re, sys
cache, corpora, size, rev = sys.argv[1:]
man = json.load(open(f"{corpora}/manifest.json"))
import os
rows = {}
for c in ("text", "html", "pdftext", "pdf"):
    if not os.path.exists(f"{cache}/{c}.time"):
        continue
    t = open(f"{cache}/{c}.time").read()
    wall = t.split("Elapsed (wall clock) time (h:mm:ss or m:ss):")[1].split("\n")[0].strip().split(":")
    secs = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
    cpu = float(re.search(r"User time \(seconds\): ([\d.]+)", t).group(1)) + float(re.search(r"System time \(seconds\): ([\d.]+)", t).group(1))
    log = open(f"{cache}/{c}.out").read() + t
    summary = [l for l in log.splitlines() if "passages from" in l]
    passages = re.search(r"(\d+) passages", summary[-1]).group(1) if summary else "?"
    m = re.search(r"(\d+) skipped", summary[-1]) if summary else None
    skipped = int(m.group(1)) if m else len([l for l in log.splitlines() if "warning: skipped" in l])
    rows[c] = dict(secs=secs, cpu=cpu, rss=rss, passages=passages, skipped=skipped, rev=open(f"{cache}/{c}.rev").read().strip(),
                   index=int(open(f"{cache}/{c}.index-bytes").read()) / 1e6, **man[c])
names = {"text": "plain text (HTML's content)", "html": "HTML", "pdftext": "plain text (PDFs' content)", "pdf": "PDF"}
print(f"# Format benchmark, {size} MB source corpus\n")
print(f"`bench/formats/run.sh {size}`; one indexing run per corpus from scratch (2 shared cores, noisy).\n")
print("| corpus | accord | files | MB on disk | MB visible text | wall s | CPU s | MB/s (disk) | MB/s (visible text) | peak RSS MB | passages | index MB | skipped |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for c, r in rows.items():
    print(f"| {names[c]} | `{r['rev']}` | {r['files']} | {r['bytes']/1e6:.1f} | {r['visible']/1e6:.1f} | {r['secs']:.1f} | {r['cpu']:.1f} | "
          f"{r['bytes']/1e6/r['secs']:.2f} | {r['visible']/1e6/r['secs']:.2f} | {r['rss']:.0f} | {r['passages']} | {r['index']:.1f} | {r['skipped']} |")
def cost(a, b):
    if a not in rows or b not in rows:
        return float("nan")
    # seconds per MB of visible text, format over its plain text
    return (rows[a]['secs'] / rows[a]['visible']) / (rows[b]['secs'] / rows[b]['visible'])
def cpu_cost(a, b):
    if a not in rows or b not in rows:
        return float("nan")
    return (rows[a]['cpu'] / rows[a]['visible']) / (rows[b]['cpu'] / rows[b]['visible'])
print(f"\nCost per MB of visible text, relative to plain text of the same content: HTML {cost('html', 'text'):.2f}x wall "
      f"({cpu_cost('html', 'text'):.2f}x CPU), PDF {cost('pdf', 'pdftext'):.2f}x wall ({cpu_cost('pdf', 'pdftext'):.2f}x CPU). Target for HTML: at most 2x.")
for c, r in rows.items():
    if r["skipped"]:
        print(f"\n{names[c]}: {r['skipped']} of {r['files']} files skipped (warnings in the run's log).")
EOF
cat "$here/results/$size.md"
