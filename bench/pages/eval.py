#!/usr/bin/env python3
"""Scores accord's ingestion of web pages against tests/data/pages/<split>/expected.jsonl.

For each split, copies the split's pages into a temporary corpus, indexes it with the
release binary and asks only what a user can ask (`docs --json`, `docs --set-aside --json`,
`search --json`), then reports per split:

  title      the document's title equals the page's headline
  date       the document's date equals the stated date (and: a date found at all)
  publisher  the document's publisher is one of the accepted names
  content    each expected string (headline, first/middle/last paragraphs, list items,
             table cells, footnotes) is inside the text of some passage of its document;
             a string found only in a set-aside block counts as "set aside"
  chrome     each chrome string (banners, menus, cookie text, credits, related headlines,
             comment counts) must not appear in any passage of its document nor in any
             hit of the split's queries; every appearance is a leak
  attribution  the lines a content hit cites (line_start..line_end) hold its text in the
             file as a reader opens it (tags and entities aside); not judged for PDFs,
             whose lines count within their pages (tests/formats.rs checks those)
  queries    recall@10 and MRR of the expected file(s), monolingual and cross-lingual

Usage: bench/pages/eval.py [--bin target/release/accord] [--split SPLIT[,SPLIT...]|all]
                           [--out bench/pages/results] [-v]
A split is any folder of tests/data/pages that holds an expected.jsonl (tuning, tuning-b,
heldout, ...). `all` (the default) means every such folder except the clean held-out sets
heldout-s, which runs only when named (`--split all,heldout-s`).
Writes bench/pages/results/<split>.md (and prints the summary). The held-out split is for
measuring only: its per-document failures go to results/heldout-details.md, which is not
committed; do not tune against them.
"""
import argparse
import html
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "tests", "data", "pages")

QUOTES = str.maketrans({"\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2018": "'", "\u2019": "'", "\u00a0": " "})


def squash(s):
    """Text without whitespace (and without end-of-line hyphenation) for containment tests."""
    s = unicodedata.normalize("NFC", s).translate(QUOTES)
    joined = re.sub(r"(?<=\w)-\s*\n\s*(?=\w)", "", s)
    return re.sub(r"\s+", "", s), re.sub(r"\s+", "", joined)


def contains(haystack, needle):
    n = squash(needle)[0]
    if not n:
        return False
    return any(n in h for h in squash(haystack))


def file_text(path):
    """The file decoded as a reader's editor would: UTF-8, else the charset it declares."""
    raw = open(path, "rb").read()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        m = re.search(rb"charset=[\"']?([A-Za-z0-9_-]+)", raw[:2048])
        return raw.decode(m.group(1).decode() if m else "cp1252", errors="replace")


def lines_hold(path, hit, needle):
    """Do the hit's lines in its file hold the start of `needle` (tags and entities aside)?"""
    lines = file_text(path).split("\n")
    window = "\n".join(lines[max(hit["line_start"] - 1, 0):hit["line_end"]])
    window = html.unescape(re.sub(r"<[^>]*>", "", window))
    head = squash(needle)[0][:24]
    return any(head in w for w in squash(window))


def norm_title(s):
    s = unicodedata.normalize("NFC", s or "").translate(QUOTES)
    return re.sub(r"\s+", " ", s).strip()


def query_words(s, limit=24):
    """The string's words as a plain query (no operators, no phrase)."""
    words = re.findall(r"\w+", unicodedata.normalize("NFC", s))
    words = [w.lower() if w in ("AND", "OR", "NOT") else w for w in words]
    return " ".join(words[:limit])


class Accord:
    def __init__(self, binary, corpus, index):
        self.binary, self.corpus, self.index = binary, corpus, index
        self.errors = []

    def run(self, *args):
        cmd = [self.binary, "--corpus", self.corpus, "--index", self.index, *args]
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "NO_COLOR": "1"}
        return subprocess.run(cmd, capture_output=True, text=True, timeout=120, env=env)

    def lines(self, *args):
        p = self.run(*args)
        if p.returncode not in (0, 1):
            self.errors.append(f"`accord {' '.join(args)}` exited {p.returncode}: {p.stderr.strip()[:300]}")
            return []
        return [json.loads(x) for x in p.stdout.splitlines() if x.strip()]

    def search(self, query, *extra):
        if not query.strip():
            return []
        return self.lines("search", query, "--json", *extra)


