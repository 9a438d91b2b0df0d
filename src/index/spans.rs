//! Where each passage is: its document (by number), language, lines, bytes and
//! position, kept in a file of its own in every segment (`<segment>.spans`).
//!
//! A hit needs these and nothing else of the index (its text is read back from the
//! corpus file, `index::text`). They were a stored value per passage in tantivy's
//! document store: 22 bytes a passage (a 4-byte field id, type and length bytes around
//! 13 bytes of varints that LZ4 cannot compress), 0.21x the raw text at 200 MB. Here
//! they are delta-coded against the passage before, which is nearly always the previous
//! passage of the same document: same document and language, the next position, a
//! line and a byte or two after its end. That is 5 to 6 bytes a passage.
//!
//! The file is written by [`SpanPlugin`], a tantivy segment plugin: tantivy calls it for
//! every document it indexes (in document-id order), when it finishes a segment, and
//! when it merges segments, so the spans always sit beside the postings they belong to
//! and a deleted document's span goes with it. Every document of a segment has an
//! entry (a document record has an empty one). Entries are grouped in blocks of
//! [`BLOCK`]; a block's offset is in a table at the start of the file, so reading one
//! span decodes at most a block.
//!
//! Layout: `entries: u32 LE`, `blocks: u32 LE`, `offset: u32 LE` per block (from the
//! start of the data), then the data. An entry is a head byte, then varints:
//! - head bit 0: the entry has a span (else the entry is this byte alone);
//! - bit 1: its document differs from the previous entry's (its number follows, and
//!   the line and byte deltas below count from 0 instead of the previous span's end);
//! - bits 2-3: language ([`Lang::ALL`] order);
//! - bit 4: its position is the previous one plus one (else the position follows);
//! - bit 5: it is on pages (a PDF): `page` and `page_end - page` follow the byte deltas;
//! - bit 6: it runs onto a later page, where a PDF counts its lines afresh: `line_end`
//!   (a line of the last page) is written as it is, not as `line_end - line_start`;
//! - then `line_start - previous line_end` and `byte_start - previous byte_end`
//!   (zigzag: set-aside blocks come after a document's passages, so they go back), with
//!   `line_end - line_start` (or `line_end`, bit 6) and `byte_end - byte_start` after
//!   each.
//!
//! The delta base starts afresh at every block.

use std::any::Any;
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use tantivy::directory::{OwnedBytes, TerminatingWrite};
use tantivy::index::{SegmentComponent, SegmentReader};
use tantivy::plugin::{PluginMergeContext, PluginWriter, PluginWriterContext, SegmentPlugin};
use tantivy::schema::document::ErasedDocument;
use tantivy::schema::{Field, Schema, Value};
use tantivy::{DocAddress, DocId, Searcher, TantivyDocument};

use super::schema::Fields;
use crate::error::{Error, Result};
use crate::lang::Lang;

/// Extension of the span file of a segment.
pub const EXTENSION: &str = "spans";

/// Entries per block.
pub const BLOCK: usize = 64;

/// Where a passage (or set-aside block) is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Document number ([`super::DocRecord::number`]).
    pub doc: u64,
    /// Language of the passage.
    pub lang: Lang,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line, inclusive. For a passage that runs onto a later page of a
    /// PDF (whose lines are counted within each page), a line of `page_end`, which may
    /// be smaller than `line_start`.
    pub line_end: u64,
    /// Byte offset of the start in the (decoded) file.
    pub byte_start: u64,
    /// Byte offset past the end.
    pub byte_end: u64,
    /// 1-based position among the document's passages (0 when set aside).
    pub position: u64,
    /// For a passage of a paged document (a PDF, `pdftotext` output), its 1-based first
    /// and last page; 0 when the document has no pages.
    pub page: u64,
    /// Last page (equal to `page` for a passage on one page; 0 without pages).
    pub page_end: u64,
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

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(v: u64) -> i64 {
    ((v >> 1) as i64) ^ -((v & 1) as i64)
}

fn lang_index(lang: Lang) -> u8 {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0) as u8
}

