//! Sentence boundaries (UAX#29) of long paragraphs, for cutting them into passages.
//!
//! unicode-segmentation finds them by looking up every character's sentence-break
//! category in its Unicode tables and running its rules at every character: most of
//! what cutting long paragraphs cost. A paragraph of ASCII text (most long ones in
//! English documents) is segmented here instead, by the same state machine as
//! unicode-segmentation's (1.13, `sentence.rs`) with the categories of the 128 ASCII
//! characters written out, skipping the rules where none of them can break. Any other
//! paragraph goes to unicode-segmentation. The tests hold the two to the same boundaries
//! for every ASCII character in many contexts and on random ASCII text, so passages are
//! those unicode-segmentation alone would give; should a new version of the crate change
//! its rules, they fail.

use unicode_segmentation::UnicodeSegmentation;

/// The sentences of `text` with their byte offsets, as
/// [`UnicodeSegmentation::split_sentence_bound_indices`] gives them.
pub fn sentences(text: &str) -> Box<dyn Iterator<Item = (usize, &str)> + '_> {
    if text.is_ascii() {
        Box::new(AsciiSentences {
            text,
            breaks: AsciiBreaks::new(text.as_bytes()),
            start: None,
        })
    } else {
        Box::new(text.split_sentence_bound_indices())
    }
}

/// Sentence-break categories (UAX#29 table 4) that ASCII characters have: there is no
/// ASCII `Sep`, `OLetter`, `Extend` or `Format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Category {
    Other,
    CR,
    LF,
    Sp,
    Lower,
    Upper,
    Numeric,
    ATerm,
    STerm,
    Close,
    SContinue,
}

/// The sentence-break category of an ASCII byte, looked up.
fn category(b: u8) -> Category {
    CATEGORIES[usize::from(b)]
}

const CATEGORIES: [Category; 256] = {
    let mut table = [Category::Other; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = category_of(b as u8);
        b += 1;
    }
    table
};

/// The sentence-break category of an ASCII byte (SentenceBreakProperty.txt).
const fn category_of(b: u8) -> Category {
    match b {
        b'\r' => Category::CR,
        b'\n' => Category::LF,
        b'\t' | 0x0B | 0x0C | b' ' => Category::Sp,
        b'a'..=b'z' => Category::Lower,
        b'A'..=b'Z' => Category::Upper,
        b'0'..=b'9' => Category::Numeric,
        b'.' => Category::ATerm,
        b'!' | b'?' => Category::STerm,
        b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'{' | b'}' => Category::Close,
        b',' | b'-' | b':' | b';' => Category::SContinue,
        _ => Category::Other,
    }
}

/// What the state machine remembers of the text before a position: runs of `Close`
/// and of `Sp` count as one part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Sot,
    Eot,
    Other,
    CR,
    LF,
    ATerm,
    UpperLower,
    ClosePlus,
    SpPlus,
    STerm,
}

/// The last four parts, the latest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct State([Part; 4]);

impl State {
    const START: State = State([Part::Sot; 4]);

    fn next(self, cat: Category) -> State {
        let parts = self.0;
        match (parts[3], cat) {
            (Part::ClosePlus, Category::Close) | (Part::SpPlus, Category::Sp) => self,
            _ => State([
                parts[1],
                parts[2],
                parts[3],
                match cat {
                    Category::CR => Part::CR,
                    Category::LF => Part::LF,
                    Category::ATerm => Part::ATerm,
                    Category::Upper | Category::Lower => Part::UpperLower,
                    Category::Close => Part::ClosePlus,
                    Category::Sp => Part::SpPlus,
                    Category::STerm => Part::STerm,
                    _ => Part::Other,
                },
            ]),
        }
    }

    fn end(self) -> State {
        let parts = self.0;
        State([parts[1], parts[2], parts[3], Part::Eot])
    }

    fn last(self) -> Part {
        self.0[3]
    }

    /// The part before `Close*` (SB9).
    fn before_close(self) -> Part {
        let parts = self.0;
        if parts[3] == Part::ClosePlus {
            parts[2]
        } else {
            parts[3]
        }
    }

    /// The part before `Close* Sp*` (SB8, SB8a).
    fn before_close_space(self) -> Part {
        let parts = self.0;
        let mut idx = if parts[3] == Part::SpPlus { 2 } else { 3 };
        if parts[idx] == Part::ClosePlus {
            idx -= 1;
        }
        parts[idx]
    }

