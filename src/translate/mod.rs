//! Query translation between English, Polish and Korean.
//!
//! A query's words are matched against the curated [`glossary`] (longest multi-word
//! match first, through the analyzers, so inflected forms meet dictionary forms); words
//! the glossary does not cover go to the general [`dictionary`] (FreeDict English <->
//! Polish, krdict Korean <-> English); Polish <-> Korean goes through English (a
//! [`Source::Pivot`], weighted below direct translations). The words of a glossary
//! phrase are also translated one by one, more weakly, so `semiconductor supply chain`
//! reaches a passage that says it in other words. Which senses are searched is decided
//! by the index ([`senses`]): a sense it does not hold is dropped, the others count by
//! how discriminating they are there. Translations are searched with a lower weight
//! than the original words, and every hit says which translation reached it.
//!
//! Translation only fires from the query's own language ([`detect_query_lang`]): an
//! English query is not also read as Polish because `data` or `program` are Polish
//! words too.

pub mod dictionary;
pub mod explain;
pub mod glossary;
pub mod numbers;
pub mod senses;
pub mod sorted;

use std::collections::{HashMap, HashSet};

use crate::lang::{Lang, LangDetector};
use glossary::Glossary;
pub use senses::{DropReason, Dropped, Evidence, IndexEvidence, NoEvidence, Sense};

/// Where a translation comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The curated glossary.
    Glossary,
    /// A general dictionary (FreeDict, krdict).
    Dictionary,
    /// Two dictionaries through English (Polish <-> Korean).
    Pivot,
    /// An amount, as each language writes it ([`numbers`]).
    Number,
}

impl Source {
    /// Name shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Source::Glossary => "glossary",
            Source::Dictionary => "dictionary",
            Source::Pivot => "dictionary via English",
            Source::Number => "number",
        }
    }
}

/// What a translation stands for in the query.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "of")]
pub enum Role {
    /// The query words it covers, as a whole.
    Whole,
    /// One word of a glossary phrase the query contains, translated alone (weaker).
    WordOfPhrase(String),
    /// One part of a Korean compound the dictionary lacks (`공급` of `공급망`).
    PartOfCompound(String),
}

/// Translations of a span of query words into one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Translation {
    /// Index of the first query word covered.
    pub start: usize,
    /// One past the last query word covered.
    pub end: usize,
    /// The query words as typed.
    pub from_text: String,
    /// Target language.
    pub to: Lang,
    /// The senses searched (each a word or a phrase), most discriminating first.
    pub alternatives: Vec<Sense>,
    /// The senses not searched, and why.
    pub dropped: Vec<Dropped>,
    /// Where they come from.
    pub source: Source,
    /// What it stands for.
    pub role: Role,
    /// The dictionary headwords looked up (`cable` for `cables`; for a pivot, the
    /// English words gone through).
    pub via: Vec<String>,
}

/// Weight of a dictionary sense reached through English, against a direct one.
pub const PIVOT_WEIGHT: f32 = 0.5;
/// Weight of a word of a glossary phrase translated alone, against the phrase.
pub const WORD_OF_PHRASE_WEIGHT: f32 = 0.5;
/// Weight of each part of a compound, against a word found whole.
pub const COMPOUND_PART_WEIGHT: f32 = 0.7;

