//! Language-independent keys of a passage, so passages in different languages can be
//! compared: glossary concepts (`Seul` and `Seoul` are one concept), numbers and
//! acronyms (`6G`, `2024`, `HPC`), and for English and Polish the remaining content
//! words in English (Polish through the dictionary).

use std::collections::BTreeMap;

use crate::analysis::{self, words::word_spans};
use crate::lang::Lang;
use crate::translate::{dictionary, glossary::Glossary};

/// A key and how to show it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Key {
    /// Identity (`c:112` glossary concept number, `n:6g` number or acronym,
    /// `w:research` English stem).
    pub id: String,
    /// Readable form (the concept's English term, the token, the English word).
    pub display: String,
}

fn neutral(word: &str) -> Option<String> {
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_ascii_uppercase());
    (has_digit || acronym).then(|| word.to_lowercase())
}

/// The keys of `text` written in `lang`, deduplicated.
pub fn keys(text: &str, lang: Lang) -> Vec<Key> {
    let glossary = Glossary::embedded();
    let mut out: BTreeMap<String, String> = BTreeMap::new();
    for (a, b) in word_spans(text) {
        if let Some(n) = neutral(&text[a..b]) {
            out.entry(format!("n:{n}"))
                .or_insert_with(|| text[a..b].to_string());
        }
    }
    // Analyzed tokens, one per position (the shortest alternative), with their surface.
    let mut analyzer = analysis::language_analyzer(lang);
    let mut seq: Vec<(usize, String, (usize, usize))> = Vec::new();
    for t in analysis::tokens(&mut analyzer, text) {
        match seq.last_mut() {
            Some((pos, s, _)) if *pos == t.position => {
                if t.text.len() < s.len() {
                    *s = t.text;
                }
            }
            _ => seq.push((t.position, t.text, (t.offset_from, t.offset_to))),
        }
    }
    let stems: Vec<String> = seq.iter().map(|(_, s, _)| s.clone()).collect();
    let mut covered = vec![false; seq.len()];
    for m in glossary.find(lang, &stems) {
        covered[m.start..m.end].iter_mut().for_each(|c| *c = true);
        for &c in &m.concepts {
            let Some(concept) = glossary.concept(c) else {
                continue;
            };
            out.entry(format!("c:{c}"))
                .or_insert_with(|| concept.terms(Lang::En)[0].to_string());
        }
    }
    let mut english = analysis::language_analyzer(Lang::En);
    let mut english_stem = |word: &str| analysis::tokens(&mut english, word).into_iter().next();
    for (i, (_, stem, (a, b))) in seq.iter().enumerate() {
        if covered[i] || neutral(&text[*a..*b]).is_some() || stem.chars().count() < 3 {
            continue;
        }
        let surface = text[*a..*b].to_lowercase();
        let word = match lang {
            Lang::En => Some(surface.clone()),
            Lang::Pl => {
                dictionary::lookup_inflected(Lang::Pl, Lang::En, &surface).and_then(|(_, alts)| {
                    alts.into_iter()
                        .find(|t| !t.contains(' '))
                        .map(str::to_string)
                })
            }
            Lang::Ko => None,
        };
        if let Some(word) = word {
            if let Some(t) = english_stem(&word) {
                out.entry(format!("w:{}", t.text)).or_insert(word);
            }
        }
    }
    out.into_iter()
        .map(|(id, display)| Key { id, display })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str, lang: Lang) -> Vec<String> {
        keys(text, lang).into_iter().map(|k| k.display).collect()
    }

    #[test]
    fn polish_and_english_meet_on_concepts_and_numbers() {
        let pl = ids(
            "Obaj partnerzy określą wspólną wizję 6G w Brukseli.",
            Lang::Pl,
        );
        let en = ids(
            "Both sides will define a common 6G vision in Brussels.",
            Lang::En,
        );
        for shared in ["6G", "Brussels"] {
            assert!(pl.contains(&shared.to_string()), "{pl:?}");
            assert!(en.contains(&shared.to_string()), "{en:?}");
        }
    }

    #[test]
    fn korean_particles_do_not_hide_concepts() {
        let ko = ids("양측은 반도체 연구자 포럼을 개최하기로 했다", Lang::Ko);
        assert!(ko.iter().any(|k| k == "semiconductor"), "{ko:?}");
    }
}
