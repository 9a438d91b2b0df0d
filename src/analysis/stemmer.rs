//! `SafeStemmer`: Snowball stemming that leaves the tokens of this field alone.
//!
//! Elasticsearch's Polish stemmer turns `2021` into `20ć`; Snowball also shortens
//! acronyms (`gpai`). Tokens with a digit or a dot, and tokens of three letters or
//! fewer, are passed through unchanged. Tokens are expected to be lower-cased.

use std::borrow::Cow;

use frostem::Algorithm;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

/// Shortest token (in characters) that is stemmed.
const MIN_STEM_CHARS: usize = 4;

/// Stems with a Snowball algorithm, except tokens that must survive intact.
#[derive(Clone, Copy)]
pub struct SafeStemmer {
    algorithm: Algorithm,
}

impl SafeStemmer {
    /// A stemmer for `algorithm` (`Algorithm::Polish`, `Algorithm::English`).
    pub fn new(algorithm: Algorithm) -> SafeStemmer {
        SafeStemmer { algorithm }
    }
}

/// Whether a (lower-cased) token should go through the stemmer.
pub fn stemmable(token: &str) -> bool {
    token.chars().count() >= MIN_STEM_CHARS && token.chars().all(char::is_alphabetic)
}

impl TokenFilter for SafeStemmer {
    type Tokenizer<T: Tokenizer> = SafeStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        SafeStemmerFilter {
            algorithm: self.algorithm,
            inner: tokenizer,
        }
    }
}

/// [`SafeStemmer`] applied to a tokenizer.
#[derive(Clone)]
pub struct SafeStemmerFilter<T> {
    algorithm: Algorithm,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for SafeStemmerFilter<T> {
    type TokenStream<'a> = SafeStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SafeStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.algorithm),
        }
    }
}

/// Stream of a [`SafeStemmerFilter`].
pub struct SafeStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
}

impl<T: TokenStream> TokenStream for SafeStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if stemmable(&token.text) {
            if let Cow::Owned(stem) = self.stemmer.stem(&token.text) {
                token.text = stem;
            } else {
                let stem = self.stemmer.stem(&token.text).into_owned();
                token.text = stem;
            }
        }
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}
