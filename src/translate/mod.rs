//! Query translation between English, Polish and Korean.
//!
//! A query's words are matched against the curated [`glossary`] (longest multi-word
//! match first, through the analyzers, so inflected forms meet dictionary forms); words
//! the glossary does not cover go to the general [`dictionary`] (FreeDict, English <->
//! Polish only). Translations are searched in the other languages' fields with a lower
//! weight than the original words, and every hit says which translation reached it.
//!
//! Translation only fires from the query's own language ([`detect_query_lang`]): an
//! English query is not also read as Polish because `data` or `program` are Polish
//! words too.

pub mod dictionary;
pub mod glossary;
pub mod sorted;

use crate::lang::{Lang, LangDetector};
use glossary::Glossary;

/// Where a translation comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The curated glossary.
    Glossary,
    /// The general dictionary (FreeDict).
    Dictionary,
}

impl Source {
    /// Name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Source::Glossary => "glossary",
            Source::Dictionary => "dictionary",
        }
    }
}

/// Translations of a span of query words into one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translation {
    /// Index of the first query word covered.
    pub start: usize,
    /// One past the last query word covered.
    pub end: usize,
    /// The query words as typed.
    pub from_text: String,
    /// Target language.
    pub to: Lang,
    /// Alternatives in the target language (each a word or a phrase).
    pub alternatives: Vec<String>,
    /// Where they come from.
    pub source: Source,
}

/// Most dictionary alternatives used per word: the first are the common senses.
const MAX_DICTIONARY_ALTERNATIVES: usize = 2;

/// Translates a run of query words (as typed) from `from` into the other languages.
///
/// Glossary matches may span several words (phrases translate as phrases); words no
/// glossary entry covers are looked up in the dictionary when `use_dictionary` is set.
pub fn translate(words: &[&str], from: Lang, use_dictionary: bool) -> Vec<Translation> {
    let glossary = Glossary::embedded();
    // Analyzed tokens, remembering which word each came from.
    let mut tokens = Vec::new();
    let mut word_of = Vec::new();
    for (i, w) in words.iter().enumerate() {
        for t in glossary::analyzed(from, w) {
            tokens.push(t);
            word_of.push(i);
        }
    }
    let mut out = Vec::new();
    let mut covered = vec![false; words.len()];
    for m in glossary.find(from, &tokens) {
        let (start, end) = (word_of[m.start], word_of[m.end - 1] + 1);
        covered[start..end].iter_mut().for_each(|c| *c = true);
        let from_text = words[start..end].join(" ");
        // When stems collide (researchers: researcher / research), prefer the concepts
        // whose term is closest to the words as typed.
        let typed = from_text.to_lowercase();
        let concepts: Vec<(usize, glossary::Concept)> = m
            .concepts
            .iter()
            .filter_map(|&c| glossary.concept(c).map(|concept| (c, concept)))
            .collect();
        let distance = |concept: &glossary::Concept| {
            concept
                .terms(from)
                .iter()
                .map(|t| surface_distance(&t.to_lowercase(), &typed))
                .min()
                .unwrap_or(usize::MAX)
        };
        let best = concepts.iter().map(|(_, c)| distance(c)).min().unwrap_or(0);
        let chosen: Vec<&glossary::Concept> = concepts
            .iter()
            .filter(|(_, c)| distance(c) == best)
            .map(|(_, c)| c)
            .collect();
        for to in Lang::ALL.into_iter().filter(|&l| l != from) {
            let mut alternatives: Vec<String> = Vec::new();
            for c in &chosen {
                for t in c.terms(to) {
                    if !alternatives.iter().any(|a| a == t) {
                        alternatives.push(t.to_string());
                    }
                }
            }
            out.push(Translation {
                start,
                end,
                from_text: from_text.clone(),
                to,
                alternatives,
                source: Source::Glossary,
            });
        }
    }
    if use_dictionary {
        for (i, w) in words.iter().enumerate() {
            let lower = w.to_lowercase();
            let plain_word = lower.chars().count() >= 3 && lower.chars().all(char::is_alphabetic);
            // A stop word analyzes to nothing: no translation for it.
            if covered[i] || !plain_word || glossary::analyzed(from, w).is_empty() {
                continue;
            }
            for to in Lang::ALL {
                if let Some((_, found)) = dictionary::lookup_inflected(from, to, &lower) {
                    out.push(Translation {
                        start: i,
                        end: i + 1,
                        from_text: w.to_string(),
                        to,
                        alternatives: found
                            .into_iter()
                            .take(MAX_DICTIONARY_ALTERNATIVES)
                            .map(str::to_string)
                            .collect(),
                        source: Source::Dictionary,
                    });
                }
            }
        }
    }
    out
}

/// Characters that differ between two forms after their common prefix
/// (`researcher`/`researchers`: 1, `research`/`researchers`: 3).
fn surface_distance(a: &str, b: &str) -> usize {
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    (a.chars().count() - common) + (b.chars().count() - common)
}

fn has_polish_letters(text: &str) -> bool {
    text.chars().any(|c| "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ".contains(c))
}

