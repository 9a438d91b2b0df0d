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
pub mod publisher;
mod sentence;
pub mod statement;
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
                let link = entry.file_type().is_ok_and(|t| t.is_symlink());
                let why = if e.kind() == std::io::ErrorKind::NotFound && link {
                    "broken symbolic link".to_string()
                } else if e.kind() == std::io::ErrorKind::NotFound {
                    "removed while the corpus was being read".to_string()
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
    /// Where the title, date and publisher came from.
    #[serde(default)]
    pub sources: Sources,
}

/// Where a document's title, date and publisher came from (None: not known).
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Sources {
    /// Of the title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<format::Provenance>,
    /// Of the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<format::Provenance>,
    /// Of the publisher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<format::Provenance>,
}

/// A passage of a document.
#[derive(Debug, Clone)]
pub struct Passage {
    /// The passage text (line breaks kept, `\r` removed).
    pub text: String,
    /// Where it is in its file.
    pub span: SourceSpan,
    /// For a paged document (a PDF, `pdftotext` output with form feeds), its pages.
    pub pages: Option<format::Pages>,
    /// Words a line break cut in two (`współ-` + `pracy`, `안보협` + `력으로`), joined:
    /// indexed with the passage so that the whole word is found, though its text (what
    /// the file holds at its span) keeps the break.
    pub joined: String,
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
    if format == Format::Markdown {
        // Decoded here rather than by the dispatcher, to tell the user of a guess.
        let decoded = decode::decode(bytes)?;
        let extraction = format::markdown::extract(&decoded.text);
        let mut doc = document::from_extraction(rel, extraction, entry, detector);
        doc.guessed_encoding = decoded.how.guessed.then(|| decoded.encoding());
        return Ok(doc);
    }
    if format.is_plain() {
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

    #[test]
    fn a_pdftotext_file_gives_pages_and_its_whole_title() {
        let text = "Joint Statement of the Republic of Korea and the European\n\
                    Union on the Digital Partnership\n\
                    Seoul, 22 May 2023\n\
                    The two sides reaffirmed their commitment to an open, fair and\n\
                    secure digital economy, and agreed to deepen cooperation on\n\
                    semiconductors, 6G and data flows.\n\
                    \u{c}The next meeting of the Digital Partnership Council will take\n\
                    place in Brussels, and will review the implementation of the\n\
                    commitments made in the joint statement adopted today.\n\u{c}";
        let doc = read("dp.txt", text.as_bytes(), None, &LangDetector::default()).unwrap();
        assert_eq!(
            doc.meta.title,
            "Joint Statement of the Republic of Korea and the European Union on the Digital Partnership"
        );
        assert_eq!(doc.meta.date.as_deref(), Some("2023-05-22"));
        // No line of the headline is set aside.
        assert!(
            doc.set_aside.iter().all(|p| !p.text.contains("Digital")),
            "{:?}",
            doc.set_aside
        );
        let pages: Vec<Option<u32>> = doc
            .passages
            .iter()
            .map(|p| p.pages.map(|p| p.start))
            .collect();
        assert_eq!(pages.last(), Some(&Some(2)), "{:?}", doc.passages);
        assert!(pages.contains(&Some(1)));
        // Verbatim: every passage is the file's bytes at its span.
        for p in &doc.passages {
            assert_eq!(p.text, text[p.span.byte_start..p.span.byte_end]);
        }
    }

    #[test]
    fn a_korean_page_with_a_paragraph_a_line_gives_a_passage_a_line() {
        let text = "한국과 유럽연합은 반도체 협력을 강화하기로 합의했다. 양측은 공급망 안정에 대해서도 논의했다.\n\
                    양국 정상은 디지털 파트너십의 이행 상황을 점검하고 인공지능 분야의 공동 연구를 확대하기로 했다.\n\
                    이번 회의는 서울에서 열렸으며 다음 회의는 브뤼셀에서 개최될 예정이다.\n\
                    외교부는 후속 조치를 마련할 계획이라고 밝혔다.\n";
        let doc = read("ko.txt", text.as_bytes(), None, &LangDetector::default()).unwrap();
        assert_eq!(
            doc.passages.len() + doc.set_aside.len(),
            4,
            "{:?}",
            doc.passages
        );
        assert!(doc.passages.len() >= 3, "{:?}", doc.set_aside);
    }

    #[test]
    fn a_wrapped_korean_word_is_indexed_whole() {
        let text = "양국은 이번 회담에서 포괄적 안보협\n력으로 나아가기로 합의했다고 밝혔다.\n";
        let doc = read("w.txt", text.as_bytes(), None, &LangDetector::default()).unwrap();
        assert_eq!(doc.passages[0].joined, "안보협력으로");
        assert_eq!(doc.passages[0].text, text.trim_end());
    }

    #[test]
    fn markdown_is_read_with_its_markup_stripped_and_front_matter_as_metadata() {
        let md = "---\ndate: 14 May 2024\npublisher: Ministry of Foreign Affairs\n---\n\n\
                  # **Joint statement** on [hydrogen](https://example.org)\n\n\
                  The ministers agreed on a *hydrogen corridor* by 2030.\n\n\
                  | Area | Lead |\n|---|---|\n| electrolysers | Korea |\n";
        let doc = read("h2.md", md.as_bytes(), None, &LangDetector::default()).unwrap();
        assert_eq!(doc.meta.title, "Joint statement on hydrogen");
        assert_eq!(doc.meta.date.as_deref(), Some("2024-05-14"));
        assert_eq!(doc.meta.publisher, "Ministry of Foreign Affairs");
        assert_eq!(
            doc.meta.sources.date,
            Some(format::Provenance::Metadata("front matter".into()))
        );
        assert_eq!(doc.meta.sources.title, Some(format::Provenance::Text));
        assert_eq!(
            doc.relation,
            TextRelation::Extracted {
                format: Format::Markdown
            }
        );
        let texts: Vec<&str> = doc.passages.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts.contains(&"The ministers agreed on a hydrogen corridor by 2030."),
            "{texts:?}"
        );
        assert!(texts.contains(&"electrolysers"), "{texts:?}");
        let cell = doc
            .passages
            .iter()
            .find(|p| p.text == "electrolysers")
            .unwrap();
        assert_eq!(cell.span.line_start, 12);
        assert!(
            texts
                .iter()
                .all(|t| !t.contains("**") && !t.contains("https")),
            "{texts:?}"
        );
    }

