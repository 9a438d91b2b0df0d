//! The index schema: passages, set-aside blocks and document records in one index.
//!
//! One tantivy document per passage, with one analyzed body field for every language
//! (`body`): its value names the passage's language, whose analysis then gives every
//! form of every word (exact, folded, stems marked by language; see `analysis`). One
//! field rather than one per language: a word spelled alike in all three (`6G`,
//! `Korea`) has one posting list, BM25 statistics are the corpus's without summing
//! fields, and a passage has one field norm instead of three. A passage also carries
//! its language in `lang`, for `--lang`. Document records (`kind = doc`) carry each
//! file's metadata and content hash, so they commit atomically with its passages.
//!
//! Passage text is not stored when the file is plain UTF-8: its byte range in the
//! corpus file is the text, read back at search time while the file is the one indexed
//! ([`crate::index::text`]). Only text decoded from another encoding (or behind a BOM)
//! is stored, compressed. Where a passage is (document, language, lines, bytes,
//! position) goes to the segment's span file through the `span` field, a custom field
//! that only the span plugin reads ([`crate::index::spans`]). Filter fields
//! (`kind`, `doc_key`, `doc`, `lang`) are never scored, so they keep no field norms.

use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, STORED,
};

use crate::analysis;

/// Version of the on-disk layout. Bump it when the schema or the analyzers change in a
/// way that makes old indexes answer wrongly; old indexes are then refused with a
/// message to rebuild.
pub const FORMAT_VERSION: u32 = 9;

/// `kind` of a block set aside as web-page chrome.
pub const KIND_CHROME: &str = "chrome";
/// `kind` of a document record.
pub const KIND_DOC: &str = "doc";

/// Handles to every field.
#[derive(Debug, Clone, Copy)]
pub struct Fields {
    /// `chrome` on set-aside blocks, `doc` on document records; passages have none.
    pub kind: Field,
    /// Path under the corpus folder: the file's identity, on every document.
    pub doc_key: Field,
    /// Document id (records).
    pub doc: Field,
    /// Language: of a record's document, and of each passage.
    pub lang: Field,
    /// Document number (records; see `DocRecord::number`).
    pub doc_num: Field,
    /// Where a passage is ([`crate::index::spans::Span`], packed), for the span plugin.
    pub span: Field,
    /// The passage text, stored only when it cannot be read back from the file as is.
    pub text: Field,
    /// Why a block was set aside.
    pub reason: Field,
    /// Document record as JSON.
    pub meta: Field,
    /// The analyzed text of a passage (see [`crate::analysis::body_value`]).
    pub body: Field,
}

impl Fields {
    /// Looks the fields up in `schema`; None if it is not accord's schema.
    pub fn from_schema(schema: &Schema) -> Option<Fields> {
        let f = |name: &str| schema.get_field(name).ok();
        Some(Fields {
            kind: f("kind")?,
            doc_key: f("doc_key")?,
            doc: f("doc")?,
            lang: f("lang")?,
            doc_num: f("doc_num")?,
            span: f("span")?,
            text: f("text")?,
            reason: f("reason")?,
            meta: f("meta")?,
            body: f("body")?,
        })
    }
}

fn analyzed(analyzer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(analyzer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

/// A filter field: the whole value is one term, with no frequencies and no norms.
fn filter() -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer("raw")
            .set_index_option(IndexRecordOption::Basic)
            .set_fieldnorms(false),
    )
}

/// Index settings: the store compressed with zstd in 16 KB blocks. It holds document
/// records, set-aside blocks and the text of transcoded files; a passage stores
/// nothing, but tantivy still keeps a 4-byte offset for every document of a block,
/// which zstd packs into a fraction of what LZ4 leaves (0.84 -> 0.43 MB at 20 MB of
/// text). A search decompresses only the blocks of its hits' records, which sit side
/// by side: one or two blocks.
pub fn settings() -> tantivy::IndexSettings {
    tantivy::IndexSettings {
        docstore_compression: tantivy::store::Compressor::Zstd(
            tantivy::store::ZstdCompressor::default(),
        ),
        docstore_blocksize: 16 * 1024,
        ..tantivy::IndexSettings::default()
    }
}

/// Builds accord's schema.
pub fn build() -> Schema {
    let mut s = Schema::builder();
    s.add_text_field("kind", filter());
    s.add_text_field("doc_key", filter());
    s.add_text_field("doc", filter());
    s.add_text_field("lang", filter());
    s.add_u64_field("doc_num", NumericOptions::default().set_indexed());
    s.add_custom_field("span", "accord_span", serde_json::json!({}));
    s.add_text_field("text", STORED);
    s.add_text_field("reason", STORED);
    s.add_text_field("meta", STORED);
    s.add_text_field("body", analyzed(analysis::BODY_ANALYZER));
    s.build()
}
