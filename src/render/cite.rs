//! Citations of hits, to paste into a report (`accord search --cite`): each passage as a
//! quote, then one sentence that says whose it is, where it is in which file, how the
//! quote relates to the file's bytes, the file's content hash and the day it was indexed.
//!
//! ```text
//! > Ministrowie obu krajów podpisali w Warszawie memorandum o współpracy ...
//! Polsko-koreańska współpraca w dziedzinie półprzewodników. Ministerstwo Cyfryzacji,
//! 2024-05-14. corpus/memorandum.html, lines 17–18. Text extracted from HTML.
//! blake3:9f2c…. Indexed 2026-12-03.
//! ```
//!
//! With `--json` the same citations are one CSL-JSON array ([`wire::CslItem`]), for
//! reference managers. What is unknown (publisher, date) is left out, never printed as
//! a placeholder. A file that changed since it was indexed is said so in the citation
//! itself: its quote is no longer what the file holds.

use std::io::{self, Write};

use super::{clean, fill, Layout, Style};
use crate::corpus::{Format, TextRelation};
use crate::index::read::CitedFile;
use crate::search::Hit;
use crate::wire::{self, CslCustom, CslDate, CslItem};

use super::palette::{DIM, MATCH as STALE};

/// One hit to cite, with what the index knows of its file.
#[derive(Debug, Clone, Copy)]
pub struct Citation<'a> {
    /// The hit.
    pub hit: &'a Hit,
    /// Its document's record, and whether the file is still the one indexed.
    pub source: &'a CitedFile,
    /// The path to show for its file (corpus folder joined).
    pub file: &'a str,
}

impl Citation<'_> {
    /// The file changed or went away since it was indexed.
    pub fn stale(&self) -> bool {
        self.hit.stale || !self.source.current
    }

    /// The quote: the passage text, unless it could not be read back (a plain file
    /// that changed).
    fn quote(&self) -> Option<&str> {
        (!self.hit.stale).then_some(self.hit.text.as_str())
    }

    /// The publisher, unless accord had to infer it and found none.
    fn publisher(&self) -> Option<&str> {
        let meta = &self.source.record.meta;
        let inferred_none = meta.inferred && meta.sources.publisher.is_none();
        let p = self.hit.publisher.trim();
        (!inferred_none && !p.is_empty()).then_some(p)
    }

    /// "corpus/a.html, lines 12–14 (page 3)"; a PDF's lines count within its page, so
    /// there the page comes first: "corpus/a.pdf, page 3, lines 5–7".
    fn place(&self) -> String {
        let h = self.hit;
        let lines = if h.line_start == h.line_end {
            format!("line {}", h.line_start)
        } else {
            format!("lines {}–{}", h.line_start, h.line_end)
        };
        let pages = match (h.page, h.page_end) {
            (Some(p), Some(e)) => Some(format!("pages {p}–{e}")),
            (Some(p), None) => Some(format!("page {p}")),
            _ => None,
        };
        let pdf = self.source.record.relation
            == TextRelation::Extracted {
                format: Format::Pdf,
            };
        match pages {
            Some(pages) if pdf => format!("{}, {pages}, {lines}", self.file),
            Some(pages) => format!("{}, {lines} ({pages})", self.file),
            None => format!("{}, {lines}", self.file),
        }
    }

    /// How the quote relates to the file's bytes, when it is not those bytes.
    fn relation(&self) -> Option<String> {
        match &self.source.record.relation {
            TextRelation::Verbatim => None,
            TextRelation::Transcoded { encoding } => Some(format!("Decoded from {encoding}")),
            TextRelation::Extracted { format } => {
                Some(format!("Text extracted from {}", format_name(*format)))
            }
        }
    }

    /// The file's content hash as indexed, named by its algorithm.
    fn hash(&self) -> String {
        format!("blake3:{}", self.source.record.hash)
    }

    /// What a stale citation must say.
    fn warning(&self) -> Option<&'static str> {
        if !self.stale() {
            None
        } else if self.quote().is_none() {
            Some("Not quoted: the file changed since it was indexed; run `accord index` and search again")
        } else {
            Some("The file changed since it was indexed, so this is the text indexed then; run `accord index` and search again")
        }
    }

    /// The sentences after the title, publisher and date: where, how, hash, when, and
    /// the warning.
    fn provenance(&self) -> Vec<String> {
        let mut out = vec![self.place()];
        out.extend(self.relation());
        out.push(self.hash());
        out.push(format!("Indexed {}", self.source.record.indexed_on()));
        out.extend(self.warning().map(str::to_string));
        out
    }

    /// The whole citation line.
    fn sentence(&self) -> String {
        let h = self.hit;
        let mut parts = Vec::new();
        if !h.title.trim().is_empty() {
            parts.push(h.title.trim().to_string());
        }
        let date = h.date.as_deref().map(str::trim).filter(|d| !d.is_empty());
        match (self.publisher(), date) {
            (Some(p), Some(d)) => parts.push(format!("{p}, {d}")),
            (Some(p), None) => parts.push(p.to_string()),
            (None, Some(d)) => parts.push(d.to_string()),
            (None, None) => {}
        }
        parts.extend(self.provenance());
        join_sentences(&parts)
    }
}

