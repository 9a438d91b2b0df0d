//! The binary's contract with people and scripts: exit codes, messages, colour, pipes,
//! `--help`, and the human result format (golden files: run with ACCORD_BLESS=1 to
//! accept a deliberate change, then review the diff).

use std::io::Write;
use std::process::Stdio;

use crate::common::{golden, Workspace};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn help_matches_golden_and_shows_examples() {
    let ws = Workspace::empty();
    let out = ws.accord().arg("--help").output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    assert!(help.contains("accord search 6G"));
    assert!(help.contains("zero-emission vehicles"));
    assert!(help.contains("Exit status: 0 hits found, 1 no hits, 2 error."));
    golden("help.txt", &help);
    let out = ws.accord().args(["search", "--help"]).output().unwrap();
    golden("search-help.txt", &String::from_utf8(out.stdout).unwrap());
}

#[test]
fn first_search_builds_the_index_and_says_so_on_stderr() {
    let ws = Workspace::with_repo_corpus();
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("building it from"),
        "{}",
        stderr(&out)
    );
    let again = ws.accord().args(["search", "6G"]).output().unwrap();
    // Nothing but the totals line ("10 of 12 hits; ..."): no second build.
    let again = stderr(&again);
    assert!(
        again.lines().count() == 1 && again.starts_with("accord: ") && again.contains(" hits"),
        "{again}"
    );
}

#[test]
fn human_output_matches_golden_without_colour_in_a_pipe() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let out = ws
        .accord()
        .args(["search", "submarine cables", "-n", "3"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(!text.contains('\x1b'));
    // Paths depend on the temp dir: show them relative.
    let text = text.replace(&format!("{}/", ws.corpus().display()), "corpus/");
    golden("search-submarine-cables.txt", &text);
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_and_never_with_no_color() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let always = ws
        .accord()
        .args(["--color", "always", "search", "6G"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&always.stdout).contains("\x1b[1;31m6G\x1b[0m"));
    let never = ws
        .accord()
        .env("NO_COLOR", "1")
        .args(["search", "6G"])
        .output()
        .unwrap();
    assert!(!String::from_utf8_lossy(&never.stdout).contains('\x1b'));
}

#[test]
fn exit_codes_are_grep_like() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    ws.accord().args(["search", "6G"]).assert().code(0);
    ws.accord()
        .args(["search", "xylophone"])
        .assert()
        .code(1)
        .stdout("");
    let out = ws
        .accord()
        .args(["search", "\"open ended"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("invalid query: this quote is never closed"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains('^'));
    assert!(!stderr(&out).contains("panicked"));
}

#[test]
fn malformed_queries_exit_2_with_a_message_never_a_panic() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    for q in [
        "(6G",
        "6G)",
        "AND",
        "6G OR",
        "NOT 6G",
        "\"\"",
        "()",
        "+",
        "—",
        "((((((((((x",
    ] {
        let out = ws.accord().args(["search", "--", q]).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{q:?}: {}", stderr(&out));
        assert!(
            stderr(&out).starts_with("accord: error: "),
            "{q:?}: {}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"), "{q:?}");
    }
}

#[test]
fn bad_filter_values_list_the_choices() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let out = ws
        .accord()
        .args(["search", "6G", "--lang", "de"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown language 'de'; choose from: pl, en, ko"));
    let out = ws
        .accord()
        .args(["search", "6G", "--doc", "nope"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unknown document 'nope'"));
    assert!(stderr(&out).contains("msit-eu-kr-dpc-2023"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("accord"))
        .env_clear()
        .arg("--corpus")
        .arg(ws.corpus())
        .arg("--index")
        .arg(ws.index())
        .args(["docs", "--set-aside"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take()); // like `| head -0`
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).is_empty(), "{}", stderr(&out));
}

#[test]
fn docs_lists_metadata_and_counts() {
    let ws = Workspace::with_repo_corpus();
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    assert!(out.status.success());
    let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
    assert_eq!(docs.len(), 3);
    let ec = docs.iter().find(|d| d.id == "ec-eu-kr-dpc-2023").unwrap();
    assert_eq!(
        (ec.lang.as_str(), ec.publisher.as_str()),
        ("pl", "European Commission")
    );
    assert_eq!(ec.date.as_deref(), Some("2023-07-03"));
    assert!(ec.origin.as_deref().unwrap().contains("Polish"));
    assert!(!ec.inferred && ec.passages > 10 && ec.set_aside > 0);
    let human = ws.accord().arg("docs").output().unwrap();
    assert!(String::from_utf8_lossy(&human.stdout).contains("passages"));
}

#[test]
fn set_aside_blocks_can_be_audited_per_document() {
    let ws = Workspace::with_repo_corpus();
    let out = ws
        .accord()
        .args([
            "docs",
            "--set-aside",
            "--json",
            "--doc",
            "rok-us-alliance-70-2023",
        ])
        .output()
        .unwrap();
    #[derive(serde::Deserialize)]
    struct SetAside {
        doc: String,
        reason: String,
        text: String,
        line_start: usize,
    }
    let blocks: Vec<SetAside> = crate::common::parse_lines(&out.stdout);
    assert!(blocks.iter().all(|b| b.doc == "rok-us-alliance-70-2023"));
    let find = |t: &str| {
        blocks
            .iter()
            .find(|b| b.text.contains(t))
            .map(|b| b.reason.as_str())
    };
    assert_eq!(find("You may also like"), Some("related links"));
    assert_eq!(find("Leave a Comment"), Some("comment form"));
    assert_eq!(find("uses cookies"), Some("cookie notice"));
    assert_eq!(find("by admin"), Some("byline"));
    assert!(find("See also").is_some());
    assert!(blocks
        .windows(2)
        .all(|w| w[0].line_start <= w[1].line_start));
}

#[test]
fn control_characters_in_the_corpus_never_reach_the_terminal_raw() {
    let ws = Workspace::empty();
    let mut f = std::fs::File::create(ws.corpus().join("evil.txt")).unwrap();
    writeln!(
        f,
        "The ministers agreed on a \x1b[2J\x1b[31mjoint hydrogen\x1b[0m corridor and a \u{202e}reversed\u{202c} clause, says the statement of the council."
    )
    .unwrap();
    ws.index_corpus();
    let out = ws
        .accord()
        .args(["--color", "never", "search", "hydrogen"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        !text.contains('\x1b') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(text.contains("␛[31m"), "{text}");
    // JSON keeps the text as it is in the file, escaped by JSON.
    let hits = ws.search("hydrogen", &[]);
    assert!(hits[0].text.contains('\x1b'));
}
