//! `accord search --cite` through the binary: each quote is exactly the file's text at
//! the cited bytes and lines (or the extracted text of an HTML, Markdown or PDF file,
//! and the citation says so), the content hash is the file's, the index date is the
//! day it was indexed, a file changed since is flagged, `--cite --json` is one CSL-JSON
//! array, and the search options still apply.

use accord::wire::CslItem;

use crate::common::{golden, Workspace};

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `accord search QUERY --cite EXTRA...`, human form, with its exit status checked.
fn cite_text(ws: &Workspace, query: &str, extra: &[&str]) -> String {
    let out = ws
        .accord()
        .args(["search", query, "--cite"])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

/// `accord search QUERY --cite --json EXTRA...`, parsed into the wire type.
fn cite_json(ws: &Workspace, query: &str, extra: &[&str]) -> Vec<CslItem> {
    let out = ws
        .accord()
        .args(["search", query, "--cite", "--json"])
        .args(extra)
        .output()
        .unwrap();
    let code = out.status.code().unwrap();
    assert!(code == 0 || code == 1, "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", stdout(&out)))
}

/// The citation blocks of human output: (quoted lines without `> `, citation line).
fn blocks(text: &str) -> Vec<(Vec<String>, String)> {
    text.split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .map(|b| {
            let lines: Vec<&str> = b.lines().collect();
            let (sentence, quote) = lines.split_last().expect("a citation line");
            let quote = quote
                .iter()
                .map(|l| {
                    let l = l.strip_prefix('>').unwrap_or_else(|| panic!("{l:?}"));
                    l.strip_prefix(' ').unwrap_or(l).to_string()
                })
                .collect();
            (quote, sentence.to_string())
        })
        .collect()
}

fn blake3_of(path: &std::path::Path) -> String {
    format!(
        "blake3:{}",
        blake3::hash(&std::fs::read(path).unwrap()).to_hex()
    )
}

fn now_date() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos() as u64;
    accord::index::utc_date(nanos)
}

const MANIFEST: &str = r#"
[[document]]
file = "joint.txt"
id = "joint-2024"
title = "Joint Statement on Semiconductor Cooperation"
publisher = "Ministry of Foreign Affairs"
date = "2024-05-14"
lang = "en"
origin = "https://example.gov/joint-statement"
"#;

const JOINT: &str = "Joint Statement on Semiconductor Cooperation\n\n\
Both ministers agreed to deepen cooperation on semiconductor supply chains\n\
and to hold a working group on export controls every six months.\n\n\
The two sides also welcomed research exchanges on quantum computing.\n";

const NOTES: &str =
    "Meeting notes\n\nThe delegation discussed hydrogen and semiconductor standards.\n";

const HTML: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Hydrogen partnership launched - Ministry of Energy</title>
<meta property="og:site_name" content="Ministry of Energy">
<meta property="article:published_time" content="2024-03-02T10:00:00+01:00">
</head>
<body>
<nav><ul><li><a href="/">Home</a></li></ul></nav>
<main>
<h1>Hydrogen partnership launched</h1>
<p>The ministers launched a <b>hydrogen</b> partnership
covering electrolyser supply chains &amp; shared safety standards.</p>
</main>
</body>
</html>
"##;

const MARKDOWN: &str = "---\ntitle: Quantum research memorandum\ndate: 2024-01-20\n---\n\n\
# Quantum research memorandum\n\n\
The institutes will *jointly fund* quantum research\nfellowships for two hundred researchers.\n";

/// A corpus with a plain text file with a manifest entry, one without, an HTML and a
/// Markdown file; indexed.
fn workspace() -> Workspace {
    let ws = Workspace::empty();
    let c = ws.corpus();
    std::fs::write(c.join("manifest.toml"), MANIFEST).unwrap();
    std::fs::write(c.join("joint.txt"), JOINT).unwrap();
    std::fs::write(c.join("notes.txt"), NOTES).unwrap();
    std::fs::write(c.join("hydrogen.html"), HTML).unwrap();
    std::fs::write(c.join("quantum.md"), MARKDOWN).unwrap();
    ws.index_corpus();
    ws
}