/// Translates a run of query words (as typed) from `from` into the other languages.
///
/// Glossary matches may span several words (phrases translate as phrases, and their
/// words one by one, more weakly); words no glossary entry covers are looked up in the
/// dictionaries when `use_dictionary` is set. Senses are chosen by `evidence` (the
/// index searched; [`NoEvidence`] keeps them all).
pub fn translate(
    words: &[&str],
    from: Lang,
    use_dictionary: bool,
    evidence: &dyn Evidence,
) -> Vec<Translation> {
    let glossary = Glossary::embedded();
    // Analyzed tokens, remembering which word each came from.
    let mut tokens = Vec::new();
    let mut word_of = Vec::new();
    // The keys of each token's word's lemmas (Polish: `klastrów` -> `klaster`).
    let mut lemma_keys = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let analyzed = glossary::analyzed(from, w);
        let lemmas = glossary::lemma_keys(from, w);
        for t in analyzed {
            tokens.push(t);
            word_of.push(i);
            lemma_keys.push(lemmas.clone());
        }
    }
    let mut out = Vec::new();
    let mut covered = vec![false; words.len()];
    let mut in_phrase: Vec<Option<String>> = vec![None; words.len()];
    // For each target language and word of a glossary phrase: the stems of the phrase's
    // translations, to tell which senses of the word the phrase means.
    let mut phrase_words: HashMap<Lang, HashMap<usize, HashSet<String>>> = HashMap::new();
    for m in glossary.find_with(from, &tokens, &lemma_keys) {
        let (start, end) = (word_of[m.start], word_of[m.end - 1] + 1);
        covered[start..end].iter_mut().for_each(|c| *c = true);
        let from_text = words[start..end].join(" ");
        if end - start > 1 {
            in_phrase[start..end]
                .iter_mut()
                .for_each(|p| *p = Some(from_text.clone()));
        }
        let chosen = closest_concepts(glossary, &m, from, &from_text);
        let found = glossary_translations(
            &chosen,
            start,
            end,
            &from_text,
            from,
            1.0,
            Role::Whole,
            evidence,
        );
        if end - start > 1 {
            for t in &found {
                let words = phrase_words.entry(t.to).or_default();
                for i in start..end {
                    words.insert(i, stems_of(t));
                }
            }
        }
        out.extend(found);
    }
    // Amounts (`4800만`, `48 million`, `1,2 mld`): as the other languages write them.
    let mut i = 0;
    while i < words.len() {
        match numbers::amount(from, &words[i..]) {
            Some((value, len)) if !covered[i..i + len].iter().any(|&c| c) => {
                out.extend(number_translations(
                    value,
                    &words[i..i + len],
                    i,
                    from,
                    evidence,
                ));
                covered[i..i + len].iter_mut().for_each(|c| *c = true);
                i += len;
            }
            _ => i += 1,
        }
    }
    for (i, w) in words.iter().enumerate() {
        // A stop word analyzes to nothing: no translation for it.
        let tokens_of_word = glossary::analyzed(from, w);
        if tokens_of_word.is_empty() {
            continue;
        }
        let role = match (&in_phrase[i], covered[i]) {
            (Some(phrase), _) => Role::WordOfPhrase(phrase.clone()),
            (None, false) => Role::Whole,
            (None, true) => continue,
        };
        let weight = if role == Role::Whole {
            1.0
        } else {
            WORD_OF_PHRASE_WEIGHT
        };
        let lower = w.to_lowercase();
        let plain_word = lower.chars().count() >= 2 && lower.chars().all(char::is_alphabetic);
        // A word of a phrase: the glossary's word for it, else the dictionary's, in the
        // senses the phrase means when some sense is one of the phrase's words
        // (`prawa` of `prawa pracownicze` -> `rights`, not `law`).
        if role != Role::Whole {
            let mut found: Vec<Translation> = glossary_word(glossary, from, w)
                .map(|chosen| {
                    glossary_translations(
                        &chosen,
                        i,
                        i + 1,
                        w,
                        from,
                        weight,
                        role.clone(),
                        evidence,
                    )
                })
                .unwrap_or_default();
            if use_dictionary && plain_word {
                found.extend(dictionary_translations(w, i, from, weight, &role, evidence));
            }
            for to in Lang::ALL.into_iter().filter(|&l| l != from) {
                let phrase = phrase_words.get(&to).and_then(|p| p.get(&i));
                out.extend(senses_of_the_phrase(
                    found.iter().filter(|t| t.to == to).cloned().collect(),
                    phrase,
                ));
            }
            continue;
        }
        if !use_dictionary || !plain_word {
            continue;
        }
        // A Korean compound neither the glossary nor the dictionary has: its parts, each
        // from the glossary when it knows the part (수소 of 수소경제), else the dictionary.
        if from == Lang::Ko && role == Role::Whole {
            let parts = dictionary::lookup_word(Lang::Ko, Lang::En, w);
            if parts.len() > 1 {
                let role = Role::PartOfCompound(w.to_string());
                let weight = weight * COMPOUND_PART_WEIGHT;
                for part in parts {
                    match glossary_word(glossary, from, part.headword) {
                        Some(chosen) => out.extend(glossary_translations(
                            &chosen,
                            i,
                            i + 1,
                            part.headword,
                            from,
                            weight,
                            role.clone(),
                            evidence,
                        )),
                        None => out.extend(dictionary_translations(
                            part.headword,
                            i,
                            from,
                            weight,
                            &role,
                            evidence,
                        )),
                    }
                }
                continue;
            }
        }
        out.extend(dictionary_translations(w, i, from, weight, &role, evidence));
    }
    out
}