    /// The part before `Close* Sp* ParaSep?` (SB11).
    fn before_close_space_sep(self) -> Part {
        let parts = self.0;
        let mut idx = match parts[3] {
            Part::CR | Part::LF => 2,
            _ => 3,
        };
        if parts[idx] == Part::SpPlus {
            idx -= 1;
        }
        if parts[idx] == Part::ClosePlus {
            idx -= 1;
        }
        parts[idx]
    }
}

/// Categories that leave `Part::UpperLower` or `Part::Other` in the state.
fn plain(cat: Category) -> bool {
    matches!(
        cat,
        Category::Lower
            | Category::Upper
            | Category::Numeric
            | Category::SContinue
            | Category::Other
    )
}

fn is_sa_term(part: Part) -> bool {
    part == Part::STerm || part == Part::ATerm
}

/// Offsets where sentences start, and the end of the text.
struct AsciiBreaks<'a> {
    text: &'a [u8],
    pos: usize,
    state: State,
    /// Where the last look ahead for SB8 stopped, and what it found there.
    sb8_seen: Option<(usize, bool)>,
}

impl<'a> AsciiBreaks<'a> {
    fn new(text: &'a [u8]) -> AsciiBreaks<'a> {
        AsciiBreaks {
            text,
            pos: 0,
            state: State::START,
            sb8_seen: None,
        }
    }

    /// SB8: `ATerm Close* Sp* × ( ¬(OLetter | Upper | Lower | ParaSep | SATerm) )* Lower`
    /// before the character at `at`.
    ///
    /// The look ahead stops at the first character that decides; a look from a later
    /// position before that character stops there too, so its answer is remembered
    /// (unicode-segmentation looks again each time, which is quadratic in runs of
    /// spaces or punctuation after a full stop).
    fn sb8(&mut self, state: State, at: usize) -> bool {
        if state.before_close_space() != Part::ATerm {
            return false;
        }
        if let Some((stop, lower)) = self.sb8_seen {
            if stop >= at {
                return lower;
            }
        }
        let mut stop = at;
        let mut lower = false;
        while let Some(&b) = self.text.get(stop) {
            match category(b) {
                Category::Lower => {
                    lower = true;
                    break;
                }
                Category::Upper
                | Category::CR
                | Category::LF
                | Category::STerm
                | Category::ATerm => break,
                _ => stop += 1,
            }
        }
        self.sb8_seen = Some((stop, lower));
        lower
    }
}

impl Iterator for AsciiBreaks<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        loop {
            // After a letter, digit or other character that is not punctuation ending or
            // closing a sentence (`Part::UpperLower` or `Part::Other`), no rule breaks
            // before another such character: most of the text is skipped here, and the
            // state is what it would be after the last four characters.
            if matches!(self.state.last(), Part::UpperLower | Part::Other) {
                let run = self.pos;
                while self.text.get(self.pos).is_some_and(|&b| plain(category(b))) {
                    self.pos += 1;
                }
                for &b in &self.text[run.max(self.pos.saturating_sub(4))..self.pos] {
                    self.state = self.state.next(category(b));
                }
            }
            let Some(&b) = self.text.get(self.pos) else {
                break;
            };
            let before_pos = self.pos;
            let before = self.state;
            let cat = category(b);
            self.pos += 1;
            self.state = before.next(cat);
            let last = before.last();
            // Only SB1, SB4 and SB11 break: without what they look for before the
            // character, there is no break whatever the other rules say.
            if !matches!(last, Part::Sot | Part::CR | Part::LF)
                && !is_sa_term(before.before_close_space_sep())
            {
                continue;
            }
            // The rules in unicode-segmentation's order; SB5 (Extend, Format) has no
            // ASCII characters.
            if last == Part::Sot {
                return Some(before_pos); // SB1
            }
            if cat == Category::LF && last == Part::CR {
                continue; // SB3
            }
            if matches!(last, Part::CR | Part::LF) {
                return Some(before_pos); // SB4
            }
            if cat == Category::Numeric && last == Part::ATerm {
                continue; // SB6
            }
            if cat == Category::Upper && before.0[2] == Part::UpperLower && last == Part::ATerm {
                continue; // SB7
            }
            if self.sb8(before, before_pos) {
                continue; // SB8
            }
            let sa_term_close_space = is_sa_term(before.before_close_space());
            if matches!(cat, Category::SContinue | Category::STerm | Category::ATerm)
                && sa_term_close_space
            {
                continue; // SB8a
            }
            if matches!(
                cat,
                Category::Close | Category::Sp | Category::CR | Category::LF
            ) && is_sa_term(before.before_close())
            {
                continue; // SB9
            }
            if matches!(cat, Category::Sp | Category::CR | Category::LF) && sa_term_close_space {
                continue; // SB10
            }
            if is_sa_term(before.before_close_space_sep()) {
                return Some(before_pos); // SB11
            }
            // SB998: no break.
        }
        // SB2
        if matches!(self.state.last(), Part::Sot | Part::Eot) {
            None
        } else {
            self.state = self.state.end();
            Some(self.pos)
        }
    }
}

