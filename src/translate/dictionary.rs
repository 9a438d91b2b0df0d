//! General bilingual dictionaries, compiled into the binary and searched in place:
//! FreeDict English–Polish and Polish–English (`data/freedict/README.md`) and the
//! Korean learners' dictionary (krdict) Korean–English, with its reversal
//! English–Korean (`data/krdict/README.md`). Polish and Korean have no direct table:
//! `translate` goes through English.
//!
//! The files are sorted by headword (bytes), so a lookup is a binary search over the
//! text itself: nothing is parsed or loaded at start-up, which keeps `accord search`
//! fast whatever the dictionary size.
//!
//! Words are looked up as their language's analysis sees them: English and Polish by
//! their stems ([`lookup_inflected`]); Korean through the Korean analyzer, the word
//! without its particle or ending, a `-하다` verb by its noun, and a compound the
//! dictionary lacks by its parts ([`lookup_korean`]: `공급망` -> `공급` + `망`).

use crate::analysis::{self, Analyzed, Analyzer, Form};
use crate::lang::Lang;
use crate::script::is_hangul;

const EN_PL: &str = include_str!("../../data/freedict/en-pl.tsv");
const PL_EN: &str = include_str!("../../data/freedict/pl-en.tsv");
const KO_EN: &str = include_str!("../../data/krdict/ko-en.tsv");
const EN_KO: &str = include_str!("../../data/krdict/en-ko.tsv");

/// The dictionary from `from` to `to`, if there is one.
pub fn table(from: Lang, to: Lang) -> Option<&'static str> {
    match (from, to) {
        (Lang::En, Lang::Pl) => Some(EN_PL),
        (Lang::Pl, Lang::En) => Some(PL_EN),
        (Lang::Ko, Lang::En) => Some(KO_EN),
        (Lang::En, Lang::Ko) => Some(EN_KO),
        _ => None,
    }
}

/// A dictionary article a word was found under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The headword used (`cable` for `cables`, `공급` for `공급을`).
    pub headword: &'static str,
    /// Its translations, in the table's order.
    pub senses: Vec<&'static str>,
    /// The headword is a part of the word (a compound looked up by its parts).
    pub part: bool,
}

/// The articles of `word` (as typed) in the dictionary from `from` to `to`: one, or
/// for a Korean compound the dictionary lacks, one per part; empty when not found.
pub fn lookup_word(from: Lang, to: Lang, word: &str) -> Vec<Entry> {
    let lower = word.to_lowercase();
    match from {
        Lang::Ko => table(from, to).map_or_else(Vec::new, |t| lookup_korean(t, &lower)),
        _ => lookup_inflected(from, to, &lower)
            .map(|(headword, senses)| Entry {
                headword,
                senses,
                part: false,
            })
            .into_iter()
            .collect(),
    }
}

/// Most parts a Korean compound is split into: four, as the names of institutes run
/// (`한국` `건설` `기술` `연구원`).
const MAX_COMPOUND_PARTS: usize = 4;

/// A Korean word in a Korean-to-X table: the word; else each of its stems as the
/// Korean analyzer gives them (particle and ending off), longest first, and the stem
/// with `하다` (a verb's dictionary form); else the shortest stem split into headwords.
pub fn lookup_korean(table: &'static str, word: &str) -> Vec<Entry> {
    let whole = |headword: &str| {
        lookup_entry(table, headword).map(|(headword, senses)| Entry {
            headword,
            senses,
            part: false,
        })
    };
    if let Some(e) = whole(word) {
        return vec![e];
    }
    let mut analyzed = Analyzed::default();
    Analyzer::new(Lang::Ko).analyze(word, &mut analyzed);
    let mut stems: Vec<String> = analyzed
        .iter()
        .filter(|(t, s)| t.form == Form::Stem && s.chars().all(is_hangul))
        .map(|(_, s)| s.to_string())
        .collect();
    stems.sort_by_key(|s| std::cmp::Reverse(s.len()));
    stems.dedup();
    for stem in &stems {
        for candidate in [stem.clone(), format!("{stem}하다")] {
            if let Some(e) = whole(&candidate) {
                return vec![e];
            }
        }
    }
    let Some(shortest) = stems.last() else {
        return Vec::new();
    };
    split_compound(table, shortest, MAX_COMPOUND_PARTS)
        .filter(|parts| parts.len() > 1)
        .map(|parts| {
            parts
                .into_iter()
                .map(|(headword, senses)| Entry {
                    headword,
                    senses,
                    part: true,
                })
                .collect()
        })
        .unwrap_or_default()
}

