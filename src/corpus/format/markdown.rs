//! Markdown (`.md`, `.markdown`), read with pulldown-cmark (CommonMark, with tables).
//!
//! Each heading, paragraph, list item, table cell, quote and code block is a block; its
//! text is the Markdown's text with the markup gone (emphasis, code marks, link and image
//! syntax: a link's text is kept and its URL dropped, an image's alt text is left out),
//! soft line breaks re-joined with a space. Its span is where that text is in the
//! Markdown source (the bytes from its first word to its last, and their lines), so a
//! reader who opens the file at that line sees it. The first H1 is the title.
//!
//! YAML (`---`) or TOML (`+++`) front matter gives metadata as the manifest would
//! (`title`, `date`, `publisher`, `lang`, `id`, `event`, `origin`); the manifest, when
//! it has an entry for the file, wins over it.

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

use super::{Block, BlockKind, Extraction, Format, Found, Metadata, TextRelation};
use crate::corpus::chrome::Reason;
use crate::corpus::passage::{LineIndex, SourceSpan};

/// The block being gathered.
struct Open {
    kind: BlockKind,
    text: String,
    start: usize,
    end: usize,
    /// Characters other than white space inside links.
    link_chars: usize,
}

/// Gathers blocks from the parser's events.
struct Blocks<'t> {
    lines: LineIndex,
    source: &'t str,
    out: Vec<Block>,
    open: Option<Open>,
    /// Containers the current text is inside (list items, quotes).
    items: usize,
    quotes: usize,
    /// Inside an image: its alt text is not the document's text.
    images: usize,
    /// Inside a link.
    links: usize,
    /// For each block of `out`, its characters other than white space inside links.
    link_chars: Vec<usize>,
}

impl<'t> Blocks<'t> {
    fn begin(&mut self, kind: BlockKind) {
        self.flush();
        self.open = Some(Open {
            kind,
            text: String::new(),
            start: usize::MAX,
            end: 0,
            link_chars: 0,
        });
    }

    /// Text of the current block at `range` of the source.
    fn text(&mut self, text: &str, range: std::ops::Range<usize>) {
        if self.images > 0 {
            return;
        }
        let kind = if self.items > 0 {
            BlockKind::ListItem
        } else if self.quotes > 0 {
            BlockKind::Quote
        } else {
            BlockKind::Other
        };
        let open = self.open.get_or_insert_with(|| Open {
            kind,
            text: String::new(),
            start: usize::MAX,
            end: 0,
            link_chars: 0,
        });
        if self.links > 0 {
            open.link_chars += text.chars().filter(|c| !c.is_whitespace()).count();
        }
        open.text.push_str(text);
        open.start = open.start.min(range.start);
        open.end = open.end.max(range.end);
    }

    fn space(&mut self) {
        if let Some(open) = &mut self.open {
            if !open.text.ends_with(char::is_whitespace) {
                open.text.push(' ');
            }
        }
    }

    fn flush(&mut self) {
        let Some(open) = self.open.take() else {
            return;
        };
        let text = open.text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() || open.start >= open.end {
            return;
        }
        // The span runs from the block's first text to its last, trimmed to the source's
        // non-blank bytes (a code block's text ends with its newline).
        let (mut a, mut b) = (open.start, open.end.min(self.source.len()));
        while a < b && self.source.as_bytes()[a].is_ascii_whitespace() {
            a += 1;
        }
        while b > a && self.source.as_bytes()[b - 1].is_ascii_whitespace() {
            b -= 1;
        }
        let span: SourceSpan = self.lines.span(a, b);
        self.link_chars.push(open.link_chars);
        self.out.push(Block {
            text,
            kind: open.kind,
            span,
            pages: None,
            set_aside: None,
        });
    }
}

