//! Building and updating the index from a corpus folder, incrementally.
//!
//! Each file's record stores its size, modification time, content hash and manifest
//! entry hash. A run re-reads only files whose size or time changed, re-indexes only
//! those whose content or metadata really changed, removes documents whose files are
//! gone, and commits once at the end. A run that changes nothing does not commit.
//!
//! This module decides what changed and orchestrates; `corpus` turns each file into a
//! document ([`corpus::read`], [`corpus::stream`] for a file too large to hold), and
//! the rooms here feed tantivy (`feed`: batches and back-pressure), write and re-stamp
//! records (`records`), merge segments (`merge`) and report (`report`).

mod feed;
mod merge;
mod records;
mod report;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use tantivy::{Index, IndexWriter, Term};

use super::schema::{self, Fields};
use super::spans::SpanPlugin;
use super::{
    document_records, folder_state, mtime_of, nanos, remove_tantivy_files, DocRecord, FolderState,
    Stamp, WriterLock,
};
use crate::corpus::manifest::{Entry, Manifest};
use crate::corpus::stream::{self, Stream, StreamError};
use crate::corpus::{self, Document, Format, Skipped};
use crate::error::{Error, IoOp, Result};
use crate::lang::LangDetector;
use feed::Feed;
use merge::merge_segments;
use records::{add_records, record_query, refreshed_record};
pub use report::{BuildReport, NoProgress, Progress};
pub use stream::LARGE_FILE;

/// Memory the index writer may use, in bytes, across all its threads.
pub const WRITER_BUDGET: usize = 96 * 1024 * 1024;
/// Raw bytes read and prepared at a time (a larger single file is its own chunk).
const CHUNK_BYTES: u64 = 16 * 1024 * 1024;
/// Commit after this many bytes of changed files, so a crash loses little work.
const COMMIT_EVERY_BYTES: u64 = 256 * 1024 * 1024;

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
    hash: String,
    manifest_hash: String,
}

/// Whether a file is read window by window: plain text over the streaming size (other
/// formats need their whole structure, and are read whole).
fn streams(file: &corpus::CorpusFile) -> bool {
    file.format == Format::Text
        && std::fs::metadata(&file.path).is_ok_and(|m| m.len() > stream::large_file())
}

fn prepare_file(
    file: &corpus::CorpusFile,
    entry: Option<&Entry>,
    old: Option<&DocRecord>,
    detector: &LangDetector,
) -> Prepared {
    if streams(file) {
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
    match corpus::read(&file.rel, &bytes, entry, detector) {
        Ok(doc) => Prepared::Ready(Box::new(Ready {
            doc,
            hash,
            manifest_hash: mhash,
        })),
        Err(why) => Prepared::Unreadable(why.to_string()),
    }
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

fn hash_file(path: &Path) -> std::io::Result<String> {
    super::content_hash(std::fs::File::open(path)?)
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

/// Indexes a file over [`LARGE_FILE`] window by window ([`corpus::stream`]): a
/// streamed hash first (an unchanged file is not read again), then each window's
/// passages as they come, so memory stays bounded by a window.
fn index_large(
    feed: &Feed,
    file: &corpus::CorpusFile,
    meta: &std::fs::Metadata,
    entry: Option<&Entry>,
    old: Option<&DocRecord>,
    detector: &LangDetector,
    number: u64,
) -> std::io::Result<LargeOutcome> {
    let f = feed.fields;
    let checked = nanos(std::time::SystemTime::now());
    let hash = hash_file(&file.path)?;
    let mhash = manifest_hash(entry);
    if old.is_some_and(|o| o.hash == hash && o.manifest_hash == mhash) {
        return Ok(LargeOutcome::Unchanged);
    }
    // Whatever was written of the file goes: the delete applies to everything added
    // before it, the old version's passages and any windows of this run.
    let forget = || {
        feed.writer
            .delete_term(Term::from_field_text(f.doc_key, &file.rel))
    };
    if old.is_some() {
        forget();
    }
    let failed = |e: StreamError| match e {
        StreamError::Io(e) => Err(e),
        StreamError::Unreadable(why) => {
            forget();
            Ok(LargeOutcome::Unreadable(why.to_string()))
        }
    };
    let mut stream = match Stream::open(&file.path, &file.rel, entry, detector) {
        Ok(stream) => stream,
        Err(e) => return failed(e),
    };
    loop {
        match stream.next_window() {
            Ok(Some(doc)) => {
                if let Err(bad) = feed.document(&doc, number).map_err(std::io::Error::other)? {
                    forget();
                    return Ok(LargeOutcome::Unreadable(bad.reason()));
                }
            }
            Ok(None) => break,
            Err(e) => {
                forget();
                return failed(e);
            }
        }
    }
    let totals = match stream.totals() {
        Ok(totals) => totals,
        Err(why) => {
            forget();
            return Ok(LargeOutcome::Unreadable(why.to_string()));
        }
    };
    let record = DocRecord {
        meta: totals.meta,
        number,
        passages: totals.passages,
        set_aside: totals.set_aside,
        duplicates: totals.duplicates,
        bytes: meta.len(),
        relation: totals.relation,
        hash,
        mtime: mtime_of(meta),
        checked,
        manifest_hash: mhash,
    };
    Ok(LargeOutcome::Indexed {
        record: Box::new(record),
        guessed: totals.guessed_encoding,
    })
}

/// Brings the index in `opts.index` up to date with the corpus in `opts.corpus`.
///
/// A disk that fills up on the way is [`Error::DiskFull`] naming the index folder;
/// what the last commit holds stays searchable.
pub fn build(opts: &BuildOptions, progress: &mut dyn Progress) -> Result<BuildReport> {
    update(opts, progress).map_err(|e| e.or_disk_full(&opts.index))
}

fn update(opts: &BuildOptions, progress: &mut dyn Progress) -> Result<BuildReport> {
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
                fields: &fields,
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
                    let number = numbers.for_file(old);
                    let outcome = index_large(&feed!(), file, meta, entry, old, &detector, number);
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
                        Ok(LargeOutcome::Indexed {
                            mut record,
                            guessed,
                        }) => {
                            claim_id(&mut ids, &mut record.meta, entry.is_none());
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
                        relation: doc.relation.clone(),
                        hash,
                        mtime: mtime_of(meta),
                        checked,
                        manifest_hash,
                    };
                    let docs = match feed!().prepare(&doc, record.number) {
                        Ok(docs) => docs,
                        Err(bad) => {
                            // Nothing of it was sent; its old version goes.
                            report.drop(&writer, &fields, &file.rel, bad.reason(), old.is_some());
                            continue;
                        }
                    };
                    if old.is_some() {
                        writer.delete_term(Term::from_field_text(fields.doc_key, &file.rel));
                    }
                    feed!().send_all(docs)?;
                    report.indexed(
                        &file.rel,
                        &record,
                        doc.guessed_encoding,
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
    if report.committed || !opts.index.join(crate::index::read::FILE_LIST).exists() {
        crate::index::read::write_file_list(&index, &fields, &opts.index)?;
    }
    report.elapsed = started.elapsed();
    Ok(report)
}