/// Every stem of a translation's senses, kept or dropped.
fn stems_of(t: &Translation) -> HashSet<String> {
    let texts = t
        .alternatives
        .iter()
        .map(|s| s.text.as_str())
        .chain(t.dropped.iter().map(|d| d.text.as_str()));
    texts
        .flat_map(|text| senses::stems_by_position(t.to, text))
        .flatten()
        .collect()
}

/// Of a phrase word's translations into one language (the glossary's first), the
/// first with a sense among the phrase's own words (`phrase`), with only those senses;
/// when none has one, the first translation as it is.
fn senses_of_the_phrase(
    mut found: Vec<Translation>,
    phrase: Option<&HashSet<String>>,
) -> Option<Translation> {
    let in_phrase = |text: &str, to: Lang| {
        phrase.is_some_and(|p| {
            senses::stems_by_position(to, text)
                .iter()
                .flatten()
                .any(|s| p.contains(s))
        })
    };
    let fits = found.iter().position(|t| {
        t.alternatives
            .iter()
            .map(|s| s.text.as_str())
            .chain(t.dropped.iter().map(|d| d.text.as_str()))
            .any(|text| in_phrase(text, t.to))
    });
    let Some(at) = fits else {
        return (!found.is_empty()).then(|| found.swap_remove(0));
    };
    let mut t = found.swap_remove(at);
    let (kept, other): (Vec<Sense>, Vec<Sense>) = t
        .alternatives
        .into_iter()
        .partition(|s| in_phrase(&s.text, t.to));
    t.alternatives = kept;
    t.dropped.extend(other.into_iter().map(|s| Dropped {
        text: s.text,
        reason: DropReason::OtherSense,
        doc_freq: s.doc_freq,
    }));
    Some(t)
}

/// The glossary's concepts for `word` alone (a whole-word match), if any.
fn glossary_word(glossary: &Glossary, from: Lang, word: &str) -> Option<Vec<glossary::Concept>> {
    let tokens = glossary::analyzed(from, word);
    let found = glossary.find_with(from, &tokens, &[glossary::lemma_keys(from, word)]);
    let m = found
        .iter()
        .find(|m| m.start == 0 && m.end == tokens.len() && !tokens.is_empty())?;
    Some(closest_concepts(glossary, m, from, word))
}

/// The concepts of a glossary match whose term is closest to the words as typed (when
/// stems collide, `researchers`: researcher / research).
fn closest_concepts(
    glossary: &Glossary,
    m: &glossary::Match,
    from: Lang,
    typed: &str,
) -> Vec<glossary::Concept> {
    let typed = typed.to_lowercase();
    let concepts: Vec<glossary::Concept> = m
        .concepts
        .iter()
        .filter_map(|&c| glossary.concept(c))
        .collect();
    let distance = |concept: &glossary::Concept| {
        concept
            .terms(from)
            .iter()
            .map(|t| surface_distance(&t.to_lowercase(), &typed))
            .min()
            .unwrap_or(usize::MAX)
    };
    let best = concepts.iter().map(distance).min().unwrap_or(0);
    concepts
        .into_iter()
        .filter(|c| distance(c) == best)
        .collect()
}

