//! Human output for `compare` (two columns on a wide terminal, stacked otherwise) and
//! `align` (pairs with what they share, then what each side says alone).

use std::io::{self, Write};

use unicode_width::UnicodeWidthStr;

use super::{clean, Style};
use crate::compare::{AlignedPassage, Alignment, Comparison, Side};
use crate::search::Hit;

use super::palette::{BOLD, DIM, LANG, LINE, MATCH, PATH};

/// Narrowest terminal that gets two columns.
pub const TWO_COLUMNS_FROM: usize = 110;

/// Words of `text` with whether each is highlighted, wrapped to `width` columns.
fn wrap(text: &str, highlights: &[(usize, usize)], width: usize) -> Vec<Vec<(String, bool)>> {
    let mut lines: Vec<Vec<(String, bool)>> = vec![Vec::new()];
    let mut used = 0;
    let mut offset = 0;
    for word in text.split(' ') {
        let start = offset;
        offset += word.len() + 1;
        if word.is_empty() {
            continue;
        }
        let lit = highlights
            .iter()
            .any(|&(a, b)| a < start + word.len() && b > start);
        let w = clean(word);
        let cols = w.width();
        if used > 0 && used + 1 + cols > width {
            lines.push(Vec::new());
            used = 0;
        }
        used += cols + usize::from(used > 0);
        if let Some(line) = lines.last_mut() {
            line.push((w, lit));
        }
    }
    lines
}

fn paint_line(words: &[(String, bool)], style: Style) -> (String, usize) {
    let mut out = String::new();
    let mut cols = 0;
    for (i, (w, lit)) in words.iter().enumerate() {
        if i > 0 {
            out.push(' ');
            cols += 1;
        }
        cols += w.width();
        out.push_str(&if *lit {
            style.paint(MATCH, w)
        } else {
            w.clone()
        });
    }
    (out, cols)
}

fn side_header(side: &Side) -> String {
    format!("{} ({}, {})", side.doc, side.lang, side.publisher)
}

fn hit_header(hit: &Hit, file: &dyn Fn(&str) -> String, style: Style) -> (String, usize) {
    let lines = format!("{}-{}", hit.line_start, hit.line_end);
    let plain = format!("{}. {}:{}", hit.rank, file(&hit.path), lines);
    let painted = format!(
        "{}. {}:{}",
        hit.rank,
        style.paint(PATH, &clean(&file(&hit.path))),
        style.paint(LINE, &lines)
    );
    (painted, plain.width())
}

/// Writes a comparison; `width` is the terminal width (None: not a terminal).
pub fn comparison(
    w: &mut dyn Write,
    c: &Comparison,
    file: &dyn Fn(&str) -> String,
    width: Option<usize>,
    style: Style,
) -> io::Result<()> {
    writeln!(
        w,
        "{} {}  and  {}",
        style.paint(BOLD, "Comparing"),
        style.paint(BOLD, &clean(&side_header(&c.a))),
        style.paint(BOLD, &clean(&side_header(&c.b)))
    )?;
    writeln!(
        w,
        "{}",
        style.paint(DIM, &format!("({})", clean(&c.reason)))
    )?;
    writeln!(w)?;
    let total = width.unwrap_or(80);
    if total >= TWO_COLUMNS_FROM {
        let col = (total - 3) / 2;
        for (a, b) in &c.pairs {
            let render = |h: &Option<Hit>| -> Vec<(String, usize)> {
                match h {
                    None => vec![(style.paint(DIM, "(no further passage)"), 20)],
                    Some(h) => {
                        let mut out = vec![hit_header(h, file, style)];
                        for line in wrap(&h.snippet, &h.highlights, col) {
                            out.push(paint_line(&line, style));
                        }
                        for t in &h.translations {
                            for line in wrap(&format!("via {t}"), &[], col) {
                                let (_, cols) = paint_line(&line, style);
                                let text: Vec<String> = line.into_iter().map(|(w, _)| w).collect();
                                out.push((style.paint(DIM, &text.join(" ")), cols));
                            }
                        }
                        out
                    }
                }
            };
            let (left, right) = (render(a), render(b));
            for i in 0..left.len().max(right.len()) {
                let (l, lc) = left.get(i).cloned().unwrap_or_default();
                let (r, _) = right.get(i).cloned().unwrap_or_default();
                let pad = " ".repeat(col.saturating_sub(lc));
                writeln!(w, "{l}{pad} {} {r}", style.paint(DIM, "│"))?;
            }
            writeln!(w)?;
        }
    } else {
        for (a, b) in &c.pairs {
            for (side, h) in [(&c.a, a), (&c.b, b)] {
                let Some(h) = h else {
                    writeln!(
                        w,
                        "{}",
                        style.paint(DIM, &format!("{}: no further passage", side.doc))
                    )?;
                    continue;
                };
                let (head, _) = hit_header(h, file, style);
                writeln!(
                    w,
                    "{head}  {}  {}",
                    style.paint(LANG, h.lang.code()),
                    clean(&side.doc)
                )?;
                for line in wrap(&h.snippet, &h.highlights, total.saturating_sub(3).max(20)) {
                    writeln!(w, "   {}", paint_line(&line, style).0)?;
                }
                for t in &h.translations {
                    writeln!(w, "   {}", style.paint(DIM, &format!("via {}", clean(t))))?;
                }
            }
            writeln!(w)?;
        }
    }
    Ok(())
}