impl Span {
    /// Whether the span's parts agree, or what is wrong with it: ends before starts
    /// (lines only on one page: a span that runs onto a later page counts its last
    /// line on that page), a first page without a last one.
    pub fn check(&self) -> std::result::Result<(), String> {
        if self.byte_end < self.byte_start {
            return Err(format!(
                "bytes {}-{} end before they start",
                self.byte_start, self.byte_end
            ));
        }
        if self.page_end < self.page {
            return Err(format!(
                "pages {}-{} end before they start",
                self.page, self.page_end
            ));
        }
        if self.line_end < self.line_start && !self.across_pages() {
            return Err(format!(
                "lines {}-{} end before they start on page {}",
                self.line_start, self.line_end, self.page
            ));
        }
        Ok(())
    }

    /// Whether the span runs onto a later page (its `line_end` is a line of that page).
    pub fn across_pages(&self) -> bool {
        self.page > 0 && self.page_end > self.page
    }

    /// The span as a document carries it to the plugin (plain varints; the plugin
    /// delta-codes it).
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(24);
        out.push(lang_index(self.lang));
        for v in [
            self.doc,
            self.line_start,
            self.line_end,
            self.byte_start,
            self.byte_end,
            self.position,
            self.page,
            self.page_end,
        ] {
            put_varint(&mut out, v);
        }
        out
    }

    /// Unpacks [`Span::encode`]; None if the bytes are not a span.
    pub fn decode(bytes: &[u8]) -> Option<Span> {
        let lang = *Lang::ALL.get(usize::from(*bytes.first()?))?;
        let mut at = 1;
        let mut next = || get_varint(bytes, &mut at);
        let span = Span {
            lang,
            doc: next()?,
            line_start: next()?,
            line_end: next()?,
            byte_start: next()?,
            byte_end: next()?,
            position: next()?,
            page: next()?,
            page_end: next()?,
        };
        (at == bytes.len() && span.check().is_ok()).then_some(span)
    }
}

/// What the previous entry of a block left: the base of the next entry's deltas.
#[derive(Debug, Clone, Copy, Default)]
struct Base {
    doc: u64,
    line_end: u64,
    byte_end: u64,
    position: u64,
}

const PRESENT: u8 = 1;
const NEW_DOC: u8 = 2;
const LANG_SHIFT: u8 = 2;
const NEXT_POSITION: u8 = 16;
const PAGED: u8 = 32;
const ACROSS_PAGES: u8 = 64;

/// Builds a span file entry by entry.
#[derive(Debug, Default)]
struct Encoder {
    entries: u32,
    offsets: Vec<u32>,
    data: Vec<u8>,
    base: Base,
}

impl Encoder {
    fn push(&mut self, span: Option<&Span>) {
        if (self.entries as usize).is_multiple_of(BLOCK) {
            self.offsets.push(self.data.len() as u32);
            self.base = Base::default();
        }
        self.entries += 1;
        let Some(s) = span else {
            self.data.push(0);
            return;
        };
        let mut head = PRESENT | (lang_index(s.lang) << LANG_SHIFT);
        let new_doc = s.doc != self.base.doc;
        if new_doc {
            head |= NEW_DOC;
            self.base = Base {
                doc: s.doc,
                ..Base::default()
            };
        }
        let next_position = s.position == self.base.position + 1;
        if next_position {
            head |= NEXT_POSITION;
        }
        if s.page > 0 {
            head |= PAGED;
        }
        if s.across_pages() {
            head |= ACROSS_PAGES;
        }
        self.data.push(head);
        if new_doc {
            put_varint(&mut self.data, s.doc);
        }
        if !next_position {
            put_varint(&mut self.data, s.position);
        }
        let delta = |to: u64, from: u64| zigzag((to as i64).wrapping_sub(from as i64));
        put_varint(&mut self.data, delta(s.line_start, self.base.line_end));
        if s.across_pages() {
            put_varint(&mut self.data, s.line_end);
        } else {
            put_varint(&mut self.data, s.line_end.saturating_sub(s.line_start));
        }
        put_varint(&mut self.data, delta(s.byte_start, self.base.byte_end));
        put_varint(&mut self.data, s.byte_end.saturating_sub(s.byte_start));
        if s.page > 0 {
            put_varint(&mut self.data, s.page);
            put_varint(&mut self.data, s.page_end - s.page);
        }
        self.base = Base {
            doc: s.doc,
            line_end: s.line_end,
            byte_end: s.byte_end,
            position: s.position,
        };
    }

