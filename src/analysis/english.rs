//! English: stop words and stems (Porter2, then folding).

use std::sync::OnceLock;

use frostem::Algorithm;
use rustc_hash::FxHashSet;

use super::folding::fold_into;
use super::language::Language;
use super::stemmer::stem_safe_into;
use crate::lang::Lang;

/// Lucene's English stop words (as in tantivy's `StopWordFilter::new(Language::English)`,
/// Apache-2.0): short, so content words such as `all` or `other` stay searchable.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
    "they", "this", "to", "was", "will", "with",
];

/// The English rules.
pub struct English;

impl Language for English {
    fn lang(&self) -> Lang {
        Lang::En
    }

    fn is_stop_word(&self, exact: &str) -> bool {
        static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
        SET.get_or_init(|| STOP_WORDS.iter().copied().collect())
            .contains(exact)
    }

    /// The Porter2 stem, folded.
    fn stems_into(&self, exact: &str, out: &mut String) {
        let mut stem = String::with_capacity(exact.len());
        stem_safe_into(Algorithm::English, exact, &mut stem);
        fold_into(&stem, out);
    }
}
