#!/usr/bin/env python3
"""Coverage of Korean-English tables on real Korean text, and a sample to check by hand.

For every Hangul word of the texts: is it translated, looked up as accord looks it up
(the word; the word without its particle or ending, with the suffix list of
src/analysis/korean.rs; that stem + 하다; else split into two or three headwords,
공급망 -> 공급 + 망)? Prints the share of word tokens and of distinct words found, per
table, and with --sample N, N random (word, translations) pairs to judge.

    measure.py TABLE_DIR... --pud pud.en-pl-ko.jsonl --korquad corpus.jsonl [--sample 40]

Standard library only.
"""

import argparse
import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
KOREAN_RS = os.path.join(HERE, "..", "..", "src", "analysis", "korean.rs")


def suffixes():
    text = open(KOREAN_RS, encoding="utf-8").read()
    body = text.split("const SUFFIXES", 1)[1].split("];", 1)[0]
    return sorted(set(re.findall(r'"([^"]+)"', body)), key=len, reverse=True)


SUFFIXES = suffixes()


def strip(word):
    n = len(word)
    for s in SUFFIXES:
        k = len(s)
        if k < n and n - k >= (2 if k == 1 else 1) and word.endswith(s):
            return word[: n - k]
    return None


def load(dir_):
    t = {}
    with open(os.path.join(dir_, "ko-en.tsv"), encoding="utf-8") as f:
        for line in f:
            h, _, rest = line.rstrip("\n").partition("\t")
            t[h] = rest.split(" | ")
    return t


def split(word, table, parts=3):
    """Headwords that make up `word`, longest first part first (each part 1+ syllables,
    the first 2+)."""
    if word in table:
        return [word]
    if parts == 1:
        return None
    for i in range(len(word) - 1, 1, -1):
        head, rest = word[:i], word[i:]
        if head in table:
            tail = split(rest, table, parts - 1)
            if tail:
                return [head] + tail
    return None


def lookup(word, table):
    """(how, [(part, senses)])."""
    if word in table:
        return "word", [(word, table[word])]
    stem = strip(word)
    for cand, how in [(stem, "stem"), (stem and stem + "하다", "stem+하다")]:
        if cand and cand in table:
            return how, [(cand, table[cand])]
    base = stem or word
    parts = split(base, table)
    if parts and len(parts) > 1:
        return "compound", [(p, table[p]) for p in parts]
    return None, []


def words(text):
    return re.findall(r"[\uac00-\ud7a3]+", text)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tables", nargs="+")
    ap.add_argument("--pud")
    ap.add_argument("--korquad")
    ap.add_argument("--sample", type=int, default=0)
    args = ap.parse_args()
    texts = {}
    if args.pud:
        texts["PUD ko"] = [json.loads(l)["ko"] for l in open(args.pud, encoding="utf-8") if l.strip()]
    if args.korquad:
        texts["KorQuAD"] = [json.loads(l).get("text", "") for l in open(args.korquad, encoding="utf-8") if l.strip()]
    for dir_ in args.tables:
        table = load(dir_)
        for name, docs in texts.items():
            toks = [w for d in docs for w in words(d)]
            hows = {}
            found_types = set()
            for w in toks:
                how, _ = lookup(w, table)
                hows[how] = hows.get(how, 0) + 1
                if how:
                    found_types.add(w)
            n = len(toks)
            found = n - hows.get(None, 0)
            types = set(toks)
            detail = ", ".join(f"{k} {v / n:.1%}" for k, v in sorted(hows.items(), key=lambda kv: str(kv[0])) if k)
            print(f"{dir_}\t{name}\t{n} tokens\tfound {found / n:.1%} ({detail})\t"
                  f"distinct {len(found_types) / len(types):.1%} of {len(types)}")
            if args.sample and name.startswith("PUD"):
                rng = random.Random(7)
                for w in rng.sample(toks, args.sample):
                    how, parts = lookup(w, table)
                    print(f"  {w}\t{how}\t" + " + ".join(f"{p}: {' | '.join(s)}" for p, s in parts))


if __name__ == "__main__":
    main()
