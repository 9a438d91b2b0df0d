//! PDF files with a text layer: each page's lines in reading order, re-joined into
//! paragraphs, running headers, footers and page numbers set aside.
//!
//! The text comes from pdf_oxide (pure Rust; reads CID fonts through their ToUnicode
//! maps, which pdf-extract left empty and lopdf alone garbles; it costs about a minute
//! of a clean release build, the price of reading Korean and Polish PDFs without an
//! external program). Its lines come with their boxes; everything after that is ours:
//!
//! - **Running lines**: a line among the first or last two of a page that recurs, digits
//!   aside, on at least half the pages (two at least) is a running header or footer;
//!   "3", "– 3 –", "Page 3 of 9", "Strona 3 z 9" there are page numbers.
//! - **Paragraphs**: lines are joined until a gap wider than the document's line
//!   spacing (the smallest gap that recurs; the type size when every line is a
//!   sentence of its own) or a change of type size; larger type is a heading, and the first heading
//!   lines of the first page are the title. A paragraph that runs on to the next page
//!   (no sentence end, the next page starting in lower case, or in Hangul after Hangul)
//!   is one block over two.
//! - **Hyphenation**: `współ-` + `pracy` is `współpracy` (lower case on both sides),
//!   unless the document writes the hyphenated form elsewhere (`cross-border`);
//!   `ROK-` + `EU` keeps its hyphen.
//!
//! Positions: a block's [`Pages`] are its first and last page; its lines are counted
//! within the page from its first line (running headers included, as a reader counts
//! them), `line_end` on the last page. Its bytes count in the document's text as
//! `pdftotext` would print it (lines joined by `\n`, pages by form feeds): a PDF has
//! no byte offsets a reader could use.
//!
//! Metadata: the Info dictionary's title when it is one (not "Microsoft Word -
//! x.docx" or a file name), else the title lines; the creation date only when no
//! date line ([`BlockKind::Dateline`]) is in the text, which `corpus` reads first.
//!
//! A scanned PDF (no text), an encrypted one (a password to open it), a damaged one or
//! one over the limits ([`MAX_PAGES`], [`MAX_SECONDS`], [`MAX_BYTES`]) is refused with
//! its [`Unreadable`] reason; a panic inside the parser is caught here and reported as
//! damage, never passed on, and not printed by the panic hook either (`parser`): the
//! user reads one "damaged file" line, not a crash report with a backtrace.

use std::cell::Cell;
use std::collections::HashSet;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Once;
use std::time::{Duration, Instant};

use super::{Block, BlockKind, Extraction, Format, Found, Metadata, Pages, TextRelation};
use crate::corpus::chrome::Reason;
use crate::corpus::decode::Unreadable;
use crate::corpus::passage::SourceSpan;

/// Larger PDF files are refused.
pub const MAX_BYTES: usize = 256 << 20;
/// PDFs with more pages are refused.
pub const MAX_PAGES: usize = 5000;
/// Reading a PDF stops with an error after this long.
pub const MAX_SECONDS: u64 = 120;
/// Arrays and dictionaries nested deeper are refused: pdf_oxide's parser recurses once
/// per level with no limit of its own, so a file of `[[[[...` would overflow the stack
/// (ISO 32000 suggests 100 levels at most; real files nest a handful).
pub const MAX_NESTING: usize = 256;

/// One line of a page, as laid out.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    /// The line's text.
    pub text: String,
    /// Where it is down the page, in points (only differences between lines count).
    pub top: f32,
    /// Its height, in points: the type size, near enough.
    pub height: f32,
}

/// What the Info dictionary says.
#[derive(Debug, Default)]
struct Info {
    title: Option<String>,
    created: Option<String>,
    author: Option<String>,
}