/// Sentences between consecutive breaks, with their offsets.
struct AsciiSentences<'a> {
    text: &'a str,
    breaks: AsciiBreaks<'a>,
    start: Option<usize>,
}

impl<'a> Iterator for AsciiSentences<'a> {
    type Item = (usize, &'a str);

    fn next(&mut self) -> Option<(usize, &'a str)> {
        let start = match self.start {
            Some(start) => start,
            None => self.breaks.next()?,
        };
        let end = self.breaks.next()?;
        self.start = Some(end);
        Some((start, &self.text[start..end]))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn by_crate(text: &str) -> Vec<(usize, &str)> {
        text.split_sentence_bound_indices().collect()
    }

    fn ascii(text: &str) -> Vec<(usize, &str)> {
        AsciiSentences {
            text,
            breaks: AsciiBreaks::new(text.as_bytes()),
            start: None,
        }
        .collect()
    }

    #[test]
    fn sentences_are_those_of_unicode_segmentation() {
        for text in [
            "",
            " ",
            "Hello.",
            "Hello. World.",
            "Mr. Smith met Dr. Jones at 10 a.m. on Monday. They agreed.",
            "It rose 3.5 percent. \"Good,\" he said. (Really.) Yes!? No...",
            "etc. and so on. U.S. policy. e.g. this. A.B. Smith.",
            "line one\nline two.\r\nline three\rfour",
            "Ends with spaces.   ",
            "What? (I asked.) 'Fine.' [ok] {x}. Done",
        ] {
            assert_eq!(ascii(text), by_crate(text), "{text:?}");
            assert_eq!(sentences(text).collect::<Vec<_>>(), by_crate(text));
        }
    }

    #[test]
    fn every_ascii_character_has_the_category_of_the_tables() {
        // Each character in contexts where every category behaves differently from the
        // others: after a full stop and a space, before a lower-case word, after a
        // closing mark, and so on.
        let templates = [
            "a.{c}b c",
            "a. {c}b",
            "a.{c} b",
            "A.{c}B",
            "a{c} b. c",
            "a. b{c}",
            "a!{c} b",
            "a.){c} b",
            "a. {c}",
            "{c}{c}. a",
            "a.{c}",
            "a.\r{c}b",
            "a?{c}{c} x",
            "x.{c}.y",
            "a. ({c}b",
            "a.\"{c} B",
            "{c}",
            "a {c}. B",
            "1.{c}2",
            "a.{c}\nb",
        ];
        for b in 0..=0x7Fu8 {
            let c = char::from(b).to_string();
            for t in templates {
                let text = t.replace("{c}", &c);
                assert_eq!(ascii(&text), by_crate(&text), "{b:#04x} in {text:?}");
            }
        }
    }

    /// ASCII text with the characters that matter to sentence breaks made common.
    fn ascii_text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => "[a-z]{1,6}",
            2 => "[A-Z][a-z]{0,4}",
            2 => "[ .!?,;:\"'()\\[\\]{}-]{1,3}",
            1 => "[0-9]{1,3}",
            1 => "[\\r\\n\\t\\x0b\\x0c ]{1,2}",
            1 => "[\\x00-\\x7f]{1,3}",
        ];
        prop::collection::vec(piece, 0..80).prop_map(|p| p.concat())
    }

    proptest! {
        #[test]
        fn ascii_sentences_agree_with_unicode_segmentation(text in ascii_text()) {
            prop_assert_eq!(ascii(&text), by_crate(&text));
        }
    }
}
