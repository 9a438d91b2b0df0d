//! Words: UAX#29 word boundaries, adjusted for how statements are written.
//!
//! Word boundaries are those of UAX#29, as unicode-segmentation's `unicode_word_indices`
//! finds them. Three adjustments on top:
//! - a typographic quote or apostrophe glued to a word splits it (`the’Washington` gives
//!   `the`, `Washington`); a trailing possessive `s` is dropped (`Korea’s` gives `Korea`);
//! - dots inside a word split it unless the word is an abbreviation of single letters
//!   (`U.S` stays whole) or a number (`2.5` stays whole): `statement.The` gives two words;
//! - words longer than [`MAX_TOKEN_BYTES`] are dropped (base64 blobs, URLs run together).
//!
//! Case is left alone; the analyzer lower-cases.
//!
//! # Fast path
//!
//! Segmentation is the hottest part of indexing analysis, and unicode-segmentation looks
//! up every character in its tables (its own ASCII path only applies to a text that is
//! ASCII throughout). Statements are nearly all ASCII, Latin letters, Hangul syllables
//! and a little punctuation, and for those the UAX#29 word rules come down to this: a
//! word is a run of letters, digits and `_`, in which `: · . ' ‘ ’` may stand between two
//! letters and `. , ; ' ‘ ’` between two digits (`Class` says what each character is
//! to the rules). So the text is segmented in three ways:
//! - ASCII stretches by `scan_ascii`, 64 bytes at a time as bit masks;
//! - around a non-ASCII character, if every character there is one `Class` knows, by
//!   `scan`, a character at a time;
//! - otherwise (a combining mark, an emoji, another script) by unicode-segmentation.
//!
//! The pieces meet at cuts: ASCII whitespace followed by a known character that is not
//! whitespace. UAX#29 always breaks there, since only an Extend, Format or ZWJ character
//! (WB4), a WSegSpace such as U+3000 (WB3d) or LF after CR (WB3) stays with the
//! whitespace before it (`" \u{301}"` is one segment; `" \u{93E}"` is even a word).
//! And no rule looks through whitespace to place an earlier boundary, so the text on
//! either side of a cut segments the same on its own. A piece around a non-ASCII
//! character runs from the last cut before it to the first cut after it. The tests
//! compare the result with plain `unicode_word_indices` on random and real text.

use unicode_segmentation::UnicodeSegmentation;

/// Words longer than this (in bytes) are not indexed: no one searches for them.
pub const MAX_TOKEN_BYTES: usize = 120;

/// Is `c` one of the apostrophes and single quotes UAX#29 keeps inside a word?
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{02BC}' | '\u{2032}' | '\u{FF07}'
    )
}

/// Byte spans `[from, to)` of the words of `text`.
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for_each_word(text, |from, to| spans.push((from, to)));
    spans
}

/// Calls `f(from, to)` for each word of `text`, in order.
pub fn for_each_word(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut pos = 0;
    let mut next_non_ascii = find_non_ascii(bytes, 0);
    while let Some(non_ascii) = next_non_ascii {
        let from = cut_before(bytes, pos, non_ascii);
        scan_ascii(text, pos, from, &mut f);
        let (to, all_known) = cut_after(bytes, non_ascii);
        next_non_ascii = find_non_ascii(bytes, to);
        if all_known {
            scan(text, from, to, &mut f);
        } else {
            for (start, word) in text[from..to].unicode_word_indices() {
                split_word(word, from + start, &mut f);
            }
        }
        pos = to;
    }
    scan_ascii(text, pos, bytes.len(), &mut f);
}

/// A character as the UAX#29 word rules see it (its Word_Break property), for the
/// characters the fast path knows; [`Class::Unknown`] for all others.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    /// ALetter, and alphabetic: ASCII and Latin letters, Hangul syllables.
    Letter,
    /// Numeric: ASCII digits.
    Digit,
    /// ExtendNumLet (`_`): joins letters and digits, but a run of it alone is no word.
    Underscore,
    /// MidLetter (`:` `·`): joins two letters.
    MidLetter,
    /// MidNumLet and Single_Quote (`.` `'` `‘` `’`): join two letters or two digits.
    MidNumLet,
    /// MidNum (`,` `;`): joins two digits.
    MidNum,
    /// A segment of its own, never part of a word, and never joined to what follows it:
    /// ASCII whitespace and other punctuation, and a few common signs (`“ ” – ¶ €`...).
    Other,
    /// Not modelled: left to unicode-segmentation.
    Unknown,
}

