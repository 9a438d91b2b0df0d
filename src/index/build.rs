//! Building and updating the index from a corpus folder, incrementally.
//!
//! Each file's record stores its size, modification time, content hash and manifest
//! entry hash. A run re-reads only files whose size or time changed, re-indexes only
//! those whose content or metadata really changed, removes documents whose files are
//! gone, and commits once at the end. A run that changes nothing does not commit.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, UNIX_EPOCH};

use rayon::prelude::*;
use tantivy::{Index, IndexWriter, TantivyDocument, Term};

use super::schema::{self, Fields, KIND_CHROME, KIND_DOC, KIND_PASSAGE};
use super::{
    document_records, folder_state, remove_tantivy_files, DocRecord, FolderState, Stamp, WriterLock,
};
use crate::corpus::chrome::Role;
use crate::corpus::decode;
use crate::corpus::manifest::{Entry, Manifest};
use crate::corpus::{self, Document, Passage, Skipped};
use crate::error::{Error, Result};
use crate::lang::LangDetector;

/// Memory the index writer may use, in bytes, across all its threads.
pub const WRITER_BUDGET: usize = 96 * 1024 * 1024;
/// Raw bytes read and prepared at a time (a larger single file is its own chunk).
const CHUNK_BYTES: u64 = 16 * 1024 * 1024;
/// Commit after this many bytes of changed files, so a crash loses little work.
const COMMIT_EVERY_BYTES: u64 = 256 * 1024 * 1024;

/// Commits with accord's stamp in the payload.
fn commit(writer: &mut IndexWriter) -> Result<()> {
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&serde_json::to_string(&Stamp::current()).expect("stamp serialises"));
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
    /// Done (before the commit).
    fn finish(&mut self);
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
    /// Files not indexed, with reasons.
    pub skipped: Vec<Skipped>,
    /// Things the user should know (inferred metadata, guessed encodings...).
    pub notices: Vec<String>,
    /// Passages written in this run.
    pub passages: usize,
    /// Bytes of text read and indexed in this run.
    pub bytes: u64,
    /// Whether a commit was made.
    pub committed: bool,
    /// Wall time.
    pub elapsed: Duration,
}