/// The glossary's terms for `concepts` in every other language.
#[allow(clippy::too_many_arguments)]
fn glossary_translations(
    concepts: &[glossary::Concept],
    start: usize,
    end: usize,
    from_text: &str,
    from: Lang,
    weight: f32,
    role: Role,
    evidence: &dyn Evidence,
) -> Vec<Translation> {
    let mut out = Vec::new();
    for to in Lang::ALL.into_iter().filter(|&l| l != from) {
        let mut candidates: Vec<(String, f32)> = Vec::new();
        for c in concepts {
            for t in c.terms(to) {
                if !candidates.iter().any(|(a, _)| a == t) {
                    candidates.push((t.to_string(), weight));
                }
            }
        }
        let (alternatives, dropped) = senses::choose(to, &candidates, evidence);
        out.push(Translation {
            start,
            end,
            from_text: from_text.to_string(),
            to,
            alternatives,
            dropped,
            source: Source::Glossary,
            role: role.clone(),
            via: Vec::new(),
        });
    }
    out
}

/// Query words `words` from `i`, an amount of `value` in `from`, as the other languages
/// write it.
fn number_translations(
    value: f64,
    words: &[&str],
    i: usize,
    from: Lang,
    evidence: &dyn Evidence,
) -> Vec<Translation> {
    let mut out = Vec::new();
    for to in Lang::ALL.into_iter().filter(|&l| l != from) {
        let candidates: Vec<(String, f32)> = numbers::written(to, value)
            .into_iter()
            .map(|s| (s, 1.0))
            .collect();
        if candidates.is_empty() {
            continue;
        }
        let (alternatives, dropped) = senses::choose(to, &candidates, evidence);
        out.push(Translation {
            start: i,
            end: i + words.len(),
            from_text: words.join(" "),
            to,
            alternatives,
            dropped,
            source: Source::Number,
            role: Role::Whole,
            via: Vec::new(),
        });
    }
    out
}

/// The dictionaries' translations of query word `i`, `word`, into every other
/// language: direct, or through English when there is no direct table.
fn dictionary_translations(
    word: &str,
    i: usize,
    from: Lang,
    weight: f32,
    role: &Role,
    evidence: &dyn Evidence,
) -> Vec<Translation> {
    let mut out = Vec::new();
    for to in Lang::ALL.into_iter().filter(|&l| l != from) {
        let direct = dictionary::table(from, to).is_some();
        let entries = if direct {
            dictionary::lookup_word(from, to, word)
        } else {
            dictionary::lookup_word(from, Lang::En, word)
        };
        for entry in entries {
            let mut weight = weight;
            let mut role = role.clone();
            if entry.part {
                weight *= COMPOUND_PART_WEIGHT;
                if role == Role::Whole {
                    role = Role::PartOfCompound(word.to_string());
                }
            }
            let (candidates, via, source) = if direct {
                let c: Vec<(String, f32)> = entry
                    .senses
                    .iter()
                    .map(|s| (s.to_string(), weight))
                    .collect();
                (c, vec![entry.headword.to_string()], Source::Dictionary)
            } else {
                let mut c: Vec<(String, f32)> = Vec::new();
                let mut via = Vec::new();
                for english in &entry.senses {
                    for target in through_english(english, to) {
                        if !c.iter().any(|(t, _)| *t == target) {
                            c.push((target.to_string(), weight * PIVOT_WEIGHT));
                        }
                    }
                    via.push(english.to_string());
                }
                (c, via, Source::Pivot)
            };
            if candidates.is_empty() {
                continue;
            }
            let (alternatives, dropped) = senses::choose(to, &candidates, evidence);
            let from_text = if entry.part {
                entry.headword.to_string()
            } else {
                word.to_string()
            };
            out.push(Translation {
                start: i,
                end: i + 1,
                from_text,
                to,
                alternatives,
                dropped,
                source,
                role,
                via,
            });
        }
    }
    out
}

