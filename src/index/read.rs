//! Reading back what the index stores: document records, every passage of a document,
//! the blocks set aside as web-page chrome, and the one "unknown document" error.
//!
//! `search` finds passages; everything that only reads what indexing wrote (`docs`,
//! `compare`, `align`, a hit's record and text) goes through here, so the rules for
//! where a passage's text lives (the corpus file, or the index for transcoded files)
//! and what a missing record means are written once.

use std::collections::HashMap;

use serde::Serialize;
use tantivy::collector::DocSetCollector;
use tantivy::query::{AllQuery, BooleanQuery, ConstScoreQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Value};
use tantivy::{DocAddress, Index, IndexReader, TantivyDocument, Term};

use super::schema::{self, Fields};
use super::spans::{SpanReader, Stored};
use super::text::TextSource;
use super::{damaged, AccordIndex, DocRecord};
use crate::error::{Error, Result};
use crate::lang::Lang;

/// What a citation of a document's passages says beyond the hit: the document's record
/// (the blake3 of the file's bytes, when it was indexed, how its text relates to the
/// bytes) and whether the file on disk is still the one indexed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CitedFile {
    /// The document's record.
    pub record: DocRecord,
    /// A corpus folder still holds the file as it was indexed (same size and time, or
    /// same content hash): false when it changed or went away since.
    pub current: bool,
}

/// How many ids an unknown-document error suggests.
const SUGGESTIONS: usize = 5;

impl AccordIndex {
    /// All document records, sorted by id.
    pub fn documents(&self) -> Result<Vec<DocRecord>> {
        document_records(&self.index, &self.fields, &self.reader, &self.path)
    }

    /// The record of document `id`, if there is one.
    pub fn document(&self, id: &str) -> Result<Option<DocRecord>> {
        self.record_where(Term::from_field_text(self.fields.doc, id))
    }

    /// The record of document `id`, or the unknown-document error with the closest ids.
    pub fn record(&self, id: &str) -> Result<DocRecord> {
        match self.document(id)? {
            Some(record) => Ok(record),
            None => Err(unknown_document(id, &self.documents()?)),
        }
    }

    /// The record of each document in `ids` (each once, by id) and whether its file is
    /// still the one indexed: what citing their passages needs.
    pub fn cited_files<'a>(
        &self,
        ids: impl IntoIterator<Item = &'a str>,
    ) -> Result<HashMap<String, CitedFile>> {
        let mut source = self.text_source();
        let mut out = HashMap::new();
        for id in ids {
            if out.contains_key(id) {
                continue;
            }
            let record = self.record(id)?;
            let current = source.holds(&record);
            out.insert(id.to_string(), CitedFile { record, current });
        }
        Ok(out)
    }

    /// The record of the document numbered `number` (as passages name it).
    pub fn document_by_number(&self, number: u64) -> Result<Option<DocRecord>> {
        self.record_where(Term::from_field_u64(self.fields.doc_num, number))
    }

    fn record_where(&self, term: Term) -> Result<Option<DocRecord>> {
        let searcher = self.reader.searcher();
        let query = BooleanQuery::new(vec![
            (Occur::Must, term_filter(self.fields.kind, schema::KIND_DOC)),
            (
                Occur::Must,
                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
            ),
        ]);
        let Some(address) = searcher
            .search(&query, &DocSetCollector)?
            .into_iter()
            .next()
        else {
            return Ok(None);
        };
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| damaged(&self.path, e))?;
        record_of(&doc, &self.fields, &self.path).map(Some)
    }
}

/// The record a stored `kind = doc` document holds.
fn record_of(doc: &TantivyDocument, fields: &Fields, path: &std::path::Path) -> Result<DocRecord> {
    let json = doc
        .get_first(fields.meta)
        .and_then(|v| v.as_str())
        .ok_or_else(|| damaged(path, "a document record has no metadata"))?;
    serde_json::from_str(json).map_err(|e| damaged(path, format!("document record: {e}")))
}

/// Reads every document record of an index, sorted by id.
pub fn document_records(
    index: &Index,
    fields: &Fields,
    reader: &IndexReader,
    path: &std::path::Path,
) -> Result<Vec<DocRecord>> {
    let _ = index;
    let searcher = reader.searcher();
    let query = TermQuery::new(
        Term::from_field_text(fields.kind, schema::KIND_DOC),
        IndexRecordOption::Basic,
    );
    let addresses = searcher.search(&query, &DocSetCollector)?;
    let mut records = Vec::with_capacity(addresses.len());
    for address in addresses {
        let doc: TantivyDocument = searcher.doc(address).map_err(|e| damaged(path, e))?;
        records.push(record_of(&doc, fields, path)?);
    }
    records.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    Ok(records)
}