fn level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The blocks and metadata of Markdown `text` (decoded), its text extracted.
pub fn extract(text: &str) -> Extraction {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS;
    let mut blocks = Blocks {
        lines: LineIndex::new(text),
        source: text,
        out: Vec::new(),
        open: None,
        items: 0,
        quotes: 0,
        images: 0,
        links: 0,
        link_chars: Vec::new(),
    };
    let mut meta = Metadata::default();
    let mut front: Option<(MetadataBlockKind, String)> = None;
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        match event {
            Event::Start(Tag::MetadataBlock(kind)) => front = Some((kind, String::new())),
            Event::End(TagEnd::MetadataBlock(_)) => {
                if let Some((kind, body)) = front.take() {
                    read_front_matter(kind, &body, &mut meta);
                }
            }
            Event::Text(t) if front.is_some() => {
                if let Some((_, body)) = &mut front {
                    body.push_str(&t);
                }
            }
            Event::Start(Tag::Heading { level: l, .. }) => {
                blocks.begin(BlockKind::Heading(level(l)))
            }
            Event::Start(Tag::Paragraph) => {
                let kind = if blocks.items > 0 {
                    BlockKind::ListItem
                } else if blocks.quotes > 0 {
                    BlockKind::Quote
                } else {
                    BlockKind::Paragraph
                };
                blocks.begin(kind);
            }
            Event::Start(Tag::TableCell) => blocks.begin(BlockKind::TableCell),
            Event::Start(Tag::CodeBlock(_)) => blocks.begin(BlockKind::Preformatted),
            Event::Start(Tag::Item) => {
                blocks.items += 1;
                blocks.begin(BlockKind::ListItem);
            }
            Event::Start(Tag::BlockQuote(_)) => {
                blocks.quotes += 1;
                blocks.flush();
            }
            Event::Start(Tag::List(_)) => blocks.flush(),
            Event::Start(Tag::Image { .. }) => blocks.images += 1,
            Event::End(TagEnd::Image) => blocks.images = blocks.images.saturating_sub(1),
            Event::Start(Tag::Link { .. }) => blocks.links += 1,
            Event::End(TagEnd::Link) => blocks.links = blocks.links.saturating_sub(1),
            Event::End(TagEnd::Item) => {
                blocks.flush();
                blocks.items = blocks.items.saturating_sub(1);
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                blocks.flush();
                blocks.quotes = blocks.quotes.saturating_sub(1);
            }
            Event::End(
                TagEnd::Heading(_)
                | TagEnd::Paragraph
                | TagEnd::TableCell
                | TagEnd::CodeBlock
                | TagEnd::List(_),
            ) => blocks.flush(),
            Event::Text(t) | Event::Code(t) => blocks.text(&t, range),
            Event::SoftBreak | Event::HardBreak => blocks.space(),
            // Raw HTML, rules, footnote marks and task boxes carry no text of the statement.
            _ => {}
        }
    }
    blocks.flush();
    let link_chars = std::mem::take(&mut blocks.link_chars);
    let mut out = blocks.out;
    if let Some(h) = headline(&out) {
        let shown = out[h].text.clone();
        let gives_way = meta.title.as_ref().is_some_and(|t| {
            matches!(t.from, super::Provenance::Metadata(_))
                && super::html::declared_title_gives_way(&t.value, &shown)
        });
        // An H1 is the note's title block; a lower heading only when it is the title.
        if out[h].kind == BlockKind::Heading(1) || meta.title.is_none() || gives_way {
            out[h].kind = BlockKind::Title;
        }
        if meta.title.is_none() || gives_way {
            meta.title = Some(Found::text(shown));
        } else if let Some(t) = meta.title.as_mut() {
            // A clipped `<title>` loses the site's part as the page's own would.
            if let Some(head) = super::html::declared_title_without_site(&t.value, &shown) {
                t.value = head;
            }
        }
    }
    // Markdown marks no chrome: pages saved or converted as Markdown keep their
    // bylines, credits, share lines and related links, which the text rules know.
    let judged: Vec<(&str, BlockKind)> = out.iter().map(|b| (b.text.as_str(), b.kind)).collect();
    let reasons = crate::corpus::chrome::extracted_chrome(&judged);
    for (block, reason) in out.iter_mut().zip(reasons) {
        // A static-site generator's shortcode (`{{< figure src=… >}}`) is template
        // markup, not text.
        let t = block.text.trim();
        let shortcode = (t.starts_with("{{<") || t.starts_with("{{%")) && t.ends_with("}}");
        block.set_aside = if shortcode {
            Some(Reason::Script)
        } else {
            reason
        };
    }
    links_after_the_text(&mut out, &link_chars);
    Extraction {
        blocks: out,
        meta,
        relation: TextRelation::Extracted {
            format: Format::Markdown,
        },
    }
}

