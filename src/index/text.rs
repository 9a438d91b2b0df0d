//! Passage text, read back from the corpus file it came from.
//!
//! The index does not keep a copy of text that is already on disk: a passage of a plain
//! UTF-8 file is exactly bytes `byte_start..byte_end` of that file (with `\r` removed),
//! so a hit reads only those bytes (one `pread`). Text decoded from another encoding,
//! or behind a BOM, or extracted from markup, is not the file's bytes at its span and is
//! stored in the index instead: what `corpus` decided when it read the file, carried in
//! the record ([`DocRecord::stores_text`]).
//!
//! The bytes are only the passage while the file is the one indexed. That is checked
//! once per file and search, against the document's record: the same size and
//! modification time (as `make` and git judge a file unchanged, with the same guard
//! against edits within the file system's timestamp granularity), or else the same
//! content hash (a file touched but not changed). A file that changed or went away
//! gives no text: the hit is still reported (document, file, lines) and marked stale,
//! and the caller tells the user to run `accord index`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;

use super::DocRecord;

/// The text of a passage as it was indexed: the file's bytes without `\r`.
pub fn passage_text(raw: &str) -> String {
    raw.replace('\r', "")
}

/// Whether the file at `path` still holds what `record` was made from.
fn holds_indexed_content(file: &File, record: &DocRecord) -> bool {
    let Ok(meta) = file.metadata() else {
        return false;
    };
    if record.unchanged_by_metadata(&meta) {
        return true;
    }
    if meta.len() != record.bytes {
        return false;
    }
    super::content_hash(file).is_ok_and(|hash| hash == record.hash)
}

/// Reads passage text from the corpus folders an index was built from.
#[derive(Debug, Default)]
pub struct TextSource {
    roots: Vec<PathBuf>,
    /// By path under the corpus: the first root's file that holds the indexed content
    /// (None: no root does).
    files: HashMap<String, Option<File>>,
}

impl TextSource {
    /// A source looking in `roots`, in order (the corpus folder recorded in the index
    /// first, then the one given on the command line).
    pub fn new(roots: Vec<PathBuf>) -> TextSource {
        TextSource {
            roots,
            files: HashMap::new(),
        }
    }

    /// The text of bytes `start..end` of the file of `record`, if a corpus folder still
    /// holds the file as it was indexed.
    pub fn read(&mut self, record: &DocRecord, start: u64, end: u64) -> Option<String> {
        if end < start || end - start > 64 * 1024 * 1024 {
            return None;
        }
        let mut file = self.file(record)?;
        let mut buf = vec![0u8; (end - start) as usize];
        file.seek(SeekFrom::Start(start)).ok()?;
        file.read_exact(&mut buf).ok()?;
        let raw = String::from_utf8(buf).ok()?;
        Some(if raw.contains('\r') {
            passage_text(&raw)
        } else {
            raw
        })
    }

    /// Whether a corpus folder still holds the file of `record` as it was indexed: what
    /// a citation of its text stands on, whether that text is read back from the file
    /// or was stored in the index.
    pub fn holds(&mut self, record: &DocRecord) -> bool {
        self.file(record).is_some()
    }

    /// The first root's file of `record` that holds the indexed content, looked up once.
    fn file(&mut self, record: &DocRecord) -> Option<&File> {
        let roots = &self.roots;
        let rel = &record.meta.path;
        self.files
            .entry(rel.clone())
            .or_insert_with(|| {
                roots
                    .iter()
                    .filter_map(|r| File::open(r.join(rel)).ok())
                    .find(|f| holds_indexed_content(f, record))
            })
            .as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{record_of, write_at};
    use super::*;

    #[test]
    fn reads_back_from_the_first_folder_that_holds_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let body = "First line.\r\nSecond paragraph here.\r\n";
        std::fs::write(dir.path().join("a.txt"), body).unwrap();
        let record = record_of(dir.path(), "a.txt", body, 10_000_000_000);
        let want = passage_text(&body[13..]);
        let mut source = TextSource::new(vec![dir.path().join("gone"), dir.path().to_path_buf()]);
        assert_eq!(
            source.read(&record, 13, body.len() as u64).as_deref(),
            Some(want.as_str())
        );
        assert_eq!(source.read(&record, 13, 10_000), None);
        let mut missing = record.clone();
        missing.meta.path = "missing.txt".into();
        assert_eq!(source.read(&missing, 0, 4), None);
    }

    #[test]
    fn a_changed_file_gives_no_text() {
        let dir = tempfile::tempdir().unwrap();
        let body = "First line.\nSecond paragraph here.\n";
        std::fs::write(dir.path().join("a.txt"), body).unwrap();
        let record = record_of(dir.path(), "a.txt", body, 10_000_000_000);
        // Same size, other content, other modification time.
        write_at(
            &dir.path().join("a.txt"),
            &body.replace("Second", "Changd"),
            std::time::SystemTime::now() + std::time::Duration::from_secs(60),
        );
        let mut source = TextSource::new(vec![dir.path().to_path_buf()]);
        assert_eq!(source.read(&record, 12, body.len() as u64), None);
    }

    #[test]
    fn a_file_is_held_until_it_changes_or_goes() {
        let dir = tempfile::tempdir().unwrap();
        let body = "First line.\n";
        std::fs::write(dir.path().join("a.txt"), body).unwrap();
        let record = record_of(dir.path(), "a.txt", body, 10_000_000_000);
        assert!(TextSource::new(vec![dir.path().to_path_buf()]).holds(&record));
        write_at(
            &dir.path().join("a.txt"),
            "First lime.\n",
            std::time::SystemTime::now() + std::time::Duration::from_secs(60),
        );
        assert!(!TextSource::new(vec![dir.path().to_path_buf()]).holds(&record));
        std::fs::remove_file(dir.path().join("a.txt")).unwrap();
        assert!(!TextSource::new(vec![dir.path().to_path_buf()]).holds(&record));
    }

    #[test]
    fn a_file_edited_right_after_indexing_is_hashed_not_trusted() {
        let dir = tempfile::tempdir().unwrap();
        let body = "First line.\nSecond paragraph here.\n";
        std::fs::write(dir.path().join("a.txt"), body).unwrap();
        // Read within the timestamp granularity of its last change: size and time
        // prove nothing, so the content decides.
        let record = record_of(dir.path(), "a.txt", body, 1);
        let mut source = TextSource::new(vec![dir.path().to_path_buf()]);
        assert!(source.read(&record, 0, 11).is_some());
        let mtime = std::fs::metadata(dir.path().join("a.txt"))
            .unwrap()
            .modified()
            .unwrap();
        write_at(
            &dir.path().join("a.txt"),
            &body.replace("First", "Fir5t"),
            mtime,
        );
        let mut fresh = TextSource::new(vec![dir.path().to_path_buf()]);
        assert_eq!(fresh.read(&record, 0, 11), None);
    }
}
