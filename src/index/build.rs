//! Building and updating the index from a corpus folder, incrementally.
//!
//! Each file's record stores its size, modification time, content hash and manifest
//! entry hash. A run re-reads only files whose size or time changed, re-indexes only
//! those whose content or metadata really changed, removes documents whose files are
//! gone, and commits once at the end. A run that changes nothing does not commit.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use tantivy::indexer::UserOperation;
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

use super::schema::{self, Fields, KIND_CHROME, KIND_DOC};
use super::spans::SpanPlugin;
use super::{
    document_records, folder_state, mtime_of, nanos, remove_tantivy_files, DocRecord, FolderState,
    Stamp, WriterLock, RACY_NANOS,
};
use crate::corpus::chrome::Role;
use crate::corpus::decode;
use crate::corpus::manifest::{Entry, Manifest};
use crate::corpus::{self, Document, Passage, Skipped};
use crate::error::{Error, IoOp, Result};
use crate::lang::LangDetector;

/// Memory the index writer may use, in bytes, across all its threads.
pub const WRITER_BUDGET: usize = 96 * 1024 * 1024;
/// Raw bytes read and prepared at a time (a larger single file is its own chunk).
const CHUNK_BYTES: u64 = 16 * 1024 * 1024;
/// Commit after this many bytes of changed files, so a crash loses little work.
const COMMIT_EVERY_BYTES: u64 = 256 * 1024 * 1024;
/// An update leaves the index in at most this many segments; beyond, it merges them.
const MAX_SEGMENTS: usize = 8;
/// Largest segment a merge makes. A merge maps its input segments into memory, so this
/// bounds the memory of a merge whatever the corpus size; a larger index is kept in
/// several segments of about this size.
const MAX_MERGED_BYTES: u64 = 160 * 1024 * 1024;

/// Commits with accord's stamp in the payload.
fn commit(writer: &mut IndexWriter, corpus: &Path) -> Result<()> {
    let mut prepared = writer.prepare_commit()?;
    let stamp = Stamp::current(corpus);
    prepared.set_payload(&serde_json::to_string(&stamp).expect("stamp serialises"));
    prepared.commit()?;
    Ok(())
}

/// What reading one file gave.
enum Prepared {
    /// Same content and metadata as indexed.
    Unchanged,
    /// Could not be read now.
    ReadError(String),
    /// Read, but not text (empty, binary, unknown encoding).
    Unreadable(String),
    /// A document to index.
    Ready(Box<Ready>),
    /// Too large to read at once: indexed window by window, in order.
    Large,
}

struct Ready {
    doc: Document,
    encoding: &'static str,
    guessed: bool,
    hash: String,
    manifest_hash: String,
}

fn prepare_file(
    file: &corpus::CorpusFile,
    entry: Option<&Entry>,
    old: Option<&DocRecord>,
    detector: &LangDetector,
) -> Prepared {
    if std::fs::metadata(&file.path).is_ok_and(|m| m.len() > large_file()) {
        return Prepared::Large;
    }
    let bytes = match std::fs::read(&file.path) {
        Ok(b) => b,
        Err(e) => return Prepared::ReadError(format!("cannot read: {e}")),
    };
    let hash = blake3::hash(&bytes).to_hex().to_string();
    let mhash = manifest_hash(entry);
    if old.is_some_and(|o| o.hash == hash && o.manifest_hash == mhash) {
        // Touched but not changed: its stored mtime goes stale, which only costs a hash
        // next time.
        return Prepared::Unchanged;
    }
    let decoded = match decode::decode(&bytes) {
        Ok(d) => d,
        Err(why) => return Prepared::Unreadable(why.to_string()),
    };
    drop(bytes);
    let doc = corpus::prepare(&file.rel, &decoded.text, entry, detector);
    Prepared::Ready(Box::new(Ready {
        doc,
        encoding: decoded.encoding,
        guessed: decoded.guessed,
        hash,
        manifest_hash: mhash,
    }))
}

/// What to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// Corpus folder.
    pub corpus: PathBuf,
    /// Index folder.
    pub index: PathBuf,
    /// Drop everything and index from scratch (also repairs a damaged or old index).
    pub rebuild: bool,
}

/// Progress events for a caller that shows a bar.
pub trait Progress {
    /// Indexing starts: this many files and bytes to look at.
    fn start(&mut self, files: usize, bytes: u64);
    /// One more file looked at.
    fn advance(&mut self, rel: &str, bytes: u64);
    /// Done reading (before the commit).
    fn finish(&mut self);
    /// The segments written are being merged into one (after the commit); `bytes` is
    /// the size of what is merged.
    fn merging(&mut self, _bytes: u64) {}
    /// Merged.
    fn merged(&mut self) {}
}

/// No progress display.
pub struct NoProgress;

impl Progress for NoProgress {
    fn start(&mut self, _: usize, _: u64) {}
    fn advance(&mut self, _: &str, _: u64) {}
    fn finish(&mut self) {}
}

