//! Which senses of a translation to search, chosen by evidence rather than position.
//!
//! A dictionary article lists senses in its own order (krdict's are alphabetical,
//! Wiktionary's are not by frequency), so the first ones are not the likely ones:
//! `cable -> lina | cuma | kabel | przewód` has the sense a statement uses third. Every
//! sense is therefore weighed against the index the search runs on ([`Evidence`]):
//! - a sense that occurs in no passage is dropped (it cannot match anything, and it
//!   costs a query clause);
//! - a sense that occurs in most passages is dropped (it tells none apart);
//! - the others are kept, each weighted by how discriminating it is there (its IDF,
//!   relative to a word that occurs once), the most discriminating first, up to
//!   [`MAX_SENSES`] for the cost of the query.
//!
//! Senses that analyze alike (`공급`, `공급하다`) are one sense.

use std::collections::HashSet;

use serde::Serialize;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::analysis::{self, Analyzed, Analyzer, Form};
use crate::lang::Lang;

/// Most senses of one translation searched: a generous bound on the query's cost, not a
/// choice of meaning (a word rarely has more senses in the index).
pub const MAX_SENSES: usize = 12;

/// A sense found in more than this share of the passages is too common to tell passages
/// apart (only counted in an index of at least [`COMMON_MIN_PASSAGES`] passages).
const COMMON_SHARE: f64 = 0.2;

/// Below this many passages no sense is called too common.
const COMMON_MIN_PASSAGES: u64 = 200;

/// How the index uses a translation.
pub trait Evidence {
    /// In how many passages `text` (a word or phrase of `lang`, analyzed as `lang`
    /// analyzes it) may occur: for a phrase, 0 when it never occurs as a phrase, else the
    /// passages of its rarest word. None when nothing is known (no index): then every
    /// sense is kept.
    fn doc_freq(&self, lang: Lang, text: &str) -> Option<u64>;
    /// Passages in the index.
    fn passages(&self) -> u64;
}

/// No index to weigh senses against: every sense is kept, at its source's weight.
pub struct NoEvidence;

impl Evidence for NoEvidence {
    fn doc_freq(&self, _: Lang, _: &str) -> Option<u64> {
        None
    }
    fn passages(&self) -> u64 {
        0
    }
}

/// The body field of an index, as evidence.
pub struct IndexEvidence<'s> {
    searcher: &'s Searcher,
    field: Field,
}

impl<'s> IndexEvidence<'s> {
    /// Evidence from `field` (the body field) of the index `searcher` reads.
    pub fn new(searcher: &'s Searcher, field: Field) -> Self {
        IndexEvidence { searcher, field }
    }

    fn term_freq(&self, text: &str) -> u64 {
        self.searcher
            .doc_freq(&Term::from_field_text(self.field, text))
            .unwrap_or(0)
    }
}

impl Evidence for IndexEvidence<'_> {
    fn doc_freq(&self, lang: Lang, text: &str) -> Option<u64> {
        // Each position by its stems, as the index may spell them (marked, or as a word
        // that is its own stem): a translation is searched by its stems. A position
        // counts by its most used spelling; a phrase by its rarest position, once it is
        // known to occur as a phrase at all.
        // A one-word sense is searched inside the index's compounds too (`버스` in
        // `수소버스`, behind the part mark), so its parts count as occurrences; a phrase
        // is searched as a phrase of whole words only.
        let mark = analysis::stem_mark(lang);
        let positions = stems_by_position(lang, text);
        let part_mark = analysis::part_mark(lang).filter(|_| positions.len() == 1);
        let mut best: Vec<(String, u64)> = Vec::new();
        for stems in positions {
            let spelled = stems
                .iter()
                .flat_map(|s| {
                    [Some(format!("{mark}{s}")), Some(s.clone())]
                        .into_iter()
                        .chain([part_mark.map(|p| format!("{p}{s}"))])
                        .flatten()
                })
                .map(|t| {
                    let n = self.term_freq(&t);
                    (t, n)
                })
                .max_by_key(|(_, n)| *n);
            best.extend(spelled);
        }
        let rarest = best.iter().map(|(_, n)| *n).min().unwrap_or(0);
        if best.len() > 1 && rarest > 0 && !self.phrase_occurs(&best) {
            return Some(0);
        }
        Some(rarest)
    }

    fn passages(&self) -> u64 {
        self.searcher.num_docs()
    }
}

