//! The library's error type: every failure a user can meet, worded so they can act on it.
//!
//! Each variant says what is wrong, where, and what to do, in the library's terms: the
//! library does not know whether a person typed a command or a page sent a request, so
//! its messages name no command-line flags. [`Error::remedy`] names the kind of fix; a
//! front end (the `accord` binary, the HTTP server) words it for its own users, as
//! the binary does with its flags. I/O errors name the operation that failed
//! ([`IoOp`]), so a permission error on a write reads "cannot write", not "cannot read".

use std::fmt;
use std::path::PathBuf;

/// Everything that can go wrong in accord's library.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// An operation on a file or folder failed.
    Io {
        /// What was being done.
        op: IoOp,
        /// To what.
        path: PathBuf,
        /// Why it failed (permission denied, no space left...).
        source: std::io::Error,
    },
    /// The corpus folder is missing.
    NoCorpus(PathBuf),
    /// `manifest.toml` is malformed.
    Manifest {
        /// The manifest.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What is wrong there.
        message: String,
    },
    /// No index in the folder yet.
    NoIndex(PathBuf),
    /// The folder holds something else than an index.
    NotAnIndex(PathBuf),
    /// The index was built by an older accord.
    OldIndex {
        /// The index folder.
        path: PathBuf,
        /// Its format.
        found: u32,
        /// The format this accord reads.
        expected: u32,
    },
    /// The index cannot be read as it is.
    DamagedIndex {
        /// The index folder.
        path: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// Another process holds the index's writer lock.
    Locked {
        /// The index folder.
        path: PathBuf,
        /// Who holds it (pid and start time), as the lock file says.
        holder: String,
    },
    /// The query does not parse.
    Query {
        /// The query.
        query: String,
        /// What is wrong.
        message: String,
        /// A line pointing at where.
        caret: String,
    },
    /// A number outside the range an option or parameter takes.
    OutOfRange {
        /// What the number counts ("the number of hits").
        name: &'static str,
        /// The value given, as given (cut short).
        value: String,
        /// Smallest allowed.
        min: u64,
        /// Largest allowed.
        max: u64,
    },
    /// A language code accord does not know.
    UnknownLanguage(String),
    /// A date bound that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    BadDate(String),
    /// A document id the index does not hold.
    UnknownDocument {
        /// The id asked for.
        id: String,
        /// Known ids, closest to `id` first (a few).
        closest: Vec<String>,
        /// How many documents the index has.
        total: usize,
    },
    /// No pair of documents reports the same event.
    NoCounterparts,
    /// A file changed since it was indexed.
    Stale {
        /// The file under the corpus folder.
        path: String,
        /// The passage's lines.
        lines: String,
    },
    /// The disk filled up while writing the index (or its quota ran out).
    DiskFull {
        /// The index folder.
        path: PathBuf,
    },
    /// tantivy failed.
    Tantivy(tantivy::TantivyError),
}

/// The operation an [`Error::Io`] was doing, as a verb: "cannot write index/x: ...".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IoOp {
    /// Reading a file.
    Read,
    /// Writing to a file.
    Write,
    /// Creating a file or folder.
    Create,
    /// Removing a file.
    Remove,
    /// Taking a lock.
    Lock,
    /// Listing a folder.
    List,
    /// Opening a file.
    Open,
}

impl fmt::Display for IoOp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            IoOp::Read => "read",
            IoOp::Write => "write",
            IoOp::Create => "create",
            IoOp::Remove => "remove",
            IoOp::Lock => "lock",
            IoOp::List => "list",
            IoOp::Open => "open",
        })
    }
}

/// The kind of fix an error calls for, for a front end to word in its own terms
/// (a command, a flag, a button).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Remedy {
    /// Name an existing corpus folder.
    ChooseCorpus,
    /// Choose an empty or new folder for the index.
    ChooseIndexFolder,
    /// Build the index from the corpus.
    BuildIndex,
    /// Rebuild the index from scratch.
    RebuildIndex,
    /// Update the index from the corpus.
    UpdateIndex,
    /// Wait for the process that writes the index.
    WaitForWriter,
    /// List the documents to find the right id.
    ListDocuments,
    /// Name the two documents to compare.
    NameTwoDocuments,
    /// Free space on the disk, or put the index on another one.
    FreeSpace,
}