/// Lines `start..=end` (1-based) of `text`.
fn lines(text: &str, start: u64, end: u64) -> String {
    let all: Vec<&str> = text.split('\n').collect();
    all[start as usize - 1..end as usize].join("\n")
}

/// `text` without markup (tags, entities, emphasis) and with whitespace collapsed.
fn plain(text: &str) -> String {
    let tags = regex::Regex::new(r"<[^>]*>").unwrap();
    let text = tags
        .replace_all(text, "")
        .replace("&amp;", "&")
        .replace('*', "");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_plain_text_quote_is_exactly_the_files_bytes_and_lines() {
    let before = now_date();
    let ws = workspace();
    let after = now_date();
    let items = cite_json(&ws, "export controls", &[]);
    let item = items
        .iter()
        .find(|i| i.custom.doc == "joint-2024")
        .expect("the joint statement is cited");
    let c = &item.custom;
    let quote = c.quote.as_deref().expect("a quote");
    assert!(quote.contains("export controls"), "{quote}");
    assert_eq!(quote, &JOINT[c.byte_start as usize..c.byte_end as usize]);
    assert_eq!(quote, lines(JOINT, c.line_start, c.line_end));
    assert_eq!((c.line_start, c.line_end), (3, 4));
    assert_eq!(c.hash, blake3_of(&ws.corpus().join("joint.txt")));
    assert_eq!(c.relation, accord::corpus::TextRelation::Verbatim);
    assert!(!c.stale);
    assert_eq!(item.title, "Joint Statement on Semiconductor Cooperation");
    assert_eq!(
        item.publisher.as_deref(),
        Some("Ministry of Foreign Affairs")
    );
    assert_eq!(
        item.url.as_deref(),
        Some("https://example.gov/joint-statement")
    );
    assert_eq!(item.id, format!("joint-2024#p{}", c.position));
    let accessed = item.accessed.date_parts.as_ref().unwrap()[0].clone();
    let day = |d: &str| -> Vec<u32> { d.split('-').map(|p| p.parse().unwrap()).collect() };
    assert!(
        accessed == day(&before) || accessed == day(&after),
        "{accessed:?}"
    );

    // The human form quotes the same text, line for line, and says where it is.
    let text = cite_text(&ws, "export controls", &["--doc", "joint-2024"]);
    let (quoted, sentence) = &blocks(&text)[0];
    assert_eq!(quoted.join("\n"), quote);
    let file = ws.corpus().join("joint.txt");
    assert_eq!(
        *sentence,
        format!(
            "Joint Statement on Semiconductor Cooperation. Ministry of Foreign Affairs, \
             2024-05-14. {}, lines 3–4. {}. Indexed {}.",
            file.display(),
            c.hash,
            item.accessed.date_parts.as_ref().unwrap()[0]
                .iter()
                .map(|p| format!("{p:02}"))
                .collect::<Vec<_>>()
                .join("-")
        )
    );
}

#[test]
fn what_a_file_does_not_say_is_left_out_of_its_citation() {
    let ws = workspace();
    let text = cite_text(&ws, "hydrogen standards", &["--doc", "notes"]);
    let (quoted, sentence) = &blocks(&text)[0];
    assert_eq!(
        quoted.join("\n"),
        "The delegation discussed hydrogen and semiconductor standards."
    );
    // No publisher, no date: the title, then the file.
    let file = ws.corpus().join("notes.txt");
    assert!(
        sentence.starts_with(&format!(
            "Meeting notes. {}, line 3. blake3:",
            file.display()
        )),
        "{sentence}"
    );
    for junk in ["None", "unknown", "..", ", .", " ,"] {
        assert!(!sentence.contains(junk), "{junk:?} in {sentence}");
    }
    let items = cite_json(&ws, "hydrogen standards", &["--doc", "notes"]);
    let raw = serde_json::to_value(&items).unwrap();
    assert!(raw[0].get("publisher").is_none() && raw[0].get("issued").is_none());
    assert!(raw[0].get("URL").is_none());
}

#[test]
fn html_and_markdown_quotes_are_their_extracted_text_and_say_so() {
    let ws = workspace();
    for (query, doc, source, format) in [
        ("electrolyser", "hydrogen", HTML, "HTML"),
        ("fellowships", "quantum", MARKDOWN, "Markdown"),
    ] {
        let items = cite_json(&ws, query, &["--doc", doc]);
        let c = &items[0].custom;
        let quote = c.quote.as_deref().unwrap();
        assert!(quote.contains(query), "{quote}");
        // Extracted: the markup is gone, so it is not the bytes of its lines...
        let window = lines(source, c.line_start, c.line_end);
        assert_ne!(quote, window);
        // ...but those lines, without their markup, hold it.
        assert!(plain(&window).contains(quote), "{window:?} vs {quote:?}");
        assert_eq!(
            c.relation,
            accord::corpus::TextRelation::Extracted {
                format: if format == "HTML" {
                    accord::corpus::Format::Html
                } else {
                    accord::corpus::Format::Markdown
                }
            }
        );
        let text = cite_text(&ws, query, &["--doc", doc]);
        let (quoted, sentence) = &blocks(&text)[0];
        assert_eq!(quoted.join("\n"), quote);
        assert!(
            sentence.contains(&format!(
                ", lines {}–{}. Text extracted from {format}. blake3:",
                c.line_start, c.line_end
            )),
            "{sentence}"
        );
        assert!(items[0]
            .note
            .contains(&format!("Text extracted from {format}.")));
    }
    // The HTML's own metadata gives publisher and date.
    let items = cite_json(&ws, "electrolyser", &["--doc", "hydrogen"]);
    assert_eq!(items[0].publisher.as_deref(), Some("Ministry of Energy"));
    assert_eq!(
        items[0].issued.as_ref().unwrap().date_parts,
        Some(vec![vec![2024, 3, 2]])
    );
}

#[test]
fn a_decoded_files_quote_is_its_decoded_text_and_names_the_encoding() {
    let ws = Workspace::empty();
    let pl = "Komunikat\n\nObie strony zgodziły się na wymianę informacji na temat \
              łańcucha dostaw półprzewodników.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(pl);
    std::fs::write(ws.corpus().join("cp1250.txt"), &bytes).unwrap();
    ws.index_corpus();
    let items = cite_json(&ws, "łańcucha", &[]);
    let c = &items[0].custom;
    assert_eq!(
        c.relation,
        accord::corpus::TextRelation::Transcoded {
            encoding: "windows-1250".into()
        }
    );
    // Offsets and lines count the decoded text.
    let quote = c.quote.as_deref().unwrap();
    assert_eq!(quote, &pl[c.byte_start as usize..c.byte_end as usize]);
    assert_eq!(quote, lines(pl, c.line_start, c.line_end));
    assert_eq!(c.hash, blake3_of(&ws.corpus().join("cp1250.txt")));
    let text = cite_text(&ws, "łańcucha", &[]);
    let (quoted, sentence) = &blocks(&text)[0];
    assert_eq!(quoted.join("\n"), quote);
    assert!(
        sentence.contains("cp1250.txt, line 3. Decoded from windows-1250. blake3:"),
        "{sentence}"
    );
}

#[test]
fn a_pdf_citation_names_its_page() {
    let ws = Workspace::empty();
    let pdf = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/corpus/format/testdata/polish.pdf");
    std::fs::copy(&pdf, ws.corpus().join("komunikat.pdf")).unwrap();
    ws.index_corpus();
    let items = cite_json(&ws, "cyberbezpieczeństwa", &[]);
    let c = &items[0].custom;
    assert_eq!(c.page, Some(1));
    assert_eq!((c.line_start, c.line_end), (5, 7));
    assert!(c.quote.as_deref().unwrap().contains("cyberbezpieczeństwa"));
    assert_eq!(c.hash, blake3_of(&pdf));
    let text = cite_text(&ws, "cyberbezpieczeństwa", &["-n", "1"]);
    let (_, sentence) = &blocks(&text)[0];
    assert!(
        sentence.contains("komunikat.pdf, page 1, lines 5–7. Text extracted from PDF."),
        "{sentence}"
    );
}

#[test]
fn cite_json_is_one_csl_array_with_dates_as_date_parts() {
    let ws = workspace();
    let out = ws
        .accord()
        .args(["search", "semiconductor", "--cite", "--json", "-n", "5"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items = value.as_array().expect("one array");
    assert!(items.len() >= 2, "{value:#}");
    for item in items {
        for field in [
            "id", "type", "title", "accessed", "language", "note", "custom",
        ] {
            assert!(item.get(field).is_some(), "{field} missing: {item:#}");
        }
        assert_eq!(item["type"], "document");
        // Only CSL 1.0.2 variables (its schema allows no others at the top).
        for key in item.as_object().unwrap().keys() {
            assert!(
                [
                    "id",
                    "type",
                    "title",
                    "publisher",
                    "issued",
                    "URL",
                    "accessed",
                    "language",
                    "note",
                    "custom"
                ]
                .contains(&key.as_str()),
                "{key} is not a CSL variable accord writes"
            );
        }
        let parts = &item["accessed"]["date-parts"];
        let day = parts[0].as_array().unwrap();
        assert!(day.len() == 3 && day.iter().all(|p| p.is_u64()), "{parts}");
        if let Some(issued) = item.get("issued") {
            assert!(issued["date-parts"][0][0].is_u64(), "{issued}");
        }
        let custom = &item["custom"];
        for field in [
            "path",
            "line_start",
            "line_end",
            "byte_start",
            "byte_end",
            "hash",
            "quote",
        ] {
            assert!(
                custom.get(field).is_some(),
                "custom.{field} missing: {item:#}"
            );
        }
        assert!(custom["hash"].as_str().unwrap().starts_with("blake3:"));
    }
    // No hits: an empty array, exit 1.
    let out = ws
        .accord()
        .args(["search", "zzyzx", "--cite", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(value, serde_json::json!([]));
}

#[test]
fn a_file_changed_after_indexing_is_flagged_in_its_citation() {
    let ws = workspace();
    // Another size and time: plainly changed.
    std::fs::write(
        ws.corpus().join("joint.txt"),
        JOINT.replace("six months", "year"),
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("hydrogen.html"),
        HTML.replace("launched a", "announced a"),
    )
    .unwrap();

    // A plain file's text is read from it: nothing to quote.
    let out = ws
        .accord()
        .args(["search", "export controls", "--cite", "--doc", "joint-2024"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(!text.contains("> "), "{text}");
    assert!(
        text.contains("Not quoted: the file changed since it was indexed; run `accord index`"),
        "{text}"
    );
    assert!(
        stderr(&out).contains("joint.txt changed since it was indexed"),
        "{}",
        stderr(&out)
    );
    let items = cite_json(&ws, "export controls", &["--doc", "joint-2024"]);
    assert!(items[0].custom.stale && items[0].custom.quote.is_none());

    // Extracted text is kept in the index: quoted, but flagged as no longer the file's.
    let text = cite_text(&ws, "electrolyser", &["--doc", "hydrogen"]);
    let (quoted, sentence) = &blocks(&text)[0];
    assert!(quoted.join(" ").contains("electrolyser"));
    assert!(
        sentence
            .contains("The file changed since it was indexed, so this is the text indexed then"),
        "{sentence}"
    );
    let items = cite_json(&ws, "electrolyser", &["--doc", "hydrogen"]);
    assert!(items[0].custom.stale);
    assert!(items[0]
        .note
        .contains("The file changed since it was indexed"));

    // Re-indexed: current again.
    ws.index_corpus();
    let items = cite_json(&ws, "electrolyser", &["--doc", "hydrogen"]);
    assert!(!items[0].custom.stale);
    let text = cite_text(&ws, "export controls", &["--doc", "joint-2024"]);
    assert!(text.contains("> and to hold a working group on export controls every year."));
}

#[test]
fn cite_keeps_the_search_options_and_refuses_lists_and_counts() {
    let ws = workspace();
    let all = cite_json(&ws, "semiconductor", &["-n", "20"]);
    assert!(all.len() >= 3, "{all:#?}");
    let docs: Vec<&str> = all.iter().map(|i| i.custom.doc.as_str()).collect();
    assert!(
        docs.contains(&"joint-2024") && docs.contains(&"notes"),
        "{docs:?}"
    );

    let one = cite_json(&ws, "semiconductor", &["--doc", "notes"]);
    assert!(!one.is_empty() && one.iter().all(|i| i.custom.doc == "notes"));
    let second = cite_json(&ws, "semiconductor", &["-n", "1", "--offset", "1"]);
    assert_eq!(second.len(), 1);
    assert_eq!(second[0].id, all[1].id);
    let english = cite_json(&ws, "semiconductor", &["--lang", "en"]);
    assert!(!english.is_empty() && english.iter().all(|i| i.language == "en"));
    assert!(cite_json(&ws, "semiconductor", &["--lang", "ko"]).is_empty());
    let dated = cite_json(
        &ws,
        "semiconductor",
        &["--since", "2024-05", "--sort", "date"],
    );
    assert!(!dated.is_empty() && dated.iter().all(|i| i.custom.doc == "joint-2024"));
    let none = cite_json(&ws, "semiconductor", &["--until", "2023"]);
    assert!(none.is_empty());

    for flag in ["-l", "--count"] {
        let out = ws
            .accord()
            .args(["search", "semiconductor", "--cite", flag])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{flag}");
        let err = stderr(&out);
        assert!(
            err.contains("--cite") && err.contains("cannot be used with"),
            "{flag}: {err}"
        );
    }
    let out = ws
        .accord()
        .args(["search", "semiconductor", "--cite", "--json", "--explain"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("--explain cannot go with --cite --json"));
}

#[test]
fn quotes_wrap_to_the_terminal_width_and_stay_quoted() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let out = ws
        .accord()
        .env("COLUMNS", "50")
        .args(["search", "gospodarczej", "-n", "2", "--cite"])
        .output()
        .unwrap();
    let text = stdout(&out);
    let mut quoted = 0;
    for block in text.split("\n\n") {
        // Every line before the citation is quoted; the citation follows.
        let lines: Vec<&str> = block.lines().collect();
        let first = lines.iter().position(|l| !l.starts_with('>')).unwrap();
        quoted += first;
        assert!(
            lines[first..].iter().all(|l| !l.starts_with('>')),
            "{block}"
        );
        for l in &lines[..first] {
            assert!(l.chars().count() <= 50, "{l:?}");
        }
    }
    assert!(quoted > 4, "{text}");
}

/// The human form on the bundled corpus; the index date is the day the test runs, so
/// it is shown as YYYY-MM-DD.
#[test]
fn cite_output_matches_its_golden_file() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let text = cite_text(&ws, "submarine cables", &["-n", "3"])
        .replace(&format!("{}/", ws.corpus().display()), "corpus/");
    let day = regex::Regex::new(r"Indexed \d{4}-\d{2}-\d{2}\.").unwrap();
    golden(
        "search-cite.txt",
        &day.replace_all(&text, "Indexed YYYY-MM-DD."),
    );
}
