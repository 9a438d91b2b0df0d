//! `IndexTokenizer`: what a language's body field indexes, every distinct form of
//! every word once.
//!
//! A word's exact, folded and stem forms go to the same position of one field. The
//! exact and folded forms are indexed as they are; a stem is indexed as it is when it
//! equals one of them (`korea`, `chain`, `6g`: one posting, not three), and otherwise
//! behind [`STEM_MARK`] (`chains` gives `chains` and `\u{1}chain`). So the term `chain`
//! is only ever a word written `chain`, and the exact form of a query word never
//! matches another word through its stem; a stem query asks for both spellings.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::analyzer::{Analyzed, Analyzer, Indexed};
use crate::lang::Lang;

/// Prefix of an indexed stem that differs from its word's exact and folded forms. No
/// word starts with a control character, so marked and unmarked terms never collide.
pub const STEM_MARK: char = '\u{1}';

/// The tokenizer of a language's body field.
#[derive(Clone)]
pub struct IndexTokenizer {
    analyzer: Analyzer,
    analyzed: Analyzed,
    token: Token,
}

impl IndexTokenizer {
    /// The tokenizer for text in `lang`.
    pub fn new(lang: Lang) -> IndexTokenizer {
        IndexTokenizer {
            analyzer: Analyzer::new(lang),
            analyzed: Analyzed::default(),
            token: Token::default(),
        }
    }
}

/// The stream of an [`IndexTokenizer`].
pub struct IndexTokenStream<'a> {
    analyzed: &'a Analyzed,
    next: usize,
    token: &'a mut Token,
}

impl Tokenizer for IndexTokenizer {
    type TokenStream<'a> = IndexTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> IndexTokenStream<'a> {
        self.analyzer.analyze(text, &mut self.analyzed);
        self.token.reset();
        IndexTokenStream {
            analyzed: &self.analyzed,
            next: 0,
            token: &mut self.token,
        }
    }
}

impl TokenStream for IndexTokenStream<'_> {
    fn advance(&mut self) -> bool {
        let terms = self.analyzed.terms();
        while self.next < terms.len() {
            let i = self.next;
            self.next += 1;
            let term = terms[i];
            let marked = match term.indexed {
                Indexed::No => continue,
                Indexed::Plain => false,
                Indexed::Marked => true,
            };
            self.token.text.clear();
            if marked {
                self.token.text.push(STEM_MARK);
            }
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(lang: Lang, text: &str) -> Vec<(usize, String)> {
        let mut t = IndexTokenizer::new(lang);
        let mut stream = t.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().position, stream.token().text.clone()));
        }
        out
    }

    #[test]
    fn a_word_whose_forms_coincide_is_indexed_once() {
        assert_eq!(tokens(Lang::En, "Korea"), [(0, "korea".to_string())]);
    }

    #[test]
    fn a_stem_that_differs_from_the_word_is_marked() {
        assert_eq!(
            tokens(Lang::En, "chains"),
            [(0, "chains".to_string()), (0, "\u{1}chain".to_string())]
        );
        assert_eq!(tokens(Lang::En, "chain"), [(0, "chain".to_string())]);
    }

    #[test]
    fn every_distinct_form_shares_the_position() {
        let t = tokens(Lang::Pl, "dostaw półprzewodników");
        let at1: Vec<&str> = t
            .iter()
            .filter(|(p, _)| *p == 1)
            .map(|(_, s)| s.as_str())
            .collect();
        assert!(at1.contains(&"półprzewodników"), "{t:?}");
        assert!(at1.contains(&"polprzewodnikow"), "{t:?}");
        assert!(at1.contains(&"\u{1}polprzewodnik"), "{t:?}");
        let mut unique = at1.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), at1.len(), "{t:?}");
    }
}
