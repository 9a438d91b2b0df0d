//! HTML pages: the statement's text, with where each paragraph is in the file, and the
//! page's chrome set aside by its structure.
//!
//! The page is read by html5gum's tokenizer (WHATWG-conformant, entities decoded, raw
//! text in `script`/`style`/`textarea` handled as browsers do) with each token's byte
//! span in the file. lol_html also gives spans but leaves entities encoded and sees
//! no document tree; html5ever builds the tree but keeps only line numbers; the
//! readability crates (dom_smoothie, trafilatura) keep no positions at all. html5gum has
//! no dependencies and builds in seconds.
//!
//! On the tokens runs a small tree builder of our own: a stack of open elements with
//! the implied end tags that matter for text (`<p>` closed by a block, `<li>` by the
//! next `<li>`, table cells), at most [`MAX_DEPTH`] levels deep and [`MAX_NODES`]
//! elements, never recursive, so broken markup, 10^5 nested tags or 10^6 elements
//! cost linear time and bounded memory. Text goes to the innermost open block element
//! (`p`, `li`, `h1`, `td`, `div`...), inline tags joined without breaking words, `<br>`
//! kept as a line break and `<br><br>` ending a block.
//!
//! What is content is decided in three steps:
//! 1. **Structure**: each element gets a reason when its tag, ARIA role, `hidden` state
//!    or class and id names (`hints`) say it is chrome: `nav`, `header`, `footer`
//!    (outside an `article`/`main`), `aside`, forms, buttons, `noscript`, cookie
//!    banners, share bars, related-article lists, breadcrumbs, photo captions... A
//!    reason read from names, or a form's, is dropped when the element holds much of
//!    the page's prose (ASP.NET pages wrap the whole page in a `<form>`).
//! 2. **Main content**: `main`, `[role=main]`, `[itemprop=articleBody]`, else the
//!    `article` with the most prose, else the container a readability-style score
//!    picks (paragraphs with sentence punctuation score their container and half that
//!    its parent, less the share of link text). Short or link-dense blocks outside it
//!    are set aside as outside the content; prose outside it stays.
//! 3. **Words** of short blocks (`hints::text_hint`): government-site banners, page
//!    tools, comment counts, "이미지 확대" buttons, skip links, credits; and their shape
//!    (`hints::furniture_hint`): contact and address blocks, credits lines, agencies'
//!    signatures, source and tag lines; prose outside the content above the site's
//!    header (a notice of the site's) is set aside too; date lines
//!    ("입력 2023-05-22") become [`BlockKind::Dateline`] blocks, set aside but read for
//!    the date by `corpus` (not the dates of a data table's column, nor a lone year
//!    heading one).
//!
//! The headline is always content, wherever the template put it: an `h1`/`h2` matching
//! the page's declared title; else a block that is the declared title or is named as a
//! headline; else the content's first `h1`; else the most prominent heading or
//! title-like line among the few just above the first paragraph of prose (past date
//! lines and bylines). Never the site's name: an `h1` with the site's menus or header
//! between it and the text, or that spells `og:site_name`, the site's part of `<title>`
//! or the copyright holder, is the logo. A headline inside an element named a header
//! makes it the article's header (its date line is read), short labels above the
//! headline are the page's header, and a heading whose section is all set aside goes
//! with it.

mod charset;
mod hints;
mod meta;

pub(crate) use meta::{declared_title_gives_way, declared_title_without_site};

use html5gum::{DefaultEmitter, Token, Tokenizer};

pub(crate) use hints::{has_email, has_phone_number, has_post_code, text_hint};
pub(crate) use meta::is_dateline;

use super::{Block, BlockKind, Extraction, Format, TextRelation};
use crate::corpus::chrome::Reason;
use crate::corpus::decode::Unreadable;
use crate::corpus::passage::{LineIndex, SourceSpan};

/// Larger HTML files are refused rather than read whole.
pub const MAX_BYTES: usize = 64 << 20;
/// Elements nested deeper than this are read as if they were at this depth.
pub const MAX_DEPTH: usize = 512;
/// Elements after this many are read as text of the last open element.
pub const MAX_NODES: usize = 1 << 22;
/// How far down the stack an implied end tag looks for its element.
const SCOPE_SEARCH: usize = 64;
/// A block this long with sentence punctuation is prose.
const PROSE_CHARS: u32 = 60;

/// The `src` of every `frame` and `iframe` of a page, in order (at most eight): a
/// frameset, or a page that only wraps a viewer `iframe`, keeps its text in those pages.
fn frame_sources(text: &str) -> Vec<String> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for (start, _) in lower.match_indices('<') {
        let rest = &lower[start + 1..];
        let after_name = rest
            .strip_prefix("iframe")
            .or_else(|| rest.strip_prefix("frame"));
        if !after_name.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_whitespace())) {
            continue;
        }
        let tag_end = lower[start..].find('>').map_or(lower.len(), |e| start + e);
        let tag = &lower[start..tag_end];
        let Some(src) = tag.find(" src=").or_else(|| tag.find("\tsrc=")) else {
            continue;
        };
        let raw = &text[start + src + 5..tag_end];
        let value = match raw.chars().next() {
            Some(q @ ('"' | '\'')) => raw[1..].split(q).next().unwrap_or(""),
            _ => raw
                .split(|c: char| c.is_ascii_whitespace())
                .next()
                .unwrap_or("")
                .trim_end_matches('/'),
        };
        if !value.is_empty() && out.len() < 8 {
            out.push(value.to_string());
        }
    }
    out
}

/// Extracts the text blocks and metadata of an HTML page; see the module documentation.
pub fn extract(bytes: &[u8]) -> Result<Extraction, Unreadable> {
    if bytes.len() > MAX_BYTES {
        return Err(Unreadable::TooLarge(format!(
            "{} MB; accord reads HTML files up to {} MB",
            bytes.len() >> 20,
            MAX_BYTES >> 20
        )));
    }
    if bytes.contains(&0) && !bytes.starts_with(b"\xFF\xFE") && !bytes.starts_with(b"\xFE\xFF") {
        return Err(Unreadable::Binary);
    }
    let source = charset::decode(bytes)?;
    let text: &str = &source.text;
    if text.trim().is_empty() {
        return Err(Unreadable::Empty);
    }
    let page = Builder::new(text).build();
    let decided = decide(&page);
    let mut meta = meta::metadata(&page, &decided);
    if let Some(encoding) = source.transcoded_from {
        meta.fields
            .push(("encoding".to_string(), encoding.to_string()));
    }

    let lines = LineIndex::new(text);
    let file_span = |start: usize, end: usize| -> SourceSpan {
        let span = lines.span(start, end);
        SourceSpan {
            byte_start: source.map.file_offset(text, start),
            byte_end: source.map.file_offset(text, end),
            ..span
        }
    };
    let mut blocks: Vec<Block> = page
        .blocks
        .iter()
        .zip(decided.blocks)
        .map(|(raw, d)| Block {
            text: raw.text.clone(),
            kind: d.kind,
            span: file_span(raw.start, raw.end),
            pages: None,
            set_aside: d.reason,
        })
        .collect();
    blocks.sort_by_key(|b| b.span.byte_start);
    if blocks.iter().all(|b| b.set_aside.is_some()) {
        let frames = frame_sources(text);
        if !frames.is_empty() {
            return Err(Unreadable::Frames(frames));
        }
        if meta.title.is_none() {
            return Err(Unreadable::Empty);
        }
    }
    Ok(Extraction {
        blocks,
        meta,
        relation: TextRelation::Extracted {
            format: Format::Html,
        },
    })
}

/// The elements accord tells apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
enum Tag {
    Root,
    Html,
    Head,
    Body,
    Title,
    Meta,
    Script,
    Style,
    Noscript,
    Template,
    Svg,
    Iframe,
    Main,
    Article,
    Section,
    Nav,
    Header,
    Footer,
    Aside,
    Form,
    Button,
    Select,
    Option,
    Textarea,
    A,
    P,
    Div,
    Li,
    Ul,
    Ol,
    Dl,
    Dt,
    Dd,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Table,
    Tr,
    Td,
    Th,
    Caption,
    Blockquote,
    Pre,
    Figure,
    Figcaption,
    Img,
    Br,
    Hr,
    Time,
    Address,
    Details,
    Summary,
    Dialog,
    Fieldset,
    Legend,
    Menu,
    /// Other block-level elements (`center`, `hgroup`, `tbody`...).
    Block,
    /// Other void elements (`input`, `link`, `wbr`...): never open.
    Void,
    /// Inline formatting (`span`, `b`, `font`...) and unknown elements.
    Inline,
}

const TAG_COUNT: usize = Tag::Inline as usize + 1;

impl Tag {
    fn of(name: &[u8]) -> Tag {
        match name {
            b"html" => Tag::Html,
            b"head" => Tag::Head,
            b"body" => Tag::Body,
            b"title" => Tag::Title,
            b"meta" => Tag::Meta,
            b"script" => Tag::Script,
            b"style" => Tag::Style,
            b"noscript" => Tag::Noscript,
            b"template" => Tag::Template,
            b"svg" | b"math" | b"canvas" | b"object" | b"video" | b"audio" | b"map" => Tag::Svg,
            b"iframe" | b"noembed" | b"noframes" => Tag::Iframe,
            b"main" => Tag::Main,
            b"article" => Tag::Article,
            b"section" => Tag::Section,
            b"nav" => Tag::Nav,
            b"header" => Tag::Header,
            b"footer" => Tag::Footer,
            b"aside" => Tag::Aside,
            b"form" => Tag::Form,
            b"button" => Tag::Button,
            b"select" | b"datalist" => Tag::Select,
            b"option" | b"optgroup" => Tag::Option,
            b"textarea" => Tag::Textarea,
            b"a" => Tag::A,
            b"p" => Tag::P,
            b"div" => Tag::Div,
            b"li" => Tag::Li,
            b"ul" => Tag::Ul,
            b"ol" => Tag::Ol,
            b"dl" => Tag::Dl,
            b"dt" => Tag::Dt,
            b"dd" => Tag::Dd,
            b"h1" => Tag::H1,
            b"h2" => Tag::H2,
            b"h3" => Tag::H3,
            b"h4" => Tag::H4,
            b"h5" => Tag::H5,
            b"h6" => Tag::H6,
            b"table" => Tag::Table,
            b"tr" => Tag::Tr,
            b"td" => Tag::Td,
            b"th" => Tag::Th,
            b"caption" => Tag::Caption,
            b"blockquote" => Tag::Blockquote,
            b"pre" | b"listing" | b"xmp" | b"plaintext" => Tag::Pre,
            b"figure" => Tag::Figure,
            b"figcaption" => Tag::Figcaption,
            // AMP pages' images are `amp-img` elements, with their `alt`.
            b"img" | b"amp-img" => Tag::Img,
            b"br" => Tag::Br,
            b"hr" => Tag::Hr,
            b"time" => Tag::Time,
            b"address" => Tag::Address,
            b"details" => Tag::Details,
            b"summary" => Tag::Summary,
            b"dialog" => Tag::Dialog,
            b"fieldset" => Tag::Fieldset,
            b"legend" => Tag::Legend,
            b"menu" => Tag::Menu,
            b"center" | b"hgroup" | b"tbody" | b"thead" | b"tfoot" | b"colgroup" | b"search"
            | b"frameset" => Tag::Block,
            b"area" | b"base" | b"col" | b"embed" | b"input" | b"link" | b"param" | b"source"
            | b"track" | b"wbr" | b"keygen" | b"basefont" | b"bgsound" | b"frame" => Tag::Void,
            _ => Tag::Inline,
        }
    }

