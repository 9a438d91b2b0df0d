//! The query language and the search command's options through the binary: prefixes,
//! typos, proximity, pasted text, totals and paging, documents with matches, repeated
//! filters, numbers out of range and unknown ids.

use crate::common::{parse_lines, Hit, Workspace};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every word a hit matched, lower-cased.
fn words(hits: &[Hit]) -> Vec<String> {
    hits.iter()
        .flat_map(|h| h.matched_words.iter().map(|w| w.to_lowercase()))
        .collect()
}

#[test]
fn prefixes_typos_and_proximity_find_what_was_meant() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();

    let typo = ws.search("semicondutor", &["--no-translate"]);
    assert!(!typo.is_empty(), "a typo finds the word");
    assert!(
        words(&typo).iter().any(|w| w == "semiconductor"),
        "{typo:#?}"
    );
    assert!(typo.iter().all(|h| h.matched == ["typo"]), "{typo:#?}");
    assert!(ws.search("semicondutor", &["--exact"]).is_empty());
    // Numbers and codes are never typos of each other.
    // (20300 is one edit from 2030, which the corpus has.)
    assert!(ws.search("20300", &["--no-translate"]).is_empty());

    let prefix = ws.search("semicond*", &["--no-translate", "-n", "50"]);
    assert!(prefix.len() >= 5, "{prefix:#?}");
    let matched = words(&prefix);
    assert!(
        matched.iter().all(|w| w.starts_with("semicond")),
        "{matched:?}"
    );
    assert!(matched.iter().any(|w| w == "semiconductors"));
    assert!(matched.iter().any(|w| w == "semiconductor"));
    assert!(prefix
        .iter()
        .all(|h| h.matched.contains(&"prefix".to_string())));

    // A prefix typed without Polish letters reaches the Polish words.
    let polish = ws.search("polprzewod*", &["--no-translate"]);
    assert!(!polish.is_empty());
    assert!(polish.iter().all(|h| h.lang == "pl"));
    assert!(
        words(&polish).iter().all(|w| w.starts_with("półprzewod")),
        "{polish:#?}"
    );

    // Proximity: in order within 5 words; NEAR in any order.
    let phrase = ws.search("\"quantum semiconductors\"", &["--no-translate"]);
    let close = ws.search("\"quantum semiconductors\"~5", &["--no-translate"]);
    let near = ws.search("quantum NEAR/5 semiconductors", &["--no-translate"]);
    assert!(phrase.is_empty(), "{phrase:#?}");
    assert!(!close.is_empty());
    assert!(close
        .iter()
        .all(|h| h.text.to_lowercase().contains("quantum")));
    assert!(near.len() > close.len(), "NEAR also takes the other order");
    let reversed = near
        .iter()
        .find(|h| {
            !close
                .iter()
                .any(|c| c.byte_start == h.byte_start && c.doc == h.doc)
        })
        .expect("a passage with semiconductors before quantum");
    let lower = reversed.text.to_lowercase();
    assert!(lower.find("semiconductors").unwrap() < lower.find("quantum").unwrap());
    // Neither `5` nor `NEAR` is searched as a word.
    assert!(near
        .iter()
        .all(|h| !h.matched_words.iter().any(|w| w == "5")));
}

#[test]
fn typo_matches_rank_below_exact_ones() {
    let ws = Workspace::empty();
    // The typo's passage is short and repeats the words, so BM25 alone would put it
    // first.
    std::fs::write(
        ws.corpus().join("chains.txt"),
        "Supply chains\n\nThe ministers discussed how supply chains of critical minerals, \
         batteries and semiconductor equipment could be made more resilient over the next \
         decade through joint investment and shared stockpiles.\n",
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("chairs.txt"),
        "Chairs\n\nSupply chairs. Supply chairs.\n",
    )
    .unwrap();
    ws.index_corpus();
    let hits = ws.search("supply chains", &["--no-translate"]);
    let typo_at = hits
        .iter()
        .position(|h| h.matched.contains(&"typo".to_string()))
        .expect("chairs is one typo from chains");
    let exact_at = hits
        .iter()
        .position(|h| h.matched_words.iter().any(|w| w == "chains"))
        .expect("the exact passage");
    assert!(exact_at < typo_at, "{hits:#?}");
    let exact = ws.search("supply chains", &["--no-translate", "--exact"]);
    assert!(exact
        .iter()
        .all(|h| !h.matched.contains(&"typo".to_string())));
}

