//! Polish: stop words, stems (Snowball Polish with two corrections, then folding), the
//! folding quirk of stemming the folded word too, and lemmas from a dictionary.
//!
//! Folding comes after stemming: the Polish Snowball rules are written for words with
//! their diacritics (`półprzewodników` -> `półprzewodnik` -> `polprzewodnik`). The stem
//! of the folded word is added when it differs (Snowball Polish recognises `-ów` but
//! not `-ow`), so queries typed without Polish letters find other inflections too, and
//! both sides of the index meet on `stem(fold(word))`.
//!
//! Snowball cannot undo what Polish does inside a word (`Polska`/`Polsce`,
//! `ręka`/`ręce`, `Niemcy`/`Niemczech`, `rok`/`lata`): the lemmas of PoliMorf and SGJP
//! (`data/polimorf/README.md`), a form -> lemma map of 3.9 million forms, are added to
//! a word's stems (folded, as the stems are). They are stems, not a form of their own:
//! a lemma is what a stem stands for, so a query meets a text on it wherever either
//! has it, with the weight and the highlighting of a stem; and a Snowball stem is kept
//! beside it, for the words and derivations the dictionary does not know. The map is
//! compiled in and read in place (an fst), opened the first time a Polish word is
//! stemmed.

use std::cell::RefCell;
use std::sync::OnceLock;

use frostem::Algorithm;
use rustc_hash::FxHashSet;
use tantivy_fst::Map;

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
            for_each_lemma(exact, |lemma| {
                a.clear();
                fold_into(lemma, a);
                if !out.split('\0').any(|s| s == a) {
                    out.push('\0');
                    out.push_str(a);
                }
            });
        });
    }
}

/// The form -> lemmas map (`scripts/polimorf/convert.py`): a form's value packs up to
/// four rule numbers of [`RULES`], [`RULE_BITS`] bits each, rule + 1 (0: none).
const LEMMAS: &[u8] = include_bytes!("../../data/polimorf/lemmas.fst");

/// How a lemma is made from a form, one rule a line: `strip<TAB>suffix` (the form's
/// last `strip` characters replaced by `suffix`).
const RULES: &str = include_str!("../../data/polimorf/rules.tsv");

/// Bits of a rule number in a value of [`LEMMAS`].
const RULE_BITS: u32 = 16;

/// The lemma map and its rules, opened once.
struct Lemmas {
    map: Map<&'static [u8]>,
    rules: Vec<(usize, &'static str)>,
}

fn lemma_map() -> Option<&'static Lemmas> {
    static LEMMA_MAP: OnceLock<Option<Lemmas>> = OnceLock::new();
    LEMMA_MAP
        .get_or_init(|| {
            let map = Map::from(tantivy_fst::raw::Fst::new(LEMMAS).ok()?);
            let rules = RULES
                .lines()
                .map(|line| {
                    let (strip, suffix) = line.split_once('\t').unwrap_or((line, ""));
                    (strip.parse().unwrap_or(usize::MAX), suffix)
                })
                .collect();
            Some(Lemmas { map, rules })
        })
        .as_ref()
}

/// Calls `f` with each lemma of `word` (lower-cased) the dictionary knows, its own
/// first when the word is a lemma itself.
pub fn for_each_lemma(word: &str, mut f: impl FnMut(&str)) {
    let Some(lemmas) = lemma_map() else {
        return;
    };
    let Some(mut value) = lemmas.map.get(word) else {
        return;
    };
    let mut lemma = String::new();
    while value != 0 {
        let rule = (value & ((1 << RULE_BITS) - 1)) as usize;
        value >>= RULE_BITS;
        let Some(&(strip, suffix)) = rule.checked_sub(1).and_then(|r| lemmas.rules.get(r)) else {
            continue;
        };
        let chars = word.chars().count();
        if strip > chars {
            continue;
        }
        let keep = word
            .char_indices()
            .nth(chars - strip)
            .map_or(word.len(), |(i, _)| i);
        lemma.clear();
        lemma.push_str(&word[..keep]);
        lemma.push_str(suffix);
        f(&lemma);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn lemmas(word: &str) -> Vec<String> {
        let mut out = Vec::new();
        for_each_lemma(word, |l| out.push(l.to_string()));
        out
    }

    #[test]
    fn the_dictionary_knows_what_snowball_cannot_undo() {
        assert!(lemmas("polsce").contains(&"polska".to_string()));
        assert_eq!(lemmas("polska")[0], "polska");
        assert!(lemmas("ręce").contains(&"ręka".to_string()));
        assert!(lemmas("niemczech").contains(&"niemcy".to_string()));
        assert!(lemmas("lata").contains(&"rok".to_string()));
        assert!(lemmas("wzroście").contains(&"wzrost".to_string()));
        assert!(lemmas("qqqzz").is_empty());
        assert!(lemmas("").is_empty());
    }

    #[test]
    fn a_lemma_is_a_folded_stem() {
        let mut out = String::new();
        Polish.stems_into("ręce", &mut out);
        assert!(out.split('\0').any(|s| s == "reka"), "{out:?}");
    }
}
