//! Comparing documents: which documents report the same event, their best passages on
//! a topic side by side (`compare`), and passage-by-passage alignment (`align`).
//!
//! Passages in different languages are compared through language-independent keys
//! ([`keys`]): glossary concepts, numbers and acronyms, and English words (Polish
//! through the dictionary). Similarity is the cosine of IDF-weighted key sets.

pub mod keys;

use std::collections::{BTreeSet, HashMap};

use serde::Serialize;

use crate::error::{Error, Result};
use crate::index::read::{passages_of, unknown_document, StoredPassage};
use crate::index::{AccordIndex, DocRecord};
use crate::lang::Lang;
use crate::search::{search, Hit, SearchOptions};
use keys::Key;

/// Two documents that report the same event, and why accord thinks so.
#[derive(Debug, Clone, Serialize)]
pub struct Counterparts {
    /// First document id.
    pub a: String,
    /// Second document id.
    pub b: String,
    /// Why they are counterparts.
    pub reason: String,
}

/// Most days between two releases on the same event.
const MAX_DAYS_APART: i64 = 7;
/// Fewest shared names (places, institutions, acronyms) for counterparts by date.
const MIN_SHARED_NAMES: usize = 4;

fn days(date: &str) -> Option<i64> {
    let mut parts = date.split('-').map(|p| p.parse::<i64>().ok());
    let (y, m, d) = (parts.next()??, parts.next()??, parts.next()??);
    // Days since a fixed epoch (civil-from-days inverse, Howard Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe)
}

/// Names a document mentions: place and institution concepts, and acronyms.
fn names(index: &AccordIndex, doc: &DocRecord) -> Result<BTreeSet<String>> {
    let glossary = crate::translate::glossary::Glossary::embedded();
    let mut out = BTreeSet::new();
    for p in passages_of(index, &doc.meta.id)? {
        let lang = p.lang;
        for k in keys::keys(&p.text, lang) {
            let is_name = match k.id.strip_prefix("c:") {
                Some(id) => id
                    .parse()
                    .ok()
                    .and_then(|id| glossary.concept(id))
                    .is_some_and(|c| c.kind == "place" || c.kind == "institution"),
                None => k.id.starts_with("n:") && !k.id.chars().any(|c| c.is_ascii_digit()),
            };
            if is_name {
                out.insert(k.id);
            }
        }
    }
    Ok(out)
}

/// Pairs of documents that report the same event: the same `event` in the manifest, or
/// dates at most a week apart and at least four shared names.
pub fn counterparts(index: &AccordIndex) -> Result<Vec<Counterparts>> {
    let docs = index.documents()?;
    let mut out = Vec::new();
    let mut names_of: HashMap<String, BTreeSet<String>> = HashMap::new();
    for (i, a) in docs.iter().enumerate() {
        for b in &docs[i + 1..] {
            if let (Some(x), Some(y)) = (&a.meta.event, &b.meta.event) {
                if x == y {
                    out.push(Counterparts {
                        a: a.meta.id.clone(),
                        b: b.meta.id.clone(),
                        reason: format!("same event in the manifest ({x})"),
                    });
                }
                continue;
            }
            let close = match (
                a.meta.date.as_deref().and_then(days),
                b.meta.date.as_deref().and_then(days),
            ) {
                (Some(x), Some(y)) => (x - y).abs() <= MAX_DAYS_APART,
                _ => false,
            };
            if !close {
                continue;
            }
            for d in [a, b] {
                if !names_of.contains_key(&d.meta.id) {
                    names_of.insert(d.meta.id.clone(), names(index, d)?);
                }
            }
            let shared: Vec<&String> = names_of[&a.meta.id]
                .intersection(&names_of[&b.meta.id])
                .collect();
            if shared.len() >= MIN_SHARED_NAMES {
                out.push(Counterparts {
                    a: a.meta.id.clone(),
                    b: b.meta.id.clone(),
                    reason: format!(
                        "dated within {MAX_DAYS_APART} days, {} names in common",
                        shared.len()
                    ),
                });
            }
        }
    }
    Ok(out)
}

/// A document as shown in a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Side {
    /// Id.
    pub doc: String,
    /// Title.
    pub title: String,
    /// Publisher.
    pub publisher: String,
    /// Language.
    pub lang: Lang,
}

impl Side {
    fn of(record: &DocRecord) -> Side {
        Side {
            doc: record.meta.id.clone(),
            title: record.meta.title.clone(),
            publisher: record.meta.publisher.clone(),
            lang: record.meta.lang,
        }
    }
}

/// Best passages of two documents on a topic, side by side.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Left document.
    pub a: Side,
    /// Right document.
    pub b: Side,
    /// Why these two are compared.
    pub reason: String,
    /// Rank-by-rank pairs; a side is None when it has fewer hits.
    pub pairs: Vec<(Option<Hit>, Option<Hit>)>,
}