/// `word` as a sequence of at most `parts` headwords, the longest first part first:
/// every part but the last has two syllables or more (a one-syllable head is too
/// often a particle or an ending; a one-syllable tail is a suffix noun: `망`, `국`).
fn split_compound(
    table: &'static str,
    word: &str,
    parts: usize,
) -> Option<Vec<(&'static str, Vec<&'static str>)>> {
    if let Some(found) = lookup_entry(table, word) {
        return Some(vec![found]);
    }
    if parts <= 1 {
        return None;
    }
    let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(2).collect();
    for &at in bounds.iter().rev() {
        let (head, rest) = word.split_at(at);
        let Some(head) = lookup_entry(table, head) else {
            continue;
        };
        if let Some(mut tail) = split_compound(table, rest, parts - 1) {
            tail.insert(0, head);
            return Some(tail);
        }
    }
    None
}

/// The article whose headword is `headword` exactly.
fn lookup_entry(table: &'static str, headword: &str) -> Option<(&'static str, Vec<&'static str>)> {
    let (key, cell) = lines_from(table, lower_bound(table, headword)).next()?;
    (key == headword && !headword.is_empty()).then(|| (key, alternatives(cell)))
}

/// Byte offset of the first line whose headword is not less than `key` (a line
/// compares as its headword: the tab after it sorts below every letter).
fn lower_bound(table: &str, key: &str) -> usize {
    super::sorted::lower_bound(table, key)
}

/// The lines from `at` on, as (headword, translations).
fn lines_from(
    table: &'static str,
    at: usize,
) -> impl Iterator<Item = (&'static str, &'static str)> {
    table[at..].lines().map(|line| {
        let mut cells = line.splitn(2, '\t');
        (cells.next().unwrap_or(""), cells.next().unwrap_or(""))
    })
}

