//! Feeding tantivy: passages as documents, sent in small ordered batches, never too
//! far ahead of the indexing threads.

use std::time::{Duration, Instant};

use tantivy::indexer::UserOperation;
use tantivy::{IndexWriter, TantivyDocument};

use super::super::schema::{Fields, KIND_CHROME};
use super::super::spans::{Span, SpanPlugin};
use crate::corpus::chrome::Role;
use crate::corpus::{Document, Passage};
use crate::error::Result;

/// Documents sent to the indexing threads in one batch, at most. A batch is indexed by
/// one thread, in order: a document's passages then sit side by side in a segment (so
/// their spans delta-code tightly), where documents sent one by one alternate between
/// the threads.
const BATCH_DOCS: usize = 32;
/// Passage text in one batch, at most (a batch holds at least one passage).
const BATCH_TEXT_BYTES: usize = 8 * 1024;
/// Documents sent but not yet taken in by the indexing threads, at most. tantivy's own
/// queue is bounded by batches, not documents, and preparing documents is faster than
/// indexing them: without this bound, prepared documents pile up in memory (500 MB at
/// 200 MB of text).
const MAX_WAITING_DOCS: u64 = 16_384;

/// The index writer, fed in small ordered batches, never too far ahead of indexing:
/// `spans` counts the documents the indexing threads took in, `sent` those sent in this
/// run (from before the first document was indexed).
pub(super) struct Feed<'w> {
    pub(super) writer: &'w IndexWriter,
    pub(super) spans: &'w SpanPlugin,
    pub(super) sent: &'w std::cell::Cell<u64>,
    pub(super) fields: &'w Fields,
}

