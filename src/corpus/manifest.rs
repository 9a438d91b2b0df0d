//! The corpus manifest: `manifest.toml` in the corpus folder, one `[[document]]` a file.
//!
//! ```toml
//! [[document]]
//! file = "000_7b8beb417bcb6b1c.txt"     # path under the corpus folder
//! id = "ec-eu-kr-dpc-2023"              # stable id used by --doc and in results
//! title = "Partnerstwo cyfrowe UE i Republiki Korei: ..."
//! publisher = "European Commission"
//! date = "2023-07-03"                   # YYYY, YYYY-MM or YYYY-MM-DD
//! lang = "pl"                           # document language (pl, en, ko)
//! force_lang = false                    # true: every passage is `lang`, no detection
//! origin = "Press release of the European Commission, Polish version"
//! event = "eu-kr-digital-partnership-council-1"   # documents reporting the same event
//! ```
//! Unknown keys are an error, so a typo (`titel`) does not silently drop metadata.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, IoOp, Result};
use crate::lang::Lang;

/// File name of the manifest inside the corpus folder.
pub const FILE_NAME: &str = "manifest.toml";

/// One document's metadata as written in the manifest.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, Hash)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Path of the file under the corpus folder, with `/` separators.
    pub file: String,
    /// Stable document id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Publisher (institution or site).
    pub publisher: String,
    /// Date of the statement, ISO 8601 (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    #[serde(default)]
    pub date: Option<String>,
    /// Document language code.
    #[serde(default)]
    pub lang: Option<String>,
    /// When true, every passage takes `lang` instead of being detected.
    #[serde(default)]
    pub force_lang: bool,
    /// Where the text comes from.
    #[serde(default)]
    pub origin: Option<String>,
    /// Key shared by documents that report the same event.
    #[serde(default)]
    pub event: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    #[serde(default)]
    document: Vec<Entry>,
}

/// The parsed manifest, by file path.
#[derive(Debug, Default, Clone)]
pub struct Manifest {
    /// Where it was read from (None when the corpus has no manifest).
    pub path: Option<PathBuf>,
    entries: HashMap<String, Entry>,
}

impl Manifest {
    /// Reads `corpus/manifest.toml`; an absent manifest is an empty one.
    pub fn load(corpus: &Path) -> Result<Manifest> {
        let path = corpus.join(FILE_NAME);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Manifest::default()),
            Err(e) => return Err(Error::io(IoOp::Read, &path, e)),
        };
        Manifest::parse(&text, &path)
    }

    /// Parses manifest text; `path` is for messages.
    pub fn parse(text: &str, path: &Path) -> Result<Manifest> {
        let error = |line: usize, message: String| Error::Manifest {
            path: path.to_path_buf(),
            line,
            message,
        };
        let parsed: ManifestFile = toml::from_str(text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(1);
            error(line, e.message().to_string())
        })?;
        let line_of = |needle: &str| {
            text.find(needle)
                .map(|at| text[..at].matches('\n').count() + 1)
                .unwrap_or(1)
        };
        let mut entries = HashMap::new();
        let mut ids: HashMap<String, String> = HashMap::new();
        for entry in parsed.document {
            let at = line_of(&format!("\"{}\"", entry.file));
            if entry.id.trim().is_empty() || entry.id.chars().any(char::is_whitespace) {
                return Err(error(
                    at,
                    format!(
                        "document id {:?} must be non-empty and without spaces",
                        entry.id
                    ),
                ));
            }
            if let Some(lang) = &entry.lang {
                lang.parse::<Lang>()
                    .map_err(|e| error(at, format!("{}: {e}", entry.file)))?;
            } else if entry.force_lang {
                return Err(error(at, format!("{}: force_lang needs lang", entry.file)));
            }
            if let Some(date) = &entry.date {
                if !valid_date(date) {
                    return Err(error(
                        at,
                        format!("date {date:?} is not YYYY, YYYY-MM or YYYY-MM-DD"),
                    ));
                }
            }
            if let Some(other) = ids.insert(entry.id.clone(), entry.file.clone()) {
                return Err(error(
                    at,
                    format!(
                        "id {:?} is used by both {other} and {}",
                        entry.id, entry.file
                    ),
                ));
            }
            if entries.contains_key(&entry.file) {
                return Err(error(at, format!("{} has two entries", entry.file)));
            }
            entries.insert(entry.file.clone(), entry);
        }
        Ok(Manifest {
            path: Some(path.to_path_buf()),
            entries,
        })
    }

    /// The entry for a file under the corpus folder (path with `/` separators).
    pub fn get(&self, file: &str) -> Option<&Entry> {
        self.entries.get(file)
    }

    /// All entries, sorted by file.
    pub fn entries(&self) -> Vec<&Entry> {
        let mut all: Vec<&Entry> = self.entries.values().collect();
        all.sort_by(|a, b| a.file.cmp(&b.file));
        all
    }

    /// Ids given to files by the manifest.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.entries.values().map(|e| e.id.as_str())
    }
}

fn valid_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    let digits = |s: &str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && (1..=12).contains(&m.parse().unwrap_or(0)),
        [y, m, d] => {
            digits(y, 4)
                && digits(m, 2)
                && digits(d, 2)
                && (1..=12).contains(&m.parse().unwrap_or(0))
                && (1..=31).contains(&d.parse().unwrap_or(0))
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OK: &str = r#"
[[document]]
file = "a.txt"
id = "a"
title = "A"
publisher = "P"
date = "2023-07-03"
lang = "pl"
"#;

    #[test]
    fn parses_entries() {
        let m = Manifest::parse(OK, Path::new("m.toml")).unwrap();
        assert_eq!(m.get("a.txt").unwrap().publisher, "P");
    }

    #[test]
    fn typo_is_an_error_with_a_line() {
        let bad = OK.replace("title =", "titel =");
        let err = Manifest::parse(&bad, Path::new("m.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.starts_with("m.toml:"), "{err}");
        assert!(err.contains("titel"), "{err}");
    }

    #[test]
    fn bad_language_and_date_are_errors() {
        let bad = OK.replace("\"pl\"", "\"xx\"");
        let err = Manifest::parse(&bad, Path::new("m.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("choose from: pl, en, ko"), "{err}");
        let bad = OK.replace("2023-07-03", "3 July");
        assert!(Manifest::parse(&bad, Path::new("m.toml")).is_err());
    }

    #[test]
    fn duplicate_ids_are_an_error() {
        let twice = format!("{OK}{}", OK.replace("a.txt", "b.txt"));
        let err = Manifest::parse(&twice, Path::new("m.toml"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("used by both"), "{err}");
    }
}
