//! Analysis: how text becomes terms, one tantivy `TextAnalyzer` per language.
//!
//! Every passage is indexed three ways:
//! - `exact`: words lower-cased, nothing else: an exact-form match scores here;
//! - `folded`: words that have Latin diacritics, folded: `polprzewodnikow` finds
//!   `półprzewodników` (words without diacritics are already in `exact`);
//! - its language's field (`text_pl`, `text_en`, `text_ko`) with that language's stemming
//!   or particle splitting: `półprzewodnik` finds `półprzewodnikami`, `반도체` finds `반도체를`.
//!
//! A match in all three outranks a match in one, which is how exact forms rank above
//! stem-only and folding-only matches. All analyzers are registered here, in one place,
//! every time an index is opened: tantivy does not store custom analyzers in the index.

pub mod english;
pub mod folding;
pub mod korean;
pub mod polish;
pub mod stemmer;
pub mod words;

use std::sync::OnceLock;

use tantivy::tokenizer::{LowerCaser, TextAnalyzer, Token, TokenizerManager};

use crate::lang::Lang;

/// Name of the exact-form analyzer.
pub const EXACT: &str = "accord_exact";
/// Name of the folded-form analyzer.
pub const FOLDED: &str = "accord_folded";

/// Name of a language's analyzer.
pub fn language_analyzer_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Pl => "accord_pl",
        Lang::En => "accord_en",
        Lang::Ko => "accord_ko",
    }
}

/// Builds the exact-form analyzer: words, lower-cased.
pub fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(words::WordTokenizer::default())
        .filter(LowerCaser)
        .build()
}

/// Builds the folded analyzer for queries and highlighting: words, lower-cased,
/// diacritics folded.
pub fn folded_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(words::WordTokenizer::default())
        .filter(LowerCaser)
        .filter(folding::DiacriticFolder::default())
        .build()
}

/// Builds the folded analyzer the index uses: only words that had diacritics.
pub fn folded_index_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(words::WordTokenizer::default())
        .filter(LowerCaser)
        .filter(folding::DiacriticFolder::changed_only())
        .build()
}

/// A language's analyzer.
///
/// Built once per process and cloned: building one allocates its stop-word set, and
/// query translation analyzes hundreds of glossary terms.
pub fn language_analyzer(lang: Lang) -> TextAnalyzer {
    static BUILT: OnceLock<[TextAnalyzer; 3]> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        [
            polish::analyzer(),
            english::analyzer(),
            TextAnalyzer::from(korean::KoreanTokenizer::default()),
        ]
    });
    built[Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)].clone()
}

/// Registers every accord analyzer under its name.
pub fn register(manager: &TokenizerManager) {
    manager.register(EXACT, exact_analyzer());
    manager.register(FOLDED, folded_index_analyzer());
    for lang in Lang::ALL {
        manager.register(language_analyzer_name(lang), language_analyzer(lang));
    }
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

#[cfg(test)]
mod tests {
    //! One table of cases per language, run by the same code: a query word must find
    //! the text (share a term at some position), or must not.

    use super::*;

    /// `(query, text, should_match)`
    type Case = (&'static str, &'static str, bool);

    fn terms(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
        tokens(analyzer, text).into_iter().map(|t| t.text).collect()
    }

    fn check(name: &str, mut analyzer: TextAnalyzer, cases: &[Case]) {
        for &(query, text, expected) in cases {
            let q = terms(&mut analyzer, query);
            let t = terms(&mut analyzer, text);
            let found = !q.is_empty() && q.iter().all(|term| t.contains(term));
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

    #[test]
    fn folded_field_finds_text_typed_without_polish_letters() {
        check(
            "folded",
            folded_analyzer(),
            &[
                ("polprzewodnikow", "dostaw półprzewodników", true),
                ("lodz", "Łódź", true),
                ("polprzewodnik", "półprzewodników", false),
            ],
        );
    }

    #[test]
    fn exact_field_keeps_forms_apart() {
        check(
            "exact",
            exact_analyzer(),
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
        for mut analyzer in [exact_analyzer(), language_analyzer(Lang::En)] {
            for token in tokens(&mut analyzer, text) {
                let surface = &text[token.offset_from..token.offset_to];
                assert!(!surface.is_empty() && !surface.contains('’'), "{surface:?}");
            }
        }
    }
}
