//! Where each passage is: its document (by number), language, lines, bytes, position
//! and digest, packed into one stored value per passage (about 13 bytes).
//!
//! A hit needs all of them and nothing else from the store (passage text is read back
//! from the corpus file). Packed as varints in one value, a passage costs one value in
//! the store instead of eight, and with LZ4 in 16 KB blocks reading a hit's block
//! costs microseconds. Columns (fast fields) were measured too: their block-wise
//! codec reads a table of every 512th row when a column is opened, a cost that grew
//! with the corpus (1.2 ms per search at 200 MB).

use std::path::Path;

use tantivy::schema::Value;
use tantivy::{DocAddress, Searcher, TantivyDocument};

use super::schema::Fields;
use crate::error::{Error, Result};
use crate::lang::Lang;

/// Where a passage (or set-aside block) is.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Span {
    /// Document number ([`super::DocRecord::number`]).
    pub doc: u64,
    /// Language code.
    pub lang: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line, inclusive.
    pub line_end: u64,
    /// Byte offset of the start in the (decoded) file.
    pub byte_start: u64,
    /// Byte offset past the end.
    pub byte_end: u64,
    /// 1-based position among the document's passages (0 when set aside).
    pub position: u64,
    /// [`super::text::digest`] of the text.
    pub digest: u64,
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn get_varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        v |= u64::from(b & 0x7f) << shift;
        if b < 0x80 {
            return Some(v);
        }
    }
    None
}

impl Span {
    /// The packed form: language, then document number, lines, bytes (start and
    /// length) and position as varints, then the digest's 4 bytes.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(24);
        let lang = Lang::ALL
            .iter()
            .position(|l| l.code() == self.lang)
            .unwrap_or(0);
        out.push(lang as u8);
        put_varint(&mut out, self.doc);
        put_varint(&mut out, self.line_start);
        put_varint(&mut out, self.line_end.saturating_sub(self.line_start));
        put_varint(&mut out, self.byte_start);
        put_varint(&mut out, self.byte_end.saturating_sub(self.byte_start));
        put_varint(&mut out, self.position);
        out.extend_from_slice(&(self.digest as u32).to_le_bytes());
        out
    }

    /// Unpacks [`Span::encode`]; None if the bytes are not a span.
    pub fn decode(bytes: &[u8]) -> Option<Span> {
        let lang = Lang::ALL.get(usize::from(*bytes.first()?))?;
        let mut at = 1;
        let doc = get_varint(bytes, &mut at)?;
        let line_start = get_varint(bytes, &mut at)?;
        let lines = get_varint(bytes, &mut at)?;
        let byte_start = get_varint(bytes, &mut at)?;
        let len = get_varint(bytes, &mut at)?;
        let position = get_varint(bytes, &mut at)?;
        let digest: [u8; 4] = bytes.get(at..)?.try_into().ok()?;
        let digest = u64::from(u32::from_le_bytes(digest));
        Some(Span {
            doc,
            lang: lang.code().to_string(),
            line_start,
            line_end: line_start.checked_add(lines)?,
            byte_start,
            byte_end: byte_start.checked_add(len)?,
            position,
            digest,
        })
    }
}

/// What the store keeps of a passage or set-aside block.
#[derive(Debug, Clone)]
pub struct Stored {
    /// Where it is.
    pub span: Span,
    /// Its text, for a file whose text is not its bytes (transcoded).
    pub text: Option<String>,
    /// Why it was set aside, for a set-aside block.
    pub reason: Option<String>,
}

/// Reads what the store keeps of passages, for one searcher.
pub struct SpanReader<'a> {
    searcher: &'a Searcher,
    fields: Fields,
    path: &'a Path,
}

impl<'a> SpanReader<'a> {
    /// A reader over `searcher`, of the index in `path` (for messages).
    pub fn new(searcher: &'a Searcher, fields: Fields, path: &'a Path) -> SpanReader<'a> {
        SpanReader {
            searcher,
            fields,
            path,
        }
    }

    /// The stored record of the passage at `address`.
    pub fn read(&self, address: DocAddress) -> Result<Stored> {
        let doc: TantivyDocument = self.searcher.doc(address)?;
        let f = self.fields;
        let span = doc
            .get_first(f.span)
            .and_then(|v| v.as_bytes())
            .and_then(Span::decode)
            .ok_or_else(|| Error::DamagedIndex {
                path: self.path.to_path_buf(),
                detail: "a passage has no readable span".into(),
            })?;
        let text_of = |field| {
            doc.get_first(field)
                .and_then(|v| v.as_str())
                .map(str::to_string)
        };
        Ok(Stored {
            span,
            text: text_of(f.text),
            reason: text_of(f.reason),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_round_trip() {
        let span = Span {
            doc: 4_000_000,
            lang: "pl".into(),
            line_start: 29,
            line_end: 31,
            byte_start: 123_456_789_012,
            byte_end: 123_456_790_000,
            position: 14,
            digest: u64::from(u32::MAX),
        };
        assert_eq!(Span::decode(&span.encode()), Some(span));
        assert_eq!(Span::decode(&[9, 1]), None);
        assert_eq!(Span::decode(&[0, 0x80]), None);
    }
}