impl IndexEvidence<'_> {
    /// Whether the terms occur next to each other, in order, in some passage.
    fn phrase_occurs(&self, terms: &[(String, u64)]) -> bool {
        use tantivy::query::{EnableScoring, PhraseQuery, Query};
        use tantivy::DocSet;
        let phrase = PhraseQuery::new(
            terms
                .iter()
                .map(|(t, _)| Term::from_field_text(self.field, t))
                .collect(),
        );
        let Ok(weight) = phrase.weight(EnableScoring::disabled_from_searcher(self.searcher)) else {
            return true;
        };
        self.searcher.segment_readers().iter().any(|reader| {
            weight
                .scorer(reader, 1.0)
                .is_ok_and(|scorer| scorer.doc() != tantivy::TERMINATED)
        })
    }
}

/// The stems of each position of `text` in `lang` (positions without stems, stop
/// words, left out).
pub fn stems_by_position(lang: Lang, text: &str) -> Vec<Vec<String>> {
    let mut analyzed = Analyzed::default();
    Analyzer::new(lang).analyze(text, &mut analyzed);
    let mut out: Vec<(u32, Vec<String>)> = Vec::new();
    for (t, s) in analyzed.iter().filter(|(t, _)| t.form == Form::Stem) {
        match out.last_mut() {
            Some((p, stems)) if *p == t.position => stems.push(s.to_string()),
            _ => out.push((t.position, vec![s.to_string()])),
        }
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// A sense kept, with its weight.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sense {
    /// The word or phrase in the target language.
    pub text: String,
    /// Weight relative to the query's own words' translations (1: a glossary or
    /// dictionary translation of a word that occurs once in the index).
    pub weight: f32,
    /// Passages it may occur in (None: no index consulted).
    pub doc_freq: Option<u64>,
}

/// Why a sense is not searched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// It occurs in no passage of the index.
    NotInIndex,
    /// It occurs in so many passages that it tells none apart.
    TooCommon,
    /// Only stop words: nothing to search.
    StopWords,
    /// More senses than a query searches, and rarer ones ranked first.
    OverCap,
    /// A word of a glossary phrase, in a sense the phrase does not mean.
    OtherSense,
}

impl DropReason {
    /// Shown to users.
    pub fn label(self) -> &'static str {
        match self {
            DropReason::NotInIndex => "not in the index",
            DropReason::TooCommon => "too common in the index",
            DropReason::StopWords => "only stop words",
            DropReason::OverCap => "over the cap of senses per word",
            DropReason::OtherSense => "not the sense of the glossary phrase",
        }
    }
}

/// A sense not searched, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dropped {
    /// The word or phrase in the target language.
    pub text: String,
    /// Why.
    pub reason: DropReason,
    /// Passages it may occur in (None: no index consulted).
    pub doc_freq: Option<u64>,
}

/// Chooses among `candidates` (text, weight of where it comes from) in `to`, by
/// `evidence`: the senses kept, most discriminating first, and those dropped.
pub fn choose(
    to: Lang,
    candidates: &[(String, f32)],
    evidence: &dyn Evidence,
) -> (Vec<Sense>, Vec<Dropped>) {
    let mut seen: HashSet<Vec<String>> = HashSet::new();
    let mut kept: Vec<Sense> = Vec::new();
    let mut dropped: Vec<Dropped> = Vec::new();
    let passages = evidence.passages();
    for (text, prior) in candidates {
        let stems = stems_by_position(to, text);
        if stems.is_empty() {
            dropped.push(Dropped {
                text: text.clone(),
                reason: DropReason::StopWords,
                doc_freq: None,
            });
            continue;
        }
        // Senses that analyze alike are searched alike (a phrase by each word's
        // shortest stem): the first stands for them.
        let key: Vec<String> = stems
            .iter()
            .filter_map(|s| s.iter().min_by_key(|s| s.len()).cloned())
            .collect();
        if !seen.insert(key) {
            continue;
        }
        let doc_freq = evidence.doc_freq(to, text);
        let reason = match doc_freq {
            Some(0) => Some(DropReason::NotInIndex),
            Some(n)
                if passages >= COMMON_MIN_PASSAGES && n as f64 > COMMON_SHARE * passages as f64 =>
            {
                Some(DropReason::TooCommon)
            }
            _ => None,
        };
        match reason {
            Some(reason) => dropped.push(Dropped {
                text: text.clone(),
                reason,
                doc_freq,
            }),
            None => kept.push(Sense {
                text: text.clone(),
                weight: prior * discrimination(doc_freq, passages),
                doc_freq,
            }),
        }
    }
    kept.sort_by(|a, b| b.weight.total_cmp(&a.weight));
    for sense in kept.split_off(kept.len().min(MAX_SENSES)) {
        dropped.push(Dropped {
            text: sense.text,
            reason: DropReason::OverCap,
            doc_freq: sense.doc_freq,
        });
    }
    (kept, dropped)
}

