//! The JSON contract: what `--json` prints and the HTTP server serves, one line (one
//! object) per hit, document, set-aside block, comparison rank or alignment row.
//!
//! These types are the contract, kept apart from the engine's structs so the engine can
//! change without scripts noticing (as ripgrep's `printer/src/jsont.rs` does). They
//! serialise and deserialise, so a Rust client parses what it receives into the same
//! types. Fields may be added; none will be renamed or removed without a new major
//! version. Conventions: lines are 1-based and inclusive (`line_start`, `line_end`),
//! bytes are offsets into the decoded file and half-open (`byte_start`, `byte_end`),
//! `path` is the file under the corpus folder and `file` the path to open, `lang` is an
//! ISO 639-1 code (`"pl"`, `"en"`, `"ko"`).

use serde::{Deserialize, Serialize};

use crate::compare::{AlignedPassage, Alignment, Comparison};
use crate::index::DocRecord;
use crate::lang::Lang;
use crate::search::highlight::MatchKind;

/// A ranked passage with its source.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// BM25 score (sum over fields); comparable within one search only.
    pub score: f32,
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: String,
    /// Document publisher.
    pub publisher: String,
    /// Date of the statement (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// File under the corpus folder.
    pub path: String,
    /// For a paged document (a PDF, `pdftotext` output): the 1-based page the passage
    /// starts on (a PDF's lines are then counted within that page).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// The page it ends on, when that is a later page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_end: Option<u64>,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line, inclusive.
    pub line_end: u64,
    /// Byte offset of the start in the decoded file.
    pub byte_start: u64,
    /// Byte offset past the end.
    pub byte_end: u64,
    /// 1-based position of the passage in its document.
    pub position: u64,
    /// Passage language.
    pub lang: Lang,
    /// How the query reached it, best kind first.
    #[serde(rename = "match")]
    pub matched: Vec<MatchKind>,
    /// Translations that reached it: `submarine cables -> kabli podmorskich (glossary)`.
    pub translations: Vec<String>,
    /// Share of the query's words and phrases the passage matches (0 to 1).
    pub coverage: f32,
    /// Words matched in the passage, as they appear in it.
    pub matched_words: Vec<String>,
    /// The whole passage ("" when `stale`).
    pub text: String,
    /// The file changed or went away since it was indexed, so `text` could not be read
    /// back; updating the index brings it back.
    pub stale: bool,
    /// A window of the passage around the matches.
    pub snippet: String,
    /// Highlighted byte ranges of `snippet`, half-open.
    pub highlights: Vec<(usize, usize)>,
    /// The path to open.
    pub file: String,
    /// How many passages match the query in all, on every page (in search results;
    /// absent where a hit stands alone, as in a comparison).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total: Option<usize>,
}

impl Hit {
    /// The wire form of `hit`, whose file is shown as `file`.
    pub fn new(hit: &crate::search::Hit, file: &str) -> Hit {
        Hit {
            rank: hit.rank,
            score: hit.score,
            doc: hit.doc.clone(),
            title: hit.title.clone(),
            publisher: hit.publisher.clone(),
            date: hit.date.clone(),
            path: hit.path.clone(),
            page: hit.page,
            page_end: hit.page_end,
            line_start: hit.line_start,
            line_end: hit.line_end,
            byte_start: hit.byte_start,
            byte_end: hit.byte_end,
            position: hit.position,
            lang: hit.lang,
            matched: hit.matched.clone(),
            translations: hit.translations.clone(),
            coverage: hit.coverage,
            matched_words: hit.matched_words.clone(),
            text: hit.text.clone(),
            stale: hit.stale,
            snippet: hit.snippet.clone(),
            highlights: hit.highlights.clone(),
            file: file.to_string(),
            total: None,
        }
    }
}

/// A document with passages that match a query, and how many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentCount {
    /// Document id.
    pub doc: String,
    /// Title.
    pub title: String,
    /// File under the corpus folder.
    pub path: String,
    /// The path to open.
    pub file: String,
    /// Matching passages.
    pub count: usize,
}

impl DocumentCount {
    /// The wire form of `count`, whose file is shown as `file`.
    pub fn new(count: &crate::search::DocumentCount, file: &str) -> DocumentCount {
        DocumentCount {
            doc: count.doc.clone(),
            title: count.title.clone(),
            path: count.path.clone(),
            file: file.to_string(),
            count: count.count,
        }
    }
}