impl Class {
    /// Can a word consist of characters of this class?
    fn is_core(self) -> bool {
        matches!(self, Class::Letter | Class::Digit | Class::Underscore)
    }
}

/// [`Class`] of each ASCII character.
const ASCII_CLASS: [Class; 128] = {
    let mut table = [Class::Other; 128];
    let mut b = 0;
    while b < 128 {
        table[b] = match b as u8 {
            b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
            b'0'..=b'9' => Class::Digit,
            b'_' => Class::Underscore,
            b':' => Class::MidLetter,
            b'.' | b'\'' => Class::MidNumLet,
            b',' | b';' => Class::MidNum,
            _ => Class::Other,
        };
        b += 1;
    }
    table
};

/// [`Class`] of a non-ASCII character, by code point. Word_Break values from
/// unicode-segmentation's tables; the tests check each of these characters.
fn non_ascii_class(c: u32) -> Class {
    match c {
        0xD7 | 0xF7 => Class::Other,                             // × ÷
        0xC0..=0x24F | 0xAC00..=0xD7A3 => Class::Letter,         // Latin letters, Hangul syllables
        0x2018 | 0x2019 => Class::MidNumLet,                     // ‘ ’
        0xB7 => Class::MidLetter,                                // ·
        0xA0 | 0xA7 | 0xAB | 0xB0 | 0xB6 | 0xBB => Class::Other, // no-break space § « ° ¶ »
        0x2013 | 0x2014 | 0x201C..=0x201E | 0x2022 | 0x2026 | 0x20AC => Class::Other, // – — “ ” „ • … €
        _ => Class::Unknown,
    }
}

/// The class and UTF-8 length of the character that starts at byte `i` of `bytes`.
#[inline(always)]
fn char_at(bytes: &[u8], i: usize) -> (Class, usize) {
    let lead = bytes[i];
    if lead < 0x80 {
        (ASCII_CLASS[lead as usize], 1)
    } else if lead < 0xE0 {
        let c = (u32::from(lead & 0x1F) << 6) | u32::from(bytes[i + 1] & 0x3F);
        (non_ascii_class(c), 2)
    } else if lead < 0xF0 {
        let c = (u32::from(lead & 0x0F) << 12)
            | (u32::from(bytes[i + 1] & 0x3F) << 6)
            | u32::from(bytes[i + 2] & 0x3F);
        (non_ascii_class(c), 3)
    } else {
        (Class::Unknown, 4)
    }
}

/// Whitespace that ends every UAX#29 segment (space, tab, LF, VT, FF, CR).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Where the first non-ASCII byte at or after `from` is.
fn find_non_ascii(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    // Eight bytes at a time while they are all ASCII.
    while let Some(block) = bytes.get(i..i + 8) {
        let block = u64::from_le_bytes(block.try_into().expect("eight bytes"));
        if block & 0x8080_8080_8080_8080 != 0 {
            break;
        }
        i += 8;
    }
    (i..bytes.len()).find(|&i| bytes[i] >= 0x80)
}

/// The last cut in `(from, non_ascii)`, or `from` if there is none. All characters in
/// `from..non_ascii` are ASCII, so any non-space after ASCII whitespace makes a cut.
fn cut_before(bytes: &[u8], from: usize, non_ascii: usize) -> usize {
    (from + 1..non_ascii)
        .rev()
        .find(|&p| is_ascii_space(bytes[p - 1]) && !is_ascii_space(bytes[p]))
        .unwrap_or(from)
}

