//! `accord align`: passage-by-passage counterparts of two documents.

use std::io::Write;

use anyhow::Result;

use accord::compare::align;
use accord::render::{self, Style};

use crate::cli::{AlignArgs, Global};
use crate::Outcome;

/// Runs `accord align`.
pub fn run(global: &Global, args: &AlignArgs, style: Style) -> Result<Outcome> {
    let index = crate::cmd::search::open_or_build(global)?;
    let alignment = align(&index, &args.a, &args.b)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        render::json::alignment(&mut out, &alignment)?;
    } else {
        let file = |rel: &str| crate::cmd::shown_path(&global.corpus, rel);
        render::compare::alignment(&mut out, &alignment, &file, style)?;
    }
    out.flush()?;
    Ok(if alignment.pairs.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}
