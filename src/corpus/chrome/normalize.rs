//! Normalizing text for comparison (lower case, one space between words) in one pass
//! that also counts words and Hangul letters line by line, lower-casing for the rules,
//! and the hashes and sets by which repeated lines and blocks are told.

use super::words::is_ascii_space;
use rustc_hash::FxHashSet;

/// Characters that are their own lower case, told without the case tables: general
/// punctuation, CJK and Hangul (a test checks each of them).
fn caseless(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{2000}'..='\u{206F}'
        | '\u{3000}'..='\u{A63F}'
        | '\u{AC00}'..='\u{D7FF}')
}

/// Whether `c` is not its own lower case.
fn changes_case(c: char) -> bool {
    !caseless(c) && !c.to_lowercase().eq([c])
}

/// `text` lower-cased as far as the rules can tell the difference. The phrase lists
/// are matched without regard to ASCII case and the other rules look at white space
/// and punctuation only, so when no character outside ASCII changes case (nearly
/// always), `text` itself is returned; else `str::to_lowercase` of it, written into
/// `buffer`.
pub(super) fn lower_for_rules<'a>(text: &'a str, buffer: &'a mut String) -> &'a str {
    let Some(ascii) = text.bytes().position(|b| !b.is_ascii()) else {
        return text;
    };
    let Some((at, _)) = text[ascii..]
        .char_indices()
        .find(|&(_, c)| !c.is_ascii() && changes_case(c))
    else {
        return text;
    };
    buffer.clear();
    if text.contains('Σ') {
        // Final sigma depends on the letters around it: left to the standard library.
        buffer.push_str(&text.to_lowercase());
        return buffer;
    }
    let at = ascii + at;
    buffer.push_str(&text[..at]);
    buffer.make_ascii_lowercase();
    for c in text[at..].chars() {
        if c.is_ascii() {
            buffer.push(c.to_ascii_lowercase());
        } else if caseless(c) {
            buffer.push(c);
        } else {
            buffer.extend(c.to_lowercase());
        }
    }
    buffer
}

pub(super) fn normalized(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    normalize_into(text, &mut out);
    out
}

/// Appends `text` lower-cased, with every run of whitespace made one space and none at
/// either end, to `out`: how blocks and lines are compared. This is the definition;
/// [`normalize_lines`] is the fast way to the same text.
fn normalize_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let mut bytes = std::mem::take(out).into_bytes();
        let start = bytes.len();
        let mut space = false;
        for &b in text.as_bytes() {
            if is_ascii_space(b) {
                space = bytes.len() > start;
            } else {
                if space {
                    bytes.push(b' ');
                    space = false;
                }
                bytes.push(b.to_ascii_lowercase());
            }
        }
        // Only ASCII bytes were added to valid UTF-8.
        *out = String::from_utf8(bytes).unwrap_or_default();
        return;
    }
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&word.to_lowercase());
    }
}

/// What one pass over a text counts besides normalizing it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Facts {
    pub(super) words: usize,
    pub(super) hangul: usize,
    /// A character outside ASCII changes in lower case.
    pub(super) cased: bool,
}

impl Facts {
    pub(super) fn add(&mut self, other: Facts) {
        self.words += other.words;
        self.hangul += other.hangul;
        self.cased |= other.cased;
    }
}

/// Appends `text` to `out` as [`normalize_into`] does, and counts its words and Hangul
/// letters.
#[cfg(test)]
pub(super) fn normalize_counting(text: &str, out: &mut Vec<u8>) -> Facts {
    let mut all = Facts::default();
    normalize_lines(text, 0, text.len(), out, |_, line| all.add(line.facts));
    all
}

/// A line that is not blank, as [`normalize_lines`] reads it.
#[derive(Debug, Clone, Copy)]
pub(super) struct Line {
    /// Byte offset of its first character that is not white space.
    pub(super) start: usize,
    /// Byte offset past its last character that is not white space.
    pub(super) end: usize,
    pub(super) facts: Facts,
}

/// The line [`normalize_lines`] is reading.
#[derive(Default)]
struct LineReading {
    /// Once it has a word: where it starts in the text, and where its normalized text
    /// starts in the output.
    start: Option<(usize, usize)>,
    /// Past its last character that is not white space.
    end: usize,
    facts: Facts,
    /// The spaces put between its words.
    spaces: usize,
    /// Whether it has a capital sigma, whose lower case depends on the letters around.
    sigma: bool,
}

