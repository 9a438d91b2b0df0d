//! One extraction step per input format, behind one interface.
//!
//! Each format (`text`, `markdown`, `html`, `pdf`) is one file here that turns a file's
//! bytes into an [`Extraction`]: text [`Block`]s in reading order, each with where it
//! is in the file ([`SourceSpan`]: bytes and 1-based lines of the file as it is on
//! disk, plus the PDF page), what it is ([`BlockKind`]: heading, paragraph, list item,
//! table cell, caption, navigation...), whether structure already set it aside
//! ([`Block::set_aside`]), and the document's metadata as the format states it
//! ([`Metadata`]: title, date, publisher, each with where it came from).
//!
//! Nothing after `corpus` knows which format a passage came from, except through the
//! typed properties it carries: [`TextRelation`] (is the passage's text the file's bytes
//! at its span, or transcoded, or extracted and so stored in the index) and the page.

pub mod html;
pub mod pdf;
pub mod text;

use crate::corpus::chrome::Reason;
use crate::corpus::decode::{self, Unreadable};
use crate::corpus::passage::SourceSpan;

/// Extracts the text blocks and metadata of a file in `format` from its `bytes`: the
/// one entry to every format. Plain text is decoded and cut into paragraphs (the
/// chrome rules, which plain text needs, run later in `corpus`).
pub fn extract(format: Format, bytes: &[u8]) -> Result<Extraction, Unreadable> {
    match format {
        Format::Text => {
            let decoded = decode::decode(bytes)?;
            Ok(text::extract(&decoded.text, decoded.how.relation()))
        }
        Format::Markdown => {
            // Until Markdown has its own extraction it is read as plain text.
            let decoded = decode::decode(bytes)?;
            Ok(text::extract(&decoded.text, decoded.how.relation()))
        }
        Format::Html => html::extract(bytes),
        Format::Pdf => pdf::extract(bytes),
    }
}

impl Format {
    /// Whether a file of this format is read as plain text, its paragraphs judged by
    /// the chrome rules (no structure says what is content).
    pub fn is_plain(self) -> bool {
        matches!(self, Format::Text | Format::Markdown)
    }

    /// Whether accord reads this format in this build.
    pub fn is_read(self) -> bool {
        matches!(
            self,
            Format::Text | Format::Markdown | Format::Html | Format::Pdf
        )
    }
}

/// The input formats accord reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text (`.txt`, `.text`), including `pdftotext` output with form feeds.
    Text,
    /// Markdown (`.md`, `.markdown`), with YAML or TOML front matter.
    Markdown,
    /// HTML (`.html`, `.htm`, `.xhtml`).
    Html,
    /// PDF with a text layer.
    Pdf,
}

impl Format {
    /// Every format, in the order `accord` documents them.
    pub const ALL: [Format; 4] = [Format::Text, Format::Markdown, Format::Html, Format::Pdf];

    /// The format a file name's extension says, if accord reads it.
    pub fn of_path(rel: &str) -> Option<Format> {
        let name = rel.rsplit('/').next().unwrap_or(rel);
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Format::ALL
            .into_iter()
            .find(|f| f.extensions().contains(&ext.as_str()))
    }

    /// The file name extensions of the format, lower case, without the dot.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            Format::Text => &["txt", "text"],
            Format::Markdown => &["md", "markdown"],
            Format::Html => &["html", "htm", "xhtml"],
            Format::Pdf => &["pdf"],
        }
    }

    /// Lower-case name (`text`, `markdown`, `html`, `pdf`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }
}

/// How a passage's text relates to its file's bytes: decided once, per file, by the
/// extraction, and carried into the index's record of the file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum TextRelation {
    /// The passage is the file's UTF-8 bytes at its span, `\r` removed: the index keeps
    /// only the span and reads the text back from the file.
    Verbatim,
    /// The file was decoded from another encoding (or has a BOM): the span counts bytes
    /// of the decoded text, and the text is stored in the index.
    Transcoded {
        /// The encoding it was decoded from (`windows-1250`, `UTF-16LE`, ...).
        encoding: String,
    },
    /// The text was extracted from markup or a page description (HTML, Markdown, PDF):
    /// the span says where in the file it is, and the clean text is stored in the index.
    Extracted {
        /// The format it was extracted from.
        format: Format,
    },
}

impl TextRelation {
    /// Whether the index must store the passage text (it cannot be read back verbatim).
    pub fn stores_text(&self) -> bool {
        !matches!(self, TextRelation::Verbatim)
    }
}

