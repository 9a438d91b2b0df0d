//! `IndexTokenizer`: what the body field indexes, every distinct form of every word
//! once.
//!
//! Every passage goes to the one body field, whatever its language: its value starts
//! with a language mark ([`body_value`]) that tells this tokenizer which language's
//! analysis to run. A word's exact, folded and stem forms go to the same position. The
//! exact and folded forms are indexed as they are (they are spelled the same in every
//! language); a stem is indexed as it is when it equals one of them (`korea`, `chain`,
//! `6g`: one posting, not three), and otherwise behind its language's stem mark
//! ([`stem_mark`]: `chains` gives `chains` and `\u{2}chain`). So the term `chain` is
//! only ever a word written `chain`, the exact form of a query word never matches
//! another word through its stem, and a Polish stem never meets an English one; a stem
//! query asks for both spellings.

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};

use super::analyzer::{Analyzed, Analyzer, Form, Indexed};
use crate::lang::Lang;

/// Prefix of an indexed stem of `lang` that differs from its word's exact and folded
/// forms. No word starts with a control character, so marked and unmarked terms never
/// collide, nor do the stems of two languages.
pub fn stem_mark(lang: Lang) -> char {
    match lang {
        Lang::Pl => '\u{1}',
        Lang::En => '\u{2}',
        Lang::Ko => '\u{3}',
    }
}

/// Prefix of an indexed part of a compound in `lang` (see [`Form::Part`]), if the
/// language has them: kept apart from stems, so a part weighs less than a stem.
///
/// [`Form::Part`]: super::Form::Part
pub fn part_mark(lang: Lang) -> Option<char> {
    match lang {
        Lang::Ko => Some('\u{4}'),
        Lang::Pl | Lang::En => None,
    }
}

/// First character of a body value: the language of the text after it.
fn language_mark(lang: Lang) -> char {
    match lang {
        Lang::Pl => '\u{11}',
        Lang::En => '\u{12}',
        Lang::Ko => '\u{13}',
    }
}

/// The body field's value for a passage of `text` in `lang`: the language's mark, then
/// the text (offsets of indexed tokens are not kept, so the mark shifts nothing).
pub fn body_value(lang: Lang, text: &str) -> String {
    let mark = language_mark(lang);
    let mut value = String::with_capacity(text.len() + mark.len_utf8());
    value.push(mark);
    value.push_str(text);
    value
}

/// The language a body value is marked with, and the text after the mark.
fn split_body_value(value: &str) -> Option<(Lang, &str)> {
    let mark = value.chars().next()?;
    let lang = Lang::ALL.into_iter().find(|&l| language_mark(l) == mark)?;
    Some((lang, &value[mark.len_utf8()..]))
}

/// The tokenizer of the body field.
#[derive(Clone)]
pub struct IndexTokenizer {
    /// The language of every text, or None to read it from each value's mark.
    lang: Option<Lang>,
    analyzed: Analyzed,
    token: Token,
}

impl IndexTokenizer {
    /// The tokenizer of the body field: each value names its language.
    pub fn body() -> IndexTokenizer {
        IndexTokenizer {
            lang: None,
            analyzed: Analyzed::default(),
            token: Token::default(),
        }
    }

    /// The tokenizer for unmarked text in `lang` (what the body field indexes for a
    /// passage in `lang`).
    pub fn new(lang: Lang) -> IndexTokenizer {
        IndexTokenizer {
            lang: Some(lang),
            ..IndexTokenizer::body()
        }
    }
}

/// The stream of an [`IndexTokenizer`].
pub struct IndexTokenStream<'a> {
    analyzed: &'a Analyzed,
    mark: char,
    part_mark: Option<char>,
    next: usize,
    token: &'a mut Token,
}

impl Tokenizer for IndexTokenizer {
    type TokenStream<'a> = IndexTokenStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> IndexTokenStream<'a> {
        // An unmarked value cannot come from accord; it is read as English.
        let (lang, text) = match self.lang {
            Some(lang) => (lang, text),
            None => split_body_value(text).unwrap_or((Lang::En, text)),
        };
        Analyzer::new(lang).analyze(text, &mut self.analyzed);
        self.token.reset();
        IndexTokenStream {
            analyzed: &self.analyzed,
            mark: stem_mark(lang),
            part_mark: part_mark(lang),
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
                let mark = match term.form {
                    Form::Part => self.part_mark.unwrap_or(self.mark),
                    _ => self.mark,
                };
                self.token.text.push(mark);
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

    #[test]
    fn a_body_value_says_its_language() {
        let mut body = IndexTokenizer::body();
        for lang in Lang::ALL {
            let value = body_value(lang, "Chains");
            let mut stream = body.token_stream(&value);
            let mut got = Vec::new();
            while stream.advance() {
                got.push(stream.token().text.clone());
            }
            let mut fixed = IndexTokenizer::new(lang);
            let mut stream = fixed.token_stream("Chains");
            let mut want = Vec::new();
            while stream.advance() {
                want.push(stream.token().text.clone());
            }
            assert_eq!(got, want, "{lang:?}");
        }
        let value = body_value(Lang::En, "chains");
        let mut stream = body.token_stream(&value);
        stream.advance();
        stream.advance();
        assert_eq!(stream.token().text, "\u{2}chain");
    }

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
            [(0, "chains".to_string()), (0, "\u{2}chain".to_string())]
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