/// The error for an id no record has: the closest known ids first (by edit distance,
/// ties by id), at most five of them, and how many documents there are.
pub fn unknown_document(id: &str, records: &[DocRecord]) -> Error {
    let wanted = id.to_lowercase();
    let mut ids: Vec<(usize, &str)> = records
        .iter()
        .map(|r| {
            let known = r.meta.id.as_str();
            let lower = known.to_lowercase();
            // An id that contains what was typed is closer than its edit distance
            // says: `alliance` for `rok-us-alliance-70-2023`.
            let distance = if lower.contains(&wanted) {
                0
            } else {
                strsim::levenshtein(&wanted, &lower)
            };
            (distance, known)
        })
        .collect();
    ids.sort();
    Error::UnknownDocument {
        id: id.to_string(),
        closest: ids
            .into_iter()
            .take(SUGGESTIONS)
            .map(|(_, id)| id.to_string())
            .collect(),
        total: records.len(),
    }
}

/// A filter on one exact term, scoring nothing.
pub(crate) fn term_filter(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

/// A required filter clause that adds nothing to the score.
pub(crate) fn filter(field: Field, value: &str) -> (Occur, Box<dyn Query>) {
    (
        Occur::Must,
        Box::new(ConstScoreQuery::new(term_filter(field, value), 0.0)),
    )
}

/// Document records looked up once per document while reading many passages.
#[derive(Default)]
pub(crate) struct RecordCache {
    records: HashMap<u64, DocRecord>,
}

impl RecordCache {
    /// The record of the document numbered `number`; a passage without one means the
    /// index is damaged.
    pub(crate) fn get(&mut self, index: &AccordIndex, number: u64) -> Result<&DocRecord> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.records.entry(number) {
            let record = index
                .document_by_number(number)?
                .ok_or_else(|| Error::DamagedIndex {
                    path: index.path().to_path_buf(),
                    detail: format!("passages of document number {number} have no record"),
                })?;
            slot.insert(record);
        }
        Ok(&self.records[&number])
    }
}

/// A passage's text: stored in the index (a transcoded file), or read back from its
/// file (None when the file no longer holds it).
pub(crate) fn passage_text(
    source: &mut TextSource,
    record: &DocRecord,
    stored: &Stored,
) -> Option<String> {
    if record.stores_text() {
        return stored.text.clone();
    }
    source.read(record, stored.span.byte_start, stored.span.byte_end)
}

/// What the index keeps of the block at `address`, and its document's record.
pub(crate) fn stored_block<'c>(
    index: &AccordIndex,
    spans: &SpanReader,
    records: &'c mut RecordCache,
    address: DocAddress,
) -> Result<(Stored, &'c DocRecord)> {
    let span = spans.span(address)?;
    let record = records.get(index, span.doc)?;
    let stored = spans.read(address, record.stores_text())?;
    Ok((stored, record))
}

/// A passage as stored in the index (for comparing documents).
#[derive(Debug, Clone, Serialize)]
pub struct StoredPassage {
    /// Document id.
    pub doc: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// 1-based position in the document.
    pub position: u64,
    /// Language.
    pub lang: Lang,
    /// Text.
    pub text: String,
}

/// A block set aside as web-page chrome, for auditing.
#[derive(Debug, Clone, Serialize)]
pub struct SetAside {
    /// Document id.
    pub doc: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// Why it was set aside.
    pub reason: String,
    /// Its text.
    pub text: String,
}

/// Which blocks to read.
#[derive(Debug, Clone, Copy)]
enum Block {
    Passage,
    SetAside,
}

