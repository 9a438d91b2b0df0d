//! Cutting a document's text into passages: paragraphs, and sentences of long ones.
//!
//! A paragraph is a run of non-blank lines. A paragraph longer than [`MAX_CHARS`] is cut
//! at sentence boundaries (UAX#29, those of unicode-segmentation: `sentence`) into pieces
//! of about [`TARGET_CHARS`]; a single sentence longer than the maximum is cut at a space.
//! Every piece keeps its exact byte range in the text and its 1-based line range, so a
//! hit can always be checked against its file.

/// Longest passage, in characters, before it is cut at sentences.
pub const MAX_CHARS: usize = 1500;
/// Size the pieces of a long paragraph aim for.
pub const TARGET_CHARS: usize = 900;

/// Where a piece of text lies in its file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceSpan {
    /// Byte offset of the first byte (inclusive).
    pub byte_start: usize,
    /// Byte offset past the last byte (exclusive).
    pub byte_end: usize,
    /// 1-based first line.
    pub line_start: usize,
    /// 1-based last line (inclusive).
    pub line_end: usize,
}

/// Start offsets of every line, for byte -> line lookups.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the lines of `text` (split at `\n`; a `\r` before it belongs to the line).
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts }
    }

    /// 1-based line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset)
    }

    /// The span of bytes `[start, end)`.
    pub fn span(&self, start: usize, end: usize) -> SourceSpan {
        SourceSpan {
            byte_start: start,
            byte_end: end,
            line_start: self.line_of(start),
            line_end: self.line_of(end.saturating_sub(1).max(start)),
        }
    }

    /// Lookups for spans that come in order, as a document's passages do.
    pub(crate) fn cursor(&self) -> LineCursor<'_> {
        LineCursor {
            starts: &self.starts,
            line: 1,
        }
    }
}

/// [`LineIndex::span`] for spans in order: a lookup walks on from the line of the last
/// one rather than searching all lines (searching a large file's line starts for every
/// passage missed the cache at every step). A span before the last one is searched.
pub(crate) struct LineCursor<'a> {
    starts: &'a [usize],
    /// The line of the last lookup (1-based).
    line: usize,
}

impl LineCursor<'_> {
    fn line_of(&mut self, offset: usize) -> usize {
        let starts = self.starts;
        if starts[self.line - 1] > offset {
            self.line = starts.partition_point(|&s| s <= offset);
        } else {
            while starts.get(self.line).is_some_and(|&s| s <= offset) {
                self.line += 1;
            }
        }
        self.line
    }

    /// The span of bytes `[start, end)`.
    pub(crate) fn span(&mut self, start: usize, end: usize) -> SourceSpan {
        let line_start = self.line_of(start);
        SourceSpan {
            byte_start: start,
            byte_end: end,
            line_start,
            line_end: self.line_of(end.saturating_sub(1).max(start)),
        }
    }
}

/// Byte ranges of the paragraphs of `text`, trimmed of surrounding whitespace.
pub fn paragraphs(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    // Lines with their `\n`, as `split_inclusive('\n')` gives them; memchr finds line
    // ends many bytes at a time.
    let line_ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1);
    for line_end in line_ends.chain((!text.is_empty()).then_some(text.len())) {
        if line_end == offset {
            break; // the text ends with its last line's `\n`
        }
        let line = &text[offset..line_end];
        let rest = line.trim_start();
        if rest.is_empty() {
            if let Some(s) = start.take() {
                out.push((s, end));
            }
        } else {
            if start.is_none() {
                start = Some(offset + line.len() - rest.len());
            }
            end = offset + line.trim_end().len();
        }
        offset = line_end;
    }
    if let Some(s) = start {
        out.push((s, end));
    }
    out
}

/// Lines of the paragraph `[start, end)` as trimmed byte ranges.
pub fn lines(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut offset = start;
    for line in text[start..end].split_inclusive('\n') {
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let lead = line.len() - line.trim_start().len();
            out.push((offset + lead, offset + lead + trimmed.len()));
        }
        offset += line.len();
    }
    out
}

/// Cuts `[start, end)` into pieces no longer than [`MAX_CHARS`], at sentence boundaries.
pub fn split_long(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let mut pieces = Vec::new();
    split_long_into(text, start, end, &mut pieces);
    pieces
}