/// The note's headline: its first H1; else, in a page clipped from the web, the first
/// heading above the text's first paragraph (the clip keeps the site's `h2` headline
/// under a breadcrumb line, and the section heads below are `###`). A heading that only
/// names the board ("## Press releases" over "### Port opens a rail terminal", as
/// Korean and Polish boards print their section's name over the post) is passed over
/// while a later heading there is no section's name.
fn headline(blocks: &[Block]) -> Option<usize> {
    if let Some(h1) = blocks.iter().position(|b| b.kind == BlockKind::Heading(1)) {
        return Some(h1);
    }
    let first_prose = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Paragraph && is_prose(&b.text))?;
    let heading = |b: &Block| matches!(b.kind, BlockKind::Heading(2 | 3));
    let above = &blocks[..first_prose];
    above
        .iter()
        .position(|b| heading(b) && !crate::corpus::publisher::is_section_name(&b.text))
        .or_else(|| above.iter().position(heading))
}

/// Whether a paragraph reads as the text's prose: a sentence or more, not a short line
/// (a breadcrumb, a date, a byline).
fn is_prose(text: &str) -> bool {
    text.chars().count() >= 80 && text.contains(['.', '!', '?', '。'])
}

/// Whether at least half of a block's characters (white space aside) are link text.
fn mostly_links(block: &Block, link_chars: usize) -> bool {
    let chars = block.text.chars().filter(|c| !c.is_whitespace()).count();
    chars > 0 && link_chars * 2 >= chars
}

/// A page clipped to Markdown keeps the site's links after the text: a list of other
/// articles of the site ("- [Another headline](https://site/news/4402)"), a "See also:
/// [..] · [..]" line, under a short label ("**관련 소식**", "More from us") or none.
/// After the last paragraph of prose (a sentence of a few words, mostly not link text;
/// a footnote's too), the items and paragraphs that are mostly link text are related
/// links, and so is a short bold label right above them. A list of links inside the
/// text stays.
fn links_after_the_text(blocks: &mut [Block], link_chars: &[usize]) {
    let prose = |b: &Block, links: usize| {
        b.set_aside.is_none()
            && matches!(b.kind, BlockKind::Paragraph | BlockKind::Quote)
            && !mostly_links(b, links)
            && b.text.split_whitespace().count() >= 4
            && crate::corpus::chrome::ends_with_full_stop(&b.text)
    };
    let Some(last) = (0..blocks.len()).rposition(|i| prose(&blocks[i], link_chars[i])) else {
        return;
    };
    for i in last + 1..blocks.len() {
        let linky = blocks[i].set_aside.is_none()
            && matches!(blocks[i].kind, BlockKind::ListItem | BlockKind::Paragraph)
            && mostly_links(&blocks[i], link_chars[i]);
        if !linky {
            continue;
        }
        blocks[i].set_aside = Some(Reason::RelatedLinks);
        // Its label, in bold rather than a heading: a few words, no sentence, right
        // above the first of them.
        let above = i - 1;
        let label = &blocks[above];
        if above > last
            && label.set_aside.is_none()
            && label.kind == BlockKind::Paragraph
            && label.text.split_whitespace().count() <= 4
            && !crate::corpus::chrome::ends_with_full_stop(&label.text)
        {
            blocks[above].set_aside = Some(Reason::RelatedLinks);
        }
    }
}

/// Fills `meta` from YAML or TOML front matter; what does not parse is ignored (the
/// document is still read, with its metadata inferred).
fn read_front_matter(kind: MetadataBlockKind, body: &str, meta: &mut Metadata) {
    let pairs: Vec<(String, String)> = match kind {
        MetadataBlockKind::YamlStyle => yaml_pairs(body),
        MetadataBlockKind::PlusesStyle => toml_pairs(body),
    };
    const NAME: &str = "front matter";
    for (key, value) in pairs {
        let value = value.trim().to_string();
        if value.is_empty() {
            continue;
        }
        match key.to_ascii_lowercase().as_str() {
            "title" => meta.title = Some(Found::metadata(value, NAME)),
            "date" | "published" | "publication_date" => {
                if meta.date.is_none() {
                    meta.date = Some(Found::metadata(value, NAME))
                }
            }
            // A web clipper's `source` is the page's address: a place, not a publisher.
            "publisher" | "source" | "site_name" => {
                if !crate::corpus::publisher::is_declared_name(&value) {
                    meta.fields.push((key.to_ascii_lowercase(), value));
                } else if meta.publisher.is_none() {
                    meta.publisher = Some(Found::metadata(value, NAME))
                }
            }
            "lang" | "language" => meta.lang = Some(value),
            other => meta.fields.push((other.to_string(), value)),
        }
    }
}