    fn write(&self, out: &mut impl std::io::Write) -> std::io::Result<()> {
        out.write_all(&self.entries.to_le_bytes())?;
        out.write_all(&(self.offsets.len() as u32).to_le_bytes())?;
        for o in &self.offsets {
            out.write_all(&o.to_le_bytes())?;
        }
        out.write_all(&self.data)
    }

    fn mem_usage(&self) -> usize {
        self.data.capacity() + self.offsets.capacity() * 4
    }
}

/// Decodes one entry at `at`, updating `base`; None when the bytes are not a span file.
fn decode_entry(data: &[u8], at: &mut usize, base: &mut Base) -> Option<Option<Span>> {
    let head = *data.get(*at)?;
    *at += 1;
    if head & PRESENT == 0 {
        return Some(None);
    }
    let lang = *Lang::ALL.get(usize::from((head >> LANG_SHIFT) & 3))?;
    if head & NEW_DOC != 0 {
        *base = Base {
            doc: get_varint(data, at)?,
            ..Base::default()
        };
    }
    let position = if head & NEXT_POSITION != 0 {
        base.position + 1
    } else {
        get_varint(data, at)?
    };
    let from = |base: u64, delta: u64| base.checked_add_signed(unzigzag(delta));
    let line_start = from(base.line_end, get_varint(data, at)?)?;
    let line_end = if head & ACROSS_PAGES != 0 {
        get_varint(data, at)?
    } else {
        line_start.checked_add(get_varint(data, at)?)?
    };
    let byte_start = from(base.byte_end, get_varint(data, at)?)?;
    let byte_end = byte_start.checked_add(get_varint(data, at)?)?;
    let (page, page_end) = if head & PAGED != 0 {
        let page = get_varint(data, at)?;
        (page, page.checked_add(get_varint(data, at)?)?)
    } else {
        (0, 0)
    };
    let span = Span {
        page,
        page_end,
        doc: base.doc,
        lang,
        line_start,
        line_end,
        byte_start,
        byte_end,
        position,
    };
    *base = Base {
        doc: span.doc,
        line_end,
        byte_end,
        position,
    };
    Some(Some(span))
}

/// A span file that cannot be read: truncated, or not a span file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Damaged;

/// A segment's span file, opened.
pub struct SpanFile {
    bytes: OwnedBytes,
    entries: u32,
    blocks: u32,
}

impl SpanFile {
    /// Reads the header of a span file; None if it is not one.
    pub fn open(bytes: OwnedBytes) -> Option<SpanFile> {
        let header = bytes.as_slice();
        let word = |i: usize| -> Option<u32> {
            Some(u32::from_le_bytes(header.get(i..i + 4)?.try_into().ok()?))
        };
        let entries = word(0)?;
        let blocks = word(4)?;
        let want = (entries as usize).div_ceil(BLOCK);
        (blocks as usize == want && header.len() >= 8 + 4 * want).then_some(SpanFile {
            bytes,
            entries,
            blocks,
        })
    }

    /// The span file of a segment; None if the segment has none or it is unreadable.
    pub fn of_segment(reader: &SegmentReader) -> Option<SpanFile> {
        let slice = reader
            .open_read(SegmentComponent::Custom(EXTENSION.to_string()))
            .ok()?;
        SpanFile::open(slice.read_bytes().ok()?)
    }

    /// Number of entries (the segment's documents, deleted ones included).
    pub fn len(&self) -> usize {
        self.entries as usize
    }

    /// No entries?
    pub fn is_empty(&self) -> bool {
        self.entries == 0
    }