fn passage_line(
    w: &mut dyn Write,
    p: &AlignedPassage,
    file: &dyn Fn(&str) -> String,
    style: Style,
) -> io::Result<()> {
    writeln!(
        w,
        "  {}:{}  {}  {}",
        style.paint(PATH, &clean(&file(&p.path))),
        style.paint(LINE, &format!("{}-{}", p.line_start, p.line_end)),
        style.paint(LANG, p.lang.code()),
        clean(&crate::corpus::truncate_words(
            &p.text.replace('\n', " "),
            110
        ))
    )
}

/// Writes an alignment.
pub fn alignment(
    w: &mut dyn Write,
    al: &Alignment,
    file: &dyn Fn(&str) -> String,
    style: Style,
) -> io::Result<()> {
    writeln!(
        w,
        "{} {}  and  {}",
        style.paint(BOLD, "Aligning"),
        style.paint(BOLD, &clean(&side_header(&al.a))),
        style.paint(BOLD, &clean(&side_header(&al.b)))
    )?;
    writeln!(
        w,
        "{}",
        style.paint(
            DIM,
            &format!(
                "{} pairs, {} passages only in {}, {} only in {}; {} and {} short passages (headings) not aligned",
                al.pairs.len(),
                al.only_a.len(),
                al.a.doc,
                al.only_b.len(),
                al.b.doc,
                al.skipped.0,
                al.skipped.1
            )
        )
    )?;
    writeln!(
        w,
        "{}",
        style.paint(
            DIM,
            &format!(
                "score: similarity 0 to 1 of what the passages carry (concepts, names, \
                 numbers), pairs from {:.2}; ⟷ each is the other's best match, → only one is",
                crate::compare::MIN_SIMILARITY
            )
        )
    )?;
    writeln!(w)?;
    writeln!(w, "{}", style.paint(BOLD, "Counterparts"))?;
    for p in &al.pairs {
        writeln!(
            w,
            "{} {}  shared: {}",
            style.paint(BOLD, &format!("{:.2}", p.score)),
            if p.mutual { "⟷" } else { "→" },
            clean(
                &p.shared
                    .iter()
                    .take(8)
                    .cloned()
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        )?;
        passage_line(w, &p.a, file, style)?;
        passage_line(w, &p.b, file, style)?;
    }
    for (title, list) in [(&al.a.doc, &al.only_a), (&al.b.doc, &al.only_b)] {
        writeln!(w)?;
        writeln!(
            w,
            "{}",
            style.paint(BOLD, &format!("Only in {}", clean(title)))
        )?;
        if list.is_empty() {
            writeln!(w, "  {}", style.paint(DIM, "(nothing)"))?;
        }
        for p in list {
            passage_line(w, p, file, style)?;
        }
    }
    Ok(())
}
