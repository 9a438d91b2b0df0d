//! Analysis: how text becomes terms, one analyzer per language, one pass per text.
//!
//! Every passage is indexed in the body field, analyzed by the rules of its language
//! (the field value names it, see `index_tokenizer`); at each word's position the
//! field holds every distinct form of it ([`Analyzer`]): the exact form lower-cased,
//! the folded form when the word has Latin diacritics (`polprzewodnikow` finds
//! `półprzewodników`), and, unless it is a stop word, the language's stems
//! (`półprzewodnik` finds `półprzewodnikami`, `반도체` finds `반도체를`), marked with
//! the language's [`stem_mark`] when they differ from the word. A query word searches
//! each form with its own weight, so exact forms outrank folded ones and folded ones
//! outrank stems.
//!
//! The analyzers are registered here, in one place, every time an index is opened:
//! tantivy does not store custom analyzers in the index.

pub mod analyzer;
pub mod english;
pub mod folding;
pub mod index_tokenizer;
pub mod korean;
pub mod language;
pub mod polish;
pub mod stem_tokenizer;
pub mod stemmer;
pub mod words;

use tantivy::tokenizer::{TextAnalyzer, Token, TokenizerManager};

pub use analyzer::{Analyzed, Analyzer, Form, Term};
use index_tokenizer::IndexTokenizer;
pub use index_tokenizer::{body_value, part_mark, stem_mark};
pub use language::{rules, Language};
use stem_tokenizer::StemTokenizer;

use crate::lang::Lang;

/// Name of the body field's analyzer.
pub const BODY_ANALYZER: &str = "accord_body";

/// A language's stem analyzer, as a tantivy `TextAnalyzer`: the stem forms only, stop
/// words dropped (for the glossary, passage keys and query-language detection).
pub fn language_analyzer(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::from(StemTokenizer::new(lang))
}

/// What the body field indexes for text in `lang`, as a tantivy `TextAnalyzer`: every
/// distinct form of every word, as the index holds them.
pub fn index_analyzer(lang: Lang) -> TextAnalyzer {
    TextAnalyzer::from(IndexTokenizer::new(lang))
}

/// Registers every accord analyzer under its name.
pub fn register(manager: &TokenizerManager) {
    manager.register(BODY_ANALYZER, TextAnalyzer::from(IndexTokenizer::body()));
}

/// The stems of `word` in `lang`, as the index and queries match them (no stems for a
/// stop word): the one entry point for anything outside analysis that compares words by
/// stem (translation dictionaries, passage keys).
pub fn stems(lang: Lang, word: &str) -> Vec<String> {
    let mut analyzed = Analyzed::default();
    Analyzer::new(lang).analyze(word, &mut analyzed);
    let mut out: Vec<String> = Vec::new();
    for (t, text) in analyzed.iter() {
        if t.form == Form::Stem && !out.iter().any(|s| s == text) {
            out.push(text.to_string());
        }
    }
    out
}

/// Is `word` (lower-cased) a stop word of `lang`?
pub fn is_stop_word(lang: Lang, word: &str) -> bool {
    rules(lang).is_stop_word(word)
}

/// Runs `analyzer` over `text` and collects its tokens.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while let Some(token) = stream.next() {
        out.push(token.clone());
    }
    out
}

/// Every term the body field of `lang` indexes for `text`, by position.
pub fn index_terms(lang: Lang, text: &str) -> Vec<(usize, String)> {
    tokens(&mut index_analyzer(lang), text)
        .into_iter()
        .map(|t| (t.position, t.text))
        .collect()
}

#[cfg(test)]
mod tests {
    //! One table of cases per language, run by the same code: a query word must find
    //! the text (share a term at some position), or must not.

    use super::*;

    /// `(query, text, should_match)`
    type Case = (&'static str, &'static str, bool);

    fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(usize, String)> {
        tokens(analyzer, text)
            .into_iter()
            .map(|t| (t.position, t.text))
            .collect()
    }

    /// A query is found when each of its words has one of its stems among the text's
    /// terms, as the index matches a word by any of its forms (a word may have several
    /// readings: `polska` is the country and the adjective, and a text has one).
    fn check(name: &str, mut analyzer: TextAnalyzer, cases: &[Case]) {
        for &(query, text, expected) in cases {
            let q = terms(&mut analyzer, query);
            let t: Vec<String> = terms(&mut analyzer, text)
                .into_iter()
                .map(|(_, s)| s)
                .collect();
            let found = !q.is_empty()
                && q.iter().all(|(p, _)| {
                    q.iter()
                        .filter(|(at, _)| at == p)
                        .any(|(_, term)| t.contains(term))
                });
            assert_eq!(
                found, expected,
                "{name}: query {query:?} -> {q:?}, text {text:?} -> {t:?}"
            );
        }
    }