    fn data(&self) -> &[u8] {
        &self.bytes.as_slice()[8 + 4 * self.blocks as usize..]
    }

    fn block_offset(&self, block: usize) -> Option<usize> {
        let at = 8 + 4 * block;
        let b = self.bytes.as_slice().get(at..at + 4)?;
        Some(u32::from_le_bytes(b.try_into().ok()?) as usize)
    }

    /// The span of document `doc`: `Ok(None)` for a document without one, an error when
    /// the file is damaged or has no such entry.
    pub fn get(&self, doc: DocId) -> std::result::Result<Option<Span>, Damaged> {
        if doc >= self.entries {
            return Err(Damaged);
        }
        let block = doc as usize / BLOCK;
        let mut at = self.block_offset(block).ok_or(Damaged)?;
        let data = self.data();
        let mut base = Base::default();
        let mut span = None;
        for _ in 0..=(doc as usize % BLOCK) {
            span = decode_entry(data, &mut at, &mut base).ok_or(Damaged)?;
        }
        Ok(span)
    }

    /// Every entry in order; stops (with an error) at a damaged entry.
    fn for_each(&self, mut f: impl FnMut(DocId, Option<Span>)) -> std::result::Result<(), Damaged> {
        let data = self.data();
        for block in 0..self.blocks as usize {
            let mut at = self.block_offset(block).ok_or(Damaged)?;
            let mut base = Base::default();
            let first = block * BLOCK;
            let last = (first + BLOCK).min(self.entries as usize);
            for doc in first..last {
                f(
                    doc as DocId,
                    decode_entry(data, &mut at, &mut base).ok_or(Damaged)?,
                );
            }
        }
        Ok(())
    }
}

/// The segment plugin that writes and merges span files. It also counts the documents
/// the indexing threads have taken in, which tells the indexer how many it has sent
/// are still waiting ([`SpanPlugin::indexed`]).
#[derive(Default)]
pub struct SpanPlugin {
    indexed: Arc<AtomicU64>,
}

impl SpanPlugin {
    /// A plugin to register with an index.
    pub fn new() -> Arc<SpanPlugin> {
        Arc::new(SpanPlugin::default())
    }

    /// Documents indexed through this plugin so far, by every indexing thread.
    pub fn indexed(&self) -> u64 {
        self.indexed.load(Ordering::Relaxed)
    }
}

fn span_field(schema: &Schema) -> tantivy::Result<Field> {
    schema
        .get_field("span")
        .map_err(|_| tantivy::TantivyError::SchemaError("accord's schema has no span field".into()))
}

fn corrupt(what: String) -> tantivy::TantivyError {
    tantivy::TantivyError::DataCorruption(tantivy::error::DataCorruption::comment_only(what))
}

impl SegmentPlugin for SpanPlugin {
    fn extensions(&self) -> &[&str] {
        &[EXTENSION]
    }

    fn create_writer(&self, ctx: &PluginWriterContext) -> tantivy::Result<Box<dyn PluginWriter>> {
        Ok(Box::new(SpanWriter {
            field: span_field(&ctx.segment.schema())?,
            encoder: Encoder::default(),
            indexed: self.indexed.clone(),
        }))
    }

    fn merge(&self, ctx: PluginMergeContext) -> tantivy::Result<()> {
        use tantivy::indexer::doc_id_mapping::MappingType;
        if ctx.doc_id_mapping.mapping_type() == MappingType::Shuffled {
            // accord never sorts its index: documents keep their order when merged.
            return Err(tantivy::TantivyError::InvalidArgument(
                "span files cannot be merged into a sorted index".into(),
            ));
        }
        let mut encoder = Encoder::default();
        for reader in ctx.readers {
            let file = SpanFile::of_segment(reader).ok_or_else(|| {
                corrupt(format!(
                    "segment {} has no readable span file",
                    reader.segment_id().uuid_string()
                ))
            })?;
            let alive = reader.alive_bitset();
            file.for_each(|doc, span| {
                if alive.is_none_or(|a| a.is_alive(doc)) {
                    encoder.push(span.as_ref());
                }
            })
            .map_err(|Damaged| {
                corrupt(format!(
                    "the span file of segment {} is damaged",
                    reader.segment_id().uuid_string()
                ))
            })?;
        }
        let mut write = ctx
            .target_segment
            .open_write(SegmentComponent::Custom(EXTENSION.to_string()))?;
        encoder.write(&mut write)?;
        write.terminate()?;
        Ok(())
    }
}