impl LineReading {
    /// A word begins at `at`: a space goes before it unless it is the first of the
    /// block (`out` past `begin`), and it may begin the line.
    fn word_starts(&mut self, at: usize, out: &mut Vec<u8>, begin: usize) {
        if out.len() > begin {
            out.push(b' ');
            self.spaces += usize::from(self.start.is_some());
        }
        if self.start.is_none() {
            self.start = Some((at, out.len()));
        }
    }

    /// The line ends: `each` is told of it if it had a word, and the next begins.
    fn finish(&mut self, text: &str, out: &mut Vec<u8>, each: &mut impl FnMut(&[u8], Line)) {
        let line = std::mem::take(self);
        let Some((start, from)) = line.start else {
            return;
        };
        if line.sigma {
            // Final sigma depends on the letters around it: left to the standard library.
            out.truncate(from);
            let mut exact = String::new();
            normalize_into(&text[start..line.end], &mut exact);
            out.extend_from_slice(exact.as_bytes());
        }
        let facts = Facts {
            words: line.spaces + 1,
            ..line.facts
        };
        each(
            &out[from..],
            Line {
                start,
                end: line.end,
                facts,
            },
        );
    }
}

/// Appends `text[a..b]` to `out` as [`normalize_into`] does, and calls `each` with the
/// normalized text and the facts of each line of it that is not blank, in order. The
/// normalized text of a block is that of its lines joined by spaces, so one pass over
/// a paragraph finds its lines, normalizes them and counts their words and Hangul
/// letters, where these took a pass each and a `String` per word.
pub(super) fn normalize_lines(
    text: &str,
    a: usize,
    b: usize,
    out: &mut Vec<u8>,
    mut each: impl FnMut(&[u8], Line),
) {
    let bytes = &text.as_bytes()[..b];
    out.reserve(b - a);
    let begin = out.len();
    // Whether the byte before was part of a word.
    let mut in_word = false;
    let mut line = LineReading::default();
    let mut i = a;
    while i < b {
        // Eight bytes at a time while the text is plain ASCII (no line break among
        // them); else, and at the end, a character at a time up to where the eight
        // would have ended.
        if let Some(chunk) = bytes.get(i..i + 8) {
            let chunk = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if let Some(plain) = plain_ascii(chunk, in_word) {
                if !in_word {
                    line.word_starts(i, out, begin);
                }
                // All eight and then one off: a copy of known length is no call.
                out.extend_from_slice(&plain.lower.to_le_bytes());
                out.truncate(out.len() - 8 + plain.keep);
                line.spaces += plain.spaces;
                in_word = plain.keep == 8;
                line.end = i + plain.keep;
                i += 8;
                continue;
            }
        }
        let stop = (i + 8).min(b);
        while i < stop {
            let byte = bytes[i];
            if byte.is_ascii() {
                i += 1;
                if byte == b'\n' {
                    line.finish(text, out, &mut each);
                    in_word = false;
                } else if is_ascii_space(byte) {
                    in_word = false;
                } else {
                    if !in_word {
                        line.word_starts(i - 1, out, begin);
                        in_word = true;
                    }
                    out.push(byte.to_ascii_lowercase());
                    line.end = i;
                }
                continue;
            }
            let Some(c) = text[i..].chars().next() else {
                i = b;
                break;
            };
            let at = i;
            i += c.len_utf8();
            if c.is_whitespace() {
                in_word = false;
                continue;
            }
            if !in_word {
                line.word_starts(at, out, begin);
                in_word = true;
            }
            line.end = i;
            line.facts.hangul += usize::from(crate::script::is_hangul(c));
            if caseless(c) {
                push_char(out, c);
                continue;
            }
            let lower = c.to_lowercase();
            if lower.clone().eq([c]) {
                push_char(out, c);
            } else {
                line.facts.cased = true;
                line.sigma |= c == 'Σ';
                for l in lower {
                    push_char(out, l);
                }
            }
        }
    }
    line.finish(text, out, &mut each);
}