    /// Whether text inside starts a new block.
    fn is_block(self) -> bool {
        !matches!(
            self,
            Tag::A
                | Tag::Inline
                | Tag::Time
                | Tag::Button
                | Tag::Select
                | Tag::Option
                | Tag::Textarea
                | Tag::Img
                | Tag::Br
                | Tag::Void
                | Tag::Meta
                | Tag::Title
                | Tag::Script
                | Tag::Style
                | Tag::Svg
                | Tag::Iframe
        )
    }

    /// Whether the start of this element closes an open `<p>`.
    fn closes_p(self) -> bool {
        self.is_block()
            && !matches!(
                self,
                Tag::Root
                    | Tag::Html
                    | Tag::Head
                    | Tag::Body
                    | Tag::Noscript
                    | Tag::Template
                    | Tag::Td
                    | Tag::Th
                    | Tag::Tr
                    | Tag::Caption
                    | Tag::Legend
                    | Tag::Summary
                    | Tag::Dt
                    | Tag::Dd
            )
    }

    fn heading_level(self) -> Option<u8> {
        match self {
            Tag::H1 => Some(1),
            Tag::H2 => Some(2),
            Tag::H3 => Some(3),
            Tag::H4 => Some(4),
            Tag::H5 => Some(5),
            Tag::H6 => Some(6),
            _ => None,
        }
    }

    fn block_kind(self) -> BlockKind {
        match self {
            Tag::P => BlockKind::Paragraph,
            Tag::Li | Tag::Dt | Tag::Dd => BlockKind::ListItem,
            Tag::Td | Tag::Th => BlockKind::TableCell,
            Tag::Caption | Tag::Figcaption => BlockKind::Caption,
            Tag::Blockquote => BlockKind::Quote,
            Tag::Pre => BlockKind::Preformatted,
            t => t
                .heading_level()
                .map_or(BlockKind::Other, BlockKind::Heading),
        }
    }
}

/// An element of the page.
#[derive(Debug, Clone)]
struct Node {
    parent: u32,
    tag: Tag,
    /// Why structure sets it aside, if it does.
    own: Option<Reason>,
    /// Whether `own` came from names or a form (dropped if the element holds prose).
    weak: bool,
    /// `role=main` or `itemprop=articleBody`.
    main: bool,
    /// A `figure` that holds an image.
    has_img: bool,
    /// Its `class` or `id` names a headline (`view-title`, `subject`, `newstitle`).
    titled: bool,
    /// Its `class` or `id` names the headline's deck (`subtitle`, `tit_sub`, `dek`).
    decked: bool,
}

/// A run of text being collected for a block.
struct Open {
    node: u32,
    text: String,
    start: usize,
    end: usize,
    link_chars: u32,
    /// Characters inside a `<time>` element.
    time_chars: u32,
    space: bool,
}

/// A block's text as collected, before it is judged.
#[derive(Debug, Clone)]
pub(super) struct Raw {
    /// The element it belongs to.
    node: u32,
    /// Collapsed text.
    pub text: String,
    /// Decoded offsets of its first and past its last character in the page.
    start: usize,
    end: usize,
    chars: u32,
    link_chars: u32,
    time_chars: u32,
    /// Nothing but markup stands between an image and its text.
    after_image: bool,
}

/// A `<meta>` tag's name (`property`, `name` or `itemprop`) and `content`.
pub(super) struct MetaTag {
    pub name: String,
    pub content: String,
}

/// The page as read.
pub(super) struct Page {
    nodes: Vec<Node>,
    pub blocks: Vec<Raw>,
    pub metas: Vec<MetaTag>,
    /// `<title>`.
    pub title: Option<String>,
    /// The text of each JSON-LD script.
    pub json_ld: Vec<String>,
    /// `<time datetime>` values with their element, in order.
    times: Vec<(u32, String)>,
    /// `<html lang>`.
    pub lang: Option<String>,
}

impl Page {
    /// How the headline block `b` is marked, for the title's provenance in `docs`: its
    /// heading level (`h1` ... `h6`), or `headline` when a styled `p`, `div` or table
    /// cell (`p.tit`, `td.view_tit`) carries it.
    pub(super) fn headline_source(&self, b: usize) -> &'static str {
        let mut node = self.blocks[b].node;
        for _ in 0..3 {
            match self.nodes[node as usize].tag {
                Tag::H1 => return "h1",
                Tag::H2 => return "h2",
                Tag::H3 => return "h3",
                Tag::H4 => return "h4",
                Tag::H5 => return "h5",
                Tag::H6 => return "h6",
                Tag::Root => break,
                _ => node = self.nodes[node as usize].parent,
            }
        }
        "headline"
    }
}

/// Builds a [`Page`] from the tokens.
struct Builder<'a> {
    src: &'a str,
    nodes: Vec<Node>,
    stack: Vec<u32>,
    counts: [u32; TAG_COUNT],
    open: Vec<Open>,
    page: Page,
    /// The element whose text goes to `page.title` or a JSON-LD buffer.
    raw_text: RawText,
    /// Start tags not opened because the page is too deep or too large.
    dropped: u32,
    /// Where the last `<img>` tag ends.
    image_end: Option<usize>,
}

enum RawText {
    None,
    Title(String),
    JsonLd(String),
}

/// JSON-LD scripts longer than this are not read.
const MAX_JSON_LD: usize = 1 << 20;

