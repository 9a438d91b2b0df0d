//! Helpers for tests that drive the real `accord` binary on a copy of the real corpus.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde::Deserialize;

/// A hit as scripts see it in `--json` output.
#[derive(Debug, Deserialize)]
pub struct Hit {
    pub rank: usize,
    pub score: f64,
    pub doc: String,
    pub title: String,
    pub publisher: String,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub page: Option<u64>,
    pub path: String,
    pub file: String,
    pub line_start: usize,
    pub line_end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub position: usize,
    pub lang: String,
    #[serde(rename = "match")]
    pub matched: Vec<String>,
    pub translations: Vec<String>,
    pub coverage: f64,
    pub matched_words: Vec<String>,
    pub text: String,
    pub stale: bool,
    pub snippet: String,
    pub highlights: Vec<(usize, usize)>,
}

/// A document as `accord docs --json` prints it.
#[derive(Debug, Deserialize)]
pub struct Doc {
    pub id: String,
    pub path: String,
    pub title: String,
    pub publisher: String,
    pub date: Option<String>,
    pub lang: String,
    pub origin: Option<String>,
    pub inferred: bool,
    pub passages: usize,
    pub set_aside: usize,
    pub encoding: String,
}

/// A temporary workspace with a corpus folder and an index folder.
pub struct Workspace {
    pub dir: tempfile::TempDir,
}

pub fn repo_corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

impl Workspace {
    /// A workspace holding a copy of the bundled corpus.
    pub fn with_repo_corpus() -> Workspace {
        let ws = Workspace::empty();
        for entry in std::fs::read_dir(repo_corpus()).unwrap() {
            let entry = entry.unwrap();
            std::fs::copy(entry.path(), ws.corpus().join(entry.file_name())).unwrap();
        }
        ws
    }

    /// A workspace with an empty corpus folder.
    pub fn empty() -> Workspace {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("corpus")).unwrap();
        Workspace { dir }
    }

    pub fn corpus(&self) -> PathBuf {
        self.dir.path().join("corpus")
    }

    pub fn index(&self) -> PathBuf {
        self.dir.path().join("index")
    }

    /// `accord` with this workspace's folders and a cleared environment.
    pub fn accord(&self) -> Command {
        let mut cmd = Command::cargo_bin("accord").unwrap();
        cmd.env_clear()
            .current_dir(self.dir.path())
            .arg("--corpus")
            .arg(self.corpus())
            .arg("--index")
            .arg(self.index());
        cmd
    }

    /// Runs `accord search QUERY --json EXTRA...` and parses the hits.
    pub fn search(&self, query: &str, extra: &[&str]) -> Vec<Hit> {
        let out = self
            .accord()
            .args(["search", query, "--json"])
            .args(extra)
            .output()
            .unwrap();
        let code = out.status.code().unwrap();
        assert!(
            code == 0 || code == 1,
            "search {query:?} exited {code}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        parse_lines(&out.stdout)
    }

    /// Builds the index, asserting success.
    pub fn index_corpus(&self) -> std::process::Output {
        let out = self.accord().arg("index").output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        out
    }
}

pub fn parse_lines<T: serde::de::DeserializeOwned>(stdout: &[u8]) -> Vec<T> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

/// Does the file at `hit.file`, lines `line_start..=line_end`, hold the hit's text,
/// and do its bytes `byte_start..byte_end` equal it?
pub fn attribution_holds(hit: &Hit) -> bool {
    let content = std::fs::read_to_string(&hit.file).unwrap();
    let lines: Vec<&str> = content.split('\n').collect();
    if hit.line_start < 1 || hit.line_end < hit.line_start || hit.line_end > lines.len() {
        return false;
    }
    let window = lines[hit.line_start - 1..hit.line_end]
        .join("\n")
        .replace('\r', "");
    let bytes = content[hit.byte_start..hit.byte_end].replace('\r', "");
    window.contains(&hit.text) && bytes == hit.text
}

/// Compares `actual` with the committed file `tests/golden/NAME`; with `ACCORD_BLESS=1`
/// writes it instead (then review the diff).
pub fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("ACCORD_BLESS").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} missing; run with ACCORD_BLESS=1 to create it"));
    assert_eq!(
        expected, actual,
        "output differs from {path}; ACCORD_BLESS=1 to accept"
    );
}