/// The first cut after `non_ascii` (or the end of the text), and whether all characters
/// from `non_ascii` to there are known.
fn cut_after(bytes: &[u8], non_ascii: usize) -> (usize, bool) {
    let mut all_known = true;
    let mut after_space = false;
    let mut i = non_ascii;
    while i < bytes.len() {
        let (class, len) = char_at(bytes, i);
        let space = len == 1 && is_ascii_space(bytes[i]);
        if after_space && !space && class != Class::Unknown {
            return (i, all_known);
        }
        all_known &= class != Class::Unknown;
        after_space = space;
        i += len;
    }
    (bytes.len(), all_known)
}

const ONES: u64 = 0x0101_0101_0101_0101;

/// For eight ASCII bytes: `0x80` in each byte that lies in `lo..=hi`, `0` in the others.
/// No byte carries into the next: each is below `0x80`.
#[inline(always)]
fn in_range(bytes: u64, lo: u8, hi: u8) -> u64 {
    let at_least_lo = bytes + ONES * u64::from(0x80 - lo);
    let above_hi = bytes + ONES * u64::from(0x7F - hi);
    at_least_lo & !above_hi & (ONES * 0x80)
}

/// The high bit of each of eight bytes, as eight bits.
#[inline(always)]
fn high_bits(bytes: u64) -> u64 {
    ((bytes >> 7).wrapping_mul(0x0102_0408_1020_4080)) >> 56
}

/// Does a middle character join the characters on either side (WB6/WB7, WB11/WB12)?
fn joins(prev: Class, middle: Class, next: Class) -> bool {
    match middle {
        Class::MidLetter => prev == Class::Letter && next == Class::Letter,
        Class::MidNumLet => prev == next && matches!(next, Class::Letter | Class::Digit),
        Class::MidNum => prev == Class::Digit && next == Class::Digit,
        _ => false,
    }
}

/// [`scan`] for ASCII text, 64 bytes at a time: letters, digits and underscores become
/// bit masks over the block, and the words are the runs of ones, so the branches go by
/// block and by word rather than by byte. The rare punctuation between two word
/// characters is looked at one by one.
fn scan_ascii(text: &str, from: usize, to: usize, out: &mut impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let class = |i: usize| ASCII_CLASS[usize::from(bytes[i] & 0x7F)];
    // A word that reaches the end of the previous block: where it starts, whether it has
    // a letter or digit, and whether it has a middle character.
    let mut open: Option<(usize, bool, bool)> = None;
    // Is the last byte of the previous block a letter, digit or underscore?
    let mut core_before = 0u64;
    let mut base = from;
    while base < to {
        let end = (base + 64).min(to);
        let n = (end - base) as u32;
        let mut padded = [0u8; 64];
        let block: &[u8; 64] = match bytes[base..end].try_into() {
            Ok(block) => block,
            Err(_) => {
                padded[..n as usize].copy_from_slice(&bytes[base..end]);
                &padded
            }
        };
        let [mut alphanumeric, mut underscore, mut punctuation] = [0u64; 3];
        for (k, lane) in block.chunks_exact(8).enumerate() {
            let lane = u64::from_le_bytes(lane.try_into().expect("eight bytes"));
            let shift = 8 * k as u32;
            let letter = in_range(lane | (ONES * 0x20), b'a', b'z');
            let digit = in_range(lane, b'0', b'9');
            alphanumeric |= high_bits(letter | digit) << shift;
            underscore |= high_bits(in_range(lane, b'_', b'_')) << shift;
            // `,` `.` (and `-`), `:` `;`, `'`: the middle characters, and a few more.
            let middle = in_range(lane, b',', b'.')
                | in_range(lane, b':', b';')
                | in_range(lane, b'\'', b'\'');
            punctuation |= high_bits(middle) << shift;
        }
        let core = alphanumeric | underscore;
        let core_after = if end < to && class(end).is_core() {
            1 << (n - 1)
        } else {
            0
        };
        let mut candidates = punctuation & ((core << 1) | core_before) & ((core >> 1) | core_after);
        core_before = (core >> (n - 1)) & 1;
        let mut middle = 0u64;
        while candidates != 0 {
            let bit = candidates.trailing_zeros();
            candidates &= candidates - 1;
            let i = base + bit as usize;
            if joins(class(i - 1), class(i), class(i + 1)) {
                middle |= 1 << bit;
            }
        }
        let mut word = core | middle;

        // The runs of ones in `word`, lowest first. One that reaches the last byte of the
        // block may go on in the next.
        let may_go_on = if end < to { 1 << (n - 1) } else { 0 };
        let mut emit = |start: usize, stop: usize, alphanumeric: bool, middle: bool| {
            if middle {
                split_word(&text[start..stop], start, out);
            } else if alphanumeric && stop - start <= MAX_TOKEN_BYTES {
                out(start, stop);
            }
        };
        if let Some((start, has_alphanumeric, has_middle)) = open.take() {
            let run = word & !word.wrapping_add(1);
            let has_alphanumeric = has_alphanumeric || alphanumeric & run != 0;
            let has_middle = has_middle || middle & run != 0;
            if run & may_go_on != 0 {
                open = Some((start, has_alphanumeric, has_middle));
            } else {
                let stop = base + (64 - run.leading_zeros()) as usize;
                emit(start, stop, has_alphanumeric, has_middle);
            }
            word &= !run;
        }
        while word != 0 {
            let run = word & !word.wrapping_add(word & word.wrapping_neg());
            word &= !run;
            let start = base + run.trailing_zeros() as usize;
            let (has_alphanumeric, has_middle) = (alphanumeric & run != 0, middle & run != 0);
            if run & may_go_on != 0 {
                open = Some((start, has_alphanumeric, has_middle));
            } else {
                let stop = base + (64 - run.leading_zeros()) as usize;
                emit(start, stop, has_alphanumeric, has_middle);
            }
        }
        base = end;
    }
}