/// Reads every block of `kind` (optionally of one document), with its span and text,
/// through `make`. A block whose file changed since indexing is an error: these
/// readers need every block's text.
fn stored_blocks<T>(
    index: &AccordIndex,
    kind: Block,
    doc: Option<&str>,
    mut make: impl FnMut(Stored, String, String, String) -> T,
) -> Result<Vec<T>> {
    use schema::{KIND_CHROME, KIND_DOC};
    let f = index.fields();
    let mut clauses: Vec<(Occur, Box<dyn Query>)> = match kind {
        Block::SetAside => vec![filter(f.kind, KIND_CHROME)],
        // Passages are what has no kind.
        Block::Passage => vec![
            (Occur::Must, Box::new(AllQuery)),
            (Occur::MustNot, term_filter(f.kind, KIND_CHROME)),
            (Occur::MustNot, term_filter(f.kind, KIND_DOC)),
        ],
    };
    if let Some(doc) = doc {
        clauses.push(filter(f.doc_key, &index.record(doc)?.meta.path));
    }
    let searcher = index.searcher();
    let found = searcher.search(&BooleanQuery::new(clauses), &DocSetCollector)?;
    let mut out = Vec::with_capacity(found.len());
    let mut records = RecordCache::default();
    let mut source = index.text_source();
    let spans = SpanReader::new(&searcher, f, index.path());
    for address in found {
        let (stored, record) = stored_block(index, &spans, &mut records, address)?;
        let path = record.meta.path.clone();
        let id = record.meta.id.clone();
        let text = passage_text(&mut source, record, &stored).ok_or_else(|| Error::Stale {
            path: path.clone(),
            lines: format!("{}-{}", stored.span.line_start, stored.span.line_end),
        })?;
        out.push(make(stored, id, path, text));
    }
    Ok(out)
}

/// Every searchable passage of a document, in document order.
pub fn passages_of(index: &AccordIndex, doc: &str) -> Result<Vec<StoredPassage>> {
    let mut out = stored_blocks(
        index,
        Block::Passage,
        Some(doc),
        |stored, id, path, text| {
            let span = stored.span;
            StoredPassage {
                doc: id,
                path,
                line_start: span.line_start,
                line_end: span.line_end,
                position: span.position,
                lang: span.lang,
                text,
            }
        },
    )?;
    out.sort_by_key(|p| p.position);
    Ok(out)
}

/// Every block set aside, optionally of one document, in file order.
pub fn set_aside(index: &AccordIndex, doc: Option<&str>) -> Result<Vec<SetAside>> {
    let mut out = stored_blocks(index, Block::SetAside, doc, |stored, id, path, text| {
        SetAside {
            doc: id,
            path,
            line_start: stored.span.line_start,
            line_end: stored.span.line_end,
            reason: stored.reason.unwrap_or_default(),
            text,
        }
    })?;
    out.sort_by(|a, b| (&a.path, a.line_start).cmp(&(&b.path, b.line_start)));
    Ok(out)
}

/// Most records the corpus check compares: past it, [`pending`] does not walk the
/// corpus (a search should not pay for a walk of a very large folder).
pub const MAX_PENDING_CHECK: usize = 20_000;

/// How the corpus folder differs from what the index holds, by name, size and time
/// (nothing is read or hashed).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Pending {
    /// Text files the index does not know that arrived after it was last written
    /// (older unknown files were seen by indexing and skipped, with a reason).
    pub new: usize,
    /// Indexed files whose size or modification time changed.
    pub changed: usize,
    /// Indexed files no longer in the folder.
    pub gone: usize,
}

impl Pending {
    /// Whether the index matches the folder.
    pub fn is_empty(&self) -> bool {
        *self == Pending::default()
    }
}

/// When a file's entry in its folder last changed (created, copied or moved in).
fn changed_at(meta: &std::fs::Metadata) -> u64 {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        (meta.ctime().max(0) as u64)
            .saturating_mul(1_000_000_000)
            .saturating_add(meta.ctime_nsec().max(0) as u64)
    }
    #[cfg(not(unix))]
    {
        super::mtime_of(meta)
    }
}

/// The list of indexed files a search's corpus check compares the folder with, beside
/// the index: each record's path, size and modification time, written by each indexing
/// run for the commit it ends with. Reading every record instead costs a search most of
/// its time on a corpus of thousands of files.
pub const FILE_LIST: &str = ".accord-files.json";

/// An indexed file as the corpus check compares it.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
struct Stamped {
    path: String,
    bytes: u64,
    mtime: u64,
}

/// [`FILE_LIST`]'s contents: the commit it describes and its files.
#[derive(serde::Serialize, serde::Deserialize)]
struct FileList {
    opstamp: u64,
    files: Vec<Stamped>,
}

