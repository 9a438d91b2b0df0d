//! Document records: written beside their passages, re-stamped when a file was only
//! touched.
//!
//! Records are added together just before each commit, so they sit side by side in a
//! few blocks of the (zstd) store: a result list with hits from ten documents
//! decompresses one or two blocks for all their records, and a document's record and
//! passages always commit together.

use std::path::Path;

use tantivy::{TantivyDocument, Term};

use super::super::schema::{Fields, KIND_DOC};
use super::super::{mtime_of, nanos, DocRecord, RACY_NANOS};
use super::feed::{Batch, Feed};
use crate::error::Result;

/// Adds the records of the documents written since the last commit, all together just
/// before the commit: they then sit side by side in a few store blocks, so a search
/// that shows hits of many documents decompresses one block for all their records.
pub(super) fn add_records(
    feed: &Feed,
    f: &Fields,
    pending: &mut Vec<DocRecord>,
    corpus: &Path,
) -> Result<()> {
    settle(pending, corpus);
    let mut batch = Batch::new(feed);
    for record in pending.drain(..) {
        batch.add(record_doc(f, &record), 0)?;
    }
    batch.flush()
}

/// Stamps records of files read too soon after they were written as checked now, when
/// their size, modification time and content are still those indexed.
///
/// Size and time cannot vouch for a file modified within [`RACY_NANOS`] of being read
/// (see [`DocRecord::unchanged_by_metadata`]): every search would hash it. Once that
/// window has passed, a file found unchanged by content cannot change again without a
/// later modification time, so its record is as good as one read now. Records still
/// inside the window are left as they are (the next `accord index` settles them).
fn settle(records: &mut [DocRecord], corpus: &Path) {
    for record in records {
        if !record.read_too_soon() {
            continue;
        }
        let now = nanos(std::time::SystemTime::now());
        if now <= record.mtime.saturating_add(RACY_NANOS) {
            continue;
        }
        let path = corpus.join(&record.meta.path);
        let same = std::fs::metadata(&path)
            .is_ok_and(|m| m.len() == record.bytes && mtime_of(&m) == record.mtime)
            && super::hash_file(&path).is_ok_and(|h| h == record.hash);
        if same {
            record.checked = now;
        }
    }
}

/// For a file whose content is the one indexed but whose size-and-time check fails
/// (touched, copied, restored, or indexed too soon after it was written): its record
/// with the file's modification time now, when that makes the check pass. Without it,
/// every search showing the file would hash it, and every `accord index` too.
pub(super) fn refreshed_record(
    old: &DocRecord,
    meta: &std::fs::Metadata,
    checked: u64,
) -> Option<DocRecord> {
    if old.unchanged_by_metadata(meta) {
        return None;
    }
    let record = DocRecord {
        mtime: mtime_of(meta),
        checked,
        ..old.clone()
    };
    record.unchanged_by_metadata(meta).then_some(record)
}

/// The record document of file `rel` (not its passages).
pub(super) fn record_query(f: &Fields, rel: &str) -> Box<dyn tantivy::query::Query> {
    use tantivy::query::{BooleanQuery, Occur, TermQuery};
    use tantivy::schema::IndexRecordOption;
    let term = |field, value: &str| -> Box<dyn tantivy::query::Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, value),
            IndexRecordOption::Basic,
        ))
    };
    Box::new(BooleanQuery::new(vec![
        (Occur::Must, term(f.kind, KIND_DOC)),
        (Occur::Must, term(f.doc_key, rel)),
    ]))
}

fn record_doc(f: &Fields, record: &DocRecord) -> TantivyDocument {
    let doc = &record.meta;
    let mut rec = TantivyDocument::default();
    rec.add_text(f.kind, KIND_DOC);
    rec.add_text(f.doc_key, &doc.path);
    rec.add_text(f.doc, &doc.id);
    rec.add_text(f.lang, doc.lang.code());
    rec.add_u64(f.doc_num, record.number);
    rec.add_text(
        f.meta,
        serde_json::to_string(record).expect("a record serialises"),
    );
    rec
}

#[cfg(test)]
mod tests {
    use super::super::super::testing::{record_of, write_at};
    use super::*;
    use std::time::{Duration, SystemTime};

    const TEXT: &str = "Title\n\nText.\n";

    #[test]
    fn settle_stamps_files_read_too_soon_once_the_window_has_passed_and_only_unchanged_ones() {
        let dir = tempfile::tempdir().unwrap();
        let ten_s_ago = SystemTime::now() - Duration::from_secs(10);
        write_at(&dir.path().join("same.txt"), TEXT, ten_s_ago);
        write_at(&dir.path().join("edited.txt"), TEXT, ten_s_ago);
        write_at(&dir.path().join("recent.txt"), TEXT, SystemTime::now());
        // Read half a second after being written: inside the window.
        let soon = |rel: &str| record_of(dir.path(), rel, TEXT, 500_000_000);
        let mut records = vec![soon("same.txt"), soon("edited.txt"), soon("recent.txt")];
        // Same size and time, other bytes: only the hash tells.
        write_at(
            &dir.path().join("edited.txt"),
            "Title\n\nTeXt.\n",
            ten_s_ago,
        );
        let before: Vec<u64> = records.iter().map(|r| r.checked).collect();
        settle(&mut records, dir.path());
        let meta = |rel: &str| std::fs::metadata(dir.path().join(rel)).unwrap();
        assert!(records[0].checked > before[0]);
        assert!(records[0].unchanged_by_metadata(&meta("same.txt")));
        assert_eq!(
            records[1].checked, before[1],
            "a changed file stays unvouched"
        );
        assert!(!records[1].unchanged_by_metadata(&meta("edited.txt")));
        assert_eq!(records[2].checked, before[2], "still inside the window");
    }

    #[test]
    fn a_record_is_refreshed_only_when_size_and_time_then_vouch_for_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        write_at(&path, TEXT, SystemTime::now() - Duration::from_secs(60));
        let now = nanos(SystemTime::now());
        let mtime = mtime_of(&std::fs::metadata(&path).unwrap());
        let old = record_of(dir.path(), "a.txt", TEXT, now - mtime);
        assert!(refreshed_record(&old, &std::fs::metadata(&path).unwrap(), now).is_none());
        write_at(&path, TEXT, SystemTime::now() - Duration::from_secs(30));
        let meta = std::fs::metadata(&path).unwrap();
        let new = refreshed_record(&old, &meta, now).expect("touched: re-stamped");
        assert!(new.unchanged_by_metadata(&meta));
        assert_eq!((new.hash, new.meta), (old.hash.clone(), old.meta.clone()));
        // Touched a moment ago: a run starting now cannot vouch for it either.
        write_at(&path, TEXT, SystemTime::now());
        let meta = std::fs::metadata(&path).unwrap();
        assert!(refreshed_record(&old, &meta, now).is_none());
    }
}
