//! JSON Lines output: one object a line, for scripts. The objects are the wire types
//! of [`crate::wire`], the contract shared with the HTTP server.

use std::io::{self, Write};

use serde::Serialize;

use crate::index::read::SetAside;
use crate::index::DocRecord;
use crate::search::{DocumentCount, Hit};
use crate::wire;

/// Writes `value` as one line of JSON.
pub fn line<T: Serialize>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}

/// Writes a hit, with the number of hits in all (`total`).
pub fn hit(w: &mut dyn Write, hit: &Hit, file: &str, total: usize) -> io::Result<()> {
    let mut hit = wire::Hit::new(hit, file);
    hit.total = Some(total);
    line(w, &hit)
}

/// Writes a document's count of matching passages.
pub fn document_count(w: &mut dyn Write, c: &DocumentCount, file: &str) -> io::Result<()> {
    line(w, &wire::DocumentCount::new(c, file))
}

/// Writes a document record.
pub fn document(w: &mut dyn Write, d: &DocRecord, file: &str) -> io::Result<()> {
    line(w, &wire::Document::new(d, file))
}

/// Writes a set-aside block.
pub fn set_aside(w: &mut dyn Write, s: &SetAside, file: &str) -> io::Result<()> {
    line(w, &wire::SetAside::new(s, file))
}

/// Writes every rank of a comparison: the two sides' hits, each with the `file` that
/// `file(hit)` gives.
pub fn comparison(
    w: &mut dyn Write,
    c: &crate::compare::Comparison,
    file: impl Fn(&Hit) -> String,
) -> io::Result<()> {
    for pair in wire::ComparedPair::all(c, file) {
        line(w, &pair)?;
    }
    Ok(())
}

/// Writes an alignment: one line per pair, then one per one-sided passage.
pub fn alignment(w: &mut dyn Write, al: &crate::compare::Alignment) -> io::Result<()> {
    for row in wire::AlignRow::all(al) {
        line(w, &row)?;
    }
    Ok(())
}

/// Writes a timeline entry.
pub fn timeline_entry(w: &mut dyn Write, e: &crate::timeline::Entry, file: &str) -> io::Result<()> {
    line(w, &wire::TimelineEntry::new(e, file))
}
