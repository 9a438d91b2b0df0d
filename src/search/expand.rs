//! Words the query did not spell out: the terms a prefix (`semicond*`) or a typo
//! (`semicondutor`) stands for, found in the body field's term dictionary.
//!
//! Both walk tantivy's term dictionary (an FST per segment): a prefix as a range of
//! keys, a typo through the Levenshtein automaton tantivy's `FuzzyTermQuery` builds.
//! Only word forms take part (exact and folded spellings); stems, which the index keeps
//! behind a language mark byte, are not words a user typed. Expansion is bounded: the
//! terms found in most passages first, at most [`MAX_PREFIX_TERMS`] or
//! [`MAX_TYPO_TERMS`] of them, and a prefix stops reading the dictionary after
//! [`MAX_PREFIX_SCAN`] keys.
//!
//! Typo tolerance follows Meilisearch: one typo (an insertion, deletion, substitution
//! or swap of neighbours) from 5 letters, two from 9, a typo on the first letter
//! counting as two (people rarely get the first letter wrong: `sanctions` is not two
//! typos from `actions`), none on numbers and codes (a word with a digit, or in
//! capitals: `6G`, `2030`, `ROK-EU`).

use std::collections::HashMap;

use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// Most terms a prefix expands to.
pub const MAX_PREFIX_TERMS: usize = 64;
/// Most dictionary keys a prefix reads per segment (`a*` in a large index).
pub const MAX_PREFIX_SCAN: usize = 100_000;
/// Most terms a word with a typo expands to.
pub const MAX_TYPO_TERMS: usize = 16;
/// Fewest letters for one typo, and for two.
pub const ONE_TYPO_FROM: usize = 5;
/// Fewest letters for two typos.
pub const TWO_TYPOS_FROM: usize = 9;

/// A term a word stands for, with the passages that hold it (summed over segments).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Expansion {
    /// The term as the index spells it.
    pub term: String,
    /// Passages (and other documents) that contain it.
    pub doc_freq: u64,
    /// Typos between the word and the term (0 for a prefix).
    pub typos: u8,
}

/// Whether a term is a word form (not a stem behind its language's mark byte).
fn is_word_form(term: &str) -> bool {
    term.chars().next().is_some_and(|c| !c.is_control())
}

/// How many typos `word` (as typed) may have: none for numbers and codes.
pub fn typo_budget(word: &str) -> u8 {
    if word.chars().any(|c| c.is_numeric()) || !word.chars().all(char::is_alphabetic) {
        // Digits (`6G`, `2030`), or hyphens and other marks (`ROK-EU`, `e-mail`): codes
        // and compounds, compared as typed.
        return 0;
    }
    let letters = word.chars().count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    if capitals == letters && letters > 1 {
        // An acronym (`NATO`, `ASEAN`).
        return 0;
    }
    // Hangul syllables are whole blocks; an edit distance over them is not a typo.
    if word.chars().any(crate::script::is_hangul) {
        return 0;
    }
    match letters {
        n if n >= TWO_TYPOS_FROM => 2,
        n if n >= ONE_TYPO_FROM => 1,
        _ => 0,
    }
}

/// Typos between a word and a term: edits (a swap of neighbours is one), and one more
/// when the first letter differs.
fn typos_between(word: &str, term: &str) -> u8 {
    let edits = strsim::osa_distance(word, term);
    let first = usize::from(word.chars().next() != term.chars().next());
    (edits + first).min(u8::MAX as usize) as u8
}

/// Keeps the `max` terms found in most passages (fewest typos first), by term.
fn best(found: HashMap<String, (u64, u8)>, max: usize) -> Vec<Expansion> {
    let mut out: Vec<Expansion> = found
        .into_iter()
        .map(|(term, (doc_freq, typos))| Expansion {
            term,
            doc_freq,
            typos,
        })
        .collect();
    out.sort_by(|a, b| {
        a.typos
            .cmp(&b.typos)
            .then(b.doc_freq.cmp(&a.doc_freq))
            .then(a.term.cmp(&b.term))
    });
    out.truncate(max);
    out.sort_by(|a, b| a.term.cmp(&b.term));
    out
}

