//! How the command line presents itself: every command's `--help` (golden files, with
//! examples), shell completions, the man page, and clap's own argument errors in
//! accord's style.

use crate::common::{golden, Workspace};

const COMMANDS: [&str; 9] = [
    "index",
    "search",
    "docs",
    "compare",
    "align",
    "timeline",
    "serve",
    "completions",
    "man",
];

#[test]
fn every_command_help_has_examples_and_matches_its_golden_file() {
    let ws = Workspace::empty();
    for command in COMMANDS {
        let out = ws.accord().args(["help", command]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "help {command}");
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(
            help.contains("\nExamples:\n  accord "),
            "help {command}: {help}"
        );
        golden(&format!("{command}-help.txt"), &help);
    }
}

#[test]
fn align_help_explains_its_markers_and_score() {
    let ws = Workspace::empty();
    let out = ws.accord().args(["align", "--help"]).output().unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for needle in ["⟷", "→", "similarity", "0 to 1", "Only in A"] {
        assert!(help.contains(needle), "{needle}: {help}");
    }
}

#[test]
fn completions_for_each_shell_know_the_commands_and_options() {
    let ws = Workspace::empty();
    for shell in ["bash", "zsh", "fish"] {
        let out = ws.accord().args(["completions", shell]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        for word in ["search", "compare", "no-translate", "set-aside"] {
            assert!(script.contains(word), "{shell} lacks {word}");
        }
    }
    let bad = ws.accord().args(["completions", "tcsh"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(
        err.starts_with("accord: error: ") && err.contains("bash"),
        "{err}"
    );
}

#[test]
fn man_pages_are_roff_with_options_and_examples() {
    let ws = Workspace::empty();
    let out = ws.accord().arg("man").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH accord 1"), "{page}");
    for section in [
        ".SH SYNOPSIS",
        ".SH OPTIONS",
        ".SH SUBCOMMANDS",
        ".SH EXAMPLES",
    ] {
        assert!(page.contains(section), "{section}");
    }
    assert!(page.contains("\\-\\-corpus"));
    let search = ws.accord().args(["man", "search"]).output().unwrap();
    let page = String::from_utf8(search.stdout).unwrap();
    assert!(page.contains(".TH accord-search 1") && page.contains("\\-\\-no\\-translate"));
    let bad = ws.accord().args(["man", "serach"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("choose from: index, search"));
}

#[test]
fn argument_errors_read_like_accords_own_and_exit_2() {
    let ws = Workspace::empty();
    for args in [
        &["serch", "6G"][..],
        &["search"][..],
        &["search", "6G", "--bogus"][..],
        &["search", "6G", "-n", "many"][..],
    ] {
        let out = ws.accord().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with("accord: error: "), "{args:?}: {err}");
        assert!(!err.contains("accord: error: error"), "{err}");
        assert!(out.stdout.is_empty());
    }
    let alone = ws.accord().output().unwrap();
    assert_eq!(alone.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&alone.stderr).contains("Usage: accord"));
    let version = ws.accord().arg("--version").output().unwrap();
    assert_eq!(version.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("accord "));
}
