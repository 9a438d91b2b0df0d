//! General bilingual dictionaries (FreeDict English–Polish and Polish–English, see
//! `data/freedict/README.md`), compiled into the binary and searched in place.
//!
//! The files are sorted by headword (bytes), so a lookup is a binary search over the
//! text itself: nothing is parsed or loaded at start-up, which keeps `accord search`
//! fast whatever the dictionary size.

use crate::analysis;
use crate::lang::Lang;

const EN_PL: &str = include_str!("../../data/freedict/en-pl.tsv");
const PL_EN: &str = include_str!("../../data/freedict/pl-en.tsv");

/// The dictionary from `from` to `to`, if there is one.
pub fn table(from: Lang, to: Lang) -> Option<&'static str> {
    match (from, to) {
        (Lang::En, Lang::Pl) => Some(EN_PL),
        (Lang::Pl, Lang::En) => Some(PL_EN),
        _ => None,
    }
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
/// headword with a stem in common (`analysis::stems`) (`cables` -> `cable`, `półprzewodników` ->
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
    // Candidates share the word's first characters up to near the end of its stem
    // (the Polish corrections change the last two letters of a stem: `kabli` -> `kabl`,
    // headword `kabel`); one with a stem in common is the word's headword.
    let stems = analysis::stems(from, word);
    let stem_chars = stems.iter().map(|s| s.chars().count()).max()?;
    if stem_chars < 3 {
        return None;
    }
    let prefix_chars = stem_chars.saturating_sub(2).max(3);
    let prefix_end = word
        .char_indices()
        .nth(prefix_chars)
        .map_or(word.len(), |(i, _)| i);
    let prefix = &word[..prefix_end];
    lines_from(table, lower_bound(table, prefix))
        .take_while(|(key, _)| key.starts_with(prefix))
        .filter(|(key, _)| {
            !key.contains(' ') && analysis::stems(from, key).iter().any(|s| stems.contains(s))
        })
        .min_by_key(|(key, _)| key.len())
        .map(|(key, cell)| (key, alternatives(cell)))
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
        assert!(lookup_inflected(Lang::En, Lang::Ko, "cable").is_none());
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
        for table in [EN_PL, PL_EN] {
            let first = table.lines().next().unwrap().split('\t').next().unwrap();
            let last = table.lines().last().unwrap().split('\t').next().unwrap();
            assert!(lookup(table, first).is_some(), "{first}");
            assert!(lookup(table, last).is_some(), "{last}");
        }
    }
}
