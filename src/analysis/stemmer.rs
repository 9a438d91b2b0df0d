//! `SafeStemmer`: Snowball stemming that leaves the tokens of this field alone.
//!
//! Elasticsearch's Polish stemmer turns `2021` into `20ć`; Snowball also shortens
//! acronyms (`gpai`). Tokens with a digit or a dot, and tokens of three letters or
//! fewer, are passed through unchanged. Tokens are expected to be lower-cased.
//!
//! With [`SafeStemmer::folding`], the output is folded (`półprzewodnik` ->
//! `polprzewodnik`) and a word with diacritics also yields, at the same position, the
//! stem of its folded form: Snowball Polish only recognises endings written with their
//! letters (`-ów`), so `polprzewodnikow` typed without them stems differently. Both
//! sides of the index then meet on `stem(fold(word))`.

use std::borrow::Cow;

use frostem::Algorithm;
use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};

use super::folding::fold;

/// Shortest token (in characters) that is stemmed.
const MIN_STEM_CHARS: usize = 4;

/// Stems with a Snowball algorithm, except tokens that must survive intact.
#[derive(Clone, Copy)]
pub struct SafeStemmer {
    algorithm: Algorithm,
    folding: bool,
}

impl SafeStemmer {
    /// A stemmer for `algorithm` (`Algorithm::Polish`, `Algorithm::English`).
    pub fn new(algorithm: Algorithm) -> SafeStemmer {
        SafeStemmer {
            algorithm,
            folding: false,
        }
    }

    /// The same, folding diacritics and adding the stem of the folded word.
    pub fn folding(algorithm: Algorithm) -> SafeStemmer {
        SafeStemmer {
            algorithm,
            folding: true,
        }
    }
}

/// Whether a (lower-cased) token should go through the stemmer.
pub fn stemmable(token: &str) -> bool {
    token.len() >= MIN_STEM_CHARS
        && token.chars().nth(MIN_STEM_CHARS - 1).is_some()
        && token.chars().all(char::is_alphabetic)
}

impl TokenFilter for SafeStemmer {
    type Tokenizer<T: Tokenizer> = SafeStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        SafeStemmerFilter {
            algorithm: self.algorithm,
            folding: self.folding,
            inner: tokenizer,
        }
    }
}

/// [`SafeStemmer`] applied to a tokenizer.
#[derive(Clone)]
pub struct SafeStemmerFilter<T> {
    algorithm: Algorithm,
    folding: bool,
    inner: T,
}

impl<T: Tokenizer> Tokenizer for SafeStemmerFilter<T> {
    type TokenStream<'a> = SafeStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        SafeStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: frostem::Stemmer::new(self.algorithm),
            folding: self.folding,
            pending: None,
            current: Token::default(),
        }
    }
}

/// Stream of a [`SafeStemmerFilter`].
pub struct SafeStemmerStream<T> {
    tail: T,
    stemmer: frostem::Stemmer,
    folding: bool,
    /// A second token for the same position (stem of the folded word).
    pending: Option<Token>,
    current: Token,
}

impl<T: TokenStream> SafeStemmerStream<T> {
    fn stem(&self, word: &str) -> String {
        if stemmable(word) {
            let stem = match self.stemmer.stem(word) {
                Cow::Owned(s) => s,
                Cow::Borrowed(s) => s.to_string(),
            };
            if self.folding {
                drop_mobile_e(drop_final_i(stem))
            } else {
                stem
            }
        } else {
            word.to_string()
        }
    }
}

/// Snowball Polish leaves the `i` of `-ii`/`-gii` genitives (`technologii` ->
/// `technologi`) but not of the nominative (`technologia` -> `technolog`): drop a final
/// `i` after a consonant from stems of six letters or more.
pub fn drop_final_i(stem: String) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aąeęioóuy".contains(c);
    if n >= 6 && chars[n - 1] == 'i' && consonant(chars[n - 2]) {
        chars[..n - 1].iter().collect()
    } else {
        stem
    }
}

/// Polish drops the e of a final `-el`, `-ek`, `-ec` when the word is inflected
/// (`kabel`, `kabli`; `budynek`, `budynku`), which Snowball does not undo: drop it from
/// such stems, so every form of the word meets on `kabl`, `budynk`.
pub fn drop_mobile_e(stem: String) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aąeęioóuy".contains(c);
    if n >= 5
        && chars[n - 2] == 'e'
        && matches!(chars[n - 1], 'l' | 'k' | 'c')
        && consonant(chars[n - 3])
    {
        let mut out: String = chars[..n - 2].iter().collect();
        out.push(chars[n - 1]);
        out
    } else {
        stem
    }
}

impl<T: TokenStream> TokenStream for SafeStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if let Some(next) = self.pending.take() {
            self.current = next;
            return true;
        }
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token().clone();
        let stem = self.stem(&token.text);
        if self.folding {
            let folded_stem = fold(&stem);
            let folded_word = fold(&token.text);
            if folded_word != token.text {
                let alternative = self.stem(&folded_word);
                if alternative != folded_stem {
                    self.pending = Some(Token {
                        text: alternative,
                        ..token.clone()
                    });
                }
            }
            self.current = Token {
                text: folded_stem,
                ..token
            };
        } else {
            self.current = Token {
                text: stem,
                ..token
            };
        }
        true
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}