/// [`split_long`], adding the pieces to `pieces` (which a caller cutting many
/// paragraphs allocates once).
pub(crate) fn split_long_into(
    text: &str,
    start: usize,
    end: usize,
    pieces: &mut Vec<(usize, usize)>,
) {
    let para = &text[start..end];
    // Most paragraphs are short: one of no more bytes than MAX_CHARS cannot have more
    // characters, and its characters need not be counted.
    if para.len() <= MAX_CHARS || para.chars().count() <= MAX_CHARS {
        pieces.push((start, end));
        return;
    }
    let first = pieces.len();
    let mut piece_start: Option<usize> = None;
    let mut piece_chars = 0;
    let mut piece_end = start;
    for (at, sentence) in super::sentence::sentences(para) {
        let s_start = start + at;
        let s_chars = sentence.chars().count();
        if piece_start.is_some() && piece_chars + s_chars > TARGET_CHARS {
            pieces.push((piece_start.take().unwrap_or(start), piece_end));
            piece_chars = 0;
        }
        if s_chars > MAX_CHARS {
            // One enormous "sentence": cut it at spaces.
            cut_at_spaces(text, s_start, s_start + sentence.len(), pieces);
            continue;
        }
        piece_start.get_or_insert(s_start);
        piece_chars += s_chars;
        piece_end = s_start + sentence.len();
    }
    if let Some(s) = piece_start {
        pieces.push((s, piece_end));
    }
    // Pieces of white space only are dropped, the others trimmed.
    let mut kept = first;
    for i in first..pieces.len() {
        let (a, b) = pieces[i];
        if let Some(piece) = trim(text, a, b) {
            pieces[kept] = piece;
            kept += 1;
        }
    }
    pieces.truncate(kept);
}

fn cut_at_spaces(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let mut a = start;
    while a < end {
        let mut b = a;
        let mut last_space = None;
        for (i, c) in text[a..end].char_indices().take(TARGET_CHARS) {
            b = a + i + c.len_utf8();
            if c.is_whitespace() {
                last_space = Some(a + i);
            }
        }
        if b < end {
            if let Some(space) = last_space.filter(|&s| s > a) {
                b = space;
            }
        }
        out.push((a, b));
        a = b;
    }
}