/// What a build did.
#[derive(Debug, Default)]
pub struct BuildReport {
    /// Files indexed for the first time.
    pub added: Vec<String>,
    /// Files re-indexed because their content or manifest entry changed.
    pub updated: Vec<String>,
    /// Documents removed because their files are gone or no longer readable.
    pub removed: Vec<String>,
    /// Files left as they were.
    pub unchanged: usize,
    /// Of those, files touched (or copied, or indexed just after being written) whose
    /// records were re-stamped with their modification time, so that searches and the
    /// next run need not hash them to know they are unchanged.
    pub restamped: usize,
    /// Files not indexed, with reasons.
    pub skipped: Vec<Skipped>,
    /// Things the user should know (guessed encodings, manifest entries without files...).
    pub notices: Vec<String>,
    /// Files indexed without a manifest entry, with what was inferred for them.
    pub inferred: Vec<String>,
    /// Passages written in this run.
    pub passages: usize,
    /// Bytes of text read and indexed in this run.
    pub bytes: u64,
    /// Whether a commit was made.
    pub committed: bool,
    /// Wall time.
    pub elapsed: Duration,
    /// Of which merging segments (zero when there was nothing to merge).
    pub merging: Duration,
}

impl BuildReport {
    /// Did this run change the index?
    pub fn changed(&self) -> bool {
        !(self.added.is_empty() && self.updated.is_empty() && self.removed.is_empty())
    }

    /// A file left as the index has it.
    fn keep(&mut self, old: Option<&DocRecord>, ids: &mut HashSet<String>) {
        if let Some(old) = old {
            ids.insert(old.meta.id.clone());
        }
        self.unchanged += 1;
    }

    /// A file that is not (or no longer) text: skipped, and its old version removed.
    fn drop(&mut self, writer: &IndexWriter, f: &Fields, rel: &str, reason: String, had: bool) {
        self.skipped.push(Skipped {
            rel: rel.to_string(),
            reason,
        });
        if had {
            writer.delete_term(Term::from_field_text(f.doc_key, rel));
            self.removed.push(rel.to_string());
        }
    }

    /// A file written to the index.
    fn indexed(
        &mut self,
        rel: &str,
        record: &DocRecord,
        guessed: Option<&str>,
        inferred: bool,
        updated: bool,
    ) {
        if let Some(encoding) = guessed {
            self.notices.push(format!(
                "{rel} is not UTF-8; decoded as {encoding} (detected)"
            ));
        }
        if inferred {
            let m = &record.meta;
            self.inferred.push(format!(
                "{rel} has no entry in the manifest; indexed as '{}' with inferred title \"{}\" and language {}",
                m.id, m.title, m.lang
            ));
        }
        if updated {
            self.updated.push(rel.to_string());
        } else {
            self.added.push(rel.to_string());
        }
        self.passages += record.passages;
        self.bytes += record.bytes;
    }
}

/// Document numbers: a re-indexed file keeps its number, a new one takes the next.
struct Numbers {
    last: u64,
}

impl Numbers {
    fn after<'a>(records: impl Iterator<Item = &'a DocRecord>) -> Numbers {
        Numbers {
            last: records.map(|r| r.number).max().unwrap_or(0),
        }
    }

    fn for_file(&mut self, old: Option<&DocRecord>) -> u64 {
        match old {
            Some(o) if o.number > 0 => o.number,
            _ => {
                self.last += 1;
                self.last
            }
        }
    }
}

/// Gives a document its id: an inferred one is made unique (`name`, `name-2`...).
fn claim_id(ids: &mut HashSet<String>, meta: &mut corpus::DocMeta, inferred: bool) {
    if inferred {
        let base = meta.id.clone();
        let mut n = 2;
        while ids.contains(&meta.id) {
            meta.id = format!("{base}-{n}");
            n += 1;
        }
    }
    ids.insert(meta.id.clone());
}

fn manifest_hash(entry: Option<&Entry>) -> String {
    let text = match entry {
        Some(e) => format!("{e:?}"),
        None => "no manifest entry".to_string(),
    };
    // The accord version is part of it: a new release may cut passages differently.
    let version = env!("CARGO_PKG_VERSION");
    blake3::hash(format!("{}|{version}|{text}", schema::FORMAT_VERSION).as_bytes())
        .to_hex()
        .to_string()
}

