//! Words: UAX#29 word boundaries, adjusted for how statements are written.
//!
//! Word boundaries come from unicode-segmentation (UAX#29). Three adjustments on top:
//! - a typographic quote or apostrophe glued to a word splits it (`the’Washington` gives
//!   `the`, `Washington`); a trailing possessive `s` is dropped (`Korea’s` gives `Korea`);
//! - dots inside a word split it unless the word is an abbreviation of single letters
//!   (`U.S` stays whole) or a number (`2.5` stays whole): `statement.The` gives two words;
//! - words longer than [`MAX_TOKEN_BYTES`] are dropped (base64 blobs, URLs run together).
//!
//! Case is left alone; the analyzer lower-cases.

use unicode_segmentation::UnicodeSegmentation;

/// Words longer than this (in bytes) are not indexed: no one searches for them.
pub const MAX_TOKEN_BYTES: usize = 120;

/// Is `c` one of the apostrophes and single quotes UAX#29 keeps inside a word?
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}'
    )
}

/// Byte spans `[from, to)` of the words of `text`.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for_each_word(text, |from, to| spans.push((from, to)));
    spans
}

/// Calls `f(from, to)` for each word of `text`, in order.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize)) {
    for (start, word) in text.unicode_word_indices() {
        split_word(word, start, &mut f);
    }
}

fn split_word(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
    // Apostrophes: split, and drop a possessive/contraction `s` that follows one.
    if word.contains(is_apostrophe) {
        let mut from = 0;
        let mut first = true;
        for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
            if i == word.len() || is_apostrophe(c) {
                let part = &word[from..i];
                let possessive = !first && part.eq_ignore_ascii_case("s");
                if !part.is_empty() && !possessive {
                    split_dots(part, start + from, out);
                }
                first = false;
                from = i + c.len_utf8();
            }
        }
        return;
    }
    split_dots(word, start, out);
}

fn split_dots(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
    let has_inner_sep = word.contains(['.', ':']);
    let keep_whole = !has_inner_sep || {
        let parts: Vec<&str> = word.split(['.', ':']).collect();
        let abbreviation = parts.iter().all(|p| p.chars().count() == 1);
        let number = parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
        abbreviation || number
    };
    if keep_whole {
        push(word, start, out);
        return;
    }
    let mut from = 0;
    for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
        if i == word.len() || c == '.' || c == ':' {
            if i > from {
                push(&word[from..i], start + from, out);
            }
            from = i + c.len_utf8();
        }
    }
}

fn push(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
    if !word.is_empty() && word.len() <= MAX_TOKEN_BYTES {
        out(start, start + word.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        word_spans(text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn glued_quotes_split_and_possessives_drop() {
        assert_eq!(
            words("adopted the’Washington Declaration’ and Korea’s plan"),
            [
                "adopted",
                "the",
                "Washington",
                "Declaration",
                "and",
                "Korea",
                "plan"
            ]
        );
        assert_eq!(words("the EU's act"), ["the", "EU", "act"]);
    }

    #[test]
    fn field_tokens_survive() {
        assert_eq!(
            words("Beyond 5G/6G by 2030"),
            ["Beyond", "5G", "6G", "by", "2030"]
        );
        assert_eq!(words("ROK-EU Open-RAN"), ["ROK", "EU", "Open", "RAN"]);
        assert_eq!(
            words("the U.S. and e.g. 2.5%"),
            ["the", "U.S", "and", "e.g", "2.5"]
        );
    }

    #[test]
    fn run_together_sentences_split_at_the_dot() {
        assert_eq!(
            words("statement.The leaders"),
            ["statement", "The", "leaders"]
        );
    }

    #[test]
    fn overlong_tokens_are_dropped() {
        let blob = "a".repeat(MAX_TOKEN_BYTES + 1);
        assert_eq!(words(&format!("x {blob} y")), ["x", "y"]);
    }

    #[test]
    fn hangul_words_stay_whole() {
        assert_eq!(words("반도체를 협력을"), ["반도체를", "협력을"]);
    }
}