/// Extracts the text blocks and metadata of a PDF; see the module documentation.
pub fn extract(bytes: &[u8]) -> Result<Extraction, Unreadable> {
    if bytes.len() > MAX_BYTES {
        return Err(Unreadable::TooLarge(format!(
            "{} MB; accord reads PDF files up to {} MB",
            bytes.len() >> 20,
            MAX_BYTES >> 20
        )));
    }
    if !bytes.windows(5).take(1024).any(|w| w == b"%PDF-") {
        return Err(Unreadable::Damaged("no PDF header".into()));
    }
    if nesting_over(bytes, MAX_NESTING) {
        return Err(Unreadable::Damaged(format!(
            "arrays or dictionaries nested more than {MAX_NESTING} levels deep"
        )));
    }
    let (pages, info) = match catch_unwind(AssertUnwindSafe(|| read(bytes))) {
        Ok(read) => read?,
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| first_line(s))
                .or_else(|| panic.downcast_ref::<String>().map(|s| first_line(s)))
                .unwrap_or_else(|| "no reason given".into());
            return Err(Unreadable::Damaged(format!("the PDF parser failed: {why}")));
        }
    };
    check_text_layer(&pages)?;
    let blocks = layout(&pages);
    let meta = metadata(&info, &blocks);
    Ok(Extraction {
        blocks,
        meta,
        relation: TextRelation::Extracted {
            format: Format::Pdf,
        },
    })
}

/// Whether arrays and dictionaries in the file's own bytes nest deeper than `limit`.
/// Stream data, strings and comments are skipped; objects inside compressed object
/// streams are not seen here (pdf_oxide decompresses those itself).
fn nesting_over(bytes: &[u8], limit: usize) -> bool {
    let mut depth = 0usize;
    let mut i = 0;
    let n = bytes.len();
    let delimiter = |b: u8| b.is_ascii_whitespace() || b == b'>' || b == b']';
    while i < n {
        match bytes[i] {
            b'%' => {
                while i < n && bytes[i] != b'\n' && bytes[i] != b'\r' {
                    i += 1;
                }
            }
            b'(' => {
                let mut open = 0usize;
                while i < n {
                    match bytes[i] {
                        b'\\' => i += 1,
                        b'(' => open += 1,
                        b')' => {
                            open -= 1;
                            if open == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'<' if bytes.get(i + 1) == Some(&b'<') => {
                depth += 1;
                i += 1;
            }
            b'<' => {
                while i < n && bytes[i] != b'>' {
                    i += 1;
                }
            }
            b'>' if bytes.get(i + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b'[' => depth += 1,
            b']' => depth = depth.saturating_sub(1),
            b's' if bytes[i..].starts_with(b"stream") && (i == 0 || delimiter(bytes[i - 1])) => {
                match memchr::memmem::find(&bytes[i + 6..], b"endstream") {
                    Some(end) => i += 6 + end + 8,
                    None => return false,
                }
            }
            _ => {}
        }
        if depth > limit {
            return true;
        }
        i += 1;
    }
    false
}

thread_local! {
    /// Whether this thread is inside a call into the PDF parser ([`parser`]).
    static IN_PARSER: Cell<bool> = const { Cell::new(false) };
}

/// Calls into the PDF parser. A panic in it unwinds to [`extract`], which reports the
/// file as damaged; the panic hook stays quiet about it (installed once, it passes every
/// other panic, of this thread outside the parser or of any other thread, to the hook
/// that was there before).
fn parser<T>(call: impl FnOnce() -> T) -> T {
    static QUIET_HOOK: Once = Once::new();
    QUIET_HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !IN_PARSER.with(Cell::get) {
                previous(info);
            }
        }));
    });
    /// Restores the flag when the call returns or unwinds.
    struct Leave(bool);
    impl Drop for Leave {
        fn drop(&mut self) {
            IN_PARSER.with(|c| c.set(self.0));
        }
    }
    let _leave = Leave(IN_PARSER.with(|c| c.replace(true)));
    call()
}