/// The senses of an English word or phrase (a sense of another dictionary) in `to`: a
/// word by its headword or stem, a phrase only as a headword.
fn through_english(english: &str, to: Lang) -> Vec<&'static str> {
    let lower = english.to_lowercase();
    let found = if lower.contains(' ') {
        dictionary::table(Lang::En, to).and_then(|t| dictionary::lookup(t, &lower))
    } else {
        dictionary::lookup_inflected(Lang::En, to, &lower).map(|(_, senses)| senses)
    };
    found.unwrap_or_default()
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

/// The query's words with Polish letters, split by whether they are capitalised:
/// (common words, names). English queries name Polish places, sites and people as
/// Poles write them (`Pątnów`, `Gdańsk`, `Łódź`, `Wałęsa`), so a capitalised word with
/// Polish letters is a name, evidence for Polish but not proof of it.
fn polish_letter_words(text: &str) -> (usize, usize) {
    let mut common = 0;
    let mut names = 0;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if !has_polish_letters(word) {
            continue;
        }
        if word.chars().next().is_some_and(char::is_uppercase) {
            names += 1;
        } else {
            common += 1;
        }
    }
    (common, names)
}

/// The language a query is written in.
///
/// Hangul means Korean, and Polish letters in a lower-case word mean Polish. Otherwise
/// the words are weighed: dictionary and glossary headwords of each language, plus how
/// the corpus uses the word in each language (`corpus_share(lang, word)`); a
/// capitalised word with Polish letters (a name: `Pątnów`) counts one for Polish, so
/// the English words around it decide an English query. On a tie the language detector decides
/// if the query is long enough, else English. (The detector alone is not trusted: it
/// reads "supply chain of semiconductors" as Polish.)
pub fn detect_query_lang(text: &str, corpus_share: &dyn Fn(Lang, &str) -> f64) -> Lang {
    detect_query_lang_why(text, corpus_share).0
}

