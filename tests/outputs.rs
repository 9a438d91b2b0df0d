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
        ("align-json.jsonl", &[], &["align", EU, MSIT, "--json"]),
    ];
    for (name, env, args) in cases {
        golden(name, &output(&ws, env, args));
    }
}
