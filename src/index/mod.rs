//! The index: where passages are stored, how it is opened, locked and versioned.
//!
//! An accord index is a tantivy index whose last commit carries a payload
//! `{"format": N, "accord": "x.y.z"}`. Opening checks that stamp: no stamp means the
//! folder is not accord's, an older `format` means "rebuild". accord only ever deletes
//! files tantivy created in an index folder; anything else in it is left alone.

pub mod build;
mod open;
pub mod read;
pub mod read_only;
pub mod schema;
pub mod spans;
pub mod text;

pub use open::{open_or_build, Opened};

use std::fs::File;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tantivy::{Index, IndexReader, ReloadPolicy};

use crate::corpus::{DocMeta, TextRelation};
use crate::error::{Error, IoOp, Result};
pub use read::document_records;
pub use schema::{Fields, FORMAT_VERSION};

/// Name of accord's writer lock inside the index folder.
pub const LOCK_FILE: &str = ".accord-writer.lock";

/// A document's record in the index: metadata plus what indexing found.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct DocRecord {
    /// Metadata.
    #[serde(flatten)]
    pub meta: DocMeta,
    /// The document's number in this index, what its passages' spans name (shorter
    /// than its id); kept across updates of the file.
    pub number: u64,
    /// Passages indexed.
    pub passages: usize,
    /// Blocks set aside as web-page chrome.
    pub set_aside: usize,
    /// Repeated blocks dropped.
    pub duplicates: usize,
    /// File size in bytes.
    pub bytes: u64,
    /// How the passages' text relates to the file's bytes (decided by `corpus` when it
    /// read the file): whether the index stores it, or reads it back from the file.
    pub relation: TextRelation,
    /// blake3 of the file's bytes.
    pub hash: String,
    /// Modification time (nanoseconds since the epoch), for a cheap unchanged check.
    pub mtime: u64,
    /// When the indexing run that read the file started (nanoseconds since the epoch).
    pub checked: u64,
    /// blake3 of the manifest entry (or of its absence).
    pub manifest_hash: String,
}

/// A file modified this close to (or after) the moment it was read may have changed
/// again within the file system's timestamp granularity (one or two seconds on some):
/// size and time then prove nothing, and its content is hashed.
pub(crate) const RACY_NANOS: u64 = 2_000_000_000;

/// Modification time in nanoseconds since the epoch (0 if unknown).
pub(crate) fn mtime_of(meta: &std::fs::Metadata) -> u64 {
    meta.modified().map(nanos).unwrap_or(0)
}

pub(crate) fn nanos(t: std::time::SystemTime) -> u64 {
    t.duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos().min(u64::MAX as u128) as u64)
        .unwrap_or(0)
}

impl DocRecord {
    /// Whether size and modification time alone show that a file with metadata `meta`
    /// still has the content this record was made from (as `make` and git judge it):
    /// same size, same modification time, and that time well before the file was read.
    pub fn unchanged_by_metadata(&self, meta: &std::fs::Metadata) -> bool {
        self.bytes == meta.len() && self.mtime == mtime_of(meta) && !self.read_too_soon()
    }

    /// Whether the index stores the passages' text (it is not the file's bytes at their
    /// spans), rather than reading it back from the file.
    pub fn stores_text(&self) -> bool {
        self.relation.stores_text()
    }

    /// How the file's text was had, as users are told it: its encoding (`UTF-8`,
    /// `UTF-8 with BOM`, `windows-1250`), or the format its text was extracted from.
    pub fn encoding_label(&self) -> String {
        match &self.relation {
            TextRelation::Verbatim => "UTF-8".to_string(),
            TextRelation::Transcoded { encoding } => encoding.clone(),
            TextRelation::Extracted { format } => format!("text extracted from {}", format.name()),
        }
    }

    /// The day the index last read the file, or found it unchanged (UTC,
    /// `YYYY-MM-DD`): what a citation gives as the date its text was taken.
    pub fn indexed_on(&self) -> String {
        utc_date(self.checked)
    }

    /// Whether the file was read within [`RACY_NANOS`] of its recorded modification
    /// time: it may have changed again without its time showing it.
    pub(crate) fn read_too_soon(&self) -> bool {
        self.mtime.saturating_add(RACY_NANOS) >= self.checked
    }
}

