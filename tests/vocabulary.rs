//! General vocabulary across languages, through the binary on the bundled corpus: the
//! dictionaries' senses chosen by the index, Korean through the learners' dictionary,
//! `--explain`, and what a search without hits says.

use crate::common::{parse_lines, Hit, Workspace};

#[test]
fn cable_finds_the_polish_kabli_through_the_dictionary() {
    // Regression: only the first two senses of `cable` (lina, cuma) were searched.
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("cable", &[]);
    let pl = hits
        .iter()
        .find(|h| h.lang == "pl")
        .expect("a Polish passage for `cable`");
    assert!(pl.text.contains("kabli"), "{}", pl.text);
    assert_eq!(pl.translations, ["cable -> kabli (dictionary)"]);
    assert!(crate::common::attribution_holds(pl));
}

#[test]
fn a_korean_query_finds_an_english_passage_through_the_dictionary() {
    // 기념하여 ("commemorating"): not in the glossary; krdict's 기념 -> commemoration.
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("기념하여", &["--lang", "en"]);
    assert!(!hits.is_empty(), "no English hit for 기념하여");
    let first = &hits[0];
    assert!(first.text.contains("Commemoration"), "{}", first.text);
    assert_eq!(first.matched, ["translated"]);
    assert!(
        first
            .translations
            .iter()
            .any(|t| t.starts_with("기념하여 -> ") && t.ends_with("(dictionary)")),
        "{:?}",
        first.translations
    );
}

#[derive(Debug, serde::Deserialize)]
struct ExplanationLine {
    explanation: Explanation,
}

#[derive(Debug, serde::Deserialize)]
struct Explanation {
    query: String,
    lang: Option<String>,
    units: Vec<String>,
    translations: Vec<Translated>,
}

#[derive(Debug, serde::Deserialize)]
struct Translated {
    from: String,
    to: String,
    source: String,
    senses: Vec<Sense>,
    dropped: Vec<Dropped>,
}

#[derive(Debug, serde::Deserialize)]
struct Sense {
    text: String,
    weight: f64,
    doc_freq: Option<u64>,
}

#[derive(Debug, serde::Deserialize)]
struct Dropped {
    text: String,
    reason: String,
}

#[test]
fn explain_says_what_was_searched_and_what_was_dropped() {
    let ws = Workspace::with_repo_corpus();
    let out = ws
        .accord()
        .args(["search", "cable", "--json", "--explain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let (first, rest) = stdout.split_once('\n').unwrap();
    let e: ExplanationLine = serde_json::from_str(first).unwrap();
    let e = e.explanation;
    assert_eq!((e.query.as_str(), e.lang.as_deref()), ("cable", Some("en")));
    assert_eq!(e.units, ["cable"]);
    let pl = e
        .translations
        .iter()
        .find(|t| t.to == "pl")
        .expect("a Polish translation");
    assert_eq!(
        (pl.from.as_str(), pl.source.as_str()),
        ("cable", "dictionary")
    );
    let kabel = pl.senses.iter().find(|s| s.text == "kabel").expect("kabel");
    assert!(kabel.weight > 0.0 && kabel.doc_freq >= Some(1), "{kabel:?}");
    // The senses the corpus never uses are dropped, and say so.
    assert!(
        pl.dropped
            .iter()
            .any(|d| d.text == "lina" && d.reason == "not_in_index"),
        "{:?}",
        pl.dropped
    );
    // The hit lines keep their shape.
    let hits: Vec<Hit> = parse_lines(rest.as_bytes());
    assert!(hits.iter().any(|h| h.text.contains("kabli")));

    let out = ws
        .accord()
        .args(["search", "cable", "--explain"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with("query: cable\nlanguage: en ("), "{text}");
    assert!(text.contains("\"cable\" -> pl (dictionary)"), "{text}");
    assert!(
        text.contains("lina") && text.contains("dropped: not in the index"),
        "{text}"
    );
}

#[test]
fn a_search_without_hits_says_on_stderr_what_it_searched() {
    let ws = Workspace::with_repo_corpus();
    let out = ws
        .accord()
        .args(["search", "kabel", "--lang", "ko"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let line = stderr
        .lines()
        .find(|l| l.starts_with("accord: no hits; searched "))
        .unwrap_or_else(|| panic!("{stderr}"));
    // The query's unit and language, and that its Korean senses (through English) are
    // nowhere in this corpus.
    assert!(line.contains("\"kabel\" (pl)"), "{line}");
    assert!(line.contains("not in the index"), "{line}");
}
