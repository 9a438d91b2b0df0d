//! The corpus: finding statement files, reading them, and cutting them into passages.
//!
//! This stage knows files, encodings, the manifest and page layout. It does not know
//! the index: it hands [`Document`]s with their [`Passage`]s to `index`.

pub mod chrome;
pub mod decode;
pub mod format;
pub mod manifest;
pub mod passage;
mod sentence;

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::lang::{Evidence, Lang, LangDetector};
use chrome::Role;
use manifest::Entry;
use passage::SourceSpan;

/// File extensions read as plain text.
pub const TEXT_EXTENSIONS: &[&str] = &["txt", "text", "md", "markdown"];

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
            let ext = Path::new(&name)
                .extension()
                .map(|e| e.to_string_lossy().to_ascii_lowercase());
            match ext {
                Some(ext) if !TEXT_EXTENSIONS.contains(&ext.as_str()) => skip(
                    found,
                    rel,
                    format!(
                        "not a text file (.{ext}); accord reads {}",
                        TEXT_EXTENSIONS
                            .iter()
                            .map(|e| format!(".{e}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ),
                _ => found.files.push(CorpusFile { path, rel }),
            }
        }
    }
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

/// Cuts `text` (the decoded content of `rel`) into a [`Document`].
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
    let lines = passage::LineIndex::new(text);
    let paras = passage::paragraphs(text);
    let layout = chrome::classify_part(text, &paras, entry.map(|e| e.title.as_str()), part);

    let forced: Option<Lang> = entry
        .filter(|e| e.force_lang)
        .and_then(|e| e.lang.as_deref())
        .and_then(|l| l.parse().ok());
    let declared: Option<Lang> = entry
        .and_then(|e| e.lang.as_deref())
        .and_then(|l| l.parse().ok());

    // Passages go to their list as they are cut; what the rules saw of each passage's
    // language waits beside it until the document's language is known.
    let mut passages = Vec::with_capacity(layout.blocks.len());
    let mut set_aside = Vec::new();
    let mut seen = Vec::with_capacity(layout.blocks.len());
    let mut seen_aside = Vec::new();
    let mut duplicates = 0;
    // Most files have no `\r`: then no passage needs looking at for one.
    let has_cr = text.as_bytes().contains(&b'\r');
    let mut pieces = Vec::new();
    let mut spans = lines.cursor();
    for block in &layout.blocks {
        if block.role == Role::Duplicate {
            duplicates += 1;
            continue;
        }
        pieces.clear();
        if block.role == Role::Content {
            passage::split_long_into(text, block.start, block.end, &mut pieces);
        } else {
            pieces.push((block.start, block.end));
        }
        for &(a, b) in &pieces {
            let raw = &text[a..b];
            let piece = if has_cr && raw.contains('\r') {
                raw.replace('\r', "")
            } else {
                raw.to_string()
            };
            let evidence = if forced.is_some() {
                Evidence::TooShort
            } else {
                detector.evidence(&piece)
            };
            let mut p = Passage {
                text: piece,
                span: spans.span(a, b),
                // Set below, once the document's language is known.
                lang: Lang::En,
                position: 0,
                role: block.role,
            };
            if matches!(block.role, Role::Chrome(_)) {
                set_aside.push(p);
                seen_aside.push(evidence);
            } else {
                p.position = passages.len() + 1;
                passages.push(p);
                seen.push(evidence);
            }
        }
    }
    // What the rules left unclear is read in the light of the document's language:
    // declared, else that of most clearly detected letters.
    let unclear = |e: &Evidence| matches!(e, Evidence::Unclear(_));
    let context = if seen.iter().chain(&seen_aside).any(unclear) {
        let clear = |(p, e): (&Passage, &Evidence)| match *e {
            Evidence::Clear(lang) => Some((lang, p.text.len())),
            _ => None,
        };
        declared.or_else(|| {
            let all = passages.iter().zip(&seen);
            majority(
                all.chain(set_aside.iter().zip(&seen_aside))
                    .filter_map(clear),
            )
        })
    } else {
        None
    };
    let detect = |list: &[Passage], seen: Vec<Evidence>| -> Vec<Option<Lang>> {
        let decide = |(p, e): (&Passage, Evidence)| detector.decide(&p.text, e, context);
        list.iter().zip(seen).map(decide).collect()
    };
    let detected = detect(&passages, seen);
    let detected_aside = detect(&set_aside, seen_aside);

    // The document's language: declared, else the language of most detected letters.
    let doc_lang = forced.or(declared).unwrap_or_else(|| {
        let weighed = passages.iter().zip(&detected);
        majority(weighed.filter_map(|(p, d)| d.map(|lang| (lang, p.text.len()))))
            .unwrap_or(Lang::En)
    });
    let all = passages
        .iter_mut()
        .zip(detected)
        .chain(set_aside.iter_mut().zip(detected_aside));
    for (p, detected) in all {
        p.lang = forced.or(detected).unwrap_or(doc_lang);
    }

    let inferred_title = || {
        layout.title.clone().unwrap_or_else(|| {
            let first = passages
                .first()
                .map_or(rel, |p| p.text.lines().next().unwrap_or(rel));
            truncate_words(first, 90)
        })
    };
    let meta = match entry {
        Some(e) => DocMeta {
            id: e.id.clone(),
            path: rel.to_string(),
            title: e.title.clone(),
            publisher: e.publisher.clone(),
            date: e.date.clone(),
            lang: doc_lang,
            origin: e.origin.clone(),
            event: e.event.clone(),
            inferred: false,
        },
        None => DocMeta {
            id: slug(rel),
            path: rel.to_string(),
            title: inferred_title(),
            publisher: "unknown".to_string(),
            date: None,
            lang: doc_lang,
            origin: None,
            event: None,
            inferred: true,
        },
    };
    Document {
        meta,
        passages,
        set_aside,
        duplicates,
    }
}

/// The language with the most weight among `(language, weight)` pairs, if any has weight.
fn majority(items: impl Iterator<Item = (Lang, usize)>) -> Option<Lang> {
    let mut weight = [0usize; 3];
    for (lang, w) in items {
        weight[Lang::ALL.iter().position(|&x| x == lang).unwrap_or(0)] += w;
    }
    let best = (0..3).max_by_key(|&i| (weight[i], std::cmp::Reverse(i)))?;
    (weight[best] > 0).then_some(Lang::ALL[best])
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