/// The UTC calendar day (`YYYY-MM-DD`) of a moment given in nanoseconds since the
/// epoch, as records keep time.
pub fn utc_date(nanos: u64) -> String {
    // Days to civil date (Howard Hinnant's algorithm), in eras of 400 years.
    let z = (nanos / 86_400_000_000_000) as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// blake3 of everything `reader` yields, as the hex string records keep.
pub(crate) fn content_hash(mut reader: impl Read) -> std::io::Result<String> {
    let mut hasher = blake3::Hasher::new();
    std::io::copy(&mut reader, &mut hasher)?;
    Ok(hasher.finalize().to_hex().to_string())
}

/// Records for tests: what indexing a file would write.
#[cfg(test)]
pub(crate) mod testing {
    use super::{mtime_of, DocRecord};
    use crate::corpus::{DocMeta, TextRelation};
    use std::path::Path;
    use std::time::SystemTime;

    /// The record indexing `body` as the file `rel` of `dir` would make, read `lag`
    /// nanoseconds after its last modification.
    pub fn record_of(dir: &Path, rel: &str, body: &str, lag: u64) -> DocRecord {
        let meta = std::fs::metadata(dir.join(rel)).unwrap();
        let mtime = mtime_of(&meta);
        DocRecord {
            meta: DocMeta {
                id: "a".into(),
                path: rel.into(),
                title: "A".into(),
                publisher: "p".into(),
                date: None,
                lang: crate::lang::Lang::En,
                origin: None,
                event: None,
                inferred: false,
                sources: Default::default(),
            },
            number: 1,
            passages: 1,
            set_aside: 0,
            duplicates: 0,
            bytes: body.len() as u64,
            relation: TextRelation::Verbatim,
            hash: blake3::hash(body.as_bytes()).to_hex().to_string(),
            mtime,
            checked: mtime + lag,
            manifest_hash: String::new(),
        }
    }

    /// Writes `text` to `path` and sets its modification time to `time`.
    pub fn write_at(path: &Path, text: &str, time: SystemTime) {
        std::fs::write(path, text).unwrap();
        let file = std::fs::File::options().write(true).open(path).unwrap();
        file.set_modified(time).unwrap();
    }
}

/// The commit payload that marks an accord index.
#[derive(Debug, Serialize, Deserialize)]
pub struct Stamp {
    /// On-disk format version.
    pub format: u32,
    /// accord version that wrote it.
    pub accord: String,
    /// The corpus folder it was built from (absolute), where passage text is read.
    #[serde(default)]
    pub corpus: Option<PathBuf>,
}

impl Stamp {
    /// This accord's stamp for an index of `corpus`.
    pub fn current(corpus: &Path) -> Stamp {
        Stamp {
            format: FORMAT_VERSION,
            accord: env!("CARGO_PKG_VERSION").to_string(),
            corpus: Some(std::path::absolute(corpus).unwrap_or_else(|_| corpus.to_path_buf())),
        }
    }
}

/// What an index folder holds.
#[derive(Debug, PartialEq, Eq)]
pub enum FolderState {
    /// Missing, or nothing but hidden files and READMEs: a new index can go here.
    Empty,
    /// A tantivy index (accord's or not: [`AccordIndex::open`] tells).
    Index,
    /// Something else: not to be touched.
    Foreign,
}

/// Looks at `path` without changing it.
pub fn folder_state(path: &Path) -> Result<FolderState> {
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FolderState::Empty),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => return Ok(FolderState::Foreign),
        Err(e) => return Err(Error::io(IoOp::List, path, e)),
    };
    let mut other = false;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == "meta.json" {
            return Ok(FolderState::Index);
        }
        let tantivy_file = is_tantivy_file(&name);
        if !(name.starts_with('.')
            || name.to_ascii_uppercase().starts_with("README")
            || tantivy_file)
        {
            other = true;
        }
    }
    Ok(if other {
        FolderState::Foreign
    } else {
        FolderState::Empty
    })
}