/// Every page's lines, top to bottom, and the Info dictionary.
fn read(bytes: &[u8]) -> Result<(Vec<Vec<Line>>, Info), Unreadable> {
    let started = Instant::now();
    let damaged = |e: pdf_oxide::Error| Unreadable::Damaged(first_line(&e.to_string()));
    let doc = parser(|| pdf_oxide::PdfDocument::from_bytes(bytes.to_vec())).map_err(|e| {
        let msg = e.to_string();
        if msg.to_ascii_lowercase().contains("encrypt") || msg.contains("password") {
            Unreadable::Encrypted
        } else {
            Unreadable::Damaged(first_line(&msg))
        }
    })?;
    // A PDF encrypted only against editing opens with the empty password.
    if parser(|| doc.is_encrypted() && !matches!(doc.authenticate(b""), Ok(true))) {
        return Err(Unreadable::Encrypted);
    }
    let count = parser(|| doc.page_count()).map_err(damaged)?;
    if count == 0 {
        return Err(Unreadable::Damaged("no readable pages".into()));
    }
    if count > MAX_PAGES {
        return Err(Unreadable::TooLarge(format!(
            "{count} pages; accord reads PDFs of up to {MAX_PAGES} pages"
        )));
    }
    let info = parser(|| info(&doc));
    let mut pages = Vec::with_capacity(count);
    let mut failed = 0;
    let mut last_error = None;
    for index in 0..count {
        if started.elapsed() > Duration::from_secs(MAX_SECONDS) {
            return Err(Unreadable::TooLarge(format!(
                "more than {MAX_SECONDS} s to read; stopped at page {} of {count}",
                index + 1
            )));
        }
        match parser(|| doc.extract_text_lines(index)) {
            Ok(lines) => {
                // In pdf_oxide's reading order (columns one after the other); its
                // y grows up the page.
                let page: Vec<Line> = lines
                    .into_iter()
                    .filter(|l| !l.text.trim().is_empty())
                    .map(|l| Line {
                        text: clean(&l.text),
                        top: -l.bbox.y,
                        height: l.bbox.height.abs(),
                    })
                    .collect();
                pages.push(page);
            }
            Err(e) => {
                failed += 1;
                last_error = Some(e.to_string());
                pages.push(Vec::new());
            }
        }
    }
    if count > 0 && failed == count {
        let why = last_error.unwrap_or_default();
        return Err(Unreadable::Damaged(first_line(&why)));
    }
    Ok((pages, info))
}

fn first_line(msg: &str) -> String {
    let line = msg.lines().next().unwrap_or("").trim();
    let short: String = line.chars().take(160).collect();
    if short.is_empty() {
        "unreadable structure".into()
    } else {
        short
    }
}

/// A line's text with its spaces collapsed and invisible characters gone.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(|c: char| c.is_whitespace()) {
        let word: String = word
            .chars()
            .filter(|c| !matches!(c, '\u{200b}' | '\u{feff}') && !c.is_control())
            .collect();
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// A PDF whose pages give no text is a scan; one whose text is mostly characters no
/// font maps to Unicode cannot be read either.
fn check_text_layer(pages: &[Vec<Line>]) -> Result<(), Unreadable> {
    let mut letters = 0usize;
    let mut unmapped = 0usize;
    for line in pages.iter().flatten() {
        for c in line.text.chars() {
            if c.is_whitespace() {
                continue;
            }
            letters += 1;
            if c == '\u{fffd}' || ('\u{e000}'..='\u{f8ff}').contains(&c) {
                unmapped += 1;
            }
        }
    }
    if letters < 16 {
        return Err(Unreadable::NoTextLayer);
    }
    if unmapped * 4 > letters {
        return Err(Unreadable::Damaged(
            "its fonts do not map their characters to Unicode, so its text cannot be read; \
             run OCR on it"
                .into(),
        ));
    }
    Ok(())
}

