//! Where an accord index's bytes go: per component (terms, postings, positions, field
//! norms, store) and per field, summed over segments; then the body field's terms by
//! kind (plain: words as written or folded; stems, marked by language), with their
//! postings and positions, which says what indexing stems costs.
//!
//! ```sh
//! cargo run --release --example index_stats -- index/
//! ```
//!
//! Used to find what to shrink (BENCHMARKS.md, "What the misses come from").

use std::collections::BTreeMap;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path: PathBuf = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("index"));
    let index = accord::index::AccordIndex::open(&path)?;
    let searcher = index.searcher();
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
    println!();
    body_terms_by_kind(&index, &searcher)
}

#[derive(Default, Clone, Copy)]
struct Cost {
    terms: u64,
    postings: u64,
    postings_bytes: u64,
    positions_bytes: u64,
    text_bytes: u64,
}

fn body_terms_by_kind(
    index: &accord::index::AccordIndex,
    searcher: &tantivy::Searcher,
) -> Result<(), Box<dyn std::error::Error>> {
    use accord::analysis::index_tokenizer::stem_mark;
    use accord::lang::Lang;
    let kinds = [
        "plain (as written, folded)",
        "Polish stems",
        "English stems",
        "Korean stems",
    ];
    let marks = [Lang::Pl, Lang::En, Lang::Ko].map(|l| stem_mark(l) as u8);
    let mut cost = [Cost::default(); 4];
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(index.fields().body)?;
        let mut stream = inverted.terms().stream()?;
        while stream.advance() {
            let key = stream.key();
            let kind = marks
                .iter()
                .position(|&m| key.first() == Some(&m))
                .map_or(0, |i| i + 1);
            let info = stream.value();
            let c = &mut cost[kind];
            c.terms += 1;
            c.postings += u64::from(info.doc_freq);
            c.postings_bytes += info.postings_range.len() as u64;
            c.positions_bytes += info.positions_range.len() as u64;
            c.text_bytes += key.len() as u64;
        }
    }
    println!(
        "| body terms | terms | postings | postings bytes | positions bytes | term text bytes |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    for (kind, c) in kinds.iter().zip(cost) {
        println!(
            "| {kind} | {} | {} | {} | {} | {} |",
            c.terms, c.postings, c.postings_bytes, c.positions_bytes, c.text_bytes
        );
    }
    Ok(())
}
