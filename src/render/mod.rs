//! Rendering: hits, documents and set-aside blocks for people (text) and scripts (JSON).
//!
//! Render never opens the index and never decides what matched: it prints what search
//! hands it. Corpus text can hold control characters and ANSI escape sequences; they
//! are made visible here ([`clean`]) so they never reach a terminal raw.

pub mod cite;
pub mod compare;
pub mod explain;
pub mod json;
pub mod text;
pub mod timeline;

/// ANSI styles, as ripgrep paints: bold titles, magenta paths, green lines, red matches.
pub(crate) mod palette {
    pub const BOLD: &str = "1";
    pub const PATH: &str = "35";
    pub const LINE: &str = "32";
    pub const LANG: &str = "36";
    pub const MATCH: &str = "1;31";
    pub const DIM: &str = "2";
}

/// How to paint output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Emit ANSI colours.
    pub color: bool,
}

impl Style {
    /// Wraps `s` in the ANSI code `code` when colour is on.
    pub fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// How to lay out human output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Layout {
    /// Wrap text to this many columns (None: one line a paragraph, as in a pipe).
    pub width: Option<usize>,
    /// Group hits under a heading per document instead of repeating its title.
    pub heading: bool,
}

/// Narrowest width text is wrapped to, whatever the terminal says.
const MIN_WIDTH: usize = 40;

/// `text` painted (its `highlights`, byte ranges of it, in the match colour) and, with
/// a width, word-wrapped so that every line, the first too, starts with `indent` and
/// fits in `width` columns; a word longer than a line gets a line of its own and is
/// never cut. Without a width: one line after `indent`.
pub(crate) fn fill(
    text: &str,
    highlights: &[(usize, usize)],
    indent: &str,
    width: Option<usize>,
    style: Style,
) -> String {
    use unicode_width::UnicodeWidthStr;
    let paint = |a: usize, b: usize| -> String {
        // Offsets are of the uncleaned text, so clean piece by piece.
        let mut out = String::new();
        let mut at = a;
        for &(x, y) in highlights {
            let (x, y) = (x.max(at), y.min(b));
            if x >= y || !text.is_char_boundary(x) || !text.is_char_boundary(y) {
                continue;
            }
            out.push_str(&clean(&text[at..x]));
            out.push_str(&style.paint(palette::MATCH, &clean(&text[x..y])));
            at = y;
        }
        out.push_str(&clean(&text[at..b]));
        out
    };
    let Some(width) = width else {
        return format!("{indent}{}", paint(0, text.len()));
    };
    let room = width.max(MIN_WIDTH).saturating_sub(indent.width()).max(1);
    let mut out = String::new();
    let mut used = 0;
    let mut start = None;
    // Words are runs of non-whitespace; any whitespace (a line break in the passage
    // too) becomes one space or a wrap.
    let mut words = Vec::new();
    for (i, c) in text.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, text.len()));
    }
    for (a, b) in words {
        let cols = clean(&text[a..b]).width();
        if used == 0 {
            out.push_str(indent);
        } else if used + 1 + cols > room {
            out.push('\n');
            out.push_str(indent);
            used = 0;
        } else {
            out.push(' ');
            used += 1;
        }
        out.push_str(&paint(a, b));
        used += cols;
    }
    if out.is_empty() {
        out.push_str(indent);
    }
    out
}

/// `s` with control characters shown as Unicode control pictures (`␛` for ESC) and
/// bidirectional overrides removed, so corpus text cannot drive the terminal.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\u{0}'..='\u{1f}' => out.push(char::from_u32(0x2400 + c as u32).unwrap_or('?')),
            '\u{7f}' => out.push('\u{2421}'),
            '\u{80}'..='\u{9f}' => out.push('\u{fffd}'),
            '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {}
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fill_wraps_at_words_keeps_the_indent_and_paints_highlights() {
        let plain = Style { color: false };
        let text = "gospodarczej odporności i łańcucha dostaw półprzewodników";
        let out = fill(text, &[], "   ", Some(40), plain);
        assert_eq!(
            out,
            "   gospodarczej odporności i łańcucha\n   dostaw półprzewodników"
        );
        for line in out.lines() {
            assert!(
                line.starts_with("   ") && line.chars().count() <= 40,
                "{line}"
            );
        }
        // No word is cut, even one longer than the line.
        let long = "a".repeat(60);
        assert_eq!(fill(&long, &[], "  ", Some(40), plain), format!("  {long}"));
        // Line breaks in the passage are spaces; highlights survive the wrap.
        let color = Style { color: true };
        let out = fill("one\ntwo 6G", &[(8, 10)], "", Some(80), color);
        assert_eq!(out, "one two \x1b[1;31m6G\x1b[0m");
        assert_eq!(fill("a b", &[], " ", None, plain), " a b");
    }

    #[test]
    fn escape_sequences_are_defused() {
        let evil = "red \x1b[31mtext\x1b[0m\u{202e}cba\u{9b}";
        let c = clean(evil);
        assert!(!c.contains('\x1b') && !c.contains('\u{202e}') && !c.contains('\u{9b}'));
        assert!(c.contains("␛[31mtext"));
    }
}
