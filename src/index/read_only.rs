//! Opening an index the searcher cannot write to: a shared copy, another user's index,
//! a read-only mount.
//!
//! tantivy's readers take two liberties with the folder that need write access: they
//! read `.managed.json` (the list of files a writer may garbage-collect, which tantivy
//! writes readable by its owner only), and they take the meta lock (a lock file opened
//! for writing) while opening segments, so that a writer's garbage collection cannot
//! delete files under them. Neither is needed to search: [`Tolerant`] wraps the
//! folder's directory and, only where the operating system refuses, reads an
//! unreadable `.managed.json` as an empty list and opens segments without the lock.
//! Everything a search reads (segments, span files, `meta.json`) is read as before;
//! nothing is written.

use std::path::Path;
use std::sync::Arc;

use tantivy::directory::error::{DeleteError, LockError, OpenReadError, OpenWriteError};
use tantivy::directory::{
    Directory, DirectoryLock, FileHandle, Lock, MmapDirectory, WatchCallback, WatchHandle, WritePtr,
};

/// The file a writer keeps the list of its files in.
const MANAGED_FILE: &str = ".managed.json";

/// Whether an I/O error says this process may not write (or read) there.
fn refused(kind: std::io::ErrorKind) -> bool {
    matches!(
        kind,
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    )
}

/// A folder's directory that searches it even where it may not write.
#[derive(Debug, Clone)]
pub struct Tolerant {
    inner: MmapDirectory,
}

impl Tolerant {
    /// The directory of the index folder `path`.
    pub fn open(path: &Path) -> tantivy::Result<Tolerant> {
        Ok(Tolerant {
            inner: MmapDirectory::open(path)?,
        })
    }
}

impl Directory for Tolerant {
    fn get_file_handle(&self, path: &Path) -> Result<Arc<dyn FileHandle>, OpenReadError> {
        self.inner.get_file_handle(path)
    }

    fn delete(&self, path: &Path) -> Result<(), DeleteError> {
        self.inner.delete(path)
    }

    fn exists(&self, path: &Path) -> Result<bool, OpenReadError> {
        self.inner.exists(path)
    }

    fn open_write(&self, path: &Path) -> Result<WritePtr, OpenWriteError> {
        self.inner.open_write(path)
    }

    fn atomic_read(&self, path: &Path) -> Result<Vec<u8>, OpenReadError> {
        match self.inner.atomic_read(path) {
            // Only a writer's garbage collection uses the list; a reader that may not
            // read it has nothing to collect.
            Err(OpenReadError::IoError { io_error, .. })
                if path == Path::new(MANAGED_FILE) && refused(io_error.kind()) =>
            {
                Err(OpenReadError::FileDoesNotExist(path.to_path_buf()))
            }
            other => other,
        }
    }

    fn atomic_write(&self, path: &Path, data: &[u8]) -> std::io::Result<()> {
        self.inner.atomic_write(path, data)
    }

    fn sync_directory(&self) -> std::io::Result<()> {
        self.inner.sync_directory()
    }

    fn acquire_lock(&self, lock: &Lock) -> Result<DirectoryLock, LockError> {
        match self.inner.acquire_lock(lock) {
            // A folder this process may not write to has no writer of its own to
            // fear; another user's writer could still collect files while segments
            // open, which then fails as a read error, not as damage.
            Err(LockError::IoError(e)) if refused(e.kind()) => {
                Ok(DirectoryLock::from(Box::new(())))
            }
            other => other,
        }
    }

    fn watch(&self, watch_callback: WatchCallback) -> tantivy::Result<WatchHandle> {
        self.inner.watch(watch_callback)
    }
}

/// Opens the index in `path` for searching, with accord's segment plugin `spans`.
pub fn open(path: &Path, spans: Arc<super::spans::SpanPlugin>) -> tantivy::Result<tantivy::Index> {
    let mut index = tantivy::Index::open(Tolerant::open(path)?)?;
    index.register_plugin(spans);
    Ok(index)
}

/// The library error for a tantivy error met while opening or reading the index in
/// `path`: what the operating system refused, on which file, when it was that (no
/// permission, a full disk, not a folder); damage only when it was not.
pub fn classify(path: &Path, error: tantivy::TantivyError) -> crate::Error {
    use crate::error::IoOp;
    use std::io::ErrorKind as K;
    use tantivy::directory::error::OpenDirectoryError;
    use tantivy::TantivyError as T;
    let damaged = || crate::Error::DamagedIndex {
        path: path.to_path_buf(),
        detail: error.to_string(),
    };
    let io = |op: crate::error::IoOp, file: &Path, e: &std::io::Error| {
        // What the system refused is said as such; a file that reads but holds
        // nonsense (truncated, corrupted) is damage.
        if !matches!(
            e.kind(),
            K::PermissionDenied
                | K::ReadOnlyFilesystem
                | K::NotADirectory
                | K::IsADirectory
                | K::StorageFull
                | K::QuotaExceeded
        ) {
            return damaged();
        }
        crate::Error::io(
            op,
            if file.is_absolute() {
                file.to_path_buf()
            } else {
                path.join(file)
            },
            std::io::Error::new(e.kind(), e.to_string()),
        )
    };
    match &error {
        T::OpenReadError(OpenReadError::IoError { io_error, filepath }) => {
            io(IoOp::Read, filepath, io_error)
        }
        T::OpenDirectoryError(OpenDirectoryError::IoError {
            io_error,
            directory_path,
        }) => io(IoOp::Open, directory_path, io_error),
        T::OpenDirectoryError(OpenDirectoryError::NotADirectory(p)) => io(
            IoOp::Open,
            p,
            &std::io::Error::from(std::io::ErrorKind::NotADirectory),
        ),
        T::OpenDirectoryError(OpenDirectoryError::DoesNotExist(_)) => {
            crate::Error::NoIndex(path.to_path_buf())
        }
        T::IoError(e) => io(IoOp::Read, path, e),
        T::LockFailure(LockError::IoError(e), _) => {
            io(IoOp::Lock, Path::new(".tantivy-meta.lock"), e)
        }
        _ => damaged(),
    }
}