impl<'a> Builder<'a> {
    fn new(src: &'a str) -> Builder<'a> {
        let root = Node {
            parent: 0,
            tag: Tag::Root,
            own: None,
            weak: false,
            main: false,
            has_img: false,
            titled: false,
            decked: false,
        };
        Builder {
            src,
            nodes: vec![root],
            stack: vec![0],
            counts: [0; TAG_COUNT],
            open: vec![Open::new(0)],
            page: Page {
                nodes: Vec::new(),
                blocks: Vec::new(),
                metas: Vec::new(),
                title: None,
                json_ld: Vec::new(),
                times: Vec::new(),
                lang: None,
            },
            raw_text: RawText::None,
            dropped: 0,
            image_end: None,
        }
    }

    fn build(mut self) -> Page {
        let mut emitter = DefaultEmitter::<usize>::new_with_span();
        emitter.naively_switch_states(true);
        let src = self.src;
        for token in Tokenizer::new_with_emitter(src, emitter) {
            let Ok(token) = token;
            match token {
                Token::StartTag(tag) => self.start(&tag),
                Token::EndTag(tag) => self.end(Tag::of(&tag.name)),
                Token::String(s) => {
                    let text = String::from_utf8_lossy(&s.value);
                    self.text(&text, s.span.start, s.span.end);
                }
                Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
            }
        }
        while self.stack.len() > 1 {
            self.pop();
        }
        self.finish_open();
        self.page.nodes = self.nodes;
        self.page
    }

    fn top(&self) -> u32 {
        *self.stack.last().unwrap_or(&0)
    }

    fn top_tag(&self) -> Tag {
        self.nodes[self.top() as usize].tag
    }

    fn start(&mut self, t: &html5gum::StartTag<usize>) {
        let tag = Tag::of(&t.name);
        let attr = |name: &str| -> Option<String> {
            t.attributes
                .get(name.as_bytes())
                .map(|v| String::from_utf8_lossy(&v.value).into_owned())
        };
        match tag {
            Tag::Html => {
                if let Some(lang) = attr("lang").or_else(|| attr("xml:lang")) {
                    self.page.lang.get_or_insert(lang);
                }
                return;
            }
            Tag::Head | Tag::Body => return,
            Tag::Meta => {
                let name = attr("property")
                    .or_else(|| attr("name"))
                    .or_else(|| attr("itemprop"));
                if let (Some(name), Some(content)) = (name, attr("content")) {
                    self.page.metas.push(MetaTag {
                        name: name.to_ascii_lowercase(),
                        content,
                    });
                }
                return;
            }
            _ => {}
        }
        self.close_implied(tag);
        match tag {
            Tag::Br => return self.line_break(),
            Tag::Hr => return self.flush_top(),
            Tag::Img => {
                if let Some(figure) = self.find_open(Tag::Figure, SCOPE_SEARCH) {
                    self.nodes[figure as usize].has_img = true;
                }
                // A bullet or an icon set before a line is no photo to caption.
                let tiny = ["width", "height"].iter().any(|a| {
                    attr(a)
                        .and_then(|v| v.trim().trim_end_matches("px").parse::<u32>().ok())
                        .is_some_and(|px| px < 40)
                });
                let src = attr("src").unwrap_or_default().to_ascii_lowercase();
                let icon = ["icon", "ico_", "bullet", "blt"]
                    .iter()
                    .any(|w| src.contains(w));
                self.image_end = (!tiny && !icon).then_some(t.span.end);
                let alt = attr("alt").unwrap_or_default();
                if !alt.trim().is_empty() && self.nodes.len() < MAX_NODES {
                    let node = self.add_node(tag, Some(Reason::AltText), false, false);
                    let mut open = Open::new(node);
                    open.push_text(&alt, false);
                    open.start = t.span.start;
                    open.end = t.span.end;
                    self.emit(open);
                }
                return;
            }
            Tag::Void => return,
            _ => {}
        }
        if self.stack.len() >= MAX_DEPTH || self.nodes.len() >= MAX_NODES {
            self.dropped += 1;
            return;
        }
        let in_article = self.counts[Tag::Article as usize] + self.counts[Tag::Main as usize] > 0;
        let (own, weak, main) = self.own_reason(tag, &attr, in_article);
        if tag == Tag::Script {
            let kind = attr("type").unwrap_or_default().to_ascii_lowercase();
            self.raw_text = if kind.contains("ld+json") {
                RawText::JsonLd(String::new())
            } else {
                RawText::None
            };
        } else if tag == Tag::Title
            && self.page.title.is_none()
            && self.counts[Tag::Svg as usize] == 0
        {
            self.raw_text = RawText::Title(String::new());
        }
        let node = self.add_node(tag, own, weak, main);
        if !matches!(tag, Tag::Body | Tag::Html | Tag::Main | Tag::Article) {
            let mut names = attr("class").unwrap_or_default();
            names.push(' ');
            names.push_str(&attr("id").unwrap_or_default());
            self.nodes[node as usize].titled = hints::names_a_headline(&names);
            self.nodes[node as usize].decked = hints::names_a_deck(&names);
        }
        // Board skins name the headline's `<span id="writeSubject">` inside the cell
        // that holds it, or set it after the section's label in one `div` (`<span
        // class="cate">Briefing</span><strong class="tit">...`): a named inline element
        // at the start of a cell or a `div` is a block of its own, not a paragraph's
        // words.
        let named_inline = self.nodes[node as usize].titled && !tag.is_block() && own.is_none();
        let opens_block = self.open.last().is_some_and(|open| {
            matches!(
                self.nodes[open.node as usize].tag,
                Tag::Div | Tag::Td | Tag::Th
            ) && open.text.chars().count() <= 30
        });
        if tag == Tag::A && attr("id").is_some_and(|id| is_docs_comment_anchor(&id)) {
            // A Google Docs export prints the document's comments after its text, each
            // in a `div` opened by the comment's anchor: reviewers' notes, no text.
            if let Some(div) = self.find_open(Tag::Div, 3) {
                self.nodes[div as usize].own = Some(Reason::CommentForm);
                self.nodes[div as usize].weak = false;
            }
        }
        if tag == Tag::Time {
            if let Some(dt) = attr("datetime") {
                self.page.times.push((node, dt));
            }
        }
        self.stack.push(node);
        self.counts[tag as usize] += 1;
        if tag.is_block() || (named_inline && opens_block) {
            self.flush_top();
            self.open.push(Open::new(node));
        } else if own.is_some() {
            // A button or credit inside a paragraph: its own block, the paragraph
            // goes on around it.
            self.open.push(Open::new(node));
        }
    }

    fn add_node(&mut self, tag: Tag, own: Option<Reason>, weak: bool, main: bool) -> u32 {
        let id = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent: self.top(),
            tag,
            own,
            weak,
            main,
            has_img: false,
            titled: false,
            decked: false,
        });
        id
    }

    /// What an element's tag and attributes say: (reason, weak, main).
    fn own_reason(
        &self,
        tag: Tag,
        attr: &dyn Fn(&str) -> Option<String>,
        in_article: bool,
    ) -> (Option<Reason>, bool, bool) {
        let main = attr("role").is_some_and(|r| r.eq_ignore_ascii_case("main"))
            || attr("itemprop").is_some_and(|p| p.eq_ignore_ascii_case("articlebody"));
        let hidden = attr("hidden").is_some()
            || attr("aria-hidden").is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
            || attr("style").is_some_and(|s| {
                let s: String = s.to_ascii_lowercase().split_whitespace().collect();
                s.contains("display:none") || s.contains("visibility:hidden")
            });
        if hidden {
            return (Some(Reason::Hidden), true, main);
        }
        let by_tag = match tag {
            Tag::Nav | Tag::Menu => Some(Reason::Navigation),
            Tag::Aside => Some(Reason::Aside),
            Tag::Header if !in_article => Some(Reason::Header),
            Tag::Footer if !in_article => Some(Reason::Footer),
            Tag::Button => Some(Reason::Button),
            Tag::Select | Tag::Option | Tag::Textarea => Some(Reason::Form),
            Tag::Noscript | Tag::Template => Some(Reason::Script),
            Tag::Svg | Tag::Iframe => Some(Reason::Hidden),
            Tag::Figcaption => self
                .find_open(Tag::Figure, SCOPE_SEARCH)
                .filter(|&f| self.nodes[f as usize].has_img)
                .map(|_| Reason::PhotoCredit),
            _ => None,
        };
        if by_tag.is_some() {
            return (by_tag, false, main);
        }
        if let Some(r) = attr("role").and_then(|r| hints::role_hint(&r)) {
            return (Some(r), false, main);
        }
        if tag == Tag::Form || tag == Tag::Dialog {
            let r = if tag == Tag::Form {
                Reason::Form
            } else {
                Reason::Aside
            };
            return (Some(r), true, main);
        }
        if main || matches!(tag, Tag::Main | Tag::Article | Tag::Body | Tag::Html) {
            return (None, false, main);
        }
        let mut names = attr("class").unwrap_or_default();
        if let Some(id) = attr("id") {
            names.push(' ');
            names.push_str(&id);
        }
        if tag.is_block() {
            if let Some(label) = attr("aria-label") {
                names.push(' ');
                names.push_str(&label);
            }
        }
        let (reason, content) = hints::class_hint(&names);
        // `article-header` is the article's header; `article-author` is still a byline.
        let reason = reason.filter(|r| !(content && *r == Reason::Header));
        (reason, true, main)
    }

    /// Closes what the start of `tag` implicitly ends.
    fn close_implied(&mut self, tag: Tag) {
        if tag.closes_p() && self.counts[Tag::P as usize] > 0 {
            let scope = |t: Tag| {
                matches!(
                    t,
                    Tag::Table | Tag::Td | Tag::Th | Tag::Caption | Tag::Button
                )
            };
            if let Some(p) = self.find_in_scope(Tag::P, scope) {
                self.pop_to(p);
            }
        }
        match tag {
            Tag::Li => {
                let scope = |t: Tag| t.is_block() && !matches!(t, Tag::Div | Tag::P | Tag::Address);
                if let Some(li) = self.find_in_scope(Tag::Li, scope) {
                    self.pop_to(li);
                }
            }
            Tag::Dt | Tag::Dd => {
                let scope = |t: Tag| {
                    t.is_block()
                        && !matches!(t, Tag::Div | Tag::P | Tag::Address | Tag::Dt | Tag::Dd)
                };
                for item in [Tag::Dt, Tag::Dd] {
                    if let Some(n) = self.find_in_scope(item, scope) {
                        self.pop_to(n);
                    }
                }
            }
            Tag::Td | Tag::Th | Tag::Tr => {
                let scope = |t: Tag| matches!(t, Tag::Table | Tag::Tr);
                for cell in [Tag::Td, Tag::Th] {
                    if let Some(n) = self.find_in_scope(cell, scope) {
                        self.pop_to(n);
                    }
                }
                if tag == Tag::Tr {
                    if let Some(n) = self.find_in_scope(Tag::Tr, |t| t == Tag::Table) {
                        self.pop_to(n);
                    }
                }
            }
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
                if self.top_tag().heading_level().is_some() =>
            {
                self.pop()
            }
            Tag::Option if self.top_tag() == Tag::Option => self.pop(),
            Tag::A if self.counts[Tag::A as usize] > 0 => {
                if let Some(a) = self.find_open(Tag::A, SCOPE_SEARCH) {
                    self.pop_to(a);
                }
            }
            _ => {}
        }
    }

    /// The innermost open `tag` above the first element `stop` accepts, looking at
    /// most [`SCOPE_SEARCH`] levels down.
    fn find_in_scope(&self, tag: Tag, stop: impl Fn(Tag) -> bool) -> Option<u32> {
        if self.counts[tag as usize] == 0 {
            return None;
        }
        for &n in self.stack.iter().rev().take(SCOPE_SEARCH) {
            let t = self.nodes[n as usize].tag;
            if t == tag {
                return Some(n);
            }
            if stop(t) {
                return None;
            }
        }
        None
    }

    fn find_open(&self, tag: Tag, limit: usize) -> Option<u32> {
        if self.counts[tag as usize] == 0 {
            return None;
        }
        self.stack
            .iter()
            .rev()
            .take(limit)
            .copied()
            .find(|&n| self.nodes[n as usize].tag == tag)
    }

    fn end(&mut self, tag: Tag) {
        match tag {
            Tag::Br => return self.line_break(),
            Tag::Html | Tag::Head | Tag::Body | Tag::Void | Tag::Img | Tag::Meta => return,
            _ => {}
        }
        if tag == Tag::Inline {
            // Unknown and inline elements are matched to the innermost inline one.
            if self.top_tag() == Tag::Inline {
                self.pop();
            }
            return;
        }
        if self.counts[tag as usize] == 0 {
            return;
        }
        if let Some(&n) = self
            .stack
            .iter()
            .rev()
            .find(|&&n| self.nodes[n as usize].tag == tag)
        {
            self.pop_to(n);
        }
    }

    /// Pops elements up to and including `node`.
    fn pop_to(&mut self, node: u32) {
        while self.stack.len() > 1 {
            let top = self.top();
            self.pop();
            if top == node {
                break;
            }
        }
    }

    fn pop(&mut self) {
        let Some(node) = self.stack.pop() else { return };
        if node == 0 {
            self.stack.push(0);
            return;
        }
        let tag = self.nodes[node as usize].tag;
        self.counts[tag as usize] = self.counts[tag as usize].saturating_sub(1);
        match std::mem::replace(&mut self.raw_text, RawText::None) {
            RawText::Title(t) if tag == Tag::Title => self.page.title = Some(t),
            RawText::JsonLd(j) if tag == Tag::Script => self.page.json_ld.push(j),
            other => self.raw_text = other,
        }
        if self.open.last().is_some_and(|o| o.node == node) && self.open.len() > 1 {
            let open = self.open.pop().expect("checked above");
            self.emit(open);
        }
    }

    fn text(&mut self, text: &str, start: usize, end: usize) {
        match self.top_tag() {
            Tag::Script => {
                if let RawText::JsonLd(buf) = &mut self.raw_text {
                    if buf.len() + text.len() <= MAX_JSON_LD {
                        buf.push_str(text);
                    }
                }
                return;
            }
            // Raw text (markup for browsers without scripts, frames' fallback) or CSS.
            Tag::Style | Tag::Noscript | Tag::Iframe => return,
            Tag::Title => {
                if let RawText::Title(buf) = &mut self.raw_text {
                    buf.push_str(text);
                }
                if self.counts[Tag::Svg as usize] == 0 {
                    return;
                }
            }
            _ => {}
        }
        let raw = self.src.get(start..end).unwrap_or("");
        let lead = raw.len() - raw.trim_start().len();
        let trail = raw.len() - raw.trim_end().len();
        let pre = self.counts[Tag::Pre as usize] > 0;
        let in_link = self.counts[Tag::A as usize] > 0;
        let in_time = self.counts[Tag::Time as usize] > 0;
        let open = self.open.last_mut().expect("the root block is always open");
        let added = open.push_text(text, pre);
        if added > 0 {
            if open.start == usize::MAX {
                open.start = start + lead;
            }
            open.end = end.saturating_sub(trail).max(open.start);
            if in_link {
                open.link_chars += added;
            }
            if in_time {
                open.time_chars += added;
            }
        }
    }

    fn line_break(&mut self) {
        let open = self.open.last_mut().expect("the root block is always open");
        if open.text.is_empty() {
            return;
        }
        while open.text.ends_with(' ') {
            open.text.pop();
        }
        if open.text.ends_with('\n') {
            // `<br><br>`: a paragraph break.
            self.flush_top();
        } else {
            open.text.push('\n');
            open.space = false;
        }
    }

    /// Ends the innermost block's current run of text (a child block starts).
    fn flush_top(&mut self) {
        let open = self.open.last_mut().expect("the root block is always open");
        let node = open.node;
        let done = std::mem::replace(open, Open::new(node));
        self.emit(done);
    }

    fn emit(&mut self, open: Open) {
        let text = open.text.trim().to_string();
        if text.is_empty() || open.start == usize::MAX {
            return;
        }
        let chars = text.chars().count() as u32;
        let after_image = self.image_end.is_some_and(|end| {
            end <= open.start && only_markup(self.src.get(end..open.start).unwrap_or(""))
        });
        self.page.blocks.push(Raw {
            node: open.node,
            text,
            start: open.start,
            end: open.end.max(open.start),
            chars,
            link_chars: open.link_chars.min(chars),
            time_chars: open.time_chars.min(chars),
            after_image,
        });
    }

    fn finish_open(&mut self) {
        while let Some(open) = self.open.pop() {
            self.emit(open);
        }
    }
}