/// Opens the index for writing, creating or recreating it as needed.
fn open_for_writing(
    path: &Path,
    rebuild: bool,
    corpus: &Path,
    spans: &Arc<SpanPlugin>,
) -> Result<(Index, bool)> {
    let create = |path: &Path| -> Result<Index> {
        std::fs::create_dir_all(path).map_err(|e| Error::io(IoOp::Create, path, e))?;
        let index = Index::builder()
            .schema(schema::build())
            .settings(schema::settings())
            .register_plugin(spans.clone())
            .create_in_dir(path)?;
        // Stamp it at once with an empty commit: a run killed before its first real
        // commit then leaves an empty accord index, not an unmarked folder.
        let mut writer: IndexWriter = index.writer_with_num_threads(1, 15_000_000)?;
        commit(&mut writer, corpus)?;
        drop(writer);
        Ok(index)
    };
    match folder_state(path)? {
        FolderState::Foreign => Err(Error::NotAnIndex(path.to_path_buf())),
        FolderState::Empty => Ok((create(path)?, true)),
        FolderState::Index => {
            let opened = super::open_tantivy(path, spans.clone())
                .map_err(|e| Error::DamagedIndex {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                })
                .and_then(|index| super::check_stamp(path, &index).map(|_| index))
                .and_then(|index| match schema::Fields::from_schema(&index.schema()) {
                    Some(_) => Ok(index),
                    None => Err(Error::DamagedIndex {
                        path: path.to_path_buf(),
                        detail: "its schema is not accord's".into(),
                    }),
                });
            match opened {
                Ok(index) if !rebuild => Ok((index, false)),
                // A healthy index is rebuilt in place: its documents are deleted in the
                // same commit that adds the new ones, so searches (and a killed rebuild)
                // keep the old contents until then.
                Ok(index) => Ok((index, true)),
                // A folder holding some other tantivy index is not ours to clear.
                Err(Error::NotAnIndex(p)) => Err(Error::NotAnIndex(p)),
                // Created but never committed (a killed first run): start it again.
                Err(Error::NoIndex(_)) => {
                    remove_tantivy_files(path)?;
                    Ok((create(path)?, true))
                }
                Err(e) if !rebuild => Err(e),
                _ => {
                    remove_tantivy_files(path)?;
                    Ok((create(path)?, true))
                }
            }
        }
    }
}

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
struct Feed<'w> {
    writer: &'w IndexWriter,
    spans: &'w SpanPlugin,
    sent: &'w std::cell::Cell<u64>,
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
struct Batch<'f, 'w> {
    feed: &'f Feed<'w>,
    ops: Vec<UserOperation>,
    text_bytes: usize,
}

impl<'f, 'w> Batch<'f, 'w> {
    fn new(feed: &'f Feed<'w>) -> Batch<'f, 'w> {
        Batch {
            feed,
            ops: Vec::with_capacity(BATCH_DOCS),
            text_bytes: 0,
        }
    }

    fn add(&mut self, doc: TantivyDocument, text_bytes: usize) -> Result<()> {
        self.ops.push(UserOperation::Add(doc));
        self.text_bytes += text_bytes;
        if self.ops.len() >= BATCH_DOCS || self.text_bytes >= BATCH_TEXT_BYTES {
            self.flush()?;
        }
        Ok(())
    }

    fn flush(&mut self) -> Result<()> {
        if !self.ops.is_empty() {
            let ops = std::mem::replace(&mut self.ops, Vec::with_capacity(BATCH_DOCS));
            self.feed.send(ops)?;
            self.text_bytes = 0;
        }
        Ok(())
    }
}

/// A passage or set-aside block as a tantivy document. Its text is stored only when
/// `store_text` (the file's bytes at its byte range are not the text: see
/// [`super::text`]).
fn passage_doc(
    f: &Fields,
    meta: &corpus::DocMeta,
    number: u64,
    p: &Passage,
    store_text: bool,
) -> TantivyDocument {
    // A passage is its file (to delete it with its document, and for `--doc`), its
    // span, its language (for `--lang`) and its body. Only set-aside blocks carry a
    // `kind`, and have no body: they are never searched.
    let mut doc = TantivyDocument::default();
    if matches!(p.role, Role::Chrome(_)) {
        doc.add_text(f.kind, KIND_CHROME);
    }
    doc.add_text(f.doc_key, &meta.path);
    let span = super::spans::Span {
        doc: number,
        lang: p.lang,
        line_start: p.span.line_start as u64,
        line_end: p.span.line_end as u64,
        byte_start: p.span.byte_start as u64,
        byte_end: p.span.byte_end as u64,
        position: p.position as u64,
    };
    doc.add_custom(f.span, &span.encode());
    if store_text {
        doc.add_text(f.text, &p.text);
    }
    if let Role::Chrome(reason) = p.role {
        doc.add_text(f.reason, reason.label());
    } else {
        doc.add_text(f.lang, p.lang.code());
        doc.add_text(f.body, crate::analysis::body_value(p.lang, &p.text));
    }
    doc
}

/// Adds passages (and set-aside blocks) of one document, in order.
fn add_passages<'p>(
    feed: &Feed,
    f: &Fields,
    meta: &corpus::DocMeta,
    number: u64,
    passages: impl Iterator<Item = &'p Passage>,
    store_text: bool,
) -> Result<()> {
    let mut batch = Batch::new(feed);
    for p in passages {
        batch.add(passage_doc(f, meta, number, p, store_text), p.text.len())?;
    }
    batch.flush()
}

/// Adds a document's passages; its record is added later ([`add_records`]).
fn add_document(feed: &Feed, f: &Fields, doc: &Document, record: &DocRecord) -> Result<()> {
    let store_text = super::text::stored_in_index(&record.encoding);
    add_passages(
        feed,
        f,
        &doc.meta,
        record.number,
        doc.passages.iter().chain(&doc.set_aside),
        store_text,
    )
}