/// The language a query is written in.
///
/// Hangul means Korean and Polish letters mean Polish. Otherwise the words are weighed:
/// dictionary and glossary headwords of each language, plus how the corpus uses the word
/// in each language (`corpus_share(lang, word)`). On a tie the language detector decides
/// if the query is long enough, else English. (The detector alone is not trusted: it
/// reads "supply chain of semiconductors" as Polish.)
pub fn detect_query_lang(text: &str, corpus_share: &dyn Fn(Lang, &str) -> f64) -> Lang {
    if text.chars().any(crate::script::is_hangul) {
        return Lang::Ko;
    }
    if has_polish_letters(text) {
        return Lang::Pl;
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let evidence = |with_glossary: bool| -> [f64; 2] {
        let glossary = Glossary::embedded();
        let mut score = [0.0f64; 2];
        for (i, lang) in [Lang::En, Lang::Pl].into_iter().enumerate() {
            for word in &words {
                if with_glossary {
                    if glossary::analyzed(lang, word)
                        .first()
                        .is_some_and(|t| glossary.knows(lang, t))
                    {
                        score[i] += 1.0;
                    }
                } else {
                    if dictionary::is_headword(lang, &word.to_lowercase()) {
                        score[i] += 1.0;
                    }
                    score[i] += corpus_share(lang, word);
                }
            }
        }
        score
    };
    // Dictionaries and the corpus first; the glossary (which costs an analysis of its
    // terms) only to break a tie.
    let mut score = evidence(false);
    if score[0] == score[1] {
        score = evidence(true);
    }
    if score[0] > score[1] {
        Lang::En
    } else if score[1] > score[0] {
        Lang::Pl
    } else {
        // No word decides: a long query can still be told by the language detector.
        match LangDetector::default().detect(text) {
            Some(Lang::Pl) => Lang::Pl,
            _ => Lang::En,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn targets(words: &[&str], from: Lang, to: Lang) -> Vec<(String, Source)> {
        translate(words, from, true)
            .into_iter()
            .filter(|t| t.to == to)
            .map(|t| (t.alternatives.join(" | "), t.source))
            .collect()
    }

    #[test]
    fn phrases_translate_as_phrases() {
        let t = translate(&["submarine", "cables"], Lang::En, true);
        let pl: Vec<&Translation> = t.iter().filter(|t| t.to == Lang::Pl).collect();
        assert_eq!(pl.len(), 1, "{t:?}");
        assert_eq!((pl[0].start, pl[0].end), (0, 2));
        assert!(pl[0].alternatives.contains(&"kabel podmorski".to_string()));
        assert_eq!(pl[0].source, Source::Glossary);
        let ko = targets(&["submarine", "cables"], Lang::En, Lang::Ko);
        assert!(ko[0].0.contains("해저 케이블"), "{ko:?}");
    }

    #[test]
    fn glossary_first_then_dictionary_for_the_rest() {
        let t = targets(
            &["supply", "chain", "of", "semiconductors"],
            Lang::En,
            Lang::Pl,
        );
        assert!(
            t.iter()
                .any(|(a, s)| a.contains("łańcuch dostaw") && *s == Source::Glossary),
            "{t:?}"
        );
        assert!(
            t.iter()
                .any(|(a, s)| a.contains("półprzewodnik") && *s == Source::Glossary),
            "{t:?}"
        );
        assert!(
            t.iter().all(|(a, _)| !a.contains("sieć sklepów")),
            "covered words are not re-translated: {t:?}"
        );
        let t = targets(&["cables"], Lang::En, Lang::Pl);
        assert!(
            t.iter()
                .any(|(_, s)| *s == Source::Glossary || *s == Source::Dictionary),
            "{t:?}"
        );
    }

    #[test]
    fn polish_and_korean_queries_translate_to_english() {
        let t = targets(&["łańcucha", "dostaw"], Lang::Pl, Lang::En);
        assert!(t[0].0.contains("supply chain"), "{t:?}");
        let t = targets(&["반도체를"], Lang::Ko, Lang::En);
        assert!(t[0].0.contains("semiconductor"), "{t:?}");
    }

    #[test]
    fn semiconductor_does_not_translate_to_chip() {
        // Regression: "chip" matched the acronym ChIP in biology abstracts.
        let t = targets(&["반도체"], Lang::Ko, Lang::En);
        assert!(
            t.iter()
                .all(|(a, _)| !a.to_lowercase().split(" | ").any(|x| x == "chip")),
            "{t:?}"
        );
    }

    #[test]
    fn stop_words_and_numbers_are_not_sent_to_the_dictionary() {
        assert!(translate(&["the", "of"], Lang::En, true).is_empty());
        let t = translate(&["2030"], Lang::En, true);
        assert!(t.iter().all(|t| t.source == Source::Glossary), "{t:?}");
    }

    #[test]
    fn query_language() {
        let none = |_: Lang, _: &str| 0.0;
        assert_eq!(detect_query_lang("반도체", &none), Lang::Ko);
        assert_eq!(detect_query_lang("łańcuch dostaw", &none), Lang::Pl);
        assert_eq!(detect_query_lang("submarine cables", &none), Lang::En);
        assert_eq!(detect_query_lang("kable podmorskie", &none), Lang::Pl);
        assert_eq!(detect_query_lang("6G", &none), Lang::En);
        // A word of both languages, no other evidence: the corpus decides.
        let polish_corpus = |l: Lang, _: &str| if l == Lang::Pl { 3.0 } else { 0.0 };
        assert_eq!(detect_query_lang("forum", &polish_corpus), Lang::Pl);
        let english_corpus = |l: Lang, _: &str| if l == Lang::En { 3.0 } else { 0.0 };
        assert_eq!(detect_query_lang("forum", &english_corpus), Lang::En);
    }
}
