//! `accord timeline`: a commitment's passages oldest first, the first mention marked,
//! and the words each statement added and dropped, on a small corpus of dated
//! statements written here and on the bundled corpus.

use serde::Deserialize;

use crate::common::{parse_lines, Workspace};

/// A timeline entry as scripts see it.
#[derive(Debug, Deserialize)]
struct Entry {
    date: Option<String>,
    doc: String,
    title: String,
    publisher: String,
    path: String,
    lines: (u64, u64),
    lang: String,
    text: String,
    first: bool,
    compared: String,
    previous: Option<Previous>,
    added: Vec<Change>,
    dropped: Vec<Change>,
}

#[derive(Debug, Deserialize)]
struct Previous {
    doc: String,
}

#[derive(Debug, Deserialize)]
struct Change {
    word: String,
    lang: String,
    gloss: Option<String>,
}

const MANIFEST: &str = r#"
[[document]]
file = "b.txt"
id = "summit-2023"
title = "Second summit"
publisher = "Ministry"
date = "2023-06-01"
lang = "en"

[[document]]
file = "a.txt"
id = "summit-2022"
title = "First summit"
publisher = "Ministry"
date = "2022-05-10"
lang = "en"

[[document]]
file = "c.txt"
id = "summit-2024"
title = "Third summit"
publisher = "Ministry"
date = "2024-03-15"
lang = "en"

[[document]]
file = "d.txt"
id = "szczyt-2024"
title = "Trzeci szczyt"
publisher = "Ministerstwo"
date = "2024-03-20"
lang = "pl"

[[document]]
file = "e.txt"
id = "undated-note"
title = "A note"
publisher = "Ministry"
lang = "en"
"#;

/// Three English statements rewording one commitment, its Polish version and an
/// undated note.
fn corpus() -> Workspace {
    let ws = Workspace::empty();
    let files = [
        ("manifest.toml", MANIFEST),
        (
            "a.txt",
            "The two sides will cooperate on semiconductor research by 2030.\n",
        ),
        (
            "b.txt",
            "The two sides will expand cooperation on semiconductor research and workforce training by 2030.\n",
        ),
        (
            "c.txt",
            "The two sides will expand cooperation on semiconductors and workforce training by 2035.\n",
        ),
        (
            "d.txt",
            "Obie strony rozszerzą współpracę w dziedzinie półprzewodników do 2035 roku.\n",
        ),
        (
            "e.txt",
            "Officials said cooperation on semiconductors continues.\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(ws.corpus().join(name), text).unwrap();
    }
    ws
}

fn timeline(ws: &Workspace, args: &[&str]) -> (Vec<Entry>, String) {
    let out = ws.accord().arg("timeline").args(args).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        parse_lines(&out.stdout),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn words(changes: &[Change]) -> Vec<&str> {
    changes.iter().map(|c| c.word.as_str()).collect()
}

#[test]
fn statements_come_oldest_first_with_the_undated_last() {
    let ws = corpus();
    let (entries, _) = timeline(&ws, &["semiconductor cooperation", "--json"]);
    let docs: Vec<&str> = entries.iter().map(|e| e.doc.as_str()).collect();
    assert_eq!(
        docs,
        [
            "summit-2022",
            "summit-2023",
            "summit-2024",
            "szczyt-2024",
            "undated-note"
        ]
    );
    assert_eq!(entries[4].date, None);
    assert_eq!(entries[0].date.as_deref(), Some("2022-05-10"));
    assert_eq!(entries[0].title, "First summit");
    assert_eq!(entries[0].publisher, "Ministry");
    assert_eq!(entries[0].path, "a.txt");
    assert_eq!(entries[0].lines, (1, 1));
    assert!(entries[0].text.starts_with("The two sides will cooperate"));
    // Only the oldest is the first mention, and it is compared with nothing.
    let first: Vec<bool> = entries.iter().map(|e| e.first).collect();
    assert_eq!(first, [true, false, false, false, false]);
    assert_eq!(entries[0].compared, "first");
    assert!(entries[0].added.is_empty() && entries[0].previous.is_none());
    // Human output says which are undated.
    let out = ws
        .accord()
        .args(["timeline", "semiconductor cooperation"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("first mention"), "{text}");
    let undated = text.find("undated").expect(&text);
    assert!(undated > text.find("2024-03-20").unwrap(), "{text}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("1 statement without a date, listed last")
    );
}

#[test]
fn same_language_changes_are_word_diffs_on_stems() {
    let ws = corpus();
    let (entries, _) = timeline(&ws, &["semiconductor cooperation", "--json"]);
    let (b, c) = (&entries[1], &entries[2]);
    assert_eq!(b.compared, "words");
    assert_eq!(b.previous.as_ref().unwrap().doc, "summit-2022");
    // cooperate -> cooperation is an inflection, not a change; workforce training is
    // one glossary concept.
    assert_eq!(
        words(&b.added),
        ["expand", "workforce training"],
        "{:?}",
        b.added
    );
    assert!(b.dropped.is_empty(), "{:?}", b.dropped);
    assert_eq!(c.previous.as_ref().unwrap().doc, "summit-2023");
    assert_eq!(words(&c.added), ["2035"], "{:?}", c.added);
    assert_eq!(words(&c.dropped), ["research", "2030"], "{:?}", c.dropped);
    assert!(c.added.iter().all(|w| w.gloss.is_none() && w.lang == "en"));
}

#[test]
fn across_languages_changes_are_concepts_shown_in_the_passage_language() {
    let ws = corpus();
    let (entries, _) = timeline(&ws, &["semiconductor cooperation", "--json"]);
    let d = &entries[3];
    assert_eq!(d.lang, "pl");
    assert_eq!(d.compared, "concepts");
    assert_eq!(d.previous.as_ref().unwrap().doc, "summit-2024");
    // półprzewodników, współpracę, rozszerzą and 2035 are the English passage's words.
    for same in ["półprzewodników", "współpracę", "2035"] {
        assert!(!words(&d.added).contains(&same), "{same}: {:?}", d.added);
    }
    // The English side's workforce training is not in the Polish version.
    let dropped = words(&d.dropped);
    assert!(dropped.contains(&"workforce training"), "{dropped:?}");
    assert!(d.dropped.iter().all(|w| w.lang == "en"));
    // A Polish word the English lacks is shown with its gloss.
    for w in &d.added {
        assert_eq!(w.lang, "pl");
        assert!(w.gloss.is_some(), "{:?}", d.added);
    }
}

#[test]
fn bundled_corpus_timeline_is_ordered_and_parses() {
    let ws = Workspace::with_repo_corpus();
    let (entries, _) = timeline(&ws, &["semiconductors", "--json"]);
    assert!(entries.len() >= 3);
    let dates: Vec<&str> = entries.iter().map(|e| e.date.as_deref().unwrap()).collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    assert_eq!(entries.iter().filter(|e| e.first).count(), 1);
    assert!(entries[0].first);
    // The Polish EU release is compared with the English ones through concepts.
    assert!(entries
        .iter()
        .any(|e| e.lang == "pl" && e.compared == "concepts"));
    // Not every hit: -n bounds the passages per statement.
    let (one, _) = timeline(&ws, &["semiconductors", "--json", "-n", "1"]);
    assert_eq!(one.len(), 3, "{one:?}");
}

#[test]
fn no_passage_exits_1_and_a_bad_share_exits_2() {
    let ws = corpus();
    let out = ws.accord().args(["timeline", "hydrogen"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let out = ws
        .accord()
        .args(["timeline", "semiconductor", "--min-coverage", "2"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("from 0 to 1"));
}
