//! The Korean analyzer: Hangul words with their particles and endings split off.
//!
//! Korean attaches particles (josa) and verb endings to the word (`반도체를`, `협력을`,
//! `강화하기로`), so a whole-word index would not find `반도체` in `반도체를`. For every
//! Hangul word this tokenizer emits the word and, at the same position, the word with
//! its longest known particle or ending removed, keeping at least two syllables of stem
//! (`국가` is not cut to `국`). Non-Hangul words are lower-cased and folded as elsewhere.
//!
//! Why rules and not a morphological dictionary (mecab ko-dic via lindera 0.21) is
//! measured in ARCHITECTURE.md: on KorQuAD it scores within a point or two, adds no
//! start-up time and keeps the binary small.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::folding::fold;
use super::words::word_spans;

/// Particles and endings, longest first within each length.
const SUFFIXES: &[&str] = &[
    // four syllables
    "에서부터",
    "으로부터",
    "했습니다",
    "하였으며",
    "하였다고",
    // three syllables
    "에게서",
    "에서는",
    "에서도",
    "에서의",
    "으로는",
    "으로도",
    "으로서",
    "으로써",
    "이라는",
    "이라고",
    "이라며",
    "까지는",
    "부터는",
    "에게는",
    "에게도",
    "한테서",
    "하기로",
    "했으며",
    "하였다",
    "되었다",
    "합니다",
    "됩니다",
    "하면서",
    "하도록",
    "하는데",
    "이었다",
    "였다고",
    "했다고",
    "한다고",
    "하겠다",
    "스러운",
    "적으로",
    // two syllables
    "에서",
    "에게",
    "한테",
    "께서",
    "으로",
    "부터",
    "까지",
    "처럼",
    "보다",
    "마저",
    "조차",
    "이나",
    "이며",
    "이고",
    "이다",
    "라는",
    "라고",
    "와의",
    "과의",
    "에는",
    "에도",
    "에의",
    "로는",
    "로서",
    "로써",
    "로도",
    "들의",
    "들이",
    "들은",
    "들을",
    "들과",
    "들도",
    "들에",
    "했다",
    "한다",
    "하는",
    "하고",
    "하여",
    "해서",
    "하며",
    "하기",
    "하게",
    "하지",
    "했고",
    "된다",
    "되는",
    "됐다",
    "되고",
    "되어",
    "적인",
    "이란",
    "과는",
    "와는",
    // one syllable
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "에",
    "도",
    "만",
    "와",
    "과",
    "로",
    "며",
    "들",
    "께",
    "한",
    "할",
    "된",
    "적",
];

/// Minimum syllables left after stripping.
const MIN_STEM_SYLLABLES: usize = 2;

/// Is `c` a precomposed Hangul syllable?
pub fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

/// The stem of a Hangul word, if a known particle or ending can be removed.
pub fn strip_particle(word: &str) -> Option<&str> {
    let syllables = word.chars().count();
    SUFFIXES.iter().find_map(|suffix| {
        let stem = word.strip_suffix(suffix)?;
        let left = syllables - suffix.chars().count();
        (left >= MIN_STEM_SYLLABLES && stem.chars().all(is_hangul)).then_some(stem)
    })
}

/// Tokenizer for Korean text; see the module documentation.
#[derive(Clone, Default)]
pub struct KoreanTokenizer {
    token: Token,
}

/// Stream of a [`KoreanTokenizer`].
pub struct KoreanTokenStream<'a> {
    tokens: std::vec::IntoIter<Token>,
    token: &'a mut Token,
}

impl Tokenizer for KoreanTokenizer {
    type TokenStream<'a> = KoreanTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> KoreanTokenStream<'a> {
        self.token.reset();
        let mut tokens = Vec::new();
        for (position, (from, to)) in word_spans(text).into_iter().enumerate() {
            let word = &text[from..to];
            let make = |text: String| Token {
                offset_from: from,
                offset_to: to,
                position,
                text,
                position_length: 1,
            };
            if word.chars().any(is_hangul) {
                tokens.push(make(word.to_string()));
                if let Some(stem) = strip_particle(word) {
                    tokens.push(make(stem.to_string()));
                }
            } else {
                tokens.push(make(fold(&word.to_lowercase())));
            }
        }
        KoreanTokenStream {
            tokens: tokens.into_iter(),
            token: &mut self.token,
        }
    }
}

impl TokenStream for KoreanTokenStream<'_> {
    fn advance(&mut self) -> bool {
        match self.tokens.next() {
            Some(token) => {
                *self.token = token;
                true
            }
            None => false,
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}