/// Top-level scalar entries of a YAML mapping, as strings.
///
/// Read from the parser's events rather than a loaded document: loading expands every
/// alias into a copy, so ten lines of nested aliases ("billion laughs") would take
/// gigabytes; here an alias is one event, skipped, and nothing below the top level is
/// kept.
fn yaml_pairs(body: &str) -> Vec<(String, String)> {
    use yaml_rust2::parser::Parser;
    use yaml_rust2::scanner::TScalarStyle;
    use yaml_rust2::Event;
    let mut parser = Parser::new_from_str(body);
    let mut pairs = Vec::new();
    // Depth of collections open: 1 inside the top mapping.
    let mut depth = 0usize;
    let mut key: Option<String> = None;
    let mut top_is_mapping = false;
    loop {
        let Ok((event, _)) = parser.next_token() else {
            return Vec::new();
        };
        match event {
            Event::StreamEnd | Event::DocumentEnd => break,
            Event::MappingStart(..) | Event::SequenceStart(..) => {
                if depth == 0 {
                    top_is_mapping = matches!(event, Event::MappingStart(..));
                    if !top_is_mapping {
                        return Vec::new();
                    }
                } else if depth == 1 {
                    // A collection as a key or a value: that entry is not a scalar.
                    key = None;
                }
                depth += 1;
            }
            Event::MappingEnd | Event::SequenceEnd => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    break;
                }
            }
            Event::Scalar(text, style, _, _) if depth == 1 => match key.take() {
                None => key = Some(text),
                Some(k) => {
                    let null = style == TScalarStyle::Plain
                        && matches!(text.as_str(), "" | "~" | "null" | "Null" | "NULL");
                    if !null {
                        pairs.push((k, text));
                    }
                }
            },
            // An alias as a key or value at the top: its entry is skipped.
            Event::Alias(_) if depth == 1 => {
                key = match key {
                    None => Some(String::new()),
                    Some(_) => None,
                };
            }
            _ => {}
        }
    }
    if !top_is_mapping {
        return Vec::new();
    }
    pairs.retain(|(k, _)| !k.is_empty());
    pairs
}

