#!/usr/bin/env python3
"""The mixed request set for the load benchmark, one path a line, from a running server.

Usage: paths.py BASE_URL QUERIES.jsonl... > paths.txt

Every sample query as a search (default options), a third of them again filtered by
language, a fifth by document, some on their second page; the documents' own pages
(/api/docs/{id}) of five documents; compare on a few topics; the document list. Each path is asked once
first: one that does not answer 200 on this corpus (no counterparts to compare, say)
is left out and named on stderr, so the benchmark's errors are the server's, not the
set's.
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

base = sys.argv[1].rstrip("/")
queries = []
for name in sys.argv[2:]:
    with open(name, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                queries.append(json.loads(line)["query"])


def get(path):
    try:
        with urllib.request.urlopen(base + path, timeout=60) as r:
            return r.status, json.load(r)
    except urllib.error.HTTPError as e:
        return e.code, None


status, docs = get("/api/docs")
ids = [d["id"] for d in docs["documents"]]
q = urllib.parse.quote
paths = []
for i, query in enumerate(queries):
    paths.append(f"/api/search?q={q(query)}")
    if i % 3 == 0:
        paths.append(f"/api/search?q={q(query)}&lang={['pl', 'en', 'ko'][i // 3 % 3]}")
    if i % 5 == 0 and ids:
        paths.append(f"/api/search?q={q(query)}&doc={q(ids[i % len(ids)])}")
    if i % 4 == 0:
        paths.append(f"/api/search?q={q(query)}&offset=10")
for doc in ids[:5]:
    paths.append(f"/api/docs/{q(doc)}")
for topic in ["semiconductor", "6G research", "supply chain"]:
    paths.append(f"/api/compare?q={q(topic)}")
paths.append("/api/docs")

kept = []
for path in paths:
    status, _ = get(path)
    if status == 200:
        kept.append(path)
    else:
        print(f"left out ({status}): {path}", file=sys.stderr)
print(f"{len(kept)} paths ({len(paths) - len(kept)} left out)", file=sys.stderr)
print("\n".join(kept))