impl Open {
    fn new(node: u32) -> Open {
        Open {
            node,
            text: String::new(),
            start: usize::MAX,
            end: 0,
            link_chars: 0,
            time_chars: 0,
            space: false,
        }
    }

    /// Appends `text` with whitespace collapsed (kept as is in `pre`); returns how many
    /// characters other than whitespace it added.
    fn push_text(&mut self, text: &str, pre: bool) -> u32 {
        let mut added = 0;
        for c in text.chars() {
            if pre {
                if c != '\r' {
                    self.text.push(c);
                }
                if !c.is_whitespace() {
                    added += 1;
                }
                continue;
            }
            if c.is_whitespace() || c == '\u{a0}' {
                self.space = !self.text.is_empty() && !self.text.ends_with('\n');
                continue;
            }
            if std::mem::take(&mut self.space) {
                self.text.push(' ');
            }
            self.text.push(c);
            added += 1;
        }
        added
    }
}

/// What was decided about one block.
#[derive(Debug, Clone, Copy)]
pub(super) struct Decision {
    pub kind: BlockKind,
    pub reason: Option<Reason>,
}

/// What was decided about the page.
pub(super) struct Decided {
    pub blocks: Vec<Decision>,
    /// Index of the block that is the headline, if any.
    pub headline: Option<usize>,
    /// `<time datetime>` values inside or before the content, in order.
    pub times: Vec<String>,
}

/// Per-element sums over the blocks inside it.
struct Sums {
    chars: Vec<u32>,
    links: Vec<u32>,
    prose: Vec<u32>,
}

/// Whether `between` holds only tags and white space: no text of its own.
fn only_markup(between: &str) -> bool {
    let mut in_tag = false;
    between.chars().all(|c| {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ => return in_tag || c.is_whitespace(),
        }
        true
    })
}

/// A photo's caption as Korean pages set it right under the image, opened by a
/// triangle: "▲ 협약식에서 양 기관장이 서명하고 있다." (table-layout boards put it in a
/// `<font>` after the `<img>`, with no `figure` to mark it). Only straight after an
/// image, and not a run of "▲A ▲B" points, which the text uses as bullets.
fn is_image_caption(raw: &Raw) -> bool {
    let text = raw.text.trim_start();
    raw.after_image
        && raw.chars <= 200
        && text.starts_with(['▲', '△'])
        && text.matches(['▲', '△']).count() == 1
}

fn is_prose(raw: &Raw) -> bool {
    raw.chars >= PROSE_CHARS
        && raw.link_chars * 2 < raw.chars
        && raw
            .text
            .chars()
            .any(|c| matches!(c, '.' | '!' | '?' | '。' | ';' | ':'))
}

fn sums(page: &Page, reasons: &[Option<Reason>]) -> Sums {
    let n = page.nodes.len();
    let mut s = Sums {
        chars: vec![0; n],
        links: vec![0; n],
        prose: vec![0; n],
    };
    for raw in &page.blocks {
        let i = raw.node as usize;
        if reasons[i].is_some() {
            continue;
        }
        s.chars[i] = s.chars[i].saturating_add(raw.chars);
        s.links[i] = s.links[i].saturating_add(raw.link_chars);
        if is_prose(raw) {
            s.prose[i] = s.prose[i].saturating_add(raw.chars);
        }
    }
    // Parents come before their children: one backward pass adds each to its parent.
    for i in (1..n).rev() {
        let p = page.nodes[i].parent as usize;
        s.chars[p] = s.chars[p].saturating_add(s.chars[i]);
        s.links[p] = s.links[p].saturating_add(s.links[i]);
        s.prose[p] = s.prose[p].saturating_add(s.prose[i]);
    }
    s
}

/// Each element's reason, inherited from the nearest ancestor that has one.
fn inherited(nodes: &[Node], own: impl Fn(usize) -> Option<Reason>) -> Vec<Option<Reason>> {
    let mut out: Vec<Option<Reason>> = Vec::with_capacity(nodes.len());
    for (i, node) in nodes.iter().enumerate() {
        let from_parent = if i == 0 {
            None
        } else {
            out[node.parent as usize]
        };
        out.push(own(i).or(from_parent));
    }
    out
}

/// The element holding the page's main content.
fn content_root(page: &Page, s: &Sums) -> Option<u32> {
    let nodes = &page.nodes;
    let total_prose = s.prose[0].max(1);
    let best_of = |pred: &dyn Fn(&Node) -> bool| {
        (1..nodes.len())
            .filter(|&i| pred(&nodes[i]) && s.prose[i] > 0)
            .max_by_key(|&i| (s.prose[i], std::cmp::Reverse(i)))
    };
    let semantic =
        best_of(&|n| n.tag == Tag::Main || n.main).or_else(|| best_of(&|n| n.tag == Tag::Article));
    if let Some(root) = semantic {
        // A `main` around a fragment while the prose is elsewhere is not the content.
        if s.prose[root] * 2 >= total_prose {
            return Some(root as u32);
        }
    }
    // Readability: prose paragraphs score their container and half that its parent.
    let mut score = vec![0f32; nodes.len()];
    for raw in &page.blocks {
        if raw.chars < 25 || raw.link_chars * 2 >= raw.chars {
            continue;
        }
        let owner = raw.node as usize;
        let commas = raw.text.matches([',', '、', '，']).count() as f32;
        let points = 1.0 + commas + (raw.chars as f32 / 100.0).min(3.0);
        // A `div` holding nothing but this text is a paragraph (board editors write one
        // `<div>` a paragraph): its parent holds the text, as a `p`'s does.
        let paragraph_div = nodes[owner].tag == Tag::Div && s.chars[owner] == raw.chars;
        let container = if matches!(
            nodes[owner].tag,
            Tag::Div | Tag::Section | Tag::Td | Tag::Article | Tag::Main
        ) && !paragraph_div
        {
            owner
        } else {
            nodes[owner].parent as usize
        };
        score[container] += points;
        if container != 0 {
            score[nodes[container].parent as usize] += points / 2.0;
        }
    }
    let weighed = |i: usize| {
        let density = s.links[i] as f32 / s.chars[i].max(1) as f32;
        score[i] * (1.0 - density)
    };
    let best = (1..nodes.len())
        .filter(|&i| score[i] > 0.0)
        .map(|i| (i, weighed(i)))
        .max_by(|a, b| a.1.total_cmp(&b.1))?;
    // Print views, documents saved from an editor (Google Docs, Word) and bare pages
    // put their paragraphs straight in `<body>`: when those outscore every element,
    // the whole page is the content and no element is its container.
    if weighed(0) > best.1 {
        return None;
    }
    Some(best.0 as u32)
}

