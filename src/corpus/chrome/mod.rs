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
//!
//! The rules live beside what they read: `block_rules` (phrase and pattern rules over a
//! block, boxes of lines), `line_rules` (what one line says it is), `title` (the
//! headline among the header's lines), `layout` (the pass over a text's paragraphs),
//! `extracted` (Markdown's blocks), over `phrases` (the stock-phrase lists and their
//! automaton), `normalize` (comparing and hashing text) and `words` (counting words,
//! telling sentences and prose).

mod block_rules;
mod extracted;
mod layout;
mod line_rules;
mod normalize;
mod phrases;
#[cfg(test)]
mod test_pages;
mod title;
mod words;

pub use layout::{classify, classify_part};

pub(crate) use extracted::{extracted_chrome, is_pointed_caption};
pub(crate) use line_rules::{is_view_count, RIGHTS};
pub(crate) use title::{is_title_label, title_of_line, without_type_label};
pub(crate) use words::ends_with_full_stop;

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
    /// A counter of comments, views, likes or downloads ("댓글 0", "조회수 412",
    /// "Views: 88").
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
    /// A line of the page's categories or tags ("Kategoria: Współpraca", "Tags: …").
    Tags,
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
            Reason::CommentCount => "counter",
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
            Reason::Tags => "category or tag line",
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Zone {
    Header,
    Body,
    Footer,
}