/// An indexed document: its metadata and what indexing made of it (no internal
/// bookkeeping such as hashes).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id.
    pub id: String,
    /// File under the corpus folder.
    pub path: String,
    /// Title.
    pub title: String,
    /// Publisher; "unknown" when inferred.
    pub publisher: String,
    /// Date of the statement (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub date: Option<String>,
    /// Document language.
    pub lang: Lang,
    /// Where the text comes from.
    pub origin: Option<String>,
    /// Key shared by documents reporting the same event.
    pub event: Option<String>,
    /// True when the file has no manifest entry and title and language were inferred.
    pub inferred: bool,
    /// Where the title, date and publisher came from: `manifest`, `text`, or
    /// `{"metadata": NAME}` (`og:title`, `front matter`...).
    #[serde(default)]
    pub sources: crate::corpus::Sources,
    /// The path to open.
    pub file: String,
    /// Passages indexed.
    pub passages: usize,
    /// Blocks set aside as web-page chrome.
    pub set_aside: usize,
    /// Repeated blocks dropped.
    pub duplicates: usize,
    /// File size in bytes.
    pub bytes: u64,
    /// Encoding the file was decoded from.
    pub encoding: String,
}

impl Document {
    /// The wire form of `record`, whose file is shown as `file`.
    pub fn new(record: &DocRecord, file: &str) -> Document {
        let m = &record.meta;
        Document {
            id: m.id.clone(),
            path: m.path.clone(),
            title: m.title.clone(),
            publisher: m.publisher.clone(),
            date: m.date.clone(),
            lang: m.lang,
            origin: m.origin.clone(),
            event: m.event.clone(),
            inferred: m.inferred,
            sources: m.sources.clone(),
            file: file.to_string(),
            passages: record.passages,
            set_aside: record.set_aside,
            duplicates: record.duplicates,
            bytes: record.bytes,
            encoding: record.encoding_label(),
        }
    }
}

/// A block kept out of the index as web-page chrome, with the rule that set it aside.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SetAside {
    /// Document id.
    pub doc: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// Why it was set aside ("skip link", "page header"...).
    pub reason: String,
    /// Its text.
    pub text: String,
    /// The path to open.
    pub file: String,
}

impl SetAside {
    /// The wire form of `block`, whose file is shown as `file`.
    pub fn new(block: &crate::index::read::SetAside, file: &str) -> SetAside {
        SetAside {
            doc: block.doc.clone(),
            path: block.path.clone(),
            line_start: block.line_start,
            line_end: block.line_end,
            reason: block.reason.clone(),
            text: block.text.clone(),
            file: file.to_string(),
        }
    }
}

/// One rank of a comparison: each side's hit at that rank (none when that side has
/// fewer hits).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ComparedPair {
    /// 1-based rank.
    pub rank: usize,
    /// The left document's id.
    pub a_doc: String,
    /// The right document's id.
    pub b_doc: String,
    /// Why these two documents are compared.
    pub reason: String,
    /// The left document's hit.
    pub a: Option<Hit>,
    /// The right document's hit.
    pub b: Option<Hit>,
}

impl ComparedPair {
    /// Every rank of `comparison`, with each hit's file shown as `file(hit)` gives.
    pub fn all(
        comparison: &Comparison,
        file: impl Fn(&crate::search::Hit) -> String,
    ) -> Vec<ComparedPair> {
        let side = |h: &Option<crate::search::Hit>| h.as_ref().map(|h| Hit::new(h, &file(h)));
        comparison
            .pairs
            .iter()
            .enumerate()
            .map(|(i, (a, b))| ComparedPair {
                rank: i + 1,
                a_doc: comparison.a.doc.clone(),
                b_doc: comparison.b.doc.clone(),
                reason: comparison.reason.clone(),
                a: side(a),
                b: side(b),
            })
            .collect()
    }
}

/// A passage in an alignment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// 1-based position in its document.
    pub position: u64,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// Language.
    pub lang: Lang,
    /// Text.
    pub text: String,
}

impl From<&AlignedPassage> for Passage {
    fn from(p: &AlignedPassage) -> Passage {
        Passage {
            position: p.position,
            path: p.path.clone(),
            line_start: p.line_start,
            line_end: p.line_end,
            lang: p.lang,
            text: p.text.clone(),
        }
    }
}

/// One row of an alignment of documents A and B, tagged by `type`: a pair of
/// counterparts, then the passages only one side has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AlignRow {
    /// A passage of A and its best counterpart in B.
    Pair {
        /// A's id.
        a_doc: String,
        /// B's id.
        b_doc: String,
        /// The passage of A.
        a: Passage,
        /// Its counterpart in B.
        b: Passage,
        /// Similarity, 0 to 1.
        score: f32,
        /// Each is the other's best match.
        mutual: bool,
        /// What they share (concepts, numbers, words), most telling first.
        shared: Vec<String>,
    },
    /// A passage only A has.
    OnlyA {
        /// A's id.
        a_doc: String,
        /// B's id.
        b_doc: String,
        /// The passage.
        passage: Passage,
    },
    /// A passage only B has.
    OnlyB {
        /// A's id.
        a_doc: String,
        /// B's id.
        b_doc: String,
        /// The passage.
        passage: Passage,
    },
}

