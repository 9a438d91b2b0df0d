//! The curated trilingual glossary (`data/glossary.tsv`), compiled into the binary.
//!
//! Each line is a concept with its terms in English, Polish and Korean (alternatives
//! separated by ` | `). Terms are matched through the analyzers of their language, so
//! an inflected query (`submarine cables`, `łańcucha dostaw`, `해저 케이블을`) meets the
//! dictionary form (`submarine cable`, `łańcuch dostaw`, `해저 케이블`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use crate::analysis;
use crate::lang::Lang;

/// The glossary shipped with accord.
pub const EMBEDDED: &str = include_str!("../../data/glossary.tsv");

/// One concept.
#[derive(Debug, Clone)]
pub struct Concept {
    /// Line number in the TSV (1-based), a stable id within one version.
    pub line: usize,
    /// Terms per language, in [`Lang::ALL`] order; the first is the preferred form.
    pub terms: [Vec<String>; 3],
    /// institution, place, technology, policy or general.
    pub kind: String,
}

impl Concept {
    /// The terms of `lang`.
    pub fn terms(&self, lang: Lang) -> &[String] {
        &self.terms[lang_index(lang)]
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// A parsed glossary with, per language, its terms as analyzed token sequences.
///
/// Terms are analyzed lazily, a bucket at a time: analyzing every term of a language
/// costs about 2 ms, paid on every command, while a query needs the few terms that can
/// match its words. Analysis only lower-cases, folds and strips endings, so a token
/// starts with the (lower-cased, folded) first character of a word of its term; terms
/// are bucketed by those characters, and a token looks in its own character's bucket.
pub struct Glossary {
    /// The concepts, in file order.
    pub concepts: Vec<Concept>,
    by_lang: [OnceLock<LangIndex>; 3],
}

#[derive(Default)]
struct LangIndex {
    /// Terms `(concept, term index)` by the key of each word they contain.
    terms_by_key: HashMap<char, Vec<(usize, usize)>>,
    /// Buckets analyzed so far.
    analyzed: Mutex<HashMap<char, Arc<Bucket>>>,
}

/// The analyzed terms of one key.
#[derive(Default)]
struct Bucket {
    /// Analyzed terms keyed by their first token.
    entries: HashMap<String, Vec<Entry>>,
    /// Every token of these terms.
    vocabulary: std::collections::HashSet<String>,
}

/// The bucket key of a token or word: its first character, lower-cased and folded.
fn key(word: &str) -> Option<char> {
    let c = word.chars().next()?;
    let lower: String = c.to_lowercase().collect();
    crate::analysis::folding::fold(&lower).chars().next()
}

/// Keys of every word of a term: the start of each run of letters and digits (a run
/// also ends where Hangul meets other letters: `6G를` gives `6` and `를`), and every
/// other character that is not a space.
fn term_keys(term: &str) -> Vec<char> {
    let mut keys = Vec::new();
    let mut prev: Option<char> = None;
    for c in term.chars() {
        // Punctuation inside a word can be a token of its own (`·` in `인도·태평양`).
        let starts = !c.is_whitespace()
            && (!c.is_alphanumeric()
                || prev.is_none_or(|p| {
                    !p.is_alphanumeric()
                        || crate::analysis::korean::is_hangul(p)
                            != crate::analysis::korean::is_hangul(c)
                }));
        if starts {
            if let Some(k) = key(&c.to_string()) {
                if !keys.contains(&k) {
                    keys.push(k);
                }
            }
        }
        prev = Some(c);
    }
    keys
}

#[derive(Debug, Clone)]
struct Entry {
    tokens: Vec<String>,
    concept: usize,
}

/// A glossary match in a token sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// First token (index into the sequence given).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Concepts whose term analyzes to these tokens (several when stems collide:
    /// `government` and `governance` both give `govern`).
    pub concepts: Vec<usize>,
}

/// The analyzed form of a term in `lang`: one token per position, the shortest
/// alternative (a Korean word's stem rather than the word with its particle).
pub fn analyzed(lang: Lang, text: &str) -> Vec<String> {
    analyzed_with(&mut analysis::language_analyzer(lang), text)
}

/// [`analyzed`] with an analyzer the caller keeps (for many terms in a row).
pub fn analyzed_with(analyzer: &mut tantivy::tokenizer::TextAnalyzer, text: &str) -> Vec<String> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for t in analysis::tokens(analyzer, text) {
        match out.last_mut() {
            Some((pos, s)) if *pos == t.position => {
                if t.text.len() < s.len() {
                    *s = t.text;
                }
            }
            _ => out.push((t.position, t.text)),
        }
    }
    out.into_iter().map(|(_, s)| s).collect()
}