/// The opstamp of the last commit of `index`.
fn opstamp(index: &Index) -> Option<u64> {
    index.load_metas().ok().map(|m| m.opstamp)
}

/// Writes [`FILE_LIST`] into `path` for the last commit of `index` (replacing the file
/// atomically). A cache: when it cannot be written, searches read the records instead.
pub(crate) fn write_file_list(
    index: &Index,
    fields: &Fields,
    path: &std::path::Path,
) -> Result<()> {
    let Some(opstamp) = opstamp(index) else {
        return Ok(());
    };
    let reader = index.reader()?;
    let files = document_records(index, fields, &reader, path)?
        .into_iter()
        .map(|r| Stamped {
            path: r.meta.path,
            bytes: r.bytes,
            mtime: r.mtime,
        })
        .collect();
    let json = serde_json::to_vec(&FileList { opstamp, files }).expect("a file list serialises");
    let tmp = path.join(format!("{FILE_LIST}.tmp"));
    let path = path.join(FILE_LIST);
    let written = std::fs::write(&tmp, json).and_then(|()| std::fs::rename(&tmp, &path));
    if written.is_err() {
        let _ = std::fs::remove_file(&tmp);
        let _ = std::fs::remove_file(&path);
    }
    Ok(())
}

/// [`FILE_LIST`], when it describes the index's last commit.
fn read_file_list(index: &AccordIndex) -> Option<Vec<Stamped>> {
    let bytes = std::fs::read(index.path().join(FILE_LIST)).ok()?;
    let list: FileList = serde_json::from_slice(&bytes).ok()?;
    (Some(list.opstamp) == opstamp(&index.index)).then_some(list.files)
}

/// How `corpus` differs from `index`: a walk of the folder (one `stat` a file) compared
/// with the records. None when the index has more than [`MAX_PENDING_CHECK`] records,
/// or the folder cannot be walked.
pub fn pending(index: &AccordIndex, corpus: &std::path::Path) -> Result<Option<Pending>> {
    let records = match read_file_list(index) {
        Some(files) => files,
        None => index
            .documents()?
            .into_iter()
            .map(|r| Stamped {
                path: r.meta.path,
                bytes: r.bytes,
                mtime: r.mtime,
            })
            .collect(),
    };
    if records.len() > MAX_PENDING_CHECK {
        return Ok(None);
    }
    let Ok(found) = crate::corpus::discover(corpus) else {
        return Ok(None);
    };
    let written = std::fs::metadata(index.path().join("meta.json"))
        .map(|m| super::mtime_of(&m))
        .unwrap_or(0);
    let by_path: HashMap<&str, &Stamped> = records.iter().map(|r| (r.path.as_str(), r)).collect();
    let mut out = Pending::default();
    let mut seen = 0;
    for file in &found.files {
        let Ok(meta) = std::fs::metadata(&file.path) else {
            continue;
        };
        match by_path.get(file.rel.as_str()) {
            Some(record) => {
                seen += 1;
                if record.bytes != meta.len() || record.mtime != super::mtime_of(&meta) {
                    out.changed += 1;
                }
            }
            None if changed_at(&meta) > written => out.new += 1,
            None => {}
        }
    }
    out.gone = records.len() - seen;
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn records(ids: &[&str]) -> Vec<DocRecord> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.txt"), "x").unwrap();
        ids.iter()
            .map(|id| {
                let mut r = super::super::testing::record_of(dir.path(), "a.txt", "x", 0);
                r.meta.id = id.to_string();
                r
            })
            .collect()
    }

    fn closest(err: Error) -> (Vec<String>, usize) {
        match err {
            Error::UnknownDocument { closest, total, .. } => (closest, total),
            other => panic!("{other}"),
        }
    }

    #[test]
    fn unknown_document_suggests_the_closest_ids_first() {
        let known = records(&[
            "ec-eu-kr-dpc-2023",
            "msit-eu-kr-dpc-2023",
            "rok-us-alliance-70-2023",
            "a1",
            "a2",
            "a3",
            "a4",
        ]);
        let (ids, total) = closest(unknown_document("msit-eu-kr-dpc-2032", &known));
        assert_eq!(ids[0], "msit-eu-kr-dpc-2023");
        assert_eq!(ids.len(), SUGGESTIONS);
        assert_eq!(total, 7);
        let (ids, _) = closest(unknown_document("alliance", &known));
        assert_eq!(ids[0], "rok-us-alliance-70-2023");
    }
}