impl BuildReport {
    /// Did this run change the index?
    pub fn changed(&self) -> bool {
        !(self.added.is_empty() && self.updated.is_empty() && self.removed.is_empty())
    }
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

fn mtime_of(meta: &std::fs::Metadata) -> u64 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// Opens the index for writing, creating or recreating it as needed.
fn open_for_writing(path: &Path, rebuild: bool) -> Result<(Index, bool)> {
    let create = |path: &Path| -> Result<Index> {
        std::fs::create_dir_all(path).map_err(|e| Error::io(path, e))?;
        let index = Index::builder()
            .schema(schema::build())
            .settings(schema::settings())
            .create_in_dir(path)?;
        Ok(index)
    };
    match folder_state(path)? {
        FolderState::Foreign => Err(Error::NotAnIndex(path.to_path_buf())),
        FolderState::Empty => Ok((create(path)?, true)),
        FolderState::Index => {
            let opened = Index::open_in_dir(path)
                .map_err(|e| Error::DamagedIndex {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                })
                .and_then(|index| super::check_stamp(path, &index).map(|()| index))
                .and_then(|index| match schema::Fields::from_schema(&index.schema()) {
                    Some(_) => Ok(index),
                    None => Err(Error::DamagedIndex {
                        path: path.to_path_buf(),
                        detail: "its schema is not accord's".into(),
                    }),
                });
            match opened {
                Ok(index) if !rebuild => Ok((index, false)),
                // A folder holding some other tantivy index is not ours to clear.
                Err(Error::NotAnIndex(p)) => Err(Error::NotAnIndex(p)),
                Err(e) if !rebuild => Err(e),
                _ => {
                    remove_tantivy_files(path)?;
                    Ok((create(path)?, true))
                }
            }
        }
    }
}

fn add_passage(
    writer: &IndexWriter,
    f: &Fields,
    meta: &corpus::DocMeta,
    p: &Passage,
) -> Result<()> {
    let mut doc = TantivyDocument::default();
    let chrome = matches!(p.role, Role::Chrome(_));
    doc.add_text(f.kind, if chrome { KIND_CHROME } else { KIND_PASSAGE });
    doc.add_text(f.doc_key, &meta.path);
    doc.add_text(f.doc, &meta.id);
    doc.add_text(f.lang, p.lang.code());
    doc.add_u64(f.line_start, p.span.line_start as u64);
    doc.add_u64(f.line_end, p.span.line_end as u64);
    doc.add_u64(f.byte_start, p.span.byte_start as u64);
    doc.add_u64(f.byte_end, p.span.byte_end as u64);
    doc.add_u64(f.position, p.position as u64);
    doc.add_text(f.text, &p.text);
    if let Role::Chrome(reason) = p.role {
        doc.add_text(f.reason, reason.label());
    } else {
        doc.add_text(f.exact, &p.text);
        doc.add_text(f.folded, &p.text);
        doc.add_text(f.lang_field(p.lang), &p.text);
    }
    writer.add_document(doc)?;
    Ok(())
}

fn add_document(
    writer: &IndexWriter,
    f: &Fields,
    doc: &Document,
    record: &DocRecord,
) -> Result<()> {
    let mut rec = TantivyDocument::default();
    rec.add_text(f.kind, KIND_DOC);
    rec.add_text(f.doc_key, &doc.meta.path);
    rec.add_text(f.doc, &doc.meta.id);
    rec.add_text(f.lang, &doc.meta.lang);
    rec.add_text(
        f.meta,
        serde_json::to_string(record).expect("a record serialises"),
    );
    writer.add_document(rec)?;
    for p in doc.passages.iter().chain(&doc.set_aside) {
        add_passage(writer, f, &doc.meta, p)?;
    }
    Ok(())
}

/// Brings the index in `opts.index` up to date with the corpus in `opts.corpus`.
pub fn build(opts: &BuildOptions, progress: &mut dyn Progress) -> Result<BuildReport> {
    let started = Instant::now();
    let discovery = corpus::discover(&opts.corpus)?;
    let manifest = Manifest::load(&opts.corpus)?;
    let _lock = WriterLock::acquire(&opts.index)?;
    let (index, fresh) = open_for_writing(&opts.index, opts.rebuild)?;
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
    let mut writer: IndexWriter = index.writer_with_num_threads(threads, WRITER_BUDGET)?;
    let detector = LangDetector::default();

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
                if old.bytes == meta.len()
                    && old.mtime == mtime_of(&meta)
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
                Prepared::Unchanged => {
                    if let Some(old) = old {
                        ids.insert(old.meta.id.clone());
                    }
                    report.unchanged += 1;
                }
                Prepared::ReadError(reason) => {
                    report.skipped.push(Skipped {
                        rel: file.rel.clone(),
                        reason,
                    });
                    // Unreadable for now (permissions, a file being written): keep what
                    // the index has rather than lose it.
                    if let Some(old) = old {
                        ids.insert(old.meta.id.clone());
                        report.unchanged += 1;
                    }
                }
                Prepared::Unreadable(reason) => {
                    report.skipped.push(Skipped {
                        rel: file.rel.clone(),
                        reason,
                    });
                    if old.is_some() {
                        writer.delete_term(Term::from_field_text(fields.doc_key, &file.rel));
                        report.removed.push(file.rel.clone());
                    }
                }
                Prepared::Ready(ready) => {
                    let Ready {
                        mut doc,
                        encoding,
                        guessed,
                        hash,
                        manifest_hash,
                    } = *ready;
                    if guessed {
                        report.notices.push(format!(
                            "{} is not UTF-8; decoded as {encoding} (detected)",
                            file.rel
                        ));
                    }
                    if entry.is_none() {
                        let base = doc.meta.id.clone();
                        let mut n = 2;
                        while ids.contains(&doc.meta.id) {
                            doc.meta.id = format!("{base}-{n}");
                            n += 1;
                        }
                        report.notices.push(format!(
                            "{} has no entry in the manifest; indexed as '{}' with inferred title \"{}\" and language {}",
                            file.rel, doc.meta.id, doc.meta.title, doc.meta.lang
                        ));
                    }
                    ids.insert(doc.meta.id.clone());
                    let record = DocRecord {
                        meta: doc.meta.clone(),
                        passages: doc.passages.len(),
                        set_aside: doc.set_aside.len(),
                        duplicates: doc.duplicates,
                        bytes: meta.len(),
                        encoding: encoding.to_string(),
                        hash,
                        mtime: mtime_of(meta),
                        manifest_hash,
                    };
                    if old.is_some() {
                        writer.delete_term(Term::from_field_text(fields.doc_key, &file.rel));
                        report.updated.push(file.rel.clone());
                    } else {
                        report.added.push(file.rel.clone());
                    }
                    add_document(&writer, &fields, &doc, &record)?;
                    report.passages += doc.passages.len();
                    report.bytes += meta.len();
                    since_commit += meta.len();
                }
            }
        }
        // A long run commits as it goes: a crash loses at most this much work, and the
        // next run skips what was committed.
        if since_commit >= COMMIT_EVERY_BYTES {
            commit(&mut writer)?;
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

    if fresh || report.changed() {
        commit(&mut writer)?;
        report.committed = true;
    } else {
        writer.rollback()?;
    }
    writer.wait_merging_threads()?;
    report.elapsed = started.elapsed();
    Ok(report)
}