    #[test]
    fn the_manifest_wins_over_what_the_file_states_but_a_missing_date_is_inferred() {
        let md = "---\ntitle: From the file\ndate: 2024-05-14\n---\n\nText of the statement.\n";
        let entry: Entry = toml::from_str(
            "file = \"a.md\"\nid = \"a\"\ntitle = \"From the manifest\"\npublisher = \"MOFA\"\n",
        )
        .unwrap();
        let doc = read(
            "a.md",
            md.as_bytes(),
            Some(&entry),
            &LangDetector::default(),
        )
        .unwrap();
        assert_eq!(doc.meta.title, "From the manifest");
        assert_eq!(doc.meta.publisher, "MOFA");
        assert_eq!(doc.meta.date.as_deref(), Some("2024-05-14"));
        assert_eq!(doc.meta.sources.title, Some(format::Provenance::Manifest));
        assert_eq!(
            doc.meta.sources.date,
            Some(format::Provenance::Metadata("front matter".into()))
        );
    }

    #[test]
    fn a_pasted_page_states_its_date_and_publisher() {
        let text = "Ministry of Foreign Affairs\n\nKorea and Poland sign a nuclear energy roadmap\n\n\
                    Published : April 27, 2023 - 03:45\n\n\
                    The two governments signed a roadmap on nuclear energy cooperation on Thursday, \
                    recalling the agreement of 12 March 2015.\n\n© 2024 Ministry of Foreign Affairs\n";
        let doc = prepare("news/pl-ko.txt", text, None, &LangDetector::default());
        assert_eq!(doc.meta.date.as_deref(), Some("2023-04-27"));
        assert_eq!(doc.meta.publisher, "Ministry of Foreign Affairs");
        assert_eq!(doc.meta.sources.date, Some(format::Provenance::Text));
        assert_ne!(doc.meta.title, "Published : April 27, 2023 - 03:45");
    }
}
