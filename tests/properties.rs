//! Property tests: hostile input never panics, and what ingestion produces keeps its
//! invariants (exact byte spans, correct line numbers, token offsets inside the text).
//!
//! 256 cases per property by default; `PROPTEST_CASES=5000 cargo test --test tests properties`
//! runs more. A failing case is shrunk and printed by proptest.

use accord::analysis::{self, index_analyzer, language_analyzer};
use accord::corpus::{self, Document, Passage};
use accord::lang::{Lang, LangDetector};
use accord::search::query;
use proptest::prelude::*;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(256);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Pieces queries are made of: words, operators, quotes (straight and typographic),
/// parentheses, signs, spaces.
fn query_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z0-9ąęłńóśźżĄŁŻ]{1,8}",
        1 => "[가-힣]{1,4}",
        2 => prop::sample::select(vec![
            "AND", "OR", "NOT", "and", "or", "not", "&&", "||", "+", "-", "--", "(", ")", "\"",
            "“", "”", "„", "«", "»", " ", "  ", "\t", "\n", "6G", "5G/6G", "U.S.", "ROK-EU",
            "-Japan", "+quantum", "Korea’s", "'", "*", ":", "\u{0}", "\u{202e}", "\u{feff}",
        ])
        .prop_map(str::to_string),
    ]
}

fn query_text() -> impl Strategy<Value = String> {
    prop::collection::vec(query_piece(), 0..24).prop_map(|v| v.concat())
}

/// Pieces documents are made of: prose in three languages, line breaks of all kinds,
/// control characters, chrome-looking lines.
fn text_piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => "[a-zA-Z]{1,10}( [a-zA-Z]{1,10}){0,8}[.!?]?",
        2 => "[a-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]{1,10}( [a-ząćęłńóśźż]{1,10}){0,6}\\.?",
        2 => "[가-힣]{1,6}( [가-힣]{1,6}){0,5}[.]?",
        3 => prop::sample::select(vec![
            "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " ", "\t", "\u{0}", "\u{1b}[31m", "\u{7}",
            "\u{202e}", "\u{feff}", "\u{a0}", "\u{2028}", "\u{85}", "\u{fffd}", "é", "e\u{301}",
            "Skip to content", "Home > News > Press", "Share this page", "Cookies",
            "Accept all cookies", "© 2023", "6G", "U.S.", "Korea’s", "„cytat”",
        ])
        .prop_map(str::to_string),
    ]
}

fn doc_text() -> impl Strategy<Value = String> {
    prop::collection::vec(text_piece(), 0..60).prop_map(|v| v.concat())
}

fn check_passage(text: &str, p: &Passage) -> Result<(), TestCaseError> {
    let s = p.span;
    prop_assert!(s.byte_start <= s.byte_end, "span {s:?}");
    prop_assert!(
        s.byte_end <= text.len(),
        "span {s:?} past the end ({})",
        text.len()
    );
    prop_assert!(
        text.is_char_boundary(s.byte_start),
        "start {s:?} not on a char boundary"
    );
    prop_assert!(
        text.is_char_boundary(s.byte_end),
        "end {s:?} not on a char boundary"
    );
    prop_assert_eq!(
        text[s.byte_start..s.byte_end].replace('\r', ""),
        p.text.clone()
    );
    prop_assert!(s.line_start <= s.line_end, "lines {s:?}");
    // Counted in bytes: `byte_end - 1` may fall inside a character.
    let line_of = |at: usize| {
        text.as_bytes()[..at]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1
    };
    prop_assert_eq!(line_of(s.byte_start), s.line_start, "line_start of {:?}", s);
    let last = s.byte_end.saturating_sub(1).max(s.byte_start);
    prop_assert_eq!(line_of(last), s.line_end, "line_end of {:?}", s);
    Ok(())
}

fn check_document(text: &str, doc: &Document) -> Result<(), TestCaseError> {
    for p in doc.passages.iter().chain(&doc.set_aside) {
        check_passage(text, p)?;
    }
    for (i, p) in doc.passages.iter().enumerate() {
        prop_assert_eq!(p.position, i + 1, "positions are 1-based and in order");
    }
    prop_assert!(!doc.meta.id.is_empty());
    Ok(())
}

fn check_analyzers(text: &str) -> Result<(), TestCaseError> {
    let mut analyzers = vec![
        ("index pl", index_analyzer(Lang::Pl)),
        ("index en", index_analyzer(Lang::En)),
        ("index ko", index_analyzer(Lang::Ko)),
        ("pl", language_analyzer(Lang::Pl)),
        ("en", language_analyzer(Lang::En)),
        ("ko", language_analyzer(Lang::Ko)),
    ];
    for (name, analyzer) in &mut analyzers {
        for t in analysis::tokens(analyzer, text) {
            prop_assert!(
                t.offset_from <= t.offset_to && t.offset_to <= text.len(),
                "{name}: token {:?} offsets {}..{} outside the text ({} bytes)",
                t.text,
                t.offset_from,
                t.offset_to,
                text.len()
            );
            prop_assert!(
                text.is_char_boundary(t.offset_from) && text.is_char_boundary(t.offset_to),
                "{name}: token {:?} offsets {}..{} not on char boundaries",
                t.text,
                t.offset_from,
                t.offset_to
            );
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn query_parse_never_panics_on_any_string(q in any::<String>()) {
        let _ = query::parse(&q);
    }

    #[test]
    fn query_parse_never_panics_on_query_like_strings(q in query_text()) {
        match query::parse(&q) {
            Ok(_) => {}
            // Errors are for people: they carry the query and a caret line.
            Err(e) => prop_assert!(e.to_string().contains('^'), "{e}"),
        }
    }

    #[test]
    fn decode_never_panics_and_keeps_text(bytes in prop::collection::vec(any::<u8>(), 0..4096)) {
        if let Ok(d) = corpus::decode::decode(&bytes) {
            prop_assert!(!d.text.trim().is_empty());
        }
    }

    #[test]
    fn decode_of_utf8_text_is_that_text(text in doc_text()) {
        if let Ok(d) = corpus::decode::decode(text.as_bytes()) {
            let expected = text.strip_prefix('\u{feff}').unwrap_or(&text);
            prop_assert_eq!(d.text, expected);
        }
    }

    #[test]
    fn prepare_keeps_exact_spans_on_any_text(text in any::<String>()) {
        let doc = corpus::prepare("x.txt", &text, None, &LangDetector::default());
        check_document(&text, &doc)?;
    }

    #[test]
    fn prepare_keeps_exact_spans_on_document_like_text(text in doc_text()) {
        let doc = corpus::prepare("dir/statement.txt", &text, None, &LangDetector::default());
        check_document(&text, &doc)?;
    }

    #[test]
    fn prepare_keeps_exact_spans_on_long_paragraphs(
        words in prop::collection::vec("[a-ząłó가-힣]{1,12}[.!?,]? ?", 200..900),
        crlf in any::<bool>(),
    ) {
        // One paragraph over the 1,500-character limit: it is cut at sentences or spaces.
        let mut text = format!("Title\n\n{}\n\ntail", words.concat());
        if crlf {
            text = text.replace('\n', "\r\n");
        }
        let doc = corpus::prepare("long.txt", &text, None, &LangDetector::default());
        check_document(&text, &doc)?;
    }

    #[test]
    fn analyzers_keep_offsets_on_any_text(text in any::<String>()) {
        check_analyzers(&text)?;
    }

    #[test]
    fn analyzers_keep_offsets_on_document_like_text(text in doc_text()) {
        check_analyzers(&text)?;
    }
}