fn info(doc: &pdf_oxide::PdfDocument) -> Info {
    let Some(dict) = doc
        .trailer()
        .as_dict()
        .and_then(|d| d.get("Info").cloned())
        .and_then(|i| doc.resolve_object(&i).ok())
    else {
        return Info::default();
    };
    let Some(dict) = dict.as_dict() else {
        return Info::default();
    };
    let text = |key: &str| -> Option<String> {
        let value = doc.resolve_object(dict.get(key)?).ok()?;
        let s = pdf_text_string(value.as_string()?);
        let s = clean(&s);
        (!s.is_empty()).then_some(s)
    };
    Info {
        title: text("Title"),
        created: text("CreationDate").and_then(|d| pdf_date(&d)),
        author: text("Author"),
    }
}

/// What PDFDocEncoding's bytes 0x80 to 0x9F stand for (PDF 32000-1, Annex D): the
/// punctuation and letters Latin-1 keeps control codes at there. Word and other
/// writers put a title's dash (0x85) and Polish `Ł`/`ł` (0x95, 0x9B) in them.
const PDF_DOC_HIGH: [char; 32] = [
    '•', '†', '‡', '…', '—', '–', 'ƒ', '⁄', '‹', '›', '−', '‰', '„', '“', '”', '‘', '’', '‚', '™',
    'ﬁ', 'ﬂ', 'Ł', 'Œ', 'Š', 'Ÿ', 'Ž', 'ı', 'ł', 'œ', 'š', 'ž', '\u{FFFD}',
];

/// A byte of PDFDocEncoding as a character: Latin-1 but for 0x80 to 0x9F
/// ([`PDF_DOC_HIGH`]) and the euro sign at 0xA0.
fn pdf_doc_char(b: u8) -> char {
    match b {
        0x80..=0x9F => PDF_DOC_HIGH[usize::from(b - 0x80)],
        0xA0 => '€',
        _ => char::from(b),
    }
}

/// A PDF text string: UTF-16 with a byte-order mark, UTF-8, else PDFDocEncoding.
fn pdf_text_string(bytes: &[u8]) -> String {
    let utf16 = |be: bool| {
        let units: Vec<u16> = bytes[2..]
            .chunks_exact(2)
            .map(|p| {
                if be {
                    u16::from_be_bytes([p[0], p[1]])
                } else {
                    u16::from_le_bytes([p[0], p[1]])
                }
            })
            .collect();
        String::from_utf16_lossy(&units)
    };
    match bytes {
        [0xFE, 0xFF, ..] => utf16(true),
        [0xFF, 0xFE, ..] => utf16(false),
        [0xEF, 0xBB, 0xBF, rest @ ..] => String::from_utf8_lossy(rest).into_owned(),
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => s.to_string(),
            Err(_) => bytes.iter().map(|&b| pdf_doc_char(b)).collect(),
        },
    }
}

/// `D:20230630120000+02'00'` -> `2023-06-30`.
fn pdf_date(value: &str) -> Option<String> {
    let digits: String = value
        .trim()
        .trim_start_matches("D:")
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    if digits.len() < 8 {
        return None;
    }
    let (y, m, d) = (&digits[..4], &digits[4..6], &digits[6..8]);
    let (yn, mn, dn): (u32, u32, u32) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    ((1900..=2100).contains(&yn) && (1..=12).contains(&mn) && (1..=31).contains(&dn))
        .then(|| format!("{y}-{m}-{d}"))
}

/// Whether an Info title says what the document is (not "Microsoft Word - x.docx").
fn meaningful_title(title: &str) -> bool {
    let t = title.trim();
    let lower = t.to_lowercase();
    const GENERATED: &[&str] = &[
        "microsoft word",
        "microsoft powerpoint",
        "microsoft excel",
        "untitled",
        "제목 없음",
        "제목없음",
        "bez tytułu",
        "document",
        "slide 1",
        "powerpoint presentation",
        "pdf",
    ];
    const EXTENSIONS: &[&str] = &[
        ".doc", ".docx", ".pdf", ".hwp", ".hwpx", ".odt", ".rtf", ".indd", ".ppt", ".pptx", ".xls",
        ".xlsx", ".txt", ".tex", ".dvi",
    ];
    t.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !GENERATED.iter().any(|g| lower.starts_with(g))
        && !EXTENSIONS.iter().any(|e| lower.ends_with(e))
        && !(!t.contains(' ') && (t.contains('_') || t.contains('.')))
}