fn record<'a>(docs: &'a [DocRecord], id: &str) -> Result<&'a DocRecord> {
    docs.iter()
        .find(|d| d.meta.id == id)
        .ok_or_else(|| unknown_document(id, docs))
}

/// Compares two documents on `query`: `docs` names them, else the counterparts whose
/// best passages match the query best.
pub fn compare(
    index: &AccordIndex,
    query: &str,
    docs: Option<(&str, &str)>,
    per_side: usize,
    base: &SearchOptions,
) -> Result<Option<Comparison>> {
    let records = index.documents()?;
    let candidates: Vec<Counterparts> = match docs {
        Some((a, b)) => {
            record(&records, a)?;
            record(&records, b)?;
            vec![Counterparts {
                a: a.to_string(),
                b: b.to_string(),
                reason: "named by the caller".to_string(),
            }]
        }
        None => counterparts(index)?,
    };
    if candidates.is_empty() {
        return Err(Error::NoCounterparts);
    }
    let side_hits = |doc: &str| -> Result<Vec<Hit>> {
        let opts = SearchOptions {
            limit: per_side,
            docs: vec![doc.to_string()],
            ..base.clone()
        };
        Ok(search(index, query, &opts)?.hits)
    };
    let mut best: Option<(f32, Comparison)> = None;
    for c in candidates {
        let (ha, hb) = (side_hits(&c.a)?, side_hits(&c.b)?);
        if ha.is_empty() && hb.is_empty() {
            continue;
        }
        let score = ha.first().map_or(0.0, |h| h.score) + hb.first().map_or(0.0, |h| h.score);
        let n = ha.len().max(hb.len());
        let mut ia = ha.into_iter();
        let mut ib = hb.into_iter();
        let pairs = (0..n).map(|_| (ia.next(), ib.next())).collect();
        let comparison = Comparison {
            a: Side::of(record(&records, &c.a)?),
            b: Side::of(record(&records, &c.b)?),
            reason: c.reason,
            pairs,
        };
        if best.as_ref().is_none_or(|(s, _)| score > *s) {
            best = Some((score, comparison));
        }
    }
    Ok(best.map(|(_, c)| c))
}

/// A passage in an alignment.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedPassage {
    /// 1-based position in its document.
    pub position: u64,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// Language.
    pub lang: Lang,
    /// Text.
    pub text: String,
}

impl AlignedPassage {
    fn of(p: &StoredPassage) -> AlignedPassage {
        AlignedPassage {
            position: p.position,
            path: p.path.clone(),
            line_start: p.line_start,
            line_end: p.line_end,
            lang: p.lang,
            text: p.text.clone(),
        }
    }
}

/// A passage of A and its best counterpart in B.
#[derive(Debug, Clone, Serialize)]
pub struct AlignedPair {
    /// Passage of A.
    pub a: AlignedPassage,
    /// Its counterpart in B.
    pub b: AlignedPassage,
    /// Cosine similarity of their keys, 0 to 1.
    pub score: f32,
    /// Each is the other's best match.
    pub mutual: bool,
    /// What they share (concepts, numbers, words), most telling first.
    pub shared: Vec<String>,
}

/// The alignment of two documents.
#[derive(Debug, Clone, Serialize)]
pub struct Alignment {
    /// Document A.
    pub a: Side,
    /// Document B.
    pub b: Side,
    /// Passages of A with a counterpart in B.
    pub pairs: Vec<AlignedPair>,
    /// What only A says.
    pub only_a: Vec<AlignedPassage>,
    /// What only B says.
    pub only_b: Vec<AlignedPassage>,
    /// Passages too short to align (headings, labels), per side.
    pub skipped: (usize, usize),
}

/// Lowest similarity that counts as a counterpart.
pub const MIN_SIMILARITY: f32 = 0.40;
/// Fewest keys a passage needs to be aligned at all.
const MIN_KEYS: usize = 3;

struct Keyed {
    passage: StoredPassage,
    keys: Vec<Key>,
}