/// [`detect_query_lang`], with the evidence that decided it.
pub fn detect_query_lang_why(
    text: &str,
    corpus_share: &dyn Fn(Lang, &str) -> f64,
) -> (Lang, explain::LangReason) {
    use explain::LangReason;
    if text.chars().any(crate::script::is_hangul) {
        return (Lang::Ko, LangReason::Hangul);
    }
    let (common_polish, polish_names) = polish_letter_words(text);
    if common_polish > 0 {
        return (Lang::Pl, LangReason::PolishLetters);
    }
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let evidence = |with_glossary: bool| -> [f64; 2] {
        let glossary = Glossary::embedded();
        let mut score = [0.0, polish_names as f64];
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
    let by_words = LangReason::Words {
        en: score[0],
        pl: score[1],
    };
    if score[0] > score[1] {
        (Lang::En, by_words)
    } else if score[1] > score[0] {
        (Lang::Pl, by_words)
    } else {
        // No word decides: a long query can still be told by the language detector.
        let lang = match LangDetector::default().detect(text) {
            Some(Lang::Pl) => Lang::Pl,
            _ => Lang::En,
        };
        (lang, LangReason::Detector)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &Translation) -> Vec<&str> {
        t.alternatives.iter().map(|s| s.text.as_str()).collect()
    }

    fn targets(words: &[&str], from: Lang, to: Lang) -> Vec<(String, Source)> {
        translate(words, from, true, &NoEvidence)
            .into_iter()
            .filter(|t| t.to == to && t.role == Role::Whole)
            .map(|t| (texts(&t).join(" | "), t.source))
            .collect()
    }

    #[test]
    fn phrases_translate_as_phrases() {
        let t = translate(&["submarine", "cables"], Lang::En, true, &NoEvidence);
        let pl: Vec<&Translation> = t
            .iter()
            .filter(|t| t.to == Lang::Pl && t.role == Role::Whole)
            .collect();
        assert_eq!(pl.len(), 1, "{t:?}");
        assert_eq!((pl[0].start, pl[0].end), (0, 2));
        assert!(texts(pl[0]).contains(&"kabel podmorski"));
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
        assert!(translate(&["the", "of"], Lang::En, true, &NoEvidence).is_empty());
        let t = translate(&["2030"], Lang::En, true, &NoEvidence);
        assert!(t.iter().all(|t| t.source == Source::Glossary), "{t:?}");
    }

    #[test]
    fn a_glossary_phrase_keeps_its_words_as_weaker_alternatives() {
        let t = translate(
            &["semiconductor", "supply", "chain"],
            Lang::En,
            true,
            &NoEvidence,
        );
        let whole = t
            .iter()
            .find(|t| t.to == Lang::Pl && t.role == Role::Whole)
            .expect("the phrase");
        assert_eq!((whole.start, whole.end), (0, 3));
        let phrase = Role::WordOfPhrase("semiconductor supply chain".into());
        for (word, polish) in [(0, "półprzewodnik"), (2, "łańcuch")] {
            let alone = t
                .iter()
                .find(|t| t.to == Lang::Pl && t.start == word && t.role == phrase)
                .unwrap_or_else(|| panic!("word {word} alone: {t:?}"));
            assert!(texts(alone).contains(&polish), "{alone:?}");
            assert!(alone.alternatives[0].weight < whole.alternatives[0].weight);
        }
        let ko: Vec<&Translation> = t
            .iter()
            .filter(|t| t.to == Lang::Ko && t.role == phrase)
            .collect();
        assert_eq!(ko.len(), 3, "{ko:?}");
    }

    #[test]
    fn a_word_of_a_phrase_keeps_the_sense_the_phrase_means() {
        // Regression: `prawa` of `prawa pracownicze` was searched as `law`.
        let t = translate(&["prawa", "pracownicze"], Lang::Pl, true, &NoEvidence);
        let role = Role::WordOfPhrase("prawa pracownicze".into());
        let prawa = t
            .iter()
            .find(|t| t.to == Lang::En && t.start == 0 && t.role == role)
            .expect("prawa alone");
        assert_eq!(texts(prawa), ["right"], "{prawa:?}");
        assert!(
            prawa
                .dropped
                .iter()
                .any(|d| d.text == "law" && d.reason == DropReason::OtherSense),
            "{prawa:?}"
        );
        // A word none of whose senses is in the phrase keeps them all.
        let t = translate(&["supply", "chain"], Lang::En, true, &NoEvidence);
        let role = Role::WordOfPhrase("supply chain".into());
        let chain = t
            .iter()
            .find(|t| t.to == Lang::Pl && t.start == 1 && t.role == role)
            .expect("chain alone");
        assert_eq!(texts(chain), ["łańcuch"], "{chain:?}");
        let supply = t
            .iter()
            .find(|t| t.to == Lang::Pl && t.start == 0 && t.role == role)
            .expect("supply alone");
        assert!(supply.alternatives.len() > 1, "{supply:?}");
    }

    #[test]
    fn polish_and_korean_meet_through_english_below_direct_translations() {
        let t = translate(&["kabel"], Lang::Pl, true, &NoEvidence);
        let ko = t
            .iter()
            .find(|t| t.to == Lang::Ko)
            .expect("a Korean translation");
        assert_eq!(ko.source, Source::Pivot);
        assert!(ko.via.contains(&"cable".to_string()), "{ko:?}");
        assert!(texts(ko).contains(&"케이블"), "{ko:?}");
        let direct = translate(&["cable"], Lang::En, true, &NoEvidence);
        let direct = direct.iter().find(|t| t.to == Lang::Ko).unwrap();
        assert_eq!(direct.source, Source::Dictionary);
        let weight =
            |t: &Translation, w: &str| t.alternatives.iter().find(|s| s.text == w).unwrap().weight;
        assert!(weight(ko, "케이블") < weight(direct, "케이블"));
        // And back: Korean to Polish through English.
        let t = translate(&["케이블을"], Lang::Ko, true, &NoEvidence);
        let pl = t
            .iter()
            .find(|t| t.to == Lang::Pl)
            .expect("a Polish translation");
        assert_eq!(pl.source, Source::Pivot);
        assert!(texts(pl).contains(&"kabel"), "{pl:?}");
    }

    #[test]
    fn a_korean_compound_translates_by_its_parts() {
        let t = translate(&["공급망을"], Lang::Ko, true, &NoEvidence);
        // The glossary knows 공급망 itself: one whole translation, no parts.
        assert!(t.iter().all(|t| t.role == Role::Whole), "{t:?}");
        // 수소도시 ("hydrogen city") is in neither: 수소 from the glossary, 도시 from the
        // dictionary.
        let t = translate(&["수소도시를"], Lang::Ko, true, &NoEvidence);
        let role = Role::PartOfCompound("수소도시를".into());
        let en: Vec<(&str, Source, Vec<&str>)> = t
            .iter()
            .filter(|t| t.to == Lang::En && t.role == role)
            .map(|t| (t.from_text.as_str(), t.source, texts(t)))
            .collect();
        assert_eq!(en.len(), 2, "{t:?}");
        assert_eq!((en[0].0, en[0].1), ("수소", Source::Glossary));
        assert_eq!(en[0].2, ["hydrogen"]);
        assert_eq!((en[1].0, en[1].1), ("도시", Source::Dictionary));
        assert!(en[1].2.contains(&"city"), "{en:?}");
        assert!(t[0].alternatives[0].weight < 1.0);
    }

    #[test]
    fn a_korean_amount_translates_to_millions() {
        let t = translate(&["3500만", "달러"], Lang::Ko, true, &NoEvidence);
        let en = t
            .iter()
            .find(|t| t.to == Lang::En && t.source == Source::Number)
            .expect("the amount in English");
        assert_eq!(texts(en), ["35 million", "35m"]);
        let pl = t
            .iter()
            .find(|t| t.to == Lang::Pl && t.source == Source::Number)
            .expect("the amount in Polish");
        assert!(texts(pl).contains(&"35 mln"), "{pl:?}");
        // And back, one word or two.
        let t = translate(&["€35m", "fund"], Lang::En, true, &NoEvidence);
        let ko = t
            .iter()
            .find(|t| t.to == Lang::Ko && t.source == Source::Number)
            .expect("the amount in Korean");
        assert_eq!((ko.start, ko.end), (0, 1));
        assert!(texts(ko).contains(&"3500만"), "{ko:?}");
        let t = translate(&["35", "mln", "euro"], Lang::Pl, true, &NoEvidence);
        let en = t
            .iter()
            .find(|t| t.to == Lang::En && t.source == Source::Number)
            .expect("the amount in English");
        assert_eq!((en.start, en.end), (0, 2));
        assert!(texts(en).contains(&"35 million"), "{en:?}");
    }

    #[test]
    fn query_language() {
        let none = |_: Lang, _: &str| 0.0;
        assert_eq!(detect_query_lang("반도체", &none), Lang::Ko);
        assert_eq!(detect_query_lang("łańcuch dostaw", &none), Lang::Pl);
        assert_eq!(detect_query_lang("submarine cables", &none), Lang::En);
        assert_eq!(detect_query_lang("kable podmorskie", &none), Lang::Pl);
        assert_eq!(detect_query_lang("6G", &none), Lang::En);
        // A Polish name in an English query does not make it Polish; alone, or among
        // Polish words, it does.
        assert_eq!(
            detect_query_lang("offshore wind farm tender near Łeba", &none),
            Lang::En
        );
        assert_eq!(detect_query_lang("Łeba", &none), Lang::Pl);
        assert_eq!(
            detect_query_lang("Łeba morska farma wiatrowa", &none),
            Lang::Pl
        );
        // A word of both languages, no other evidence: the corpus decides.
        let polish_corpus = |l: Lang, _: &str| if l == Lang::Pl { 3.0 } else { 0.0 };
        assert_eq!(detect_query_lang("forum", &polish_corpus), Lang::Pl);
        let english_corpus = |l: Lang, _: &str| if l == Lang::En { 3.0 } else { 0.0 };
        assert_eq!(detect_query_lang("forum", &english_corpus), Lang::En);
    }
}
