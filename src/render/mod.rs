//! Rendering: hits, documents and set-aside blocks for people (text) and scripts (JSON).
//!
//! Render never opens the index and never decides what matched: it prints what search
//! hands it. Corpus text can hold control characters and ANSI escape sequences; they
//! are made visible here ([`clean`]) so they never reach a terminal raw.

pub mod compare;
pub mod explain;
pub mod json;
pub mod text;

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
    fn escape_sequences_are_defused() {
        let evil = "red \x1b[31mtext\x1b[0m\u{202e}cba\u{9b}";
        let c = clean(evil);
        assert!(!c.contains('\x1b') && !c.contains('\u{202e}') && !c.contains('\u{9b}'));
        assert!(c.contains("␛[31mtext"));
    }
}