/// Aligns every passage of document `a` with its best counterpart in `b`.
pub fn align(index: &AccordIndex, a: &str, b: &str) -> Result<Alignment> {
    let records = index.documents()?;
    let (ra, rb) = (record(&records, a)?, record(&records, b)?);
    let keyed = |doc: &str| -> Result<(Vec<Keyed>, usize)> {
        let mut out = Vec::new();
        let mut skipped = 0;
        for p in passages_of(index, doc)? {
            let lang = p.lang;
            let keys = keys::keys(&p.text, lang);
            if keys.len() < MIN_KEYS {
                skipped += 1;
            } else {
                out.push(Keyed { passage: p, keys });
            }
        }
        Ok((out, skipped))
    };
    let (mut pa, skipped_a) = keyed(a)?;
    let (mut pb, skipped_b) = keyed(b)?;
    // Only keys both documents use can ever match; the others would only lengthen the
    // vectors of passages rich in words the other side never uses.
    let vocabulary = |ps: &[Keyed]| -> BTreeSet<String> {
        ps.iter()
            .flat_map(|p| p.keys.iter().map(|k| k.id.clone()))
            .collect()
    };
    let common: BTreeSet<String> = vocabulary(&pa)
        .intersection(&vocabulary(&pb))
        .cloned()
        .collect();
    for p in pa.iter_mut().chain(pb.iter_mut()) {
        p.keys.retain(|k| common.contains(&k.id));
    }

    // IDF over both documents' passages.
    let n = (pa.len() + pb.len()) as f32;
    let mut df: HashMap<&str, f32> = HashMap::new();
    for k in pa.iter().chain(&pb).flat_map(|p| &p.keys) {
        *df.entry(k.id.as_str()).or_default() += 1.0;
    }
    // Names, numbers and acronyms say more about what a passage reports than general
    // words reached through the dictionary.
    let glossary = crate::translate::glossary::Glossary::embedded();
    let general: BTreeSet<String> = glossary
        .concepts()
        .filter(|(_, c)| c.kind == "general")
        .map(|(id, _)| format!("c:{id}"))
        .collect();
    let kind_weight = |id: &str| {
        if id.starts_with("w:") || general.contains(id) {
            0.6
        } else {
            1.5
        }
    };
    let idf = |id: &str| kind_weight(id) * ((n + 1.0) / df.get(id).copied().unwrap_or(1.0)).ln();
    let norm = |p: &Keyed| {
        p.keys
            .iter()
            .map(|k| idf(&k.id).powi(2))
            .sum::<f32>()
            .sqrt()
    };
    let na: Vec<f32> = pa.iter().map(norm).collect();
    let nb: Vec<f32> = pb.iter().map(norm).collect();
    let sim = |i: usize, j: usize| -> (f32, Vec<String>) {
        let mut dot = 0.0;
        let mut shared: Vec<(f32, String)> = Vec::new();
        for k in &pa[i].keys {
            if pb[j].keys.iter().any(|x| x.id == k.id) {
                let w = idf(&k.id).powi(2);
                dot += w;
                shared.push((w, k.display.clone()));
            }
        }
        shared.sort_by(|x, y| y.0.total_cmp(&x.0));
        let denom = na[i] * nb[j];
        let s = if denom > 0.0 { dot / denom } else { 0.0 };
        let mut shown: Vec<String> = Vec::new();
        for (_, d) in shared {
            if !shown.contains(&d) {
                shown.push(d);
            }
        }
        (s, shown)
    };
    let matrix: Vec<Vec<(f32, Vec<String>)>> = (0..pa.len())
        .map(|i| (0..pb.len()).map(|j| sim(i, j)).collect())
        .collect();
    let best_b =
        |i: usize| (0..pb.len()).max_by(|&x, &y| matrix[i][x].0.total_cmp(&matrix[i][y].0));
    let best_a =
        |j: usize| (0..pa.len()).max_by(|&x, &y| matrix[x][j].0.total_cmp(&matrix[y][j].0));

    // A pair is a passage's best counterpart on either side: one paragraph of A may
    // cover what B says in two.
    let counterpart = |i: usize, j: usize| matrix[i][j].0 >= MIN_SIMILARITY;
    let mut chosen: Vec<(usize, usize)> = (0..pa.len())
        .filter_map(|i| best_b(i).filter(|&j| counterpart(i, j)).map(|j| (i, j)))
        .collect();
    for (i, j) in
        (0..pb.len()).filter_map(|j| best_a(j).filter(|&i| counterpart(i, j)).map(|i| (i, j)))
    {
        if !chosen.contains(&(i, j)) {
            chosen.push((i, j));
        }
    }
    chosen.sort();
    let pairs: Vec<AlignedPair> = chosen
        .iter()
        .map(|&(i, j)| AlignedPair {
            a: AlignedPassage::of(&pa[i].passage),
            b: AlignedPassage::of(&pb[j].passage),
            score: matrix[i][j].0,
            mutual: best_a(j) == Some(i) && best_b(i) == Some(j),
            shared: matrix[i][j].1.clone(),
        })
        .collect();
    let only_a = (0..pa.len())
        .filter(|&i| !chosen.iter().any(|&(x, _)| x == i))
        .map(|i| AlignedPassage::of(&pa[i].passage))
        .collect();
    let only_b = (0..pb.len())
        .filter(|&j| !chosen.iter().any(|&(_, y)| y == j))
        .map(|j| AlignedPassage::of(&pb[j].passage))
        .collect();
    Ok(Alignment {
        a: Side::of(ra),
        b: Side::of(rb),
        pairs,
        only_a,
        only_b,
        skipped: (skipped_a, skipped_b),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(days("2023-07-03").unwrap() - days("2023-06-30").unwrap(), 3);
        assert_eq!(days("2024-03-01").unwrap() - days("2024-02-28").unwrap(), 2);
        assert!(days("2023-07").is_none());
    }
}