/// Adds the records of the documents written since the last commit, all together just
/// before the commit: they then sit side by side in a few store blocks, so a search
/// that shows hits of many documents decompresses one block for all their records.
fn add_records(feed: &Feed, f: &Fields, pending: &mut Vec<DocRecord>, corpus: &Path) -> Result<()> {
    settle(pending, corpus);
    let mut batch = Batch::new(feed);
    for record in pending.drain(..) {
        batch.add(record_doc(f, &record), 0)?;
    }
    batch.flush()
}

/// Stamps records of files read too soon after they were written as checked now, when
/// their size, modification time and content are still those indexed.
///
/// Size and time cannot vouch for a file modified within [`RACY_NANOS`] of being read
/// (see [`DocRecord::unchanged_by_metadata`]): every search would hash it. Once that
/// window has passed, a file found unchanged by content cannot change again without a
/// later modification time, so its record is as good as one read now. Records still
/// inside the window are left as they are (the next `accord index` settles them).
fn settle(records: &mut [DocRecord], corpus: &Path) {
    for record in records {
        if !record.read_too_soon() {
            continue;
        }
        let now = nanos(std::time::SystemTime::now());
        if now <= record.mtime.saturating_add(RACY_NANOS) {
            continue;
        }
        let path = corpus.join(&record.meta.path);
        let same = std::fs::metadata(&path)
            .is_ok_and(|m| m.len() == record.bytes && mtime_of(&m) == record.mtime)
            && hash_file(&path).is_ok_and(|h| h == record.hash);
        if same {
            record.checked = now;
        }
    }
}

/// For a file whose content is the one indexed but whose size-and-time check fails
/// (touched, copied, restored, or indexed too soon after it was written): its record
/// with the file's modification time now, when that makes the check pass. Without it,
/// every search showing the file would hash it, and every `accord index` too.
fn refreshed_record(old: &DocRecord, meta: &std::fs::Metadata, checked: u64) -> Option<DocRecord> {
    if old.unchanged_by_metadata(meta) {
        return None;
    }
    let record = DocRecord {
        mtime: mtime_of(meta),
        checked,
        ..old.clone()
    };
    record.unchanged_by_metadata(meta).then_some(record)
}

/// The record document of file `rel` (not its passages).
fn record_query(f: &Fields, rel: &str) -> Box<dyn tantivy::query::Query> {
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    let term = |field, value: &str| -> Box<dyn tantivy::query::Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    };
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(f.kind, KIND_DOC)),
        (Occur::Must, term(f.doc_key, rel)),
    ]))
}

fn record_doc(f: &Fields, record: &DocRecord) -> TantivyDocument {
    let doc = &record.meta;
    let mut rec = TantivyDocument::default();
    rec.add_text(f.kind, KIND_DOC);
    rec.add_text(f.doc_key, &doc.path);
    rec.add_text(f.doc, &doc.id);
    rec.add_text(f.lang, doc.lang.code());
    rec.add_u64(f.doc_num, record.number);
    rec.add_text(
        f.meta,
        serde_json::to_string(record).expect("a record serialises"),
    );
    rec
}

/// Files larger than this are read a window at a time, so memory stays bounded
/// whatever the file size. `ACCORD_LARGE_FILE` (bytes) overrides it, for tests.
pub const LARGE_FILE: u64 = 32 * 1024 * 1024;

