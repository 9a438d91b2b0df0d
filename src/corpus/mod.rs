//! The corpus: finding statement files, reading them, and cutting them into passages.
//!
//! This stage knows files, encodings, the manifest and page layout. It does not know
//! the index: it hands [`Document`]s with their [`Passage`]s to `index`.

pub mod chrome;
pub mod decode;
mod document;
pub mod format;
pub mod manifest;
pub mod passage;
mod sentence;
pub mod stream;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::lang::{Lang, LangDetector};
use chrome::Role;
pub use format::{Format, TextRelation};
use manifest::Entry;
use passage::SourceSpan;

/// Files in a corpus folder that describe the corpus rather than belong to it.
fn is_corpus_furniture(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    name == manifest::FILE_NAME
        || ["README", "LICENSE", "LICENCE", "COPYING", "NOTICE"]
            .iter()
            .any(|p| upper.starts_with(p))
}

/// A file found under the corpus folder.
#[derive(Debug, Clone)]
pub struct CorpusFile {
    /// Path to open.
    pub path: PathBuf,
    /// Path under the corpus folder, `/`-separated: the file's identity in the index.
    pub rel: String,
    /// The format it is read as.
    pub format: Format,
}

/// A file that was not read, and why.
#[derive(Debug, Clone)]
pub struct Skipped {
    /// Path under the corpus folder.
    pub rel: String,
    /// Why, in words.
    pub reason: String,
}

/// What a walk of the corpus folder found.
#[derive(Debug, Default)]
pub struct Discovery {
    /// Text files to index, sorted by path.
    pub files: Vec<CorpusFile>,
    /// Everything passed over, with reasons.
    pub skipped: Vec<Skipped>,
}

/// Walks `corpus` recursively. Hidden files, the manifest and README/LICENSE files are
/// passed over silently; other non-text files and unreadable folders are reported.
/// Symbolic links are followed, loops are detected.
pub fn discover(corpus: &Path) -> Result<Discovery> {
    let meta = std::fs::metadata(corpus).map_err(|_| Error::NoCorpus(corpus.to_path_buf()))?;
    if !meta.is_dir() {
        return Err(Error::NoCorpus(corpus.to_path_buf()));
    }
    let mut found = Discovery::default();
    let mut visited = HashSet::new();
    walk(corpus, "", &mut visited, &mut found);
    found.files.sort_by(|a, b| a.rel.cmp(&b.rel));
    found.skipped.sort_by(|a, b| a.rel.cmp(&b.rel));
    Ok(found)
}

fn walk(dir: &Path, prefix: &str, visited: &mut HashSet<PathBuf>, found: &mut Discovery) {
    let skip = |found: &mut Discovery, rel: String, reason: String| {
        found.skipped.push(Skipped { rel, reason })
    };
    let Ok(canonical) = dir.canonicalize() else {
        return skip(found, prefix.to_string(), "cannot resolve folder".into());
    };
    if !visited.insert(canonical) {
        return skip(
            found,
            prefix.to_string(),
            "symbolic link loop; not followed again".into(),
        );
    }
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            return skip(
                found,
                prefix.to_string(),
                format!("cannot read folder: {e}"),
            )
        }
    };
    let mut entries: Vec<_> = entries.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let rel = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}/{name}")
        };
        let path = entry.path();
        let meta = match std::fs::metadata(&path) {
            Ok(meta) => meta,
            Err(e) => {
                let why = if e.kind() == std::io::ErrorKind::NotFound {
                    "broken symbolic link".to_string()
                } else {
                    format!("cannot read: {e}")
                };
                skip(found, rel, why);
                continue;
            }
        };
        if meta.is_dir() {
            walk(&path, &rel, visited, found);
        } else if meta.is_file() {
            if prefix.is_empty() && is_corpus_furniture(&name) {
                continue;
            }
            match Format::of_path(&name) {
                Some(format) if format.is_read() => {
                    found.files.push(CorpusFile { path, rel, format })
                }
                // A file without an extension is read as text.
                None if Path::new(&name).extension().is_none() => found.files.push(CorpusFile {
                    path,
                    rel,
                    format: Format::Text,
                }),
                _ => {
                    let ext = Path::new(&name)
                        .extension()
                        .map(|e| e.to_string_lossy().to_ascii_lowercase())
                        .unwrap_or_default();
                    skip(
                        found,
                        rel,
                        format!(
                            "not a text file (.{ext}); accord reads {}",
                            read_extensions()
                        ),
                    );
                }
            }
        }
    }
}

/// The extensions of the formats this build reads, as users are told them.
pub fn read_extensions() -> String {
    let mut out = Vec::new();
    for format in Format::ALL.into_iter().filter(|f| f.is_read()) {
        out.extend(format.extensions().iter().map(|e| format!(".{e}")));
    }
    out.join(", ")
}

