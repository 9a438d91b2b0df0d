//! Golden files for what each command prints, human and JSON, on the bundled corpus:
//! a change to what users or scripts see shows as a diff of `tests/golden/`. Run with
//! `ACCORD_BLESS=1` to accept a deliberate change, then review the diff.

use crate::common::{golden, Workspace};

const EU: &str = "ec-eu-kr-dpc-2023";
const MSIT: &str = "msit-eu-kr-dpc-2023";

/// Runs `accord ARGS` (with `env` set) and returns stdout, with the workspace's temp
/// folder shown as `corpus/` so the file does not depend on where the test ran.
fn output(ws: &Workspace, env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = ws.accord();
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.args(args).output().unwrap();
    assert!(
        out.status.code() == Some(0),
        "accord {args:?} exited {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .replace(&format!("{}/", ws.corpus().display()), "corpus/")
}

/// A golden file's name, the environment to set, and the arguments.
type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a [&'a str]);

/// One index for every command's output; each golden file named after its command.
#[test]
fn every_command_output_matches_its_golden_file() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let cases: &[Case] = &[
        (
            "search-json.jsonl",
            &[],
            &["search", "submarine cables", "-n", "3", "--json"],
        ),
        ("search-6g.txt", &[], &["search", "6G", "-n", "4"]),
        ("docs.txt", &[], &["docs"]),
        ("docs-json.jsonl", &[], &["docs", "--json"]),
        ("docs-set-aside.txt", &[], &["docs", "--set-aside"]),
        (
            "docs-set-aside-json.jsonl",
            &[],
            &["docs", "--set-aside", "--json"],
        ),
        (
            "compare-stacked.txt",
            &[],
            &["compare", "semiconductor researchers forum"],
        ),
        (
            "compare-columns.txt",
            &[("COLUMNS", "160")],
            &["compare", "semiconductor researchers forum"],
        ),
        (
            "compare-json.jsonl",
            &[],
            &["compare", "semiconductor researchers forum", "--json"],
        ),
        ("align.txt", &[], &["align", EU, MSIT]),
        (
            "search-heading.txt",
            &[("COLUMNS", "80")],
            &["search", "Korea", "-n", "5", "--heading"],
        ),
        (
            "search-wrapped.txt",
            &[("COLUMNS", "60")],
            &["search", "6G", "-n", "3"],
        ),
        ("docs-wrapped.txt", &[("COLUMNS", "70")], &["docs"]),
        ("align-json.jsonl", &[], &["align", EU, MSIT, "--json"]),
        (
            "timeline.txt",
            &[("COLUMNS", "80")],
            &["timeline", "semiconductor researchers forum", "-n", "1"],
        ),
    ];
    for (name, env, args) in cases {
        golden(name, &output(&ws, env, args));
    }
}

/// Every line fits the width and keeps its block's indent; no word is cut at the edge
/// (the regression: "gospo/darczej" split across two lines).
#[test]
fn terminal_output_wraps_at_words_within_the_width() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    for args in [
        &["search", "gospodarczej", "-n", "3"][..],
        &["search", "gospodarczej", "-n", "3", "--heading"][..],
        &["docs"][..],
    ] {
        let text = output(&ws, &[("COLUMNS", "50")], args);
        // Prose (titles, snippets, via and origin lines) wraps; a line naming a file
        // or a document's counts is a header, kept whole.
        let header = |l: &str| l.contains("corpus/") || l.contains(" passages, ");
        for line in text.lines().filter(|l| !header(l)) {
            assert!(line.chars().count() <= 50, "{args:?}: {line:?}");
        }
        assert!(text.contains("gospodarczej"), "{args:?}: {text}");
        assert!(!text.contains("gospo\n"), "{args:?}: {text}");
        // A snippet's continuation lines keep the snippet's indent.
        let indented = text.lines().filter(|l| l.starts_with("   ")).count();
        assert!(indented > 3, "{args:?}: {text}");
    }
    // In a pipe without COLUMNS: one line a paragraph, for grep and cut.
    let piped = output(&ws, &[], &["search", "gospodarczej", "-n", "1"]);
    assert!(piped.lines().any(|l| l.chars().count() > 100), "{piped}");
}

/// With a heading, a document's title and file are shown once above its hits.
#[test]
fn heading_groups_hits_under_their_document_once() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let title = "The First ROK-EU Digital Partnership Council Hosted";
    let grouped = output(&ws, &[], &["search", "6G", "-n", "4", "--heading"]);
    assert_eq!(grouped.matches(title).count(), 1, "{grouped}");
    assert!(grouped.contains("\n1. line "), "{grouped}");
    let flat = output(
        &ws,
        &[],
        &["search", "6G", "-n", "4", "--heading", "--no-heading"],
    );
    assert!(flat.matches(title).count() > 1, "{flat}");
}

/// A "via" line names each translated query unit once, with the passage words that
/// carry each sense (the regression: `Korea -> Republika Republiki Południową`).
#[test]
fn via_lines_name_each_unit_once_with_words_from_the_passage() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    for query in ["Korea", "South Korea cooperation", "submarine cables"] {
        let hits = ws.search(query, &["-n", "10"]);
        assert!(hits.iter().any(|h| !h.translations.is_empty()), "{query}");
        for h in &hits {
            let mut units = Vec::new();
            for t in &h.translations {
                let (from, rest) = t.split_once(" -> ").unwrap();
                let senses = rest.rsplit_once(" (").unwrap().0;
                assert!(
                    !units.contains(&from),
                    "{query}: {from} twice in {:?}",
                    h.translations
                );
                units.push(from);
                for sense in senses.split(" / ") {
                    assert!(
                        h.text.contains(sense),
                        "{query}: {sense:?} not in {:?}",
                        h.text
                    );
                }
            }
        }
    }
}
