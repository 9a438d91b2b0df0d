//! Web-page chrome: telling the statement from the page it was published on.
//!
//! Statements republished on the web arrive with navigation, breadcrumbs, "skip to
//! content", links to other articles, cookie banners and comment forms. They are
//! recognised by general rules, never by strings from a particular file:
//!
//! 1. **Phrase rules**, anywhere in the text: short blocks that open with or consist of
//!    the stock phrases of web templates in the three languages (skip links, "see also"
//!    teasers, related-article headings, cookie, privacy and comment-form notices,
//!    share buttons, bylines) and structural patterns (bullet lists of short items,
//!    `Home » Section` breadcrumbs).
//! 2. **Page header**: the blocks before the first prose paragraph are split into lines;
//!    the longest short line there is the title, and what comes before the title (site
//!    name, section labels) is header chrome.
//! 3. **Page footer**: after the last prose paragraph, blocks of short lines without
//!    sentence punctuation are link lists ("More information", related pages).
//!
//! What is set aside is kept with its reason so a user can audit it (`accord docs
//! --set-aside`); repeated blocks (a title printed three times) are kept once.
//!
//! This runs over every paragraph of every file indexed, so a paragraph is read as
//! few times as the rules allow: one pass lower-cases and normalizes it line by line,
//! hashing lines and the whole to tell repeats, and counts what the rules ask (words,
//! Hangul letters, lines); the phrase lists are then matched by one walk of an
//! automaton over short blocks. Repeated blocks are found by hash and confirmed by
//! comparing their text, so nothing is dropped on a hash alone.

use rustc_hash::FxHashSet;

use crate::corpus::format::{html, BlockKind};

/// Why a block was set aside.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// "Skip to main content".
    SkipLink,
    /// A menu: bullets of short items.
    Navigation,
    /// `Home » Section » Page`, or `Label | Label`.
    Breadcrumb,
    /// Site name and section labels above the title.
    PageHeader,
    /// "by admin".
    Byline,
    /// "See also `<another article>`".
    SeeAlso,
    /// "You may also like", "Related posts".
    RelatedLinks,
    /// Cookie banner.
    CookieNotice,
    /// Privacy-policy link or notice.
    PrivacyNotice,
    /// Comment form and its notices.
    CommentForm,
    /// Share buttons.
    ShareLinks,
    /// Link lists after the text.
    FooterLinks,
    /// The site's header or masthead (HTML `header`, `role=banner`).
    Header,
    /// The site's footer (HTML `footer`, `role=contentinfo`).
    Footer,
    /// A sidebar or box beside the text (HTML `aside`, `role=complementary`).
    Aside,
    /// A form: search, login, subscription, feedback.
    Form,
    /// A button's label ("이미지 확대", "Print").
    Button,
    /// Text for browsers without scripts (`noscript`) or not rendered (`template`).
    Script,
    /// Hidden from readers (`hidden`, `aria-hidden`, `display:none`, screen-reader only).
    Hidden,
    /// Links to the previous and next article.
    PrevNext,
    /// An image's alternative text.
    AltText,
    /// A photo caption or credit ("사진=연합뉴스", "Photo: ...").
    PhotoCredit,
    /// A comment count ("댓글 0", "3 comments").
    CommentCount,
    /// A site-wide banner ("An official website of the United States government",
    /// "이 누리집은 대한민국 공식 전자정부 누리집입니다").
    SiteBanner,
    /// Page tools: print, text size, RSS, language switcher.
    PageTools,
    /// Outside the page's main content (a page without semantic tags, whose content
    /// container was found by text density).
    OutsideContent,
    /// A line that only states when the page was published or updated.
    Dateline,
    /// A line printed at the top of most pages of a PDF.
    RunningHeader,
    /// A line printed at the bottom of most pages of a PDF.
    RunningFooter,
    /// A page number.
    PageNumber,
    /// A line that is nothing but a web address (a printed page's footer, a link's
    /// target pasted with it).
    BareLink,
    /// "Ten artykuł przeczytasz w 4 minuty", "5 min read".
    ReadingTime,
    /// An advertisement's label ("REKLAMA", "Advertisement", "광고").
    Advertisement,
    /// An attached file's name ("보도자료.hwp", "Komunikat.pdf (245 KB)").
    Attachment,
    /// A disclaimer or licence notice ("The views expressed are not the official
    /// position of …", "… 공공누리 제1유형 … 이용할 수 있습니다").
    Disclaimer,
}

impl Reason {
    /// Short label shown to users.
    pub fn label(self) -> &'static str {
        match self {
            Reason::SkipLink => "skip link",
            Reason::Navigation => "navigation",
            Reason::Breadcrumb => "breadcrumb",
            Reason::PageHeader => "page header",
            Reason::Byline => "byline",
            Reason::SeeAlso => "see-also link",
            Reason::RelatedLinks => "related links",
            Reason::CookieNotice => "cookie notice",
            Reason::PrivacyNotice => "privacy notice",
            Reason::CommentForm => "comment form",
            Reason::ShareLinks => "share links",
            Reason::FooterLinks => "links after the text",
            Reason::Header => "site header",
            Reason::Footer => "site footer",
            Reason::Aside => "sidebar",
            Reason::Form => "form",
            Reason::Button => "button",
            Reason::Script => "noscript or template text",
            Reason::Hidden => "hidden text",
            Reason::PrevNext => "previous/next links",
            Reason::AltText => "image alt text",
            Reason::PhotoCredit => "photo caption or credit",
            Reason::CommentCount => "comment count",
            Reason::SiteBanner => "site banner",
            Reason::PageTools => "page tools",
            Reason::OutsideContent => "outside the main content",
            Reason::Dateline => "date line",
            Reason::RunningHeader => "running header",
            Reason::RunningFooter => "running footer",
            Reason::PageNumber => "page number",
            Reason::BareLink => "bare link",
            Reason::ReadingTime => "reading time",
            Reason::Advertisement => "advertisement",
            Reason::Attachment => "attachment",
            Reason::Disclaimer => "disclaimer or licence notice",
        }
    }
}

/// What a block of the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Part of the statement.
    Content,
    /// The title line (indexed as content).
    Title,
    /// Set aside.
    Chrome(Reason),
    /// The same text as an earlier block of the document.
    Duplicate,
}

/// A block of the page with its role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Byte offset of the start (inclusive).
    pub start: usize,
    /// Byte offset of the end (exclusive).
    pub end: usize,
    /// What it is.
    pub role: Role,
}

/// The page, classified.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Every block in order.
    pub blocks: Vec<Block>,
    /// The title found in the page header, if any.
    pub title: Option<String>,
}

const SKIP: &[&str] = &[
    "skip to main content",
    "skip to content",
    "skip to navigation",
    "skip navigation",
    "jump to content",
    "jump to navigation",
    "przejdź do treści",
    "przejdź do głównej treści",
    "przejdź do zawartości",
    "przejdź do menu",
    "본문 바로가기",
    "본문으로 바로가기",
    "주메뉴 바로가기",
    "메뉴 바로가기",
];
const RELATED: &[&str] = &[
    "you may also like",
    "you might also like",
    "related posts",
    "related articles",
    "related stories",
    "related news",
    "related content",
    "more stories",
    "more news",
    "read next",
    "recommended for you",
    "recommended articles",
    "popular posts",
    "most read",
    "most popular",
    "most viewed",
    "editor's picks",
    "editors' picks",
    "editor’s picks",
    "top stories",
    "trending now",
    "related media",
    "related publications",
    "related reports",
    "related items",
    "related resources",
    "related topics",
    "related events",
    "related links",
    "related documents",
    "related pages",
    "more from",
    "latest news",
    "in other news",
    "najnowsze wiadomości",
    "najnowsze artykuły",
    "więcej z kategorii",
    "관련뉴스",
    "관련 뉴스",
    "많이 본 기사",
    "인기뉴스",
    "주요뉴스",
    "최신뉴스",
    "추천뉴스",
    "podobne artykuły",
    "powiązane artykuły",
    "polecane artykuły",
    "najczęściej czytane",
    "najpopularniejsze",
    "polecamy",
    "zobacz również",
    "관련 기사",
    "관련기사",
    "많이 본 뉴스",
    "추천 기사",
    "인기 기사",
    "함께 볼만한 뉴스",
];
const SEE_ALSO: &[&str] = &[
    "see also",
    "read also",
    "also read",
    "read more:",
    "related:",
    "czytaj też",
    "czytaj także",
    "czytaj również",
    "zobacz też",
    "zobacz także",
    "관련 기사",
    "관련기사",
    "함께 보면 좋은",
];
const COOKIE: &[&str] = &["cookie", "ciasteczk", "쿠키"];
const PRIVACY: &[&str] = &[
    "privacy policy",
    "privacy notice",
    "privacy & cookies",
    "privacy and cookies",
    "polityka prywatności",
    "개인정보처리방침",
    "개인정보 처리방침",
];
const COMMENT: &[&str] = &[
    "leave a comment",
    "leave a reply",
    "post a comment",
    "post comment",
    "add a comment",
    "your email address will not be published",
    "akismet",
    "comment data is processed",
    "dodaj komentarz",
    "skomentuj",
    "zostaw komentarz",
    "komentarze są moderowane",
    "댓글 달기",
    "댓글을 남겨",
    "댓글 작성",
    "댓글쓰기",
];
const SHARE: &[&str] = &["share this", "share on", "share:", "udostępnij", "공유하기"];
const BYLINE: &[&str] = &[
    "by ",
    "posted by ",
    "written by ",
    "autor:",
    "autor ",
    "author:",
    "작성자",
];
const BULLETS: &[char] = &['•', '·', '▪', '◦', '‣', '►', '▸', '-', '*', '–'];

/// Longest line, in words, that can be a title.
const MAX_TITLE_WORDS: usize = 25;

