//! Indexing cost stage by stage, on one thread: where the CPU of `accord index` goes
//! before tantivy writes postings.
//!
//! ```sh
//! cargo bench --bench stages                                   # the bundled corpus, 200 times
//! ACCORD_BENCH_CORPUS=~/.cache/accord-scale/corpus-20 cargo bench --bench stages
//! ```
//! Every stage runs over the whole corpus (files read into memory first), and prints
//! its time and throughput in MB of raw text per second. The stages are those
//! `corpus::prepare` and the body analyzer run for each file and passage; each is timed
//! on its own, so the table says which to make cheaper. Prints Markdown.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use accord::analysis::{Analyzed, Analyzer};
use accord::corpus::{self, chrome, passage};
use accord::lang::LangDetector;

fn main() {
    let (root, repeat) = match std::env::var_os("ACCORD_BENCH_CORPUS") {
        Some(dir) => (PathBuf::from(dir), 1),
        None => (
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"),
            200,
        ),
    };
    let discovery = corpus::discover(&root).expect("corpus folder");
    let mut texts = Vec::new();
    for f in &discovery.files {
        let bytes = std::fs::read(&f.path).expect("readable file");
        let decoded = corpus::decode::decode(&bytes).expect("text file");
        texts.push((f.rel.clone(), decoded.text));
    }
    let texts: Vec<(String, String)> = (0..repeat).flat_map(|_| texts.clone()).collect();
    let bytes: usize = texts.iter().map(|(_, t)| t.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus: {} ({} files x {repeat}, {mb:.1} MB)",
        root.display(),
        discovery.files.len()
    );
    println!();
    println!("| stage (one thread) | ms | MB/s |");
    println!("|---|---:|---:|");
    let row = |name: &str, d: Duration| {
        println!(
            "| {name} | {:.0} | {:.1} |",
            d.as_secs_f64() * 1e3,
            mb / d.as_secs_f64()
        );
    };

    let time = |f: &mut dyn FnMut()| {
        let t = Instant::now();
        f();
        t.elapsed()
    };

    let mut sink = 0usize;
    row(
        "UTF-8 check and decoding",
        time(&mut || {
            for (_, t) in &texts {
                sink += corpus::decode::decode(t.as_bytes()).map_or(0, |d| d.text.len());
            }
        }),
    );
    row(
        "content hash (blake3)",
        time(&mut || {
            for (_, t) in &texts {
                sink += blake3::hash(t.as_bytes()).as_bytes()[0] as usize;
            }
        }),
    );
    let paras: Vec<Vec<(usize, usize)>> =
        texts.iter().map(|(_, t)| passage::paragraphs(t)).collect();
    row(
        "paragraphs and line index",
        time(&mut || {
            for (_, t) in &texts {
                sink += passage::paragraphs(t).len();
                sink += passage::LineIndex::new(t).line_of(t.len() / 2);
            }
        }),
    );
    row(
        "web-page chrome rules",
        time(&mut || {
            for ((_, t), p) in texts.iter().zip(&paras) {
                sink += chrome::classify(t, p, None).blocks.len();
            }
        }),
    );
    row(
        "long paragraphs cut at sentences",
        time(&mut || {
            for ((_, t), p) in texts.iter().zip(&paras) {
                for &(a, b) in p {
                    sink += passage::split_long(t, a, b).len();
                }
            }
        }),
    );
    let detector = LangDetector::default();
    row(
        "language evidence per paragraph",
        time(&mut || {
            for ((_, t), p) in texts.iter().zip(&paras) {
                for &(a, b) in p {
                    sink += matches!(
                        detector.evidence(&t[a..b]),
                        accord::lang::Evidence::Clear(_)
                    ) as usize;
                }
            }
        }),
    );
    let mut docs = Vec::new();
    row(
        "corpus::prepare (all of the above but hashing)",
        time(&mut || {
            for (rel, t) in &texts {
                docs.push(corpus::prepare(rel, t, None, &detector));
            }
        }),
    );
    row(
        "word segmentation (UAX#29 + adjustments)",
        time(&mut || {
            for doc in &docs {
                for p in &doc.passages {
                    accord::analysis::words::for_each_word(&p.text, |a, b| sink += b - a);
                }
            }
        }),
    );
    let mut out = Analyzed::default();
    row(
        "body analysis (words, forms, stems)",
        time(&mut || {
            for doc in &docs {
                for p in &doc.passages {
                    Analyzer::new(p.lang).analyze(&p.text, &mut out);
                    sink += out.len();
                }
            }
        }),
    );
    println!();
    println!("(checksum {sink})");
}
