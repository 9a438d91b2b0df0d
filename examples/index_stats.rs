//! Where an accord index's bytes go: per component (terms, postings, positions, field
//! norms, store) and per field, summed over segments.
//!
//! ```sh
//! cargo run --release --example index_stats -- index/
//! ```
//!
//! Used to find what to shrink (BENCHMARKS.md, "Index size").

use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("index"));
    let index = accord::index::AccordIndex::open(&path)?;
    let searcher = index.reader.searcher();
    let usage = searcher.space_usage()?;
    let mut rows: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut store = 0u64;
    for segment in usage.segments() {
        for (component, per_field) in [
            ("terms", segment.termdict()),
            ("postings", segment.postings()),
            ("positions", segment.positions()),
            ("fieldnorms", segment.fieldnorms()),
            ("fast", segment.fast_fields()),
        ] {
            for field in per_field.fields() {
                *rows
                    .entry((component.to_string(), field.field_name().to_string()))
                    .or_default() += field.total().get_bytes();
            }
        }
        store += segment.store().total().get_bytes();
    }
    let docs: u32 = usage.segments().iter().map(|s| s.num_docs()).sum();
    println!(
        "{}: {} segments, {} documents, {} bytes",
        path.display(),
        usage.segments().len(),
        docs,
        usage.total().get_bytes()
    );
    println!("| component | field | bytes |\n|---|---|---:|");
    for ((component, field), bytes) in &rows {
        if *bytes > 0 {
            println!("| {component} | {field} | {bytes} |");
        }
    }
    println!("| store | (all) | {store} |");
    Ok(())
}