/// Calls `out` for the words of `text[from..to]`, which holds only known characters and
/// starts and ends at cuts (or at the ends of `text`).
fn scan(text: &str, from: usize, to: usize, out: &mut impl FnMut(usize, usize)) {
    let bytes = &text.as_bytes()[..to];
    let mut i = from;
    while i < to {
        let (class, len) = char_at(bytes, i);
        i += len;
        if !class.is_core() {
            continue;
        }
        let start = i - len;
        let mut alphanumeric = class != Class::Underscore;
        let mut joined = false;
        let mut prev = class;
        while i < to {
            let (class, len) = char_at(bytes, i);
            if class.is_core() {
                alphanumeric |= class != Class::Underscore;
                prev = class;
                i += len;
                continue;
            }
            if i + len >= to {
                break;
            }
            let (next, next_len) = char_at(bytes, i + len);
            if !joins(prev, class, next) {
                break;
            }
            alphanumeric = true;
            joined = true;
            prev = next;
            i += len + next_len;
        }
        if !alphanumeric {
            continue;
        }
        // Only a middle character can be an apostrophe, a dot or a colon.
        if joined {
            split_word(&text[start..i], start, out);
        } else {
            push(&text[start..i], start, out);
        }
    }
}

fn split_word(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
    // Apostrophes: split, and drop a possessive/contraction `s` that follows one.
    if word.contains(is_apostrophe) {
        let mut from = 0;
        let mut first = true;
        for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
            if i == word.len() || is_apostrophe(c) {
                let part = &word[from..i];
                let possessive = !first && part.eq_ignore_ascii_case("s");
                if !part.is_empty() && !possessive {
                    split_dots(part, start + from, out);
                }
                first = false;
                from = i + c.len_utf8();
            }
        }
        return;
    }
    split_dots(word, start, out);
}

fn split_dots(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
    // The parts are walked twice rather than collected: this runs for every word with a dot.
    let keep_whole = !word.contains(['.', ':']) || {
        let mut parts = word.split(['.', ':']);
        let abbreviation = parts.clone().all(|p| p.chars().count() == 1);
        abbreviation || parts.all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()))
    };
    if keep_whole {
        push(word, start, out);
        return;
    }
    let mut from = 0;
    for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
        if i == word.len() || c == '.' || c == ':' {
            if i > from {
                push(&word[from..i], start + from, out);
            }
            from = i + c.len_utf8();
        }
    }
}