impl Glossary {
    /// The embedded glossary, parsed once per process.
    pub fn embedded() -> &'static Glossary {
        static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
        GLOSSARY.get_or_init(|| Glossary::parse(EMBEDDED).expect("the embedded glossary is valid"))
    }

    /// Parses glossary TSV; errors name the line.
    pub fn parse(text: &str) -> Result<Glossary, String> {
        let mut concepts = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let n = i + 1;
            if n == 1 || line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() != 4 {
                return Err(format!(
                    "line {n}: expected 4 tab-separated cells, found {}",
                    cells.len()
                ));
            }
            let split = |cell: &str| -> Vec<String> {
                cell.split(" | ")
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            let (en, pl, ko) = (split(cells[0]), split(cells[1]), split(cells[2]));
            if en.is_empty() || pl.is_empty() || ko.is_empty() {
                return Err(format!("line {n}: every language needs a term"));
            }
            concepts.push(Concept {
                line: n,
                terms: [pl, en, ko],
                kind: cells[3].trim().to_string(),
            });
        }
        Ok(Glossary {
            concepts,
            by_lang: Default::default(),
        })
    }

    fn lang_index(&self, lang: Lang) -> &LangIndex {
        self.by_lang[lang_index(lang)].get_or_init(|| {
            let mut index = LangIndex::default();
            for (ci, concept) in self.concepts.iter().enumerate() {
                for (ti, term) in concept.terms(lang).iter().enumerate() {
                    for k in term_keys(term) {
                        index.terms_by_key.entry(k).or_default().push((ci, ti));
                    }
                }
            }
            index
        })
    }

    /// The analyzed terms of `lang` that a token starting like `token` can belong to.
    fn bucket(&self, lang: Lang, token: &str) -> Option<Arc<Bucket>> {
        let k = key(token)?;
        let index = self.lang_index(lang);
        let mut analyzed = index.analyzed.lock().unwrap_or_else(|e| e.into_inner());
        let bucket = analyzed.entry(k).or_insert_with(|| {
            let mut bucket = Bucket::default();
            let mut analyzer = analysis::language_analyzer(lang);
            for &(ci, ti) in index.terms_by_key.get(&k).into_iter().flatten() {
                let tokens = analyzed_with(&mut analyzer, &self.concepts[ci].terms(lang)[ti]);
                bucket.vocabulary.extend(tokens.iter().cloned());
                if let Some(first) = tokens.first() {
                    let entries = bucket.entries.entry(first.clone()).or_default();
                    if !entries
                        .iter()
                        .any(|e| e.concept == ci && e.tokens == tokens)
                    {
                        entries.push(Entry {
                            tokens,
                            concept: ci,
                        });
                    }
                }
            }
            Arc::new(bucket)
        });
        Some(Arc::clone(bucket))
    }

    /// Longest glossary matches, left to right, in a sequence of analyzed tokens of
    /// `lang` (as produced by [`analyzed`]).
    pub fn find(&self, lang: Lang, tokens: &[String]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            let bucket = self.bucket(lang, &tokens[i]);
            let entries = bucket.as_ref().and_then(|b| b.entries.get(&tokens[i]));
            let longest = entries
                .into_iter()
                .flatten()
                .filter(|e| tokens[i..].starts_with(&e.tokens))
                .map(|e| e.tokens.len())
                .max();
            match longest {
                Some(len) => {
                    let mut concepts: Vec<usize> = entries
                        .into_iter()
                        .flatten()
                        .filter(|e| e.tokens.len() == len && tokens[i..].starts_with(&e.tokens))
                        .map(|e| e.concept)
                        .collect();
                    concepts.dedup();
                    out.push(Match {
                        start: i,
                        end: i + len,
                        concepts,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Is this (analyzed) token part of some term of `lang`?
    pub fn knows(&self, lang: Lang, token: &str) -> bool {
        self.bucket(lang, token)
            .is_some_and(|b| b.vocabulary.contains(token))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_round_trips_through_the_analyzers() {
        // Each term, analyzed, is found as a whole match of its own concept (or of a
        // concept holding the same term).
        let g = Glossary::embedded();
        let mut failures = Vec::new();
        for (ci, c) in g.concepts.iter().enumerate() {
            for lang in Lang::ALL {
                for term in c.terms(lang) {
                    let tokens = analyzed(lang, term);
                    if tokens.is_empty() {
                        failures.push(format!(
                            "line {}: {lang} {term:?} analyzes to nothing",
                            c.line
                        ));
                        continue;
                    }
                    let found = g.find(lang, &tokens);
                    let whole = found
                        .iter()
                        .any(|m| m.start == 0 && m.end == tokens.len() && m.concepts.contains(&ci));
                    if !whole {
                        failures.push(format!(
                            "line {}: {lang} {term:?} -> {tokens:?} -> {found:?}",
                            c.line
                        ));
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn every_token_of_a_term_starts_like_a_word_of_it() {
        // The invariant the lazy buckets rely on.
        let g = Glossary::embedded();
        for c in &g.concepts {
            for lang in Lang::ALL {
                for term in c.terms(lang) {
                    let keys = term_keys(term);
                    for token in analyzed(lang, term) {
                        assert!(
                            key(&token).is_some_and(|k| keys.contains(&k)),
                            "line {}: {lang} {term:?}: token {token:?} not under {keys:?}",
                            c.line
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn inflected_forms_meet_dictionary_forms() {
        let g = Glossary::embedded();
        let concept_of = |lang, text: &str| {
            let tokens = analyzed(lang, text);
            let m = g.find(lang, &tokens);
            assert_eq!(m.len(), 1, "{text:?} -> {tokens:?} -> {m:?}");
            g.concepts[m[0].concepts[0]].terms(Lang::En)[0].clone()
        };
        assert_eq!(concept_of(Lang::En, "submarine cables"), "submarine cable");
        assert_eq!(concept_of(Lang::Pl, "łańcucha dostaw"), "supply chain");
        assert_eq!(concept_of(Lang::Pl, "półprzewodników"), "semiconductor");
        assert_eq!(concept_of(Lang::Ko, "반도체를"), "semiconductor");
        assert_eq!(concept_of(Lang::Pl, "w Brukseli"), "Brussels");
    }

    #[test]
    fn a_malformed_line_is_reported_with_its_number() {
        let err = Glossary::parse("en\tpl\tko\tkind\nchip\tczip\n")
            .err()
            .unwrap();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
