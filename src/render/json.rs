//! JSON Lines output: one object a line, for scripts.
//!
//! The hit object is the stable contract: `rank`, `score`, `doc`, `title`, `publisher`,
//! `date` (ISO 8601, when known), `path` (under the corpus folder), `file` (path to
//! open), `page` and `page_end` (for a paged document: PDF, `pdftotext` output),
//! `line_start`, `line_end` (1-based, inclusive), `byte_start`, `byte_end` (half-open), `position`, `lang`,
//! `match`, `matched_words`, `text`, `stale` (true when the file changed since indexing and
//! `text` could not be read back), `snippet`, `highlights`. Fields may be added;
//! none will be renamed or removed without a new major version.

use std::io::{self, Write};

use serde::Serialize;

use crate::index::read::SetAside;
use crate::index::DocRecord;
use crate::search::Hit;

#[derive(Serialize)]
struct WithFile<'a, T: Serialize> {
    #[serde(flatten)]
    inner: &'a T,
    file: &'a str,
}

fn line<T: Serialize>(w: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *w, value).map_err(io::Error::other)?;
    writeln!(w)
}

/// Writes a hit.
pub fn hit(w: &mut dyn Write, hit: &Hit, file: &str) -> io::Result<()> {
    line(w, &WithFile { inner: hit, file })
}

/// Writes a document record (without internal bookkeeping such as hashes).
pub fn document(w: &mut dyn Write, d: &DocRecord, file: &str) -> io::Result<()> {
    #[derive(Serialize)]
    struct Doc<'a> {
        #[serde(flatten)]
        meta: &'a crate::corpus::DocMeta,
        file: &'a str,
        passages: usize,
        set_aside: usize,
        duplicates: usize,
        bytes: u64,
        encoding: &'a str,
    }
    line(
        w,
        &Doc {
            meta: &d.meta,
            file,
            passages: d.passages,
            set_aside: d.set_aside,
            duplicates: d.duplicates,
            bytes: d.bytes,
            encoding: &d.encoding_label(),
        },
    )
}

/// Writes a set-aside block.
pub fn set_aside(w: &mut dyn Write, s: &SetAside, file: &str) -> io::Result<()> {
    line(w, &WithFile { inner: s, file })
}

/// Writes one rank of a comparison: the two sides' hits, each with its `file`.
pub fn comparison_pair<'a>(
    w: &mut dyn Write,
    c: &'a crate::compare::Comparison,
    rank: usize,
    a: Option<(&'a Hit, &'a str)>,
    b: Option<(&'a Hit, &'a str)>,
) -> io::Result<()> {
    #[derive(Serialize)]
    struct Pair<'b> {
        rank: usize,
        a_doc: &'b str,
        b_doc: &'b str,
        reason: &'b str,
        a: Option<WithFile<'b, Hit>>,
        b: Option<WithFile<'b, Hit>>,
    }
    let with = |x: Option<(&'a Hit, &'a str)>| x.map(|(inner, file)| WithFile { inner, file });
    line(
        w,
        &Pair {
            rank,
            a_doc: &c.a.doc,
            b_doc: &c.b.doc,
            reason: &c.reason,
            a: with(a),
            b: with(b),
        },
    )
}

/// Writes an alignment: one line per pair, then one per one-sided passage.
pub fn alignment(w: &mut dyn Write, al: &crate::compare::Alignment) -> io::Result<()> {
    #[derive(Serialize)]
    struct Row<'a, T: Serialize> {
        #[serde(rename = "type")]
        kind: &'a str,
        a_doc: &'a str,
        b_doc: &'a str,
        #[serde(flatten)]
        inner: &'a T,
    }
    #[derive(Serialize)]
    struct Alone<'a> {
        passage: &'a crate::compare::AlignedPassage,
    }
    fn row<T: Serialize>(
        w: &mut dyn Write,
        kind: &str,
        al: &crate::compare::Alignment,
        inner: &T,
    ) -> io::Result<()> {
        line(
            w,
            &Row {
                kind,
                a_doc: &al.a.doc,
                b_doc: &al.b.doc,
                inner,
            },
        )
    }
    for p in &al.pairs {
        row(w, "pair", al, p)?;
    }
    for (kind, list) in [("only_a", &al.only_a), ("only_b", &al.only_b)] {
        for p in list {
            row(w, kind, al, &Alone { passage: p })?;
        }
    }
    Ok(())
}