/// `– 3 –`, `3`, `Page 3 of 9`, `Strona 3 z 9`, `- 3 / 9 -`, `3쪽`.
fn is_page_number(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut rest = lower.as_str().trim();
    for word in ["page", "strona", "str.", "페이지", "p."] {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r.trim_start();
        }
    }
    let words: Vec<&str> = rest
        .split(|c: char| {
            c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '|' | '(' | ')' | '[' | ']')
        })
        .filter(|w| !w.is_empty())
        .collect();
    let numbers = words
        .iter()
        .filter(|w| w.trim_end_matches('쪽').chars().all(|c| c.is_ascii_digit()) && !w.is_empty())
        .count();
    (1..=2).contains(&numbers)
        && words.iter().all(|w| {
            w.trim_end_matches('쪽').chars().all(|c| c.is_ascii_digit())
                || matches!(*w, "of" | "z" | "из")
        })
        && text.chars().count() <= 24
}

/// A line's text with digits folded, to find the same line on every page.
fn running_key(text: &str) -> String {
    let mut key = String::with_capacity(text.len());
    let mut last_digit = false;
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_digit() {
            if !last_digit {
                key.push('#');
            }
            last_digit = true;
        } else {
            last_digit = false;
            if !c.is_whitespace() {
                key.push(c);
            }
        }
    }
    key
}

/// How many lines at each end of a page may be running lines.
const EDGE_LINES: usize = 2;

/// Which lines of each page are running headers, footers or page numbers.
fn running_lines(pages: &[Vec<Line>]) -> Vec<Vec<Option<Reason>>> {
    let edges = |page: &Vec<Line>| {
        let n = page.len();
        let top = 0..n.min(EDGE_LINES);
        let bottom = n.saturating_sub(EDGE_LINES).max(top.end)..n;
        (top, bottom)
    };
    let mut top_counts: std::collections::HashMap<String, usize> = Default::default();
    let mut bottom_counts: std::collections::HashMap<String, usize> = Default::default();
    for page in pages {
        let (top, bottom) = edges(page);
        let mut seen = HashSet::new();
        for i in top {
            if seen.insert(running_key(&page[i].text)) {
                *top_counts.entry(running_key(&page[i].text)).or_default() += 1;
            }
        }
        let mut seen = HashSet::new();
        for i in bottom {
            if seen.insert(running_key(&page[i].text)) {
                *bottom_counts.entry(running_key(&page[i].text)).or_default() += 1;
            }
        }
    }
    let with_text = pages.iter().filter(|p| !p.is_empty()).count();
    let needed = 2.max(with_text.div_ceil(2));
    pages
        .iter()
        .map(|page| {
            let (top, bottom) = edges(page);
            (0..page.len())
                .map(|i| {
                    let at_top = top.contains(&i);
                    let at_bottom = bottom.contains(&i);
                    if !at_top && !at_bottom {
                        return None;
                    }
                    if is_page_number(&page[i].text) {
                        return Some(Reason::PageNumber);
                    }
                    let key = running_key(&page[i].text);
                    if at_top && top_counts.get(&key).is_some_and(|&n| n >= needed) {
                        Some(Reason::RunningHeader)
                    } else if at_bottom && bottom_counts.get(&key).is_some_and(|&n| n >= needed) {
                        Some(Reason::RunningFooter)
                    } else {
                        None
                    }
                })
                .collect()
        })
        .collect()
}

/// The value a `share` of `values` are at or below (0 when there are none).
fn quantile(mut values: Vec<f32>, share: f32) -> f32 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(|a, b| a.total_cmp(b));
    values[((values.len() - 1) as f32 * share) as usize]
}