/// Files tantivy writes: `meta.json`, `.managed.json`, its locks, and segment files
/// named by a 32-hex-digit id (accord's span files among them).
pub fn is_tantivy_file(name: &str) -> bool {
    if matches!(
        name,
        "meta.json" | ".managed.json" | ".tantivy-meta.lock" | ".tantivy-writer.lock"
    ) {
        return true;
    }
    let Some((id, rest)) = name.split_once('.') else {
        return false;
    };
    let ext = rest.rsplit('.').next().unwrap_or("");
    id.len() == 32
        && id.chars().all(|c| c.is_ascii_hexdigit())
        && matches!(
            ext,
            "idx" | "pos" | "term" | "store" | "fast" | "fieldnorm" | "del" | spans::EXTENSION
        )
}

/// Removes the files tantivy made in `path`, and nothing else.
pub fn remove_tantivy_files(path: &Path) -> Result<()> {
    let entries = std::fs::read_dir(path).map_err(|e| Error::io(IoOp::List, path, e))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if is_tantivy_file(&name) && name != ".tantivy-writer.lock" {
            std::fs::remove_file(entry.path())
                .map_err(|e| Error::io(IoOp::Remove, entry.path(), e))?;
        }
    }
    Ok(())
}

/// Holds accord's writer lock on an index folder until dropped.
///
/// An OS file lock (flock): it dies with its process, so a killed indexer never leaves
/// a lock that blocks the next one. The file's text says who holds it.
pub struct WriterLock {
    _file: File,
}

impl WriterLock {
    /// Takes the lock, or says who holds it.
    pub fn acquire(index: &Path) -> Result<WriterLock> {
        std::fs::create_dir_all(index).map_err(|e| Error::io(IoOp::Create, index, e))?;
        let path = index.join(LOCK_FILE);
        let mut file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| Error::io(IoOp::Open, &path, e))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(std::fs::TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                let holder = holder.trim();
                return Err(Error::Locked {
                    path: index.to_path_buf(),
                    holder: if holder.is_empty() {
                        "holder unknown".to_string()
                    } else {
                        holder.to_string()
                    },
                });
            }
            Err(std::fs::TryLockError::Error(e)) => return Err(Error::io(IoOp::Lock, &path, e)),
        }
        let started = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        file.set_len(0)
            .map_err(|e| Error::io(IoOp::Write, &path, e))?;
        write!(
            file,
            "held by pid {}, started at unix time {started}",
            std::process::id()
        )
        .map_err(|e| Error::io(IoOp::Write, &path, e))?;
        Ok(WriterLock { _file: file })
    }
}

/// An opened accord index, ready to search.
pub struct AccordIndex {
    /// Where it lives.
    path: PathBuf,
    /// The tantivy index, with accord's analyzers registered.
    index: Index,
    /// Field handles.
    fields: Fields,
    /// Reader over the last commit.
    reader: IndexReader,
    /// Corpus folders to read passage text from, in order: the one the index was
    /// built from, then any the caller adds ([`AccordIndex::add_corpus`]).
    corpus: Vec<PathBuf>,
}

fn damaged(path: &Path, detail: impl std::fmt::Display) -> Error {
    Error::DamagedIndex {
        path: path.to_path_buf(),
        detail: detail.to_string(),
    }
}

impl AccordIndex {
    /// Opens the index in `path` for reading, checking it is accord's and current.
    pub fn open(path: &Path) -> Result<AccordIndex> {
        match folder_state(path)? {
            FolderState::Empty => return Err(Error::NoIndex(path.to_path_buf())),
            FolderState::Foreign if path.exists() && !path.is_dir() => {
                return Err(Error::io(
                    crate::error::IoOp::Open,
                    path,
                    std::io::Error::new(
                        std::io::ErrorKind::NotADirectory,
                        "it is a file, not an index folder",
                    ),
                ))
            }
            FolderState::Foreign => return Err(Error::NotAnIndex(path.to_path_buf())),
            FolderState::Index => {}
        }
        // Searching needs no write access: a shared or read-only copy is searched.
        let index = read_only::open(path, spans::SpanPlugin::new())
            .map_err(|e| read_only::classify(path, e))?;
        let stamp = check_stamp(path, &index)?;
        let fields = Fields::from_schema(&index.schema())
            .ok_or_else(|| damaged(path, "its schema is not accord's"))?;
        crate::analysis::register(index.tokenizers());
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| read_only::classify(path, e))?;
        Ok(AccordIndex {
            path: path.to_path_buf(),
            index,
            fields,
            reader,
            corpus: stamp.corpus.into_iter().collect(),
        })
    }

    /// The index folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The tantivy index, with accord's analyzers registered.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// Field handles of accord's schema.
    pub fn fields(&self) -> Fields {
        self.fields
    }

    /// A searcher over the last commit seen when the index was opened.
    pub fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// The corpus folders passage text is read from, in the order they are tried.
    pub fn corpus(&self) -> &[PathBuf] {
        &self.corpus
    }

    /// Also reads passage text from `corpus` (after the folder the index was built
    /// from): the index and the corpus may have moved together.
    pub fn add_corpus(&mut self, corpus: &Path) {
        if !self.corpus.iter().any(|c| c == corpus) {
            self.corpus.push(corpus.to_path_buf());
        }
    }

    /// A reader of passage text from this index's corpus folders.
    pub fn text_source(&self) -> text::TextSource {
        text::TextSource::new(self.corpus.clone())
    }
}