def load_expected(split):
    path = os.path.join(DATA, split, "expected.jsonl")
    with open(path, encoding="utf-8") as f:
        return [json.loads(x) for x in f if x.strip()]


CLEAN = ("heldout-s",)


def available_splits():
    """The folders under tests/data/pages that hold an expected.jsonl, tuning sets first."""
    found = [d for d in os.listdir(DATA) if os.path.isfile(os.path.join(DATA, d, "expected.jsonl"))]
    return sorted(found, key=lambda d: (d.startswith("heldout"), d))


def chosen_splits(arg):
    """The splits named in `--split` (comma-separated; `all` = every split but the clean held-out ones)."""
    have = available_splits()
    out = []
    for name in (x.strip() for x in arg.split(",")):
        if not name:
            continue
        if name == "all":
            picked = [d for d in have if d not in CLEAN]
        elif name in have:
            picked = [name]
        else:
            sys.exit(f"unknown split {name!r}: no {os.path.join(DATA, name, 'expected.jsonl')}; "
                     f"choose from: {', '.join(have + ['all'])}")
        out += [d for d in picked if d not in out]
    if not out:
        sys.exit(f"--split names no split; choose from: {', '.join(have + ['all'])}")
    return out


def evaluate(binary, split, verbose=False):
    records = load_expected(split)
    tmp = tempfile.mkdtemp(prefix=f"accord-pages-{split}-")
    try:
        corpus, index = os.path.join(tmp, "corpus"), os.path.join(tmp, "index")
        os.makedirs(corpus)
        for r in records:
            shutil.copy(os.path.join(DATA, split, r["file"]), corpus)
        acc = Accord(binary, corpus, index)
        p = acc.run("index")
        index_log = p.stderr
        if p.returncode != 0:
            raise SystemExit(f"accord index failed ({p.returncode}):\n{p.stderr}")
        docs = {d["path"]: d for d in acc.lines("docs", "--json")}
        set_aside = {}
        for b in acc.lines("docs", "--set-aside", "--json"):
            set_aside.setdefault(b["path"], []).append(b)
        res = {"split": split, "docs": [], "queries": [], "errors": acc.errors, "index_log": index_log}
        chrome_of = {r["file"]: r["chrome"] for r in records}
        for r in records:
            res["docs"].append(score_doc(acc, r, docs.get(r["file"]), set_aside.get(r["file"], [])))
        for r in records:
            for q in r["queries"]:
                hits = acc.search(q["query"], "-n", "10")
                rank = next((h["rank"] for h in hits if h["path"] in q["expect"]), None)
                leaks = sorted({(h["path"], c) for h in hits for c in chrome_of.get(h["path"], []) if contains(h["text"], c)})
                res["queries"].append({"query": q["query"], "kind": q["kind"], "expect": q["expect"], "rank": rank,
                                       "top": [h["path"] for h in hits[:3]], "leaks": leaks})
        return res
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def score_doc(acc, r, doc, blocks):
    out = {"file": r["file"], "lang": r["lang"], "failures": [], "content_total": len(r["content"]),
           "content_found": 0, "attributed": 0, "attribution_judged": 0, "content_set_aside": 0, "leaked": [], "expected_date": r["date"] is not None,
           "expected_publisher": r["publisher"] is not None}
    if doc is None:
        out.update(title_ok=False, date_ok=False, date_found=False, publisher_ok=False)
        out["failures"].append("not indexed (skipped or not found by `docs`)")
        return out
    title = norm_title(doc.get("title"))
    out["title_ok"] = title == norm_title(r["title"])
    if not out["title_ok"]:
        out["failures"].append(f"title: got {title!r}")
    got_date = (doc.get("date") or "")[:10] or None
    out["date_found"] = got_date is not None
    out["date_ok"] = got_date == r["date"]
    if not out["date_ok"]:
        out["failures"].append(f"date: got {got_date!r}, expected {r['date']!r}")
    pub = doc.get("publisher") or ""
    pub = "" if pub == "unknown" else pub
    if r["publisher"] is None:
        out["publisher_ok"] = None
    else:
        p = norm_title(pub).casefold()
        out["publisher_ok"] = bool(p) and any(norm_title(a).casefold() == p or norm_title(a).casefold() in p for a in r["publisher"])
        if not out["publisher_ok"]:
            out["failures"].append(f"publisher: got {pub!r}")
    seen = {}

    def search_doc(s):
        hits = acc.search(query_words(s), "--doc", doc["id"], "-n", "100", "--no-translate")
        for h in hits:
            seen[(h["line_start"], h["byte_start"], h["position"])] = h["text"]
        return hits

    for c in r["content"]:
        hits = search_doc(c)
        holding = [h for h in hits if contains(h["text"], c)]
        if holding:
            out["content_found"] += 1
            if r["file"].endswith(".pdf"):
                # A PDF's lines are counted within its pages, which the file's bytes do
                # not show: its attribution is not judged here (tests/formats.rs does).
                out["attribution_judged"] -= 1
            elif lines_hold(os.path.join(acc.corpus, r["file"]), holding[0], c):
                out["attributed"] += 1
            else:
                h = holding[0]
                out["failures"].append(f"lines {h['line_start']}-{h['line_end']} of the file do not hold {c[:50]!r}")
            continue
        aside = [b for b in blocks if contains(b["text"], c)]
        short = c if len(c) <= 70 else c[:67] + "..."
        if aside:
            out["content_set_aside"] += 1
            out["failures"].append(f"content set aside ({aside[0]['reason']}): {short!r}")
        else:
            out["failures"].append(f"content missing: {short!r}")
    for c in r["chrome"]:
        search_doc(c)
    for c in r["chrome"]:
        n = sum(1 for t in seen.values() if contains(t, c))
        if n:
            out["leaked"].append(c)
            out["failures"].append(f"chrome leak: {c!r}")
    out["passages_seen"] = len(seen)
    return out