/// Top-level scalar entries of a TOML table, as strings.
fn toml_pairs(body: &str) -> Vec<(String, String)> {
    let Ok(table) = body.parse::<toml::Table>() else {
        return Vec::new();
    };
    table
        .into_iter()
        .filter_map(|(k, v)| {
            let value = match v {
                toml::Value::String(s) => s,
                toml::Value::Datetime(d) => d.to_string(),
                toml::Value::Integer(i) => i.to_string(),
                toml::Value::Float(f) => f.to_string(),
                toml::Value::Boolean(b) => b.to_string(),
                _ => return None,
            };
            Some((k, value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_aliases_are_not_expanded() {
        let mut body = String::from("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        let mut prev = 'a';
        for name in 'b'..='j' {
            body.push_str(&format!(
                "{name}: &{name} [{}]\n",
                vec![format!("*{prev}"); 9].join(",")
            ));
            prev = name;
        }
        body.push_str("title: bomb\ndate: 2024-05-01\nempty: ~\nalias: *a\nnested: {x: 1}\n");
        let started = std::time::Instant::now();
        let pairs = yaml_pairs(&body);
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        assert_eq!(
            pairs,
            vec![
                ("title".to_string(), "bomb".to_string()),
                ("date".to_string(), "2024-05-01".to_string())
            ]
        );
        assert_eq!(
            yaml_pairs("title: 'A: quoted'\nyear: 2023\n"),
            vec![
                ("title".to_string(), "A: quoted".to_string()),
                ("year".to_string(), "2023".to_string())
            ]
        );
        assert!(yaml_pairs("- a\n- b\n").is_empty());
    }

    fn content(e: &Extraction) -> Vec<(BlockKind, &str)> {
        e.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect()
    }

    /// The block's span holds its words in the source.
    fn spans_hold_their_text(source: &str, e: &Extraction) {
        let lines: Vec<&str> = source.split('\n').collect();
        for b in &e.blocks {
            let at = &source[b.span.byte_start..b.span.byte_end];
            let window = lines[b.span.line_start - 1..b.span.line_end].join("\n");
            assert!(window.contains(at), "{b:?}");
            for word in b.text.split_whitespace().take(3) {
                let word = word.trim_matches(|c: char| !c.is_alphanumeric());
                assert!(at.contains(word), "{word:?} not in {at:?} ({b:?})");
            }
        }
    }

    #[test]
    fn markup_is_stripped_link_text_kept_urls_dropped() {
        let md = "# **Ministry of Foreign Affairs**: joint statement\n\n\
                  The ministers met in [Seoul](https://example.org/seoul) and agreed\n\
                  on *closer* `6G` cooperation.\n\n\
                  ![A photo of the ministers](photo.jpg)\n\n\
                  ## Next steps\n\n\
                  - expand the **semiconductor** dialogue\n\
                  - review in 2025\n";
        let e = extract(md);
        assert_eq!(
            content(&e),
            vec![
                (
                    BlockKind::Title,
                    "Ministry of Foreign Affairs: joint statement"
                ),
                (
                    BlockKind::Paragraph,
                    "The ministers met in Seoul and agreed on closer 6G cooperation."
                ),
                (BlockKind::Heading(2), "Next steps"),
                (BlockKind::ListItem, "expand the semiconductor dialogue"),
                (BlockKind::ListItem, "review in 2025"),
            ]
        );
        assert_eq!(
            e.meta.title.as_ref().map(|t| t.value.as_str()),
            Some("Ministry of Foreign Affairs: joint statement")
        );
        assert_eq!(e.blocks[1].span.line_start, 3);
        assert_eq!(e.blocks[1].span.line_end, 4);
        assert_eq!(e.blocks[4].span.line_start, 11);
        spans_hold_their_text(md, &e);
    }

    #[test]
    fn a_page_saved_as_markdown_has_its_chrome_set_aside() {
        let source = "# Ports agree on shore power\n\n\
            *Posted by Ana Reis in Energy and Transport*\n\n\
            {{< figure src=\"/img/quay.jpg\" caption=\"The quay\" >}}\n\n\
            Photo: Port of Leixões\n\n\
            The ports of Leixões and Gdynia agreed on Tuesday to install shore power at their container \
            terminals by 2028, cutting the emissions of ships at berth by half.\n\n\
            ## What the ports will do\n\n\
            - connect every container berth to the grid\n\
            - publish the tariff for shore power each year\n\n\
            The agreement will be reviewed after three years by both port authorities and the ministry.\n\n\
            **Related posts**\n\n\
            - [Ferry operators order electric ships](https://example.org/a)\n\
            - [Rail freight corridor extended](https://example.org/b)\n\n\
            *Subscribe to our newsletter for a weekly digest.*\n\n\
            4 comments\n";
        let e = extract(source);
        let aside: Vec<&str> = e
            .blocks
            .iter()
            .filter(|b| b.set_aside.is_some())
            .map(|b| b.text.as_str())
            .collect();
        for chrome in [
            "Posted by Ana Reis",
            "{{< figure",
            "Photo: Port",
            "Related posts",
            "Ferry operators",
            "Rail freight",
            "Subscribe to our",
            "4 comments",
        ] {
            assert!(
                aside.iter().any(|t| t.starts_with(chrome)),
                "{chrome}: {aside:?}"
            );
        }
        for kept in [
            "Ports agree on shore power",
            "The ports of Leixões",
            "What the ports will do",
            "connect every container berth",
            "publish the tariff",
            "The agreement will be reviewed",
        ] {
            assert!(
                !aside.iter().any(|t| t.starts_with(kept)),
                "{kept} set aside"
            );
        }
    }

    #[test]
    fn links_to_other_articles_after_a_clipped_text_are_set_aside() {
        let source = "# 항만공사, 그단스크항과 친환경 선박 연료 협력\n\n\
            항만공사는 폴란드 그단스크항과 친환경 선박 연료 공급망을 함께 만들기로 했다고 3일 밝혔다.\n\n\
            두 항만은 [암모니아 벙커링](https://port.example.kr/glossary/nh3) 시범 사업을 내년에 시작한다.\n\n\
            - [부두 자동화 2단계](https://port.example.kr/plan) 착공\n\
            - 선원 교육 과정 공동 개설\n\n\
            항만공사 사장은 \"유럽 항로의 탈탄소를 앞당기겠다\"고 말했다.\n\n\
            ---\n\n\
            **함께 읽기**\n\
            - [항만공사, 여름철 부두 안전 점검 실시](https://port.example.kr/news/201)\n\
            - [신규 크루즈 항로 유치 설명회 개최](https://port.example.kr/news/198)\n\n\
            *Port Weekly no. 12. More: [Archive of issues](https://port.example.kr/archive) · [All news](https://port.example.kr/news)*\n";
        let e = extract(source);
        let reason = |start: &str| {
            e.blocks
                .iter()
                .find(|b| b.text.starts_with(start))
                .unwrap_or_else(|| panic!("{start}: {:?}", e.blocks))
                .set_aside
        };
        for chrome in [
            "함께 읽기",
            "항만공사, 여름철",
            "신규 크루즈",
            "Port Weekly",
        ] {
            assert_eq!(reason(chrome), Some(Reason::RelatedLinks), "{chrome}");
        }
        // A link in a sentence of the text, and a list of the text with a link, stay.
        for kept in ["두 항만은", "부두 자동화", "선원 교육", "항만공사 사장은"]
        {
            assert_eq!(reason(kept), None, "{kept}");
        }
    }

    #[test]
    fn table_cells_are_blocks_and_found() {
        let md = "Areas of cooperation:\n\n| Area | Lead |\n|---|---|\n| hydrogen | Korea |\n| batteries | Poland |\n";
        let e = extract(md);
        let cells: Vec<&str> = e
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::TableCell)
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(
            cells,
            ["Area", "Lead", "hydrogen", "Korea", "batteries", "Poland"]
        );
        assert_eq!(
            e.blocks
                .iter()
                .find(|b| b.text == "batteries")
                .unwrap()
                .span
                .line_start,
            6
        );
        spans_hold_their_text(md, &e);
    }

    #[test]
    fn yaml_and_toml_front_matter_give_metadata() {
        let yaml = "---\ntitle: \"Wspólne oświadczenie\"\ndate: 2024-05-14\npublisher: MSZ\nlang: pl\nevent: summit-2024\ntags: [a, b]\n---\n\n# Inny nagłówek\n\nTreść oświadczenia.\n";
        let e = extract(yaml);
        let m = &e.meta;
        assert_eq!(
            m.title,
            Some(Found::metadata(
                "Wspólne oświadczenie".to_string(),
                "front matter"
            ))
        );
        assert_eq!(m.date.as_ref().unwrap().value, "2024-05-14");
        assert_eq!(m.publisher.as_ref().unwrap().value, "MSZ");
        assert_eq!(m.lang.as_deref(), Some("pl"));
        assert_eq!(
            m.fields,
            vec![("event".to_string(), "summit-2024".to_string())]
        );
        // The front matter is not text of the document.
        assert!(
            e.blocks.iter().all(|b| !b.text.contains("publisher")),
            "{:?}",
            e.blocks
        );
        assert_eq!(e.blocks[0].kind, BlockKind::Title);
        spans_hold_their_text(yaml, &e);

        let toml = "+++\ntitle = \"Joint statement\"\ndate = 2023-05-22\n+++\n\nText of it.\n";
        let e = extract(toml);
        assert_eq!(e.meta.title.as_ref().unwrap().value, "Joint statement");
        assert_eq!(e.meta.date.as_ref().unwrap().value, "2023-05-22");
        assert_eq!(content(&e), vec![(BlockKind::Paragraph, "Text of it.")]);
    }

    #[test]
    fn a_web_clips_source_address_is_no_publisher() {
        let md = "---\ntitle: \"Harbour opens a tram line\"\nsource: \"https://news.example.org/view?id=7\"\n---\n\n# Harbour opens a tram line\n\nThe line runs along the quay.\n\nCopyright © Example Harbour Authority\n";
        let e = extract(md);
        assert_eq!(e.meta.publisher, None);
        let named = "---\nsource: Example Harbour Authority\n---\n\nText.\n";
        assert_eq!(
            extract(named).meta.publisher.map(|p| p.value).as_deref(),
            Some("Example Harbour Authority")
        );
    }

    #[test]
    fn a_clipped_page_gives_its_headline_over_a_section_title_in_the_front_matter() {
        // A web clipper copies the page's `<title>`, "Section – Institution", and the
        // page's `h2` headline stands under the breadcrumb line.
        let md = "---\ntitle: \"News – Regional Water Authority\"\nclipped: 2025-03-02\n---\n\n\
                  [Home](https://w.example/) › [News](https://w.example/news)\n\n\
                  ## Water authority and Busan port sign a flood data agreement\n\n\
                  *01.03.2025*\n\n\
                  The authority and the port will share river gauge readings every ten minutes, starting in April.\n\n\
                  ### What changes\n\nMore text follows here, long enough to read as a paragraph of the note.\n";
        let e = extract(md);
        assert_eq!(
            e.meta.title,
            Some(Found::text(
                "Water authority and Busan port sign a flood data agreement".to_string()
            ))
        );
        assert!(e
            .blocks
            .iter()
            .any(|b| b.kind == BlockKind::Title && b.text.starts_with("Water authority")));
        // A front matter title that is the statement's own stays, and the `##` under it
        // stays a heading.
        let md = "---\ntitle: \"Flood data agreement signed with Busan port\"\n---\n\n\
                  ## Summary\n\n\
                  The authority and the port will share river gauge readings every ten minutes, starting in April.\n";
        let e = extract(md);
        assert_eq!(
            e.meta.title.as_ref().map(|t| t.value.as_str()),
            Some("Flood data agreement signed with Busan port")
        );
        assert!(e.blocks.iter().all(|b| b.kind != BlockKind::Title));
    }

    #[test]
    fn a_clipped_titles_site_part_is_cut_as_the_pages_own() {
        // The clipper copies `<title>`, "Headline – Section - Site", over the note's H1.
        let md = "---\ntitle: \"Harbour towns can share their ferry fleets – Insight - HBA\"\n---\n\n\
                  # Harbour towns can share their ferry fleets\n\n\
                  Three harbour towns on the northern coast could run one ferry fleet between them, a new study finds.\n";
        let e = extract(md);
        assert_eq!(
            e.meta.title.as_ref().map(|t| t.value.as_str()),
            Some("Harbour towns can share their ferry fleets")
        );
        // A title whose dash is the headline's own keeps it.
        let md = "---\ntitle: \"Ferry forum – five new routes\"\n---\n\n\
                  # Ferry forum – five new routes\n\nThe forum opened five routes on Monday, the board said in a statement.\n";
        assert_eq!(
            extract(md).meta.title.map(|t| t.value).as_deref(),
            Some("Ferry forum – five new routes")
        );
    }

    #[test]
    fn a_clipped_boards_section_heading_gives_way_to_the_posts_headline() {
        // A board's view page prints its section's name as an `h2` over the post's
        // own `h3`; the clipper's title is the trail of sections.
        let md = "---\ntitle: \"공지사항 상세 | 열린마당 | 한빛항만공사\"\n---\n\n\
                  [홈](https://p.example/) > 공지사항\n\n\
                  ## 공지사항\n\n\
                  ### 한빛항만공사, 북유럽 항만과 물류 데이터 공유 협약 맺어\n\n\
                  한빛항만공사는 3일 북유럽의 한 항만 운영사와 물류 데이터를 실시간으로 공유하는 협약을 맺었다고 밝혔다. 양측은 내년부터 선박 입출항 정보를 10분마다 주고받는다.\n";
        let e = extract(md);
        assert_eq!(
            e.meta.title.as_ref().map(|t| t.value.as_str()),
            Some("한빛항만공사, 북유럽 항만과 물류 데이터 공유 협약 맺어")
        );
    }

    #[test]
    fn nested_lists_and_quotes_keep_each_item_apart() {
        let md = "1. First item\n   - nested one\n   - nested two\n2. Second item\n\n> Quoted words\n> go on here.\n";
        let e = extract(md);
        assert_eq!(
            content(&e),
            vec![
                (BlockKind::ListItem, "First item"),
                (BlockKind::ListItem, "nested one"),
                (BlockKind::ListItem, "nested two"),
                (BlockKind::ListItem, "Second item"),
                (BlockKind::Quote, "Quoted words go on here."),
            ]
        );
        spans_hold_their_text(md, &e);
    }
}
