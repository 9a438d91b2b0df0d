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

use rustc_hash::FxHashSet;

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
    /// "See also <another article>".
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
    "trending now",
    "podobne artykuły",
    "powiązane artykuły",
    "polecane artykuły",
    "najczęściej czytane",
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

fn words(text: &str) -> usize {
    if text.is_ascii() {
        // Runs of non-whitespace bytes, as `split_whitespace` counts them.
        let mut n = 0;
        let mut in_word = false;
        for &b in text.as_bytes() {
            let space = b.is_ascii_whitespace() || b == 0x0B;
            n += usize::from(!space && !in_word);
            in_word = !space;
        }
        n
    } else {
        text.split_whitespace().count()
    }
}

fn ends_sentence(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']')
    });
    t.ends_with(['.', '!', '?', '…', '。', '다'])
}

/// A paragraph of running text: a sentence of twenty words or more.
fn is_prose(text: &str) -> bool {
    let n = words(text);
    let hangul = if text.is_ascii() {
        0
    } else {
        text.chars()
            .filter(|&c| crate::analysis::korean::is_hangul(c))
            .count()
    };
    let long = n >= 20 || hangul >= 60;
    (long && ends_sentence(text)) || n >= 40
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
    const ALL: [Phrases; 9] = [
        Phrases::Skip,
        Phrases::Related,
        Phrases::SeeAlso,
        Phrases::Comment,
        Phrases::Cookie,
        Phrases::Privacy,
        Phrases::Share,
        Phrases::Byline,
        Phrases::Banner,
    ];

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

/// Which phrase lists a (lower-cased) text contains, and which it starts with: every
/// list in one scan (Aho-Corasick) rather than a search per phrase.
#[derive(Debug, Clone, Copy, Default)]
struct PhraseHits {
    contains: u16,
    starts: u16,
}

impl PhraseHits {
    fn of(lower: &str) -> PhraseHits {
        use aho_corasick::AhoCorasick;
        static AUTOMATON: std::sync::OnceLock<(AhoCorasick, Vec<Phrases>)> =
            std::sync::OnceLock::new();
        let (automaton, kinds) = AUTOMATON.get_or_init(|| {
            let mut patterns = Vec::new();
            let mut kinds = Vec::new();
            for kind in Phrases::ALL {
                for p in kind.list() {
                    patterns.push(*p);
                    kinds.push(kind);
                }
            }
            let automaton = AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(&patterns)
                .expect("the phrase lists compile");
            (automaton, kinds)
        });
        let mut hits = PhraseHits::default();
        for m in automaton.find_overlapping_iter(lower) {
            let bit = kinds[m.pattern().as_usize()].bit();
            hits.contains |= bit;
            if m.start() == 0 {
                hits.starts |= bit;
            }
        }
        hits
    }

    fn starts_with(&self, list: Phrases) -> bool {
        self.starts & list.bit() != 0
    }

    fn contains(&self, list: Phrases) -> bool {
        self.contains & list.bit() != 0
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

/// Longest line, in words, that can be a breadcrumb (`Home » <an article's title>`).
const MAX_BREADCRUMB_WORDS: usize = 30;

/// Longest block, in words, that a phrase rule can fire on (the cookie-banner rule).
const MAX_PHRASE_RULE_WORDS: usize = 80;

/// The phrase and pattern rules; `edge` is true in the page header and footer.
fn rule(text: &str, edge: bool) -> Option<Reason> {
    let n = words(text.trim().trim_start_matches(BULLETS).trim());
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if n > MAX_PHRASE_RULE_WORDS {
        // Too long for any phrase rule: only a menu can be this long.
        return (lines.len() >= 2 && lines.iter().all(|l| is_menu_item(l)))
            .then_some(Reason::Navigation);
    }
    // The phrase lists are matched without regard to ASCII case; other text is
    // lower-cased first.
    let trimmed = text.trim();
    let lowered;
    let lower = if trimmed.is_ascii() {
        trimmed
    } else {
        lowered = trimmed.to_lowercase();
        lowered.as_str()
    };
    let lower = lower.trim_start_matches(BULLETS).trim();
    let hits = PhraseHits::of(lower);
    if n <= 6 && hits.starts_with(Phrases::Skip) {
        return Some(Reason::SkipLink);
    }
    if n <= 6 && hits.starts_with(Phrases::Related) {
        return Some(Reason::RelatedLinks);
    }
    if lines.len() == 1 && n <= 40 && hits.starts_with(Phrases::SeeAlso) {
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
    if lines.len() == 1
        && n <= 4
        && !ends_sentence(lower)
        && (hits.starts_with(Phrases::Byline) || (n <= 3 && lower.ends_with("기자")))
    {
        return Some(Reason::Byline);
    }
    if lines.len() >= 2 && lines.iter().all(|l| is_menu_item(l)) {
        return Some(Reason::Navigation);
    }
    if lines.len() == 1 && edge && is_menu_item(lines[0]) {
        return Some(Reason::Navigation);
    }
    if lines.len() == 1 && n <= MAX_BREADCRUMB_WORDS {
        // `>` is also a comparison in running text (`if x > 0`): as a separator it
        // takes two, `Home > News > Page`.
        for (sep, least) in [(" » ", 1), (" › ", 1), (" > ", 2)] {
            if lower.matches(sep).count() >= least && lower.split(sep).any(|seg| words(seg) <= 3) {
                return Some(Reason::Breadcrumb);
            }
        }
        if edge {
            for sep in [" | ", " / "] {
                if lower.contains(sep) && lower.split(sep).all(|seg| words(seg) <= 4) {
                    return Some(Reason::Breadcrumb);
                }
            }
        }
    }
    None
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
/// either end, to `out`: how blocks and lines are compared.
fn normalize_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        let mut bytes = std::mem::take(out).into_bytes();
        let start = bytes.len();
        let mut space = false;
        for &b in text.as_bytes() {
            if b.is_ascii_whitespace() || b == 0x0B {
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

/// Normalized texts seen so far, to tell repeats.
#[derive(Default)]
struct Seen {
    set: FxHashSet<String>,
    buffer: String,
}

impl Seen {
    /// Whether `text` (normalized) is new; it is remembered either way.
    fn insert(&mut self, text: &str) -> bool {
        self.buffer.clear();
        normalize_into(text, &mut self.buffer);
        if self.set.contains(self.buffer.as_str()) {
            return false;
        }
        self.set.insert(self.buffer.clone());
        true
    }
}

/// Lines seen so far, by a 64-bit hash of their normalized text: only used to judge
/// what is prose, where a collision (about one in 10^13 pages) would cost nothing
/// worse than a misjudged paragraph; nothing is dropped on the strength of it.
#[derive(Default)]
struct SeenLines {
    set: FxHashSet<u64>,
    buffer: String,
}

impl SeenLines {
    fn insert(&mut self, line: &str) -> bool {
        use std::hash::BuildHasher;
        self.buffer.clear();
        normalize_into(line, &mut self.buffer);
        let hash = rustc_hash::FxBuildHasher.hash_one(self.buffer.as_bytes());
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

/// [`classify`] for one part of a document.
pub fn classify_part(
    text: &str,
    paras: &[(usize, usize)],
    known_title: Option<&str>,
    part: Part,
) -> Layout {
    use super::passage::lines;

    // Prose that a rule recognises (a long breadcrumb, a cookie banner) does not count,
    // nor do lines a page repeats (a title printed again under a byline).
    let mut seen_lines = SeenLines::default();
    let mut joined = String::new();
    let prose: Vec<bool> = paras
        .iter()
        .map(|&(a, b)| {
            let all = lines(text, a, b);
            joined.clear();
            for (la, lb) in all {
                let line = &text[la..lb];
                if seen_lines.insert(line) {
                    if !joined.is_empty() {
                        joined.push('\n');
                    }
                    joined.push_str(line);
                }
            }
            // A prose paragraph a rule leaves alone even at the page's edge is left
            // alone in the body too (the edge only adds rules).
            is_prose(&joined) && rule(&text[a..b], true).is_none()
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
    // on consecutive lines.
    let mut pieces: Vec<(usize, usize, Zone)> = Vec::new();
    for (i, &(a, b)) in paras.iter().enumerate() {
        if i < header_end {
            for (la, lb) in lines(text, a, b) {
                pieces.push((la, lb, Zone::Header));
            }
        } else if last_prose.is_some_and(|last| i > last) {
            pieces.push((a, b, Zone::Footer));
        } else {
            pieces.push((a, b, Zone::Body));
        }
    }

    let mut roles: Vec<Role> = pieces
        .iter()
        .zip(body_prose(&pieces, paras, &prose))
        .map(|(&(a, b, zone), known_prose)| {
            if known_prose {
                return Role::Content;
            }
            match rule(&text[a..b], zone != Zone::Body) {
                Some(reason) => Role::Chrome(reason),
                None => Role::Content,
            }
        })
        .collect();

    // The title: the header line matching the manifest title, else the longest short line.
    let header: Vec<usize> = (0..pieces.len())
        .filter(|&i| pieces[i].2 == Zone::Header && roles[i] == Role::Content)
        .collect();
    let wanted = known_title.map(normalized);
    let by_manifest = wanted.as_ref().and_then(|w| {
        header.iter().copied().find(|&i| {
            let line = normalized(&text[pieces[i].0..pieces[i].1]);
            line == *w || (line.len() > 8 && (w.contains(&line) || line.contains(w.as_str())))
        })
    });
    let title_at = by_manifest.or_else(|| {
        header
            .iter()
            .copied()
            .filter(|&i| words(&text[pieces[i].0..pieces[i].1]) <= MAX_TITLE_WORDS)
            .max_by_key(|&i| (words(&text[pieces[i].0..pieces[i].1]), std::cmp::Reverse(i)))
    });
    if let Some(t) = title_at {
        roles[t] = Role::Title;
        for &i in header.iter().filter(|&&i| i < t) {
            roles[i] = Role::Chrome(Reason::PageHeader);
        }
    }

    // After the text: lists of short lines without sentences are links.
    for (i, &(a, b, zone)) in pieces.iter().enumerate() {
        if zone == Zone::Footer && roles[i] == Role::Content {
            let block = &text[a..b];
            let link_like = block
                .lines()
                .filter(|l| !l.trim().is_empty())
                .all(|l| words(l) <= 8 && !ends_sentence(l));
            if link_like {
                roles[i] = Role::Chrome(Reason::FooterLinks);
            }
        }
    }

    // The same block twice (a title repeated by the page) is kept once.
    let mut seen = Seen::default();
    for (i, &(a, b, _)) in pieces.iter().enumerate() {
        if !seen.insert(&text[a..b]) {
            roles[i] = Role::Duplicate;
        }
    }

    let title = title_at.map(|t| normalized_keep_case(&text[pieces[t].0..pieces[t].1]));
    Layout {
        blocks: pieces
            .iter()
            .zip(roles)
            .map(|(&(start, end, _), role)| Block { start, end, role })
            .collect(),
        title,
    }
}

/// For each piece, whether it is a whole body paragraph already found to be prose
/// (no rule fires on it).
fn body_prose(
    pieces: &[(usize, usize, Zone)],
    paras: &[(usize, usize)],
    prose: &[bool],
) -> Vec<bool> {
    let mut out = Vec::with_capacity(pieces.len());
    let mut p = 0;
    for &(a, b, zone) in pieces {
        while p < paras.len() && paras[p].1 <= a && paras[p] != (a, b) {
            p += 1;
        }
        out.push(zone == Zone::Body && p < paras.len() && paras[p] == (a, b) && prose[p]);
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
}