/// The word forms in `field` that start with `prefix` (as the index spells terms:
/// lower case; pass the folded prefix too to reach folded forms).
pub fn prefix_terms(
    searcher: &Searcher,
    field: Field,
    prefix: &str,
) -> tantivy::Result<Vec<Expansion>> {
    let mut found: HashMap<String, (u64, u8)> = HashMap::new();
    if prefix.is_empty() {
        return Ok(Vec::new());
    }
    for reader in searcher.segment_readers() {
        let inverted = reader.inverted_index(field)?;
        let mut stream = inverted
            .terms()
            .range()
            .ge(prefix.as_bytes())
            .into_stream()?;
        let mut scanned = 0;
        while stream.advance() && scanned < MAX_PREFIX_SCAN {
            scanned += 1;
            let key = stream.key();
            if !key.starts_with(prefix.as_bytes()) {
                break;
            }
            let Ok(term) = std::str::from_utf8(key) else {
                continue;
            };
            if is_word_form(term) {
                found.entry(term.to_string()).or_insert((0, 0)).0 += stream.value().doc_freq as u64;
            }
        }
    }
    Ok(best(found, MAX_PREFIX_TERMS))
}

/// The word forms in `field` within `budget` typos of `word` (lower-cased, as the
/// index spells terms), other than `word` itself. Terms with digits are never typos
/// of a word.
pub fn typo_terms(
    searcher: &Searcher,
    field: Field,
    word: &str,
    budget: u8,
) -> tantivy::Result<Vec<Expansion>> {
    if budget == 0 {
        return Ok(Vec::new());
    }
    let query = FuzzyTermQuery::new(Term::from_field_text(field, word), budget, true);
    let mut found: HashMap<String, (u64, u8)> = HashMap::new();
    for reader in searcher.segment_readers() {
        let inverted = reader.inverted_index(field)?;
        let mut stream = inverted.terms().search(query.automaton()?).into_stream()?;
        while stream.advance() {
            let Ok(term) = std::str::from_utf8(stream.key()) else {
                continue;
            };
            if term == word || !is_word_form(term) || term.chars().any(|c| c.is_numeric()) {
                continue;
            }
            let typos = typos_between(word, term);
            if typos > budget {
                continue;
            }
            let entry = found.entry(term.to_string()).or_insert((0, typos));
            entry.0 += stream.value().doc_freq as u64;
        }
    }
    Ok(best(found, MAX_TYPO_TERMS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_budgets_follow_word_length_and_spare_codes() {
        for (word, budget) in [
            ("chip", 0),
            ("chips", 1),
            ("semicondutor", 2),
            ("cooperatin", 2),
            ("cyberspac", 2),
            ("research", 1),
            ("6G", 0),
            ("2030", 0),
            ("ROK-EU", 0),
            ("ASEAN", 0),
            ("Korea", 1),
            ("zero-emission", 0),
            ("półprzewodnik", 2),
            ("반도체협력", 0),
        ] {
            assert_eq!(typo_budget(word), budget, "{word}");
        }
    }

    fn index_of(texts: &[&str]) -> (tantivy::Index, Field) {
        use tantivy::schema::{Schema, TEXT};
        let mut schema = Schema::builder();
        let body = schema.add_text_field("body", TEXT);
        let index = tantivy::Index::create_in_ram(schema.build());
        let mut writer: tantivy::IndexWriter = index.writer(15_000_000).unwrap();
        for t in texts {
            writer.add_document(tantivy::doc!(body => *t)).unwrap();
        }
        writer.commit().unwrap();
        (index, body)
    }

    fn terms(found: Vec<Expansion>) -> Vec<(String, u8)> {
        found.into_iter().map(|e| (e.term, e.typos)).collect()
    }

    #[test]
    fn prefixes_and_typos_expand_over_the_term_dictionary() {
        let (index, body) = index_of(&[
            "semiconductor semiconductors semicolon emiconductor",
            "semiconductor supply",
            "\u{2}semiconductor 2031",
        ]);
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(
            terms(prefix_terms(&searcher, body, "semicond").unwrap()),
            [("semiconductor".into(), 0), ("semiconductors".into(), 0)]
        );
        assert_eq!(
            terms(typo_terms(&searcher, body, "semicondutor", 2).unwrap()),
            [("semiconductor".into(), 1), ("semiconductors".into(), 2)]
        );
        assert!(typo_terms(&searcher, body, "2030", 0).unwrap().is_empty());
        assert!(typo_terms(&searcher, body, "semiconductor", 1)
            .unwrap()
            .iter()
            .all(|e| e.term != "semiconductor"));
    }
}