    const POLISH: &[Case] = &[
        ("półprzewodnik", "pracować nad półprzewodnikami", true),
        ("półprzewodnik", "łańcucha dostaw półprzewodników", true),
        ("polprzewodnikow", "łańcucha dostaw półprzewodników", true),
        ("lancuch dostaw", "łańcucha dostaw półprzewodników", true),
        ("polprzewodnikami", "łańcucha dostaw półprzewodników", true),
        ("wspolpraca", "zacieśniania współpracy", true),
        (
            "cyberbezpieczenstwo",
            "w dziedzinie cyberbezpieczeństwa",
            true,
        ),
        ("technologia kwantowa", "technologią kwantową", true),
        (
            "cyberbezpieczeństwo",
            "w dziedzinie cyberbezpieczeństwa",
            true,
        ),
        ("Bruksela", "początek 2024 r. w Brukseli", true),
        ("2021", "umowa z 2021 r.", true),
        ("2021", "umowa z 2011 r.", false),
        ("6G", "wspólną wizję 6G", true),
        ("ROK-UE", "forum ROK-UE dla naukowców", true),
        ("HPC", "infrastruktury HPC", true),
        // The mobile e (kabel / kabli, budynek / budynku) is undone after Snowball.
        ("kabel", "kabli podmorskich", true),
        ("kabel podmorski", "kabli podmorskich", true),
        ("budynek", "w budynku", true),
        ("Bruksela", "w Brukseli", true),
        ("technologia", "badań i technologii cyfrowych", true),
        ("technologie cyfrowe", "badań i technologii cyfrowych", true),
        ("strategia", "zgodnie ze strategią UE", true),
        // What Snowball cannot undo, from the lemma dictionary.
        ("Polska", "współpraca z Polską i w Polsce", true),
        ("Polska", "inwestycje w Polsce", true),
        ("Niemcy", "w Niemczech i Francji", true),
        ("ręka", "w ręce rządu", true),
        ("rok", "w ostatnich latach", true),
        ("wzrost", "o wzroście gospodarczym", true),
        ("Polska", "polityka przemysłowa", false),
        ("kabel", "kabina pilota", false),
    ];

    const ENGLISH: &[Case] = &[
        (
            "battery",
            "semiconductors, batteries and quantum devices",
            true,
        ),
        ("sanction", "through sanctions and export control", true),
        ("Washington", "adopted the’Washington Declaration’", true),
        ("Korea", "Korea’s Autonomous Platform Regulation", true),
        ("6G", "Beyond 5G/6G", true),
        ("5G", "Beyond 5G/6G", true),
        ("2030", "until 2030.", true),
        ("U.S.", "between the ROK and the U.S., and", true),
        ("Open-RAN", "using the Open-RAN approach", true),
        ("HPC", "High Performance Computing (HPC)", true),
        ("semiconductor", "semiconductor researchers", true),
        ("vehicle", "zero-emission light vehicles (ZEVs)", true),
        ("6G", "5G and beyond", false),
    ];

    const KOREAN: &[Case] = &[
        ("반도체", "반도체를 생산한다", true),
        ("협력", "협력을 강화하기로", true),
        ("강화", "협력을 강화하기로 합의했다", true),
        ("유럽연합", "한국과 유럽연합은", true),
        ("한국", "한국과 유럽연합은", true),
        ("합의", "합의했다", true),
        ("도체", "반도체를", false),
        ("국", "국가", false),
        ("6G", "6G 비전", true),
        ("6G", "6G를 위한 협력", true),
        ("2030", "2030년까지", true),
        ("회의", "회의를 열었다", true),
        ("국가", "국가들의 협력", true),
    ];

    #[test]
    fn polish_cases() {
        check("pl", language_analyzer(Lang::Pl), POLISH);
    }

    #[test]
    fn english_cases() {
        check("en", language_analyzer(Lang::En), ENGLISH);
    }

    #[test]
    fn korean_cases() {
        check("ko", language_analyzer(Lang::Ko), KOREAN);
    }

    /// The texts of `text`'s terms of the given forms.
    fn forms_of(lang: Lang, text: &str, forms: &[Form]) -> Vec<String> {
        let mut out = Analyzed::default();
        Analyzer::new(lang).analyze(text, &mut out);
        out.iter()
            .filter(|(t, _)| forms.contains(&t.form))
            .map(|(_, s)| s.to_string())
            .collect()
    }

    /// A query's terms of `forms` all among the text's terms of `forms`.
    fn check_forms(name: &str, forms: &[Form], cases: &[Case]) {
        for &(query, text, expected) in cases {
            let q = forms_of(Lang::Pl, query, forms);
            let t = forms_of(Lang::Pl, text, forms);
            let found = !q.is_empty() && q.iter().any(|term| t.contains(term));
            assert_eq!(
                found, expected,
                "{name}: {query:?} -> {q:?}, {text:?} -> {t:?}"
            );
        }
    }

    #[test]
    fn folded_forms_find_text_typed_without_polish_letters() {
        check_forms(
            "folded",
            &[Form::Exact, Form::Folded],
            &[
                ("polprzewodnikow", "dostaw półprzewodników", true),
                ("lodz", "Łódź", true),
                ("polprzewodnik", "półprzewodników", false),
            ],
        );
    }

    #[test]
    fn exact_forms_keep_inflections_apart() {
        check_forms(
            "exact",
            &[Form::Exact],
            &[
                ("sanctions", "through sanctions", true),
                ("sanction", "through sanctions", false),
                ("6g", "Beyond 5G/6G", true),
            ],
        );
    }

    #[test]
    fn offsets_point_into_the_original_text() {
        let text = "the’Washington Declaration’";
        let mut analyzed = Analyzed::default();
        for lang in Lang::ALL {
            Analyzer::new(lang).analyze(text, &mut analyzed);
            for (t, _) in analyzed.iter() {
                let surface = &text[t.from as usize..t.to as usize];
                assert!(!surface.is_empty() && !surface.contains('’'), "{surface:?}");
            }
        }
    }
}