impl<'w> Feed<'w> {
    /// Sends `ops`, after waiting while too many documents sent earlier are waiting. A
    /// writer whose threads stopped is not waited for: sending then fails with its error.
    fn send(&self, ops: Vec<UserOperation>) -> Result<()> {
        let mut last = (self.spans.indexed(), Instant::now());
        while self.sent.get().saturating_sub(self.spans.indexed()) > MAX_WAITING_DOCS {
            let indexed = self.spans.indexed();
            if indexed != last.0 {
                last = (indexed, Instant::now());
            } else if last.1.elapsed() > Duration::from_secs(30) {
                break;
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        self.sent.set(self.sent.get() + ops.len() as u64);
        self.writer.run(ops)?;
        Ok(())
    }
}

/// Documents for one [`Feed`], sent a batch at a time.
pub(super) struct Batch<'f, 'w> {
    feed: &'f Feed<'w>,
    ops: Vec<UserOperation>,
    text_bytes: usize,
}

impl<'f, 'w> Batch<'f, 'w> {
    pub(super) fn new(feed: &'f Feed<'w>) -> Batch<'f, 'w> {
        Batch {
            feed,
            ops: Vec::with_capacity(BATCH_DOCS),
            text_bytes: 0,
        }
    }

    pub(super) fn add(&mut self, doc: TantivyDocument, text_bytes: usize) -> Result<()> {
        self.ops.push(UserOperation::Add(doc));
        self.text_bytes += text_bytes;
        if self.ops.len() >= BATCH_DOCS || self.text_bytes >= BATCH_TEXT_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    pub(super) fn flush(&mut self) -> Result<()> {
        if !self.ops.is_empty() {
            let ops = std::mem::replace(&mut self.ops, Vec::with_capacity(BATCH_DOCS));
            self.feed.send(ops)?;
            self.text_bytes = 0;
        }
        Ok(())
    }
}

impl Feed<'_> {
    /// Adds the passages and set-aside blocks of `doc` (a whole document, or one window
    /// of a large one), in order, as document number `number`; its record is added
    /// later ([`super::records::add_records`]). Their text is stored only when the
    /// document's [`TextRelation`](crate::corpus::TextRelation) says it cannot be read
    /// back from the file.
    ///
    /// A passage whose place cannot be encoded (an extractor's bug) fails the document
    /// alone, before any of it is sent: `Ok(Err(why))`, for the caller to skip the file
    /// and say why. The index writer would otherwise stop on it, and the whole run.
    pub(super) fn document(
        &self,
        doc: &Document,
        number: u64,
    ) -> Result<std::result::Result<(), BadSpan>> {
        match self.prepare(doc, number) {
            Ok(docs) => self.send_all(docs).map(Ok),
            Err(bad) => Ok(Err(bad)),
        }
    }

    /// The tantivy documents of [`Feed::document`], not sent yet, with their text's
    /// length; the first passage whose place cannot be encoded fails them all.
    pub(super) fn prepare(
        &self,
        doc: &Document,
        number: u64,
    ) -> std::result::Result<Vec<(TantivyDocument, usize)>, BadSpan> {
        let store_text = doc.relation.stores_text();
        doc.passages
            .iter()
            .chain(&doc.set_aside)
            .map(|p| {
                passage_doc(self.fields, &doc.meta.path, number, p, store_text)
                    .map(|d| (d, p.text.len()))
            })
            .collect()
    }

    /// Sends what [`Feed::prepare`] made, in order.
    pub(super) fn send_all(&self, docs: Vec<(TantivyDocument, usize)>) -> Result<()> {
        let mut batch = Batch::new(self);
        for (d, len) in docs {
            batch.add(d, len)?;
        }
        batch.flush()
    }
}

/// Why a document's passages could not be encoded (a bug: its extractor gave a passage
/// an impossible place).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct BadSpan(pub String);

impl BadSpan {
    /// The reason a file is skipped for it.
    pub(super) fn reason(&self) -> String {
        format!(
            "internal error encoding its passages ({}); please report it",
            self.0
        )
    }
}

/// A passage or set-aside block of file `rel` as a tantivy document.
fn passage_doc(
    f: &Fields,
    rel: &str,
    number: u64,
    p: &Passage,
    store_text: bool,
) -> std::result::Result<TantivyDocument, BadSpan> {
    // A passage is its file (to delete it with its document, and for `--doc`), its
    // span, its language (for `--lang`) and its body. Only set-aside blocks carry a
    // `kind`, and have no body: they are never searched.
    let mut doc = TantivyDocument::default();
    if matches!(p.role, Role::Chrome(_)) {
        doc.add_text(f.kind, KIND_CHROME);
    }
    doc.add_text(f.doc_key, rel);
    let span = Span {
        doc: number,
        lang: p.lang,
        line_start: p.span.line_start as u64,
        line_end: p.span.line_end as u64,
        byte_start: p.span.byte_start as u64,
        byte_end: p.span.byte_end as u64,
        position: p.position as u64,
        page: p.pages.map_or(0, |pages| u64::from(pages.start)),
        page_end: p.pages.map_or(0, |pages| u64::from(pages.end)),
    };
    if let Err(why) = span.check() {
        let what = match p.role {
            Role::Chrome(_) => "a set-aside block".to_string(),
            _ => format!("passage {}", p.position),
        };
        return Err(BadSpan(format!("{what}: {why}")));
    }
    doc.add_custom(f.span, &span.encode());
    if store_text {
        doc.add_text(f.text, &p.text);
    }
    if let Role::Chrome(reason) = p.role {
        doc.add_text(f.reason, reason.label());
    } else {
        doc.add_text(f.lang, p.lang.code());
        let body = if p.joined.is_empty() {
            crate::analysis::body_value(p.lang, &p.text)
        } else {
            crate::analysis::body_value(p.lang, &format!("{}\n{}", p.text, p.joined))
        };
        doc.add_text(f.body, body);
    }
    Ok(doc)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::format::Pages;
    use crate::corpus::passage::SourceSpan;
    use crate::lang::Lang;

    fn passage(line_start: usize, line_end: usize, pages: Option<Pages>) -> Passage {
        Passage {
            text: "Text.".into(),
            span: SourceSpan {
                byte_start: 10,
                byte_end: 15,
                line_start,
                line_end,
            },
            pages,
            joined: String::new(),
            lang: Lang::En,
            position: 3,
            role: Role::Content,
        }
    }

    /// A passage with an impossible place is refused with what is wrong, for the build
    /// to skip its file; one over a page break that ends higher up its last page is
    /// fine.
    #[test]
    fn a_passage_whose_place_cannot_be_encoded_is_refused_with_the_reason() {
        let f = Fields::from_schema(&super::super::super::schema::build()).unwrap();
        let across = passage(40, 3, Some(Pages { start: 1, end: 2 }));
        assert!(passage_doc(&f, "a.pdf", 1, &across, true).is_ok());
        let bad = passage(40, 3, Some(Pages { start: 2, end: 2 }));
        let err = passage_doc(&f, "a.pdf", 1, &bad, true).unwrap_err();
        assert_eq!(
            err.reason(),
            "internal error encoding its passages (passage 3: lines 40-3 end before they \
             start on page 2); please report it"
        );
        assert!(passage_doc(&f, "a.txt", 1, &passage(5, 4, None), false).is_err());
    }
}