fn decide(page: &Page) -> Decided {
    let nodes = &page.nodes;
    // The content is looked for outside chrome, except forms (which may hold it all).
    let first = inherited(nodes, |i| {
        nodes[i].own.filter(|_| nodes[i].tag != Tag::Form)
    });
    let s = sums(page, &first);
    let root = content_root(page, &s);

    // The content root and what holds it are content; so is a named or form element
    // that holds a good part of the page's prose.
    let mut keep = vec![false; nodes.len()];
    if let Some(root) = root {
        let mut n = root as usize;
        while n != 0 {
            keep[n] = true;
            n = nodes[n].parent as usize;
        }
    }
    let all = inherited(nodes, |_| None);
    let s_all = sums(page, &all);
    let total_prose = s_all.prose[0].max(1);
    let reasons = inherited(nodes, |i| {
        let node = &nodes[i];
        if keep[i] || (node.weak && s_all.prose[i] * 2 > total_prose) {
            None
        } else {
            node.own
        }
    });
    let mut in_root = vec![root.is_none(); nodes.len()];
    if let Some(root) = root {
        for i in (root as usize)..nodes.len() {
            in_root[i] = i == root as usize || (i > 0 && in_root[nodes[i].parent as usize]);
        }
    }

    let data_cell = data_table_dates(page);
    let text_item = text_list_items(page);
    let menus = MenuNames::of(page, &reasons);
    let title_keys = meta::title_keys(page);
    let declared = meta::declared_title_keys(page);
    let mut headline = None;
    let mut blocks: Vec<Decision> = Vec::with_capacity(page.blocks.len());
    for (b, raw) in page.blocks.iter().enumerate() {
        let node = &nodes[raw.node as usize];
        let mut kind = node.tag.block_kind();
        let mut reason = reasons[raw.node as usize];
        let by_words = || hints::text_hint(&raw.text, kind == BlockKind::TableCell);
        match reason {
            None => reason = by_words(),
            // "댓글 0" in a comment section is a count, not the form.
            Some(Reason::CommentForm) if by_words() == Some(Reason::CommentCount) => {
                reason = Some(Reason::CommentCount)
            }
            _ => {}
        }
        if reason.is_none() {
            reason = hints::furniture_hint(&raw.text, kind == BlockKind::TableCell);
        }
        if reason.is_none() && is_image_caption(raw) {
            // A pager's "▲ 이전글" under a photo is still the pager.
            let after = raw.text.trim_start().trim_start_matches(['▲', '△']).trim();
            reason = hints::text_hint(after, false).or(Some(Reason::PhotoCredit));
        }
        // "By Jane Doe" on a line of its own; a heading "By Land and Sea" is the text's.
        if reason.is_none() && !kind.is_heading() && hints::is_by_name(&raw.text) {
            reason = Some(Reason::Byline);
        }
        if reason.is_none()
            && (meta::is_dateline(&raw.text)
                || meta::is_meta_line(&raw.text)
                || meta::is_dateline_with_tags(&raw.text)
                || in_time(raw))
            && !data_cell[b]
            && !text_item[b]
        {
            kind = BlockKind::Dateline;
            reason = Some(Reason::Dateline);
        }
        if headline.is_none()
            && matches!(kind, BlockKind::Heading(1 | 2))
            && reason != Some(Reason::Hidden)
            && meta::heading_is_headline(page, &declared, &raw.text)
            && (declared.iter().any(|k| meta::same_title(k, &raw.text))
                || (!menus_below(page, &reasons, b) && !menus.repeats(&raw.text)))
        {
            headline = Some(b);
            kind = BlockKind::Title;
            reason = None;
        }
        blocks.push(Decision { kind, reason });
    }
    if headline.is_none() {
        // Board views put the headline in a table cell or a `div class="view-title"`
        // while the `h1` is the site's logo: a block that is the declared title, else
        // the first block whose element is named as a headline, before the text.
        headline =
            headline_outside_headings(page, &blocks, &declared, &title_keys, &in_root, &menus);
        if let Some(b) = headline {
            blocks[b].kind = BlockKind::Title;
            blocks[b].reason = None;
        }
    }
    if headline.is_none() {
        // The first h1 of the content that does not name the site; else the heading or
        // title-like block nearest above the text; else the first such h1 of the page.
        let site_names = meta::site_name_keys(page);
        let h1 = |b: usize| {
            let raw = &page.blocks[b];
            blocks[b].reason.is_none()
                && blocks[b].kind == BlockKind::Heading(1)
                && raw.link_chars * 2 < raw.chars
                && !site_names.iter().any(|k| meta::same_key(k, &raw.text))
                && !menus.repeats(&raw.text)
        };
        let in_content =
            (0..blocks.len()).find(|&b| h1(b) && in_root[page.blocks[b].node as usize]);
        let anywhere = (0..blocks.len()).find(|&b| h1(b));
        let near =
            headline_above_the_text(page, &blocks, &title_keys, &site_names, &in_root, &menus);
        // An h1 with the site's menus or header between it and the text is the logo.
        let site_between = |from: usize, to: usize| {
            (from + 1..to).any(|b| {
                matches!(
                    blocks[b].reason,
                    Some(
                        Reason::Navigation
                            | Reason::Breadcrumb
                            | Reason::Header
                            | Reason::SiteBanner
                            | Reason::SkipLink
                    )
                )
            })
        };
        // An h1 above the nearest candidate, with no menus between, is the headline;
        // an h1 outside the content below it is not.
        let h1_found = in_content.or(anywhere);
        headline = match (h1_found, near) {
            (Some(h), Some(n)) if n > h && site_between(h, n) => near,
            // A section's label as the `h1` over the article's own heading.
            (Some(h), Some(n)) if n > h && meta::is_section_label(&page.blocks[h].text) => near,
            (Some(h), Some(n)) if in_content.is_none() && h > n => near,
            (Some(_), _) => h1_found,
            (None, _) => near,
        };
        if let Some(b) = headline.filter(|&b| Some(b) == near) {
            article_header(page, &mut blocks, b);
        }
        if let Some(b) = headline {
            blocks[b].kind = BlockKind::Title;
            blocks[b].reason = None;
        }
    }
    links_around_the_text(page, &mut blocks);
    if let Some(h) = headline {
        labels_above_the_headline(page, &mut blocks, h);
    }
    // Outside the content, what stands above the site's header and menus is a notice
    // of the site's (an acknowledgement, a campaign line), prose or not.
    let site_top = (0..blocks.len())
        .find(|&b| {
            matches!(
                blocks[b].reason,
                Some(Reason::Header | Reason::Navigation | Reason::SiteBanner | Reason::SkipLink)
            )
        })
        .filter(|&top| (0..top).all(|b| !in_root[page.blocks[b].node as usize]));
    let deck = headline
        .and_then(|h| sub_headline(page, &blocks, h).or_else(|| named_deck(page, &blocks, h)));
    for (b, (d, raw)) in blocks.iter_mut().zip(&page.blocks).enumerate() {
        if d.reason.is_none()
            && d.kind != BlockKind::Title
            && Some(b) != deck
            && !in_root[raw.node as usize]
            && (!is_prose(raw) || site_top.is_some_and(|top| b < top))
        {
            d.reason = Some(Reason::OutsideContent);
        }
    }
    facts_beside_the_date(page, &mut blocks);
    fact_lists(page, &mut blocks);
    writer_fields(page, &mut blocks);
    appeal_boxes(page, &mut blocks, &keep);
    related_boxes(page, &mut blocks);
    box_labels(page, &mut blocks);
    orphan_headings(page, &mut blocks);
    let times = page
        .times
        .iter()
        .filter(|(n, _)| in_root[*n as usize] || root.is_some_and(|r| *n < r))
        .map(|(_, t)| t.clone())
        .collect();
    Decided {
        blocks,
        headline,
        times,
    }
}

/// The headline of a page whose headings do not hold it.
fn headline_outside_headings(
    page: &Page,
    blocks: &[Decision],
    declared_keys: &[String],
    title_keys: &[String],
    in_root: &[bool],
    menus: &MenuNames,
) -> Option<usize> {
    let first_prose = (0..blocks.len())
        .find(|&b| blocks[b].reason.is_none() && is_prose(&page.blocks[b]))
        .unwrap_or(blocks.len());
    let usable = |b: usize| {
        let raw = &page.blocks[b];
        let chars = raw.chars as usize;
        !matches!(
            blocks[b].reason,
            Some(Reason::Hidden | Reason::Script | Reason::AltText | Reason::Navigation)
        ) && raw.link_chars * 2 < raw.chars
            && (4..=300).contains(&chars)
    };
    // The declared title (og:title, JSON-LD headline), standing as a block of its own:
    // in the content first, then anywhere before the end of the text but in the site's
    // header and menus (a `<title>` part that is the site's name spells its logo). Not
    // a photo's credit nor a field's value ("Photo: <the institution>", the "Writer"
    // cell): those only name the one the title names.
    let declared = |b: usize| {
        usable(b)
            && !matches!(blocks[b].reason, Some(Reason::PhotoCredit | Reason::Byline))
            && !is_field_value(page, blocks, b)
            && declared_keys
                .iter()
                .any(|k| meta::same_title(k, &page.blocks[b].text))
    };
    let site_chrome = |b: usize| {
        matches!(
            blocks[b].reason,
            Some(
                Reason::Header
                    | Reason::Footer
                    | Reason::Navigation
                    | Reason::Breadcrumb
                    | Reason::SiteBanner
                    | Reason::SkipLink
                    | Reason::PageTools
            )
        )
    };
    if let Some(b) = (0..blocks.len())
        .find(|&b| declared(b) && in_root[page.blocks[b].node as usize])
        .or_else(|| (0..blocks.len()).find(|&b| declared(b) && !site_chrome(b)))
    {
        return Some(b);
    }
    // An element named as a headline, before the first paragraph of prose; not the
    // site's or the section's name (a part of `<title>`), and not a sentence.
    let named = |b: usize| {
        let raw = &page.blocks[b];
        let mut n = raw.node as usize;
        let mut titled = false;
        for _ in 0..3 {
            titled |= page.nodes[n].titled;
            if n == 0 {
                break;
            }
            n = page.nodes[n].parent as usize;
        }
        let words = raw.text.split_whitespace().count();
        titled
            && usable(b)
            && blocks[b].reason.is_none_or(|r| r == Reason::OutsideContent)
            && (words >= 3 || raw.chars >= 8)
            && !title_keys.iter().any(|k| meta::same_title(k, &raw.text))
            && !meta::labels_a_section_in(title_keys, &raw.text)
            && !meta::is_dateline(&raw.text)
            && !menus.repeats(&raw.text)
    };
    // A box's title in a side column is named so too: the site's menus (by structure,
    // or lists of links) stand between it and the text, as they do not between the
    // headline and its text; and it shares only the page with the text, while the
    // article's own headline shares its column. Of the named blocks with no menus
    // between them and the text (else of all), the one nearest the text in the tree.
    let link_list = |b: usize| {
        let raw = &page.blocks[b];
        let letters = raw.text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        blocks[b].kind == BlockKind::ListItem && raw.link_chars * 10 >= letters * 7
    };
    let menus_between = |b: usize| (b + 1..first_prose).any(|x| site_chrome(x) || link_list(x));
    let near_text = |b: usize| {
        (first_prose < blocks.len())
            .then(|| shared_depth(page, page.blocks[b].node, page.blocks[first_prose].node))
    };
    let named_above: Vec<usize> = (0..first_prose).filter(|&b| named(b)).collect();
    let clear: Vec<usize> = named_above
        .iter()
        .copied()
        .filter(|&b| !menus_between(b))
        .collect();
    let pool = if clear.is_empty() {
        &named_above
    } else {
        &clear
    };
    let mut found: Option<(usize, Option<usize>)> = None;
    for &b in pool {
        let depth = near_text(b);
        if found.is_none_or(|(_, d)| depth > d) {
            found = Some((b, depth));
        }
    }
    if let Some((b, _)) = found {
        return Some(b);
    }
    // A long headline with a colon reads as prose ("Call for Applicants: 2026 ..."): the
    // first paragraph of prose is the headline too when it is named so and is no sentence.
    if first_prose < blocks.len()
        && named(first_prose)
        && !crate::corpus::chrome::ends_with_full_stop(&page.blocks[first_prose].text)
    {
        return Some(first_prose);
    }
    // A board's view page: the cell after a "제목" / "Title" label cell.
    (1..first_prose).find(|&b| {
        let label = page.blocks[b - 1].text.trim().trim_end_matches(':').trim();
        usable(b)
            && blocks[b].reason.is_none_or(|r| r == Reason::OutsideContent)
            && crate::corpus::chrome::is_title_label(label)
            && page.blocks[b].text.chars().count() >= 8
    })
}

