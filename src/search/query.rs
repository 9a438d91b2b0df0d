//! The query language: words, prefixes, "exact phrases", proximity, AND/OR/NOT,
//! +required, -excluded, ( ).
//!
//! ```text
//! query    := or
//! or       := and ("OR" and)*
//! and      := seq ("AND" seq)*
//! seq      := unary+                   words side by side: any may match, more rank higher
//! unary    := ("+" | "-" | "NOT") near | near
//! near     := primary (("NEAR" | "NEAR/" N) word)*      within N words (10), any order
//! primary  := "(" or ")" | "\"" words "\"" ["~" N] | word ["*"]
//! ```
//! Operators are upper-case (`and`, `or`, `not`, `near` are ordinary words). Straight and
//! typographic double quotes both delimit phrases; `"a b"~N` lets N other words in
//! between. `word*` matches every word that starts with `word`. A hyphen inside a word is
//! part of it (`Open-RAN`, `ROK-EU`); only a `-` or `+` glued to the front of a word
//! excludes or requires it.
//!
//! Pasted text is searched as written: a `-`, `+`, `~` or `*` standing alone (`Skills -
//! Mobility`) is punctuation, not an operator. A query over [`MAX_QUERY_CHARS`]
//! characters or [`MAX_QUERY_WORDS`] words is refused with a short message.

use crate::error::{Error, Result};

/// Longest query, in characters.
pub const MAX_QUERY_CHARS: usize = 1000;
/// Most words (whitespace-separated pieces) in a query.
pub const MAX_QUERY_WORDS: usize = 64;
/// Words `NEAR` allows between its words when no distance is given (as in SQLite FTS5).
pub const DEFAULT_NEAR: u32 = 10;
/// Largest distance `NEAR/N` and `"..."~N` take.
pub const MAX_DISTANCE: u32 = 100;

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A word as typed.
    Word(String),
    /// Every word that starts with this (typed as `word*`).
    Prefix(String),
    /// Words that must appear in this order.
    Phrase(String),
    /// Words close together: at most `slop` other words between them, in this order
    /// (`"a b"~N`) or in any order (`a NEAR/N b`).
    Near {
        /// The words, space-separated.
        text: String,
        /// How many other words may stand between them.
        slop: u32,
        /// Whether they must appear in the order typed.
        ordered: bool,
    },
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
    Prefix(String),
    Phrase(String, Option<u32>),
    Open,
    Close,
    And,
    Or,
    Not,
    Near(u32),
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

/// Where a lone operator character was set aside as punctuation, and which.
type Dropped = Option<(usize, char)>;

/// Splits a query into lexemes; keeps the first lone operator character it set aside
/// as punctuation, to explain a query that has nothing else.
struct Lexer<'q> {
    query: &'q str,
    chars: Vec<(usize, char)>,
    out: Vec<Lexed>,
    first_dropped: Dropped,
}