/// Collects the spans of a segment being indexed.
struct SpanWriter {
    field: Field,
    encoder: Encoder,
    indexed: Arc<AtomicU64>,
}

impl PluginWriter for SpanWriter {
    fn add_document(
        &mut self,
        _doc_id: DocId,
        doc: &dyn ErasedDocument,
        _schema: &Schema,
    ) -> tantivy::Result<()> {
        let doc = doc
            .as_any()
            .downcast_ref::<TantivyDocument>()
            .ok_or_else(|| {
                tantivy::TantivyError::InvalidArgument("accord indexes TantivyDocuments".into())
            })?;
        let span = match doc.get_first(self.field).and_then(|v| v.as_custom()) {
            Some(bytes) => Some(Span::decode(bytes).ok_or_else(|| {
                tantivy::TantivyError::InvalidArgument("a document carries a bad span".into())
            })?),
            None => None,
        };
        self.encoder.push(span.as_ref());
        self.indexed.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }

    fn serialize(
        self: Box<Self>,
        segment: &tantivy::Segment,
        doc_id_map: Option<&tantivy::indexer::doc_id_mapping::DocIdMapping>,
    ) -> tantivy::Result<()> {
        if doc_id_map.is_some() {
            return Err(tantivy::TantivyError::InvalidArgument(
                "span files cannot be written for a sorted index".into(),
            ));
        }
        let mut write = segment.open_write(SegmentComponent::Custom(EXTENSION.to_string()))?;
        self.encoder.write(&mut write)?;
        write.terminate()?;
        Ok(())
    }

    fn mem_usage(&self) -> usize {
        self.encoder.mem_usage()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn as_any_mut(&mut self) -> &mut dyn Any {
        self
    }
}

/// What the index keeps of a passage or set-aside block.
#[derive(Debug, Clone)]
pub struct Stored {
    /// Where it is.
    pub span: Span,
    /// Its text, for a file whose text is not its bytes (transcoded).
    pub text: Option<String>,
    /// Why it was set aside, for a set-aside block.
    pub reason: Option<String>,
}

/// Reads spans (and, when asked, the few stored values) of passages, for one searcher.
pub struct SpanReader<'a> {
    searcher: &'a Searcher,
    fields: Fields,
    path: &'a Path,
    files: Vec<std::cell::OnceCell<Option<SpanFile>>>,
}