/// White space in ASCII, as `char::is_whitespace` has it (with the vertical tab, which
/// `u8::is_ascii_whitespace` leaves out).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// Whether a UTF-8 lead byte can start white space outside ASCII (U+0085, U+00A0,
/// U+1680, U+2000..U+200A, U+2028, U+2029, U+202F, U+205F, U+3000): characters starting
/// with any other byte are known not to be white space without decoding them.
fn may_start_space(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

/// Words, as `split_whitespace` counts them.
fn words(text: &str) -> usize {
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

fn ends_sentence(text: &str) -> bool {
    ends_with_mark(trim_closing(text))
}

/// [`ends_sentence`] of the lines `lines` (trimmed, not blank) joined by line breaks,
/// without joining them: a last line of nothing but closing quotes is trimmed away
/// with the break before it, and the line before decides.
fn lines_end_sentence(text: &str, lines: &[(usize, usize)]) -> bool {
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
fn is_prose(
    words: usize,
    hangul: usize,
    lines: usize,
    ends_sentence: impl FnOnce() -> bool,
) -> bool {
    let long = words >= 20 || hangul >= 40;
    (long && ends_sentence()) || (words >= 40 && words >= lines * 10)
}

/// The stock-phrase lists, by what a block's text is matched for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phrases {
    Skip,
    Related,
    SeeAlso,
    Comment,
    Cookie,
    Privacy,
    Share,
    Byline,
    Banner,
}

impl Phrases {
    /// The lists the rules look for at the start of a block.
    const STARTS: [Phrases; 5] = [
        Phrases::Skip,
        Phrases::Related,
        Phrases::SeeAlso,
        Phrases::Share,
        Phrases::Byline,
    ];

    /// The lists the rules look for anywhere in a block (and [`Phrases::Banner`],
    /// where there is a cookie).
    const ANYWHERE: [Phrases; 3] = [Phrases::Comment, Phrases::Cookie, Phrases::Privacy];

    fn list(self) -> &'static [&'static str] {
        match self {
            Phrases::Skip => SKIP,
            Phrases::Related => RELATED,
            Phrases::SeeAlso => SEE_ALSO,
            Phrases::Comment => COMMENT,
            Phrases::Cookie => COOKIE,
            Phrases::Privacy => PRIVACY,
            Phrases::Share => SHARE,
            Phrases::Byline => BYLINE,
            Phrases::Banner => BANNER,
        }
    }

    fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// Which phrase lists a (lower-cased) text starts with, of [`Phrases::STARTS`], and
/// which it contains, of [`Phrases::ANYWHERE`]: each in one scan (Aho-Corasick) rather
/// than a search per phrase. The start lists are matched anchored, so reading stops
/// within the first few bytes; only the lists that count anywhere are looked for
/// through the whole text.
#[derive(Debug, Clone, Copy, Default)]
struct PhraseHits {
    contains: u16,
    starts: u16,
}

/// An automaton over some phrase lists, and the list of each of its patterns.
///
/// The DFA is walked by hand: every short block of every file is scanned, and the
/// crate's overlapping search, which returns at each match and keeps its position in
/// memory, took twice the instructions of the walk.
struct PhraseAutomaton {
    dfa: aho_corasick::dfa::DFA,
    kinds: Vec<Phrases>,
}

impl PhraseAutomaton {
    fn new(lists: &[Phrases], start: aho_corasick::StartKind) -> PhraseAutomaton {
        let mut patterns = Vec::new();
        let mut kinds = Vec::new();
        for &kind in lists {
            for p in kind.list() {
                patterns.push(*p);
                kinds.push(kind);
            }
        }
        // Without a prefilter, start states are not special: the walk stops only at
        // matches (and, anchored, at the dead state).
        let dfa = aho_corasick::dfa::DFA::builder()
            .ascii_case_insensitive(true)
            .prefilter(false)
            .start_kind(start)
            .build(&patterns)
            .expect("the phrase lists compile");
        PhraseAutomaton { dfa, kinds }
    }

    /// The bits of the lists of the patterns that match in the state `sid`; with
    /// `length`, only of those of that length (those that start the text, when that
    /// many bytes of it were read).
    fn bits(&self, sid: aho_corasick::automaton::StateID, length: Option<usize>) -> u16 {
        use aho_corasick::automaton::Automaton;
        let mut bits = 0;
        for k in 0..self.dfa.match_len(sid) {
            let pattern = self.dfa.match_pattern(sid, k);
            if length.is_none_or(|n| self.dfa.pattern_len(pattern) == n) {
                bits |= self.kinds[pattern.as_usize()].bit();
            }
        }
        bits
    }

    /// The bits of the lists with a match anywhere in `text`.
    ///
    /// Each step of a walk waits for the one before (the next state is read from a
    /// table at the current one), so a long text is walked as two halves side by side,
    /// the second starting a longest pattern early: a match across the middle is whole
    /// in it.
    fn hits_in(&self, text: &str) -> u16 {
        use aho_corasick::{automaton::Automaton, Anchored};
        let Ok(start) = self.dfa.start_state(Anchored::No) else {
            return 0;
        };
        let bytes = text.as_bytes();
        let overlap = self.dfa.max_pattern_len().saturating_sub(1);
        let (first, second) = if bytes.len() >= 4 * overlap {
            let middle = bytes.len() / 2;
            (&bytes[..middle], &bytes[middle - overlap..])
        } else {
            (&bytes[..0], bytes)
        };
        let mut bits = 0;
        let (mut one, mut two) = (start, start);
        // `second` is the longer: its first bytes are walked with `first`, its rest alone.
        let (along, rest) = second.split_at(first.len());
        for (&a, &b) in first.iter().zip(along) {
            one = self.dfa.next_state(Anchored::No, one, a);
            two = self.dfa.next_state(Anchored::No, two, b);
            if self.dfa.is_special(one) && self.dfa.is_match(one) {
                bits |= self.bits(one, None);
            }
            if self.dfa.is_special(two) && self.dfa.is_match(two) {
                bits |= self.bits(two, None);
            }
        }
        for &b in rest {
            two = self.dfa.next_state(Anchored::No, two, b);
            if self.dfa.is_special(two) && self.dfa.is_match(two) {
                bits |= self.bits(two, None);
            }
        }
        bits
    }

    /// The bits of the lists with a match at the start of `text`; the automaton must
    /// have been built anchored.
    fn hits_at_start(&self, text: &str) -> u16 {
        use aho_corasick::{automaton::Automaton, Anchored};
        let Ok(mut sid) = self.dfa.start_state(Anchored::Yes) else {
            return 0;
        };
        let mut bits = 0;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            sid = self.dfa.next_state(Anchored::Yes, sid, b);
            if self.dfa.is_special(sid) {
                if self.dfa.is_dead(sid) {
                    break;
                }
                if self.dfa.is_match(sid) {
                    bits |= self.bits(sid, Some(i + 1));
                }
            }
        }
        bits
    }
}

impl PhraseHits {
    fn of(lower: &str) -> PhraseHits {
        use aho_corasick::StartKind;
        struct Automata {
            starts: PhraseAutomaton,
            anywhere: PhraseAutomaton,
            banner: PhraseAutomaton,
        }
        static AUTOMATA: std::sync::OnceLock<Automata> = std::sync::OnceLock::new();
        let automata = AUTOMATA.get_or_init(|| Automata {
            starts: PhraseAutomaton::new(&Phrases::STARTS, StartKind::Anchored),
            anywhere: PhraseAutomaton::new(&Phrases::ANYWHERE, StartKind::Unanchored),
            banner: PhraseAutomaton::new(&[Phrases::Banner], StartKind::Unanchored),
        });
        let mut contains = automata.anywhere.hits_in(lower);
        // Banner words are common ("settings", "experience") and only count with a
        // cookie: looked for only then.
        if contains & Phrases::Cookie.bit() != 0 {
            contains |= automata.banner.hits_in(lower);
        }
        PhraseHits {
            starts: automata.starts.hits_at_start(lower),
            contains,
        }
    }

    /// For the lists of [`Phrases::STARTS`].
    fn starts_with(&self, list: Phrases) -> bool {
        debug_assert!(Phrases::STARTS.contains(&list));
        self.starts & list.bit() != 0
    }

    /// For the lists of [`Phrases::ANYWHERE`], and for [`Phrases::Banner`] once
    /// [`Phrases::Cookie`] was found.
    fn contains(&self, list: Phrases) -> bool {
        debug_assert!(
            Phrases::ANYWHERE.contains(&list)
                || (list == Phrases::Banner && self.contains(Phrases::Cookie))
        );
        self.contains & list.bit() != 0
    }
}

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
fn lower_for_rules<'a>(text: &'a str, buffer: &'a mut String) -> &'a str {
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

/// Whether `text` starts with one of [`BULLETS`], told from its first byte nearly always.
fn starts_with_bullet(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b'-' | b'*') => true,
        Some(0xC2 | 0xE2) => text.chars().next().is_some_and(|c| BULLETS.contains(&c)),
        _ => false,
    }
}

fn bullet_item(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix(BULLETS)?;
    Some(rest.trim())
}

/// Is this line a menu entry: a bullet and a few words, no sentence?
fn is_menu_item(line: &str) -> bool {
    bullet_item(line).is_some_and(|item| words(item) <= 5 && !ends_sentence(item))
}

/// The lines of `text` that are not blank (a `\r` ending one is left on it: every use
/// trims them).
fn non_blank_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|l| !l.trim().is_empty())
}

/// Is this block a menu: two lines or more, all menu entries?
fn is_menu(text: &str) -> bool {
    // Nearly every block is told by its first character.
    if !starts_with_bullet(text.trim_start()) {
        return false;
    }
    let mut lines = 0;
    for line in non_blank_lines(text) {
        if !is_menu_item(line) {
            return false;
        }
        lines += 1;
    }
    lines >= 2
}

/// A bit for each byte that the breadcrumb separators ` » `, ` › `, ` > `, ` | ` and
/// ` / ` have and text seldom has: `»` ends with 0xBB, `›` with 0xBA.
const SEPARATOR_MARKS: [u8; 256] = {
    let mut marks = [0; 256];
    marks[0xBB] = 1;
    marks[0xBA] = 2;
    marks[b'>' as usize] = 4;
    marks[b'|' as usize] = 8;
    marks[b'/' as usize] = 16;
    marks
};

/// Longest line, in words, that can be a breadcrumb (`Home » <an article's title>`).
const MAX_BREADCRUMB_WORDS: usize = 30;

/// Longest block, in words, that a phrase rule can fire on (the cookie-banner rule).
const MAX_PHRASE_RULE_WORDS: usize = 80;

/// The phrase and pattern rules; `edge` is true in the page header and footer.
#[cfg(test)]
fn rule(text: &str, edge: bool) -> Option<Reason> {
    rule_with(text, edge, &Shape::of(text), &mut String::new())
}

/// What the rules ask of a block before they read it, learnt while it was normalized.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Shape {
    /// Its words.
    words: usize,
    /// Its lines that are not blank.
    lines: usize,
    /// Whether a character outside ASCII in it changes in lower case.
    cased: bool,
}

impl Shape {
    /// The shape of `text`, read anew.
    #[cfg(test)]
    fn of(text: &str) -> Shape {
        let mut facts = Facts::default();
        let mut lines = 0;
        for line in non_blank_lines(text) {
            facts.add(normalize_counting(line, &mut Vec::new()));
            lines += 1;
        }
        Shape {
            words: facts.words,
            lines,
            cased: facts.cased,
        }
    }
}

/// The rule (see `rule`) of a block of shape `shape`, lower-casing into `buffer` when it must.
fn rule_with(text: &str, edge: bool, shape: &Shape, buffer: &mut String) -> Option<Reason> {
    let trimmed = text.trim();
    let n = if starts_with_bullet(trimmed) {
        words(trimmed.trim_start_matches(BULLETS).trim())
    } else {
        shape.words
    };
    if n > MAX_PHRASE_RULE_WORDS {
        // Too long for any phrase rule: only a menu can be this long.
        return is_menu(text).then_some(Reason::Navigation);
    }
    let one_line = shape.lines == 1;
    let lower = if shape.cased {
        lower_for_rules(trimmed, buffer)
    } else {
        trimmed
    };
    // `lower` is trimmed already (no character has white space in its lower case).
    let lower = if starts_with_bullet(lower) {
        lower.trim_start_matches(BULLETS).trim()
    } else {
        lower
    };
    if n >= 5 && is_notice(lower) {
        return Some(Reason::Disclaimer);
    }
    let hits = PhraseHits::of(lower);
    if n <= 6 && hits.starts_with(Phrases::Skip) {
        return Some(Reason::SkipLink);
    }
    if n <= 6 && hits.starts_with(Phrases::Related) {
        return Some(Reason::RelatedLinks);
    }
    if one_line && n <= 40 && hits.starts_with(Phrases::SeeAlso) {
        return Some(Reason::SeeAlso);
    }
    if n <= 40 && hits.contains(Phrases::Comment) {
        return Some(Reason::CommentForm);
    }
    // A cookie notice is a banner: it asks to accept or tells how cookies are used.
    // Prose that merely mentions cookies in a long argument is not one.
    if n <= 80 && hits.contains(Phrases::Cookie) && hits.contains(Phrases::Banner) {
        return Some(Reason::CookieNotice);
    }
    if n <= 15 && hits.contains(Phrases::Privacy) {
        return Some(Reason::PrivacyNotice);
    }
    if n <= 8 && hits.starts_with(Phrases::Share) {
        return Some(Reason::ShareLinks);
    }
    if one_line
        && n <= 4
        && !ends_sentence(lower)
        && (hits.starts_with(Phrases::Byline) || (n <= 3 && lower.ends_with("기자")))
    {
        return Some(Reason::Byline);
    }
    if one_line && n <= 9 && is_joint_byline(trimmed) {
        return Some(Reason::Byline);
    }
    if is_menu(text) {
        return Some(Reason::Navigation);
    }
    // One line: it is the block, trimmed.
    if one_line && edge && is_menu_item(trimmed) {
        return Some(Reason::Navigation);
    }
    if one_line && n <= MAX_BREADCRUMB_WORDS {
        // Each separator is looked for only where a byte of it occurs: one pass tells
        // which occur.
        let marks = lower
            .bytes()
            .fold(0u8, |marks, b| marks | SEPARATOR_MARKS[usize::from(b)]);
        let has = |byte: u8| marks & SEPARATOR_MARKS[usize::from(byte)] != 0;
        // `>` is also a comparison in running text (`if x > 0`): as a separator it
        // takes two, `Home > News > Page`.
        for (sep, least, byte) in [(" » ", 1, 0xBB), (" › ", 1, 0xBA), (" > ", 2, b'>')] {
            if has(byte)
                && lower.matches(sep).count() >= least
                && lower.split(sep).any(|seg| words(seg) <= 3)
            {
                return Some(Reason::Breadcrumb);
            }
        }
        if edge {
            for (sep, byte) in [(" | ", b'|'), (" / ", b'/')] {
                if has(byte) && lower.contains(sep) && lower.split(sep).all(|seg| words(seg) <= 4) {
                    return Some(Reason::Breadcrumb);
                }
            }
        }
    }
    None
}

/// How a publication disowns its authors' views: an official position it is not.
const OFFICIAL_VIEW: &[&str] = &[
    "official position",
    "official view",
    "official opinion",
    "공식 견해",
    "공식 입장",
    "공식적인 견해",
    "oficjalnego stanowiska",
    "oficjalnym stanowiskiem",
    "oficjalne stanowisko",
];

/// A negation, for [`OFFICIAL_VIEW`]: "… is not the official position", "… 공식 견해가 아닙니다".
const NEGATION: &[&str] = &["not ", "아닙", "아니", "nie "];

/// The stock phrases of disclaimers and of open-licence notices, which a research
/// institute, a parliament's research service or a government site prints under every
/// text: "The views expressed do not necessarily reflect …", "the sole responsibility
/// of its author", Korea's KOGL ("공공누리") and Creative Commons.
const NOTICE: &[&str] = &[
    "do not necessarily reflect",
    "does not necessarily reflect",
    "do not necessarily represent",
    "sole responsibility of",
    "nie muszą odzwierciedlać",
    "nie odzwierciedlają",
    "wyłączną odpowiedzialność",
    "공공누리",
    "creative commons",
    "cc by ",
    "cc-by",
];

/// A disclaimer or licence notice (`lower` in lower case): one of [`NOTICE`]'s phrases,
/// or an official view with a negation ("본 자료는 … 공식 견해가 아닙니다").
fn is_notice(lower: &str) -> bool {
    NOTICE.iter().any(|p| lower.contains(p))
        || (OFFICIAL_VIEW.iter().any(|p| lower.contains(p))
            && NEGATION.iter().any(|p| lower.contains(p)))
}