impl Lexer<'_> {
    fn drop_punctuation(&mut self, at: usize, c: char) {
        self.first_dropped.get_or_insert((at, c));
    }

    /// A distance after `~` or `NEAR/`: digits, at most [`MAX_DISTANCE`].
    fn distance(&self, digits: &str, at: usize) -> Result<u32> {
        match digits.parse::<u32>() {
            Ok(n) if n <= MAX_DISTANCE => Ok(n),
            _ => Err(error(
                self.query,
                at,
                &format!("the distance must be a number from 0 to {MAX_DISTANCE}"),
            )),
        }
    }

    fn lex(mut self) -> Result<(Vec<Lexed>, Dropped)> {
        let mut i = 0;
        while i < self.chars.len() {
            let (at, c) = self.chars[i];
            let next = self.chars.get(i + 1).map(|&(_, c)| c);
            if c.is_whitespace() {
                i += 1;
            } else if c == '(' || c == ')' {
                let lexeme = if c == '(' {
                    Lexeme::Open
                } else {
                    Lexeme::Close
                };
                self.out.push(Lexed { lexeme, at });
                i += 1;
            } else if is_quote(c) {
                i = self.phrase(i)?;
            } else if (c == '+' || c == '-') && self.operator_position(i) {
                if next.is_none_or(|n| n.is_whitespace() || n == ')' || n == '-' || n == '+') {
                    // A dash between words (`Skills - Mobility`), or at the end.
                    self.drop_punctuation(at, c);
                } else {
                    let lexeme = if c == '+' {
                        Lexeme::Plus
                    } else {
                        Lexeme::Minus
                    };
                    self.out.push(Lexed { lexeme, at });
                }
                i += 1;
            } else {
                i = self.word(i)?;
            }
        }
        Ok((self.out, self.first_dropped))
    }

    /// Whether a `+` or `-` at `i` is an operator: at the start, after a space, or after
    /// anything but a word (`Open-RAN` keeps its hyphen).
    fn operator_position(&self, i: usize) -> bool {
        self.out.last().is_none_or(|l: &Lexed| {
            !matches!(l.lexeme, Lexeme::Word(_) | Lexeme::Prefix(_))
                || i > 0 && self.chars[i - 1].1.is_whitespace()
        })
    }

    fn phrase(&mut self, i: usize) -> Result<usize> {
        let at = self.chars[i].0;
        let mut j = i + 1;
        while j < self.chars.len() && !is_quote(self.chars[j].1) {
            j += 1;
        }
        if j == self.chars.len() {
            return Err(error(self.query, at, "this quote is never closed"));
        }
        let text: String = self.chars[i + 1..j].iter().map(|&(_, c)| c).collect();
        let mut end = j + 1;
        // `"a b"~N`: proximity, the `~N` glued to the quote (or after one space).
        let mut k = end;
        if self.chars.get(k).is_some_and(|&(_, c)| c == ' ') {
            k += 1;
        }
        let mut slop = None;
        if self.chars.get(k).is_some_and(|&(_, c)| c == '~') {
            let digits: String = self.chars[k + 1..]
                .iter()
                .map(|&(_, c)| c)
                .take_while(char::is_ascii_digit)
                .collect();
            if !digits.is_empty() {
                slop = Some(self.distance(&digits, self.chars[k].0)?);
                end = k + 1 + digits.chars().count();
            } else if k == end {
                // `"a b"~`: a stray tilde.
                self.drop_punctuation(self.chars[k].0, '~');
                end = k + 1;
            }
        }
        self.out.push(Lexed {
            lexeme: Lexeme::Phrase(text, slop),
            at,
        });
        Ok(end)
    }

    fn word(&mut self, i: usize) -> Result<usize> {
        let at = self.chars[i].0;
        let mut j = i;
        while j < self.chars.len() {
            let d = self.chars[j].1;
            if d.is_whitespace() || d == '(' || d == ')' || is_quote(d) {
                break;
            }
            j += 1;
        }
        let text: String = self.chars[i..j].iter().map(|&(_, c)| c).collect();
        let lexeme = match text.as_str() {
            "AND" | "&&" => Lexeme::And,
            "OR" | "||" => Lexeme::Or,
            "NOT" => Lexeme::Not,
            "NEAR" => Lexeme::Near(DEFAULT_NEAR),
            _ => match text.strip_prefix("NEAR/") {
                Some(digits)
                    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    Lexeme::Near(self.distance(digits, at + "NEAR/".len())?)
                }
                _ => {
                    let stem = text.trim_end_matches('*');
                    if !stem.chars().any(char::is_alphanumeric) {
                        // `*`, `~`, `--`, `…`: punctuation. The analyzer would drop it
                        // anyway; noting it explains an otherwise empty query.
                        if let Some(c) = text.chars().find(|c| "*~+-".contains(*c)) {
                            self.drop_punctuation(at, c);
                        }
                        return Ok(j);
                    }
                    if stem.len() < text.len() {
                        Lexeme::Prefix(stem.to_string())
                    } else {
                        Lexeme::Word(text)
                    }
                }
            },
        };
        self.out.push(Lexed { lexeme, at });
        Ok(j)
    }
}

fn error(query: &str, at: usize, message: &str) -> Error {
    let column = query[..at.min(query.len())].chars().count();
    Error::Query {
        query: query.to_string(),
        message: message.to_string(),
        caret: format!("{}^", " ".repeat(column)),
    }
}

