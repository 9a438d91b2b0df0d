//! `StemTokenizer`: only the stem forms of a text (stop words dropped), for the
//! glossary, passage keys and query-language detection, which compare words by stem.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::analyzer::{Analyzed, Analyzer, Form};
use crate::lang::Lang;

/// Stems of a text in one language; a Korean word gives the word and its stem at one
/// position.
#[derive(Clone)]
pub struct StemTokenizer {
    analyzer: Analyzer,
    analyzed: Analyzed,
    token: Token,
}

impl StemTokenizer {
    /// The stem tokenizer of `lang`.
    pub fn new(lang: Lang) -> StemTokenizer {
        StemTokenizer {
            analyzer: Analyzer::new(lang),
            analyzed: Analyzed::default(),
            token: Token::default(),
        }
    }
}

/// The stream of a [`StemTokenizer`].
pub struct StemTokenStream<'a> {
    analyzed: &'a Analyzed,
    next: usize,
    token: &'a mut Token,
}

impl Tokenizer for StemTokenizer {
    type TokenStream<'a> = StemTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> StemTokenStream<'a> {
        self.analyzer.analyze(text, &mut self.analyzed);
        self.token.reset();
        StemTokenStream {
            analyzed: &self.analyzed,
            next: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for StemTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let terms = self.analyzed.terms();
        while self.next < terms.len() {
            let i = self.next;
            self.next += 1;
            let term = terms[i];
            if term.form != Form::Stem {
                continue;
            }
            self.token.text.clear();
            self.token.text.push_str(self.analyzed.text(i));
            self.token.offset_from = term.from as usize;
            self.token.offset_to = term.to as usize;
            self.token.position = term.position as usize;
            self.token.position_length = 1;
            return true;
        }
        false
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}