/// A byline naming two or more authors: "By Anna Nowak and John Smith", each name's
/// words capitalised, joined by "and", "&" or commas (a sentence opening with "By"
/// has words in lower case).
fn is_joint_byline(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("By ") else {
        return false;
    };
    let names: Vec<&str> = rest
        .split([' ', ','])
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "&"))
        .collect();
    (2..=8).contains(&names.len())
        && rest.contains(" and ")
        && !ends_sentence(rest)
        && names
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
}

/// Words of a cookie banner: asking to accept, or telling how cookies are used.
const BANNER: &[&str] = &[
    "accept",
    "consent",
    "opt-out",
    "opt out",
    "experience",
    "settings",
    "policy",
    "akceptuj",
    "zgod",
    "ustawienia",
    "동의",
    "설정",
    "we use",
    "uses cookies",
    "używa",
    "korzysta",
];

fn normalized(text: &str) -> String {
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
struct Facts {
    words: usize,
    hangul: usize,
    /// A character outside ASCII changes in lower case.
    cased: bool,
}

impl Facts {
    fn add(&mut self, other: Facts) {
        self.words += other.words;
        self.hangul += other.hangul;
        self.cased |= other.cased;
    }
}

/// Appends `text` to `out` as [`normalize_into`] does, and counts its words and Hangul
/// letters.
#[cfg(test)]
fn normalize_counting(text: &str, out: &mut Vec<u8>) -> Facts {
    let mut all = Facts::default();
    normalize_lines(text, 0, text.len(), out, |_, line| all.add(line.facts));
    all
}

/// A line that is not blank, as [`normalize_lines`] reads it.
#[derive(Debug, Clone, Copy)]
struct Line {
    /// Byte offset of its first character that is not white space.
    start: usize,
    /// Byte offset past its last character that is not white space.
    end: usize,
    facts: Facts,
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
fn normalize_lines(
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
fn hash_of(normalized: &[u8]) -> u64 {
    use std::hash::BuildHasher;
    rustc_hash::FxBuildHasher.hash_one(normalized)
}

/// Blocks seen so far, by a 64-bit hash of their normalized text. A block is only
/// called a repeat (and dropped) when its normalized text equals that of an earlier
/// one, so on equal hashes the texts are compared; that allocates, but repeats are
/// few, and the common case, a new block, allocates nothing.
struct Seen<'a> {
    first: rustc_hash::FxHashMap<u64, &'a str>,
    /// Later blocks whose hash an earlier, different block had: in practice none.
    collided: Vec<(u64, &'a str)>,
}

impl<'a> Seen<'a> {
    fn with_capacity(blocks: usize) -> Seen<'a> {
        Seen {
            first: rustc_hash::FxHashMap::with_capacity_and_hasher(blocks, Default::default()),
            collided: Vec::new(),
        }
    }

    /// Whether `text`, whose normalized text hashes to `hash`, is new; it is
    /// remembered either way.
    fn insert(&mut self, text: &'a str, hash: u64) -> bool {
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
struct SeenLines {
    set: FxHashSet<u64>,
}

impl SeenLines {
    fn with_capacity(lines: usize) -> SeenLines {
        SeenLines {
            set: FxHashSet::with_capacity_and_hasher(lines, Default::default()),
        }
    }

    /// Whether a line whose normalized text hashes to `hash` is new.
    fn insert(&mut self, hash: u64) -> bool {
        self.set.insert(hash)
    }
}

/// Classifies the paragraphs `paras` (byte ranges of `text`).
///
/// `known_title` is the manifest's title, if any: the header line that matches it is
/// the title.
pub fn classify(text: &str, paras: &[(usize, usize)], known_title: Option<&str>) -> Layout {
    classify_part(text, paras, known_title, Part::WHOLE)
}

/// Which part of a document a text is, when a very large file is read a window at a
/// time: only the first has a page header, only the last a page footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    /// The text starts the document.
    pub first: bool,
    /// The text ends the document.
    pub last: bool,
}

impl Part {
    /// A whole document.
    pub const WHOLE: Part = Part {
        first: true,
        last: true,
    };
}

/// A paragraph, or a line of one in the page header, with the hash of its normalized
/// text and its shape.
struct Piece {
    start: usize,
    end: usize,
    zone: Zone,
    hash: u64,
    shape: Shape,
}

/// [`classify`] for one part of a document.
pub fn classify_part(
    text: &str,
    paras: &[(usize, usize)],
    known_title: Option<&str>,
    part: Part,
) -> Layout {
    // Prose that a rule recognises (a long breadcrumb, a cookie banner) does not count,
    // nor do lines a page repeats (a title printed again under a byline).
    //
    // One pass over each paragraph (`normalize_lines`) normalizes it line by line,
    // hashes each line and the whole, and counts what the rules and `is_prose` ask: of
    // the whole, its words and lines; of the lines not seen before, their words and
    // Hangul letters, which are those of these lines joined, read without joining them.
    let mut seen_lines = SeenLines::with_capacity(paras.len());
    let mut normal: Vec<u8> = Vec::new();
    let mut fresh: Vec<(usize, usize)> = Vec::new();
    let mut buffer = String::new();
    let mut para_hashes = Vec::with_capacity(paras.len());
    let mut shapes = Vec::with_capacity(paras.len());
    let prose: Vec<bool> = paras
        .iter()
        .map(|&(a, b)| {
            normal.clear();
            fresh.clear();
            let mut all = Facts::default();
            let mut new = Facts::default();
            let mut lines = 0;
            let mut last_hash = 0;
            normalize_lines(text, a, b, &mut normal, |line_normal, line| {
                lines += 1;
                all.add(line.facts);
                last_hash = hash_of(line_normal);
                if seen_lines.insert(last_hash) {
                    new.add(line.facts);
                    fresh.push((line.start, line.end));
                }
            });
            // A paragraph of one line normalizes to that line: its hash is taken.
            para_hashes.push(if lines == 1 {
                last_hash
            } else {
                hash_of(&normal)
            });
            let shape = Shape {
                words: all.words,
                lines,
                cased: all.cased,
            };
            shapes.push(shape);
            // A prose paragraph a rule leaves alone even at the page's edge is left
            // alone in the body too (the edge only adds rules).
            is_prose(new.words, new.hangul, fresh.len(), || {
                lines_end_sentence(text, &fresh)
            }) && rule_with(&text[a..b], true, &shape, &mut buffer).is_none()
                && (shape.lines < 2 || lines_chrome(&text[a..b], Zone::Body, &mut buffer).is_none())
        })
        .collect();
    let first_prose = prose.iter().position(|&p| p);
    let last_prose = prose.iter().rposition(|&p| p);
    let header_end = if part.first {
        first_prose.unwrap_or(0)
    } else {
        0
    };
    let last_prose = if part.last {
        last_prose
    } else {
        Some(paras.len())
    };

    // Header blocks are split into lines: a site name, a label and a title often sit
    // on consecutive lines. (Footer blocks are not: a statement's closing lines there
    // would be judged as links one by one.)
    let mut pieces: Vec<Piece> = Vec::with_capacity(paras.len());
    for (i, ((&(a, b), &hash), &shape)) in paras.iter().zip(&para_hashes).zip(&shapes).enumerate() {
        let zone = if i < header_end {
            Zone::Header
        } else if last_prose.is_some_and(|last| i > last) {
            Zone::Footer
        } else {
            Zone::Body
        };
        if zone == Zone::Header && shape.lines > 1 {
            normal.clear();
            normalize_lines(text, a, b, &mut normal, |line_normal, line| {
                pieces.push(Piece {
                    start: line.start,
                    end: line.end,
                    zone,
                    hash: hash_of(line_normal),
                    shape: Shape {
                        words: line.facts.words,
                        lines: 1,
                        cased: line.facts.cased,
                    },
                });
            });
        } else {
            pieces.push(Piece {
                start: a,
                end: b,
                zone,
                hash,
                shape,
            });
        }
    }

    let running = running_lines(text);
    let mut roles: Vec<Role> = pieces
        .iter()
        .zip(body_prose(&pieces, paras, &prose))
        .map(|(p, known_prose)| {
            if p.shape.lines == 1 && running.contains(&p.hash) {
                return Role::Chrome(Reason::RunningHeader);
            }
            if known_prose {
                return Role::Content;
            }
            let piece = &text[p.start..p.end];
            // "– 2 –" opens like a list item: a page number is told first.
            let by_rule = if p.shape.lines == 1 && is_page_number(piece.trim()) {
                Some(Reason::PageNumber)
            } else {
                rule_with(piece, p.zone != Zone::Body, &p.shape, &mut buffer)
            };
            let by_lines = || {
                if p.shape.lines == 1 {
                    line_hint(piece, p.zone)
                } else {
                    lines_chrome(piece, p.zone, &mut buffer)
                }
            };
            match by_rule.or_else(by_lines) {
                Some(reason) => Role::Chrome(reason),
                None => Role::Content,
            }
        })
        .collect();

    // Below a related-links heading standing alone ("Most viewed", "Czytaj także"),
    // the headlines that follow are its links, up to the next paragraph of prose.
    let mut under_heading = false;
    for (i, p) in pieces.iter().enumerate() {
        let piece = &text[p.start..p.end];
        match roles[i] {
            Role::Chrome(Reason::RelatedLinks | Reason::SeeAlso) => {
                under_heading = p.shape.lines == 1 && is_bare_heading(piece);
            }
            Role::Content
                if under_heading
                    && p.zone != Zone::Header
                    && non_blank_lines(piece).all(link_like) =>
            {
                roles[i] = Role::Chrome(Reason::RelatedLinks);
            }
            Role::Chrome(_) | Role::Duplicate => {}
            _ => under_heading = false,
        }
    }

    // A news page signs its article above the date line: a name alone on its line
    // ("Anna Kowalska" / "12.06.2024, 07:45") is the byline.
    for i in 0..pieces.len().saturating_sub(1) {
        if pieces[i].zone == Zone::Header
            && roles[i] == Role::Content
            && roles[i + 1] == Role::Chrome(Reason::Dateline)
            && is_name(&text[pieces[i].start..pieces[i].end])
        {
            roles[i] = Role::Chrome(Reason::Byline);
        }
    }

    // A breadcrumb pasted without its separators ends with the headline's first words:
    // "Home Press Press releases EU-Korea: Council approves conclusions on".
    let header: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].zone == Zone::Header && roles[i] == Role::Content)
        .collect();
    for (k, &i) in header.iter().enumerate() {
        let line = normalized(&text[pieces[i].start..pieces[i].end]);
        let trail = header[k + 1..].iter().any(|&j| {
            let later = normalized(&text[pieces[j].start..pieces[j].end]);
            let head: Vec<&str> = later.split(' ').take(5).collect();
            head.len() == 5 && {
                let head = head.join(" ");
                line.match_indices(&head).any(|(at, _)| {
                    let end = at + head.len();
                    line[..at].ends_with(' ')
                        && (end == line.len() || line[end..].starts_with(' '))
                        && words(&line[..at]) >= 2
                })
            }
        });
        if trail {
            roles[i] = Role::Chrome(Reason::Breadcrumb);
        }
    }

    // The title: the header line matching the manifest title, else the longest short line.
    let header: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].zone == Zone::Header && roles[i] == Role::Content)
        .collect();
    let piece_text = |i: usize| &text[pieces[i].start..pieces[i].end];
    let wanted = known_title.map(normalized);
    let by_manifest = wanted.as_ref().and_then(|w| {
        header.iter().copied().find(|&i| {
            let line = normalized(piece_text(i));
            line == *w || (line.len() > 8 && (w.contains(&line) || line.contains(w.as_str())))
        })
    });
    // A headline has no full stop: a short first sentence in the header is not one,
    // while there is a line without.
    let open_line = |i: usize| !ends_with_full_stop(piece_text(i));
    let any_open = header.iter().any(|&i| open_line(i));
    // A headline stands above its byline or date line: what follows the last of them (a
    // caption, a standfirst) is not the headline, when a line just before it can be (a
    // date line may also stand above the headline, far below the menus). "Just
    // before" counts the header's lines not set aside (attachments and labels between
    // the headline and the date line are not). Of lines as many words long, the
    // longer is the headline (a menu's words are short).
    let credit = (0..pieces.len()).rfind(|&i| {
        pieces[i].zone == Zone::Header
            && matches!(roles[i], Role::Chrome(Reason::Byline | Reason::Dateline))
    });
    let header: Vec<usize> = match credit {
        Some(c)
            if header.iter().any(|&i| {
                i < c
                    && header.iter().filter(|&&j| i < j && j < c).count() < 4
                    && words(piece_text(i)) >= 4
            }) =>
        {
            header.into_iter().filter(|&i| i < c).collect()
        }
        _ => header,
    };
    let title_at = by_manifest.or_else(|| {
        header
            .iter()
            .copied()
            .filter(|&i| words(piece_text(i)) <= MAX_TITLE_WORDS)
            .filter(|&i| !any_open || open_line(i))
            .max_by_key(|&i| {
                let t = piece_text(i);
                (words(t), t.chars().count(), std::cmp::Reverse(i))
            })
    });
    // A headline wrapped onto two lines may be judged by its second, longer line: a
    // line opening in lower case carries on the line just above it.
    let title_at = title_at.map(|t| {
        let carries_on = piece_text(t)
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_lowercase);
        let above = t.checked_sub(1).filter(|&u| {
            let gap = &text[pieces[u].end..pieces[t].start];
            pieces[u].zone == Zone::Header
                && roles[u] == Role::Content
                && !ends_sentence(piece_text(u))
                && gap.trim().is_empty()
                && gap.matches('\n').count() == 1
        });
        match above {
            Some(u) if carries_on => u,
            _ => t,
        }
    });
    let mut widen = None;
    if let Some(t) = title_at {
        roles[t] = Role::Title;
        // Judged before the lines above the title are marked as the page's header.
        let kept_before = roles.clone();
        for &i in header.iter().filter(|&&i| i < t) {
            roles[i] = Role::Chrome(Reason::PageHeader);
        }
        let roles = &kept_before;
        // A title wrapped onto the two or three lines of its paragraph, none ending a
        // sentence (`pdftotext`, pasted pages), is the whole paragraph: one passage.
        let at = pieces[t].start;
        if let Some(&(a, b)) = paras.iter().find(|&&(a, b)| a <= at && at < b) {
            let lines: Vec<usize> = (0..pieces.len())
                .filter(|&i| pieces[i].start >= a && pieces[i].end <= b)
                .collect();
            let open = lines.iter().all(|&i| {
                !ends_sentence(piece_text(i)) && roles[i] != Role::Chrome(Reason::Dateline)
            });
            if (2..=6).contains(&lines.len())
                && b - a <= 400
                && open
                && lines
                    .iter()
                    .all(|&i| matches!(roles[i], Role::Title | Role::Content))
                && (text[pieces[lines[0]].start..pieces[lines[0]].end]
                    .chars()
                    .count()
                    > 20
                    // "Informacja / o współpracy … / w zakresie …": lines that open in
                    // lower case carry on the one above.
                    || lines[1..].iter().all(|&i| {
                        piece_text(i).trim_start().chars().next().is_some_and(char::is_lowercase)
                    }))
            {
                widen = Some((t, a, b, lines));
            }
        }
        // A title hard-wrapped inside a longer header block: its next line opens in
        // lower case ("… on a critical raw materials" / "partnership").
        let next = t + 1;
        if widen.is_none()
            && next < pieces.len()
            && pieces[next].zone == Zone::Header
            && roles[next] == Role::Content
            && !ends_sentence(piece_text(t))
            && text[pieces[t].end..pieces[next].start].trim().is_empty()
            && text[pieces[t].end..pieces[next].start]
                .matches('\n')
                .count()
                == 1
            && link_like(piece_text(next))
            && (piece_text(next)
                .trim_start()
                .chars()
                .next()
                .is_some_and(char::is_lowercase)
                || ends_with_connector(piece_text(t)))
        {
            widen = Some((t, pieces[t].start, pieces[next].end, vec![t, next]));
        }
        // A title set in capitals over lines of a centred block (`pdftotext`): the
        // capital lines touching it, with no blank line between, are the title too.
        let (mut lines, mut a, mut b) = match &widen {
            Some((_, a, b, lines)) => (lines.clone(), *a, *b),
            None => (vec![t], pieces[t].start, pieces[t].end),
        };
        if all_capitals(piece_text(t)) {
            let touching = |x: usize, y: usize| {
                let gap = &text[pieces[x].end..pieces[y].start];
                gap.trim().is_empty() && gap.matches('\n').count() == 1
            };
            let joins = |i: usize| {
                pieces[i].zone == Zone::Header
                    && roles[i] == Role::Content
                    && all_capitals(piece_text(i))
                    && !ends_sentence(piece_text(i))
            };
            let mut first = *lines.iter().min().unwrap_or(&t);
            while first > 0 && joins(first - 1) && touching(first - 1, first) && lines.len() < 8 {
                first -= 1;
                lines.push(first);
                a = pieces[first].start;
            }
            let mut last = *lines.iter().max().unwrap_or(&t);
            while last + 1 < pieces.len()
                && joins(last + 1)
                && touching(last, last + 1)
                && lines.len() < 8
            {
                last += 1;
                lines.push(last);
                b = pieces[last].end;
            }
            if lines.len() > 1 && b - a <= 500 {
                widen = Some((t, a, b, lines));
            }
        }
    }

    // After the text: lists of short lines without sentences are links.
    for (i, p) in pieces.iter().enumerate() {
        if p.zone == Zone::Footer && roles[i] == Role::Content {
            let link_like =
                non_blank_lines(piece_text(i)).all(|l| words(l) <= 8 && !ends_sentence(l));
            if link_like {
                roles[i] = Role::Chrome(Reason::FooterLinks);
            }
        }
    }

    // The same block twice (a title repeated by the page) is kept once.
    let mut seen = Seen::with_capacity(pieces.len());
    for (i, p) in pieces.iter().enumerate() {
        if !seen.insert(piece_text(i), p.hash) {
            roles[i] = Role::Duplicate;
        }
    }

    // The title's other lines are in its block now.
    let mut dropped = vec![false; pieces.len()];
    if let Some((t, a, b, lines)) = widen {
        pieces[t].start = a;
        pieces[t].end = b;
        for i in lines.into_iter().filter(|&i| i != t) {
            dropped[i] = true;
        }
    }
    let title = title_at.map(|t| normalized_keep_case(&text[pieces[t].start..pieces[t].end]));
    Layout {
        blocks: pieces
            .iter()
            .zip(roles)
            .zip(dropped)
            .filter(|&(_, dropped)| !dropped)
            .map(|((p, role), _)| Block {
                start: p.start,
                end: p.end,
                role,
            })
            .collect(),
        title,
    }
}

