//! Relevance on the bundled corpus: the three uses from the README, the public sample
//! queries (tests/data/public-queries.jsonl, copied from the project's evaluation set)
//! and our own (tests/data/queries.jsonl). Every hit must be attributable: its file,
//! lines and bytes hold its text.

use std::collections::BTreeSet;

use crate::common::{attribution_holds, Workspace};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Case {
    id: String,
    query: String,
    #[serde(default)]
    relevant: Vec<String>,
    #[serde(default)]
    forbid: Vec<String>,
    #[serde(default)]
    only_lang: Option<String>,
    #[serde(default)]
    args: Vec<String>,
    /// Our own: the document the first hit must come from.
    #[serde(default)]
    top_doc: Option<String>,
    /// Our own: the query must find nothing.
    #[serde(default)]
    no_hits: bool,
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn run_cases(file: &str) {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut failures = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let case: Case = serde_json::from_str(line).unwrap();
        let mut extra: Vec<&str> = vec!["-n", "10"];
        extra.extend(case.args.iter().map(String::as_str));
        let hits = ws.search(&case.query, &extra);
        let texts: Vec<String> = hits.iter().map(|h| norm(&h.text)).collect();
        for want in &case.relevant {
            if !texts.iter().any(|t| t.contains(&norm(want))) {
                failures.push(format!(
                    "{}: {:?} not in top 10 for {:?}",
                    case.id, want, case.query
                ));
            }
        }
        for bad in &case.forbid {
            if texts
                .iter()
                .any(|t| t.to_lowercase().contains(&bad.to_lowercase()))
            {
                failures.push(format!("{}: forbidden {:?} came back", case.id, bad));
            }
        }
        if let Some(lang) = &case.only_lang {
            if hits.is_empty() || hits.iter().any(|h| &h.lang != lang) {
                failures.push(format!("{}: hits not all {lang} (or none)", case.id));
            }
        }
        if let Some(doc) = &case.top_doc {
            if hits.first().map(|h| &h.doc) != Some(doc) {
                failures.push(format!("{}: first hit not from {doc}", case.id));
            }
        }
        if case.no_hits && !hits.is_empty() {
            failures.push(format!("{}: expected no hits, got {}", case.id, hits.len()));
        }
        for h in &hits {
            if !attribution_holds(h) {
                failures.push(format!(
                    "{}: hit {} not at {}:{}-{}",
                    case.id, h.rank, h.path, h.line_start, h.line_end
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn public_sample_queries() {
    run_cases("public-queries.jsonl");
}

#[test]
fn our_own_queries() {
    run_cases("queries.jsonl");
}

#[test]
fn term_6g_finds_passages_from_all_three_documents() {
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("6G", &[]);
    let docs: BTreeSet<&str> = hits.iter().map(|h| h.doc.as_str()).collect();
    assert_eq!(
        docs,
        BTreeSet::from([
            "ec-eu-kr-dpc-2023",
            "msit-eu-kr-dpc-2023",
            "rok-us-alliance-70-2023"
        ])
    );
    assert!(hits
        .iter()
        .all(|h| h.matched_words.iter().any(|w| w == "6G")));
}

#[test]
fn commitment_points_to_the_document_and_lines_that_hold_it() {
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("zero-emission vehicles", &[]);
    let top = &hits[0];
    assert_eq!(top.doc, "rok-us-alliance-70-2023");
    assert_eq!(top.publisher, "News site (republication)");
    assert!(top.text.contains("zero-emission light vehicles (ZEVs)"));
    assert!(top.snippet.contains("zero-emission light vehicles"));
    assert!(attribution_holds(top));
    let file = std::fs::read_to_string(&top.file).unwrap();
    let line = file.lines().nth(top.line_start - 1).unwrap();
    assert!(line.contains("zero-emission light vehicles"));
}

#[test]
fn polish_query_in_another_case_finds_the_eu_text() {
    let ws = Workspace::with_repo_corpus();
    // Nominative singular; the text has instrumental plural and genitive plural.
    let hits = ws.search("półprzewodnik", &[]);
    assert!(hits.len() >= 2);
    assert!(hits
        .iter()
        .take(3)
        .all(|h| h.doc == "ec-eu-kr-dpc-2023" && h.lang == "pl"));
    let words: BTreeSet<&str> = hits
        .iter()
        .flat_map(|h| h.matched_words.iter().map(String::as_str))
        .collect();
    assert!(
        words.contains("półprzewodnikami") && words.contains("półprzewodników"),
        "{words:?}"
    );
    assert!(hits[0].matched.iter().all(|m| m == "stem"));
}

#[test]
fn exact_forms_rank_above_stem_only_matches() {
    let ws = Workspace::with_repo_corpus();
    // "sanctions" is in one passage as typed; "sanction" only shares its stem.
    let exact = ws.search("sanctions", &[]);
    assert_eq!(exact[0].matched, ["exact"]);
    let stem = ws.search("sanction", &[]);
    assert_eq!(stem[0].matched, ["stem"]);
    assert!(exact[0].score > stem[0].score);
}

/// Regression: with every form of a word in one field, a query word that is its own
/// stem (`chain`) matched `chains` through that stem as strongly as `chain` itself.
/// Stems that differ from their word are indexed apart, so the word as typed wins.
#[test]
fn a_word_that_is_its_own_stem_ranks_its_exact_form_first() {
    let ws = Workspace::empty();
    std::fs::write(
        ws.corpus().join("a.txt"),
        "Ministers discussed resilient supply chains for batteries and chips.\n\n\
         Ministers discussed a resilient supply chain for batteries and chips.\n",
    )
    .unwrap();
    ws.index_corpus();
    let hits = ws.search("chain", &[]);
    assert_eq!(hits.len(), 2, "{hits:#?}");
    assert_eq!(
        (hits[0].line_start, hits[0].matched.as_slice()),
        (3, ["exact".to_string()].as_slice())
    );
    assert_eq!(hits[1].matched, ["stem"]);
    assert!(hits[0].score > hits[1].score);
    let phrase = ws.search("\"supply chains\"", &[]);
    assert_eq!(phrase.len(), 2, "a phrase of stems finds both: {phrase:#?}");
    assert_eq!(phrase[0].line_start, 1);
}

/// `--doc` with an id no document has is an error that lists the known ids, whether
/// or not the query has hits.
#[test]
fn an_unknown_document_id_is_an_error_listing_the_known_ones() {
    let ws = Workspace::with_repo_corpus();
    let out = ws
        .accord()
        .args(["search", "cooperation", "--doc", "no-such-doc"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("unknown document 'no-such-doc'") && err.contains("msit-eu-kr-dpc-2023"),
        "{err}"
    );
}

#[test]
fn folded_query_reports_a_folded_match() {
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("polprzewodnikow", &[]);
    assert_eq!(hits[0].doc, "ec-eu-kr-dpc-2023");
    assert!(
        hits[0].matched.contains(&"folded".to_string()),
        "{:?}",
        hits[0].matched
    );
}

#[test]
fn duplicate_title_lines_are_indexed_once() {
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search(
        "\"Technical Dialogue\"",
        &["--doc", "rok-us-alliance-70-2023"],
    );
    assert_eq!(hits.len(), 1, "{hits:#?}");
}

#[test]
fn filters_restrict_language_and_document() {
    let ws = Workspace::with_repo_corpus();
    let pl = ws.search("HPC", &["--lang", "pl"]);
    assert!(!pl.is_empty() && pl.iter().all(|h| h.lang == "pl"));
    let msit = ws.search("cooperation", &["--doc", "msit-eu-kr-dpc-2023", "-n", "50"]);
    assert!(!msit.is_empty() && msit.iter().all(|h| h.doc == "msit-eu-kr-dpc-2023"));
    let limited = ws.search("cooperation", &["-n", "3"]);
    assert_eq!(limited.len(), 3);
    assert_eq!(
        limited.iter().map(|h| h.rank).collect::<Vec<_>>(),
        [1, 2, 3]
    );
}

#[test]
fn boolean_operators_and_phrases() {
    let ws = Workspace::with_repo_corpus();
    let both = ws.search(
        "quantum AND semiconductors",
        &["-n", "50", "--no-translate"],
    );
    assert!(!both.is_empty());
    for h in &both {
        let t = h.text.to_lowercase();
        assert!(
            t.contains("quantum") && t.contains("semiconductor"),
            "{}",
            h.text
        );
    }
    // Translated, AND still needs both: a Polish passage must hold both concepts.
    let translated = ws.search("quantum AND semiconductors", &["-n", "50"]);
    for h in translated.iter().filter(|h| h.lang == "pl") {
        let t = h.text.to_lowercase();
        assert!(
            t.contains("kwant") && t.contains("półprzewodnik"),
            "{}",
            h.text
        );
    }
    let not = ws.search("quantum -Korea", &["-n", "50"]);
    assert!(not.iter().all(|h| !h.text.contains("Korea")));
    let phrase = ws.search("\"Washington Declaration\"", &["-n", "50"]);
    assert!(phrase
        .iter()
        .any(|h| h.text.contains("the’Washington Declaration’")));
    assert!(phrase
        .iter()
        .all(|h| h.text.contains("Washington Declaration")
            || h.text.contains("Washington Declaration’")));
}