/// What a block of a document is, as its format's structure says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The document's title (an HTML `h1` of the article, the Markdown H1, a PDF's
    /// first heading lines).
    Title,
    /// A heading of the given level (1-6).
    Heading(u8),
    /// A paragraph of body text.
    Paragraph,
    /// An item of a list.
    ListItem,
    /// A cell or row of a table.
    TableCell,
    /// A block quote.
    Quote,
    /// A figure or photo caption.
    Caption,
    /// A line that states where and when (a dateline, "입력 2023-05-22").
    Dateline,
    /// Preformatted text or code.
    Preformatted,
    /// Anything else that carries text (a `div` of prose without a paragraph tag).
    Other,
}

impl BlockKind {
    /// Whether the block is a heading or the title.
    pub fn is_heading(self) -> bool {
        matches!(self, BlockKind::Title | BlockKind::Heading(_))
    }
}

/// Where a block lies in its PDF: 1-based first and last page; lines in its
/// [`SourceSpan`] are then counted within the first page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Pages {
    /// First page, 1-based.
    pub start: u32,
    /// Last page, 1-based (equal to `start` for a block on one page).
    pub end: u32,
}

/// A block of text in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// The clean text: markup gone, entities decoded, lines re-joined where the format
    /// wrapped them, end-of-line hyphenation undone.
    pub text: String,
    /// What the format's structure says it is.
    pub kind: BlockKind,
    /// Where it is in the file: bytes and 1-based lines of the file as it is on disk
    /// (for a PDF, lines are counted within `pages.start`).
    pub span: SourceSpan,
    /// For a PDF, the pages it is on.
    pub pages: Option<Pages>,
    /// Set aside by structure (navigation, footer, cookie banner...), with why; `None`
    /// for content. Plain text leaves this to `chrome`'s rules.
    pub set_aside: Option<Reason>,
}

/// Where a piece of metadata came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Provenance {
    /// The corpus manifest.
    Manifest,
    /// The document's own metadata, naming which (`og:title`, `article:published_time`,
    /// `front matter`, `PDF Info`...).
    Metadata(String),
    /// Read from the text (a dateline, the title line, a title's site suffix).
    Text,
}

/// A value with where it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Found<T> {
    /// The value.
    pub value: T,
    /// Where it came from.
    pub from: Provenance,
}

impl<T> Found<T> {
    /// `value` found in the document's metadata named `name`.
    pub fn metadata(value: T, name: &str) -> Found<T> {
        Found {
            value,
            from: Provenance::Metadata(name.to_string()),
        }
    }

    /// `value` read from the text.
    pub fn text(value: T) -> Found<T> {
        Found {
            value,
            from: Provenance::Text,
        }
    }
}

/// A document's metadata as its format states it; the manifest, when it has an entry,
/// wins over every field.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Metadata {
    /// The title (without a site suffix such as " | Ministry of ...").
    pub title: Option<Found<String>>,
    /// The statement's date, ISO 8601 (`YYYY-MM-DD`, or `YYYY-MM`, `YYYY`).
    pub date: Option<Found<String>>,
    /// Who published it.
    pub publisher: Option<Found<String>>,
    /// The language the document declares (`<html lang>`, front matter), as a code.
    pub lang: Option<String>,
    /// Other front-matter or manifest-like fields the format carries (`id`, `event`,
    /// `origin`), by name.
    pub fields: Vec<(String, String)>,
}

/// What one format made of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Extraction {
    /// Blocks in reading order, content and set-aside alike.
    pub blocks: Vec<Block>,
    /// The document's metadata as the file states it.
    pub meta: Metadata,
    /// How the blocks' text relates to the file's bytes.
    pub relation: TextRelation,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of_path("a/b.HTML"), Some(Format::Html));
        assert_eq!(Format::of_path("x.htm"), Some(Format::Html));
        assert_eq!(Format::of_path("x.md"), Some(Format::Markdown));
        assert_eq!(Format::of_path("x.pdf"), Some(Format::Pdf));
        assert_eq!(Format::of_path("x.txt"), Some(Format::Text));
        assert_eq!(Format::of_path("x.docx"), None);
        assert_eq!(Format::of_path("noext"), None);
    }

    #[test]
    fn only_verbatim_text_is_read_back_from_the_file() {
        assert!(!TextRelation::Verbatim.stores_text());
        assert!(TextRelation::Transcoded {
            encoding: "windows-1250".into()
        }
        .stores_text());
        assert!(TextRelation::Extracted {
            format: Format::Html
        }
        .stores_text());
    }
}