/// A document's metadata, from the manifest or inferred from its text.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DocMeta {
    /// Stable id.
    pub id: String,
    /// Path under the corpus folder.
    pub path: String,
    /// Title.
    pub title: String,
    /// Publisher; "unknown" when inferred.
    pub publisher: String,
    /// Date of the statement.
    pub date: Option<String>,
    /// Document language.
    pub lang: Lang,
    /// Where the text comes from.
    pub origin: Option<String>,
    /// Key shared by documents reporting the same event.
    pub event: Option<String>,
    /// True when the file has no manifest entry and title and language were inferred.
    pub inferred: bool,
}

/// A passage of a document.
#[derive(Debug, Clone)]
pub struct Passage {
    /// The passage text (line breaks kept, `\r` removed).
    pub text: String,
    /// Where it is in its file.
    pub span: SourceSpan,
    /// Its language.
    pub lang: Lang,
    /// 1-based position among the document's indexed passages (0 for set-aside ones).
    pub position: usize,
    /// Content, title, or set aside (with why).
    pub role: Role,
}

/// A document ready for indexing.
#[derive(Debug, Clone)]
pub struct Document {
    /// Metadata.
    pub meta: DocMeta,
    /// Passages to index, in order.
    pub passages: Vec<Passage>,
    /// Blocks set aside as web-page chrome.
    pub set_aside: Vec<Passage>,
    /// Blocks dropped because they repeat an earlier block.
    pub duplicates: usize,
    /// How the passages' text relates to the file's bytes.
    pub relation: TextRelation,
    /// The encoding the file was decoded from, when it was guessed (not UTF-8, no BOM).
    pub guessed_encoding: Option<&'static str>,
}

/// A slug of a file name, usable as a document id.
pub fn slug(rel: &str) -> String {
    let stem = rel.rsplit_once('.').map_or(rel, |(s, _)| s);
    let mut out = String::new();
    for c in stem.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_matches('-').to_string();
    if out.is_empty() {
        "document".to_string()
    } else {
        out
    }
}

/// Cuts `text` (the decoded content of plain-text file `rel`) into a [`Document`].
///
/// `entry` is its manifest entry; without one, the id is the file name's slug, the
/// title comes from the page header and the language from detection.
pub fn prepare(rel: &str, text: &str, entry: Option<&Entry>, detector: &LangDetector) -> Document {
    prepare_part(rel, text, entry, detector, chrome::Part::WHOLE)
}

/// [`prepare`] for one window of a very large file; spans are relative to `text`.
pub fn prepare_part(
    rel: &str,
    text: &str,
    entry: Option<&Entry>,
    detector: &LangDetector,
    part: chrome::Part,
) -> Document {
    document::from_text(rel, text, entry, detector, part, TextRelation::Verbatim)
}

/// Reads file `rel` from its `bytes` into a [`Document`]: decoded once, its format's
/// blocks extracted, passages cut, chrome set aside, languages detected, metadata
/// filled. A file over [`stream::LARGE_FILE`] is read with [`stream::Stream`] instead.
pub fn read(
    rel: &str,
    bytes: &[u8],
    entry: Option<&Entry>,
    detector: &LangDetector,
) -> std::result::Result<Document, decode::Unreadable> {
    let format = document::format_of(rel);
    if format == Format::Text || format == Format::Markdown {
        let decoded = decode::decode(bytes)?;
        let mut doc = document::from_text(
            rel,
            &decoded.text,
            entry,
            detector,
            chrome::Part::WHOLE,
            decoded.how.relation(),
        );
        doc.guessed_encoding = decoded.how.guessed.then(|| decoded.encoding());
        return Ok(doc);
    }
    let extraction = format::extract(format, bytes)?;
    Ok(document::from_extraction(rel, extraction, entry, detector))
}

/// `text` cut at a word boundary to at most `max` characters, with an ellipsis.
pub fn truncate_words(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let at = cut.rfind(char::is_whitespace).unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ids() {
        assert_eq!(
            slug("sub/Joint Statement (2023).txt"),
            "sub-joint-statement-2023"
        );
        assert_eq!(slug("...txt"), "document");
    }

    #[test]
    fn unlisted_file_gets_inferred_metadata() {
        let text = "Menu\n\nEnergy ministers agree on hydrogen\n\nThe energy ministers of the two \
                    countries agreed on Tuesday to build a joint hydrogen corridor by the end of the decade.\n";
        let doc = prepare("news/h2.txt", text, None, &LangDetector::default());
        assert!(doc.meta.inferred);
        assert_eq!(doc.meta.id, "news-h2");
        assert_eq!(doc.meta.title, "Energy ministers agree on hydrogen");
        assert_eq!(doc.meta.lang, Lang::En);
        assert_eq!(doc.passages.len(), 2);
        assert_eq!(doc.set_aside.len(), 1);
        assert_eq!(doc.passages[1].span.line_start, 5);
    }

    #[test]
    fn short_passages_inherit_the_document_language() {
        let text = "Kolejne kroki\n\nObie strony zgodziły się na wymianę informacji na temat \
                    łańcucha dostaw półprzewodników oraz na rozszerzenie współpracy.\n";
        let doc = prepare("a.txt", text, None, &LangDetector::default());
        assert!(
            doc.passages.iter().all(|p| p.lang == Lang::Pl),
            "{:?}",
            doc.passages
        );
    }
}
