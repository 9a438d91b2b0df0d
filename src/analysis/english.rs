//! The English analyzer: words, lower-case, stop words, Snowball English (Porter2), folding.

use frostem::Algorithm;
use tantivy::tokenizer::{Language, LowerCaser, StopWordFilter, TextAnalyzer};

use super::folding::DiacriticFolder;
use super::stemmer::SafeStemmer;
use super::words::WordTokenizer;

/// Builds the English analyzer.
pub fn analyzer() -> TextAnalyzer {
    let stop = StopWordFilter::new(Language::English).expect("tantivy ships an English list");
    TextAnalyzer::builder(WordTokenizer::default())
        .filter(LowerCaser)
        .filter(stop)
        .filter(SafeStemmer::new(Algorithm::English))
        .filter(DiacriticFolder::default())
        .build()
}