/// How discriminating a sense is in the index: its IDF relative to that of a word found
/// in one passage (1 for the rarest, falling towards 0 for a word in every passage);
/// 1 without evidence.
fn discrimination(doc_freq: Option<u64>, passages: u64) -> f32 {
    match doc_freq {
        Some(df) if passages > 1 => {
            let idf = |df: f64| (1.0 + (passages as f64 - df + 0.5) / (df + 0.5)).ln();
            (idf(df as f64) / idf(1.0)) as f32
        }
        _ => 1.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Evidence from a table of (language, word, passages): a text occurs where a word
    /// with its stems does.
    struct Table(Vec<(Lang, &'static str, u64)>, u64);

    impl Evidence for Table {
        fn doc_freq(&self, lang: Lang, text: &str) -> Option<u64> {
            let df = |stems: &Vec<String>| {
                self.0
                    .iter()
                    .filter(|(l, w, _)| *l == lang && stems_by_position(lang, w)[0] == *stems)
                    .map(|(_, _, n)| *n)
                    .max()
                    .unwrap_or(0)
            };
            stems_by_position(lang, text).iter().map(df).min()
        }
        fn passages(&self) -> u64 {
            self.1
        }
    }

    fn texts(senses: &[Sense]) -> Vec<&str> {
        senses.iter().map(|s| s.text.as_str()).collect()
    }

    #[test]
    fn senses_absent_from_the_index_are_dropped_and_rare_ones_weigh_more() {
        let evidence = Table(vec![(Lang::Pl, "kabli", 2), (Lang::Pl, "liny", 40)], 1000);
        let candidates: Vec<(String, f32)> = ["lina", "cuma", "kabel", "przewód"]
            .iter()
            .map(|s| (s.to_string(), 1.0))
            .collect();
        let (kept, dropped) = choose(Lang::Pl, &candidates, &evidence);
        assert_eq!(texts(&kept), ["kabel", "lina"], "{kept:?}");
        assert!(kept[0].weight > kept[1].weight, "{kept:?}");
        let absent: Vec<&str> = dropped
            .iter()
            .filter(|d| d.reason == DropReason::NotInIndex)
            .map(|d| d.text.as_str())
            .collect();
        assert_eq!(absent, ["cuma", "przewód"]);
    }

    #[test]
    fn a_sense_in_most_passages_is_too_common() {
        let evidence = Table(
            vec![(Lang::En, "make", 900), (Lang::En, "produced", 30)],
            1000,
        );
        let candidates = vec![("make".to_string(), 1.0), ("produce".to_string(), 1.0)];
        let (kept, dropped) = choose(Lang::En, &candidates, &evidence);
        assert_eq!(texts(&kept), ["produce"]);
        assert_eq!(dropped[0].reason, DropReason::TooCommon);
    }

    #[test]
    fn without_evidence_every_sense_is_kept_once() {
        let candidates = vec![("공급".to_string(), 1.0), ("공급하다".to_string(), 1.0)];
        let (kept, dropped) = choose(Lang::Ko, &candidates, &NoEvidence);
        assert_eq!(texts(&kept), ["공급"]);
        assert_eq!(kept[0].weight, 1.0);
        assert_eq!(dropped.len(), 0, "{dropped:?}");
        let (_, dropped) = choose(Lang::En, &[("the".to_string(), 1.0)], &NoEvidence);
        assert_eq!(dropped[0].reason, DropReason::StopWords);
    }

    #[test]
    fn the_cap_keeps_the_most_discriminating() {
        let words = [
            "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
            "juliet", "kilo", "lima", "mike", "november",
        ];
        let evidence = Table(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (Lang::En, *w, i as u64 + 1))
                .collect(),
            10_000,
        );
        let candidates: Vec<(String, f32)> =
            words.iter().rev().map(|w| (w.to_string(), 1.0)).collect();
        let (kept, dropped) = choose(Lang::En, &candidates, &evidence);
        assert_eq!(kept.len(), MAX_SENSES);
        assert_eq!(kept[0].text, "alpha");
        assert!(dropped.iter().all(|d| d.reason == DropReason::OverCap));
        assert_eq!(texts(&kept).last(), Some(&"lima"));
    }
}
