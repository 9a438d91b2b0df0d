//! The index the server answers from: always the last commit on disk.
//!
//! One [`Snapshot`] (an opened index and its document records, read once per commit)
//! is shared by every request; a request holds its `Arc` for as long as it runs, so a
//! newer snapshot can replace it at any time without waiting for readers. A watcher
//! looks at the index folder's `meta.json` (which tantivy rewrites, atomically, at
//! every commit) every [`Config::poll`](super::Config): when it changed, the index is
//! opened again at the new commit and the records re-read, so `accord index` running
//! beside the server is searched without a restart. tantivy's own reload-on-commit
//! watcher would reload the reader too, but it does not say when the folder went away
//! or stopped being readable, and the records cache would not know of the commit.
//!
//! A missing, damaged or out-of-date index is not fatal: the server keeps running,
//! reports the error on `/api/health` and in every answer that needs the index (503),
//! and tries again at each poll, so it recovers once the index is repaired.

use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime};

use crate::error::Error;
use crate::index::{AccordIndex, DocRecord};

/// An opened index at one commit, with its document records.
pub struct Snapshot {
    /// The index, reading from this commit.
    pub index: AccordIndex,
    /// Every document record, sorted by id (what `/api/docs` lists and `doc=` names).
    pub documents: Vec<DocRecord>,
    /// The commit's opstamp.
    pub opstamp: u64,
    /// The corpus folder the server was given: `file` paths are shown under it, as the
    /// CLI shows them under `--corpus`.
    pub corpus: PathBuf,
    /// When this commit was opened.
    pub opened: SystemTime,
    /// The `meta.json` this snapshot was opened at: a different one is a new commit.
    meta: Vec<u8>,
}

impl Snapshot {
    /// The record of document `id`.
    pub fn document(&self, id: &str) -> Option<&DocRecord> {
        self.documents
            .binary_search_by(|d| d.meta.id.as_str().cmp(id))
            .ok()
            .map(|i| &self.documents[i])
    }

    /// Passages indexed, over all documents.
    pub fn passages(&self) -> usize {
        self.documents.iter().map(|d| d.passages).sum()
    }
}

/// Why there is no snapshot to answer from.
#[derive(Debug, Clone)]
pub struct Unavailable {
    /// What is wrong and what to do, worded for the API's users.
    pub error: String,
    /// Since when.
    pub since: SystemTime,
}

#[derive(Clone)]
enum State {
    Ready(Arc<Snapshot>),
    Unavailable(Arc<Unavailable>),
}

/// The shared handle on the index folder.
pub struct CurrentIndex {
    path: PathBuf,
    corpus: PathBuf,
    state: RwLock<State>,
}

/// What `/api/health` reports.
#[derive(Debug, Clone)]
pub enum Health {
    /// Answering from this commit.
    Ready {
        /// Documents in the index.
        documents: usize,
        /// Passages in the index.
        passages: usize,
        /// The commit's opstamp.
        opstamp: u64,
        /// When the commit was opened.
        opened: SystemTime,
    },
    /// Not answering searches, and why.
    Unavailable(Unavailable),
}

impl CurrentIndex {
    /// Opens the index in `path` (text read from `corpus` too). Never fails: an index
    /// that cannot be opened is reported by [`CurrentIndex::get`] until it can.
    pub fn open(path: PathBuf, corpus: PathBuf) -> CurrentIndex {
        let state = load(&path, &corpus, read_meta(&path));
        CurrentIndex {
            path,
            corpus,
            state: RwLock::new(state),
        }
    }

    /// The index folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The snapshot to answer from, or why there is none.
    pub fn get(&self) -> Result<Arc<Snapshot>, Arc<Unavailable>> {
        match &*self.state.read().unwrap_or_else(|e| e.into_inner()) {
            State::Ready(s) => Ok(Arc::clone(s)),
            State::Unavailable(u) => Err(Arc::clone(u)),
        }
    }

    /// The state as `/api/health` shows it.
    pub fn health(&self) -> Health {
        match self.get() {
            Ok(s) => Health::Ready {
                documents: s.documents.len(),
                passages: s.passages(),
                opstamp: s.opstamp,
                opened: s.opened,
            },
            Err(u) => Health::Unavailable((*u).clone()),
        }
    }

    /// Looks at the folder again: opens the new commit when `meta.json` changed, and
    /// tries again when the index could not be opened before. A snapshot that was
    /// answering keeps answering if its folder changed into something unreadable
    /// only for as long as this call takes: then the error is what requests see.
    pub fn refresh(&self) {
        let meta = read_meta(&self.path);
        if let (State::Ready(s), Some(bytes)) = (&*self.read(), &meta) {
            if &s.meta == bytes {
                return;
            }
        }
        let next = load(&self.path, &self.corpus, meta);
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        // An unavailable index that is still unavailable keeps the time it broke.
        if let (State::Unavailable(old), State::Unavailable(new)) = (&*state, &next) {
            if old.error == new.error {
                return;
            }
        }
        *state = next;
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }
}

/// Calls [`CurrentIndex::refresh`] every `every`, on the blocking pool (it reads files),
/// until the returned task is aborted.
pub fn watch(current: Arc<CurrentIndex>, every: Duration) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            let current = Arc::clone(&current);
            // A panic in a refresh (a bug) must not stop the watching.
            let _ = tokio::task::spawn_blocking(move || current.refresh()).await;
        }
    })
}

fn read_meta(path: &Path) -> Option<Vec<u8>> {
    std::fs::read(path.join("meta.json")).ok()
}

fn load(path: &Path, corpus: &Path, meta: Option<Vec<u8>>) -> State {
    let unavailable = |e: Error| {
        State::Unavailable(Arc::new(Unavailable {
            error: super::ApiError::from(e).message,
            since: SystemTime::now(),
        }))
    };
    let mut index = match AccordIndex::open(path) {
        Ok(index) => index,
        Err(e) => return unavailable(e),
    };
    index.add_corpus(corpus);
    let documents = match index.documents() {
        Ok(d) => d,
        Err(e) => return unavailable(e),
    };
    let opstamp = index.tantivy().load_metas().map_or(0, |m| m.opstamp);
    State::Ready(Arc::new(Snapshot {
        index,
        documents,
        opstamp,
        corpus: corpus.to_path_buf(),
        opened: SystemTime::now(),
        meta: meta.unwrap_or_default(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_index_is_unavailable_and_says_so() {
        let dir = tempfile::tempdir().unwrap();
        let current = CurrentIndex::open(dir.path().join("index"), dir.path().join("corpus"));
        let err = current.get().err().expect("no index there");
        assert!(err.error.contains("no index in"), "{}", err.error);
        current.refresh();
        assert!(current.get().is_err());
    }

    #[test]
    fn a_foreign_folder_is_unavailable() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("thesis.docx"), "x").unwrap();
        let current = CurrentIndex::open(dir.path().to_path_buf(), dir.path().join("corpus"));
        let err = current.get().err().expect("not an index");
        assert!(err.error.contains("not an accord index"), "{}", err.error);
    }
}
