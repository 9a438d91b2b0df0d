//! Snowball stemming that leaves the tokens of this field alone, shared by the
//! languages that stem with Snowball (`polish`, `english`).
//!
//! Elasticsearch's Polish stemmer turns `2021` into `20ć`; Snowball also shortens
//! acronyms (`gpai`). Tokens with a digit or a dot, and tokens of three letters or
//! fewer, are passed through unchanged. Tokens are expected to be lower-cased.

use frostem::Algorithm;

/// Shortest token (in characters) that is stemmed.
const MIN_STEM_CHARS: usize = 4;

/// Whether a (lower-cased) token should go through the stemmer.
pub fn stemmable(token: &str) -> bool {
    token.len() >= MIN_STEM_CHARS
        && token.chars().nth(MIN_STEM_CHARS - 1).is_some()
        && token.chars().all(char::is_alphabetic)
}

/// Appends the Snowball stem of `word` to `out`, or `word` itself when it is not
/// [`stemmable`].
pub fn stem_safe_into(algorithm: Algorithm, word: &str, out: &mut String) {
    if stemmable(word) {
        out.push_str(&frostem::Stemmer::new(algorithm).stem(word));
    } else {
        out.push_str(word);
    }
}