def ratio(a, b):
    return f"{a / b:.2f} ({a}/{b})" if b else "n/a"


def summary(res):
    d, q = res["docs"], res["queries"]
    s = {}
    s["documents"] = len(d)
    s["title"] = (sum(x["title_ok"] for x in d), len(d))
    dated = [x for x in d if x["expected_date"]]
    s["date"] = (sum(x["date_ok"] for x in dated), len(dated))
    s["date found"] = (sum(x["date_found"] for x in dated), len(dated))
    pubs = [x for x in d if x["expected_publisher"]]
    s["publisher"] = (sum(bool(x["publisher_ok"]) for x in pubs), len(pubs))
    s["content kept"] = (sum(x["content_found"] for x in d), sum(x["content_total"] for x in d))
    s["content set aside"] = sum(x["content_set_aside"] for x in d)
    s["attribution"] = (sum(x["attributed"] for x in d), sum(x["content_found"] + x["attribution_judged"] for x in d))
    leaks = {(x["file"], c) for x in d for c in x["leaked"]} | {tuple(pair) for x in q for pair in x["leaks"]}
    s["chrome leaks"] = len(leaks)
    for kind in ("mono", "cross", "all"):
        qs = [x for x in q if kind == "all" or x["kind"] == kind]
        s[f"recall@10 {kind}"] = (sum(x["rank"] is not None for x in qs), len(qs))
        s[f"MRR {kind}"] = (sum(1 / x["rank"] for x in qs if x["rank"]) / len(qs)) if qs else 0.0
    return s


