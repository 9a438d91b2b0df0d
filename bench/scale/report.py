#!/usr/bin/env python3
"""Summarises bench/scale/run.sh results as Markdown tables.
usage: report.py CACHE_DIR SIZE_MB ...

The tables of every size (indexing, queries, rounds, in-process latency) go to
bench/scale/results/DATE-SIZES.md, beside this script (ACCORD_SCALE_RESULTS overrides the
file); the summary (targets met or missed, growth with size) is printed, for
BENCHMARKS.md, and appended to that file too."""
import ast, datetime, json, os, re, sys

QUERIES = ["cooperation", '"supply chain"', "semiconductor AND quantum", "współpracy", "współpraca",
           "반도체", "configuration", "plików", "설정", "submarine cables"]


def pct(xs, p):
    xs = sorted(xs)
    return xs[round((len(xs) - 1) * p)]


def hyperfine(path):
    d = json.load(open(path))
    return [(pct(r["times"], .5) * 1e3, pct(r["times"], .99) * 1e3) for r in d["results"]]


def cpu(path):
    """user + system seconds from a /usr/bin/time -v log."""
    t = open(path).read()
    return sum(float(re.search(rf"{k} time \(seconds\): ([\d.]+)", t).group(1)) for k in ("User", "System"))


def peer(path):
    idx, qs = {}, {}
    for line in open(path):
        kv = dict(re.findall(r"(\w+)=(\S+)", line))
        if line.startswith("index"):
            idx = kv
        elif line.startswith("query"):
            q = ast.literal_eval(re.search(r"q=('.*'|\".*\")(?= hits| error)", line).group(1))
            qs[q] = kv
    return idx, qs