/// Appends `c` in UTF-8; a copy of known length per length is no call to `memcpy`.
fn push_char(out: &mut Vec<u8>, c: char) {
    let mut utf8 = [0; 4];
    match c.encode_utf8(&mut utf8).len() {
        1 => out.push(utf8[0]),
        2 => out.extend_from_slice(&utf8[..2]),
        3 => out.extend_from_slice(&utf8[..3]),
        _ => out.extend_from_slice(&utf8),
    }
}

/// Eight plain bytes of text, lower-cased (see [`plain_ascii`]).
struct Plain {
    lower: u64,
    /// How many of the eight to keep: a space ending them is left for what follows
    /// to decide.
    keep: usize,
    /// The spaces among those kept.
    spaces: usize,
}

/// Eight bytes of text (the first in the low byte), lower-cased, if normalizing
/// changes nothing else in them: all ASCII, and no white space but single spaces with
/// a word before them (`in_word` says whether the byte before the eight was part of
/// one).
fn plain_ascii(chunk: u64, in_word: bool) -> Option<Plain> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    if chunk & HIGH != 0 {
        return None;
    }
    // The high bit of each byte that is at least `n`: with every byte below 0x80, the
    // subtraction borrows across no byte.
    let at_least = |n: u8| ((chunk | HIGH) - u64::from(n) * ONES) & HIGH;
    let control_or_space = !at_least(0x21) & HIGH;
    let spaces = !(((chunk ^ (0x20 * ONES)) | HIGH) - ONES) & HIGH;
    if control_or_space != spaces || spaces & (spaces << 8) != 0 || (spaces & 0x80 != 0 && !in_word)
    {
        return None;
    }
    let upper = at_least(b'A') & !at_least(b'Z' + 1);
    let last = spaces >> 63 != 0;
    Some(Plain {
        lower: chunk | (upper >> 2),
        keep: if last { 7 } else { 8 },
        spaces: spaces.count_ones() as usize - usize::from(last),
    })
}

/// The hash by which normalized texts are told apart.
pub(super) fn hash_of(normalized: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(normalized)
}

/// Blocks seen so far, by a 64-bit hash of their normalized text. A block is only
/// called a repeat (and dropped) when its normalized text equals that of an earlier
/// one, so on equal hashes the texts are compared; that allocates, but repeats are
/// few, and the common case, a new block, allocates nothing.
pub(super) struct Seen<'a> {
    first: rustc_hash::FxHashMap<u64, &'a str>,
    /// Later blocks whose hash an earlier, different block had: in practice none.
    collided: Vec<(u64, &'a str)>,
}

impl<'a> Seen<'a> {
    pub(super) fn with_capacity(blocks: usize) -> Seen<'a> {
        Seen {
            first: rustc_hash::FxHashMap::with_capacity_and_hasher(blocks, Default::default()),
            collided: Vec::new(),
        }
    }

    /// Whether `text`, whose normalized text hashes to `hash`, is new; it is
    /// remembered either way.
    pub(super) fn insert(&mut self, text: &'a str, hash: u64) -> bool {
        use std::collections::hash_map::Entry;
        match self.first.entry(hash) {
            Entry::Vacant(e) => {
                e.insert(text);
                true
            }
            Entry::Occupied(e) => {
                let wanted = normalized(text);
                let same = |other: &str| normalized(other) == wanted;
                if same(e.get()) || self.collided.iter().any(|&(h, t)| h == hash && same(t)) {
                    return false;
                }
                self.collided.push((hash, text));
                true
            }
        }
    }
}

/// Lines seen so far, by a 64-bit hash of their normalized text: only used to judge
/// what is prose, where a collision (about one in 10^13 pages) would cost nothing
/// worse than a misjudged paragraph; nothing is dropped on the strength of it.
pub(super) struct SeenLines {
    set: FxHashSet<u64>,
}

impl SeenLines {
    pub(super) fn with_capacity(lines: usize) -> SeenLines {
        SeenLines {
            set: FxHashSet::with_capacity_and_hasher(lines, Default::default()),
        }
    }

    /// Whether a line whose normalized text hashes to `hash` is new.
    pub(super) fn insert(&mut self, hash: u64) -> bool {
        self.set.insert(hash)
    }
}

