//! Reading a plain-text file too large to hold, a window at a time.
//!
//! A file over [`LARGE_FILE`] is read in pieces and decoded by the same
//! [`decode::Decoder`] that decodes whole files (so a file decodes the same whatever its
//! size), into windows of decoded text cut at blank lines. Each window is cut into
//! passages as a whole file is, their lines and bytes shifted to the whole file; only the
//! first window has a page header and only the last a footer, and repeated blocks are
//! dropped within a window. Memory stays bounded by the window size.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use super::decode::{self, Decoder, Unreadable};
use super::manifest::Entry;
use super::{chrome, document, DocMeta, Document, TextRelation};
use crate::lang::LangDetector;

/// Files larger than this are read a window at a time, so memory stays bounded
/// whatever the file size. `ACCORD_LARGE_FILE` (bytes) overrides it, for tests.
pub const LARGE_FILE: u64 = 32 * 1024 * 1024;

/// The size over which a file is streamed ([`LARGE_FILE`] unless overridden).
pub fn large_file() -> u64 {
    std::env::var("ACCORD_LARGE_FILE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(LARGE_FILE)
}

/// Size of a window (a quarter of the threshold, at most 8 MB), extended to the next
/// blank line.
fn window_size() -> usize {
    (large_file() / 4).clamp(1024, 8 * 1024 * 1024) as usize
}

/// Bytes read from the file at a time.
const READ_BYTES: usize = 1 << 20;

/// Why a stream stopped.
#[derive(Debug)]
pub enum StreamError {
    /// The file could not be read.
    Io(std::io::Error),
    /// Its content is not text.
    Unreadable(Unreadable),
}

impl From<std::io::Error> for StreamError {
    fn from(e: std::io::Error) -> StreamError {
        StreamError::Io(e)
    }
}

impl From<Unreadable> for StreamError {
    fn from(e: Unreadable) -> StreamError {
        StreamError::Unreadable(e)
    }
}

/// What the whole file gave, once every window was read.
#[derive(Debug, Clone)]
pub struct Totals {
    /// The document's metadata (from its first window).
    pub meta: DocMeta,
    /// Passages, set-aside blocks and dropped repeats over all windows.
    pub passages: usize,
    /// Set-aside blocks.
    pub set_aside: usize,
    /// Repeated blocks dropped.
    pub duplicates: usize,
    /// How the text relates to the file.
    pub relation: TextRelation,
    /// The encoding, when it was guessed.
    pub guessed_encoding: Option<&'static str>,
}

/// A large file, read window by window ([`Stream::next_window`]).
pub struct Stream<'a> {
    rel: &'a str,
    entry: Option<&'a Entry>,
    detector: &'a LangDetector,
    file: File,
    decoder: Decoder,
    /// Raw bytes read but not yet decoded (only the sniffed head, at the start).
    raw: Vec<u8>,
    /// Decoded text not yet cut into a window.
    text: String,
    eof: bool,
    first: bool,
    done: bool,
    window_size: usize,
    byte_offset: usize,
    line_offset: usize,
    position: usize,
    totals: Option<Totals>,
}

impl<'a> Stream<'a> {
    /// Opens `path` (the file `rel` of the corpus) and decides from its first bytes how
    /// to decode it.
    pub fn open(
        path: &Path,
        rel: &'a str,
        entry: Option<&'a Entry>,
        detector: &'a LangDetector,
    ) -> Result<Stream<'a>, StreamError> {
        let mut file = File::open(path)?;
        let mut raw = Vec::with_capacity(decode::SNIFF_BYTES);
        (&mut file)
            .take(decode::SNIFF_BYTES as u64)
            .read_to_end(&mut raw)?;
        let eof = raw.len() < decode::SNIFF_BYTES;
        let how = decode::sniff(&raw, eof)?;
        Ok(Stream {
            rel,
            entry,
            detector,
            file,
            decoder: Decoder::new(how),
            raw,
            text: String::new(),
            eof,
            first: true,
            done: false,
            window_size: window_size(),
            byte_offset: 0,
            line_offset: 0,
            position: 0,
            totals: None,
        })
    }

    /// The next window cut into passages, spans counted in the whole file; `None` once
    /// the file is read.
    pub fn next_window(&mut self) -> Result<Option<Document>, StreamError> {
        if self.done {
            return Ok(None);
        }
        let mut chunk = vec![0u8; READ_BYTES];
        while self.text.len() < self.window_size && !(self.eof && self.raw.is_empty()) {
            if self.raw.is_empty() && !self.eof {
                let n = self.file.read(&mut chunk)?;
                if n == 0 {
                    self.eof = true;
                } else {
                    self.raw.extend_from_slice(&chunk[..n]);
                }
            }
            let last = self.eof;
            let raw = std::mem::take(&mut self.raw);
            self.decoder.feed(&raw, last, &mut self.text)?;
            if last {
                break;
            }
        }
        let at_end = self.eof && self.raw.is_empty();
        let cut = if at_end {
            self.text.len()
        } else {
            window_cut(&self.text)
        };
        let rest = self.text.split_off(cut);
        let window = std::mem::replace(&mut self.text, rest);
        let last = at_end && self.text.is_empty();
        if self.first {
            decode::check_text(&window, !last)?;
        }
        let part = chrome::Part {
            first: self.first,
            last,
        };
        let how = self.decoder.how();
        let mut doc = document::from_text(
            self.rel,
            &window,
            self.entry,
            self.detector,
            part,
            how.relation(),
        );
        doc.guessed_encoding = how.guessed.then(|| how.name());
        for p in doc.passages.iter_mut().chain(doc.set_aside.iter_mut()) {
            p.span.byte_start += self.byte_offset;
            p.span.byte_end += self.byte_offset;
            p.span.line_start += self.line_offset;
            p.span.line_end += self.line_offset;
            if p.position > 0 {
                self.position += 1;
                p.position = self.position;
            }
        }
        self.byte_offset += window.len();
        self.line_offset += memchr::memchr_iter(b'\n', window.as_bytes()).count();
        self.first = false;
        self.done = last;
        let totals = self.totals.get_or_insert_with(|| Totals {
            meta: doc.meta.clone(),
            passages: 0,
            set_aside: 0,
            duplicates: 0,
            relation: doc.relation.clone(),
            guessed_encoding: doc.guessed_encoding,
        });
        totals.passages += doc.passages.len();
        totals.set_aside += doc.set_aside.len();
        totals.duplicates += doc.duplicates;
        Ok(Some(doc))
    }

    /// What the whole file gave, once [`Stream::next_window`] returned `None`: `Err`
    /// when it held no passage.
    pub fn totals(self) -> Result<Totals, Unreadable> {
        self.totals
            .filter(|t| t.passages > 0)
            .ok_or(Unreadable::Empty)
    }
}

/// Where to cut a window: after the last blank line in its second half, else after the
/// last line break, else at the end.
fn window_cut(text: &str) -> usize {
    let buf = text.as_bytes();
    let from = buf.len() / 2;
    if let Some(i) = buf[from..].windows(2).rposition(|w| w == b"\n\n") {
        return from + i + 2;
    }
    match buf.iter().rposition(|&b| b == b'\n') {
        Some(i) => i + 1,
        None => buf.len(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_are_cut_after_blank_lines_and_at_character_boundaries() {
        let text = "Zażółć.\n\nGęślą jaźń ".repeat(10);
        let cut = window_cut(&text);
        assert!(text.is_char_boundary(cut));
        assert!(text[..cut].ends_with("\n\n"));
        let one_line = "żółw ".repeat(10);
        assert_eq!(window_cut(&one_line), one_line.len());
    }
}