#[test]
fn pasted_text_is_searched_and_long_queries_get_a_short_error() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    for q in [
        "Skills - Mobility",
        "Yoon - Biden summit",
        "HPC ~ quantum *",
    ] {
        let out = ws.accord().args(["search", q]).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{q}: {}", stderr(&out));
    }
    let long = "cooperation ".repeat(1000);
    let out = ws.accord().args(["search", &long]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("the query is too long"), "{err}");
    assert!(err.len() < 300, "{} bytes of error", err.len());
}

#[test]
fn totals_paging_files_with_matches_and_counts() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let out = ws
        .accord()
        .args(["search", "cooperation", "--no-translate"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let all = ws.search("cooperation", &["--no-translate", "-n", "1000"]);
    let total = all.len();
    assert!(total > 10);
    assert!(
        stderr(&out).contains(&format!("10 of {total} hits; the next page: --offset 10")),
        "{}",
        stderr(&out)
    );

    // `total` on every JSON line.
    let json = ws
        .accord()
        .args([
            "search",
            "cooperation",
            "--no-translate",
            "--json",
            "-n",
            "3",
        ])
        .output()
        .unwrap();
    let lines: Vec<serde_json::Value> = parse_lines(&json.stdout);
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l["total"] == total), "{lines:?}");

    // Pages follow each other.
    let second = ws.search(
        "cooperation",
        &["--no-translate", "-n", "10", "--offset", "10"],
    );
    assert_eq!(second.len(), 10);
    for (hit, same) in second.iter().zip(&all[10..20]) {
        assert_eq!(hit.rank, same.rank);
        assert_eq!((&hit.doc, hit.byte_start), (&same.doc, same.byte_start));
    }
    assert!(ws
        .search("cooperation", &["--no-translate", "--offset", "5000"])
        .is_empty());

    // One document a line; counts add up to the total.
    let listed = ws
        .accord()
        .args(["search", "cooperation", "--no-translate", "-l"])
        .output()
        .unwrap();
    let files: Vec<String> = stdout(&listed).lines().map(str::to_string).collect();
    let mut docs: Vec<&String> = all.iter().map(|h| &h.file).collect();
    docs.sort();
    docs.dedup();
    assert_eq!(files.len(), docs.len(), "{files:?}");
    assert!(files.iter().all(|f| docs.contains(&f)), "{files:?}");
    let counted = ws
        .accord()
        .args(["search", "cooperation", "--no-translate", "--count"])
        .output()
        .unwrap();
    let sum: usize = stdout(&counted)
        .lines()
        .map(|l| l.rsplit_once(':').unwrap().1.parse::<usize>().unwrap())
        .sum();
    assert_eq!(sum, total);
    let json = ws
        .accord()
        .args(["search", "cooperation", "--no-translate", "-l", "--json"])
        .output()
        .unwrap();
    let rows: Vec<serde_json::Value> = parse_lines(&json.stdout);
    assert_eq!(rows.len(), docs.len());
    assert!(rows
        .iter()
        .all(|r| r["count"].as_u64().unwrap() > 0 && r["doc"].is_string()));
}

#[test]
fn repeated_filters_and_numbers_out_of_range() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let two = ws.search(
        "cooperation",
        &[
            "-n",
            "100",
            "--doc",
            "ec-eu-kr-dpc-2023",
            "--doc",
            "msit-eu-kr-dpc-2023",
        ],
    );
    assert!(two.iter().any(|h| h.doc == "ec-eu-kr-dpc-2023"));
    assert!(two.iter().any(|h| h.doc == "msit-eu-kr-dpc-2023"));
    assert!(two.iter().all(|h| h.doc != "rok-us-alliance-70-2023"));
    let langs = ws.search("cooperation", &["-n", "100", "--lang", "pl,ko"]);
    assert!(!langs.is_empty());
    assert!(langs.iter().all(|h| h.lang == "pl" || h.lang == "ko"));

    for (args, range) in [
        (vec!["search", "6G", "-n", "0"], "from 1 to 10000"),
        (
            vec!["search", "6G", "-n", "18446744073709551615"],
            "from 1 to 10000",
        ),
        (vec!["search", "6G", "-n", "-3"], "from 1 to 10000"),
        (
            vec!["search", "6G", "--offset", "99999999999"],
            "from 0 to 100000",
        ),
        (vec!["search", "\"6G vision\"~1000"], "from 0 to 100"),
        (
            vec!["compare", "semiconductors", "-n", "18446744073709551615"],
            "from 1 to 100",
        ),
    ] {
        let out = ws.accord().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(range), "{args:?}: {}", stderr(&out));
        assert!(!stderr(&out).contains("panicked"), "{args:?}");
    }
}

