//! Property tests: no panic, and attribution invariants, on arbitrary input.

use accord::analysis;
use accord::corpus::{decode, prepare};
use accord::lang::{Lang, LangDetector};
use accord::search::query;
use proptest::prelude::*;

/// Strings made of the query language's pieces, so operators and quotes meet.
fn query_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("AND".to_string()),
        Just("OR".to_string()),
        Just("NOT".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("„".to_string()),
        Just("+".to_string()),
        Just("-".to_string()),
        Just(" ".to_string()),
        "[a-zA-Z0-9ąęłżź반도체협력/.'’-]{1,8}",
    ];
    prop::collection::vec(piece, 0..16).prop_map(|p| p.concat())
}

/// Text made of paragraphs, line breaks, Hangul, Polish letters and control characters.
fn text_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n\n".to_string()),
        Just(" ".to_string()),
        Just("• Home".to_string()),
        Just("Skip to main content".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{0}".to_string()),
        "[a-zA-Z ]{1,40}[.]?",
        "[ąćęłńóśźż ]{1,20}",
        "[가-힣 ]{1,20}",
        ".{0,10}",
    ];
    prop::collection::vec(piece, 0..60).prop_map(|p| p.concat())
}

proptest! {
    // 256 cases each by default; PROPTEST_CASES=N for a longer run.

    #[test]
    fn query_parser_never_panics(q in any::<String>()) {
        let _ = query::parse(&q);
    }

    #[test]
    fn query_parser_never_panics_on_operators(q in query_like()) {
        let _ = query::parse(&q);
    }

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        if let Ok(d) = decode::decode(&bytes) {
            prop_assert!(!d.text.trim().is_empty());
        }
    }

    #[test]
    fn passages_point_at_their_text(text in text_like()) {
        let doc = prepare("t.txt", &text, None, &LangDetector::default());
        for p in doc.passages.iter().chain(&doc.set_aside) {
            let s = p.span;
            prop_assert!(s.byte_start < s.byte_end && s.byte_end <= text.len());
            prop_assert!(text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end));
            prop_assert_eq!(text[s.byte_start..s.byte_end].replace('\r', ""), p.text.clone());
            prop_assert!(s.line_start <= s.line_end);
            prop_assert_eq!(text[..s.byte_start].matches('\n').count() + 1, s.line_start);
            prop_assert_eq!(text[..s.byte_end].matches('\n').count() + 1, s.line_end);
        }
    }

    #[test]
    fn analyzers_give_offsets_inside_the_text(text in text_like()) {
        let mut all: Vec<_> = Lang::ALL.iter().map(|&l| analysis::index_analyzer(l)).collect();
        all.extend(Lang::ALL.iter().map(|&l| analysis::language_analyzer(l)));
        for mut a in all {
            for t in analysis::tokens(&mut a, &text) {
                prop_assert!(t.offset_from < t.offset_to && t.offset_to <= text.len());
                prop_assert!(text.is_char_boundary(t.offset_from) && text.is_char_boundary(t.offset_to));
                prop_assert!(!t.text.is_empty());
            }
        }
    }
}
