//! Human output of `accord timeline`: dates oldest first, each statement's passages,
//! and the words each passage added and dropped relative to the previous statement.
//!
//! ```text
//! 2023-04-26
//!   Joint Statement in Commemoration of the 70th Anniversary … — News site
//!   corpus/004_d3634f4abd4027a6.txt
//!   line 24  en  first mention
//!     President Biden and President Yoon confirmed …
//!
//! 2023-06-30
//!   The First ROK-EU Digital Partnership Council Hosted — Ministry of Science and ICT
//!   corpus/002_f0098d69ba8865c2.txt
//!   line 27  en  words vs rok-us-alliance-70-2023 line 24
//!     In Semiconductors, both sides …
//!     + annual, forum
//!     - confirmed, supply
//! ```

use std::io::{self, Write};

use super::palette::{BOLD, DIM, LANG, LINE, PATH};
use super::{clean, fill, Layout, Style};
use crate::timeline::{Compared, Entry, Timeline, WordChange};

/// Most words listed on a `+` or `-` line; `--json` lists them all.
const MAX_LISTED: usize = 24;

/// Added or dropped words, with their glosses.
fn changes(words: &[WordChange]) -> String {
    let more = words.len().saturating_sub(MAX_LISTED);
    let listed = words
        .iter()
        .take(MAX_LISTED)
        .map(|c| match &c.gloss {
            Some(g) => format!("{} ({g})", c.word),
            None => c.word.clone(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    if more > 0 {
        format!("{listed} … and {more} more (--json lists all)")
    } else {
        listed
    }
}

/// Writes the timeline. `file` gives the path to show for an entry.
pub fn timeline(
    w: &mut dyn Write,
    t: &Timeline,
    file: &dyn Fn(&Entry) -> String,
    style: Style,
    layout: Layout,
) -> io::Result<()> {
    let plain = Style { color: false };
    let mut date: Option<Option<&str>> = None;
    let mut doc: Option<&str> = None;
    for e in &t.entries {
        let h = &e.hit;
        if date != Some(h.date.as_deref()) {
            if date.is_some() {
                writeln!(w)?;
            }
            let label = match &h.date {
                Some(d) => d.clone(),
                None => "undated (listed last: no date in the manifest, metadata or text)".into(),
            };
            writeln!(
                w,
                "{}",
                style.paint(BOLD, &fill(&label, &[], "", layout.width, plain))
            )?;
            date = Some(h.date.as_deref());
            doc = None;
        }
        if doc != Some(h.doc.as_str()) {
            let title = format!("{} — {}", h.title, h.publisher);
            writeln!(
                w,
                "{}",
                style.paint(BOLD, &fill(&title, &[], "  ", layout.width, plain))
            )?;
            writeln!(w, "  {}", style.paint(PATH, &clean(&file(e))))?;
            doc = Some(&h.doc);
        }
        let lines = if h.line_start == h.line_end {
            format!("line {}", h.line_start)
        } else {
            format!("lines {}-{}", h.line_start, h.line_end)
        };
        let how = match (e.compared, &e.previous) {
            (Compared::First, _) => style.paint(BOLD, "first mention"),
            (Compared::Nothing, _) => style.paint(DIM, "also in the first statement"),
            (c, Some(p)) => style.paint(
                DIM,
                &format!(
                    "{} vs {} line {}",
                    if c == Compared::Words {
                        "words"
                    } else {
                        "concepts"
                    },
                    clean(&p.doc),
                    p.line_start
                ),
            ),
            (_, None) => String::new(),
        };
        writeln!(
            w,
            "  {}  {}  {}",
            style.paint(LINE, &lines),
            style.paint(LANG, h.lang.code()),
            how
        )?;
        if h.stale {
            let note =
                "(text not shown: the file changed since it was indexed; run `accord index`)";
            writeln!(
                w,
                "{}",
                style.paint(DIM, &fill(note, &[], "    ", layout.width, plain))
            )?;
            continue;
        }
        writeln!(w, "{}", fill(&h.text, &[], "    ", layout.width, style))?;
        if matches!(e.compared, Compared::Words | Compared::Concepts) {
            if e.added.is_empty() && e.dropped.is_empty() {
                writeln!(w, "    {}", style.paint(DIM, "= same words"))?;
            }
            if !e.added.is_empty() {
                let line = format!("+ {}", changes(&e.added));
                writeln!(
                    w,
                    "{}",
                    style.paint(LINE, &fill(&line, &[], "    ", layout.width, plain))
                )?;
            }
            if !e.dropped.is_empty() {
                let line = format!("- {}", changes(&e.dropped));
                writeln!(
                    w,
                    "{}",
                    style.paint("31", &fill(&line, &[], "    ", layout.width, plain))
                )?;
            }
        }
    }
    Ok(())
}