impl Remedy {
    /// The advice in the library's terms.
    pub fn advice(self) -> &'static str {
        match self {
            Remedy::ChooseCorpus => "name an existing folder of statements",
            Remedy::ChooseIndexFolder => "choose an empty or new folder for the index",
            Remedy::BuildIndex => "build it from the corpus first",
            Remedy::RebuildIndex => "rebuild it from the corpus",
            Remedy::UpdateIndex => "update the index from the corpus",
            Remedy::WaitForWriter => "wait for it to finish, or stop that process",
            Remedy::ListDocuments => "the index's list of documents has every id",
            Remedy::NameTwoDocuments => "name the two documents to compare",
            Remedy::FreeSpace => "free space or choose another folder for the index",
        }
    }
}

impl Error {
    /// Wraps an I/O error with what was being done and the path it concerns.
    pub fn io(op: IoOp, path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io {
            op,
            path: path.into(),
            source,
        }
    }

    /// The kind of fix this error calls for, if any.
    pub fn remedy(&self) -> Option<Remedy> {
        Some(match self {
            Error::NoCorpus(_) => Remedy::ChooseCorpus,
            Error::NotAnIndex(_) => Remedy::ChooseIndexFolder,
            Error::NoIndex(_) => Remedy::BuildIndex,
            Error::OldIndex { .. } | Error::DamagedIndex { .. } => Remedy::RebuildIndex,
            Error::Stale { .. } => Remedy::UpdateIndex,
            Error::Locked { .. } => Remedy::WaitForWriter,
            Error::UnknownDocument { total, .. } if *total > 0 => Remedy::ListDocuments,
            Error::UnknownDocument { .. } => Remedy::BuildIndex,
            Error::NoCounterparts => Remedy::NameTwoDocuments,
            Error::DiskFull { .. } => Remedy::FreeSpace,
            Error::Io { .. }
            | Error::Manifest { .. }
            | Error::Query { .. }
            | Error::UnknownLanguage(_)
            | Error::BadDate(_)
            | Error::OutOfRange { .. }
            | Error::Tantivy(_) => return None,
        })
    }

    /// What is wrong, without the advice: a front end adds its own wording of
    /// [`Error::remedy`] after it (`Display` adds [`Remedy::advice`]).
    pub fn problem(&self) -> String {
        match self {
            Error::Io { op, path, source } => {
                format!("cannot {op} {}: {source}", path.display())
            }
            Error::NoCorpus(path) => format!("corpus folder {} does not exist", path.display()),
            Error::Manifest {
                path,
                line,
                message,
            } => format!("{}:{line}: manifest error: {message}", path.display()),
            Error::NoIndex(path) => format!("no index in {}", path.display()),
            Error::NotAnIndex(path) => format!(
                "{} is not an accord index and is not empty; refusing to write into it",
                path.display()
            ),
            Error::OldIndex {
                path,
                found,
                expected,
            } => format!(
                "the index in {} was built by an older accord (index format {found}, this \
                 accord reads format {expected})",
                path.display()
            ),
            Error::DamagedIndex { path, detail } => {
                format!("the index in {} is damaged ({detail})", path.display())
            }
            Error::Locked { path, holder } => format!(
                "another accord process is writing to the index in {} ({holder})",
                path.display()
            ),
            Error::Query {
                query,
                message,
                caret,
            } => format!("invalid query: {message}\n  {query}\n  {caret}"),
            Error::OutOfRange {
                name,
                value,
                min,
                max,
            } => format!("{name} must be a whole number from {min} to {max} (got {value})"),
            Error::UnknownLanguage(code) => {
                format!("unknown language '{code}'; choose from: pl, en, ko")
            }
            Error::BadDate(value) => format!(
                "'{value}' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD (2024, 2024-05, 2024-05-14)"
            ),
            Error::UnknownDocument { id, closest, total } => match total {
                0 => format!("unknown document '{id}'; the index has no documents"),
                _ => format!(
                    "unknown document '{id}'; did you mean: {}? ({total} document{} in the index)",
                    closest.join(", "),
                    if *total == 1 { "" } else { "s" }
                ),
            },
            Error::NoCounterparts => "no two documents report the same event (same `event` in \
                manifest.toml, or dates a week apart with names in common)"
                .to_string(),
            Error::Stale { path, lines } => format!(
                "{path} changed since it was indexed (passage at lines {lines} no longer matches)"
            ),
            Error::DiskFull { path } => format!("disk full writing to {}", path.display()),
            Error::Tantivy(e) => format!("index error: {e}"),
        }
    }