/// How many elements nodes `a` and `b` share above them: the depth of the element
/// nearest both.
fn shared_depth(page: &Page, a: u32, b: u32) -> usize {
    let chain = |mut n: u32| {
        let mut up = vec![n];
        while n != 0 {
            n = page.nodes[n as usize].parent;
            up.push(n);
        }
        up.reverse();
        up
    };
    let (a, b) = (chain(a), chain(b));
    a.iter().zip(&b).take_while(|(x, y)| x == y).count()
}

/// The letters of the site's menu items and of its breadcrumb trails, set aside by
/// structure: a heading or title-like line repeating one ("대변인 정례브리핑" in the
/// side menu, "Aktualności" closing the trail) is the section's name over the page,
/// not its headline.
struct MenuNames {
    items: rustc_hash::FxHashSet<String>,
    trails: Vec<String>,
}

impl MenuNames {
    fn of(page: &Page, reasons: &[Option<Reason>]) -> MenuNames {
        let mut names = MenuNames {
            items: Default::default(),
            trails: Vec::new(),
        };
        for raw in &page.blocks {
            match reasons[raw.node as usize] {
                Some(Reason::Navigation) => {
                    names.items.insert(letters(&raw.text));
                }
                Some(Reason::Breadcrumb) => names.trails.push(letters(&raw.text)),
                _ => {}
            }
        }
        names
    }

    /// Whether `text` is a menu item or the last step of a trail.
    fn repeats(&self, text: &str) -> bool {
        let key = letters(text);
        key.chars().count() >= 2
            && (self.items.contains(&key) || self.trails.iter().any(|t| t.ends_with(&key)))
    }
}

