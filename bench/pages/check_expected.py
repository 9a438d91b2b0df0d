#!/usr/bin/env python3
"""Checks a page split's expected.jsonl against its files, without accord.

For every record: the file exists and decodes; the title and each `content` string are in
the file's visible text (HTML without tags, scripts, styles and <head>; Markdown without
link targets, image syntax and emphasis marks; entities decoded; whitespace and curly
quotes ignored, as bench/pages/eval.py compares); each `chrome` string is in the visible text
or somewhere in the file (attributes included); no content string contains a chrome string or the reverse;
the date is ISO or null; every file a query expects is in the split.

Usage: bench/pages/check_expected.py SPLIT [SPLIT...]   (folders of tests/data/pages)
Exits 0 when every record holds, 1 when some do not (each listed), 2 on a usage error.
"""
import datetime
import html
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from eval import DATA, contains, file_text  # noqa: E402


def visible(path, text):
    if path.endswith((".html", ".htm")):
        text = re.sub(r"(?is)<(head|script|style|noscript)\b.*?</\1\s*>", " ", text)
        text = re.sub(r"(?s)<!--.*?-->", " ", text)
        text = re.sub(r"<[^>]*>", " ", text)
        return html.unescape(text)
    if path.endswith(".md"):
        text = re.sub(r"!\[[^\]]*\]\([^)]*\)", " ", text)
        text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
        return re.sub(r"(\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)|^#+ |^> |`)", "", text, flags=re.M)
    return text


def raw(path, text):
    return html.unescape(text) if path.endswith((".html", ".htm")) else text


def check(split):
    folder = os.path.join(DATA, split)
    problems = []
    records = [json.loads(x) for x in open(os.path.join(folder, "expected.jsonl"), encoding="utf-8") if x.strip()]
    files = {r["file"] for r in records}
    for r in records:
        where = f"{split}/{r['file']}"
        path = os.path.join(folder, r["file"])
        if not os.path.isfile(path):
            problems.append(f"{where}: no such file")
            continue
        if path.endswith(".pdf"):
            continue
        text = file_text(path)
        if "\ufffd" in text:
            problems.append(f"{where}: does not decode cleanly in the charset it declares")
        vis, everything = visible(path, text), raw(path, text)
        for c in [r["title"]] + r["content"]:
            if not contains(vis, c):
                problems.append(f"{where}: content not in the visible text: {c[:70]!r}")
        for c in r["chrome"]:
            if not (contains(vis, c) or contains(everything, c)):
                problems.append(f"{where}: chrome not in the file: {c[:70]!r}")
            for k in r["content"]:
                if contains(k, c) or contains(c, k):
                    problems.append(f"{where}: chrome {c[:40]!r} overlaps content {k[:40]!r}")
        if r["date"] is not None:
            try:
                datetime.date.fromisoformat(r["date"])
            except ValueError:
                problems.append(f"{where}: date {r['date']!r} is not ISO")
        for q in r["queries"]:
            for e in q["expect"]:
                if e not in files:
                    problems.append(f"{where}: query {q['query']!r} expects {e}, which has no record")
            if q["kind"] not in ("mono", "cross"):
                problems.append(f"{where}: query {q['query']!r} has kind {q['kind']!r}")
    return len(records), problems


def main():
    if len(sys.argv) < 2:
        print(__doc__.split("\n\n")[2], file=sys.stderr)
        sys.exit(2)
    bad = False
    for split in sys.argv[1:]:
        if not os.path.isfile(os.path.join(DATA, split, "expected.jsonl")):
            print(f"no {os.path.join(DATA, split, 'expected.jsonl')}", file=sys.stderr)
            sys.exit(2)
        n, problems = check(split)
        print(f"{split}: {n} records, {len(problems)} problems")
        for p in problems:
            print(f"  {p}")
        bad |= bool(problems)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
