//! Merging the segments a build wrote.
//!
//! A full build indexes with tantivy's merges off and merges everything into one segment
//! at the end; an update merges when it changed a tenth of the index or left more than
//! 8 segments. A search looks every term up in every segment, so one segment keeps its
//! fixed cost flat as the corpus grows. A merge maps its inputs into memory, so merged
//! segments are capped (a 1 GB corpus keeps 4). Measured at 200 MB: the final merge is a
//! quarter of the build's wall time on one core; skipping it saved 4-5 s of 15 s but
//! added 1-2 ms to every search, and two merges in parallel saved 2 s and added 0.2-0.7
//! ms; searches run far more often than builds (BENCHMARKS.md).

use std::path::Path;
use std::time::Duration;

use tantivy::{Index, IndexWriter};

use super::Progress;
use crate::error::{Error, IoOp, Result};

/// An update leaves the index in at most this many segments; beyond, it merges them.
const MAX_SEGMENTS: usize = 8;
/// Largest segment a merge makes. A merge maps its input segments into memory, so this
/// bounds the memory of a merge whatever the corpus size; a larger index is kept in
/// several segments of about this size.
const MAX_MERGED_BYTES: u64 = 160 * 1024 * 1024;

/// After a commit: a full build, or an update that changed a good share of the index or
/// left it in many segments, merges the segments into one (or, past
/// [`MAX_MERGED_BYTES`], into as few as the cap allows). A search opens every segment
/// and looks every query term up in each: one segment keeps that cost flat as the
/// corpus grows, and one term dictionary instead of several makes the index smaller.
/// Small updates leave the segments to tantivy's merge policy.
pub(super) fn merge_segments(
    writer: &mut IndexWriter,
    index: &Index,
    path: &Path,
    fresh: bool,
    changed_bytes: u64,
    progress: &mut dyn Progress,
) -> Result<bool> {
    let metas = index.searchable_segment_metas()?;
    if metas.len() <= 1 {
        return Ok(false);
    }
    // A segment's files are named after its id.
    let files: Vec<(String, u64)> = std::fs::read_dir(path)
        .map_err(|e| Error::io(IoOp::List, path, e))?
        .filter_map(|e| {
            let e = e.ok()?;
            Some((
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().ok()?.len(),
            ))
        })
        .collect();
    let size_of = |m: &tantivy::index::SegmentMeta| -> u64 {
        let id = m.id().uuid_string();
        files
            .iter()
            .filter(|(name, _)| name.starts_with(&id))
            .map(|(_, len)| len)
            .sum()
    };
    let mut sized: Vec<(u64, tantivy::index::SegmentId)> =
        metas.iter().map(|m| (size_of(m), m.id())).collect();
    let bytes: u64 = sized.iter().map(|(b, _)| b).sum();
    let big_change = changed_bytes.saturating_mul(10) >= bytes;
    // Segment metas held here keep their files alive: let go before merging.
    drop(metas);
    if !(fresh || big_change || sized.len() > MAX_SEGMENTS) {
        return Ok(false);
    }
    // Groups of segments up to the size cap, smallest first, each merged into one.
    sized.sort();
    let mut groups: Vec<Vec<tantivy::index::SegmentId>> = Vec::new();
    let mut group_bytes = 0u64;
    for (b, id) in sized {
        match groups.last_mut() {
            Some(g) if group_bytes + b <= MAX_MERGED_BYTES => {
                g.push(id);
                group_bytes += b;
            }
            _ => {
                groups.push(vec![id]);
                group_bytes = b;
            }
        }
    }
    groups.retain(|g| g.len() > 1);
    if groups.is_empty() {
        return Ok(false);
    }
    progress.merging(bytes);
    pause_for_tests();
    for group in groups {
        writer.merge(&group).wait()?;
    }
    // The merged segments' files go now, not at the next run.
    writer.garbage_collect_files().wait()?;
    progress.merged();
    Ok(true)
}

/// Test hook, for the kill test (`bench/crash/kill-test.sh merge`) and the disk-full
/// case of `bench/reliability/hostile.py`: with `ACCORD_TEST_PAUSE_BEFORE_MERGE=SECS`
/// set, a build that is about to merge says so on stderr, sleeps SECS seconds (at most
/// an hour), and says when the merge starts, so a test can kill the process or fill
/// the disk at that moment. Nothing else reads it; unset (or not a number), it costs
/// one lookup of the environment per merge.
fn pause_for_tests() {
    let Some(secs) = std::env::var("ACCORD_TEST_PAUSE_BEFORE_MERGE")
        .ok()
        .and_then(|v| v.trim().parse::<f64>().ok())
        .filter(|s| s.is_finite() && *s >= 0.0)
    else {
        return;
    };
    eprintln!("accord: test hook: merging in {secs} s (ACCORD_TEST_PAUSE_BEFORE_MERGE)");
    std::thread::sleep(Duration::from_secs_f64(secs.min(3600.0)));
    eprintln!("accord: test hook: merging now");
}