fn alternatives(cell: &'static str) -> Vec<&'static str> {
    cell.split(" | ")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Translations of `headword` (lower-case) in a sorted `headword\tt1 | t2` table.
pub fn lookup(table: &'static str, headword: &str) -> Option<Vec<&'static str>> {
    if headword.is_empty() {
        return None;
    }
    let (key, cell) = lines_from(table, lower_bound(table, headword)).next()?;
    (key == headword).then(|| alternatives(cell))
}

/// Translations of an inflected word: the headword itself, else the shortest one-word
/// headword with the same stem (the first of `analysis::stems`) (`cables` -> `cable`, `półprzewodników` ->
/// `półprzewodnik`). Returns the headword used.
pub fn lookup_inflected(
    from: Lang,
    to: Lang,
    word: &str,
) -> Option<(&'static str, Vec<&'static str>)> {
    let table = table(from, to)?;
    let at = lower_bound(table, word);
    if let Some((key, cell)) = lines_from(table, at).next() {
        if key == word {
            return Some((key, alternatives(cell)));
        }
    }
    if from == Lang::Ko {
        return lookup_korean(table, word)
            .into_iter()
            .find(|e| !e.part)
            .map(|e| (e.headword, e.senses));
    }
    same_stem_headword(table, from, word).or_else(|| {
        if from == Lang::En {
            english_base_form(table, word)
        } else {
            None
        }
    })
}

/// The shortest one-word headword with the same stem as `word` (its stem starts as the
/// word does, but for the letter a Polish correction may drop: `kabl` of `kabel`).
fn same_stem_headword(
    table: &'static str,
    from: Lang,
    word: &str,
) -> Option<(&'static str, Vec<&'static str>)> {
    let stem = analysis::stems(from, word).into_iter().next()?;
    let stem_chars = stem.chars().count();
    if stem_chars < 3 {
        return None;
    }
    let prefix_end = word
        .char_indices()
        .nth(stem_chars - 1)
        .map_or(word.len(), |(i, _)| i);
    let prefix = &word[..prefix_end];
    lines_from(table, lower_bound(table, prefix))
        .take_while(|(key, _)| key.starts_with(prefix))
        .filter(|(key, _)| !key.contains(' ') && analysis::stems(from, key).first() == Some(&stem))
        .min_by_key(|(key, _)| key.len())
        .map(|(key, cell)| (key, alternatives(cell)))
}

/// Regular English endings undone, for the words whose stem is not their headword's
/// (Snowball stems `buses` to `buse` but `bus` to `bus`, `taxes` to `tax` but
/// `boxes` to `box`): the first base form that is a headword.
fn english_base_form(table: &'static str, word: &str) -> Option<(&'static str, Vec<&'static str>)> {
    const ENDINGS: &[(&str, &str)] = &[
        ("ies", "y"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
    ];
    ENDINGS.iter().find_map(|(ending, base)| {
        let stem = word.strip_suffix(ending)?;
        if stem.chars().count() < 2 {
            return None;
        }
        let candidate = format!("{stem}{base}");
        lookup_entry(table, &candidate)
    })
}

/// Is `word` (lower-case) a headword of the dictionary from `lang`?
pub fn is_headword(lang: Lang, word: &str) -> bool {
    let other = if lang == Lang::En { Lang::Pl } else { Lang::En };
    lookup_inflected(lang, other, word).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn looks_up_both_directions() {
        let cable = lookup(EN_PL, "cable").unwrap();
        assert!(cable.contains(&"kabel"), "{cable:?}");
        let chip = lookup(PL_EN, "półprzewodnik").unwrap();
        assert!(chip.contains(&"semiconductor"), "{chip:?}");
        assert!(lookup(EN_PL, "zzzz-not-a-word").is_none());
        assert!(lookup(EN_PL, "").is_none());
    }

    #[test]
    fn inflected_words_find_their_headword() {
        let (head, t) = lookup_inflected(Lang::En, Lang::Pl, "cables").unwrap();
        assert_eq!(head, "cable");
        assert!(t.contains(&"kabel"));
        let (head, _) = lookup_inflected(Lang::Pl, Lang::En, "półprzewodników").unwrap();
        assert_eq!(head, "półprzewodnik");
        assert!(lookup_inflected(Lang::Pl, Lang::Ko, "kabel").is_none());
        let (head, t) = lookup_inflected(Lang::En, Lang::Ko, "cables").unwrap();
        assert_eq!(head, "cable");
        assert!(t.contains(&"케이블"), "{t:?}");
    }

    #[test]
    fn english_words_whose_stem_is_not_their_headwords_find_it_by_their_ending() {
        // Snowball: `buses` -> `buse`, `bus` -> `bus`.
        let (head, t) = lookup_inflected(Lang::En, Lang::Ko, "buses").unwrap();
        assert_eq!(head, "bus");
        assert!(t.contains(&"버스"), "{t:?}");
        // The stem's headword comes first: `planes` is `plane`, not `plan`.
        let (head, _) = lookup_inflected(Lang::En, Lang::Ko, "planes").unwrap();
        assert_eq!(head, "plane");
    }

    fn korean(word: &str) -> Vec<(&'static str, bool)> {
        lookup_word(Lang::Ko, Lang::En, word)
            .into_iter()
            .map(|e| (e.headword, e.part))
            .collect()
    }

    #[test]
    fn korean_words_are_looked_up_through_the_analyzer() {
        // The word itself; without its particle; a -하다 verb form by its noun.
        assert_eq!(korean("반도체"), [("반도체", false)]);
        assert_eq!(korean("반도체를"), [("반도체", false)]);
        assert_eq!(korean("협력하기로"), [("협력", false)]);
        let t = &lookup_word(Lang::Ko, Lang::En, "협력을")[0].senses;
        assert!(t.contains(&"cooperation"), "{t:?}");
        // Nothing to find in Latin letters or punctuation.
        assert!(korean("zzz").is_empty());
        assert!(korean("").is_empty());
    }

    #[test]
    fn a_korean_compound_the_dictionary_lacks_is_looked_up_by_its_parts() {
        assert_eq!(korean("공급망을"), [("공급", true), ("망", true)]);
        assert_eq!(korean("기후변화"), [("기후", true), ("변화", true)]);
        // An institute's name, in four parts.
        let parts: Vec<&str> = korean("한국건설기술연구원").iter().map(|p| p.0).collect();
        assert_eq!(parts, ["한국", "건설", "기술", "연구원"]);
        // A compound the dictionary has is not split.
        assert_eq!(korean("인공위성"), [("인공위성", false)]);
        // A one-syllable head is not a part: no split into particles and scraps.
        assert!(korean("은는이가").is_empty());
    }

    #[test]
    fn polish_words_find_their_headword_through_the_stem_corrections() {
        // Snowball alone stems `kabli` to `kabl` and `kabel` to `kabel`.
        let (head, t) = lookup_inflected(Lang::Pl, Lang::En, "kabli").unwrap();
        assert_eq!(head, "kabel");
        assert!(t.contains(&"cable"), "{t:?}");
    }

    #[test]
    fn first_and_last_lines_are_found() {
        for table in [EN_PL, PL_EN, KO_EN, EN_KO] {
            let first = table.lines().next().unwrap().split('\t').next().unwrap();
            let last = table.lines().last().unwrap().split('\t').next().unwrap();
            assert!(lookup(table, first).is_some(), "{first}");
            assert!(lookup(table, last).is_some(), "{last}");
        }
    }
}
