//! Polish: the stop-word list. Stemming (Snowball Polish with two corrections, then
//! folding) is in `stemmer` and `analyzer`.
//!
//! Folding comes after stemming: the Polish Snowball rules are written for words with
//! their diacritics (`półprzewodników` -> `półprzewodnik` -> `polprzewodnik`). The
//! analyzer also emits the stem of the folded word, so queries typed without Polish
//! letters find other inflections too.

/// Words of the `stop-words` crate's Polish list that carry meaning in statements
/// ("dwa" in "dwa kraje", "roku" in dates, "nowe" in "nowe technologie").
const KEPT: &[&str] = &[
    "dwa", "dwaj", "dwie", "dwoje", "jeden", "jedna", "jedno", "nowe", "roku", "lat", "kierunku",
    "sposób", "daleko", "dobrze", "możliwe", "dzisiaj", "dziś", "pan", "pani",
];

/// The Polish stop-word list.
pub fn stop_words() -> Vec<&'static str> {
    stop_words::get("pl")
        .iter()
        .copied()
        .filter(|w| !KEPT.contains(w))
        .collect()
}