impl<'a> SpanReader<'a> {
    /// A reader over `searcher`, of the index in `path` (for messages).
    pub fn new(searcher: &'a Searcher, fields: Fields, path: &'a Path) -> SpanReader<'a> {
        SpanReader {
            searcher,
            fields,
            path,
            files: (0..searcher.segment_readers().len())
                .map(|_| std::cell::OnceCell::new())
                .collect(),
        }
    }

    fn damaged(&self, detail: &str) -> Error {
        Error::DamagedIndex {
            path: self.path.to_path_buf(),
            detail: detail.to_string(),
        }
    }

    /// The span of the passage at `address`.
    pub fn span(&self, address: DocAddress) -> Result<Span> {
        let segment = address.segment_ord as usize;
        let file = self
            .files
            .get(segment)
            .ok_or_else(|| self.damaged("a passage names a segment that does not exist"))?
            .get_or_init(|| SpanFile::of_segment(self.searcher.segment_reader(segment as u32)))
            .as_ref()
            .ok_or_else(|| self.damaged("a segment has no readable span file"))?;
        match file.get(address.doc_id) {
            Ok(Some(span)) => Ok(span),
            Ok(None) => Err(self.damaged("a passage has no span")),
            Err(Damaged) => Err(self.damaged("a span file is damaged")),
        }
    }

    /// The span of the passage at `address`, with the values stored for it: `text`
    /// when `with_text` (a transcoded file's passage), its set-aside reason if any.
    pub fn read(&self, address: DocAddress, with_text: bool) -> Result<Stored> {
        let span = self.span(address)?;
        let mut stored = Stored {
            span,
            text: None,
            reason: None,
        };
        if with_text || span.position == 0 {
            let doc: TantivyDocument = self.searcher.doc(address)?;
            let text_of = |field| {
                doc.get_first(field)
                    .and_then(|v| v.as_str())
                    .map(str::to_string)
            };
            stored.text = text_of(self.fields.text);
            stored.reason = text_of(self.fields.reason);
        }
        Ok(stored)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(doc: u64, line: u64, byte: u64, position: u64) -> Span {
        Span {
            doc,
            lang: Lang::Pl,
            line_start: line,
            line_end: line + 2,
            byte_start: byte,
            byte_end: byte + 300,
            position,
            // Every third document is paged.
            page: if doc.is_multiple_of(3) {
                position / 8 + 1
            } else {
                0
            },
            page_end: if doc.is_multiple_of(3) {
                position / 8 + 1 + position % 2
            } else {
                0
            },
        }
    }

    #[test]
    fn spans_round_trip() {
        let s = Span {
            doc: 4_000_000,
            lang: Lang::Ko,
            line_start: 29,
            line_end: 31,
            byte_start: 123_456_789_012,
            byte_end: 123_456_790_000,
            position: 14,
            page: 3,
            page_end: 4,
        };
        assert_eq!(Span::decode(&s.encode()), Some(s));
        assert_eq!(Span::decode(&[9, 1]), None);
        assert_eq!(Span::decode(&[0, 0x80]), None);
    }

    /// A PDF paragraph from line 40 of page 2 to line 3 of page 3 (lines are counted
    /// within each page) is a span; the same lines on one page are not.
    #[test]
    fn a_span_over_a_page_break_ends_on_a_line_of_its_last_page() {
        let across = Span {
            doc: 7,
            lang: Lang::En,
            line_start: 40,
            line_end: 3,
            byte_start: 5_000,
            byte_end: 5_600,
            position: 9,
            page: 2,
            page_end: 3,
        };
        assert_eq!(across.check(), Ok(()));
        assert_eq!(Span::decode(&across.encode()), Some(across));
        let one_page = Span {
            page_end: 2,
            ..across
        };
        assert_eq!(
            one_page.check(),
            Err("lines 40-3 end before they start on page 2".to_string())
        );
        assert_eq!(Span::decode(&one_page.encode()), None);
        let unpaged = Span {
            page: 0,
            page_end: 0,
            ..across
        };
        assert!(unpaged.check().is_err());

        // In a span file, between spans of one page, and after a spread that ends
        // higher up its page than it began.
        let before = Span {
            line_start: 30,
            line_end: 38,
            byte_start: 4_000,
            byte_end: 4_990,
            position: 8,
            page_end: 2,
            ..across
        };
        let after = Span {
            line_start: 5,
            line_end: 9,
            byte_start: 5_602,
            byte_end: 5_900,
            position: 10,
            page: 3,
            ..across
        };
        let entries = [Some(before), Some(across), Some(after), None];
        let mut encoder = Encoder::default();
        for e in &entries {
            encoder.push(e.as_ref());
        }
        let mut bytes = Vec::new();
        encoder.write(&mut bytes).unwrap();
        let file = SpanFile::open(OwnedBytes::new(bytes)).unwrap();
        for (i, want) in entries.iter().enumerate() {
            assert_eq!(file.get(i as DocId), Ok(*want), "entry {i}");
        }
    }

    #[test]
    fn a_span_file_gives_back_every_entry() {
        let mut entries: Vec<Option<Span>> = Vec::new();
        for doc in 1..=5u64 {
            for p in 1..=70u64 {
                entries.push(Some(span(doc, 1 + 4 * p, 302 * p, p)));
            }
            // A set-aside block before the passages' end, then the record.
            entries.push(Some(span(doc, 2, 0, 0)));
            entries.push(None);
        }
        let mut encoder = Encoder::default();
        for e in &entries {
            encoder.push(e.as_ref());
        }
        let mut bytes = Vec::new();
        encoder.write(&mut bytes).unwrap();
        // About 6 bytes a passage.
        assert!(bytes.len() < entries.len() * 7, "{} bytes", bytes.len());
        let file = SpanFile::open(OwnedBytes::new(bytes)).unwrap();
        assert_eq!(file.len(), entries.len());
        for (i, want) in entries.iter().enumerate() {
            assert_eq!(file.get(i as DocId), Ok(*want), "entry {i}");
        }
        assert_eq!(file.get(entries.len() as DocId), Err(Damaged));
        let mut all = Vec::new();
        file.for_each(|_, s| all.push(s)).unwrap();
        assert_eq!(all, entries);
    }

    /// Spans follow their documents through segments, deletes and a merge.
    #[test]
    fn spans_survive_deletes_and_merges() {
        use tantivy::indexer::NoMergePolicy;
        use tantivy::{Index, IndexWriter, Term};

        let index = Index::builder()
            .schema(super::super::schema::build())
            .register_plugin(SpanPlugin::new())
            .create_in_ram()
            .unwrap();
        crate::analysis::register(index.tokenizers());
        let f = Fields::from_schema(&index.schema()).unwrap();
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000).unwrap();
        writer.set_merge_policy(Box::new(NoMergePolicy));
        let add = |writer: &mut IndexWriter, file: &str, s: Option<Span>| {
            let mut doc = TantivyDocument::default();
            doc.add_text(f.doc_key, file);
            if let Some(s) = s {
                doc.add_custom(f.span, &s.encode());
            }
            writer.add_document(doc).unwrap();
        };
        for p in 1..=100 {
            add(&mut writer, "a.txt", Some(span(1, 3 * p, 100 * p, p)));
        }
        add(&mut writer, "a.txt", None);
        for p in 1..=5 {
            add(&mut writer, "x.txt", Some(span(4, p, 10 * p, p)));
        }
        add(&mut writer, "x.txt", None);
        writer.commit().unwrap();
        for p in 1..=80 {
            add(&mut writer, "b.txt", Some(span(2, 3 * p, 100 * p, p)));
        }
        writer.commit().unwrap();
        writer.delete_term(Term::from_field_text(f.doc_key, "a.txt"));
        for p in 1..=3 {
            add(&mut writer, "c.txt", Some(span(3, p, p, p)));
        }
        writer.commit().unwrap();
        let ids = index.searchable_segment_ids().unwrap();
        assert_eq!(ids.len(), 3);
        writer.merge(&ids).wait().unwrap();

        let reader = index.reader().unwrap();
        let searcher = reader.searcher();
        assert_eq!(searcher.segment_readers().len(), 1);
        let file = SpanFile::of_segment(&searcher.segment_readers()[0]).unwrap();
        assert_eq!(file.len(), 89);
        let mut got = Vec::new();
        file.for_each(|_, s| got.push(s.map(|s| (s.doc, s.position, s.byte_start))))
            .unwrap();
        let want: Vec<_> = (1..=5u64)
            .map(|p| Some((4, p, 10 * p)))
            .chain([None])
            .chain((1..=80u64).map(|p| Some((2, p, 100 * p))))
            .chain((1..=3u64).map(|p| Some((3, p, p))))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn damaged_span_files_are_refused_not_misread() {
        assert!(SpanFile::open(OwnedBytes::new(vec![1, 2, 3])).is_none());
        let mut encoder = Encoder::default();
        encoder.push(Some(&span(1, 3, 10, 1)));
        let mut bytes = Vec::new();
        encoder.write(&mut bytes).unwrap();
        let whole = bytes.len();
        bytes.truncate(whole - 2);
        let file = SpanFile::open(OwnedBytes::new(bytes)).unwrap();
        assert_eq!(file.get(0), Err(Damaged));
    }
}
