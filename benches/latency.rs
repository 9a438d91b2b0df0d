//! In-process query latency (p50, p99) and the start-up cost of each component.
//!
//! ```sh
//! cargo bench --bench latency                          # the bundled corpus
//! ACCORD_BENCH_INDEX=~/.cache/accord-scale/ix-200 cargo bench --bench latency
//! ```
//! With ACCORD_BENCH_INDEX, an existing index is opened (build it first with
//! `accord --corpus C --index I index`); otherwise the bundled corpus is indexed into a
//! temporary folder. Prints Markdown tables.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use accord::index::build::{build, BuildOptions, NoProgress};
use accord::index::AccordIndex;
use accord::lang::Lang;
use accord::search::{search, SearchOptions};

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let tmp = tempfile::tempdir().unwrap();
    let index_dir = match std::env::var_os("ACCORD_BENCH_INDEX") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let dir = tmp.path().join("index");
            build(
                &BuildOptions {
                    corpus: PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("corpus"),
                    index: dir.clone(),
                    rebuild: true,
                },
                &mut NoProgress,
            )
            .expect("bundled corpus indexes");
            dir
        }
    };

    println!("index: {}", index_dir.display());
    println!();
    println!("| component (first use in a process) | ms |");
    println!("|---|---:|");
    let t = Instant::now();
    let index = AccordIndex::open(&index_dir).expect("index opens");
    println!(
        "| open index (mmap, check stamp, register analyzers) | {:.2} |",
        ms(t.elapsed())
    );
    let t = Instant::now();
    for lang in Lang::ALL {
        let _ = accord::analysis::language_analyzer(lang);
    }
    println!(
        "| build the three language analyzers | {:.2} |",
        ms(t.elapsed())
    );
    let t = Instant::now();
    let _ = accord::translate::glossary::Glossary::embedded();
    println!("| glossary parsed | {:.2} |", ms(t.elapsed()));
    for lang in [Lang::En, Lang::Pl, Lang::Ko] {
        let t = Instant::now();
        let _ = accord::translate::translate(&["x"], lang, false, &accord::translate::NoEvidence);
        println!(
            "| glossary terms of {} analyzed | {:.2} |",
            lang.name(),
            ms(t.elapsed())
        );
    }
    let t = Instant::now();
    let _ = accord::translate::dictionary::lookup_inflected(Lang::En, Lang::Pl, "cables");
    println!("| first dictionary lookup | {:.3} |", ms(t.elapsed()));

    let queries: &[(&str, &str)] = &[
        ("one word", "cooperation"),
        ("phrase", "\"supply chain\""),
        ("boolean", "semiconductor AND quantum -Japan"),
        ("Polish inflected", "współpracy"),
        ("Korean", "반도체"),
        ("cross-lingual", "submarine cables"),
    ];
    let runs: usize = std::env::var("ACCORD_BENCH_RUNS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(200);
    println!();
    println!("| query | kind | translate | p50 ms | p99 ms | hits |");
    println!("|---|---|---|---:|---:|---:|");
    for &(kind, q) in queries {
        for translate in [false, true] {
            let opts = SearchOptions {
                limit: 10,
                translate,
                ..SearchOptions::default()
            };
            let mut times = Vec::with_capacity(runs);
            let mut hits = 0;
            for _ in 0..runs {
                let t = Instant::now();
                hits = search(&index, q, &opts).map(|f| f.hits.len()).unwrap_or(0);
                times.push(t.elapsed());
            }
            times.sort();
            println!(
                "| `{q}` | {kind} | {} | {:.3} | {:.3} | {hits} |",
                if translate { "on" } else { "off" },
                ms(percentile(&times, 0.5)),
                ms(percentile(&times, 0.99))
            );
        }
    }
}
