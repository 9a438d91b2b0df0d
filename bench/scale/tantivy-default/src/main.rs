//! Peer for bench/scale/run.sh: plain tantivy 0.27 with its "default" tokenizer.
//! Indexes every blank-line-separated paragraph of every .txt file under CORPUS as one
//! document (text: TEXT | STORED, path: STORED), with 2 indexing threads and the same
//! 128 MB writer budget accord uses, then times each query in process.
//!
//! Usage: tantivy-default-bench CORPUS INDEX_DIR RUNS QUERY...
//! Prints one line per measurement: `index bytes=.. secs=.. mb_per_s=.. docs=..` then
//! `query q=<json-ish> hits=.. p50_ms=.. p99_ms=..`.
use std::path::{Path, PathBuf};
use std::time::Instant;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::QueryParser;
use tantivy::schema::{Schema, STORED, TEXT};
use tantivy::{doc, Index, IndexWriter, TantivyDocument};

fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out);
        } else if p.extension().is_some_and(|e| e == "txt") {
            out.push(p);
        }
    }
}

fn pct(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn main() -> tantivy::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 4 {
        eprintln!("usage: {} CORPUS INDEX_DIR RUNS QUERY...", args[0]);
        std::process::exit(2);
    }
    let corpus = Path::new(&args[1]);
    let ix_dir = Path::new(&args[2]);
    let runs: usize = args[3].parse().expect("RUNS");
    let queries = &args[4..];

    let mut sb = Schema::builder();
    let text = sb.add_text_field("text", TEXT | STORED);
    let path = sb.add_text_field("path", STORED);
    let schema = sb.build();
    if ix_dir.exists() {
        std::fs::remove_dir_all(ix_dir)?;
    }
    std::fs::create_dir_all(ix_dir)?;

    let t0 = Instant::now();
    let index = Index::create_in_dir(ix_dir, schema)?;
    let mut writer: IndexWriter = index.writer_with_num_threads(2, 128 * 1024 * 1024)?;
    let mut files = Vec::new();
    walk(corpus, &mut files);
    let (mut bytes, mut docs) = (0u64, 0u64);
    for f in &files {
        let s = std::fs::read_to_string(f)?;
        bytes += s.len() as u64;
        let rel = f.strip_prefix(corpus).unwrap().to_string_lossy().to_string();
        for para in s.split("\n\n") {
            let para = para.trim();
            if para.is_empty() {
                continue;
            }
            writer.add_document(doc!(text => para, path => rel.as_str()))?;
            docs += 1;
        }
    }
    writer.commit()?;
    writer.wait_merging_threads()?;
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "index bytes={bytes} secs={secs:.3} mb_per_s={:.2} docs={docs}",
        bytes as f64 / 1e6 / secs
    );

    let reader = index.reader()?;
    let searcher = reader.searcher();
    let parser = QueryParser::for_index(&index, vec![text]);
    for q in queries {
        let query = match parser.parse_query(q) {
            Ok(q) => q,
            Err(e) => {
                println!("query q={q:?} error={e}");
                continue;
            }
        };
        let mut times = Vec::with_capacity(runs);
        let mut hits = 0;
        for _ in 0..runs {
            let t = Instant::now();
            let (top, n) = searcher.search(&query, &(TopDocs::with_limit(10).order_by_score(), Count))?;
            // Load the stored hits, as a search tool would to print them.
            for (_, addr) in &top {
                let _d: TantivyDocument = searcher.doc(*addr)?;
            }
            times.push(t.elapsed().as_secs_f64() * 1e3);
            hits = n;
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "query q={q:?} hits={hits} p50_ms={:.3} p99_ms={:.3}",
            pct(&times, 0.5),
            pct(&times, 0.99)
        );
    }
    Ok(())
}