/// The hashes of the lines that open or close most pages of a text with form feeds
/// (`pdftotext` output): running headers and footers. Page numbers differ from page to
/// page, and [`line_hint`] knows them.
fn running_lines(text: &str) -> FxHashSet<u64> {
    let mut out = FxHashSet::default();
    if !text.contains('\u{c}') {
        return out;
    }
    let mut counts: rustc_hash::FxHashMap<u64, usize> = Default::default();
    let mut pages = 0;
    for page in text.split('\u{c}') {
        // A running header or footer may take two lines (an office under its
        // organisation's name): the first two lines and the last two are counted.
        let lines: Vec<&str> = page
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        pages += 1;
        let n = lines.len();
        let mut hashes: Vec<u64> = [0, 1, n.saturating_sub(2), n - 1]
            .into_iter()
            .filter(|&i| i < n)
            .map(|i| hash_of(normalized(lines[i]).as_bytes()))
            .collect();
        hashes.sort_unstable();
        hashes.dedup();
        for hash in hashes {
            *counts.entry(hash).or_default() += 1;
        }
    }
    if pages >= 2 {
        out.extend(
            counts
                .into_iter()
                .filter(|&(_, n)| n >= 2 && n * 2 >= pages)
                .map(|(hash, _)| hash),
        );
    }
    out
}

/// `line` without a leading date and time stamp ("17/03/2025, 16:40 "), as a browser
/// prints at the top of each page: a run of digits and `/.:,-` with six digits or more
/// and a time, before text of twelve characters or more.
pub(crate) fn without_print_stamp(line: &str) -> &str {
    let stamp = line
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, '/' | '.' | ':' | ',' | '-' | ' ')))
        .unwrap_or(line.len());
    let digits = line[..stamp].bytes().filter(u8::is_ascii_digit).count();
    let rest = line[stamp..].trim();
    if digits >= 6 && line[..stamp].contains(':') && rest.chars().count() >= 12 {
        rest
    } else {
        line
    }
}

/// Labels of a title's row on a board's view page ("제목\tTitle", "Title: ...").
const TITLE_LABELS: &[&str] = &["제목", "title", "tytuł", "subject", "temat", "건명"];

/// Whether `label` (a table cell, a row's first words) labels a title: "제목", "Title".
pub(crate) fn is_title_label(label: &str) -> bool {
    TITLE_LABELS.contains(&label.to_lowercase().as_str())
}

/// The title in a title line: without a browser's print stamp before it
/// ([`without_print_stamp`]) or the label of its row ("제목\t한-미 ...").
pub(crate) fn title_of_line(line: &str) -> &str {
    let line = without_print_stamp(line.trim());
    for sep in ['\t', ':', ' '] {
        if let Some((label, rest)) = line.split_once(sep) {
            if is_title_label(label.trim()) && rest.trim().chars().count() >= 8 {
                return rest.trim();
            }
        }
    }
    line
}

/// Whether `text` ends with a full stop (not an ellipsis): a sentence, not a headline.
pub(crate) fn ends_with_full_stop(text: &str) -> bool {
    let t = trim_closing(text);
    (t.ends_with('.') && !t.ends_with("..")) || t.ends_with('。')
}

/// What the rules make of the blocks of a format whose structure marks no chrome
/// (Markdown written or converted from a web page): for each block, the reason it is
/// chrome, or `None`. A block is judged as one line of a pasted page in its zone
/// (before the first paragraph of prose, in the body, after the last); headlines
/// under a lone related-links heading are its links. Titles and table cells are
/// left alone: a cell's lone number or date is data.
pub(crate) fn extracted_chrome(blocks: &[(&str, BlockKind)]) -> Vec<Option<Reason>> {
    let prose = |(text, kind): &(&str, BlockKind)| {
        matches!(
            kind,
            BlockKind::Paragraph | BlockKind::Quote | BlockKind::Other
        ) && is_prose(
            words(text),
            text.chars()
                .filter(|&c| crate::script::is_hangul(c))
                .count(),
            1,
            || ends_sentence(text),
        )
    };
    let first = blocks.iter().position(prose);
    let last = blocks.iter().rposition(prose);
    let mut buffer = String::new();
    let mut out = Vec::with_capacity(blocks.len());
    let mut under_heading = false;
    for (i, &(text, kind)) in blocks.iter().enumerate() {
        let text = text.trim();
        let zone = match (first, last) {
            (Some(f), _) if i < f => Zone::Header,
            (_, Some(l)) if i > l => Zone::Footer,
            (None, _) => Zone::Header,
            _ => Zone::Body,
        };
        let judged = !matches!(
            kind,
            BlockKind::Title | BlockKind::TableCell | BlockKind::Preformatted
        );
        let shape = Shape {
            words: words(text),
            lines: 1,
            cased: true,
        };
        let mut reason = if !judged {
            None
        } else if prose(&blocks[i]) {
            // A disclaimer is written as prose.
            let lower = text.to_lowercase();
            (words(text) <= MAX_PHRASE_RULE_WORDS && is_notice(&lower))
                .then_some(Reason::Disclaimer)
        } else if matches!(kind, BlockKind::Heading(_)) {
            rule_with(text, false, &shape, &mut buffer)
                .filter(|r| matches!(r, Reason::RelatedLinks | Reason::SeeAlso))
        } else {
            rule_with(text, zone != Zone::Body, &shape, &mut buffer)
                .or_else(|| line_hint(text, zone))
        };
        match reason {
            Some(Reason::RelatedLinks | Reason::SeeAlso) => under_heading = is_bare_heading(text),
            Some(_) => {}
            None if under_heading
                && matches!(kind, BlockKind::ListItem | BlockKind::Paragraph)
                && link_like(text) =>
            {
                reason = Some(Reason::RelatedLinks);
            }
            None => under_heading = false,
        }
        out.push(reason);
    }
    out
}

/// Words a line of a headline cannot end with, but that a wrap leaves at a line's end:
/// articles, prepositions and conjunctions ("… Partner to Strengthen" is complete, "…
/// Partner to" is not; "… podpisały list" / "intencyjny …" is told by lower case).
const CONNECTORS: &[&str] = &[
    "a", "an", "the", "to", "of", "and", "or", "for", "with", "on", "in", "at", "from", "by", "as",
    "i", "w", "z", "ze", "na", "do", "o", "oraz", "dla", "po", "przez", "we",
];

/// Whether `line` ends with one of [`CONNECTORS`], or with a verb's infinitive after
/// "to" ("… Partner to Strengthen").
fn ends_with_connector(line: &str) -> bool {
    let mut tail = line.split_whitespace().rev();
    let last = tail.next().unwrap_or("").to_lowercase();
    let before = tail.next().unwrap_or("").to_lowercase();
    CONNECTORS.contains(&last.as_str()) || before == "to"
}

/// Whether `line` is a person's name alone: two or three capitalised words of letters
/// (and hyphens), not set in capitals.
fn is_name(line: &str) -> bool {
    let names: Vec<&str> = line.split_whitespace().collect();
    (2..=3).contains(&names.len())
        && names.iter().all(|w| {
            let mut chars = w.chars();
            chars.next().is_some_and(char::is_uppercase)
                && chars.clone().all(|c| c.is_alphabetic() || c == '-')
                && chars.any(char::is_lowercase)
        })
}

/// Whether a line's letters are capitals, three or more of them (a title set in capitals).
fn all_capitals(line: &str) -> bool {
    let mut letters = 0;
    for c in line.chars().filter(|c| c.is_alphabetic()) {
        if c.is_lowercase() || !c.is_uppercase() {
            return false;
        }
        letters += 1;
    }
    letters >= 3
}

