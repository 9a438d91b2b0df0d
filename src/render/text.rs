//! Human output: ranked like a search engine, laid out like ripgrep.
//!
//! ```text
//! 1. The First ROK-EU Digital Partnership Council Hosted — Ministry of Science and ICT
//!    corpus/002_f0098d69ba8865c2.txt:27-27  en  exact
//!    … Korea also shared that the ITU 6G Vision Group …
//! ```

use std::io::{self, Write};

use super::{clean, Style};
use crate::index::read::SetAside;
use crate::index::DocRecord;
use crate::search::highlight::MatchKind;
use crate::search::Hit;

use super::palette::{BOLD, DIM, LANG, LINE, MATCH, PATH};

fn kinds(kinds: &[MatchKind]) -> String {
    kinds
        .iter()
        .map(|k| match k {
            MatchKind::Exact => "exact",
            MatchKind::Folded => "folded",
            MatchKind::Stem => "stem",
            MatchKind::Prefix => "prefix",
            MatchKind::Typo => "typo",
            MatchKind::Translated => "translated",
        })
        .collect::<Vec<_>>()
        .join("+")
}

/// Writes one hit. `file` is the path to show (corpus folder joined).
pub fn hit(w: &mut dyn Write, hit: &Hit, file: &str, style: Style) -> io::Result<()> {
    let title = clean(&hit.title);
    writeln!(
        w,
        "{} {} {}",
        style.paint(BOLD, &format!("{}.", hit.rank)),
        style.paint(BOLD, &title),
        style.paint(DIM, &format!("— {}", clean(&hit.publisher)))
    )?;
    let lines = if hit.line_start == hit.line_end {
        format!("{}", hit.line_start)
    } else {
        format!("{}-{}", hit.line_start, hit.line_end)
    };
    writeln!(
        w,
        "   {}:{}  {}  {}",
        style.paint(PATH, &clean(file)),
        style.paint(LINE, &lines),
        style.paint(LANG, hit.lang.code()),
        style.paint(DIM, &kinds(&hit.matched)),
    )?;
    if hit.stale {
        writeln!(
            w,
            "   {}",
            style.paint(
                DIM,
                "(text not shown: the file changed since it was indexed; run `accord index`)"
            )
        )?;
        return writeln!(w);
    }
    // Paint highlights; offsets are of the uncleaned snippet, so clean piecewise.
    let mut out = String::new();
    let mut at = 0;
    for &(a, b) in &hit.highlights {
        if a < at || b > hit.snippet.len() {
            continue;
        }
        out.push_str(&clean(&hit.snippet[at..a]));
        out.push_str(&style.paint(MATCH, &clean(&hit.snippet[a..b])));
        at = b;
    }
    out.push_str(&clean(&hit.snippet[at..]));
    writeln!(w, "   {out}")?;
    for t in &hit.translations {
        writeln!(w, "   {}", style.paint(DIM, &format!("via {}", clean(t))))?;
    }
    writeln!(w)
}

/// Writes one document's line in `accord docs`.
pub fn document(w: &mut dyn Write, d: &DocRecord, file: &str, style: Style) -> io::Result<()> {
    let m = &d.meta;
    writeln!(
        w,
        "{}  {}  {}  {} passages, {} set aside, {} repeated",
        style.paint(BOLD, &clean(&m.id)),
        style.paint(LANG, m.lang.code()),
        m.date.as_deref().unwrap_or("date unknown"),
        d.passages,
        d.set_aside,
        d.duplicates
    )?;
    writeln!(w, "   {} — {}", clean(&m.title), clean(&m.publisher))?;
    writeln!(
        w,
        "   {}  ({}, {} bytes)",
        style.paint(PATH, &clean(file)),
        d.encoding_label(),
        d.bytes
    )?;
    if let Some(origin) = &m.origin {
        writeln!(w, "   origin: {}", clean(origin))?;
    }
    if m.inferred {
        writeln!(
            w,
            "   {}",
            style.paint(
                DIM,
                "no manifest entry: title and language inferred from the text"
            )
        )?;
    }
    writeln!(w)
}

/// Writes one set-aside block.
pub fn set_aside(w: &mut dyn Write, s: &SetAside, file: &str, style: Style) -> io::Result<()> {
    let lines = if s.line_start == s.line_end {
        format!("{}", s.line_start)
    } else {
        format!("{}-{}", s.line_start, s.line_end)
    };
    let text = clean(&s.text).replace('\n', " / ");
    writeln!(
        w,
        "{}:{}  {}  {}",
        style.paint(PATH, &clean(file)),
        style.paint(LINE, &lines),
        style.paint(LANG, &format!("[{}]", s.reason)),
        crate::corpus::truncate_words(&text, 100)
    )
}