#[test]
fn an_unknown_id_suggests_the_closest() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    for args in [
        vec!["search", "6G", "--doc", "msit-eu-kr-dpc-2032"],
        vec!["docs", "--doc", "msit-eu-kr-dpc-2032"],
        vec!["align", "msit-eu-kr-dpc-2032", "ec-eu-kr-dpc-2023"],
    ] {
        let out = ws.accord().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("did you mean: msit-eu-kr-dpc-2023,"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

/// Runs `accord ARGS` on `ws` as a user who may not write to it: as root (who may
/// write anywhere), through `setpriv` as the user `nobody`.
fn accord_without_write_access(ws: &Workspace, args: &[&str]) -> std::process::Output {
    let uid = std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("Uid:"))
                .and_then(|l| l.split_whitespace().nth(1).map(str::to_string))
        })
        .unwrap_or_default();
    let bin = assert_cmd::cargo::cargo_bin("accord");
    let mut cmd = if uid == "0" {
        let mut c = std::process::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(&bin);
        c
    } else {
        std::process::Command::new(&bin)
    };
    cmd.env_clear()
        .current_dir(ws.dir.path())
        .arg("--corpus")
        .arg(ws.corpus())
        .arg("--index")
        .arg(ws.index())
        .args(args)
        .output()
        .unwrap()
}

fn chmod(path: &std::path::Path, mode: &str) {
    let ok = std::process::Command::new("chmod")
        .args(["-R", mode])
        .arg(path)
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

#[test]
fn a_read_only_index_is_searched_and_refusals_name_the_path() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    // A shared copy: readable by all, writable by none (tantivy's own bookkeeping
    // file stays readable by its owner only, as tantivy writes it).
    chmod(ws.dir.path(), "a+rX");
    chmod(ws.dir.path(), "a-w");
    let out = accord_without_write_access(&ws, &["search", "6G", "--json"]);
    chmod(ws.dir.path(), "u+w");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hits: Vec<Hit> = parse_lines(&out.stdout);
    assert!(!hits.is_empty());
    assert!(hits.iter().all(|h| !h.text.is_empty() && !h.stale));
    assert!(!stderr(&out).contains("damaged"), "{}", stderr(&out));

    // An index folder this user may not read: said as such, with its path, and no
    // advice to rebuild it.
    chmod(&ws.index(), "go-rwx");
    let out = accord_without_write_access(&ws, &["search", "6G"]);
    chmod(&ws.index(), "a+rX");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("ermission denied"), "{err}");
    assert!(err.contains(&ws.index().display().to_string()), "{err}");
    assert!(!err.contains("rebuild"), "{err}");

    // An index path that is a file.
    let file = ws.dir.path().join("not-a-folder");
    std::fs::write(&file, "x").unwrap();
    let out = assert_cmd::Command::cargo_bin("accord")
        .unwrap()
        .env_clear()
        .arg("--corpus")
        .arg(ws.corpus())
        .arg("--index")
        .arg(&file)
        .args(["search", "6G"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not an index folder"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn files_not_indexed_yet_are_counted_in_a_note() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let quiet = ws.accord().args(["search", "6G"]).output().unwrap();
    assert!(
        !stderr(&quiet).contains("not indexed"),
        "{}",
        stderr(&quiet)
    );
    for name in ["hydrogen.txt", "wind.md"] {
        std::fs::write(
            ws.corpus().join(name),
            "Energy ministers agree\n\nThe ministers agreed to build a joint 6G testbed.\n",
        )
        .unwrap();
    }
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stderr(&out).contains("2 files not indexed yet; update the index with `accord index`"),
        "{}",
        stderr(&out)
    );
    ws.index_corpus();
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert!(!stderr(&out).contains("not indexed"), "{}", stderr(&out));
    // The check reads the file list the run left beside the index; one that describes
    // another commit is not trusted, and the records decide.
    let list = ws.index().join(".accord-files.json");
    let text = std::fs::read_to_string(&list).expect("the file list beside the index");
    assert!(text.contains("hydrogen.txt"), "{text}");
    let mut stale: serde_json::Value = serde_json::from_str(&text).unwrap();
    stale["opstamp"] = (stale["opstamp"].as_u64().unwrap() + 1).into();
    let files = stale["files"].as_array_mut().unwrap();
    files.retain(|f| f["path"] != "hydrogen.txt");
    std::fs::write(&list, stale.to_string()).unwrap();
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert!(!stderr(&out).contains("not indexed"), "{}", stderr(&out));
}