/// `[a, b)` without surrounding whitespace, or None if nothing is left.
pub fn trim(text: &str, a: usize, b: usize) -> Option<(usize, usize)> {
    let s = &text[a..b];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    (!t.is_empty()).then(|| (a + lead, a + lead + t.len()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn paragraphs_and_lines_are_exact() {
        let text = "Title\r\n\r\n  First line\nsecond line  \n\n\nLast";
        let paras = paragraphs(text);
        let got: Vec<&str> = paras.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(got, ["Title", "First line\nsecond line", "Last"]);
        let idx = LineIndex::new(text);
        let span = idx.span(paras[1].0, paras[1].1);
        assert_eq!((span.line_start, span.line_end), (3, 4));
        assert_eq!(idx.span(paras[2].0, paras[2].1).line_start, 7);
    }

    /// [`paragraphs`] as first written.
    fn paragraphs_by_definition(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut end = 0;
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            if line.trim().is_empty() {
                if let Some(s) = start.take() {
                    out.push((s, end));
                }
            } else {
                let lead = line.len() - line.trim_start().len();
                if start.is_none() {
                    start = Some(offset + lead);
                }
                end = offset + line.trim_end().len();
            }
            offset += line.len();
        }
        if let Some(s) = start {
            out.push((s, end));
        }
        out
    }

    /// [`split_long`] as first written: characters counted whatever the length.
    fn split_long_by_definition(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
        use unicode_segmentation::UnicodeSegmentation;
        let para = &text[start..end];
        if para.chars().count() <= MAX_CHARS {
            return vec![(start, end)];
        }
        let mut pieces = Vec::new();
        let mut piece_start: Option<usize> = None;
        let mut piece_chars = 0;
        let mut piece_end = start;
        for (at, sentence) in para.split_sentence_bound_indices() {
            let s_start = start + at;
            let s_chars = sentence.chars().count();
            if piece_start.is_some() && piece_chars + s_chars > TARGET_CHARS {
                pieces.push((piece_start.take().unwrap_or(start), piece_end));
                piece_chars = 0;
            }
            if s_chars > MAX_CHARS {
                cut_at_spaces(text, s_start, s_start + sentence.len(), &mut pieces);
                continue;
            }
            piece_start.get_or_insert(s_start);
            piece_chars += s_chars;
            piece_end = s_start + sentence.len();
        }
        if let Some(s) = piece_start {
            pieces.push((s, piece_end));
        }
        pieces
            .into_iter()
            .filter_map(|(a, b)| trim(text, a, b))
            .collect()
    }

    /// Text of paragraphs of any length: words and sentence ends, line breaks of both
    /// kinds, white space ASCII does not have, Polish and Hangul; or ASCII only (cut
    /// by accord's own sentence boundaries), with sentences long enough to be cut at
    /// spaces.
    fn paragraph_text() -> impl Strategy<Value = String> {
        let mixed = prop_oneof![
            8 => "[a-zA-Z]{1,9}",
            4 => Just(" ".to_string()),
            2 => "[.!?,;:\"()-]{1,2} ",
            1 => "[ąłżĄŁ가-힣’“”]{1,3}",
            1 => prop::sample::select(vec![
                "\n", "\r\n", "\n\n", " \n \t\n", "\u{a0}", "\u{2003}", "\u{3000}\n",
                "\u{85}", "\u{2028}",
            ])
            .prop_map(str::to_string),
            1 => ".{1,2}",
        ];
        let ascii = prop_oneof![
            40 => "[a-zA-Z]{1,9}",
            20 => Just(" ".to_string()),
            1 => "[.!?,;:\"()-]{1,2} ",
            1 => "[\r\n\t]{1,2}",
        ];
        prop_oneof![
            prop::collection::vec(mixed, 0..1200).prop_map(|p| p.concat()),
            prop::collection::vec(ascii, 0..1500).prop_map(|p| p.concat()),
        ]
    }

    proptest! {
        #[test]
        fn paragraphs_and_pieces_are_as_by_definition(text in paragraph_text()) {
            let paras = paragraphs(&text);
            prop_assert_eq!(&paras, &paragraphs_by_definition(&text));
            let starts: Vec<usize> = std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect();
            prop_assert_eq!(&LineIndex::new(&text).starts, &starts);
            // The whole text as one paragraph too, so that long ones are common.
            let whole = trim(&text, 0, text.len()).into_iter();
            for (a, b) in paras.into_iter().chain(whole) {
                let pieces = split_long(&text, a, b);
                prop_assert_eq!(&pieces, &split_long_by_definition(&text, a, b));
                for &(x, y) in &pieces {
                    prop_assert!(a <= x && x < y && y <= b);
                    prop_assert!(text[x..y].chars().count() <= MAX_CHARS);
                    prop_assert_eq!(text[x..y].trim(), &text[x..y]);
                }
                // Only white space between and around pieces.
                let mut at = a;
                for &(x, y) in &pieces {
                    prop_assert!(text[at..x].trim().is_empty());
                    at = y;
                }
                prop_assert!(text[at..b].trim().is_empty());
            }
        }
    }

    proptest! {
        #[test]
        fn the_line_cursor_finds_the_lines_of_the_index(
            text in "[a\n]{0,60}",
            spans in prop::collection::vec((0..70usize, 0..5usize), 0..12),
            sorted in any::<bool>(),
        ) {
            let index = LineIndex::new(&text);
            let mut spans: Vec<(usize, usize)> = spans
                .into_iter()
                .map(|(a, n)| (a.min(text.len()), (a + n).min(text.len())))
                .collect();
            if sorted {
                spans.sort();
            }
            let mut cursor = index.cursor();
            for (a, b) in spans {
                prop_assert_eq!(cursor.span(a, b), index.span(a, b));
            }
        }
    }

    #[test]
    fn paragraphs_of_edge_cases_are_as_by_definition() {
        for text in [
            "",
            "\n",
            "a",
            "a\n",
            "\n\na",
            " \r\n",
            "a\n\u{85}\nb",
            "\u{3000}a\u{3000}\n\n",
        ] {
            assert_eq!(paragraphs(text), paragraphs_by_definition(text), "{text:?}");
        }
    }

    #[test]
    fn long_paragraphs_split_at_sentences_and_cover_the_text() {
        let sentence = "The two leaders agreed to cooperate on semiconductors and batteries. ";
        let para = sentence.repeat(60);
        let text = format!("Intro\n\n{}\n", para.trim_end());
        let (a, b) = paragraphs(&text)[1];
        let pieces = split_long(&text, a, b);
        assert!(pieces.len() > 1);
        for &(x, y) in &pieces {
            let piece = &text[x..y];
            assert!(piece.chars().count() <= MAX_CHARS);
            assert!(
                piece.starts_with("The two") && piece.ends_with("batteries."),
                "{piece}"
            );
        }
        assert_eq!(pieces.first().unwrap().0, a);
        assert_eq!(pieces.last().unwrap().1, b);
    }

    #[test]
    fn paragraphs_are_cut_by_characters_not_bytes() {
        let sentence = "Both sides agreed. ";
        for (para, cut) in [
            ("a".repeat(MAX_CHARS), false),
            (format!("{}x", &sentence.repeat(80)[..MAX_CHARS]), true),
            ("ł".repeat(MAX_CHARS), false),
            (
                format!("{}ł", sentence.repeat(80)[..MAX_CHARS - 1].trim_end()),
                false,
            ),
            ("Obie strony się zgodziły. ".repeat(60), true),
        ] {
            let para = para.trim();
            let pieces = split_long(para, 0, para.len());
            assert_eq!(pieces.len() > 1, cut, "{} chars", para.chars().count());
            assert_eq!(pieces, split_long_by_definition(para, 0, para.len()));
        }
    }

    #[test]
    fn a_sentence_without_end_is_cut_at_spaces() {
        let text = "word ".repeat(1000);
        let pieces = split_long(&text, 0, text.trim_end().len());
        assert!(pieces.len() >= 5);
        assert!(pieces.iter().all(|&(a, b)| !text[a..b].starts_with(' ')));
    }
}
