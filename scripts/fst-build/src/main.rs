//! Reads `key<TAB>value` lines (keys sorted by bytes, unique; values u64) on standard
//! input and writes them as an fst map to the file named by the only argument.

use std::io::{BufRead, BufWriter};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: fst-build OUTPUT.fst < sorted key<TAB>value lines");
        std::process::exit(2);
    };
    if let Err(e) = build(&path) {
        eprintln!("fst-build: {e}");
        std::process::exit(2);
    }
}

fn build(path: &str) -> Result<(), Box<dyn std::error::Error>> {
    let out = BufWriter::new(std::fs::File::create(path)?);
    let mut builder = tantivy_fst::MapBuilder::new(out)?;
    let mut count = 0u64;
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line?;
        let (key, value) = line
            .split_once('\t')
            .ok_or_else(|| format!("line {}: no tab", n + 1))?;
        let value: u64 = value
            .parse()
            .map_err(|e| format!("line {}: value {value:?}: {e}", n + 1))?;
        builder
            .insert(key, value)
            .map_err(|e| format!("line {}: {e}", n + 1))?;
        count += 1;
    }
    builder.finish()?;
    eprintln!("fst-build: {count} keys -> {path}");
    Ok(())
}
