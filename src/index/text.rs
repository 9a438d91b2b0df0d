//! Passage text, read back from the corpus file it came from.
//!
//! The index does not keep a copy of text that is already on disk: a passage of a plain
//! UTF-8 file is exactly bytes `byte_start..byte_end` of that file (with `\r` removed),
//! so a hit reads only those bytes (one `pread`) and checks them against the passage's
//! `digest`. Text decoded from another encoding, or behind a BOM, does not sit at those
//! byte offsets and is stored in the index instead ([`stored_in_index`]).
//!
//! When the file changed or went away after indexing, the digest does not match: the
//! hit is still reported (document, file, lines) and marked stale, and the caller tells
//! the user to run `accord index`.

use std::collections::HashMap;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom};
use std::path::PathBuf;

/// The digest of a passage text: the first 4 bytes of its blake3. It only has to tell
/// a changed file from the indexed one (a chance of one in four billion to miss a
/// change that also kept the byte range valid UTF-8), and it is stored per passage.
pub fn digest(text: &str) -> u64 {
    let hash = blake3::hash(text.as_bytes());
    let mut first = [0u8; 4];
    first.copy_from_slice(&hash.as_bytes()[..4]);
    u64::from(u32::from_le_bytes(first))
}

/// Whether passages of a file decoded as `encoding` must be stored in the index (their
/// text is not the file's bytes at their byte range).
pub fn stored_in_index(encoding: &str) -> bool {
    encoding != "UTF-8"
}

/// The text of a passage as it was indexed: the file's bytes without `\r`.
pub fn passage_text(raw: &str) -> String {
    raw.replace('\r', "")
}

/// Reads passage text from the corpus folders an index was built from.
#[derive(Debug, Default)]
pub struct TextSource {
    roots: Vec<PathBuf>,
    /// Open files by path under the corpus, one per root (None: could not be opened).
    files: HashMap<String, Vec<Option<File>>>,
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

    /// The text of bytes `start..end` of `rel`, if a corpus folder still holds the text
    /// that was indexed there (same digest).
    pub fn read(&mut self, rel: &str, start: u64, end: u64, digest: u64) -> Option<String> {
        if end < start || end - start > 64 * 1024 * 1024 {
            return None;
        }
        let roots = &self.roots;
        let files = self
            .files
            .entry(rel.to_string())
            .or_insert_with(|| roots.iter().map(|r| File::open(r.join(rel)).ok()).collect());
        let mut buf = vec![0u8; (end - start) as usize];
        for mut file in files.iter().flatten() {
            let read = file
                .seek(SeekFrom::Start(start))
                .and_then(|_| file.read_exact(&mut buf));
            if read.is_err() {
                continue;
            }
            let Ok(raw) = std::str::from_utf8(&buf) else {
                continue;
            };
            let text = passage_text(raw);
            if self::digest(&text) == digest {
                return Some(text);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_and_notices_changes() {
        let dir = tempfile::tempdir().unwrap();
        let body = "First line.\r\nSecond paragraph here.\r\n";
        std::fs::write(dir.path().join("a.txt"), body).unwrap();
        let want = passage_text(&body[13..]);
        let d = digest(&want);
        let mut source = TextSource::new(vec![dir.path().join("gone"), dir.path().to_path_buf()]);
        assert_eq!(
            source.read("a.txt", 13, body.len() as u64, d).as_deref(),
            Some(want.as_str())
        );
        assert_eq!(source.read("a.txt", 13, body.len() as u64, d ^ 1), None);
        assert_eq!(source.read("a.txt", 13, 10_000, d), None);
        assert_eq!(source.read("missing.txt", 0, 4, d), None);
        let mut fresh = TextSource::new(vec![dir.path().to_path_buf()]);
        std::fs::write(dir.path().join("a.txt"), body.replace("Second", "Changed")).unwrap();
        assert_eq!(fresh.read("a.txt", 13, body.len() as u64, d), None);
    }

    #[test]
    fn only_plain_utf8_is_read_in_place() {
        assert!(!stored_in_index("UTF-8"));
        assert!(stored_in_index("UTF-8 with BOM"));
        assert!(stored_in_index("windows-1250"));
        assert!(stored_in_index("UTF-16LE"));
    }
}
