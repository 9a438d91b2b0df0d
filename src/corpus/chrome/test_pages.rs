//! Pages and text generators shared by the tests of the chrome rules: written for
//! these tests, in the shape of real ones; none of these strings come from the seed
//! corpus.

use proptest::prelude::*;

use super::{classify, Layout, Role};
pub(super) use crate::corpus::passage::paragraphs;

pub(super) fn roles(text: &str, title: Option<&str>) -> Vec<(String, Role)> {
    let layout = classify(text, &paragraphs(text), title);
    layout
        .blocks
        .iter()
        .map(|b| (text[b.start..b.end].to_string(), b.role))
        .collect()
}

pub(super) fn role_of(all: &[(String, Role)], start: &str) -> Role {
    all.iter()
        .find(|(t, _)| t.starts_with(start))
        .unwrap_or_else(|| panic!("no block starting {start:?} in {all:#?}"))
        .1
}

pub(super) const PROSE: &str =
    "The ministers of both countries met in Lisbon on Monday and agreed to \
    deepen their cooperation on batteries, hydrogen and offshore wind over the next decade.";

/// Text with what normalizing must get right: ASCII runs of every length (so
/// eight-byte chunks end everywhere), every kind of white space, Polish and Korean
/// letters, and characters whose lower case is special.
pub(super) fn messy_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            6 => "[a-zA-Z.,]{1,12}",
            2 => "[a-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]{1,8}",
            2 => "[가-힣]{1,5}",
            4 => prop::sample::select(vec![
                " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{85}",
                "\u{a0}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202f}", "\u{3000}",
                "\u{0}", "\u{1f}", "\u{7f}", "Σ", "ΑΣ", "İ", "\u{212a}", "ǅ", "ẞ", "»",
                "•", "“", "…", "다",
            ])
            .prop_map(str::to_string),
        ],
        0..40,
    )
    .prop_map(|v| v.concat())
}

pub(super) fn text_layout(text: &str) -> Layout {
    let paras: Vec<(usize, usize)> = crate::corpus::format::text::paragraphs(text)
        .iter()
        .map(|p| (p.start, p.end))
        .collect();
    classify(text, &paras, None)
}