/// The document's line spacing, from the gaps between consecutive body lines: the
/// smallest gap that recurs (a tenth of the gaps, two at least, within 10% of it).
/// Neither the usual gap nor a quantile will do: in a document of one-line paragraphs
/// most gaps are between paragraphs. When every gap is alike, gaps alone cannot tell
/// lines from paragraphs; they are paragraph gaps (the spacing is then the type size,
/// 0 here: the caller floors it there) when they are [`PARAGRAPH_GAP`] times the type
/// `size` or more, or when nearly all the lines above them end a sentence
/// (`sentence_ends` of them).
fn line_spacing(gaps: &[f32], sentence_ends: usize, size: f32) -> f32 {
    let mut sorted = gaps.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let Some(&smallest) = sorted.first() else {
        return 0.0;
    };
    let support = 2.max(sorted.len().div_ceil(10)).min(sorted.len());
    let spacing = (0..sorted.len())
        .map(|i| sorted[i])
        .find(|&g| {
            let from = sorted.partition_point(|&x| x < g);
            let to = sorted.partition_point(|&x| x <= g * 1.1);
            to - from >= support
        })
        .unwrap_or(smallest);
    let alike = sorted.last().is_some_and(|&l| l <= spacing * 1.1);
    let paragraph_gaps = spacing >= size * PARAGRAPH_GAP || sentence_ends * 10 >= sorted.len() * 8;
    if alike && sorted.len() >= 3 && paragraph_gaps {
        0.0
    } else {
        spacing
    }
}

/// Lines one under the other this many times their type size apart, or more, are
/// not lines of one paragraph: type is set at 1.15 to 1.6 times its size (Word's
/// single spacing, reportlab's default, the 160% of Korean government documents). A
/// paragraph set at double spacing, with no smaller gap in the whole document, is
/// read as one paragraph a line.
const PARAGRAPH_GAP: f32 = 1.75;

/// Whether a line ends a sentence: `.`, `?`, `!` (a Korean one in `다.`, or `다`
/// alone), a closing quote or bracket after one.
fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(['"', '”', '’', '\'', ')', '」', '』']);
    t.ends_with(['.', '?', '!', '。', '다'])
}

/// Words written with a hyphen and without, as the document spells them.
struct Vocabulary {
    words: HashSet<String>,
}

impl Vocabulary {
    fn of(pages: &[Vec<Line>]) -> Vocabulary {
        let mut words = HashSet::new();
        for line in pages.iter().flatten() {
            for w in line.text.split_whitespace() {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                if !w.is_empty() {
                    words.insert(w.to_lowercase());
                }
            }
        }
        Vocabulary { words }
    }

    fn has(&self, word: &str) -> bool {
        self.words.contains(&word.to_lowercase())
    }
}

/// Appends line `next` to a paragraph, undoing end-of-line hyphenation.
fn join_line(text: &mut String, next: &str, vocabulary: &Vocabulary) {
    if text.is_empty() {
        text.push_str(next);
        return;
    }
    let ends_hyphen = text.ends_with('-') || text.ends_with('\u{ad}');
    if !ends_hyphen {
        text.push(' ');
        text.push_str(next);
        return;
    }
    let hyphen = text.pop().expect("ends with a hyphen");
    let before: String = text
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    let lower_both = before.chars().last().is_some_and(char::is_lowercase)
        && after.chars().next().is_some_and(char::is_lowercase);
    let hyphenated = format!("{before}-{after}");
    let keep = hyphen == '-'
        && (!lower_both
            || (vocabulary.has(&hyphenated) && !vocabulary.has(&format!("{before}{after}"))));
    if keep {
        text.push('-');
    }
    text.push_str(next);
}

/// A block being built.
struct Building {
    text: String,
    kind: BlockKind,
    reason: Option<Reason>,
    page: u32,
    line: usize,
    end_page: u32,
    end_line: usize,
    byte_start: usize,
    byte_end: usize,
}

