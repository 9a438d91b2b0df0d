//! Polish: stop words, stems (Snowball Polish with two corrections, then folding) and
//! the folding quirk of stemming the folded word too.
//!
//! Folding comes after stemming: the Polish Snowball rules are written for words with
//! their diacritics (`półprzewodników` -> `półprzewodnik` -> `polprzewodnik`). The stem
//! of the folded word is added when it differs (Snowball Polish recognises `-ów` but
//! not `-ow`), so queries typed without Polish letters find other inflections too, and
//! both sides of the index meet on `stem(fold(word))`.

use std::cell::RefCell;
use std::sync::OnceLock;

use frostem::Algorithm;
use rustc_hash::FxHashSet;

use super::folding::fold_into;
use super::language::Language;
use super::stemmer::stemmable;
use crate::lang::Lang;

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

/// The Polish rules.
pub struct Polish;

thread_local! {
    static SCRATCH: RefCell<(String, String)> = const { RefCell::new((String::new(), String::new())) };
}

impl Language for Polish {
    fn lang(&self) -> Lang {
        Lang::Pl
    }

    fn is_stop_word(&self, exact: &str) -> bool {
        static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
        SET.get_or_init(|| stop_words().into_iter().collect())
            .contains(exact)
    }

    /// The stem, folded; and the stem of the folded word when it differs.
    fn stems_into(&self, exact: &str, out: &mut String) {
        SCRATCH.with(|s| {
            let (a, b) = &mut *s.borrow_mut();
            a.clear();
            stem_into(exact, a);
            fold_into(a, out);
            if !exact.is_ascii() {
                b.clear();
                fold_into(exact, b);
                if b != exact {
                    a.clear();
                    stem_into(b, a);
                    if *a != out[..] {
                        out.push('\0');
                        out.push_str(a);
                    }
                }
            }
        });
    }
}

/// Appends the Polish stem of `word` to `out`: Snowball, then the two corrections
/// ([`drop_final_i`], [`drop_mobile_e`]).
pub fn stem_into(word: &str, out: &mut String) {
    if stemmable(word) {
        let stem = frostem::Stemmer::new(Algorithm::Polish)
            .stem(word)
            .into_owned();
        out.push_str(&drop_mobile_e(drop_final_i(stem)));
    } else {
        out.push_str(word);
    }
}

/// Snowball Polish leaves the `i` of `-ii`/`-gii` genitives (`technologii` ->
/// `technologi`) but not of the nominative (`technologia` -> `technolog`): drop a final
/// `i` after a consonant from stems of six letters or more.
pub fn drop_final_i(stem: String) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aąeęioóuy".contains(c);
    if n >= 6 && chars[n - 1] == 'i' && consonant(chars[n - 2]) {
        chars[..n - 1].iter().collect()
    } else {
        stem
    }
}

/// Polish drops the e of a final `-el`, `-ek`, `-ec` when the word is inflected
/// (`kabel`, `kabli`; `budynek`, `budynku`), which Snowball does not undo: drop it from
/// such stems, so every form of the word meets on `kabl`, `budynk`.
pub fn drop_mobile_e(stem: String) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aąeęioóuy".contains(c);
    if n >= 5
        && chars[n - 2] == 'e'
        && matches!(chars[n - 1], 'l' | 'k' | 'c')
        && consonant(chars[n - 3])
    {
        let mut out: String = chars[..n - 2].iter().collect();
        out.push(chars[n - 1]);
        out
    } else {
        stem
    }
}
