//! The Polish analyzer: words, lower-case, stop words, Snowball Polish, folding.
//!
//! Folding comes after stemming: the Polish Snowball rules are written for words with
//! their diacritics (`półprzewodników` -> `półprzewodnik` -> `polprzewodnik`). The
//! stemmer also emits the stem of the folded word, so queries typed without Polish
//! letters find other inflections too (see `stemmer`).

use frostem::Algorithm;
use tantivy::tokenizer::{LowerCaser, StopWordFilter, TextAnalyzer};

use super::stemmer::SafeStemmer;
use super::words::WordTokenizer;

/// Words of the `stop-words` crate's Polish list that carry meaning in statements
/// ("dwa" in "dwa kraje", "roku" in dates, "nowe" in "nowe technologie").
const KEPT: &[&str] = &[
    "dwa", "dwaj", "dwie", "dwoje", "jeden", "jedna", "jedno", "nowe", "roku", "lat", "kierunku",
    "sposób", "daleko", "dobrze", "możliwe", "dzisiaj", "dziś", "pan", "pani",
];

/// The Polish stop-word list.
pub fn stop_words() -> Vec<String> {
    stop_words::get("pl")
        .iter()
        .filter(|w| !KEPT.contains(w))
        .map(|w| w.to_string())
        .collect()
}

/// Builds the Polish analyzer.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LowerCaser)
        .filter(StopWordFilter::remove(stop_words()))
        .filter(SafeStemmer::folding(Algorithm::Polish))
        .build()
}
