//! How the rules measure a text without reading it twice: words as `split_whitespace`
//! counts them, sentence ends, bullets, prose paragraphs, link-like lines.

pub(super) const BULLETS: &[char] = &['•', '·', '▪', '◦', '‣', '►', '▸', '-', '*', '–'];

/// White space in ASCII, as `char::is_whitespace` has it (with the vertical tab, which
/// `u8::is_ascii_whitespace` leaves out).
pub(super) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether a UTF-8 lead byte can start white space outside ASCII (U+0085, U+00A0,
/// U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000): characters starting
/// with any other byte are known not to be white space without decoding them.
fn may_start_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Words, as `split_whitespace` counts them.
pub(super) fn words(text: &str) -> usize {
    let mut n = 0;
    let mut in_word = false;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        let space = match b {
            0x00..=0x7F => is_ascii_space(b),
            // The rest of a character already judged by its first byte.
            0x80..=0xBF => continue,
            _ if may_start_space(b) => text[i..].chars().next().is_some_and(char::is_whitespace),
            _ => false,
        };
        n += usize::from(!space && !in_word);
        in_word = !space;
    }
    n
}

/// `text` without what may close a sentence after its final mark: white space, quotes,
/// brackets.
fn trim_closing(text: &str) -> &str {
    text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    })
}

fn ends_with_mark(trimmed: &str) -> bool {
    trimmed.ends_with(['.', '!', '?', '…', '。', '다'])
}

pub(super) fn ends_sentence(text: &str) -> bool {
    ends_with_mark(trim_closing(text))
}

/// [`ends_sentence`] of the lines `lines` (trimmed, not blank) joined by line breaks,
/// without joining them: a last line of nothing but closing quotes is trimmed away
/// with the break before it, and the line before decides.
pub(super) fn lines_end_sentence(text: &str, lines: &[(usize, usize)]) -> bool {
    for &(a, b) in lines.iter().rev() {
        let t = trim_closing(&text[a..b]);
        if !t.is_empty() {
            return ends_with_mark(t);
        }
    }
    false
}

/// A paragraph of running text: a sentence of twenty words or more (forty Hangul
/// syllables: a Korean word is longer, a sentence of fifteen is a paragraph's).
/// `ends_sentence` is only asked when the length leaves it open.
///
/// Forty words are prose without a sentence's end, unless they stand on lines of a few
/// words each (a menu, a breadcrumb and a banner pasted together).
pub(super) fn is_prose(
    words: usize,
    hangul: usize,
    lines: usize,
    ends_sentence: impl FnOnce() -> bool,
) -> bool {
    let long = words >= 20 || hangul >= 40;
    (long && ends_sentence()) || (words >= 40 && words >= lines * 10)
}

/// Whether `text` starts with one of [`BULLETS`], told from its first byte nearly always.
pub(super) fn starts_with_bullet(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b'-' | b'*') => true,
        Some(0xC2 | 0xE2) => text.chars().next().is_some_and(|c| BULLETS.contains(&c)),
        _ => false,
    }
}

pub(super) fn bullet_item(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix(BULLETS)?;
    Some(rest.trim())
}

/// The lines of `text` that are not blank (a `\r` ending one is left on it: every use
/// trims them).
pub(super) fn non_blank_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|l| !l.trim().is_empty())
}

/// Whether `text` ends with a full stop (not an ellipsis): a sentence, not a headline.
pub(crate) fn ends_with_full_stop(text: &str) -> bool {
    let t = trim_closing(text);
    (t.ends_with('.') && !t.ends_with("..")) || t.ends_with('。')
}

/// Whether a line reads as a link's text or a heading: a few words, no full stop (the
/// abbreviation of a year is none: "… od 2025 r.").
pub(super) fn link_like(line: &str) -> bool {
    words(line) <= 16 && (!ends_with_full_stop(line) || ends_with_year_mark(line))
}

/// Whether `line` ends with a year and its abbreviated word, as Polish writes dates:
/// "od 1 lipca 2025 r.", "w 2024 r.".
pub(super) fn ends_with_year_mark(line: &str) -> bool {
    let mut tail = line.split_whitespace().rev();
    tail.next() == Some("r.")
        && tail
            .next()
            .is_some_and(|y| y.len() == 4 && y.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::chrome::test_pages::*;
    use proptest::prelude::*;

    #[test]
    fn white_space_outside_ascii_starts_with_a_listed_byte() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            if c.is_whitespace() && !c.is_ascii() {
                let first = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                assert!(may_start_space(first), "{c:?}");
            }
        }
    }

    #[test]
    fn bullets_are_told_by_their_first_byte() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            let text = format!("{c} item");
            assert_eq!(
                starts_with_bullet(&text),
                text.starts_with(BULLETS),
                "{c:?}"
            );
        }
        assert!(!starts_with_bullet(""));
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn words_are_counted_as_split_whitespace_counts_them(text in messy_text()) {
            prop_assert_eq!(words(&text), text.split_whitespace().count());
        }

        #[test]
        fn lines_end_sentence_as_the_joined_lines_do(
            lines in prop::collection::vec(
                prop_oneof![
                    messy_text(),
                    prop::sample::select(vec!["»", ")", "”", "\"", "’)", "] »", "."])
                        .prop_map(str::to_string),
                ],
                0..5,
            )
        ) {
            let text = lines.join("\n");
            let ranges = crate::corpus::passage::lines(&text, 0, text.len());
            let joined = ranges.iter().map(|&(a, b)| &text[a..b]).collect::<Vec<_>>().join("\n");
            prop_assert_eq!(lines_end_sentence(&text, &ranges), ends_sentence(&joined));
        }
    }

    #[test]
    fn a_link_may_end_with_the_abbreviation_of_a_year() {
        assert!(link_like("Nowe stawki opłat portowych od 2026 r."));
        assert!(!link_like("Opłaty rosną od przyszłego roku."));
        assert!(!ends_with_year_mark("Sprawa r."));
    }
}
