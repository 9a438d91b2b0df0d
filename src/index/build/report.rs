//! What a build did, and the progress events it sends while it runs.

use std::collections::HashSet;
use std::time::Duration;

use tantivy::{IndexWriter, Term};

use super::super::schema::Fields;
use super::super::DocRecord;
use crate::corpus::Skipped;

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
    pub(super) fn keep(&mut self, old: Option<&DocRecord>, ids: &mut HashSet<String>) {
        if let Some(old) = old {
            ids.insert(old.meta.id.clone());
        }
        self.unchanged += 1;
    }

    /// A file that is not (or no longer) text: skipped, and its old version removed.
    pub(super) fn drop(
        &mut self,
        writer: &IndexWriter,
        f: &Fields,
        rel: &str,
        reason: String,
        had: bool,
    ) {
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
    pub(super) fn indexed(
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
