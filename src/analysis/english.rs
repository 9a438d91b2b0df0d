//! English: the stop-word list. Stemming (Porter2, then folding) is in `stemmer` and
//! `analyzer`.

/// Lucene's English stop words (as in tantivy's `StopWordFilter::new(Language::English)`,
/// Apache-2.0): short, so content words such as `all` or `other` stay searchable.
pub const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it",
    "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
    "they", "this", "to", "was", "will", "with",
];