/// Opens the tantivy index in `path` with accord's segment plugin `spans` attached
/// (tantivy does not store plugins, as it does not store analyzers).
pub fn open_tantivy(path: &Path, spans: Arc<spans::SpanPlugin>) -> tantivy::Result<Index> {
    let mut index = Index::open_in_dir(path)?;
    index.register_plugin(spans);
    Ok(index)
}

/// Checks the commit payload of an opened tantivy index, and returns it.
pub fn check_stamp(path: &Path, index: &Index) -> Result<Stamp> {
    let metas = index
        .load_metas()
        .map_err(|e| read_only::classify(path, e))?;
    let stamp: Option<Stamp> = metas
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok());
    match stamp {
        // accord's schema, no commit yet: an indexing run was killed right after
        // creating the folder. Nothing to lose; it is an index still to be built.
        None if metas.segments.is_empty() && Fields::from_schema(&index.schema()).is_some() => {
            Err(Error::NoIndex(path.to_path_buf()))
        }
        None => Err(Error::NotAnIndex(path.to_path_buf())),
        Some(s) if s.format != FORMAT_VERSION => Err(Error::OldIndex {
            path: path.to_path_buf(),
            found: s.format,
            expected: FORMAT_VERSION,
        }),
        Some(s) => Ok(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates_of_moments() {
        const DAY: u64 = 86_400_000_000_000;
        assert_eq!(utc_date(0), "1970-01-01");
        assert_eq!(utc_date(DAY - 1), "1970-01-01");
        // 2000-02-29 (a leap day of a century year) is day 11016.
        assert_eq!(utc_date(11_016 * DAY), "2000-02-29");
        assert_eq!(utc_date(11_017 * DAY), "2000-03-01");
        // 2026-12-03 12:00 UTC is 1796299200 seconds.
        assert_eq!(utc_date(1_796_299_200 * 1_000_000_000), "2026-12-03");
        assert_eq!(utc_date(u64::MAX), "2554-07-21");
    }

    #[test]
    fn recognises_tantivy_files_only() {
        assert!(is_tantivy_file("meta.json"));
        assert!(is_tantivy_file("0123456789abcdef0123456789abcdef.idx"));
        assert!(is_tantivy_file("0123456789abcdef0123456789abcdef.12.del"));
        assert!(!is_tantivy_file("notes.txt"));
        assert!(!is_tantivy_file("0123456789abcdef0123456789abcdef.txt"));
    }

    #[test]
    fn folder_states() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            folder_state(&dir.path().join("nope")).unwrap(),
            FolderState::Empty
        );
        std::fs::write(dir.path().join(".gitignore"), "*").unwrap();
        assert_eq!(folder_state(dir.path()).unwrap(), FolderState::Empty);
        std::fs::write(dir.path().join("thesis.docx"), "x").unwrap();
        assert_eq!(folder_state(dir.path()).unwrap(), FolderState::Foreign);
    }

    #[test]
    fn second_lock_is_refused_and_names_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let _held = WriterLock::acquire(dir.path()).unwrap();
        let err = WriterLock::acquire(dir.path()).err().unwrap().to_string();
        assert!(
            err.contains(&format!("pid {}", std::process::id())),
            "{err}"
        );
    }
}