pub(super) fn normalized_keep_case(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::chrome::test_pages::*;
    use proptest::prelude::*;

    #[test]
    fn different_blocks_with_equal_hashes_are_not_repeats() {
        let mut seen = Seen::with_capacity(4);
        assert!(seen.insert("Joint  statement", 7));
        assert!(seen.insert("Other text", 7), "a collision is not a repeat");
        assert!(seen.insert("A third", 7));
        assert!(!seen.insert("JOINT statement", 7));
        assert!(!seen.insert("other\ntext", 7));
        assert!(!seen.insert("a third", 7));
        assert!(seen.insert("Joint statement!", 7));
        assert!(seen.insert("Joint statement", 8));
    }

    #[test]
    fn caseless_characters_are_their_own_lower_case() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            if caseless(c) {
                assert!(c.to_lowercase().eq([c]), "{c:?}");
            }
        }
    }

    #[test]
    fn no_lower_case_has_white_space() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            if !c.is_whitespace() {
                assert!(!c.to_lowercase().any(char::is_whitespace), "{c:?}");
            }
        }
    }

    fn bytes8(text: &str) -> u64 {
        u64::from_le_bytes(text.as_bytes().try_into().unwrap())
    }

    #[test]
    fn plain_ascii_is_eight_bytes_normalizing_only_lower_cases() {
        let plain = |text: &str, in_word| {
            plain_ascii(bytes8(text), in_word).map(|p| {
                let kept = String::from_utf8(p.lower.to_le_bytes()[..p.keep].to_vec());
                assert_eq!(p.spaces, kept.as_ref().unwrap().matches(' ').count());
                kept
            })
        };
        assert_eq!(plain("Hello Wo", false), Some(Ok("hello wo".into())));
        assert_eq!(plain("AZ[@az`{", false), Some(Ok("az[@az`{".into())));
        assert_eq!(plain("abcdefg ", false), Some(Ok("abcdefg".into())));
        assert_eq!(plain(" bcdefgh", true), Some(Ok(" bcdefgh".into())));
        assert_eq!(plain(" bcdefgh", false), None, "space after white space");
        assert_eq!(plain("ab  cdef", true), None, "two spaces");
        assert_eq!(plain("ab\tcdefg", true), None, "tab");
        assert_eq!(plain("ab\ncdefg", true), None, "line break");
        assert_eq!(plain("ab\x0bcdefg", true), None, "vertical tab");
        assert_eq!(plain("abc\x00defg", true), None, "a control character");
        assert_eq!(plain("abcdeóg", true), None, "not ASCII");
    }

    proptest! {
        #![proptest_config(ProptestConfig {
            failure_persistence: None,
            ..ProptestConfig::default()
        })]

        #[test]
        fn normalize_lines_is_normalize_into_of_each_line_in_one_pass(
            text in messy_text(),
            from in any::<prop::sample::Index>(),
        ) {
            let starts: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            let a = *from.get(&starts);
            let mut out = b"before ".to_vec();
            let mut lines = Vec::new();
            normalize_lines(&text, a, text.len(), &mut out, |normal, line| {
                lines.push((String::from_utf8(normal.to_vec()).unwrap(), line));
            });
            let mut expected = "before ".to_string();
            normalize_into(&text[a..], &mut expected);
            prop_assert_eq!(String::from_utf8(out).unwrap(), expected);
            let ranges = crate::corpus::passage::lines(&text, a, text.len());
            prop_assert_eq!(lines.len(), ranges.len());
            for ((normal, line), (start, end)) in lines.iter().zip(ranges) {
                let part = &text[start..end];
                prop_assert_eq!((line.start, line.end), (start, end));
                prop_assert_eq!(normal, &normalized(part));
                prop_assert_eq!(line.facts.words, part.split_whitespace().count());
                prop_assert_eq!(
                    line.facts.hangul,
                    part.chars().filter(|&c| crate::script::is_hangul(c)).count()
                );
                prop_assert_eq!(
                    line.facts.cased,
                    part.chars().any(|c| !c.is_ascii() && changes_case(c))
                );
            }
        }

        #[test]
        fn lower_for_rules_differs_from_to_lowercase_only_in_ascii_case(text in messy_text()) {
            let mut buffer = String::new();
            let lower = lower_for_rules(&text, &mut buffer);
            prop_assert_eq!(lower.to_ascii_lowercase(), text.to_lowercase());
        }
    }
}
