//! Polish: the stop-word list. Stemming (Snowball Polish with two corrections, then
//! folding) is in `stemmer` and `analyzer`.
//!
//! Folding comes after stemming: the Polish Snowball rules are written for words with
//! their diacritics (`półprzewodników` -> `półprzewodnik` -> `polprzewodnik`). The
//! analyzer also emits the stem of the folded word, so queries typed without Polish
//! letters find other inflections too.

/// The Stopwords ISO Polish list (MIT), kept as data rather than through the
/// `stop-words` crate: that crate's tables for 60 languages cost 22,000 relocations, a
/// third of a millisecond at every start of the program.
const LIST: &str = include_str!("../../data/stopwords-pl.txt");

/// Words of the Polish list that carry meaning in statements
/// ("dwa" in "dwa kraje", "roku" in dates, "nowe" in "nowe technologie").
const KEPT: &[&str] = &[
    "dwa", "dwaj", "dwie", "dwoje", "jeden", "jedna", "jedno", "nowe", "roku", "lat", "kierunku",
    "sposób", "daleko", "dobrze", "możliwe", "dzisiaj", "dziś", "pan", "pani",
];

/// The Polish stop-word list, minus the content words kept as search terms (`KEPT`).
pub fn stop_words() -> Vec<&'static str> {
    LIST.lines()
        .map(str::trim)
        .filter(|w| !w.is_empty() && !w.starts_with('#') && !KEPT.contains(w))
        .collect()
}