fn push(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
    if !word.is_empty() && word.len() <= MAX_TOKEN_BYTES {
        out(start, start + word.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn words(text: &str) -> Vec<&str> {
        word_spans(text)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn glued_quotes_split_and_possessives_drop() {
        assert_eq!(
            words("adopted the’Washington Declaration’ and Korea’s plan"),
            [
                "adopted",
                "the",
                "Washington",
                "Declaration",
                "and",
                "Korea",
                "plan"
            ]
        );
        assert_eq!(words("the EU's act"), ["the", "EU", "act"]);
    }

    #[test]
    fn field_tokens_survive() {
        assert_eq!(
            words("Beyond 5G/6G by 2030"),
            ["Beyond", "5G", "6G", "by", "2030"]
        );
        assert_eq!(words("ROK-EU Open-RAN"), ["ROK", "EU", "Open", "RAN"]);
        assert_eq!(
            words("the U.S. and e.g. 2.5%"),
            ["the", "U.S", "and", "e.g", "2.5"]
        );
    }

    #[test]
    fn run_together_sentences_split_at_the_dot() {
        assert_eq!(
            words("statement.The leaders"),
            ["statement", "The", "leaders"]
        );
    }

    #[test]
    fn overlong_tokens_are_dropped() {
        let blob = "a".repeat(MAX_TOKEN_BYTES + 1);
        assert_eq!(words(&format!("x {blob} y")), ["x", "y"]);
    }

    #[test]
    fn hangul_words_stay_whole() {
        assert_eq!(words("반도체를 협력을"), ["반도체를", "협력을"]);
    }

    /// What a space joins in UAX#29 stays joined: a combining mark after whitespace
    /// belongs to it, and an alphabetic one makes the whitespace part of a word.
    #[test]
    fn marks_after_whitespace_stay_with_it() {
        assert_eq!(words("ok \u{93E}x"), ["ok", " \u{93E}", "x"]);
        assert_eq!(words("ok\u{3000} \u{93E}"), ["ok", "\u{3000} \u{93E}"]);
        assert_eq!(words("ok\n\u{93E}"), ["ok", "\u{93E}"]);
    }

    /// The segmentation before the fast path, kept as the oracle: unicode-segmentation
    /// over the whole text, then the adjustments as first written.
    fn reference_words(text: &str) -> Vec<(usize, usize)> {
        fn split_word(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
            if word.contains(is_apostrophe) {
                let mut from = 0;
                let mut first = true;
                for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
                    if i == word.len() || is_apostrophe(c) {
                        let part = &word[from..i];
                        let possessive = !first && part.eq_ignore_ascii_case("s");
                        if !part.is_empty() && !possessive {
                            split_dots(part, start + from, out);
                        }
                        first = false;
                        from = i + c.len_utf8();
                    }
                }
                return;
            }
            split_dots(word, start, out);
        }

        fn split_dots(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
            let has_inner_sep = word.contains(['.', ':']);
            let keep_whole = !has_inner_sep || {
                let parts: Vec<&str> = word.split(['.', ':']).collect();
                let abbreviation = parts.iter().all(|p| p.chars().count() == 1);
                let number = parts
                    .iter()
                    .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
                abbreviation || number
            };
            if keep_whole {
                push(word, start, out);
                return;
            }
            let mut from = 0;
            for (i, c) in word.char_indices().chain([(word.len(), ' ')]) {
                if i == word.len() || c == '.' || c == ':' {
                    if i > from {
                        push(&word[from..i], start + from, out);
                    }
                    from = i + c.len_utf8();
                }
            }
        }

        fn push(word: &str, start: usize, out: &mut impl FnMut(usize, usize)) {
            if !word.is_empty() && word.len() <= MAX_TOKEN_BYTES {
                out(start, start + word.len());
            }
        }

        let mut spans = Vec::new();
        for (start, word) in text.unicode_word_indices() {
            split_word(word, start, &mut |from, to| spans.push((from, to)));
        }
        spans
    }

    fn assert_same_words(text: &str) {
        assert_eq!(word_spans(text), reference_words(text), "text: {text:?}");
    }

    /// Every non-ASCII character the fast path knows (Hangul sampled: one table range),
    /// in every short context that would show a wrong class.
    #[test]
    fn known_characters_segment_as_uax29_says() {
        let known: Vec<char> = (0x80..0x3000)
            .chain((0xAC00..=0xD7A3).step_by(331))
            .chain([0xD7A3])
            .filter_map(char::from_u32)
            .filter(|&c| non_ascii_class(u32::from(c)) != Class::Unknown)
            .collect();
        assert!(known.len() > 400, "{}", known.len());
        let sides = [
            "", "a", "1", "_", " ", "\n", "-", "ł", "반", "\u{301}", "\u{200d}", "\u{3000}", "a.",
            ".a", "a:", ":a", "a’", "’a", "1.", ".1", "1,", ",1", "1'", "'1",
        ];
        let middles = [".", ":", ",", ";", "'", "’", "‘", "·", "_", " ", "a", "1"];
        for c in known {
            for x in sides {
                for y in sides {
                    assert_same_words(&format!("{x}{c}{y}"));
                }
            }
            for m in middles {
                assert_same_words(&format!("{c}{m}{c}"));
                assert_same_words(&format!("{c}{m}{c}{m}{c}"));
            }
        }
    }

    #[test]
    fn edge_cases_agree_with_uax29() {
        for text in [
            "",
            " ",
            "a",
            "\u{301}",
            " \u{301}",
            "\t\u{301}a",
            "\r\n\u{301}",
            "a \u{93E}",
            "  \u{93E}b c",
            "x\u{3000} \u{93E} y",
            "x\u{3000}  y",
            "x \u{200d}😀 y",
            "😀\u{200d}😀 y z",
            "a.\u{301}b c.d",
            "e\u{301}.g. U.S. 2.5",
            "1,000.50 a:b:c 12:30 x_y __ _1",
            "Korea’s U.S.’ don't ’s 's x’",
            "\u{b}a\u{c}b\u{85}c\u{2028}d",
            "\u{a0}a\u{a0} b",
            "ł.ł ą:ę 반.도 반’s",
        ] {
            assert_same_words(text);
        }
    }

    /// Words and middle characters at every offset around the 64-byte blocks of
    /// `scan_ascii`, after spaces and inside longer words.
    #[test]
    fn block_edges_agree_with_uax29() {
        let long = "l".repeat(MAX_TOKEN_BYTES);
        for pad in 0..140 {
            for token in [
                "ab", "a.b", "1,5", "1.5", "a'b", "x:y", "e.g.", "a_", "__", "_1", "a.", ".a",
                "a..b", "1,a", &long,
            ] {
                for filler in [" ", "q", "_", "."] {
                    assert_same_words(&format!("{}{token}", filler.repeat(pad)));
                    assert_same_words(&format!("{}{token} z", filler.repeat(pad)));
                    assert_same_words(&format!("{}{token}’s ł", filler.repeat(pad)));
                }
            }
        }
    }

    /// 256 cases by default, `PROPTEST_CASES` for more; a quarter of that for long text.
    fn config(share: u32) -> ProptestConfig {
        let cases = std::env::var("PROPTEST_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(256)
            / share;
        ProptestConfig {
            cases,
            failure_persistence: None,
            ..ProptestConfig::default()
        }
    }

    fn pick(choices: Vec<&'static str>) -> impl Strategy<Value = String> {
        prop::sample::select(choices).prop_map(str::to_string)
    }

    /// Pieces of text, biased to what the fast path decides on: ASCII words, numbers and
    /// punctuation, whitespace of all kinds, Latin and Hangul letters, typographic quotes,
    /// and characters it leaves to unicode-segmentation (marks, joiners, emoji, spaces
    /// that are not ASCII, other scripts).
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            8 => "[a-zA-Z]{1,8}",
            3 => "[0-9]{1,4}",
            6 => pick(vec![
                ".", ".", ",", ":", ";", "'", "'", "_", "-", "/", "%", "(", ")", "\"", "!", "?",
                "&", "@", "#", "*", "+", "=", "[", "]", "<", ">", "~", "`", "^", "|", "\\", "$",
                "{", "}", "\u{0}", "\u{7f}",
            ]),
            5 => pick(vec![
                " ", " ", "  ", "\t", "\n", "\r", "\r\n", "\n\r", "\u{b}", "\u{c}",
            ]),
            3 => pick(vec![
                "ł", "ą", "ę", "ó", "ż", "Ł", "ś", "ć", "ń", "À", "×", "÷", "ÿ", "ɏ",
            ]),
            2 => pick(vec!["반", "도", "체", "를", "반도체를"]),
            2 => pick(vec![
                "’", "‘", "“", "”", "ʼ", "′", "＇", "„", "«", "»", "·", "’s", "'s",
            ]),
            3 => pick(vec![
                "\u{a0}", "\u{3000}", "\u{2003}", "\u{200b}", "\u{200d}", "\u{301}", "\u{301}",
                "\u{93e}", "\u{ad}", "\u{202f}", "\u{2028}", "\u{85}", "\u{feff}", "😀",
                "👍🏽", "🇵🇱", "🇵", "٣", "中", "文", "カ", "ー", "א", "\"א", "¶", "–", "—",
                "…", "€", "µ", "ª", "ǅ", "ʰ", "½", "²", "①",
            ]),
        ]
    }

    proptest! {
        #![proptest_config(config(1))]

        #[test]
        fn same_words_as_uax29(
            text in prop::collection::vec(piece(), 0..40).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(word_spans(&text), reference_words(&text), "text: {:?}", text);
        }

        /// All-ASCII text, where unicode-segmentation takes its own ASCII path.
        #[test]
        fn same_words_as_uax29_in_ascii(text in "[\\x00-\\x7f]{0,80}") {
            prop_assert_eq!(word_spans(&text), reference_words(&text), "text: {:?}", text);
        }

        #[test]
        fn same_words_as_uax29_in_ascii_words(
            text in prop::collection::vec(
                "[a-z]{1,6}|[0-9]{1,3}|[ .,:;'_\\n\\r\\t-]{1,2}", 0..60
            ).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(word_spans(&text), reference_words(&text), "text: {:?}", text);
        }
    }

    proptest! {
        #![proptest_config(config(4))]

        /// ASCII words, some longer than a block or than `MAX_TOKEN_BYTES`.
        #[test]
        fn same_words_as_uax29_in_long_ascii(
            text in prop::collection::vec(
                "[a-z]{1,6}|[A-Z0-9]{1,3}|[ .,:;'_\\n\\r\\t-]{1,2}|[a-z0-9_.',]{40,130}", 0..200
            ).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(word_spans(&text), reference_words(&text), "text: {:?}", text);
        }

        #[test]
        fn same_words_as_uax29_in_long_text(
            text in prop::collection::vec(piece(), 100..400).prop_map(|v| v.concat())
        ) {
            prop_assert_eq!(word_spans(&text), reference_words(&text), "text: {:?}", text);
        }
    }

    /// Real prose: the bundled corpus, or the folder named by `ACCORD_WORDS_CORPUS`
    /// (`ACCORD_WORDS_CORPUS=~/corpus cargo test --release same_words_as_uax29_on`).
    #[test]
    fn same_words_as_uax29_on_a_corpus() {
        let root = std::env::var_os("ACCORD_WORDS_CORPUS")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus"));
        let discovery = crate::corpus::discover(&root).expect("corpus folder");
        assert!(!discovery.files.is_empty());
        let detector = crate::lang::LangDetector::default();
        let (mut bytes, mut words) = (0, 0);
        for file in &discovery.files {
            let raw = std::fs::read(&file.path).expect("readable file");
            let text = crate::corpus::decode::decode(&raw).expect("text file").text;
            let spans = word_spans(&text);
            assert!(spans == reference_words(&text), "{}", file.rel);
            for line in text.lines() {
                assert_same_words(line);
            }
            let document = crate::corpus::prepare(&file.rel, &text, None, &detector);
            for passage in &document.passages {
                assert_same_words(&passage.text);
            }
            bytes += text.len();
            words += spans.len();
        }
        eprintln!(
            "{} files, {bytes} bytes, {words} words: same as unicode_word_indices",
            discovery.files.len()
        );
    }
}