/// Whether a line reads as a link's text or a heading: a few words, no full stop.
fn link_like(line: &str) -> bool {
    words(line) <= 16 && !ends_with_full_stop(line)
}

/// A heading that is nothing but its phrase ("Most viewed", "Czytaj także:"), not a
/// teaser with its headline after the colon.
fn is_bare_heading(line: &str) -> bool {
    let t = line
        .trim()
        .trim_end_matches([':', '›', '»', '>'])
        .trim_end();
    words(t) <= 4 && !t.contains(':')
}

/// A block of several lines pasted together, each a link's text or heading or a line
/// the line rules set aside, with at least one of those that is surely chrome (a
/// related-links heading, a copyright or contact line, share buttons, a credit): a
/// footer or link box, whose lines the paragraph rules would not read one by one.
///
/// Lines that only date or sign the page, page numbers and lone numbers do not make a
/// block chrome: a table's cells and a dated heading have those.
fn lines_chrome(text: &str, zone: Zone, buffer: &mut String) -> Option<Reason> {
    let mut lines = 0;
    for line in non_blank_lines(text) {
        lines += 1;
        if lines > 15 || words(line) > 30 {
            return None;
        }
    }
    if lines < 2 {
        return None;
    }
    // A site's closing notes pasted as one block, the copyright line last: "All quotes
    // delayed … / © 2025 Agency. All rights reserved".
    if let Some(last) = non_blank_lines(text).last() {
        if words(text) <= 60 && is_copyright(last) {
            return Some(Reason::Footer);
        }
    }
    let mut found = None;
    for (i, line) in non_blank_lines(text).enumerate() {
        let line = line.trim();
        // A line opening in lower case carries on a sentence, unless a rule knows it
        // ("fot. Ministerstwo" under its caption).
        let carries_on = i > 0 && line.chars().next().is_some_and(char::is_lowercase);
        let shape = Shape {
            words: words(line),
            lines: 1,
            cased: true,
        };
        let verdict = rule_with(line, zone != Zone::Body, &shape, buffer)
            .or_else(|| line_hint(line, Zone::Footer));
        let bare_number = line
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b',' || b == b'.');
        match verdict {
            Some(Reason::Dateline | Reason::Byline | Reason::PageNumber) => {}
            Some(_) if bare_number => {}
            Some(reason) => {
                found.get_or_insert(reason);
            }
            None if link_like(line) && !carries_on => {}
            None => return None,
        }
    }
    found
}

/// A copyright line: "© 2025 Agency. All rights reserved", "Copyright (c) …".
fn is_copyright(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    lower.starts_with(['©', 'ⓒ'])
        || lower.starts_with("copyright")
        || lower.starts_with("(c) ")
        || RIGHTS.iter().any(|r| lower.contains(r))
}

