//! Search: from a query string to ranked, attributed, highlighted passages.
//!
//! [`query`] parses the query language; [`compile`] turns the parsed query into one
//! tantivy query over the single `body` field, each word looked up as every language
//! analyzes it (exact form most, then folded, then stems marked by language), plus its
//! translations; [`run`] executes it, re-ranks the candidates by how much of the query
//! they cover, and makes [`Hit`]s, highlighted by [`highlight`]. So one query searches
//! Polish, English and Korean statements together, and a passage that has the word as
//! typed outranks one that only shares its stem. Web-page chrome is never searched.
//! Reading what the index stores (records, passages, set-aside blocks) is
//! [`crate::index::read`]'s job.

pub mod compile;
pub mod expand;
pub mod highlight;
pub mod limits;
pub mod query;
pub mod run;

use serde::Serialize;

use crate::lang::Lang;
use highlight::MatchKind;

pub use run::{count_by_document, search, search_explained, DocumentCount, Found};

/// What to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// At most this many hits (in [`limits::LIMIT`]).
    pub limit: usize,
    /// Skip this many hits first, for the next page (in [`limits::OFFSET`]).
    pub offset: usize,
    /// Only passages in these languages (empty: every language).
    pub langs: Vec<Lang>,
    /// Only passages of these document ids (empty: every document).
    pub docs: Vec<String>,
    /// Also search the other languages with the query's translations.
    pub translate: bool,
    /// Use the general dictionary for words the glossary lacks.
    pub dictionary: bool,
    /// The query's language; detected when None.
    pub query_lang: Option<Lang>,
    /// Words only as typed (and their forms): no typo tolerance.
    pub exact: bool,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            offset: 0,
            langs: Vec::new(),
            docs: Vec::new(),
            translate: true,
            dictionary: true,
            query_lang: None,
            exact: false,
        }
    }
}

/// One ranked passage with its source.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// BM25 score of the passage's body field (with the forms' weights).
    pub score: f32,
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: String,
    /// Document publisher.
    pub publisher: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line, inclusive.
    pub line_end: u64,
    /// Byte offset of the start in the (decoded) file.
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
    /// The file changed or went away since it was indexed: the passage text could not
    /// be read back (run `accord index`).
    pub stale: bool,
    /// A window of the passage around the matches.
    pub snippet: String,
    /// Highlighted byte ranges of `snippet`.
    pub highlights: Vec<(usize, usize)>,
}