/// The error for a query over the limits: its first words only, not an echo of it all.
fn too_long(query: &str, chars: usize, words: usize) -> Error {
    let shown: String = query.chars().take(40).collect();
    let what = if chars > MAX_QUERY_CHARS {
        format!("{chars} characters; at most {MAX_QUERY_CHARS}")
    } else {
        format!("{words} words; at most {MAX_QUERY_WORDS}")
    };
    Error::Query {
        query: format!("{}…", shown.trim_end()),
        message: format!("the query is too long ({what}); search for its key words or a phrase"),
        caret: "^".into(),
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
                    | Lexeme::Prefix(_)
                    | Lexeme::Phrase(..)
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
                Some(Lexeme::Near(_)) => self.fail("NEAR needs a word before it"),
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
                Some(Lexeme::Word(_) | Lexeme::Prefix(_) | Lexeme::Phrase(..) | Lexeme::Open)
            ) {
                return self.fail("expected a word, phrase or '(' after the operator");
            }
        }
        Ok((occur, self.near()?))
    }

    /// A primary, and the words `NEAR` joins to it.
    fn near(&mut self) -> Result<Node> {
        let first = self.primary()?;
        let Some(Lexeme::Near(_)) = self.peek() else {
            return Ok(first);
        };
        let Node::Word(word) = &first else {
            return self.fail("NEAR joins words: put a word on each side (a NEAR b)");
        };
        let mut words = vec![word.clone()];
        let mut slop = 0;
        while let Some(&Lexeme::Near(n)) = self.peek() {
            self.pos += 1;
            match self.peek() {
                Some(Lexeme::Word(w)) => words.push(w.clone()),
                _ => return self.fail("NEAR must be followed by a word"),
            }
            self.pos += 1;
            slop = slop.max(n);
        }
        Ok(Node::Near {
            text: words.join(" "),
            slop,
            ordered: false,
        })
    }

    fn primary(&mut self) -> Result<Node> {
        let open_at = self.at();
        match self.peek().cloned() {
            Some(Lexeme::Word(w)) => {
                self.pos += 1;
                Ok(Node::Word(w))
            }
            Some(Lexeme::Prefix(w)) => {
                self.pos += 1;
                Ok(Node::Prefix(w))
            }
            Some(Lexeme::Phrase(p, slop)) => {
                self.pos += 1;
                if p.trim().is_empty() {
                    return Err(error(self.query, open_at, "empty phrase"));
                }
                Ok(match slop {
                    Some(slop) => Node::Near {
                        text: p,
                        slop,
                        ordered: true,
                    },
                    None => Node::Phrase(p),
                })
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
    let chars = query.chars().count();
    let words = query.split_whitespace().count();
    if chars > MAX_QUERY_CHARS || words > MAX_QUERY_WORDS {
        return Err(too_long(query, chars, words));
    }
    let lexer = Lexer {
        query,
        chars: query.char_indices().collect(),
        out: Vec::new(),
        first_dropped: None,
    };
    let (lexemes, dropped) = lexer.lex()?;
    if lexemes.is_empty() {
        // Nothing but punctuation: say what the lone operator needed.
        let (at, c) = dropped.unwrap_or((0, ' '));
        let message = match c {
            '+' | '-' => format!("'{c}' must be followed by a word, phrase or '('"),
            _ => "nothing in the query can be searched for (only punctuation?)".to_string(),
        };
        return Err(error(query, at, &message));
    }
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
        Node::Word(_) | Node::Prefix(_) | Node::Phrase(_) | Node::Near { .. } => true,
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

    fn seq(nodes: Vec<Node>) -> Node {
        Node::Bool(nodes.into_iter().map(|n| (Occur::Should, n)).collect())
    }

    fn near(text: &str, slop: u32, ordered: bool) -> Node {
        Node::Near {
            text: text.into(),
            slop,
            ordered,
        }
    }

    #[test]
    fn prefix_proximity_and_near() {
        for (q, expected) in [
            ("semicond*", Node::Prefix("semicond".into())),
            ("polprzewod**", Node::Prefix("polprzewod".into())),
            (
                "cyber* law",
                seq(vec![Node::Prefix("cyber".into()), w("law")]),
            ),
            (
                "\"quantum semiconductors\"~5",
                near("quantum semiconductors", 5, true),
            ),
            (
                "\"quantum semiconductors\" ~5",
                near("quantum semiconductors", 5, true),
            ),
            (
                "quantum NEAR cooperation",
                near("quantum cooperation", 10, false),
            ),
            (
                "quantum NEAR/3 cooperation",
                near("quantum cooperation", 3, false),
            ),
            ("a NEAR b NEAR/4 c", near("a b c", 10, false)),
            (
                "research quantum NEAR/2 cooperation",
                seq(vec![w("research"), near("quantum cooperation", 2, false)]),
            ),
            ("near far", seq(vec![w("near"), w("far")])),
        ] {
            assert_eq!(parse(q).unwrap(), expected, "{q}");
        }
    }

    #[test]
    fn lone_operators_in_pasted_text_are_punctuation() {
        for (q, expected) in [
            ("Skills - Mobility", seq(vec![w("Skills"), w("Mobility")])),
            (
                "Yoon - Biden summit",
                seq(vec![w("Yoon"), w("Biden"), w("summit")]),
            ),
            ("a ~ b * c", seq(vec![w("a"), w("b"), w("c")])),
            ("cable -", w("cable")),
            ("cable + fibre", seq(vec![w("cable"), w("fibre")])),
            ("\"a b\"~ c", seq(vec![Node::Phrase("a b".into()), w("c")])),
            ("EU -- Korea", seq(vec![w("EU"), w("Korea")])),
        ] {
            assert_eq!(parse(q).unwrap(), expected, "{q}");
        }
    }

    #[test]
    fn proximity_and_length_errors_are_short() {
        for (q, needle) in [
            ("\"a b\"~500", "0 to 100"),
            ("a NEAR/101 b", "0 to 100"),
            ("NEAR b", "before it"),
            ("a NEAR", "followed by a word"),
            ("\"a b\" NEAR c", "NEAR joins words"),
            ("*", "only punctuation"),
        ] {
            let err = parse(q).unwrap_err().to_string();
            assert!(err.contains(needle), "{q:?}: {err}");
        }
        let long = "word ".repeat(2000);
        let err = parse(&long).unwrap_err().to_string();
        assert!(
            err.contains("too long") && err.contains("10000 characters"),
            "{err}"
        );
        assert!(err.len() < 200, "{} bytes: {err}", err.len());
        let many = "a ".repeat(65);
        let err = parse(&many).unwrap_err().to_string();
        assert!(err.contains("65 words; at most 64"), "{err}");
    }
}