impl AlignRow {
    /// Every row of `alignment`: its pairs, then what only A says, then only B.
    pub fn all(alignment: &Alignment) -> Vec<AlignRow> {
        let (a_doc, b_doc) = (&alignment.a.doc, &alignment.b.doc);
        let pairs = alignment.pairs.iter().map(|p| AlignRow::Pair {
            a_doc: a_doc.clone(),
            b_doc: b_doc.clone(),
            a: (&p.a).into(),
            b: (&p.b).into(),
            score: p.score,
            mutual: p.mutual,
            shared: p.shared.clone(),
        });
        let only_a = alignment.only_a.iter().map(|p| AlignRow::OnlyA {
            a_doc: a_doc.clone(),
            b_doc: b_doc.clone(),
            passage: p.into(),
        });
        let only_b = alignment.only_b.iter().map(|p| AlignRow::OnlyB {
            a_doc: a_doc.clone(),
            b_doc: b_doc.clone(),
            passage: p.into(),
        });
        pairs.chain(only_a).chain(only_b).collect()
    }
}

/// A citation of a hit as CSL-JSON, the item format of the Citation Style Language
/// (1.0.2) that Zotero, Pandoc and citeproc read: `accord search --cite --json` prints
/// one array of these. Variable names are CSL's own (`title`, `publisher`, `issued`,
/// `accessed`, `URL`, `note`, `language`); where the passage is and what it says go in
/// `custom`, which CSL leaves to the producer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CslItem {
    /// Document id and passage position: `ec-eu-kr-dpc-2023#p12`.
    pub id: String,
    /// CSL item type: `document`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The document's title.
    pub title: String,
    /// Who published it; absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The statement's date; absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<CslDate>,
    /// Where the document is online, when its manifest `origin` is a web address.
    #[serde(rename = "URL", default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The day the index last read the file (UTC): when the quoted text was taken.
    pub accessed: CslDate,
    /// The passage's language (`pl`, `en`, `ko`).
    pub language: String,
    /// File, lines (and page), how the text relates to the file's bytes, content hash,
    /// and a warning when the file changed since it was indexed: in words.
    pub note: String,
    /// The passage and its position, for a program.
    pub custom: CslCustom,
}

/// A CSL date: `{"date-parts": [[2024, 5, 14]]}` (year, month, day; month and day
/// left out when not known), or `{"raw": ...}` for a date that is not ISO 8601.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CslDate {
    /// One date of one to three parts.
    #[serde(
        rename = "date-parts",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub date_parts: Option<Vec<Vec<u32>>>,
    /// The date as written, when it could not be split into parts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
}

impl CslDate {
    /// The CSL date of `date` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub fn parse(date: &str) -> CslDate {
        let parts: Option<Vec<u32>> = date.split('-').map(|p| p.parse().ok()).collect();
        match parts {
            Some(parts) if (1..=3).contains(&parts.len()) => CslDate {
                date_parts: Some(vec![parts]),
                raw: None,
            },
            _ => CslDate {
                date_parts: None,
                raw: Some(date.to_string()),
            },
        }
    }
}