def rounds(path, raw):
    """index-runs.tsv -> {tool: [(round, MB/s, CPU s, RSS KB)]}, or {} when not recorded."""
    out = {}
    try:
        for line in open(path):
            tool, r, secs, cpu_s, rss = line.split("\t")
            out.setdefault(tool, []).append((int(r), raw / 1e6 / float(secs), float(cpu_s), int(rss)))
    except (OSError, ValueError):
        return {}
    return out


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def main():
    cache, sizes = sys.argv[1], sys.argv[2:]
    default = os.path.join(os.path.dirname(os.path.abspath(__file__)), "results",
                           f"{datetime.date.today()}-{'-'.join(sizes)}MB.md")
    path = os.environ.get("ACCORD_SCALE_RESULTS", default)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    detail = open(path, "w")
    out = lambda *a, **k: print(*a, **k, file=detail)
    rows_ix, targets, cpu_ratio, growth = [], [], [], []
    out("## Results\n")
    for size in sizes:
        d = f"{cache}/results/{size}"
        sz = {}
        for line in open(f"{d}/sizes.txt"):
            k, *v = line.split()
            sz[k] = v
        raw = int(sz["raw_bytes"][0])
        a_wall, a_rss = float(sz["accord_index"][0]), int(sz["accord_index"][1])
        a_ix = int(sz["accord_index_bytes"][0])
        f_idx, f_q = peer(f"{d}/fts5.txt")
        t_idx, t_q = peer(f"{d}/tantivy-default.txt")
        f_rss = int(sz["fts5_build_and_queries"][1])
        t_rss = int(sz["tantivy_default_index_and_queries"][1])
        t_ix = int(sz["tantivy_default_index_bytes"][0])
        a_cli = hyperfine(f"{d}/accord-cli.json")
        rg = hyperfine(f"{d}/rg.json")
        hits = [l.rstrip("\n").split("\t") for l in open(f"{d}/accord-hits.tsv")]
        a_mbs = raw / 1e6 / a_wall
        out(f"### {size} MB ({raw / 1e6:.1f} MB of raw text)\n")
        a_cpu, t_cpu = cpu(f"{d}/accord-index.time"), cpu(f"{d}/tantivy-default.time")
        load = " ".join(sz.get("loadavg_before", ["?"]))
        cont = " ".join(sz.get("contended_samples", ["not recorded"]))
        out(f"load average before this size: {load}; 2-second samples with another process compiling "
              f"(rustc) during this size's measurements: {cont}\n")
        out("| indexing | MB/s (wall) | wall s | CPU s (user+sys) | MB per CPU-s | peak RSS MB | index size | index / raw |")
        out("|---|---:|---:|---:|---:|---:|---:|---:|")
        out(f"| accord (`accord index`, whole process) | {a_mbs:.2f} | {a_wall:.2f} | {a_cpu:.1f} | {raw / 1e6 / a_cpu:.2f} | "
              f"{a_rss / 1024:.0f} | {a_ix / 1e6:.1f} MB | {a_ix / raw:.2f} |")
        out(f"| tantivy default tokenizer, 2 threads (in process) | {float(t_idx['mb_per_s']):.2f} | "
              f"{float(t_idx['secs']):.2f} | {t_cpu:.1f}\\*\\* | {raw / 1e6 / t_cpu:.2f}\\*\\* | {t_rss / 1024:.0f}\\* | "
              f"{t_ix / 1e6:.1f} MB | {t_ix / raw:.2f} |")
        out(f"| SQLite FTS5 porter unicode61 (in process, 1 thread) | {float(f_idx['mb_per_s']):.2f} | "
              f"{float(f_idx['secs']):.2f} | ≈ wall | {float(f_idx['mb_per_s']):.2f} | {f_rss / 1024:.0f}\\* | "
              f"{int(f_idx['db_bytes']) / 1e6:.1f} MB | {int(f_idx['db_bytes']) / raw:.2f} |")
        out("| ripgrep | no index | | | | | | |")
        out("\n\\* peak RSS of the whole peer process, indexing and then the query runs. "
              "\\*\\* CPU of the whole process, including the in-process query runs (well under 1 s).\n")
        out("| query | accord hits (-n 10 / -n 100000) | accord CLI p50 / p99 ms | ripgrep CLI p50 / p99 ms | "
              "FTS5 hits | FTS5 in-process p50 / p99 ms | tantivy-default hits | tantivy-default in-process p50 / p99 ms |")
        out("|---|---:|---:|---:|---:|---:|---:|---:|")
        for i, q in enumerate(QUERIES):
            fq, tq = f_q.get(q, {}), t_q.get(q, {})
            out(f"| `{q}` | {hits[i][1]} / {hits[i][2]} | {a_cli[i][0]:.1f} / {a_cli[i][1]:.1f} | "
                  f"{rg[i][0]:.1f} / {rg[i][1]:.1f} | {fq.get('hits', fq.get('error', '?'))} | "
                  f"{float(fq.get('p50_ms', 'nan')):.3f} / {float(fq.get('p99_ms', 'nan')):.3f} | "
                  f"{tq.get('hits', tq.get('error', '?'))} | "
                  f"{float(tq.get('p50_ms', 'nan')):.3f} / {float(tq.get('p99_ms', 'nan')):.3f} |")
        try:
            floor = hyperfine(f"{d}/floor.json")
            true_p50, version_p50 = floor[0][0], floor[1][0]
            out(f"\nProcess floor on this machine: `/bin/true` p50 {true_p50:.1f} ms, `accord --version` p50 "
                  f"{version_p50:.1f} ms (every CLI above pays at least the first).")
        except (OSError, IndexError, KeyError):
            true_p50 = None
        try:
            out(f"\n`accord index` said: {open(f'{d}/accord-index.summary').read().strip()}")
        except OSError:
            pass
        runs = rounds(f"{d}/index-runs.tsv", raw)
        if all(k in runs for k in ("accord", "tantivy", "fts5")) and len(runs["accord"]) == len(runs["tantivy"]) == len(runs["fts5"]):
            n = len(runs["accord"])
            out(f"\nIndexing, {n} rounds (accord, tantivy, FTS5 in turn, each from scratch), MB/s of raw text:\n")
            out("| round | accord | tantivy default | FTS5 | accord / tantivy | accord / FTS5 | accord peak RSS MB |")
            out("|---:|---:|---:|---:|---:|---:|---:|")
            for a, t, f in zip(runs["accord"], runs["tantivy"], runs["fts5"]):
                out(f"| {a[0]} | {a[1]:.2f} | {t[1]:.2f} | {f[1]:.2f} | {a[1] / t[1]:.2f}x | {a[1] / f[1]:.2f}x | {a[3] / 1024:.0f} |")
            r_t = median([a[1] / t[1] for a, t in zip(runs["accord"], runs["tantivy"])])
            r_f = median([a[1] / f[1] for a, f in zip(runs["accord"], runs["fts5"])])
            out(f"| median | {median([a[1] for a in runs['accord']]):.2f} | {median([t[1] for t in runs['tantivy']]):.2f} | "
                  f"{median([f[1] for f in runs['fts5']]):.2f} | {r_t:.2f}x | {r_f:.2f}x | "
                  f"{max(a[3] for a in runs['accord']) / 1024:.0f} (max) |")
            index_ratios = (r_t, r_f, max(a[3] for a in runs["accord"]))
        else:
            index_ratios = (a_mbs / float(t_idx["mb_per_s"]), a_mbs / float(f_idx["mb_per_s"]), a_rss)
        all_a = [x[0] for x in a_cli]
        p50_all = pct(all_a, .5)
        ratio = min(r[0] / a[0] for r, a in zip(rg, a_cli))
        out(f"\naccord CLI p50 over the query set: median of per-query p50s {p50_all:.1f} ms, worst per-query p50 "
              f"{max(all_a):.1f} ms, worst p99 {max(x[1] for x in a_cli):.1f} ms; ripgrep / accord p50, "
              f"worst query: {ratio:.1f}x. accord `search` peak RSS: "
              f"{int(sz['accord_search_cooperation'][1]) / 1024:.0f} MB.\n")
        try:
            inproc = open(f"{d}/accord-inprocess.md").read().strip()
            body = inproc.split("\n", 2)[2] if inproc.startswith("index:") else inproc
            out(f"accord in process (`cargo bench --bench latency` on this index, "
                  f"{' '.join(sz.get('accord_segments', ['?']))} segment(s)):\n\n{body}\n")
        except OSError:
            pass
        net = (min((r[0] - true_p50) / (a[0] - true_p50) for r, a in zip(rg, a_cli))
               if true_p50 is not None and min(a[0] for a in a_cli) > true_p50 else None)
        targets.append((size, *index_ratios, max(all_a), ratio, a_ix / raw, net))
        med = lambda tool: median([r[1] for r in runs[tool]]) if tool in runs else None
        inproc_p50 = []
        try:
            for line in open(f"{d}/accord-inprocess.md"):
                cells = [c.strip() for c in line.strip().strip("|").split("|")]
                if len(cells) == 6 and cells[0].startswith("`"):
                    inproc_p50.append(float(cells[3]))
        except (OSError, ValueError):
            pass
        growth.append((size, med("accord") or a_mbs, med("tantivy") or float(t_idx["mb_per_s"]),
                       med("fts5") or float(f_idx["mb_per_s"]), index_ratios[2], a_ix / raw, t_ix / raw,
                       int(f_idx["db_bytes"]) / raw, p50_all, max(all_a), pct([r[0] for r in rg], .5),
                       max(r[0] for r in rg), max(inproc_p50) if inproc_p50 else None,
                       int(sz["accord_search_cooperation"][1]) / 1024))
        cpu_ratio.append((size, (raw / a_cpu) / (raw / t_cpu)))
    def both(*a, **k):
        print(*a, **k)
        print(*a, **k, file=detail)

    both("## Targets\n")
    both("Indexing ratios are the median over the rounds of accord's MB/s over the peer's in the same round; "
          "peak RSS is the largest of accord's rounds.\n")
    both("| size | indexing ≥ 0.5x tantivy default | indexing ≥ 2x FTS5 | peak RSS ≤ 300 MB | "
          "CLI p50 ≤ 20 ms (worst query) | CLI ≥ 10x faster than ripgrep (worst query) | index ≤ 0.6x raw |")
    both("|---|---|---|---|---|---|---|")
    ok = lambda c: "met" if c else "**missed**"
    for size, r_t, r_f, rss, p50, ratio, ixr, net in targets:
        net_s = f" ({net:.1f}x net of process start)" if net is not None else ""
        both(f"| {size} MB | {ok(r_t >= .5)}: {r_t:.2f}x | {ok(r_f >= 2)}: {r_f:.2f}x | "
              f"{ok(rss <= 300 * 1024)}: {rss / 1024:.0f} MB | {ok(p50 <= 20)}: {p50:.1f} ms | "
              f"{ok(ratio >= 10)}: {ratio:.1f}x{net_s} | {ok(ixr <= .6)}: {ixr:.2f}x |")
    both("\n## Growth with corpus size\n")
    both("| size | indexing MB/s accord / tantivy / FTS5 | accord peak RSS indexing | index / raw accord / tantivy / FTS5 "
          "| accord CLI p50 ms, median (worst query) | ripgrep p50 ms, median (worst query) | accord in process, worst p50 ms "
          "| accord `search` peak RSS |")
    both("|---|---|---:|---|---|---|---:|---:|")
    for (size, a, t, f, rss, ixa, ixt, ixf, cli, cli_w, rg_m, rg_w, ip, srss) in growth:
        ip_s = f"{ip:.2f}" if ip is not None else "?"
        both(f"| {size} MB | {a:.1f} / {t:.1f} / {f:.1f} | {rss / 1024:.0f} MB | {ixa:.2f} / {ixt:.2f} / {ixf:.2f} | "
              f"{cli:.1f} ({cli_w:.1f}) | {rg_m:.1f} ({rg_w:.1f}) | {ip_s} | {srss:.0f} MB |")
    both("\nIndexing per CPU-second, accord / tantivy default (less sensitive to other load on the machine): "
          + ", ".join(f"{s} MB {r:.2f}x" for s, r in cpu_ratio) + ".")

    detail.close()
    print(f"\nper-size tables: {path}", file=sys.stderr)

if __name__ == "__main__":
    main()
