//! `WordTokenizer`: UAX#29 words, adjusted for how statements are written.
//!
//! Word boundaries come from unicode-segmentation (UAX#29). Three adjustments on top:
//! - a typographic quote or apostrophe glued to a word splits it (`the’Washington` gives
//!   `the`, `Washington`); a trailing possessive `s` is dropped (`Korea’s` gives `Korea`);
//! - dots inside a word split it unless the word is an abbreviation of single letters
//!   (`U.S` stays whole) or a number (`2.5` stays whole): `statement.The` gives two words;
//! - tokens longer than [`MAX_TOKEN_BYTES`] are dropped (base64 blobs, URLs run together).
//!
//! The tokenizer does not change case; filters do that.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_segmentation::UnicodeSegmentation;

/// Tokens longer than this (in bytes) are not indexed: no one searches for them.
pub const MAX_TOKEN_BYTES: usize = 120;

/// Splits text into words; see the module documentation.
#[derive(Clone, Default)]
pub struct WordTokenizer {
    token: Token,
}

/// The stream of a [`WordTokenizer`]: spans are computed once, then handed out.
pub struct WordTokenStream<'a> {
    text: &'a str,
    spans: std::vec::IntoIter<(usize, usize)>,
    token: &'a mut Token,
    position: usize,
}

impl Tokenizer for WordTokenizer {
    type TokenStream<'a> = WordTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordTokenStream<'a> {
        self.token.reset();
        WordTokenStream {
            text,
            spans: word_spans(text).into_iter(),
            token: &mut self.token,
            position: 0,
        }
    }
}

impl TokenStream for WordTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let Some((from, to)) = self.spans.next() else {
            return false;
        };
        self.token.text.clear();
        self.token.text.push_str(&self.text[from..to]);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.position = self.position;
        self.token.position_length = 1;
        self.position += 1;
        true
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// Is `c` one of the apostrophes and single quotes UAX#29 keeps inside a word?
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}'
    )
}

/// Byte spans `[from, to)` of the words of `text`.
///
/// Every passage goes through three analyzers (exact, folded, its language), one
/// after the other on the same indexing thread: the spans of the last text seen on a
/// thread are kept, so the text is segmented once, not three times.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    use std::cell::RefCell;
    thread_local! {
        static LAST: RefCell<(String, Vec<(usize, usize)>)> = const { RefCell::new((String::new(), Vec::new())) };
    }
    /// Shorter texts (query words) are cheaper to segment than to compare and copy.
    const CACHE_FROM_BYTES: usize = 64;
    if text.len() < CACHE_FROM_BYTES {
        return segment(text);
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if last.0 != text {
            let spans = segment(text);
            last.0.clear();
            last.0.push_str(text);
            last.1 = spans;
        }
        last.1.clone()
    })
}

fn segment(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for (start, word) in text.unicode_word_indices() {
        split_word(word, start, &mut spans);
    }
    spans
}

fn split_word(word: &str, start: usize, out: &mut Vec<(usize, usize)>) {
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

fn split_dots(word: &str, start: usize, out: &mut Vec<(usize, usize)>) {
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

fn push(word: &str, start: usize, out: &mut Vec<(usize, usize)>) {
    if !word.is_empty() && word.len() <= MAX_TOKEN_BYTES {
        out.push((start, start + word.len()));
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