/// What one line says it is, where the block rules found nothing: the words of web
/// chrome the HTML extractor reads too (site banners, page tools and buttons, photo
/// credits, comment counts, previous/next links), a line that only dates the page, a
/// view count, a page number, a copyright line; and after the text, a contact line.
fn line_hint(line: &str, zone: Zone) -> Option<Reason> {
    let line = line.trim();
    let words = words(line);
    if words == 0 || words > 30 {
        return None;
    }
    // Cookies are the block rules' to judge: a sentence may mention them.
    let hint = crate::corpus::format::html::text_hint(line, false);
    if let Some(reason) = hint.filter(|&r| r != Reason::CookieNotice) {
        return Some(reason);
    }
    // A browser's print header: "17/03/2025, 16:40  Title | Site".
    if without_print_stamp(line).len() < line.len() {
        return Some(Reason::RunningHeader);
    }
    // A letterhead with its date line across the page: "Ministry    Warsaw, 5 May 2024";
    // a browser's print footer: "https://…/page    Page 1 of 2".
    if let Some((_, right)) = line.rsplit_once("    ") {
        if crate::corpus::format::html::is_dateline(right.trim()) {
            return Some(Reason::Dateline);
        }
        if is_page_number(right.trim()) {
            return Some(Reason::PageNumber);
        }
    }
    if is_page_number(line) {
        return Some(Reason::PageNumber);
    }
    if words == 1
        && ["http://", "https://", "www."]
            .iter()
            .any(|p| line.starts_with(p))
    {
        return Some(Reason::BareLink);
    }
    // A lone year is a table's cell or a heading more often than a date line.
    let lone_number = line.bytes().all(|b| b.is_ascii_digit());
    if !lone_number && crate::corpus::format::html::is_dateline(line) {
        return Some(Reason::Dateline);
    }
    if ends_with_credit(line) {
        return Some(Reason::PhotoCredit);
    }
    let lower_line = line.to_lowercase();
    if words <= 15 && FEEDBACK.iter().any(|f| lower_line.contains(f)) {
        return Some(Reason::Form);
    }
    if is_view_count(line) {
        return Some(Reason::CommentCount);
    }
    let lower = line.to_lowercase();
    if words <= 6 && !ends_sentence(line) && DOWNLOAD.iter().any(|d| lower.contains(d)) {
        return Some(Reason::Attachment);
    }
    if is_in_charge(&lower) {
        return Some(Reason::Footer);
    }
    if words <= 20 && AUTHOR.iter().any(|a| lower.starts_with(a)) {
        return Some(Reason::Byline);
    }
    if zone == Zone::Header && is_spaced_menu(line) {
        return Some(Reason::Navigation);
    }
    if RIGHTS.iter().any(|r| lower.contains(r)) || lower.starts_with("copyright") {
        return Some(Reason::Footer);
    }
    if zone == Zone::Footer && is_contact(line, &lower) {
        return Some(Reason::Footer);
    }
    // A line of nothing but phone numbers ("+32 2 281 54 17 / +32 470 88 21 06").
    if html::has_phone_number(line) && !lower.chars().any(char::is_alphabetic) {
        return Some(Reason::Footer);
    }
    // In the body, a contact line needs an address to reach: an e-mail or a phone number.
    if words <= 20
        && is_contact(line, &lower)
        && (html::has_email(&lower) || html::has_phone_number(line))
    {
        return Some(Reason::Footer);
    }
    if words <= 20 && is_attachment(&lower) {
        return Some(Reason::Attachment);
    }
    if words <= 16 && READING_TIME.iter().any(|r| lower.contains(r)) {
        return Some(Reason::ReadingTime);
    }
    let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
    if ADVERT.contains(&bare) {
        return Some(Reason::Advertisement);
    }
    if PREV_NEXT.contains(&bare)
        || (words <= 16
            && PREV_NEXT
                .iter()
                .any(|p| lower.starts_with(&format!("{p}:"))))
    {
        return Some(Reason::PrevNext);
    }
    if words <= 25
        && (SIGN_UP.iter().any(|p| {
            lower
                .strip_prefix(p)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '!']))
        }) || INBOX.iter().any(|p| lower.contains(p)))
    {
        return Some(Reason::Form);
    }
    // "Download the brief (PDF, 1.8 MB) · Cite this publication": a line of parts
    // each a tool or a link, one of them surely chrome.
    if words <= 30 && (line.contains(" · ") || line.contains(" | ")) {
        let mut found = None;
        let all = line
            .split(['·', '|'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .all(|part| {
                let hint = if part.contains(['·', '|']) {
                    None
                } else {
                    line_hint(part, zone)
                };
                if let Some(r) = hint {
                    found.get_or_insert(r);
                    true
                } else {
                    link_like(part) && super::chrome::words(part) <= 6
                }
            });
        if all && found.is_some() {
            return found;
        }
    }
    // "Posted on 19 February 2024 by Jan Nowak in Technology".
    if words <= 16 && !ends_with_full_stop(line) && POSTED.iter().any(|p| lower.starts_with(p)) {
        return Some(Reason::Byline);
    }
    None
}

/// A download button's words: "PDF 원문 내려받기", "Download the report", "Pobierz".
const DOWNLOAD: &[&str] = &["내려받기", "다운로드", "download", "pobierz"];

/// The labels of the office and person in charge that a press release prints over or
/// under its text: "Division in charge: …", "담당부서 : …", "담당자\t…", "Contact: …".
const IN_CHARGE: &[&str] = &[
    "division in charge",
    "department in charge",
    "office in charge",
    "person in charge",
    "contact",
    "media contact",
    "담당부서",
    "담당 부서",
    "담당자",
    "담당과",
    "문의",
    "komórka merytoryczna",
    "osoba do kontaktu",
    "kontakt dla mediów",
];

/// A line of the office or person in charge: one of [`IN_CHARGE`]'s labels then a
/// colon or a tab (`lower` in lower case): "담당부서 : 국제협력과", "Contact: Jan Kowalski".
fn is_in_charge(lower: &str) -> bool {
    IN_CHARGE.iter().any(|label| {
        lower
            .strip_prefix(label)
            .is_some_and(|rest| rest.trim_start_matches(' ').starts_with([':', '\t']))
    })
}

/// Labels of an author's line: "Author: …", "Autorzy: …", "저자: …".
const AUTHOR: &[&str] = &[
    "author:", "authors:", "autor:", "autorzy:", "저자:", "저자 :",
];

/// A site menu pasted as one line, its items set apart by runs of spaces: "About us
/// For investors   Funds   News   Contact": three items or more of a few words each.
fn is_spaced_menu(line: &str) -> bool {
    let items: Vec<&str> = line
        .split("  ")
        .map(str::trim)
        .filter(|i| !i.is_empty())
        .collect();
    items.len() >= 3
        && items
            .iter()
            .all(|i| words(i) <= 3 && !ends_sentence(i) && !i.bytes().any(|b| b.is_ascii_digit()))
}

/// The buttons printed after an attachment's name: "보도자료.hwpx 바로보기".
const ATTACHMENT_BUTTONS: &[&str] = &[
    "바로보기",
    "미리보기",
    "다운로드",
    "내려받기",
    "download",
    "preview",
    "view",
    "pobierz",
];

/// A file's name, with its size in brackets or not, and a button after it or not:
/// "(보도자료) 협력 MOU 체결.hwp", "Komunikat.pdf (245 KB)", "Annex I.docx [1.2 MB]",
/// "보도자료.hwpx [312KB] 바로보기".
fn is_attachment(lower: &str) -> bool {
    let mut t = lower.trim_end();
    for button in ATTACHMENT_BUTTONS {
        if let Some(rest) = t.strip_suffix(button) {
            if rest.ends_with(' ') {
                t = rest.trim_end();
                break;
            }
        }
    }
    if let Some(stripped) = t.strip_suffix([')', ']']) {
        if let Some(at) = stripped.rfind(['(', '[']) {
            let size = &stripped[at + 1..];
            if ["kb", "mb", "bytes", "bajt"]
                .iter()
                .any(|u| size.contains(u))
            {
                // "Download the brief (PDF, 1.8 MB)": the bracket names the file's type.
                if size.split([',', ' ']).any(|w| ATTACHED.contains(&w)) {
                    return true;
                }
                t = stripped[..at].trim_end();
            }
        }
    }
    let Some((name, ext)) = t.rsplit_once('.') else {
        return false;
    };
    !name.trim().is_empty() && ATTACHED.contains(&ext)
}

/// The file types of attachments.
const ATTACHED: &[&str] = &[
    "hwp", "hwpx", "pdf", "doc", "docx", "odt", "xls", "xlsx", "ppt", "pptx", "zip",
];

/// Words of a reading-time line.
const READING_TIME: &[&str] = &[
    "min read",
    "minute read",
    "minutes read",
    "reading time",
    "czas czytania",
    "przeczytasz w",
    "읽는 시간",
    "읽는 데 ",
];

/// An advertisement's label, alone on its line.
const ADVERT: &[&str] = &[
    "reklama",
    "advertisement",
    "ad",
    "ads",
    "sponsored",
    "sponsorowane",
    "artykuł sponsorowany",
    "광고",
];

/// A link to the previous or next article, alone on its line or before its headline.
const PREV_NEXT: &[&str] = &[
    "목록",
    "목록으로",
    "back to list",
    "powrót do listy",
    "next",
    "previous",
    "prev",
    "older",
    "newer",
    "next story",
    "previous story",
    "następny",
    "następna",
    "poprzedni",
    "poprzednia",
    "이전",
    "다음",
    "이전글",
    "다음글",
];

/// How a newsletter box opens.
const SIGN_UP: &[&str] = &[
    "receive email alerts",
    "receive e-mail alerts",
    "get email alerts",
    "sign up",
    "subscribe",
    "zapisz się",
    "zamów newsletter",
    "subskrybuj",
    "뉴스레터",
    "구독하기",
];

/// Words of a newsletter box anywhere in its line.
const INBOX: &[&str] = &[
    "your inbox",
    "twojej skrzynce",
    "twoją skrzynkę",
    "newsletter:",
    "뉴스레터 구독",
];

/// How a byline with its date opens.
const POSTED: &[&str] = &[
    "posted on ",
    "published on ",
    "posted by ",
    "opublikowano przez ",
];

/// A page's feedback question ("Was this page helpful?").
const FEEDBACK: &[&str] = &[
    "was this page useful",
    "is this page helpful",
    "만족하십니까",
    "도움이 되었습니까",
    "도움이 되셨나요",
    "was this page helpful",
    "was this information helpful",
    "is this page useful",
    "did you find what you were looking for",
    "czy ta strona była pomocna",
    "czy informacje były przydatne",
    "czy ta informacja była pomocna",
];

/// Words of a photo's credit in brackets.
const CREDIT_WORDS: &[&str] = &[
    "사진",
    "photo",
    "press corps",
    "pool",
    "fot.",
    "foto",
    "zdjęci",
    "getty",
    "reuters",
    "afp",
    "epa",
];

/// A caption that ends with its photo's credit in brackets: "Ministers sign the pact
/// (사진=해양수산부 제공)", "[연합뉴스 자료사진]", "(Pool photo) (Agency)".
fn ends_with_credit(line: &str) -> bool {
    let t = line.trim_end();
    // "… sign the arrangement. Photo courtesy of the Ministry": a last sentence that
    // only credits the photo.
    let last = t
        .rsplit_once(". ")
        .map_or(t, |(_, last)| last)
        .to_lowercase();
    if words(&last) <= 8 && CREDIT_OPENING.iter().any(|c| last.starts_with(c)) {
        return true;
    }
    // "The co-chairs in Brussels. © European Union, 2024": a caption and its credit.
    if let Some(at) = t.rfind('©') {
        let tail = &t[at + '©'.len_utf8()..];
        if at > 0 && words(tail) <= 6 && !ends_with_full_stop(tail) {
            return true;
        }
    }
    let Some(close) = t.chars().next_back().filter(|c| matches!(c, ')' | ']')) else {
        return false;
    };
    let open = if close == ')' { '(' } else { '[' };
    // The bracketed groups at the end of the line, the last first.
    let mut rest = t;
    while let Some(stripped) = rest.strip_suffix([')', ']']) {
        let Some(at) = stripped.rfind([open, '(', '[']) else {
            return false;
        };
        let group = stripped[at + 1..].to_lowercase();
        if group.split_whitespace().count() <= 6 && CREDIT_WORDS.iter().any(|w| group.contains(w)) {
            return true;
        }
        // "(대통령실 제공)", "(KOTRA 제공)": a name or two, then "provided"; words
        // with a particle ("기준은 별도 제공") make it a clause instead.
        if let Some((name, "제공")) = group.rsplit_once(' ') {
            let particle =
                |w: &str| w.ends_with(['은', '는', '을', '를', '이', '가', '도', '의', '에', '로']);
            let names: Vec<&str> = name.split_whitespace().collect();
            if (1..=2).contains(&names.len()) && !names.iter().any(|w| particle(w)) {
                return true;
            }
        }
        rest = stripped[..at].trim_end();
    }
    false
}

/// How a photo's credit opens: "Photo courtesy of …", "Photo by …", "Fot. …".
const CREDIT_OPENING: &[&str] = &[
    "photo courtesy of",
    "photo by ",
    "photo: ",
    "photograph by ",
    "image courtesy of",
    "fot. ",
    "zdjęcie: ",
    "사진=",
    "사진 제공",
];

/// Words of a copyright line.
pub(crate) const RIGHTS: &[&str] = &[
    "all rights reserved",
    "wszelkie prawa zastrzeżone",
    "무단전재",
    "무단 전재",
    "재배포 금지",
    "재배포금지",
];

/// Words of a contact line: a telephone, a fax, an address block's post code label.
const CONTACT: &[&str] = &[
    "tel.",
    "tel:",
    "tel ",
    "fax",
    "phone:",
    "telephone",
    "대표전화",
    "전화번호",
    "팩스",
    "문의처",
    "e-mail:",
    "email:",
    "by phone",
    "by email",
    "by e-mail",
    "inquiries:",
    "enquiries:",
    "kontakt:",
    "telefon:",
    "문의:",
    "연락처",
];

/// A line of an address or contact block (`line`, and `lower` its lower case): one of
/// [`CONTACT`]'s words, an e-mail address, a post code opening it ("(30121)
/// 세종특별자치시 ...") or before a place ("00-902 Warszawa").
fn is_contact(line: &str, lower: &str) -> bool {
    if CONTACT.iter().any(|w| lower.contains(w)) {
        return true;
    }
    let post_code = lower
        .strip_prefix('(')
        .and_then(|rest| rest.split_once(')'))
        .is_some_and(|(code, _)| code.len() == 5 && code.bytes().all(|b| b.is_ascii_digit()));
    html::has_email(lower) || post_code || html::has_post_code(line)
}

/// "– 2 –", "- 12 -", "Page 1 of 2", "Strona 3 z 5", "2 / 5", or a lone number of up
/// to three digits.
fn is_page_number(line: &str) -> bool {
    let lower = line.to_lowercase();
    let bare = lower.trim_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—'));
    let dashed = bare.len() < lower.trim().len();
    let bare = ["page ", "strona ", "str. ", "페이지 "]
        .iter()
        .find_map(|p| bare.strip_prefix(p))
        .unwrap_or(bare);
    let number = |s: &str, max: usize| {
        let s = s.trim();
        !s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    for sep in [" of ", " z ", "/"] {
        if let Some((a, b)) = bare.split_once(sep) {
            return number(a, 4) && number(b, 4);
        }
    }
    number(bare, if dashed { 4 } else { 3 })
}

/// "조회수 1,284", "Views: 2 418", "Wyświetleń: 310", or a lone count written with
/// thousands separators ("2,418").
pub(crate) fn is_view_count(line: &str) -> bool {
    let lower = line.to_lowercase();
    let rest = VIEWS
        .iter()
        .find_map(|w| lower.strip_prefix(w))
        .map(|r| r.trim_start_matches([':', ' ', '\t']));
    let digits = rest.unwrap_or(&lower).trim();
    let groups: Vec<&str> = digits.split([',', ' ']).collect();
    let thousands = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    let plain =
        !digits.is_empty() && digits.len() <= 9 && digits.bytes().all(|b| b.is_ascii_digit());
    thousands || (rest.is_some() && plain)
}

/// Labels of a page's view count.
const VIEWS: &[&str] = &[
    "liczba wyświetleń",
    "liczba odsłon",
    "조회수",
    "조회",
    "다운로드",
    "downloads",
    "pobrań",
    "views",
    "hits",
    "hit",
    "wyświetleń",
    "wyświetlenia",
    "odsłon",
];

/// For each piece, whether it is a whole body paragraph already found to be prose
/// (no rule fires on it).
fn body_prose(pieces: &[Piece], paras: &[(usize, usize)], prose: &[bool]) -> Vec<bool> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut p = 0;
    for piece in pieces {
        let (a, b) = (piece.start, piece.end);
        while p < paras.len() && paras[p].1 <= a && paras[p] != (a, b) {
            p += 1;
        }
        out.push(piece.zone == Zone::Body && p < paras.len() && paras[p] == (a, b) && prose[p]);
    }
    out
}

fn normalized_keep_case(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    Header,
    Body,
    Footer,
}

#[cfg(test)]
mod tests {
    //! Pages written for these tests, in the shape of real ones: none of these strings
    //! come from the seed corpus.

    use super::super::passage::paragraphs;
    use super::*;
    use proptest::prelude::*;

    fn roles(text: &str, title: Option<&str>) -> Vec<(String, Role)> {
        let layout = classify(text, &paragraphs(text), title);
        layout
            .blocks
            .iter()
            .map(|b| (text[b.start..b.end].to_string(), b.role))
            .collect()
    }

    fn role_of(all: &[(String, Role)], start: &str) -> Role {
        all.iter()
            .find(|(t, _)| t.starts_with(start))
            .unwrap_or_else(|| panic!("no block starting {start:?} in {all:#?}"))
            .1
    }

    const PROSE: &str = "The ministers of both countries met in Lisbon on Monday and agreed to \
        deepen their cooperation on batteries, hydrogen and offshore wind over the next decade.";

    #[test]
    fn lines_that_say_what_they_are() {
        let cases: &[(&str, Zone, Option<Reason>)] = &[
            ("– 3 –", Zone::Body, Some(Reason::PageNumber)),
            ("Page 2 of 7", Zone::Body, Some(Reason::PageNumber)),
            ("Strona 1 z 4", Zone::Body, Some(Reason::PageNumber)),
            ("12", Zone::Body, Some(Reason::CommentCount)),
            ("2030", Zone::Body, None),
            ("조회수 3,902", Zone::Header, Some(Reason::CommentCount)),
            ("Views: 88", Zone::Header, Some(Reason::CommentCount)),
            ("7,215", Zone::Header, Some(Reason::CommentCount)),
            ("3.5", Zone::Body, None),
            (
                "Posted: 3 March 2025, 09:12",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "입력 2025-03-03 09:12",
                Zone::Header,
                Some(Reason::Dateline),
            ),
            (
                "Photo: Ministry of Energy",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "(c) Agencja Informacyjna 2025",
                Zone::Footer,
                Some(Reason::PhotoCredit),
            ),
            (
                "Copyright Daily Courier Ltd",
                Zone::Footer,
                Some(Reason::Footer),
            ),
            (
                "ⓒ 한국일보, 무단전재 및 재배포 금지",
                Zone::Body,
                Some(Reason::Footer),
            ),
            (
                "(04520) 서울특별시 중구 세종대로 110",
                Zone::Footer,
                Some(Reason::Footer),
            ),
            (
                "Tel. +48 22 555 01 01, press@example.gov.pl",
                Zone::Footer,
                Some(Reason::Footer),
            ),
            ("Tel. +48 22 555 01 01", Zone::Body, Some(Reason::Footer)),
            (
                "hwang@ministry.example.kr",
                Zone::Body,
                Some(Reason::Footer),
            ),
            ("Tel. przedstawiciela w Seulu", Zone::Body, None),
            (
                "The fund gave EUR 1 000 000 000 to 120 firms",
                Zone::Body,
                None,
            ),
            (
                "Ten tekst przeczytasz w 5 minut",
                Zone::Header,
                Some(Reason::ReadingTime),
            ),
            ("6 min read", Zone::Header, Some(Reason::ReadingTime)),
            ("REKLAMA", Zone::Body, Some(Reason::Advertisement)),
            (
                "Report No. 7 · 2 June 2025 · 12 min read",
                Zone::Header,
                Some(Reason::ReadingTime),
            ),
            (
                "Get the report (PDF, 2 MB) · Cite this page",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            ("Offshore wind · Hydrogen · Grids", Zone::Body, None),
            (
                "+48 22 523 90 00 / +48 600 100 200",
                Zone::Body,
                Some(Reason::Footer),
            ),
            (
                "Liczba wyświetleń: 2 047",
                Zone::Footer,
                Some(Reason::CommentCount),
            ),
            (
                "Get the full report (PDF, 2.4 MB)",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            (
                "붙임 1. 한-스페인 협력 결과.hwpx",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            (
                "Komunikat końcowy.pdf (312 KB)",
                Zone::Body,
                Some(Reason::Attachment),
            ),
            ("The annex lists 12 projects.", Zone::Body, None),
            ("광고", Zone::Body, Some(Reason::Advertisement)),
            ("Previous", Zone::Footer, Some(Reason::PrevNext)),
            (
                "Następny: Umowa o drogach wodnych",
                Zone::Footer,
                Some(Reason::PrevNext),
            ),
            ("Next steps", Zone::Body, None),
            (
                "Sign up for our weekly briefing on Asian markets",
                Zone::Footer,
                Some(Reason::Form),
            ),
            (
                "Subscribers to the new network rose by a third",
                Zone::Body,
                None,
            ),
            (
                "Cotygodniowy przegląd rynku w Twojej skrzynce",
                Zone::Footer,
                Some(Reason::Form),
            ),
            (
                "Posted by Mark Dell in Energy and Climate",
                Zone::Header,
                Some(Reason::Byline),
            ),
            ("Portugal and Norway sign energy pact", Zone::Header, None),
            ("The pact takes effect in 2026.", Zone::Body, None),
            (
                "장관이 협약서에 서명하고 있다 (사진=해양수산부 제공)",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            ("[한국일보 자료사진]", Zone::Body, Some(Reason::PhotoCredit)),
            (
                "두 도시 시장이 협약서를 교환하고 있다 (부산시청 제공)",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "지원 대상은 중소기업이다 (세부 기준은 별도 제공)",
                Zone::Body,
                None,
            ),
            (
                "Ministers at the signing in Oslo. © Nordic Council, 2025",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "https://courier.example/news/wind-pact    Page 2 of 3",
                Zone::Footer,
                Some(Reason::PageNumber),
            ),
            (
                "The ministers in Lisbon. (Pool photo) (Courier)",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "The pact (signed in 2024) takes effect in 2026 (see annex)",
                Zone::Body,
                None,
            ),
            (
                "Czy ta strona była pomocna?",
                Zone::Footer,
                Some(Reason::Form),
            ),
            (
                "02/04/2025, 10:05    Wind pact signed | Courier",
                Zone::Header,
                Some(Reason::RunningHeader),
            ),
            (
                "Ministry of Energy        Lisbon, 3 March 2025",
                Zone::Header,
                Some(Reason::Dateline),
            ),
        ];
        for &(line, zone, want) in cases {
            assert_eq!(line_hint(line, zone), want, "{line}");
        }
    }

    #[test]
    fn a_box_of_link_lines_with_a_footer_line_is_chrome() {
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\n{PROSE} Second.\n\n\
             Most popular\nFerry strike ends after two weeks\nMarkets close higher on Friday\n\n\
             Opinion: why ports matter\nContact us: Rua do Ouro 12 | Tel. +351 21 000 0000\n\
             © Lisbon Courier 2025. All rights reserved.\n\n{PROSE} The last paragraph."
        );
        let all = roles(&text, None);
        // Both boxes stand between paragraphs of the body.
        assert_eq!(
            role_of(&all, "Most popular"),
            Role::Chrome(Reason::RelatedLinks),
            "{all:#?}"
        );
        assert!(
            matches!(role_of(&all, "Opinion: why"), Role::Chrome(_)),
            "{all:#?}"
        );
        assert_eq!(role_of(&all, PROSE), Role::Content);
        assert_eq!(role_of(&all, &format!("{PROSE} The last")), Role::Content);
    }

    #[test]
    fn a_table_or_a_wrapped_paragraph_is_not_a_box() {
        // Cells one to a line, a lone number among them, and a wrapped paragraph.
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\nProject\nCapacity\nOffshore wind\n120\nHydrogen\n45\n\n\
             The parties will report on progress every year\nto the joint committee, which meets in\nLisbon and Oslo in turn.\n\n{PROSE} End."
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Project"), Role::Content, "{all:#?}");
        assert_eq!(role_of(&all, "The parties will"), Role::Content);
    }

    #[test]
    fn a_title_wrapped_after_its_first_word_is_one_title() {
        let text = format!(
            "Rada Gminy Nowa Wieś\n\nSprawozdanie\nz realizacji umowy o współpracy z miastem Suwon\n\
             w latach 2021-2023\n\nNowa Wieś, 2 lutego 2024 r.\n\n{PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("Sprawozdanie z realizacji umowy o współpracy z miastem Suwon w latach 2021-2023")
        );
    }

    #[test]
    fn a_pasted_header_with_its_breadcrumb_and_a_wrapped_headline() {
        // Menus, a breadcrumb that ends in the headline's first words, a date line above
        // the headline, and the headline wrapped by the terminal at 80 columns.
        let text = format!(
            "Skip to main content\nNordic Council\nMeetings\nNews and press\n\
             Home News Press releases Nordic ministers agree on a joint plan for\nthe...\n\
             Press release\n4 June 2025 10:15\n\
             Nordic ministers agree on a joint plan for offshore wind grids in\nthe Baltic Sea\n\n\
             {PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some(
                "Nordic ministers agree on a joint plan for offshore wind grids in the Baltic Sea"
            ),
            "{:#?}",
            roles(&text, None)
        );
    }

    #[test]
    fn a_title_in_capitals_over_a_centred_block_is_one_title() {
        let text = format!(
            "              MEMORANDUM OF UNDERSTANDING\n\n\
             \x20     MEMORANDUM OF UNDERSTANDING ON OFFSHORE WIND\n\
             \x20                 AND GRID INTERCONNECTION\n\
             \x20  BETWEEN THE GOVERNMENT OF NORWAY AND THE GOVERNMENT OF\n\
             \x20                          PORTUGAL\n\n\
             \x20                   Lisbon, 3 March 2025\n\n{PROSE}\n\n{PROSE} End."
        );
        let layout = classify(&text, &paragraphs(&text), None);
        assert_eq!(
            layout.title.as_deref(),
            Some(
                "MEMORANDUM OF UNDERSTANDING ON OFFSHORE WIND AND GRID INTERCONNECTION \
                 BETWEEN THE GOVERNMENT OF NORWAY AND THE GOVERNMENT OF PORTUGAL"
            ),
            "{:#?}",
            roles(&text, None)
        );
    }

    #[test]
    fn headlines_under_a_lone_related_heading_are_its_links() {
        let text = format!(
            "Wind pact signed in Lisbon\n\n{PROSE}\n\nMost viewed\n\nFerry strike ends after two weeks\n\n\
             Markets close higher on Friday\n\n{PROSE} The pact takes effect in 2026."
        );
        let all = roles(&text, None);
        assert_eq!(
            role_of(&all, "Ferry strike"),
            Role::Chrome(Reason::RelatedLinks),
            "{all:#?}"
        );
        assert_eq!(
            role_of(&all, "Markets close"),
            Role::Chrome(Reason::RelatedLinks)
        );
        // The run ends at the next paragraph of prose.
        assert_eq!(role_of(&all, &format!("{PROSE} The pact")), Role::Content);
    }

    #[test]
    fn a_page_pasted_a_paragraph_a_line() {
        // A Korean ministry page copied from a browser: no blank lines, menus and a view
        // count around the headline, a caption, share buttons and a footer.
        let lines = [
            "본문 바로가기",
            "이 누리집은 대한민국 공식 전자정부 누리집입니다.",
            "알림마당",
            "보도자료",
            "홈 > 알림마당 > 보도자료",
            "한-포르투갈, 해상풍력 공동연구 착수",
            "등록일 2025.02.11 조회수 1,204",
            "해양수산부는 11일 리스본에서 포르투갈 바다경제부와 해상풍력 공동연구 협약을 체결하고 부유식 풍력 발전 실증을 함께 추진하기로 했다고 밝혔다.",
            "사진=해양수산부 제공",
            "양국은 2027년까지 실증 단지 두 곳을 조성하고 연구 인력을 교류하며, 그 성과를 국제 표준화 논의에 함께 제안하기로 합의했다.",
            "공유하기",
            "페이스북",
            "목록",
            "(30110) 세종특별자치시 다솜2로 94 해양수산부",
            "Copyright(C) Ministry of Oceans. All rights reserved.",
        ];
        let page = lines.join("\n");
        let paras: Vec<(usize, usize)> = crate::corpus::format::text::paragraphs(&page)
            .into_iter()
            .map(|p| (p.start, p.end))
            .collect();
        assert_eq!(paras.len(), lines.len());
        let layout = classify(&page, &paras, None);
        let all: Vec<(String, Role)> = layout
            .blocks
            .iter()
            .map(|b| (page[b.start..b.end].to_string(), b.role))
            .collect();
        assert_eq!(
            layout.title.as_deref(),
            Some("한-포르투갈, 해상풍력 공동연구 착수")
        );
        assert_eq!(
            role_of(&all, "이 누리집은"),
            Role::Chrome(Reason::SiteBanner)
        );
        assert_eq!(role_of(&all, "등록일"), Role::Chrome(Reason::Dateline));
        assert_eq!(role_of(&all, "해양수산부는 11일"), Role::Content);
        assert_eq!(role_of(&all, "사진="), Role::Chrome(Reason::PhotoCredit));
        assert_eq!(role_of(&all, "양국은 2027년"), Role::Content);
        assert!(matches!(role_of(&all, "공유하기"), Role::Chrome(_)));
        assert!(matches!(role_of(&all, "(30110)"), Role::Chrome(_)));
        assert!(matches!(role_of(&all, "Copyright"), Role::Chrome(_)));
    }

    #[test]
    fn running_headers_of_a_paged_text_are_set_aside() {
        let header = "Office of the Energy Regulator – Annual Review";
        let page = |n: usize, body: &str| format!("{header}\n\n{body}\n\n– {n} –\n");
        let text = [
            page(1, &format!("Offshore wind licences in 2024\n\n{PROSE}")),
            page(2, PROSE),
            page(3, PROSE),
        ]
        .join("\u{c}");
        let paras: Vec<(usize, usize)> = crate::corpus::format::text::paragraphs(&text)
            .into_iter()
            .map(|p| (p.start, p.end))
            .collect();
        let layout = classify(&text, &paras, None);
        let headers = layout
            .blocks
            .iter()
            .filter(|b| text[b.start..b.end].trim() == header)
            .map(|b| b.role)
            .collect::<Vec<_>>();
        // The first is set aside as a running header, its repeats are kept once.
        assert_eq!(
            headers,
            vec![
                Role::Chrome(Reason::RunningHeader),
                Role::Duplicate,
                Role::Duplicate
            ]
        );
        assert_eq!(
            layout.title.as_deref(),
            Some("Offshore wind licences in 2024")
        );
        let numbers = layout
            .blocks
            .iter()
            .filter(|b| text[b.start..b.end].starts_with('–'))
            .all(|b| b.role == Role::Chrome(Reason::PageNumber));
        assert!(numbers);
    }

    #[test]
    fn a_headline_below_its_date_line_and_a_menu_of_as_many_words() {
        let page = format!(
            "뉴스 정치 경제 사회 국제\n입력 2025.04.09 14:22\n한-헝가리, 배터리 재활용 공동연구센터 설립 합의\n김하늘 기자\n\n{PROSE}"
        );
        let layout = classify(&page, &paragraphs(&page), None);
        assert_eq!(
            layout.title.as_deref(),
            Some("한-헝가리, 배터리 재활용 공동연구센터 설립 합의")
        );
    }

    #[test]
    fn a_short_first_sentence_is_not_the_headline() {
        let page = format!(
            "Ministry of Energy\nWind pact signed in Lisbon\nThe ministers met on Monday.\n\n{PROSE}"
        );
        let layout = classify(&page, &paragraphs(&page), None);
        assert_eq!(layout.title.as_deref(), Some("Wind pact signed in Lisbon"));
    }

    #[test]
    fn a_comparison_in_running_text_is_not_a_breadcrumb() {
        assert_eq!(
            rule("Returns the value if x > 0 and y is set.", false),
            None
        );
        assert_eq!(
            rule("Home > News > Energy", false),
            Some(Reason::Breadcrumb)
        );
        let long = format!("Home » {}", "word ".repeat(40));
        assert_eq!(rule(&long, false), None);
    }

    #[test]
    fn a_blog_page_around_a_statement() {
        let page = format!(
            "Jump to content\nThe Daily Courier\n\nWorld › Europe\n\nPortugal and Norway sign energy pact\n\nPosted by editor\n\n{PROSE}\n\nRead also  Floods close roads in the north — Courier\n\n{PROSE} Second paragraph.\n\nRelated Posts\n\nAdd a comment\n\nWe use cookies to give you the best experience. Accept\n\nPrivacy and Cookies"
        );
        let all = roles(&page, None);
        assert_eq!(role_of(&all, "Jump to"), Role::Chrome(Reason::SkipLink));
        assert_eq!(role_of(&all, "The Daily"), Role::Chrome(Reason::PageHeader));
        assert_eq!(role_of(&all, "World ›"), Role::Chrome(Reason::Breadcrumb));
        assert_eq!(role_of(&all, "Portugal and Norway"), Role::Title);
        assert_eq!(role_of(&all, "Posted by"), Role::Chrome(Reason::Byline));
        assert_eq!(role_of(&all, "Read also"), Role::Chrome(Reason::SeeAlso));
        assert_eq!(
            role_of(&all, "Related Posts"),
            Role::Chrome(Reason::RelatedLinks)
        );
        assert_eq!(
            role_of(&all, "Add a comment"),
            Role::Chrome(Reason::CommentForm)
        );
        assert_eq!(
            role_of(&all, "We use cookies"),
            Role::Chrome(Reason::CookieNotice)
        );
        assert_eq!(
            role_of(&all, "Privacy and"),
            Role::Chrome(Reason::PrivacyNotice)
        );
        assert_eq!(role_of(&all, "The ministers"), Role::Content);
    }

    #[test]
    fn a_ministry_page_with_a_menu_and_link_list() {
        let page = format!(
            "Newsroom\n\n  - Start\n  - Newsroom\n  - Statements\n\nStatements\n\nJoint communiqué of the energy council\n\n{PROSE}\n\nNext steps\n\n{PROSE} They will meet again in spring.\n\nFurther reading\n\nEnergy union factsheet\n\nCouncil conclusions"
        );
        let all = roles(&page, None);
        assert_eq!(role_of(&all, "- Start"), Role::Chrome(Reason::Navigation));
        assert_eq!(role_of(&all, "Newsroom"), Role::Chrome(Reason::PageHeader));
        assert_eq!(role_of(&all, "Joint communiqué"), Role::Title);
        assert_eq!(
            role_of(&all, "Next steps"),
            Role::Content,
            "a heading inside the text stays"
        );
        assert_eq!(
            role_of(&all, "Further reading"),
            Role::Chrome(Reason::FooterLinks)
        );
        assert_eq!(
            role_of(&all, "Council conclusions"),
            Role::Chrome(Reason::FooterLinks)
        );
        let statements: Vec<_> = all.iter().filter(|(t, _)| t == "Statements").collect();
        assert_eq!(statements.len(), 1, "{all:#?}");
    }

    #[test]
    fn repeated_title_is_kept_once_and_manifest_title_wins() {
        let page =
            format!("Short label\n\nThe actual title of it\n\nThe actual title of it\n\n{PROSE}");
        let all = roles(&page, Some("The actual title of it"));
        assert_eq!(all.iter().filter(|(_, r)| *r == Role::Title).count(), 1);
        assert_eq!(all.iter().filter(|(_, r)| *r == Role::Duplicate).count(), 1);
        assert_eq!(
            role_of(&all, "Short label"),
            Role::Chrome(Reason::PageHeader)
        );
    }

    #[test]
    fn plain_text_without_chrome_is_all_content() {
        let text = format!("{PROSE}\n\n{PROSE} Again.\n\nA closing remark that is short.");
        assert!(roles(&text, None).iter().all(|(_, r)| *r == Role::Content));
    }

    #[test]
    fn prose_about_cookies_is_not_a_banner() {
        let text = format!("{PROSE}\n\nThe bakery sector exported cookies and bread worth two billion euro to Asian markets last year, the ministers noted.\n\n{PROSE} End.");
        assert!(roles(&text, None).iter().all(|(_, r)| *r == Role::Content));
    }

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
    fn white_space_outside_ascii_starts_with_a_listed_byte() {
        for c in (0..=char::MAX as u32).filter_map(char::from_u32) {
            if c.is_whitespace() && !c.is_ascii() {
                let first = c.encode_utf8(&mut [0; 4]).as_bytes()[0];
                assert!(may_start_space(first), "{c:?}");
            }
        }
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

    #[test]
    fn a_phrase_is_found_wherever_it_lies_in_a_long_text() {
        for list in Phrases::ANYWHERE {
            for phrase in list.list() {
                for at in 0..=200 {
                    let text = format!("{}{phrase}{}", "x".repeat(at), "y".repeat(200 - at));
                    let hits = PhraseHits::of(&text);
                    assert!(hits.contains(list), "{phrase:?} at {at}");
                }
            }
        }
        assert_eq!(PhraseHits::of(&"x".repeat(300)).contains, 0);
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

    /// Text with what normalizing must get right: ASCII runs of every length (so
    /// eight-byte chunks end everywhere), every kind of white space, Polish and Korean
    /// letters, and characters whose lower case is special.
    fn messy_text() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                6 => "[a-zA-Z.,]{1,12}",
                2 => "[a-ząćęłńóśźżĄĆĘŁŃÓŚŹŻ]{1,8}",
                2 => "[가-힣]{1,5}",
                4 => prop::sample::select(vec![
                    " ", " ", " ", "  ", "\t", "\n", "\r\n", "\u{b}", "\u{c}", "\u{85}",
                    "\u{a0}", "\u{1680}", "\u{2003}", "\u{2028}", "\u{202f}", "\u{3000}",
                    "\u{0}", "\u{1f}", "\u{7f}", "Σ", "ΑΣ", "İ", "\u{212a}", "ǅ", "ẞ", "»",
                    "•", "“", "…", "다",
                ])
                .prop_map(str::to_string),
            ],
            0..40,
        )
        .prop_map(|v| v.concat())
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
            let ranges = super::super::passage::lines(&text, a, text.len());
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
        fn words_are_counted_as_split_whitespace_counts_them(text in messy_text()) {
            prop_assert_eq!(words(&text), text.split_whitespace().count());
        }

        #[test]
        fn lower_for_rules_differs_from_to_lowercase_only_in_ascii_case(text in messy_text()) {
            let mut buffer = String::new();
            let lower = lower_for_rules(&text, &mut buffer);
            prop_assert_eq!(lower.to_ascii_lowercase(), text.to_lowercase());
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
            let ranges = super::super::passage::lines(&text, 0, text.len());
            let joined = ranges.iter().map(|&(a, b)| &text[a..b]).collect::<Vec<_>>().join("\n");
            prop_assert_eq!(lines_end_sentence(&text, &ranges), ends_sentence(&joined));
        }

        #[test]
        fn phrase_hits_are_the_lists_a_text_starts_with_or_contains(
            text in prop::collection::vec(
                prop_oneof![
                    messy_text(),
                    (
                        prop::sample::select(
                            Phrases::STARTS.iter().chain(&Phrases::ANYWHERE).chain(&[Phrases::Banner])
                                .flat_map(|l| l.list().iter().copied())
                                .collect::<Vec<_>>()
                        ),
                        any::<bool>(),
                    )
                        .prop_map(|(p, upper)| if upper { p.to_ascii_uppercase() } else { p.to_string() }),
                ],
                1..4,
            ).prop_map(|v| v.concat())
        ) {
            let lower = text.to_lowercase();
            let hits = PhraseHits::of(&lower);
            let folded = lower.to_ascii_lowercase();
            for list in Phrases::STARTS {
                let expected = list.list().iter().any(|p| folded.starts_with(p));
                prop_assert_eq!(hits.starts_with(list), expected, "{:?}", list);
            }
            for list in Phrases::ANYWHERE {
                let expected = list.list().iter().any(|p| folded.contains(p));
                prop_assert_eq!(hits.contains(list), expected, "{:?}", list);
            }
            if hits.contains(Phrases::Cookie) {
                let expected = BANNER.iter().any(|p| folded.contains(p));
                prop_assert_eq!(hits.contains(Phrases::Banner), expected);
            }
        }

        /// Blocks are the paragraphs, or the lines of the first ones (the page header),
        /// in order; one title at most.
        #[test]
        fn blocks_cover_the_paragraphs_in_order(
            paras in prop::collection::vec(
                prop::collection::vec(
                    prop_oneof![
                        messy_text(),
                        Just(PROSE.to_string()),
                        prop::sample::select(
                            [SKIP, RELATED, COOKIE, PRIVACY, BYLINE].concat()
                        ).prop_map(str::to_string),
                        Just("• Start".to_string()),
                        Just("Home » News".to_string()),
                    ],
                    1..4,
                ).prop_map(|lines| lines.join("\n")),
                0..10,
            ),
            first in any::<bool>(),
            last in any::<bool>(),
        ) {
            let text = paras.join("\n\n");
            let paras = paragraphs(&text);
            let layout = classify_part(&text, &paras, None, Part { first, last });
            let mut blocks = layout.blocks.iter().peekable();
            for &(a, b) in &paras {
                let block = blocks.next().expect("a block for every paragraph");
                if (block.start, block.end) == (a, b) {
                    continue;
                }
                // Split into its lines, a run of them kept together where a title
                // wraps over them.
                let lines = super::super::passage::lines(&text, a, b);
                let mut k = 0;
                let mut block = block;
                loop {
                    prop_assert_eq!(block.start, lines[k].0);
                    let run = lines[k..].iter().position(|l| l.1 == block.end);
                    prop_assert!(run.is_some(), "a block ends at a line's end");
                    k += run.unwrap_or(0) + 1;
                    if k == lines.len() {
                        break;
                    }
                    block = blocks.next().expect("a block for every line");
                }
            }
            prop_assert!(blocks.next().is_none());
            let titles = layout.blocks.iter().filter(|b| b.role == Role::Title).count();
            prop_assert!(titles <= 1);
            prop_assert!(titles == 0 || layout.title.is_some());
        }
    }

    fn text_layout(text: &str) -> Layout {
        let paras: Vec<(usize, usize)> = crate::corpus::format::text::paragraphs(text)
            .iter()
            .map(|p| (p.start, p.end))
            .collect();
        classify(text, &paras, None)
    }

    #[test]
    fn notes_of_the_office_and_the_page_that_lines_say() {
        let cases: &[(&str, Zone, Option<Reason>)] = &[
            ("담당부서 : 국제통상과", Zone::Header, Some(Reason::Footer)),
            (
                "담당자\t주무관 박서연 (044-123-4567)",
                Zone::Header,
                Some(Reason::Footer),
            ),
            (
                "Department in charge: Trade Policy Bureau",
                Zone::Header,
                Some(Reason::Footer),
            ),
            (
                "Contact: Press Officer Jane Doe",
                Zone::Body,
                Some(Reason::Footer),
            ),
            ("담당자는 매주 회의를 연다", Zone::Body, None),
            ("Contact between the two teams", Zone::Body, None),
            (
                "첨부 보고서 원문 다운로드",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            (
                "Download the full study",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            ("다운로드 1,042", Zone::Header, Some(Reason::CommentCount)),
            ("Downloads: 57", Zone::Header, Some(Reason::CommentCount)),
            (
                "회의 결과.hwpx [85KB] 미리보기",
                Zone::Header,
                Some(Reason::Attachment),
            ),
            (
                "Agenda.pdf (120 KB) Download",
                Zone::Footer,
                Some(Reason::Attachment),
            ),
            ("목록으로", Zone::Footer, Some(Reason::PrevNext)),
            (
                "Author: Jan Kowal, Policy Unit",
                Zone::Footer,
                Some(Reason::Byline),
            ),
            ("Autor: Maria Nowak", Zone::Footer, Some(Reason::Byline)),
            (
                "Delegates at the signing in Oslo. Photo courtesy of the Ministry",
                Zone::Body,
                Some(Reason::PhotoCredit),
            ),
            (
                "Home   About   Offices   Newsroom",
                Zone::Header,
                Some(Reason::Navigation),
            ),
            ("Home   About   Offices   Newsroom", Zone::Body, None),
            (
                "Units   Growth in the first quarter of the year   Share",
                Zone::Header,
                None,
            ),
        ];
        for &(line, zone, want) in cases {
            assert_eq!(line_hint(line, zone), want, "{line:?}");
        }
    }

    #[test]
    fn disclaimers_and_licence_notices_are_set_aside() {
        let cases: &[(&str, Option<Reason>)] = &[
            (
                "이 보고서의 내용은 집필진의 개인 의견이며 본 연구원의 공식 견해가 아닙니다.",
                Some(Reason::Disclaimer),
            ),
            (
                "The opinions expressed in this paper do not necessarily reflect those of the institute.",
                Some(Reason::Disclaimer),
            ),
            (
                "본 누리집의 게시물은 \"공공누리 제3유형 : 출처표시+변경금지\" 조건에 따라 이용할 수 있습니다.",
                Some(Reason::Disclaimer),
            ),
            (
                "The ministry set out its official position on the tariff in a letter to the council.",
                None,
            ),
        ];
        for &(text, want) in cases {
            assert_eq!(rule(text, false), want, "{text:?}");
        }
        // Markdown's prose blocks too.
        let blocks = [
            (PROSE, BlockKind::Paragraph),
            (
                "Niniejsza analiza nie odzwierciedla oficjalnego stanowiska ministerstwa, a jedynie poglądy jej autorów i autorek.",
                BlockKind::Paragraph,
            ),
        ];
        assert_eq!(
            extracted_chrome(&blocks),
            vec![None, Some(Reason::Disclaimer)]
        );
    }

    #[test]
    fn a_byline_of_two_authors() {
        assert_eq!(
            rule("By Anna Lee and Piotr Zieliński", false),
            Some(Reason::Byline)
        );
        assert_eq!(
            rule("By Maria Nowak, Tom Hart and Lee Min-ho", false),
            Some(Reason::Byline)
        );
        assert_eq!(rule("By the end of the year and beyond", false), None);
    }

    #[test]
    fn a_pasted_footer_closed_by_its_copyright_line_is_the_footer() {
        let text = format!(
            "{PROSE}\n\nPrices are indicative and may be delayed. See our terms for the\n\
             full list of sources.\n© 2024 Example Wire. All rights reserved\n"
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Prices are"), Role::Chrome(Reason::Footer));
        assert_eq!(role_of(&all, "The ministers"), Role::Content);
    }

    #[test]
    fn a_headline_wrapped_after_a_connector_is_whole() {
        let text = format!(
            "Home\nNewsroom\nPress Release\nCanada and Korea Sign Memorandum to Expand\n\
             Clean Hydrogen Trade Corridors\nMarch 4, 2025\n\n{PROSE}\n"
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("Canada and Korea Sign Memorandum to Expand Clean Hydrogen Trade Corridors")
        );
    }

    #[test]
    fn a_headline_found_by_its_second_line_takes_its_first() {
        let text = format!(
            "Biuro Prasowe\nGdańsk, 3 marca 2025 r.\nKOMUNIKAT\nMiasto Gdańsk i port Busan podpisały\n\
             porozumienie o współpracy w dziedzinie logistyki morskiej\n\n{PROSE}\n"
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("Miasto Gdańsk i port Busan podpisały porozumienie o współpracy w dziedzinie logistyki morskiej")
        );
    }

    #[test]
    fn a_running_header_of_two_lines_is_not_the_title() {
        let page = |body: &str| format!("REGION NORTH\nRegional Office of Example\n{body}\n");
        let text = format!(
            "{}\u{c}{}\u{c}",
            page(&format!(
                "Harbour Towns Agree to Share Data on\nShipping Emissions\n\n{PROSE}"
            )),
            page(PROSE)
        );
        let layout = text_layout(&text);
        assert_eq!(
            layout.title.as_deref(),
            Some("Harbour Towns Agree to Share Data on Shipping Emissions")
        );
    }

    #[test]
    fn a_name_above_the_date_line_is_the_byline() {
        let text = format!(
            "Gospodarka\nPorty Bałtyku szukają partnerów w Azji Wschodniej\nTomasz Lis-Nowak\n\
             04.02.2025, 10:15\n\n{PROSE}\n"
        );
        let all = roles(&text, None);
        assert_eq!(role_of(&all, "Tomasz"), Role::Chrome(Reason::Byline));
        assert!(!is_name("PRESS RELEASE"));
        assert!(!is_name("Biuro 2025"));
    }
}
