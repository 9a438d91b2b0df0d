#!/usr/bin/env python3
"""SQLite FTS5 peer for bench/scale/run.sh: one row per blank-line paragraph of every .txt
under CORPUS, tokenize = 'porter unicode61'. Prints build time and MB/s, database size,
then per query: hits (rows matching), p50 and p99 of `MATCH ... ORDER BY rank LIMIT 10`
including fetching the 10 rows, in process.

usage: fts5.py CORPUS DB_PATH RUNS QUERY...
"""
import glob, os, sqlite3, sys, time


def main():
    corpus, db, runs, queries = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    for suffix in ("", "-journal", "-wal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    t0 = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("CREATE VIRTUAL TABLE p USING fts5(path UNINDEXED, text, tokenize='porter unicode61')")
    nbytes = 0
    with con:
        for f in sorted(glob.glob(f"{corpus}/**/*.txt", recursive=True)):
            s = open(f, encoding="utf-8").read()
            nbytes += len(s.encode())
            rel = os.path.relpath(f, corpus)
            con.executemany("INSERT INTO p(path, text) VALUES (?, ?)",
                            ((rel, t.strip()) for t in s.split("\n\n") if t.strip()))
    con.execute("INSERT INTO p(p) VALUES ('optimize')")
    con.commit()
    secs = time.perf_counter() - t0
    print(f"index bytes={nbytes} secs={secs:.3f} mb_per_s={nbytes / 1e6 / secs:.2f} db_bytes={os.path.getsize(db)}")
    for q in queries:
        try:
            hits = con.execute("SELECT count(*) FROM p WHERE p MATCH ?", (q,)).fetchone()[0]
        except sqlite3.OperationalError as e:
            print(f"query q={q!r} error={e}")
            continue
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            con.execute("SELECT path, text FROM p WHERE p MATCH ? ORDER BY rank LIMIT 10", (q,)).fetchall()
            times.append((time.perf_counter() - t) * 1e3)
        times.sort()
        p = lambda x: times[round((len(times) - 1) * x)]
        print(f"query q={q!r} hits={hits} p50_ms={p(0.5):.3f} p99_ms={p(0.99):.3f}")


if __name__ == "__main__":
    main()