/// Letters and digits, lower-cased: what two spellings of a menu item share.
fn letters(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Whether block `b` is the value of a board's field: a table cell after a short label
/// cell of its row that is not the title's ("Writer" | "Embassy of X", "작성자" |
/// "대변인실"). A short cell in the row above is a label over the cell (a newsletter's
/// "Temat numeru" over its lead story's headline), not a field's.
fn is_field_value(page: &Page, blocks: &[Decision], b: usize) -> bool {
    if b == 0 || blocks[b].kind != BlockKind::TableCell {
        return false;
    }
    let label = &page.blocks[b - 1];
    let text = label.text.trim().trim_end_matches(':').trim();
    let row = |node: u32| page.nodes[node as usize].parent;
    page.nodes[label.node as usize].tag.block_kind() == BlockKind::TableCell
        && label.node != page.blocks[b].node
        && row(label.node) == row(page.blocks[b].node)
        && text.chars().count() <= 16
        && text.split_whitespace().count() <= 2
        && !crate::corpus::chrome::is_title_label(text)
}

/// The headline's deck: a heading right under it, before the text, that is not a date,
/// a link or a sentence of its own ("Center to train Polish engineers" as the `h2`
/// under the `h1`). Templates put it in the article's header, outside the body.
fn sub_headline(page: &Page, blocks: &[Decision], headline: usize) -> Option<usize> {
    let b = headline + 1;
    let raw = page.blocks.get(b)?;
    (matches!(blocks[b].kind, BlockKind::Heading(2..=4))
        && blocks[b].reason.is_none()
        && raw.link_chars * 2 < raw.chars
        && (12..=300).contains(&raw.chars)
        && !meta::is_dateline(&raw.text))
    .then_some(b)
}

/// The headline's deck when it is no heading: the block right under the headline, in
/// an element the template named as a title or a deck (`<p class="tit_sub">`,
/// `subtitle`), a line or two that is not a link, a date or a paragraph of prose. News
/// templates put it in the article's header, outside the body, with a `<br>` between
/// its lines.
fn named_deck(page: &Page, blocks: &[Decision], headline: usize) -> Option<usize> {
    let b = headline + 1;
    let raw = page.blocks.get(b)?;
    let mut n = raw.node as usize;
    let mut titled = false;
    for _ in 0..2 {
        titled |= page.nodes[n].titled || page.nodes[n].decked;
        if n == 0 {
            break;
        }
        n = page.nodes[n].parent as usize;
    }
    (titled
        && blocks[b].reason.is_none()
        && !blocks[b].kind.is_heading()
        && blocks[b].kind != BlockKind::TableCell
        && raw.link_chars * 2 < raw.chars
        && (8..=300).contains(&raw.chars)
        && !is_prose(raw)
        && !meta::is_dateline(&raw.text)
        && !meta::has_numeric_date(&raw.text))
    .then_some(b)
}

/// Labels of a record's field naming who posted the page or which office it came from,
/// in a facts table or a `dl` ("Opublikował: | Biuro Prasowe", "Department |
/// International Trade Division", "담당부서 | 국제협력과"). Polish public records
/// ("metryczka") and board views print them beside the date.
const WRITER_FIELDS: &[&str] = &[
    "opublikował",
    "opublikowała",
    "opublikowane przez",
    "wprowadził",
    "wprowadziła",
    "wytworzył",
    "wytworzyła",
    "autor",
    "author",
    "writer",
    "posted by",
    "written by",
    "department",
    "division",
    "담당부서",
    "작성부서",
    "부서",
    "담당자",
    "작성자",
    "글쓴이",
    "등록자",
];

/// A field's value in a two-cell row or a `dt`/`dd` pair whose label is one of
/// [`WRITER_FIELDS`]: who posted the page, which is no text of it. The label goes too.
fn writer_fields(page: &Page, blocks: &mut [Decision]) {
    let tag = |b: usize| page.nodes[page.blocks[b].node as usize].tag;
    let parent = |b: usize| page.nodes[page.blocks[b].node as usize].parent;
    for b in 1..blocks.len() {
        let l = b - 1;
        let cells = matches!(tag(l), Tag::Th | Tag::Td)
            && matches!(tag(b), Tag::Td)
            && page.blocks[l].node != page.blocks[b].node
            && parent(l) == parent(b)
            && (l == 0 || parent(l - 1) != parent(l))
            && (b + 1 == blocks.len() || parent(b + 1) != parent(b));
        let pair = tag(l) == Tag::Dt && tag(b) == Tag::Dd && parent(l) == parent(b);
        let label = page.blocks[l]
            .text
            .trim()
            .trim_end_matches(':')
            .trim()
            .to_lowercase();
        if (cells || pair)
            && WRITER_FIELDS.contains(&label.as_str())
            && blocks[b].reason.is_none()
            && page.blocks[b].chars <= 80
            && !is_prose(&page.blocks[b])
        {
            blocks[b].reason = Some(Reason::Byline);
            if blocks[l].reason.is_none() {
                blocks[l].reason = Some(Reason::Byline);
            }
        }
    }
}

/// Whether a block is mostly the text of a `<time>` element: the page's date line
/// ("June 3, 2025 8:14 AM GMT+9 Updated 2 hours ago"), however it is spelled.
fn in_time(raw: &Raw) -> bool {
    raw.chars <= 80 && raw.time_chars * 10 >= raw.chars * 8
}

/// For each block, whether it is a point of a list in the text: an item of a list of
/// three or more after the first paragraph of prose, whose other items are longer
/// lines that are no dates nor `Label: value` facts. "Joint study of recycling
/// statistics (2025~2026)" is one of the agreed points there, not a date line; the
/// date in a list of the article's facts ("등록일 2025.05.27", "조회수 12") still is.
fn text_list_items(page: &Page) -> Vec<bool> {
    let nodes = &page.nodes;
    let first_prose = page.blocks.iter().position(is_prose);
    let list_of = |raw: &Raw| {
        let node = &nodes[raw.node as usize];
        (node.tag == Tag::Li).then_some(node.parent)
    };
    let dated = |raw: &Raw| meta::is_dateline(&raw.text) || meta::is_meta_line(&raw.text);
    // Per list: its items, and how many of them are dated or not like a point.
    let mut lists: rustc_hash::FxHashMap<u32, (u32, u32)> = Default::default();
    for raw in &page.blocks {
        if let Some(list) = list_of(raw) {
            let entry = lists.entry(list).or_default();
            entry.0 += 1;
            if dated(raw) || raw.chars < 15 || meta::is_labelled_fact(&raw.text) {
                entry.1 += 1;
            }
        }
    }
    page.blocks
        .iter()
        .enumerate()
        .map(|(b, raw)| {
            first_prose.is_some_and(|f| b > f)
                && list_of(raw).is_some_and(|list| {
                    let (items, odd) = lists[&list];
                    items >= 3 && odd <= 1
                })
        })
        .collect()
}

/// Whether the site's menus, trail or header (by structure) stand between block `b`
/// and the first paragraph of prose after it: then `b`, though it spells `<title>`'s
/// first part, is the site's logo ("Ministry - Press releases").
fn menus_below(page: &Page, reasons: &[Option<Reason>], b: usize) -> bool {
    for raw in &page.blocks[b + 1..] {
        let reason = reasons[raw.node as usize];
        if reason.is_none() && is_prose(raw) {
            return false;
        }
        if matches!(
            reason,
            Some(
                Reason::Navigation
                    | Reason::Breadcrumb
                    | Reason::Header
                    | Reason::SiteBanner
                    | Reason::SkipLink
            )
        ) {
            return true;
        }
    }
    false
}

/// For each block, whether it is a date in a data table: a lone year (a column's
/// heading), or one of two or more date cells of the same table (a column of dates).
/// Those are the table's data, not the page's date line.
fn data_table_dates(page: &Page) -> Vec<bool> {
    let nodes = &page.nodes;
    let table_of = |raw: &Raw| {
        let mut n = raw.node as usize;
        if !matches!(nodes[n].tag, Tag::Td | Tag::Th) {
            return None;
        }
        for _ in 0..6 {
            if nodes[n].tag == Tag::Table {
                return Some(n);
            }
            if n == 0 {
                break;
            }
            n = nodes[n].parent as usize;
        }
        None
    };
    let tables: Vec<Option<usize>> = page
        .blocks
        .iter()
        .map(|raw| table_of(raw).filter(|_| meta::is_dateline(&raw.text)))
        .collect();
    let mut dates_in: rustc_hash::FxHashMap<usize, u32> = Default::default();
    for t in tables.iter().flatten() {
        *dates_in.entry(*t).or_default() += 1;
    }
    page.blocks
        .iter()
        .zip(&tables)
        .map(|(raw, t)| {
            t.is_some_and(|t| {
                dates_in[&t] >= 2 || raw.text.trim().bytes().all(|b| b.is_ascii_digit())
            })
        })
        .collect()
}

/// Blocks between a headline and the text that only say when or by whom it was
/// written (or are a photo's alt text or credit) are passed over looking for the
/// headline; so is chrome a template puts there.
fn passed_over(d: &Decision, raw: &Raw) -> bool {
    d.kind == BlockKind::Dateline
        || matches!(
            d.reason,
            Some(
                Reason::Dateline
                    | Reason::Byline
                    | Reason::PhotoCredit
                    | Reason::AltText
                    | Reason::Hidden
                    | Reason::Script
                    | Reason::Button
                    | Reason::PageTools
                    | Reason::ShareLinks
                    | Reason::CommentCount
            )
        )
        || raw.chars < 4
        || meta::has_numeric_date(&raw.text)
}

/// Whether a block may be a headline by its shape: a line of a few words to a few
/// dozen, not mostly a link, not a sentence, not a date, not a `Home > Section` trail.
fn title_like(raw: &Raw) -> bool {
    let words = raw.text.split_whitespace().count();
    let trail = raw.text.matches(['>', '»', '›', '|']).count();
    (8..=250).contains(&raw.chars)
        && (words >= 3 || (words == 2 && raw.chars >= 12))
        && raw.link_chars * 2 < raw.chars
        && trail == 0
        && !raw.text.contains('\n')
        && !crate::corpus::chrome::ends_with_full_stop(&raw.text)
        && !meta::is_dateline(&raw.text)
        && !meta::has_numeric_date(&raw.text)
}

/// Whether an anchor's `id` is a Google Docs comment's (`cmnt1`, `cmnt12`), which opens
/// the comment's text at the end of an exported document (`cmnt_ref1` marks where it
/// points in the text, which stays).
fn is_docs_comment_anchor(id: &str) -> bool {
    id.strip_prefix("cmnt")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a line opens with a dash or a bullet: under the headline of a press release
/// (Korean ones above all, "- 3년간 120억 원 투입") such lines are the deck's points,
/// never the headline itself.
fn is_deck_line(text: &str) -> bool {
    let mut chars = text.trim_start().chars();
    matches!(
        chars.next(),
        Some('-' | '–' | '—' | '○' | '◦' | '□' | '■' | '·' | '•' | 'ㅇ')
    ) && chars.next().is_some_and(char::is_whitespace)
}

/// The headline of a page that marks it neither as its `h1` nor by the declared title
/// nor by a name: the most prominent heading among the few title-like blocks just
/// above the first paragraph of prose (past its date line and byline), else the
/// nearest of them. Not the site's name nor a `<title>` part naming a section.
fn headline_above_the_text(
    page: &Page,
    blocks: &[Decision],
    title_keys: &[String],
    site_names: &[String],
    in_root: &[bool],
    menus: &MenuNames,
) -> Option<usize> {
    // A heading is no paragraph of the text, however many sentences it has: news
    // headlines run two ("Investors visit the region. Talks on storage and logistics").
    let prose = |b: usize| {
        blocks[b].reason.is_none() && !blocks[b].kind.is_heading() && is_prose(&page.blocks[b])
    };
    let first_prose = (0..blocks.len())
        .find(|&b| prose(b) && in_root[page.blocks[b].node as usize])
        .or_else(|| (0..blocks.len()).find(|&b| prose(b)))?;
    let mut candidates: Vec<usize> = Vec::new();
    let mut looked = 0;
    let mut b = first_prose;
    while b > 0 && looked < 6 && candidates.len() < 3 {
        b -= 1;
        let (d, raw) = (&blocks[b], &page.blocks[b]);
        if passed_over(d, raw) {
            continue;
        }
        // Menus, trails and banners stand above the headline: the walk ends there.
        if matches!(
            d.reason,
            Some(
                Reason::Navigation
                    | Reason::Breadcrumb
                    | Reason::SkipLink
                    | Reason::SiteBanner
                    | Reason::CookieNotice
            )
        ) {
            break;
        }
        looked += 1;
        // A list's items are the text's, not its headline.
        let allowed = matches!(d.reason, None | Some(Reason::Header | Reason::PageHeader))
            && d.kind != BlockKind::ListItem;
        let names_site = site_names.iter().any(|k| meta::same_key(k, &raw.text));
        // A short `<title>` part ("Newsroom", "보도자료") is the section's name.
        let section = title_keys
            .iter()
            .any(|k| meta::same_key(k, &raw.text) && k.split_whitespace().count() < 3);
        if allowed
            && title_like(raw)
            && !is_deck_line(&raw.text)
            && !names_site
            && !section
            && !menus.repeats(&raw.text)
            && !is_field_value(page, blocks, b)
        {
            candidates.push(b);
        }
    }
    let level = |b: usize| match blocks[b].kind {
        BlockKind::Heading(l) => l,
        _ => 9,
    };
    // A block in no header before one in a header; a headline before a section's
    // label; a heading before other blocks.
    candidates.into_iter().min_by_key(|&b| {
        (
            blocks[b].reason.is_some(),
            meta::is_section_label(&page.blocks[b].text),
            level(b),
        )
    })
}

/// A headline inside an element the template named a header (`page-header`) makes
/// that element the article's header: its blocks are judged by their words, so its
/// date line is read for the date.
fn article_header(page: &Page, blocks: &mut [Decision], headline: usize) {
    let nodes = &page.nodes;
    let mut n = page.blocks[headline].node as usize;
    let header = loop {
        if nodes[n].own == Some(Reason::Header) {
            break n;
        }
        if n == 0 {
            return;
        }
        n = nodes[n].parent as usize;
    };
    let mut inside = vec![false; nodes.len()];
    inside[header] = true;
    for i in header + 1..nodes.len() {
        inside[i] = inside[nodes[i].parent as usize];
    }
    for (d, raw) in blocks.iter_mut().zip(&page.blocks) {
        if d.reason == Some(Reason::Header) && inside[raw.node as usize] {
            d.reason = hints::text_hint(&raw.text, d.kind == BlockKind::TableCell);
            if d.reason.is_none() && meta::is_dateline(&raw.text) {
                d.kind = BlockKind::Dateline;
                d.reason = Some(Reason::Dateline);
            }
        }
    }
}

/// Short lines above the headline and the text, where templates put the site's or the
/// section's name and the kind of page ("Press release", "Newsroom"), are the page's
/// header, wherever the content container begins.
fn labels_above_the_headline(page: &Page, blocks: &mut [Decision], headline: usize) {
    let first_prose = (0..blocks.len())
        .find(|&b| blocks[b].reason.is_none() && is_prose(&page.blocks[b]))
        .unwrap_or(blocks.len());
    let end = headline.min(first_prose);
    for (d, raw) in blocks.iter_mut().zip(&page.blocks).take(end) {
        if d.reason.is_none()
            && matches!(
                d.kind,
                BlockKind::Paragraph | BlockKind::Heading(_) | BlockKind::Other
            )
            && raw.chars <= 120
            && !is_prose(raw)
        {
            d.reason = Some(Reason::PageHeader);
        }
    }
}

/// Short `Label: value` lines (or a fact's label and its value, "담당부서 국제협력과")
/// that stand in one element with the page's date line or view count ("Published by:
/// Ministry of X" over "Date: 05.03.2025" and "Views: 80", items of an info list) are
/// the page's metadata, set aside with them (the publisher is still read there).
fn facts_beside_the_date(page: &Page, blocks: &mut [Decision]) {
    let parent = |b: usize| page.nodes[page.blocks[b].node as usize].parent;
    let dated = |d: &Decision| matches!(d.reason, Some(Reason::Dateline | Reason::CommentCount));
    let mut b = 0;
    while b < blocks.len() {
        let p = parent(b);
        let end = (b..blocks.len())
            .find(|&x| parent(x) != p)
            .unwrap_or(blocks.len());
        let group = b..end;
        let facts = group.clone().filter(|&x| {
            let text = &page.blocks[x].text;
            blocks[x].reason.is_none()
                && matches!(blocks[x].kind, BlockKind::Paragraph | BlockKind::ListItem)
                && (meta::is_labelled_fact(text) || is_fact_line(text))
        });
        let facts: Vec<usize> = facts.collect();
        let all = group
            .clone()
            .all(|x| dated(&blocks[x]) || facts.contains(&x));
        if end - b >= 2
            && all
            && group
                .clone()
                .any(|x| blocks[x].reason == Some(Reason::Dateline))
        {
            for x in facts {
                blocks[x].reason = Some(Reason::Byline);
            }
        }
        b = end;
    }
}

/// The labels of a page's facts (lower case, no colon): when, by whom, where filed.
const FACT_LABELS: &[&str] = &[
    "date",
    "published",
    "publication date",
    "date published",
    "posted",
    "updated",
    "last updated",
    "date modified",
    "author",
    "authors",
    "from",
    "source",
    "category",
    "topics",
    "tags",
    "reference",
    "region",
    "country",
    "views",
    "data",
    "data publikacji",
    "data dodania",
    "data aktualizacji",
    "data wprowadzenia",
    "opublikowano",
    "zaktualizowano",
    "autor",
    "autorzy",
    "źródło",
    "kategoria",
    "tagi",
    "wprowadził",
    "odsłon",
    "odsłony",
    "wyświetleń",
    "작성자",
    "작성일",
    "등록일",
    "등록자",
    "게시일",
    "수정일",
    "글쓴이",
    "부서",
    "담당부서",
    "출처",
    "분류",
    "조회",
    "조회수",
];

/// A line of a page's facts without a colon: one of [`FACT_LABELS`], then a value of a
/// few words ("담당부서 국제협력과", "Author Jane Doe").
fn is_fact_line(text: &str) -> bool {
    let lower = text.trim().to_lowercase();
    lower.split_whitespace().count() <= 6
        && FACT_LABELS.iter().any(|label| {
            lower
                .strip_prefix(label)
                .is_some_and(|rest| rest.starts_with([' ', ':']) && !rest.trim().is_empty())
        })
}

/// A description list of the page's facts ("작성자 | 홍보실", "등록일 | 2025-06-03", "Date |
/// 18 June 2025", "Topics | Energy"): boards and CMSs print one above or under the
/// text. When every term of a `dl` is such a label, its terms and values are the
/// page's metadata, set aside as a byline (dates stay date lines, read for the date).
fn fact_lists(page: &Page, blocks: &mut [Decision]) {
    let nodes = &page.nodes;
    let list_of = |b: usize| {
        let node = &nodes[page.blocks[b].node as usize];
        matches!(node.tag, Tag::Dt | Tag::Dd)
            .then_some(node.parent)
            .filter(|&p| nodes[p as usize].tag == Tag::Dl)
    };
    let mut b = 0;
    while b < blocks.len() {
        let Some(list) = list_of(b) else {
            b += 1;
            continue;
        };
        let end = (b..blocks.len())
            .find(|&x| list_of(x) != Some(list))
            .unwrap_or(blocks.len());
        let terms: Vec<usize> = (b..end)
            .filter(|&x| nodes[page.blocks[x].node as usize].tag == Tag::Dt)
            .collect();
        let facts = terms.iter().all(|&x| {
            let label = page.blocks[x].text.trim().trim_end_matches(':').trim_end();
            FACT_LABELS.contains(&label.to_lowercase().as_str())
        });
        if (2..=8).contains(&terms.len()) && facts {
            for d in &mut blocks[b..end] {
                if d.kind != BlockKind::Title {
                    d.reason.get_or_insert(Reason::Byline);
                }
            }
        }
        b = end;
    }
}

/// A box after the text with a heading, a line or two of pitch and a button to end it
/// ("Support our newsroom" / "We are independent..." / "Become a patron", a
/// newsletter's or an app's box) is an appeal of the site's, not the statement's.
/// Not the content's container nor what holds it (`keep`), and not one with much text.
fn appeal_boxes(page: &Page, blocks: &mut [Decision], keep: &[bool]) {
    let nodes = &page.nodes;
    let last = last_descendants(page);
    let first_prose =
        (0..blocks.len()).find(|&b| blocks[b].reason.is_none() && is_prose(&page.blocks[b]));
    let Some(first_prose) = first_prose else {
        return;
    };
    for b in first_prose + 1..blocks.len() {
        if blocks[b].reason != Some(Reason::Button) {
            continue;
        }
        // The button's nearest block-level container that is not itself a block of text.
        let mut boxed = page.blocks[b].node as usize;
        while boxed != 0 && !matches!(nodes[boxed].tag, Tag::Div | Tag::Section | Tag::Aside) {
            boxed = nodes[boxed].parent as usize;
        }
        if boxed == 0 || keep[boxed] {
            continue;
        }
        let inside: Vec<usize> = (0..blocks.len())
            .filter(|&x| (boxed..=last[boxed]).contains(&(page.blocks[x].node as usize)))
            .collect();
        // A heading, one or two lines of pitch, the button.
        if !(3..=4).contains(&inside.len()) {
            continue;
        }
        let (head, end) = (inside[0], inside[inside.len() - 1]);
        let pitch = &inside[1..inside.len() - 1];
        if end == b
            && head > first_prose
            && blocks[head].kind.is_heading()
            && pitch
                .iter()
                .all(|&x| blocks[x].kind == BlockKind::Paragraph && page.blocks[x].chars <= 250)
        {
            for x in inside {
                blocks[x].reason.get_or_insert(Reason::Aside);
            }
        }
    }
}

/// A heading whose section is all set aside ("Press contacts" over a contact block,
/// "More information" over a link list) heads chrome: it goes with its section, for
/// the reason of the section's first block.
fn orphan_headings(page: &Page, blocks: &mut [Decision]) {
    for b in 0..blocks.len() {
        if blocks[b].reason.is_some() || !matches!(blocks[b].kind, BlockKind::Heading(_)) {
            continue;
        }
        let section: Vec<usize> = (b + 1..blocks.len())
            .take_while(|&x| !blocks[x].kind.is_heading())
            .filter(|&x| !page.blocks[x].text.trim().is_empty())
            .collect();
        if let Some(&first) = section.first() {
            if section.iter().all(|&x| blocks[x].reason.is_some())
                && blocks[first].reason != Some(Reason::Dateline)
            {
                blocks[b].reason = blocks[first].reason;
            }
        }
    }
}

/// Each element's last descendant: nodes are numbered in document order, so an
/// element holds the nodes from itself to its last descendant.
fn last_descendants(page: &Page) -> Vec<usize> {
    let nodes = &page.nodes;
    let mut last: Vec<usize> = (0..nodes.len()).collect();
    for i in (1..nodes.len()).rev() {
        let p = nodes[i].parent as usize;
        last[p] = last[p].max(last[i]);
    }
    last
}

/// The other blocks of the smallest element around block `b` that holds any (up to
/// four levels up, never the page's root): the box `b` opens or sits in.
fn others_in_box(page: &Page, last: &[usize], b: usize) -> Vec<usize> {
    let nodes = &page.nodes;
    let mut node = page.blocks[b].node as usize;
    let inside =
        |node: usize, x: usize| (node..=last[node]).contains(&(page.blocks[x].node as usize));
    let mut others: Vec<usize> = Vec::new();
    for _ in 0..4 {
        others = (0..page.blocks.len())
            .filter(|&x| x != b && inside(node, x))
            .collect();
        if !others.is_empty() || node == 0 || nodes[node].parent == 0 {
            break;
        }
        node = nodes[node].parent as usize;
    }
    others
}

/// A box's label goes with its box: a short line opening the smallest element that
/// holds it and other blocks, when those are all set aside (not as dates) — "첨부파일"
/// over the attached files, "Załączniki:" heading a table of them, a related item's
/// line of facts "News | 10 March 2025" over its linked headline — is set aside as the
/// first of them is. A picture's alt text and caption alone are no such box. Only small boxes, of a dozen blocks at most; never the headline.
fn box_labels(page: &Page, blocks: &mut [Decision]) {
    let last = last_descendants(page);
    for b in 0..blocks.len() {
        let raw = &page.blocks[b];
        // A teaser's line of facts ends with its date: "News article | 10 March 2025".
        let dated = raw.chars <= 60
            && raw
                .text
                .rsplit_once('|')
                .is_some_and(|(_, date)| meta::is_dateline(date.trim()));
        let label = blocks[b].reason.is_none()
            && blocks[b].kind != BlockKind::Title
            && (dated
                || (raw.chars <= 30
                    && raw.text.split_whitespace().count() <= 4
                    && !crate::corpus::chrome::ends_with_full_stop(&raw.text)));
        if !label || raw.node == 0 {
            continue;
        }
        let others = others_in_box(page, &last, b);
        let heads = others.first().is_some_and(|&first| first > b);
        let chrome = |x: &usize| {
            blocks[*x]
                .reason
                .is_some_and(|r| !matches!(r, Reason::Dateline | Reason::OutsideContent))
        };
        // A picture's alt text and caption do not make a box of chrome: a heading over a
        // figure is the text's.
        let furniture = others.iter().find(|&&x| {
            !matches!(
                blocks[x].reason,
                Some(Reason::AltText | Reason::PhotoCredit | Reason::Hidden | Reason::Script)
            )
        });
        if let Some(&first) = furniture.filter(|_| heads && others.len() <= 12) {
            if others.iter().all(chrome) {
                blocks[b].reason = blocks[first].reason;
            }
        }
    }
}

/// A box of related links set between the text's paragraphs (news templates' "Related
/// Stories", "Czytaj także", "관련기사" boxes, in a `div` whose class names no related
/// list): a label the words mark as a related-links heading, then the other stories'
/// headlines, each all link text. The label's own element may be named a header
/// (`ListModule-header`); its words decide. The smallest element holding it and other
/// blocks is the box; when every other block in it comes after the label and is link
/// text (or already set aside), those blocks are related links. A label in an element
/// that also holds the text's paragraphs marks no box.
fn related_boxes(page: &Page, blocks: &mut [Decision]) {
    let last = last_descendants(page);
    let linked = |raw: &Raw| {
        // Link characters are counted without spaces: so are the block's here.
        let letters = raw.text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        letters > 0 && raw.link_chars * 10 >= letters * 9
    };
    for b in 0..blocks.len() {
        let raw = &page.blocks[b];
        if blocks[b].kind == BlockKind::Title
            || raw.chars > 40
            || raw.link_chars > 0
            || raw.text.split_whitespace().count() > 4
            || hints::text_hint(&raw.text, false) != Some(Reason::RelatedLinks)
        {
            continue;
        }
        let others = others_in_box(page, &last, b);
        let links: Vec<usize> = others
            .iter()
            .copied()
            .filter(|&x| blocks[x].reason.is_none())
            .collect();
        let boxed = !links.is_empty()
            && others.len() <= 12
            && others.iter().all(|&x| x > b)
            && links
                .iter()
                .all(|&x| blocks[x].kind != BlockKind::Title && linked(&page.blocks[x]));
        if boxed {
            blocks[b].reason = Some(Reason::RelatedLinks);
            for x in links {
                blocks[x].reason = Some(Reason::RelatedLinks);
            }
        }
    }
}

/// Link-dense blocks before the first and after the last prose paragraph are link
/// lists (menus, "more news"), whatever their markup; a "Source: PAP" line after the
/// last is the report's credit.
fn links_around_the_text(page: &Page, blocks: &mut [Decision]) {
    let prose: Vec<usize> = (0..blocks.len())
        .filter(|&b| blocks[b].reason.is_none() && is_prose(&page.blocks[b]))
        .collect();
    let (Some(&first), Some(&last)) = (prose.first(), prose.last()) else {
        return;
    };
    for (b, d) in blocks.iter_mut().enumerate() {
        let raw = &page.blocks[b];
        if d.reason.is_none() && b > last && hints::is_source_line(&raw.text) {
            d.reason = Some(Reason::Byline);
        }
        // Link characters are counted without spaces: so are the block's here.
        let letters = raw.text.chars().filter(|c| !c.is_whitespace()).count() as u32;
        let linky = raw.link_chars * 10 >= letters * 7;
        if d.reason.is_none() && d.kind != BlockKind::Title && linky {
            if b < first {
                d.reason = Some(Reason::Navigation);
            } else if b > last {
                d.reason = Some(Reason::FooterLinks);
            }
        }
    }
}

#[cfg(test)]
mod tests;