    /// This error as [`Error::DiskFull`] of `folder` when what failed underneath was a
    /// full disk (ENOSPC) or an exhausted quota, in an I/O error of accord's or
    /// anywhere in tantivy's (whose indexing threads report I/O errors as text).
    /// The previous commit is untouched then: tantivy writes a commit's meta.json
    /// last, atomically, so a write that fails leaves the last commit searchable.
    pub fn or_disk_full(self, folder: &std::path::Path) -> Error {
        let full = match &self {
            Error::Io { source, .. } => is_disk_full(source),
            Error::Tantivy(e) => {
                let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
                let mut found = false;
                while let Some(c) = cause {
                    if c.downcast_ref::<std::io::Error>().is_some_and(is_disk_full) {
                        found = true;
                        break;
                    }
                    cause = c.source();
                }
                found || {
                    let text = e.to_string();
                    text.contains("No space left on device") || text.contains("Disk quota exceeded")
                }
            }
            _ => false,
        };
        if full {
            Error::DiskFull {
                path: folder.to_path_buf(),
            }
        } else {
            self
        }
    }
}

/// ENOSPC or EDQUOT.
fn is_disk_full(e: &std::io::Error) -> bool {
    matches!(
        e.kind(),
        std::io::ErrorKind::StorageFull | std::io::ErrorKind::QuotaExceeded
    )
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.problem())?;
        if let Some(remedy) = self.remedy() {
            write!(f, "; {}", remedy.advice())?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            Error::Tantivy(e) => Some(e),
            _ => None,
        }
    }
}

impl From<tantivy::TantivyError> for Error {
    fn from(e: tantivy::TantivyError) -> Error {
        Error::Tantivy(e)
    }
}

/// The library's result type.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_name_the_operation() {
        let e = Error::io(
            IoOp::Write,
            "index/x",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert!(e.to_string().starts_with("cannot write index/x: "), "{e}");
        assert!(e.to_string().contains("ermission denied"), "{e}");
    }

    #[test]
    fn a_full_disk_names_the_index_folder() {
        let io = Error::io(
            IoOp::Write,
            "index/x",
            std::io::Error::from(std::io::ErrorKind::StorageFull),
        );
        let e = io.or_disk_full(std::path::Path::new("index"));
        assert!(matches!(e, Error::DiskFull { .. }), "{e}");
        assert_eq!(
            e.to_string(),
            "disk full writing to index; free space or choose another folder for the index"
        );
        let tantivy = Error::Tantivy(tantivy::TantivyError::ErrorInThread(
            "No space left on device (os error 28)".into(),
        ));
        assert!(matches!(
            tantivy.or_disk_full(std::path::Path::new("index")),
            Error::DiskFull { .. }
        ));
        let other = Error::io(
            IoOp::Write,
            "index/x",
            std::io::Error::from(std::io::ErrorKind::PermissionDenied),
        );
        assert!(matches!(
            other.or_disk_full(std::path::Path::new("index")),
            Error::Io { .. }
        ));
    }

    #[test]
    fn library_messages_name_no_flags() {
        let all = [
            Error::NoCorpus("c".into()),
            Error::NoIndex("i".into()),
            Error::NotAnIndex("i".into()),
            Error::OldIndex {
                path: "i".into(),
                found: 1,
                expected: 2,
            },
            Error::DamagedIndex {
                path: "i".into(),
                detail: "d".into(),
            },
            Error::Locked {
                path: "i".into(),
                holder: "h".into(),
            },
            Error::UnknownDocument {
                id: "x".into(),
                closest: vec!["a".into()],
                total: 2,
            },
            Error::NoCounterparts,
            Error::DiskFull { path: "i".into() },
            Error::Stale {
                path: "a.txt".into(),
                lines: "1-2".into(),
            },
        ];
        for e in all {
            let text = e.to_string();
            assert!(
                !text.contains("--") && !text.contains("`accord"),
                "names the command line: {text}"
            );
            assert!(e.remedy().is_some(), "{text}");
        }
    }
}