/// A format's name in prose.
fn format_name(format: Format) -> &'static str {
    match format {
        Format::Text => "plain text",
        Format::Markdown => "Markdown",
        Format::Html => "HTML",
        Format::Pdf => "PDF",
    }
}

/// `parts` as sentences: each ends with one full stop (none added after a title that
/// ends with its own `.`, `?` or `!`), joined by spaces.
fn join_sentences(parts: &[String]) -> String {
    parts
        .iter()
        .map(|p| {
            if p.ends_with(['.', '?', '!', '…']) {
                p.clone()
            } else {
                format!("{p}.")
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes each citation: the quote, every line of the passage after `> ` (wrapped to
/// the layout's width, continuation lines quoted too), then the citation sentence, and
/// a blank line between citations.
pub fn text(
    w: &mut dyn Write,
    citations: &[Citation],
    style: Style,
    layout: Layout,
) -> io::Result<()> {
    let plain = Style { color: false };
    for (i, c) in citations.iter().enumerate() {
        if i > 0 {
            writeln!(w)?;
        }
        if let Some(quote) = c.quote() {
            for line in quote.split('\n') {
                let quoted = fill(line, &[], "> ", layout.width, plain);
                for l in quoted.trim_end().split('\n') {
                    let rest = l.strip_prefix('>').unwrap_or(l);
                    writeln!(w, "{}{rest}", style.paint(DIM, ">"))?;
                }
            }
        }
        let sentence = clean(&c.sentence());
        let sentence = fill(&sentence, &[], "", layout.width, plain);
        if c.stale() {
            // A stale citation must not pass unnoticed.
            writeln!(w, "{}", style.paint(STALE, &sentence))?;
        } else {
            writeln!(w, "{sentence}")?;
        }
    }
    Ok(())
}

/// The CSL-JSON item of a citation.
pub fn csl(c: &Citation) -> CslItem {
    let h = c.hit;
    let meta = &c.source.record.meta;
    let url = meta
        .origin
        .as_deref()
        .map(str::trim)
        .filter(|o| {
            (o.starts_with("https://") || o.starts_with("http://"))
                && !o.contains(char::is_whitespace)
        })
        .map(str::to_string);
    CslItem {
        id: format!("{}#p{}", h.doc, h.position),
        kind: "document".to_string(),
        title: h.title.clone(),
        publisher: c.publisher().map(str::to_string),
        issued: h
            .date
            .as_deref()
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(CslDate::parse),
        url,
        accessed: CslDate::parse(&c.source.record.indexed_on()),
        language: h.lang.code().to_string(),
        note: join_sentences(&c.provenance()),
        custom: CslCustom {
            doc: h.doc.clone(),
            path: h.path.clone(),
            file: c.file.to_string(),
            line_start: h.line_start,
            line_end: h.line_end,
            byte_start: h.byte_start,
            byte_end: h.byte_end,
            page: h.page,
            page_end: h.page_end,
            position: h.position,
            hash: c.hash(),
            relation: c.source.record.relation.clone(),
            stale: c.stale(),
            quote: c.quote().map(str::to_string),
        },
    }
}

/// Writes the citations as one CSL-JSON array (indented, for a file a reference
/// manager imports), `[]` for none.
pub fn json(w: &mut dyn Write, citations: &[Citation]) -> io::Result<()> {
    let items: Vec<wire::CslItem> = citations.iter().map(csl).collect();
    serde_json::to_writer_pretty(&mut *w, &items).map_err(io::Error::other)?;
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{DocMeta, Sources};
    use crate::index::DocRecord;
    use crate::lang::Lang;

    fn hit() -> Hit {
        Hit {
            rank: 1,
            score: 1.0,
            doc: "ms-memo-2024".into(),
            title: "Memorandum signed".into(),
            publisher: "Ministry".into(),
            date: Some("2024-05-14".into()),
            path: "memo.html".into(),
            page: None,
            page_end: None,
            line_start: 12,
            line_end: 14,
            byte_start: 300,
            byte_end: 420,
            position: 3,
            lang: Lang::Pl,
            matched: vec![],
            translations: vec![],
            coverage: 1.0,
            matched_words: vec![],
            text: "First line\nsecond line".into(),
            stale: false,
            snippet: String::new(),
            highlights: vec![],
        }
    }

    fn source(relation: TextRelation) -> CitedFile {
        CitedFile {
            record: DocRecord {
                meta: DocMeta {
                    id: "ms-memo-2024".into(),
                    path: "memo.html".into(),
                    title: "Memorandum signed".into(),
                    publisher: "Ministry".into(),
                    date: Some("2024-05-14".into()),
                    lang: Lang::Pl,
                    origin: Some("https://example.gov/memo".into()),
                    event: None,
                    inferred: false,
                    sources: Sources::default(),
                },
                number: 1,
                passages: 5,
                set_aside: 0,
                duplicates: 0,
                bytes: 1000,
                relation,
                hash: "ab".repeat(32),
                mtime: 0,
                // 2026-12-03 12:00 UTC.
                checked: 1_796_299_200_000_000_000,
                manifest_hash: String::new(),
            },
            current: true,
        }
    }

    fn render(c: &Citation) -> String {
        let mut out = Vec::new();
        text(&mut out, &[*c], Style { color: false }, Layout::default()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_citation_quotes_every_line_and_says_where_and_how() {
        let (h, s) = (
            hit(),
            source(TextRelation::Extracted {
                format: Format::Html,
            }),
        );
        let c = Citation {
            hit: &h,
            source: &s,
            file: "corpus/memo.html",
        };
        let hash = "ab".repeat(32);
        assert_eq!(
            render(&c),
            format!(
                "> First line\n> second line\nMemorandum signed. Ministry, 2024-05-14. \
                 corpus/memo.html, lines 12–14. Text extracted from HTML. blake3:{hash}. \
                 Indexed 2026-12-03.\n"
            )
        );
    }

    #[test]
    fn colour_marks_the_quote_and_a_stale_citation_only() {
        let h = hit();
        let s = source(TextRelation::Verbatim);
        let c = Citation {
            hit: &h,
            source: &s,
            file: "a.txt",
        };
        let mut out = Vec::new();
        text(&mut out, &[c], Style { color: true }, Layout::default()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with("\x1b[2m>\x1b[0m First line\n"), "{out:?}");
        assert!(
            out.lines().last().unwrap().starts_with("Memorandum"),
            "{out:?}"
        );
        let stale = CitedFile {
            current: false,
            ..s.clone()
        };
        let c = Citation {
            source: &stale,
            ..c
        };
        let mut out = Vec::new();
        text(&mut out, &[c], Style { color: true }, Layout::default()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(
            out.lines()
                .last()
                .unwrap()
                .starts_with("\x1b[1;31mMemorandum"),
            "{out:?}"
        );
    }

    #[test]
    fn what_is_unknown_is_left_out_cleanly() {
        let mut h = hit();
        h.date = None;
        h.title = "Is it signed?".into();
        h.publisher = "unknown".into();
        h.line_end = 12;
        let mut s = source(TextRelation::Verbatim);
        s.record.meta.inferred = true;
        let c = Citation {
            hit: &h,
            source: &s,
            file: "memo.txt",
        };
        let out = render(&c);
        let line = out.lines().last().unwrap();
        assert!(
            line.starts_with("Is it signed? memo.txt, line 12. blake3:"),
            "{line}"
        );
        assert!(!line.contains("unknown") && !line.contains("..") && !line.contains("None"));
        let item = csl(&c);
        assert_eq!(item.publisher, None);
        assert_eq!(item.issued, None);
    }

    #[test]
    fn a_pdf_names_its_page_first_and_a_decoded_file_its_encoding() {
        let mut h = hit();
        h.page = Some(3);
        h.page_end = Some(4);
        let pdf = source(TextRelation::Extracted {
            format: Format::Pdf,
        });
        let c = Citation {
            hit: &h,
            source: &pdf,
            file: "a.pdf",
        };
        assert!(render(&c).contains("a.pdf, pages 3–4, lines 12–14. Text extracted from PDF."));
        let text = source(TextRelation::Transcoded {
            encoding: "windows-1250".into(),
        });
        let c = Citation {
            hit: &h,
            source: &text,
            file: "a.txt",
        };
        assert!(render(&c).contains("a.txt, lines 12–14 (pages 3–4). Decoded from windows-1250."));
    }

    #[test]
    fn a_changed_file_is_flagged_and_a_plain_one_not_quoted() {
        let h = hit();
        let mut s = source(TextRelation::Extracted {
            format: Format::Markdown,
        });
        s.current = false;
        let c = Citation {
            hit: &h,
            source: &s,
            file: "m.md",
        };
        let out = render(&c);
        assert!(out.starts_with("> First line"), "{out}");
        assert!(
            out.contains("The file changed since it was indexed"),
            "{out}"
        );
        assert!(csl(&c).custom.stale);
        let mut gone = hit();
        gone.stale = true;
        gone.text = String::new();
        let plain = source(TextRelation::Verbatim);
        let c = Citation {
            hit: &gone,
            source: &plain,
            file: "a.txt",
        };
        let out = render(&c);
        assert!(!out.contains("> "), "{out}");
        assert!(out.contains("Not quoted: the file changed"), "{out}");
        assert_eq!(csl(&c).custom.quote, None);
    }

    #[test]
    fn csl_items_use_csl_names_and_date_parts() {
        let (h, s) = (hit(), source(TextRelation::Verbatim));
        let c = Citation {
            hit: &h,
            source: &s,
            file: "memo.txt",
        };
        let v = serde_json::to_value(csl(&c)).unwrap();
        assert_eq!(v["id"], "ms-memo-2024#p3");
        assert_eq!(v["type"], "document");
        assert_eq!(
            v["issued"]["date-parts"],
            serde_json::json!([[2024, 5, 14]])
        );
        assert_eq!(
            v["accessed"]["date-parts"],
            serde_json::json!([[2026, 12, 3]])
        );
        assert_eq!(v["URL"], "https://example.gov/memo");
        assert_eq!(v["language"], "pl");
        assert_eq!(v["custom"]["quote"], "First line\nsecond line");
        assert_eq!(v["custom"]["relation"]["kind"], "verbatim");
        assert!(v["note"]
            .as_str()
            .unwrap()
            .starts_with("memo.txt, lines 12–14."));
    }
}
