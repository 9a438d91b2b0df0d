#!/usr/bin/env python3
"""Builds a corpus of SIZE_MB from the paragraph pool (POOL/<lang>/<source>.txt): every
source contributes in proportion to its size. Below the pool's size each source gives a
prefix of its paragraphs (no repetition); above it, every source is included whole, then
again as exact copies (files *-rK-NNNN.txt, K = 2, 3, ...) until the size is reached.
Files hold at most FILE_MB each and end on paragraph boundaries. Prints the composition.

usage: assemble.py POOL_DIR OUT_DIR SIZE_MB
"""
import glob, os, re, shutil, sys

FILE_MB = 2.0


def main():
    pool, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
    target = int(size_mb * 1e6)
    srcs = []
    for f in sorted(glob.glob(f"{pool}/*/*.txt")):
        lang, name = f.split("/")[-2], os.path.basename(f)[:-4]
        paras = [p for p in open(f, encoding="utf-8").read().split("\n\n") if p.strip()]
        if paras:
            srcs.append((lang, name, paras, sum(len(p.encode()) + 2 for p in paras)))
    total = sum(s[3] for s in srcs)
    if os.path.exists(out):
        shutil.rmtree(out)
    comp = {}  # (lang, source) -> [unique bytes, repeated bytes]
    for lang, name, paras, nbytes in srcs:
        want = nbytes * target / total  # this source's share of the corpus, bytes
        os.makedirs(f"{out}/{lang}", exist_ok=True)
        written, copy = 0, 1
        while written < want - 1:
            fileno, buf, buf_bytes = 0, [], 0

            def flush():
                nonlocal fileno, buf, buf_bytes
                if buf:
                    fileno += 1
                    tag = "" if copy == 1 else f"-r{copy}"
                    with open(f"{out}/{lang}/{name}{tag}-{fileno:04d}.txt", "w", encoding="utf-8") as fh:
                        fh.write("".join(buf))
                    buf, buf_bytes = [], 0

            for p in paras:
                if written >= want:
                    break
                b = len(p.encode()) + 2
                if buf_bytes + b > FILE_MB * 1e6:
                    flush()
                buf.append(p + "\n\n")
                buf_bytes += b
                written += b
                c = comp.setdefault((lang, name), [0, 0])
                c[0 if copy == 1 else 1] += b
            flush()
            copy += 1
    uniq = sum(c[0] for c in comp.values())
    rep = sum(c[1] for c in comp.values())
    print(f"corpus {out}: {(uniq + rep) / 1e6:.1f} MB in {len(glob.glob(out + '/*/*.txt'))} files; "
          f"pool of unique text {total / 1e6:.1f} MB")
    print(f"repeated (exact copies of text already in the corpus): {rep / 1e6:.1f} MB = "
          f"{100 * rep / (uniq + rep):.1f}% of the corpus")
    print("| language | source | unique MB | repeated MB |")
    print("|---|---|---:|---:|")
    for (lang, name), (u, r) in sorted(comp.items()):
        print(f"| {lang} | {name} | {u / 1e6:.2f} | {r / 1e6:.2f} |")
    for lang in sorted({k[0] for k in comp}):
        u = sum(v[0] for k, v in comp.items() if k[0] == lang)
        r = sum(v[1] for k, v in comp.items() if k[0] == lang)
        print(f"| **{lang}** | all | {u / 1e6:.2f} | {r / 1e6:.2f} |")


if __name__ == "__main__":
    main()
