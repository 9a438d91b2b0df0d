//! Human output: ranked like a search engine, laid out like ripgrep.
//!
//! ```text
//! 1. The First ROK-EU Digital Partnership Council Hosted — Ministry of Science and ICT
//!    corpus/002_f0098d69ba8865c2.txt:27-27  en  exact
//!    … Korea also shared that the ITU 6G Vision Group …
//! ```
//!
//! On a terminal, hits are grouped under their document (`--heading`) and every text is
//! word-wrapped to the terminal's width with its indent kept (`render::fill`); in a
//! pipe each hit stands alone and each text is one line, for grep and cut.

use std::io::{self, Write};

use super::{clean, fill, Layout, Style};
use crate::index::read::SetAside;
use crate::index::DocRecord;
use crate::search::highlight::MatchKind;
use crate::search::Hit;

use super::palette::{BOLD, DIM, LANG, LINE, PATH};

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

fn lines(start: u64, end: u64) -> String {
    if start == end {
        format!("{start}")
    } else {
        format!("{start}-{end}")
    }
}

/// A hit's lines, with its page (or pages) when its format has pages.
fn place(hit: &Hit) -> String {
    let lines = lines(hit.line_start, hit.line_end);
    match (hit.page, hit.page_end) {
        (Some(page), Some(end)) => format!("{lines} (pages {page}-{end})"),
        (Some(page), None) => format!("{lines} (page {page})"),
        _ => lines,
    }
}

/// The publisher, and the date when the document has one.
fn source(hit: &Hit) -> String {
    match &hit.date {
        Some(date) => format!("{}, {}", hit.publisher, date),
        None => hit.publisher.clone(),
    }
}

/// Writes the hits: one block each (title, `path:lines`, snippet), or with
/// `layout.heading` grouped under a heading per document (title and path once, then
/// each hit's rank, lines and snippet), documents in the order of their best hit.
/// `file` gives the path to show for a hit (corpus folder joined).
pub fn hits(
    w: &mut dyn Write,
    hits: &[Hit],
    file: &dyn Fn(&Hit) -> String,
    style: Style,
    layout: Layout,
) -> io::Result<()> {
    if !layout.heading {
        for h in hits {
            hit(w, h, &file(h), style, layout)?;
        }
        return Ok(());
    }
    let mut docs: Vec<&str> = Vec::new();
    for h in hits {
        if !docs.contains(&h.doc.as_str()) {
            docs.push(&h.doc);
        }
    }
    for (i, doc) in docs.into_iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        let group: Vec<&Hit> = hits.iter().filter(|h| h.doc == doc).collect();
        let first = group[0];
        let title = format!("{} — {}", first.title, source(first));
        let title = fill(&title, &[], "", layout.width, Style { color: false });
        writeln!(w, "{}", style.paint(BOLD, &title))?;
        writeln!(w, "{}", style.paint(PATH, &clean(&file(first))))?;
        for h in group {
            writeln!(
                w,
                "{} {}  {}  {}",
                style.paint(BOLD, &format!("{}.", h.rank)),
                style.paint(
                    LINE,
                    &format!(
                        "{} {}",
                        if h.line_start == h.line_end {
                            "line"
                        } else {
                            "lines"
                        },
                        place(h)
                    )
                ),
                style.paint(LANG, h.lang.code()),
                style.paint(DIM, &kinds(&h.matched)),
            )?;
            body(w, h, style, layout)?;
        }
    }
    Ok(())
}

/// Writes one hit. `file` is the path to show (corpus folder joined).
pub fn hit(
    w: &mut dyn Write,
    hit: &Hit,
    file: &str,
    style: Style,
    layout: Layout,
) -> io::Result<()> {
    let title = format!("{} — {}", hit.title, source(hit));
    let rank = format!("{}. ", hit.rank);
    let title = fill(&title, &[], "   ", layout.width, Style { color: false });
    // The rank takes the first line's indent.
    let title = title.get(3..).unwrap_or_default();
    let (name, publisher) = match title.rfind(" — ") {
        Some(at) => title.split_at(at),
        None => (title, ""),
    };
    writeln!(
        w,
        "{}{}{}",
        style.paint(BOLD, &rank),
        style.paint(BOLD, name),
        style.paint(DIM, publisher)
    )?;
    writeln!(
        w,
        "   {}:{}  {}  {}",
        style.paint(PATH, &clean(file)),
        style.paint(LINE, &place(hit)),
        style.paint(LANG, hit.lang.code()),
        style.paint(DIM, &kinds(&hit.matched)),
    )?;
    body(w, hit, style, layout)?;
    writeln!(w)
}

/// A hit's snippet and the translations that reached it, indented under its header.
fn body(w: &mut dyn Write, hit: &Hit, style: Style, layout: Layout) -> io::Result<()> {
    if hit.stale {
        let note = "(text not shown: the file changed since it was indexed; run `accord index`)";
        let note = fill(note, &[], "   ", layout.width, Style { color: false });
        return writeln!(w, "{}", style.paint(DIM, &note));
    }
    writeln!(
        w,
        "{}",
        fill(&hit.snippet, &hit.highlights, "   ", layout.width, style)
    )?;
    for t in &hit.translations {
        let via = fill(
            &format!("via {t}"),
            &[],
            "   ",
            layout.width,
            Style { color: false },
        );
        writeln!(w, "{}", style.paint(DIM, &via))?;
    }
    Ok(())
}

/// Writes one document's line in `accord docs`.
pub fn document(
    w: &mut dyn Write,
    d: &DocRecord,
    file: &str,
    style: Style,
    layout: Layout,
) -> io::Result<()> {
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
    let title = format!("{} — {}", m.title, m.publisher);
    writeln!(
        w,
        "{}",
        fill(&title, &[], "   ", layout.width, Style { color: false })
    )?;
    writeln!(
        w,
        "   {}  ({}, {} bytes)",
        style.paint(PATH, &clean(file)),
        d.encoding_label(),
        d.bytes
    )?;
    if let Some(origin) = &m.origin {
        let origin = format!("origin: {origin}");
        writeln!(
            w,
            "{}",
            fill(&origin, &[], "   ", layout.width, Style { color: false })
        )?;
    }
    // Where title, date and publisher came from, for what the manifest did not give.
    let from = [
        ("title", &m.sources.title),
        ("date", &m.sources.date),
        ("publisher", &m.sources.publisher),
    ];
    let stated: Vec<String> = from
        .iter()
        .filter_map(|(what, p)| match p {
            Some(p) if *p != crate::corpus::format::Provenance::Manifest => {
                Some(format!("{what} from {p}"))
            }
            _ => None,
        })
        .collect();
    if m.inferred {
        writeln!(
            w,
            "   {}",
            style.paint(
                DIM,
                "no manifest entry: title and language inferred from the file"
            )
        )?;
    }
    if !stated.is_empty() {
        writeln!(w, "   {}", style.paint(DIM, &stated.join("; ")))?;
    }
    writeln!(w)
}

/// Writes one set-aside block.
pub fn set_aside(w: &mut dyn Write, s: &SetAside, file: &str, style: Style) -> io::Result<()> {
    let lines = lines(s.line_start, s.line_end);
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
