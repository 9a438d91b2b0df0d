//! The query language: words, "exact phrases", AND/OR/NOT, +required, -excluded, ( ).
//!
//! ```text
//! query   := or
//! or      := and ("OR" and)*
//! and     := seq ("AND" seq)*
//! seq     := unary+                      words side by side: any may match, more rank higher
//! unary   := ("+" | "-" | "NOT") primary | primary
//! primary := "(" or ")" | "\"" words "\"" | word
//! ```
//! Operators are upper-case (`and`, `or`, `not` are ordinary words). Straight and
//! typographic double quotes both delimit phrases. A hyphen inside a word is part of it
//! (`Open-RAN`, `ROK-EU`); only a leading `-` excludes.

use crate::error::{Error, Result};

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A word as typed.
    Word(String),
    /// Words that must appear in this order.
    Phrase(String),
    /// Clauses with their occurrence.
    Bool(Vec<(Occur, Node)>),
}

/// How a clause takes part in a [`Node::Bool`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occur {
    /// May match; matching raises the rank.
    Should,
    /// Must match.
    Must,
    /// Must not match.
    MustNot,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Lexeme {
    Word(String),
    Phrase(String),
    Open,
    Close,
    And,
    Or,
    Not,
    Plus,
    Minus,
}

struct Lexed {
    lexeme: Lexeme,
    at: usize,
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '«' | '»')
}

fn lex(query: &str) -> Result<Vec<Lexed>> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = query.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '(' || c == ')' {
            let lexeme = if c == '(' {
                Lexeme::Open
            } else {
                Lexeme::Close
            };
            out.push(Lexed { lexeme, at });
            i += 1;
        } else if is_quote(c) {
            let mut j = i + 1;
            while j < chars.len() && !is_quote(chars[j].1) {
                j += 1;
            }
            if j == chars.len() {
                return Err(error(query, at, "this quote is never closed"));
            }
            let text: String = chars[i + 1..j].iter().map(|&(_, c)| c).collect();
            out.push(Lexed {
                lexeme: Lexeme::Phrase(text),
                at,
            });
            i = j + 1;
        } else if (c == '+' || c == '-')
            && out.last().is_none_or(|l: &Lexed| {
                !matches!(l.lexeme, Lexeme::Word(_)) || at > 0 && chars[i - 1].1.is_whitespace()
            })
        {
            let next = chars.get(i + 1).map(|&(_, c)| c);
            if next.is_none_or(|n| n.is_whitespace() || n == ')') {
                return Err(error(
                    query,
                    at,
                    &format!("'{c}' must be followed by a word, phrase or '('"),
                ));
            }
            out.push(Lexed {
                lexeme: if c == '+' {
                    Lexeme::Plus
                } else {
                    Lexeme::Minus
                },
                at,
            });
            i += 1;
        } else {
            let mut j = i;
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_whitespace() || d == '(' || d == ')' || is_quote(d) {
                    break;
                }
                j += 1;
            }
            let text: String = chars[i..j].iter().map(|&(_, c)| c).collect();
            let lexeme = match text.as_str() {
                "AND" | "&&" => Lexeme::And,
                "OR" | "||" => Lexeme::Or,
                "NOT" => Lexeme::Not,
                _ => Lexeme::Word(text),
            };
            out.push(Lexed { lexeme, at });
            i = j;
        }
    }
    Ok(out)
}

fn error(query: &str, at: usize, message: &str) -> Error {
    let column = query[..at.min(query.len())].chars().count();
    Error::Query {
        query: query.to_string(),
        message: message.to_string(),
        caret: format!("{}^", " ".repeat(column)),
    }
}