fn large_file() -> u64 {
    std::env::var("ACCORD_LARGE_FILE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(LARGE_FILE)
}

/// Size of a window of a large file (a quarter of the threshold, at most 8 MB),
/// extended to the next blank line.
fn window_size() -> usize {
    (large_file() / 4).clamp(1024, 8 * 1024 * 1024) as usize
}

/// What indexing a large file did.
enum LargeOutcome {
    Unchanged,
    Unreadable(String),
    Indexed {
        record: Box<DocRecord>,
        guessed: Option<&'static str>,
    },
}

fn hash_file(path: &Path) -> std::io::Result<String> {
    super::content_hash(std::fs::File::open(path)?)
}

/// Where to cut a window: after the last blank line in its second half, else after the
/// last line break, else at the end.
fn window_cut(buf: &[u8]) -> usize {
    let from = buf.len() / 2;
    if let Some(i) = buf[from..].windows(2).rposition(|w| w == b"\n\n") {
        return from + i + 2;
    }
    match buf.iter().rposition(|&b| b == b'\n') {
        Some(i) => i + 1,
        None => buf.len(),
    }
}

/// Indexes a file over [`LARGE_FILE`] window by window: a streamed hash first (an
/// unchanged file is not read again), then windows cut at blank lines, each cut into
/// passages whose lines and bytes are shifted to the whole file. Only the first window
/// has a page header and only the last a footer; repeated blocks are dropped within a
/// window. `name` gives the document its final id before any passage is written.
#[allow(clippy::too_many_arguments)]
fn index_large(
    feed: &Feed,
    f: &Fields,
    file: &corpus::CorpusFile,
    meta: &std::fs::Metadata,
    entry: Option<&Entry>,
    old: Option<&DocRecord>,
    detector: &LangDetector,
    name: &mut dyn FnMut(&mut corpus::DocMeta),
    number: u64,
) -> std::io::Result<LargeOutcome> {
    use std::io::Read;
    let checked = nanos(std::time::SystemTime::now());
    let hash = hash_file(&file.path)?;
    let mhash = manifest_hash(entry);
    if old.is_some_and(|o| o.hash == hash && o.manifest_hash == mhash) {
        return Ok(LargeOutcome::Unchanged);
    }
    if old.is_some() {
        feed.writer
            .delete_term(Term::from_field_text(f.doc_key, &file.rel));
    }
    let mut reader = std::fs::File::open(&file.path)?;
    let window_size = window_size();
    let mut carry: Vec<u8> = Vec::with_capacity(window_size + (1 << 20));
    let mut chunk = vec![0u8; 1 << 20];
    let mut eof = false;
    let mut first = true;
    let mut encoding: Option<&'static encoding_rs::Encoding> = None;
    let mut guessed = None;
    let mut bom = false;
    let (mut byte_offset, mut line_offset, mut position) = (0usize, 0usize, 0usize);
    let mut doc_meta: Option<corpus::DocMeta> = None;
    let (mut passages, mut set_aside, mut duplicates) = (0, 0, 0);
    let fail = |why: String| -> std::io::Result<LargeOutcome> {
        // Drop what was written of it: the delete applies to everything added before.
        feed.writer
            .delete_term(Term::from_field_text(f.doc_key, &file.rel));
        Ok(LargeOutcome::Unreadable(why))
    };
    loop {
        while !eof && carry.len() < window_size {
            let n = reader.read(&mut chunk)?;
            if n == 0 {
                eof = true;
            } else {
                carry.extend_from_slice(&chunk[..n]);
            }
        }
        let cut = if eof { carry.len() } else { window_cut(&carry) };
        let mut window: Vec<u8> = carry.drain(..cut).collect();
        if first {
            if window.starts_with(b"\xEF\xBB\xBF") {
                window.drain(..3);
                bom = true;
            } else if window.starts_with(b"\xFF\xFE") || window.starts_with(b"\xFE\xFF") {
                return fail("UTF-16 file over 32 MB; convert it to UTF-8".into());
            }
            if std::str::from_utf8(&window).is_err() {
                if window[..window.len().min(8192)].contains(&0) {
                    return fail(decode::Unreadable::Binary.to_string());
                }
                let mut guess =
                    chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                guess.feed(&window, false);
                let enc = guess.guess(None, chardetng::Utf8Detection::Deny);
                encoding = Some(enc);
                guessed = Some(enc.name());
            }
        }
        let text = match encoding {
            None => match String::from_utf8(window) {
                Ok(t) => t,
                Err(e) => {
                    let at = byte_offset + e.utf8_error().valid_up_to();
                    return fail(format!(
                        "invalid UTF-8 at byte {at}; convert the file to UTF-8"
                    ));
                }
            },
            Some(enc) => match enc.decode_without_bom_handling_and_without_replacement(&window) {
                Some(t) => t.into_owned(),
                None => return fail(decode::Unreadable::UnknownEncoding.to_string()),
            },
        };
        let last = eof && carry.is_empty();
        let part = corpus::chrome::Part { first, last };
        let mut doc = corpus::prepare_part(&file.rel, &text, entry, detector, part);
        let m = doc_meta.get_or_insert_with(|| {
            let mut m = doc.meta.clone();
            name(&mut m);
            m
        });
        for p in doc.passages.iter_mut().chain(doc.set_aside.iter_mut()) {
            p.span.byte_start += byte_offset;
            p.span.byte_end += byte_offset;
            p.span.line_start += line_offset;
            p.span.line_end += line_offset;
            if p.position > 0 {
                position += 1;
                p.position = position;
            }
        }
        let store_text = bom || encoding.is_some();
        add_passages(
            feed,
            f,
            m,
            number,
            doc.passages.iter().chain(&doc.set_aside),
            store_text,
        )
        .map_err(std::io::Error::other)?;
        passages += doc.passages.len();
        set_aside += doc.set_aside.len();
        duplicates += doc.duplicates;
        byte_offset += text.len();
        line_offset += text.matches('\n').count();
        first = false;
        if last {
            break;
        }
    }
    let Some(meta_doc) = doc_meta.filter(|_| passages > 0) else {
        return fail(decode::Unreadable::Empty.to_string());
    };
    let record = DocRecord {
        meta: meta_doc,
        number,
        passages,
        set_aside,
        duplicates,
        bytes: meta.len(),
        encoding: match (guessed, bom) {
            (Some(name), _) => name,
            (None, true) => "UTF-8 with BOM",
            (None, false) => "UTF-8",
        }
        .to_string(),
        hash,
        mtime: mtime_of(meta),
        checked,
        manifest_hash: mhash,
    };
    Ok(LargeOutcome::Indexed {
        record: Box::new(record),
        guessed,
    })
}
/// After a commit: a full build, or an update that changed a good share of the index or
/// left it in many segments, merges the segments into one (or, past
/// [`MAX_MERGED_BYTES`], into as few as the cap allows). A search opens every segment
/// and looks every query term up in each: one segment keeps that cost flat as the
/// corpus grows, and one term dictionary instead of several makes the index smaller.
/// Small updates leave the segments to tantivy's merge policy.
fn merge_segments(
    writer: &mut IndexWriter,
    index: &Index,
    path: &Path,
    fresh: bool,
    changed_bytes: u64,
    progress: &mut dyn Progress,
) -> Result<bool> {
    let metas = index.searchable_segment_metas()?;
    if metas.len() <= 1 {
        return Ok(false);
    }
    // A segment's files are named after its id.
    let files: Vec<(String, u64)> = std::fs::read_dir(path)
        .map_err(|e| Error::io(IoOp::List, path, e))?
        .filter_map(|e| {
            let e = e.ok()?;
            Some((
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().ok()?.len(),
            ))
        })
        .collect();
    let size_of = |m: &tantivy::index::SegmentMeta| -> u64 {
        let id = m.id().uuid_string();
        files
            .iter()
            .filter(|(name, _)| name.starts_with(&id))
            .map(|(_, len)| len)
            .sum()
    };
    let mut sized: Vec<(u64, tantivy::index::SegmentId)> =
        metas.iter().map(|m| (size_of(m), m.id())).collect();
    let bytes: u64 = sized.iter().map(|(b, _)| b).sum();
    let big_change = changed_bytes.saturating_mul(10) >= bytes;
    // Segment metas held here keep their files alive: let go before merging.
    drop(metas);
    if !(fresh || big_change || sized.len() > MAX_SEGMENTS) {
        return Ok(false);
    }
    // Groups of segments up to the size cap, smallest first, each merged into one.
    sized.sort();
    let mut groups: Vec<Vec<tantivy::index::SegmentId>> = Vec::new();
    let mut group_bytes = 0u64;
    for (b, id) in sized {
        match groups.last_mut() {
            Some(g) if group_bytes + b <= MAX_MERGED_BYTES => {
                g.push(id);
                group_bytes += b;
            }
            _ => {
                groups.push(vec![id]);
                group_bytes = b;
            }
        }
    }
    groups.retain(|g| g.len() > 1);
    if groups.is_empty() {
        return Ok(false);
    }
    progress.merging(bytes);
    for group in groups {
        writer.merge(&group).wait()?;
    }
    // The merged segments' files go now, not at the next run.
    writer.garbage_collect_files().wait()?;
    progress.merged();
    Ok(true)
}

/// Brings the index in `opts.index` up to date with the corpus in `opts.corpus`.
pub fn build(opts: &BuildOptions, progress: &mut dyn Progress) -> Result<BuildReport> {
    let started = Instant::now();
    // Files are read after this moment: see `unchanged_by_metadata`.
    let checked = nanos(std::time::SystemTime::now());
    let discovery = corpus::discover(&opts.corpus)?;
    let manifest = Manifest::load(&opts.corpus)?;
    let _lock = WriterLock::acquire(&opts.index)?;
    let spans = SpanPlugin::new();
    let (index, fresh) = open_for_writing(&opts.index, opts.rebuild, &opts.corpus, &spans)?;
    crate::analysis::register(index.tokenizers());
    let fields = Fields::from_schema(&index.schema()).expect("accord schema");

    let existing: HashMap<String, DocRecord> = if fresh {
        HashMap::new()
    } else {
        let reader = index.reader().map_err(|e| Error::DamagedIndex {
            path: opts.index.clone(),
            detail: e.to_string(),
        })?;
        document_records(&index, &fields, &reader, &opts.index)?
            .into_iter()
            .map(|r| (r.meta.path.clone(), r))
            .collect()
    };

    let mut report = BuildReport {
        skipped: discovery.skipped.clone(),
        ..BuildReport::default()
    };
    if discovery.files.is_empty() {
        report.notices.push(format!(
            "{} holds no text files (.txt, .md); add statements there, or index the folder that holds them",
            opts.corpus.display()
        ));
    }
    for entry in manifest.entries() {
        if !discovery.files.iter().any(|f| f.rel == entry.file) {
            report.notices.push(format!(
                "manifest entry for {} ({}) names no file in the corpus",
                entry.file, entry.id
            ));
        }
    }

    let threads = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(1, 4);
    let mut writer: IndexWriter = index
        .writer_with_num_threads(threads, WRITER_BUDGET)
        .map_err(|e| match e {
            tantivy::TantivyError::LockFailure(..) => Error::Locked {
                path: opts.index.clone(),
                holder: "another process holds tantivy's writer lock".into(),
            },
            other => Error::Tantivy(other),
        })?;
    if fresh {
        // A rebuild in place: the old documents go in the same commit as the new ones
        // arrive (a new index has none).
        writer.delete_all_documents()?;
        // A full build merges everything once at the end: merges on the way would
        // rewrite the same postings several times while the indexing threads need the
        // cores.
        writer.set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    }
    let detector = LangDetector::default();
    let sent = std::cell::Cell::new(0);
    // What adds documents: the writer, not borrowed beyond each use (commits need it).
    macro_rules! feed {
        () => {
            Feed {
                writer: &writer,
                spans: &spans,
                sent: &sent,
            }
        };
    }

    // Ids in use: manifest ids are reserved, then every document kept or written.
    let mut ids: HashSet<String> = manifest.ids().map(str::to_string).collect();
    let total: u64 = discovery
        .files
        .iter()
        .filter_map(|f| std::fs::metadata(&f.path).ok())
        .map(|m| m.len())
        .sum();
    progress.start(discovery.files.len(), total);

    let mut seen: HashSet<&str> = HashSet::new();
    let mut kept: Vec<&DocRecord> = Vec::new();
    let mut work: Vec<(&corpus::CorpusFile, std::fs::Metadata)> = Vec::new();
    for file in &discovery.files {
        seen.insert(file.rel.as_str());
        let meta = match std::fs::metadata(&file.path) {
            Ok(m) => m,
            Err(e) => {
                report.skipped.push(Skipped {
                    rel: file.rel.clone(),
                    reason: format!("cannot read: {e}"),
                });
                continue;
            }
        };
        let entry = manifest.get(&file.rel);
        match existing.get(&file.rel) {
            Some(old)
                if old.unchanged_by_metadata(&meta)
                    && old.manifest_hash == manifest_hash(entry) =>
            {
                kept.push(old);
                progress.advance(&file.rel, meta.len());
            }
            _ => work.push((file, meta)),
        }
    }
    for old in &kept {
        ids.insert(old.meta.id.clone());
    }
    report.unchanged = kept.len();

    // Files are read, decoded and cut into passages in parallel, a bounded chunk at a
    // time; documents are then added in order, so ids and messages are deterministic.
    let mut since_commit = 0u64;
    // Records of the documents written since the last commit (see `add_records`).
    let mut pending: Vec<DocRecord> = Vec::new();
    // Kept files whose records no longer pass the size-and-time check get fresh ones.
    macro_rules! refresh {
        ($old:expr, $meta:expr, $file:expr) => {
            if let Some(record) = $old.and_then(|o| refreshed_record(o, $meta, checked)) {
                writer.delete_query(record_query(&fields, &$file.rel))?;
                pending.push(record);
                report.restamped += 1;
            }
        };
    }
    let mut numbers = Numbers::after(existing.values());
    let mut start = 0;
    while start < work.len() {
        let mut end = start;
        let mut chunk_bytes = 0u64;
        while end < work.len() && (end == start || chunk_bytes + work[end].1.len() <= CHUNK_BYTES) {
            chunk_bytes += work[end].1.len();
            end += 1;
        }
        let prepared: Vec<Prepared> = work[start..end]
            .par_iter()
            .map(|(file, _)| {
                prepare_file(
                    file,
                    manifest.get(&file.rel),
                    existing.get(&file.rel),
                    &detector,
                )
            })
            .collect();
        for ((file, meta), outcome) in work[start..end].iter().zip(prepared) {
            progress.advance(&file.rel, meta.len());
            let entry = manifest.get(&file.rel);
            let old = existing.get(&file.rel);
            match outcome {
                Prepared::Large => {
                    let mut name = |m: &mut corpus::DocMeta| claim_id(&mut ids, m, entry.is_none());
                    let number = numbers.for_file(old);
                    let outcome = index_large(
                        &feed!(),
                        &fields,
                        file,
                        meta,
                        entry,
                        old,
                        &detector,
                        &mut name,
                        number,
                    );
                    match outcome {
                        Ok(LargeOutcome::Unchanged) => {
                            report.keep(old, &mut ids);
                            refresh!(old, meta, file);
                        }
                        Ok(LargeOutcome::Unreadable(reason)) => {
                            report.drop(&writer, &fields, &file.rel, reason, old.is_some())
                        }
                        Err(e) => report.drop(
                            &writer,
                            &fields,
                            &file.rel,
                            format!("cannot read: {e}"),
                            old.is_some(),
                        ),
                        Ok(LargeOutcome::Indexed { record, guessed }) => {
                            report.indexed(
                                &file.rel,
                                &record,
                                guessed,
                                entry.is_none(),
                                old.is_some(),
                            );
                            since_commit += meta.len();
                            pending.push(*record);
                        }
                    }
                }
                Prepared::Unchanged => {
                    report.keep(old, &mut ids);
                    refresh!(old, meta, file);
                }
                Prepared::ReadError(reason) => {
                    report.skipped.push(Skipped {
                        rel: file.rel.clone(),
                        reason,
                    });
                    // Unreadable for now (permissions, a file being written): keep what
                    // the index has rather than lose it.
                    if old.is_some() {
                        report.keep(old, &mut ids);
                    }
                }
                Prepared::Unreadable(reason) => {
                    report.drop(&writer, &fields, &file.rel, reason, old.is_some())
                }
                Prepared::Ready(ready) => {
                    let Ready {
                        mut doc,
                        encoding,
                        guessed,
                        hash,
                        manifest_hash,
                    } = *ready;
                    claim_id(&mut ids, &mut doc.meta, entry.is_none());
                    let record = DocRecord {
                        meta: doc.meta.clone(),
                        number: numbers.for_file(old),
                        passages: doc.passages.len(),
                        set_aside: doc.set_aside.len(),
                        duplicates: doc.duplicates,
                        bytes: meta.len(),
                        encoding: encoding.to_string(),
                        hash,
                        mtime: mtime_of(meta),
                        checked,
                        manifest_hash,
                    };
                    if old.is_some() {
                        writer.delete_term(Term::from_field_text(fields.doc_key, &file.rel));
                    }
                    add_document(&feed!(), &fields, &doc, &record)?;
                    report.indexed(
                        &file.rel,
                        &record,
                        guessed.then_some(encoding),
                        entry.is_none(),
                        old.is_some(),
                    );
                    since_commit += meta.len();
                    pending.push(record);
                }
            }
        }
        // A long run commits as it goes: a crash loses at most this much work, and the
        // next run skips what was committed.
        if since_commit >= COMMIT_EVERY_BYTES {
            add_records(&feed!(), &fields, &mut pending, &opts.corpus)?;
            commit(&mut writer, &opts.corpus)?;
            since_commit = 0;
        }
        start = end;
    }

    for rel in existing.keys() {
        if !seen.contains(rel.as_str()) {
            writer.delete_term(Term::from_field_text(fields.doc_key, rel));
            report.removed.push(rel.clone());
        }
    }
    report.removed.sort();
    progress.finish();

    if fresh || report.changed() || report.restamped > 0 {
        add_records(&feed!(), &fields, &mut pending, &opts.corpus)?;
        commit(&mut writer, &opts.corpus)?;
        report.committed = true;
        let merge_started = Instant::now();
        let merged = merge_segments(
            &mut writer,
            &index,
            &opts.index,
            fresh,
            report.bytes,
            progress,
        )?;
        if merged {
            report.merging = merge_started.elapsed();
        }
    } else {
        writer.rollback()?;
    }
    writer.wait_merging_threads()?;
    report.elapsed = started.elapsed();
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{record_of, write_at};
    use super::*;
    use std::time::{Duration, SystemTime};

    const TEXT: &str = "Title\n\nText.\n";

    #[test]
    fn settle_stamps_files_read_too_soon_once_the_window_has_passed_and_only_unchanged_ones() {
        let dir = tempfile::tempdir().unwrap();
        let ten_s_ago = SystemTime::now() - Duration::from_secs(10);
        write_at(&dir.path().join("same.txt"), TEXT, ten_s_ago);
        write_at(&dir.path().join("edited.txt"), TEXT, ten_s_ago);
        write_at(&dir.path().join("recent.txt"), TEXT, SystemTime::now());
        // Read half a second after being written: inside the window.
        let soon = |rel: &str| record_of(dir.path(), rel, TEXT, 500_000_000);
        let mut records = vec![soon("same.txt"), soon("edited.txt"), soon("recent.txt")];
        // Same size and time, other bytes: only the hash tells.
        write_at(
            &dir.path().join("edited.txt"),
            "Title\n\nTeXt.\n",
            ten_s_ago,
        );
        let before: Vec<u64> = records.iter().map(|r| r.checked).collect();
        settle(&mut records, dir.path());
        let meta = |rel: &str| std::fs::metadata(dir.path().join(rel)).unwrap();
        assert!(records[0].checked > before[0]);
        assert!(records[0].unchanged_by_metadata(&meta("same.txt")));
        assert_eq!(
            records[1].checked, before[1],
            "a changed file stays unvouched"
        );
        assert!(!records[1].unchanged_by_metadata(&meta("edited.txt")));
        assert_eq!(records[2].checked, before[2], "still inside the window");
    }

    #[test]
    fn a_record_is_refreshed_only_when_size_and_time_then_vouch_for_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_at(&path, TEXT, SystemTime::now() - Duration::from_secs(60));
        let now = nanos(SystemTime::now());
        let mtime = mtime_of(&std::fs::metadata(&path).unwrap());
        let old = record_of(dir.path(), "a.txt", TEXT, now - mtime);
        assert!(refreshed_record(&old, &std::fs::metadata(&path).unwrap(), now).is_none());
        write_at(&path, TEXT, SystemTime::now() - Duration::from_secs(30));
        let meta = std::fs::metadata(&path).unwrap();
        let new = refreshed_record(&old, &meta, now).expect("touched: re-stamped");
        assert!(new.unchanged_by_metadata(&meta));
        assert_eq!((new.hash, new.meta), (old.hash.clone(), old.meta.clone()));
        // Touched a moment ago: a run starting now cannot vouch for it either.
        write_at(&path, TEXT, SystemTime::now());
        let meta = std::fs::metadata(&path).unwrap();
        assert!(refreshed_record(&old, &meta, now).is_none());
    }
}