impl Building {
    fn finish(self) -> Block {
        Block {
            text: self.text,
            kind: self.kind,
            span: SourceSpan {
                byte_start: self.byte_start,
                byte_end: self.byte_end,
                line_start: self.line,
                line_end: self.end_line,
            },
            pages: Some(Pages {
                start: self.page,
                end: self.end_page,
            }),
            set_aside: self.reason,
        }
    }
}

/// The blocks of the document's pages; see the module documentation.
pub(crate) fn layout(pages: &[Vec<Line>]) -> Vec<Block> {
    let running = running_lines(pages);
    let vocabulary = Vocabulary::of(pages);
    let body: Vec<&Line> = pages
        .iter()
        .zip(&running)
        .flat_map(|(p, r)| p.iter().zip(r).filter(|(_, r)| r.is_none()).map(|(l, _)| l))
        .collect();
    // The body type size is the one most characters are set in.
    let size = quantile(
        body.iter()
            .flat_map(|l| std::iter::repeat_n(l.height, l.text.chars().count().min(200)))
            .collect(),
        0.5,
    );
    let mut gaps = Vec::new();
    let mut sentence_ends = 0usize;
    for page in pages {
        for w in page.windows(2) {
            let near = |h: f32| (h - size).abs() <= size * 0.15;
            if near(w[0].height) && near(w[1].height) && w[1].top > w[0].top {
                gaps.push(w[1].top - w[0].top);
                sentence_ends += usize::from(ends_sentence(&w[0].text));
            }
        }
    }
    let spacing = line_spacing(&gaps, sentence_ends, size).max(size);
    let heading_level = |h: f32| -> Option<u8> {
        if size <= 0.0 || h < size * 1.2 {
            None
        } else if h >= size * 1.5 {
            Some(1)
        } else {
            Some(2)
        }
    };

    let mut blocks: Vec<Block> = Vec::new();
    let mut offset = 0usize;
    for (p, (page, reasons)) in pages.iter().zip(&running).enumerate() {
        let page_no = p as u32 + 1;
        let mut current: Option<Building> = None;
        let mut prev: Option<&Line> = None;
        for (i, (line, reason)) in page.iter().zip(reasons).enumerate() {
            let start = offset;
            offset += line.text.len() + 1;
            if let Some(reason) = *reason {
                if let Some(b) = current.take() {
                    blocks.push(b.finish());
                }
                blocks.push(
                    Building {
                        text: line.text.clone(),
                        kind: BlockKind::Other,
                        reason: Some(reason),
                        page: page_no,
                        line: i + 1,
                        end_page: page_no,
                        end_line: i + 1,
                        byte_start: start,
                        byte_end: start + line.text.len(),
                    }
                    .finish(),
                );
                prev = None;
                continue;
            }
            let level = heading_level(line.height);
            let kind = match level {
                Some(l) => BlockKind::Heading(l),
                None => BlockKind::Paragraph,
            };
            let breaks = match (&current, prev) {
                (Some(b), Some(prev)) => {
                    let gap = line.top - prev.top;
                    b.kind != kind
                        // Back up the page: the next column.
                        || gap < 0.0
                        || gap > spacing * 1.45 * (prev.height.max(line.height) / size)
                        || (prev.height - line.height).abs() > size * 0.15
                }
                _ => true,
            };
            if breaks {
                if let Some(b) = current.take() {
                    blocks.push(b.finish());
                }
                current = Some(Building {
                    text: String::new(),
                    kind,
                    reason: None,
                    page: page_no,
                    line: i + 1,
                    end_page: page_no,
                    end_line: i + 1,
                    byte_start: start,
                    byte_end: start,
                });
            }
            let b = current.as_mut().expect("set above");
            join_line(&mut b.text, &line.text, &vocabulary);
            b.end_line = i + 1;
            b.byte_end = start + line.text.len();
            prev = Some(line);
        }
        if let Some(b) = current.take() {
            blocks.push(b.finish());
        }
        offset += 1; // the form feed between pages
    }

    for b in &mut blocks {
        if b.set_aside.is_none()
            && b.text.chars().count() <= 80
            && super::html::is_dateline(&b.text)
        {
            b.kind = BlockKind::Dateline;
            b.set_aside = Some(Reason::Dateline);
        }
    }
    // The first heading of the first page with text is the title.
    if let Some(b) = blocks.iter_mut().find(|b| b.set_aside.is_none()) {
        if b.kind.is_heading() && b.pages.is_some_and(|p| p.start <= 2) {
            b.kind = BlockKind::Title;
        }
    }
    join_across_pages(blocks)
}