struct Parser<'q> {
    query: &'q str,
    lexemes: Vec<Lexed>,
    pos: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Lexeme> {
        self.lexemes.get(self.pos).map(|l| &l.lexeme)
    }

    fn at(&self) -> usize {
        self.lexemes
            .get(self.pos)
            .map_or(self.query.len(), |l| l.at)
    }

    fn fail<T>(&self, message: &str) -> Result<T> {
        Err(error(self.query, self.at(), message))
    }

    fn or(&mut self) -> Result<Node> {
        let mut parts = vec![self.and()?];
        while self.peek() == Some(&Lexeme::Or) {
            self.pos += 1;
            if self.starts_operand() {
                parts.push(self.and()?);
            } else {
                return self.fail("OR must be followed by a word, phrase or '('");
            }
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Node::Bool(parts.into_iter().map(|p| (Occur::Should, p)).collect())
        })
    }

    fn and(&mut self) -> Result<Node> {
        let mut parts = vec![self.seq()?];
        while self.peek() == Some(&Lexeme::And) {
            self.pos += 1;
            if self.starts_operand() {
                parts.push(self.seq()?);
            } else {
                return self.fail("AND must be followed by a word, phrase or '('");
            }
        }
        Ok(if parts.len() == 1 {
            parts.remove(0)
        } else {
            Node::Bool(parts.into_iter().map(|p| (Occur::Must, p)).collect())
        })
    }

    fn starts_operand(&self) -> bool {
        matches!(
            self.peek(),
            Some(
                Lexeme::Word(_)
                    | Lexeme::Phrase(_)
                    | Lexeme::Open
                    | Lexeme::Not
                    | Lexeme::Plus
                    | Lexeme::Minus
            )
        )
    }

    fn seq(&mut self) -> Result<Node> {
        let mut clauses = Vec::new();
        while self.starts_operand() {
            clauses.push(self.unary()?);
        }
        if clauses.is_empty() {
            return match self.peek() {
                Some(Lexeme::Close) => self.fail("')' has no matching '('"),
                Some(Lexeme::And) | Some(Lexeme::Or) => {
                    self.fail("AND/OR needs a word, phrase or '(' before it")
                }
                _ => self.fail("expected a word, phrase or '('"),
            };
        }
        Ok(if clauses.len() == 1 && clauses[0].0 == Occur::Should {
            clauses.remove(0).1
        } else {
            Node::Bool(clauses)
        })
    }

    fn unary(&mut self) -> Result<(Occur, Node)> {
        let occur = match self.peek() {
            Some(Lexeme::Plus) => Occur::Must,
            Some(Lexeme::Minus) | Some(Lexeme::Not) => Occur::MustNot,
            _ => Occur::Should,
        };
        if occur != Occur::Should {
            self.pos += 1;
            if !matches!(
                self.peek(),
                Some(Lexeme::Word(_) | Lexeme::Phrase(_) | Lexeme::Open)
            ) {
                return self.fail("expected a word, phrase or '(' after the operator");
            }
        }
        Ok((occur, self.primary()?))
    }

    fn primary(&mut self) -> Result<Node> {
        let open_at = self.at();
        match self.peek().cloned() {
            Some(Lexeme::Word(w)) => {
                self.pos += 1;
                Ok(Node::Word(w))
            }
            Some(Lexeme::Phrase(p)) => {
                self.pos += 1;
                if p.trim().is_empty() {
                    return Err(error(self.query, open_at, "empty phrase"));
                }
                Ok(Node::Phrase(p))
            }
            Some(Lexeme::Open) => {
                self.pos += 1;
                if self.peek() == Some(&Lexeme::Close) {
                    return self.fail("empty parentheses");
                }
                let inner = self.or()?;
                if self.peek() != Some(&Lexeme::Close) {
                    return Err(error(self.query, open_at, "this '(' is never closed"));
                }
                self.pos += 1;
                Ok(inner)
            }
            _ => self.fail("expected a word, phrase or '('"),
        }
    }
}

/// Parses a query; errors point at the offending character.
pub fn parse(query: &str) -> Result<Node> {
    if query.trim().is_empty() {
        return Err(error(query, 0, "the query is empty"));
    }
    let lexemes = lex(query)?;
    let mut parser = Parser {
        query,
        lexemes,
        pos: 0,
    };
    let node = parser.or()?;
    if parser.pos < parser.lexemes.len() {
        return match parser.peek() {
            Some(Lexeme::Close) => parser.fail("')' has no matching '('"),
            _ => parser.fail("unexpected operator here"),
        };
    }
    if !has_positive(&node) {
        return Err(error(
            query,
            0,
            "the query only excludes; add a word or phrase to search for",
        ));
    }
    Ok(node)
}

/// Does the node match anything by itself (not only exclusions)?
fn has_positive(node: &Node) -> bool {
    match node {
        Node::Word(_) | Node::Phrase(_) => true,
        Node::Bool(clauses) => clauses
            .iter()
            .any(|(occur, n)| *occur != Occur::MustNot && has_positive(n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> Node {
        Node::Word(s.into())
    }

    #[test]
    fn words_phrases_and_operators() {
        assert_eq!(parse("6G").unwrap(), w("6G"));
        assert_eq!(
            parse("zero-emission vehicles").unwrap(),
            Node::Bool(vec![
                (Occur::Should, w("zero-emission")),
                (Occur::Should, w("vehicles"))
            ])
        );
        assert_eq!(
            parse("„Washington Declaration”").unwrap(),
            Node::Phrase("Washington Declaration".into())
        );
        assert_eq!(
            parse("quantum AND -Japan").unwrap(),
            Node::Bool(vec![
                (Occur::Must, w("quantum")),
                (Occur::Must, Node::Bool(vec![(Occur::MustNot, w("Japan"))]))
            ])
        );
        assert_eq!(
            parse("+cable NOT (Japan OR China)").unwrap(),
            Node::Bool(vec![
                (Occur::Must, w("cable")),
                (
                    Occur::MustNot,
                    Node::Bool(vec![
                        (Occur::Should, w("Japan")),
                        (Occur::Should, w("China"))
                    ])
                )
            ])
        );
    }

    #[test]
    fn hyphens_and_plus_inside_words_are_literal() {
        assert_eq!(parse("Open-RAN").unwrap(), w("Open-RAN"));
        assert_eq!(parse("C++").unwrap(), w("C++"));
    }

    #[test]
    fn malformed_queries_are_errors_with_a_caret() {
        for (q, needle) in [
            ("\"open", "never closed"),
            ("(a b", "never closed"),
            ("a b)", "no matching"),
            ("AND a", "before it"),
            ("a OR", "followed by"),
            ("-", "must be followed"),
            ("-japan", "only excludes"),
            ("()", "empty parentheses"),
            ("\"\"", "empty phrase"),
            ("   ", "empty"),
        ] {
            let err = parse(q).unwrap_err().to_string();
            assert!(err.contains(needle), "{q:?}: {err}");
            assert!(err.contains('^'), "{q:?}: {err}");
        }
    }
}