def render(res, binary):
    s = summary(res)
    lines = [f"# accord on the `{res['split']}` page set", "",
             f"Binary: `{os.path.relpath(binary, ROOT) if binary.startswith(ROOT) else binary}`; "
             f"built from `{os.environ.get('ACCORD_REV', 'the checked-out commit')}`; "
             f"{s['documents']} documents, {len(res['queries'])} queries. Generated by `bench/pages/eval.py`.", "",
             "| metric | value |", "|---|---|"]
    for k in ("title", "date", "date found", "publisher", "content kept"):
        lines.append(f"| {k} | {ratio(*s[k])} |")
    lines.append(f"| content set aside (headline/body blocks) | {s['content set aside']} |")
    lines.append(f"| attribution (hit's lines in the file hold its text) | {ratio(*s['attribution'])} |")
    lines.append(f"| chrome leaks | {s['chrome leaks']} |")
    for kind in ("mono", "cross", "all"):
        lines.append(f"| recall@10 {kind} | {ratio(*s[f'recall@10 {kind}'])} |")
        lines.append(f"| MRR {kind} | {s[f'MRR {kind}']:.2f} |")
    lines += ["", "## Failures per document", ""]
    nfail = 0
    for x in res["docs"]:
        if x["failures"]:
            nfail += 1
            lines.append(f"- `{x['file']}`")
            lines += [f"  - {f}" for f in x["failures"]]
    if not nfail:
        lines.append("None.")
    lines += ["", "## Queries missed or leaking", ""]
    bad = [x for x in res["queries"] if x["rank"] is None or x["leaks"]]
    for x in bad:
        what = "not in top 10" if x["rank"] is None else f"rank {x['rank']}"
        lines.append(f"- `{x['query']}` ({x['kind']}, expects {', '.join(x['expect'])}): {what}; top: {', '.join(x['top']) or 'no hits'}"
                     + (f"; {len(x['leaks'])} chrome strings in its hits" if x["leaks"] else ""))
    if not bad:
        lines.append("None.")
    if res["errors"]:
        lines += ["", "## Errors", ""] + [f"- {e}" for e in res["errors"][:20]]
    warn = [ln for ln in res["index_log"].splitlines() if "warning" in ln.lower()]
    if warn:
        lines += ["", "## Indexing warnings", ""] + [f"- {w}" for w in warn[:40]]
    return "\n".join(lines) + "\n", s


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "accord"))
    ap.add_argument("--split", default="all",
                    help="comma-separated folders of tests/data/pages with an expected.jsonl, or `all` "
                         "(every one except heldout-s, which runs only when named)")
    ap.add_argument("--out", default=os.path.join(HERE, "results"))
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    binary = os.path.abspath(a.bin)
    if not os.access(binary, os.X_OK):
        sys.exit(f"no accord binary at {binary}; build it with `cargo build --release` or pass --bin")
    splits = chosen_splits(a.split)
    os.makedirs(a.out, exist_ok=True)
    for split in splits:
        res = evaluate(binary, split, a.verbose)
        text, s = render(res, binary)
        if split.startswith("heldout"):
            # The per-document failures quote held-out pages: they stay on the machine that
            # ran the evaluation (results/.gitignore), so nobody tunes on them by accident.
            with open(os.path.join(a.out, f"{split}-details.md"), "w", encoding="utf-8") as f:
                f.write(text)
            text = text.split("\n## Failures per document")[0] + (
                f"\nPer-document failures: `{split}-details.md` beside this file, not committed.\n")
        with open(os.path.join(a.out, f"{split}.md"), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{split}: title {ratio(*s['title'])}, date {ratio(*s['date'])}, date found {ratio(*s['date found'])}, "
              f"publisher {ratio(*s['publisher'])}, content {ratio(*s['content kept'])}, set aside {s['content set aside']}, "
              f"leaks {s['chrome leaks']}, attribution {ratio(*s['attribution'])}, R@10 mono {ratio(*s['recall@10 mono'])} cross {ratio(*s['recall@10 cross'])}, "
              f"MRR {s['MRR all']:.2f}")
        if a.verbose:
            print(text)


if __name__ == "__main__":
    main()