/// Where a cited passage is and what it says (CSL's `custom` object).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CslCustom {
    /// Document id.
    pub doc: String,
    /// File under the corpus folder.
    pub path: String,
    /// The path to open.
    pub file: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line, inclusive.
    pub line_end: u64,
    /// Byte offset of the start in the decoded file.
    pub byte_start: u64,
    /// Byte offset past the end.
    pub byte_end: u64,
    /// The page it starts on, for a paged document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// The page it ends on, when that is a later page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_end: Option<u64>,
    /// 1-based position of the passage in its document.
    pub position: u64,
    /// The file's content hash as indexed: `blake3:` and 64 hex digits.
    pub hash: String,
    /// How `quote` relates to the file's bytes, by `kind`: `verbatim` (the bytes at
    /// `byte_start..byte_end`, `\r` removed), `transcoded` (decoded from `encoding`;
    /// bytes count the decoded text) or `extracted` (the text of markup or a PDF, from
    /// `format`).
    pub relation: crate::corpus::TextRelation,
    /// The file changed or went away since it was indexed: `quote` is the text indexed
    /// then, no longer what the file holds (or null, for a plain file).
    pub stale: bool,
    /// The passage as quoted; null when it could not be read (a changed plain file).
    pub quote: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csl_dates_are_date_parts_or_raw() {
        let json = |d: &str| serde_json::to_string(&CslDate::parse(d)).unwrap();
        assert_eq!(json("2024-05-14"), r#"{"date-parts":[[2024,5,14]]}"#);
        assert_eq!(json("2024-05"), r#"{"date-parts":[[2024,5]]}"#);
        assert_eq!(json("2024"), r#"{"date-parts":[[2024]]}"#);
        assert_eq!(json("spring 2024"), r#"{"raw":"spring 2024"}"#);
        assert_eq!(json("2024-05-14-01"), r#"{"raw":"2024-05-14-01"}"#);
    }

    #[test]
    fn lang_is_its_code_and_rows_are_tagged_by_type() {
        let passage = Passage {
            position: 1,
            path: "a.txt".into(),
            line_start: 2,
            line_end: 3,
            lang: Lang::Ko,
            text: "t".into(),
        };
        let row = AlignRow::OnlyB {
            a_doc: "a".into(),
            b_doc: "b".into(),
            passage,
        };
        let json = serde_json::to_string(&row).unwrap();
        assert_eq!(
            json,
            r#"{"type":"only_b","a_doc":"a","b_doc":"b","passage":{"position":1,"path":"a.txt","line_start":2,"line_end":3,"lang":"ko","text":"t"}}"#
        );
        assert_eq!(serde_json::from_str::<AlignRow>(&json).unwrap(), row);
        let unknown =
            r#"{"position":1,"path":"a","line_start":1,"line_end":1,"lang":"xx","text":""}"#;
        assert!(serde_json::from_str::<Passage>(unknown).is_err());
        assert!(serde_json::from_str::<Passage>(&unknown.replace("xx", "pl")).is_ok());
    }
}

/// A word a timeline entry added or dropped, in its passage's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct WordChange {
    /// As written in the passage.
    pub word: String,
    /// Its language.
    pub lang: Lang,
    /// Its English gloss, for a Polish or Korean word compared across languages.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gloss: Option<String>,
}

/// The passage a timeline entry was compared with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelinePrevious {
    /// Document id.
    pub doc: String,
    /// Its first line.
    pub line_start: u64,
    /// Its language.
    pub lang: Lang,
}

/// One passage of `accord timeline`, oldest statement first (undated ones last).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The statement's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); null when undated.
    pub date: Option<String>,
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: String,
    /// Document publisher.
    pub publisher: String,
    /// File under the corpus folder.
    pub path: String,
    /// The path to open.
    pub file: String,
    /// 1-based first and last line, inclusive.
    pub lines: (u64, u64),
    /// The page it starts on, for a paged document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u64>,
    /// Passage language.
    pub lang: Lang,
    /// The whole passage.
    pub text: String,
    /// The first mention of the commitment.
    pub first: bool,
    /// How the wording was compared with the previous statement: `first`, `none` (another
    /// passage of the first statement), `words` (same language, on stems) or `concepts`
    /// (across languages, through translation).
    pub compared: String,
    /// The passage it was compared with.
    pub previous: Option<TimelinePrevious>,
    /// Words this passage has that the previous statement's lacks.
    pub added: Vec<WordChange>,
    /// Words of the previous statement's passage that this one lacks.
    pub dropped: Vec<WordChange>,
}

impl TimelineEntry {
    /// The wire form of `entry`, whose file is shown as `file`.
    pub fn new(entry: &crate::timeline::Entry, file: &str) -> TimelineEntry {
        use crate::timeline::Compared;
        let h = &entry.hit;
        let change = |c: &crate::timeline::WordChange| WordChange {
            word: c.word.clone(),
            lang: c.lang,
            gloss: c.gloss.clone(),
        };
        TimelineEntry {
            date: h.date.clone(),
            doc: h.doc.clone(),
            title: h.title.clone(),
            publisher: h.publisher.clone(),
            path: h.path.clone(),
            file: file.to_string(),
            lines: (h.line_start, h.line_end),
            page: h.page,
            lang: h.lang,
            text: h.text.clone(),
            first: entry.first,
            compared: match entry.compared {
                Compared::First => "first",
                Compared::Nothing => "none",
                Compared::Words => "words",
                Compared::Concepts => "concepts",
            }
            .to_string(),
            previous: entry.previous.as_ref().map(|p| TimelinePrevious {
                doc: p.doc.clone(),
                line_start: p.line_start,
                lang: p.lang,
            }),
            added: entry.added.iter().map(change).collect(),
            dropped: entry.dropped.iter().map(change).collect(),
        }
    }
}
