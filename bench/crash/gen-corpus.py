#!/usr/bin/env python3
"""Generates a corpus of real-looking statements for the crash test.

Each file is a title line, a blank line and 3-9 paragraphs drawn (seeded) from the
bundled statements (corpus/*.txt: Polish, English) and from the SciFact abstracts of the
evaluation kit, when it is beside the repo. Usage:

    gen-corpus.py OUT_DIR [N_FILES] [SEED]
    gen-corpus.py --mutate OUT_DIR COUNT SEED    # rewrite COUNT files with new text
"""
import glob
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SCIFACT = os.path.join(REPO, "..", "shared", "eval", "external", "scifact", "corpus.jsonl")


def paragraphs():
    paras, titles = [], []
    for path in sorted(glob.glob(os.path.join(REPO, "corpus", "*.txt"))):
        with open(path, encoding="utf-8") as f:
            text = f.read().replace("\r\n", "\n")
        for p in text.split("\n\n"):
            p = p.strip()
            if len(p) > 40:
                paras.append(p)
    if os.path.exists(SCIFACT):
        with open(SCIFACT, encoding="utf-8") as f:
            for i, line in enumerate(f):
                if i >= 3000:
                    break
                d = json.loads(line)
                if d.get("title"):
                    titles.append(d["title"].strip())
                if len(d.get("text", "")) > 40:
                    paras.append(d["text"].strip())
    if not titles:
        titles = [p.split("\n")[0][:80] for p in paras]
    # A little Korean, so the three analyzers all run.
    paras += [
        "한국과 유럽연합은 반도체 협력을 강화하기로 합의했다. 양측은 6G 공동 연구를 추진하고 해저 케이블 협력도 논의했다.",
        "과학기술정보통신부는 디지털 파트너십 협의회를 개최하고 인공지능과 양자 기술 분야의 협력 방안을 논의했다.",
    ]
    return titles, paras


def text_for(rng, titles, paras):
    body = rng.sample(paras, rng.randint(3, 9))
    return rng.choice(titles) + "\n\n" + "\n\n".join(body) + "\n"


def main():
    args = sys.argv[1:]
    titles, paras = paragraphs()
    if args and args[0] == "--mutate":
        out, count, seed = args[1], int(args[2]), int(args[3])
        rng = random.Random(seed)
        files = sorted(f for f in os.listdir(out) if f.endswith(".txt"))
        for name in rng.sample(files, min(count, len(files))):
            with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                f.write(text_for(rng, titles, paras))
        return
    out = args[0]
    n = int(args[1]) if len(args) > 1 else 2000
    rng = random.Random(int(args[2]) if len(args) > 2 else 42)
    os.makedirs(out, exist_ok=True)
    total = 0
    for i in range(n):
        text = text_for(rng, titles, paras)
        total += len(text.encode())
        with open(os.path.join(out, f"doc_{i:05d}.txt"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{n} files, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()