/// Joins a paragraph cut by a page break: the page's last paragraph has no sentence end
/// and the next page's first one starts in lower case (or, Korean, in Hangul after
/// Hangul). The joined block's `line_end` is a line of its last page (see [`Pages`]).
fn join_across_pages(blocks: Vec<Block>) -> Vec<Block> {
    let vocabulary = Vocabulary {
        words: HashSet::new(),
    };
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    let mut last_content: Option<usize> = None;
    for block in blocks {
        if block.set_aside.is_some() {
            out.push(block);
            continue;
        }
        if let Some(i) = last_content {
            let prev = &out[i];
            let (pp, np) = (
                prev.pages.map_or(0, |p| p.end),
                block.pages.map_or(0, |p| p.start),
            );
            let open = !prev.text.ends_with(|c: char| {
                matches!(c, '.' | '!' | '?' | ':' | ';' | '"' | '”' | ')' | '다')
            });
            // Hangul has no case: a Korean paragraph goes on when its page ended
            // mid-sentence (`open`) and the next page starts with Hangul too.
            let first = block.text.chars().next();
            let continues = first.is_some_and(char::is_lowercase)
                || (first.is_some_and(is_hangul)
                    && prev
                        .text
                        .chars()
                        .rev()
                        .find(|c| c.is_alphanumeric())
                        .is_some_and(is_hangul));
            if np == pp + 1
                && prev.kind == BlockKind::Paragraph
                && block.kind == BlockKind::Paragraph
                && open
                && continues
            {
                let prev = &mut out[i];
                join_line(&mut prev.text, &block.text, &vocabulary);
                prev.pages = Some(Pages {
                    start: prev.pages.map_or(np, |p| p.start),
                    end: np,
                });
                prev.span.line_end = block.span.line_end;
                prev.span.byte_end = block.span.byte_end;
                continue;
            }
        }
        last_content = Some(out.len());
        out.push(block);
    }
    out
}

/// A Hangul syllable or letter.
fn is_hangul(c: char) -> bool {
    matches!(c, '\u{ac00}'..='\u{d7a3}' | '\u{1100}'..='\u{11ff}' | '\u{3130}'..='\u{318f}')
}

fn metadata(info: &Info, blocks: &[Block]) -> Metadata {
    let title = info
        .title
        .as_ref()
        .filter(|t| meaningful_title(t))
        .map(|t| Found::metadata(t.clone(), "PDF Info"))
        .or_else(|| {
            blocks
                .iter()
                .find(|b| b.kind == BlockKind::Title)
                .map(|b| Found::text(b.text.clone()))
        });
    let has_dateline = blocks.iter().any(|b| b.kind == BlockKind::Dateline);
    let date = if has_dateline {
        None
    } else {
        info.created
            .clone()
            .map(|d| Found::metadata(d, "PDF Info CreationDate"))
    };
    let mut fields = Vec::new();
    if let Some(author) = &info.author {
        fields.push(("author".to_string(), author.clone()));
    }
    if let Some(created) = &info.created {
        fields.push(("created".to_string(), created.clone()));
    }
    Metadata {
        title,
        date,
        publisher: None,
        lang: None,
        fields,
    }
}

#[cfg(test)]
mod tests;
