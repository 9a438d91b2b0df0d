//! Plain text (`.txt`, `.text`): paragraphs of a page pasted as text.
//!
//! Plain text has no structure to say what is content: its blocks are paragraphs (runs
//! of non-blank lines), and `corpus::chrome`'s rules then tell the statement from the
//! page around it. A passage of a UTF-8 file is the file's bytes at its span, so its
//! text is never changed here.

use super::{Block, BlockKind, Extraction, Metadata, TextRelation};
use crate::corpus::passage::{self, LineIndex};

/// A paragraph of a plain-text file: bytes `start..end` of its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte offset of the start (inclusive).
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
}

/// The paragraphs of `text`, in order.
pub fn paragraphs(text: &str) -> Vec<Paragraph> {
    passage::paragraphs(text)
        .into_iter()
        .map(|(start, end)| Paragraph { start, end })
        .collect()
}

/// The paragraphs of decoded `text` as an [`Extraction`] (none set aside: the chrome
/// rules decide that for plain text), with `relation` as the decoding found it.
pub fn extract(text: &str, relation: TextRelation) -> Extraction {
    let lines = LineIndex::new(text);
    let blocks = paragraphs(text)
        .into_iter()
        .map(|p| Block {
            text: text[p.start..p.end].replace('\r', ""),
            kind: BlockKind::Paragraph,
            span: lines.span(p.start, p.end),
            pages: None,
            set_aside: None,
        })
        .collect();
    Extraction {
        blocks,
        meta: Metadata::default(),
        relation,
    }
}
