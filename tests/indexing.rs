//! Indexing through the binary: incremental runs, files without manifest entries, odd
//! files in the corpus, and every bad index state, each with its message and exit code.

use crate::common::{attribution_holds, parse_lines, Hit, Workspace};

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const HYDROGEN: &str = "Energy ministers agree on hydrogen\n\nThe energy ministers of Portugal \
    and Norway agreed on Tuesday to build a joint hydrogen corridor by the end of the decade.\n";

#[test]
fn second_run_does_nothing_and_changes_are_picked_up() {
    let ws = Workspace::with_repo_corpus();
    // Files indexed within 2 s of being written are hashed again by the next run (their
    // time cannot vouch for them yet); wait that out so the second run has nothing to do
    // however fast the first one is.
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let first = ws.index_corpus();
    assert!(
        stdout(&first).starts_with("3 added, 0 updated, 0 removed, 0 unchanged"),
        "{}",
        stdout(&first)
    );
    let second = ws.index_corpus();
    assert!(stdout(&second).contains("0 added, 0 updated, 0 removed, 3 unchanged"));
    assert!(stdout(&second).contains("(nothing to do)"));

    // Touching without changing is not a change.
    let msit = ws.corpus().join("002_f0098d69ba8865c2.txt");
    let text = std::fs::read_to_string(&msit).unwrap();
    std::fs::write(&msit, &text).unwrap();
    assert!(stdout(&ws.index_corpus()).contains("3 unchanged"));

    std::fs::write(&msit, text.replace("Sky Hall", "Sky Hall (annex)")).unwrap();
    std::fs::remove_file(ws.corpus().join("004_d3634f4abd4027a6.txt")).unwrap();
    std::fs::write(ws.corpus().join("hydrogen.txt"), HYDROGEN).unwrap();
    let third = ws.index_corpus();
    assert!(
        stdout(&third).contains("1 added, 1 updated, 1 removed, 1 unchanged"),
        "{}",
        stdout(&third)
    );
    assert!(!ws.search("annex", &[]).is_empty());
    assert!(
        ws.search("Fulbright", &[]).is_empty(),
        "removed document still found"
    );

    // A manifest change updates metadata.
    let manifest = ws.corpus().join("manifest.toml");
    let m = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(
        &manifest,
        m.replace("date = \"2023-06-30\"", "date = \"2023-07-01\""),
    )
    .unwrap();
    assert!(stdout(&ws.index_corpus()).contains("0 added, 1 updated"));
    let out = ws
        .accord()
        .args(["docs", "--json", "--doc", "msit-eu-kr-dpc-2023"])
        .output()
        .unwrap();
    let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
    assert_eq!(docs[0].date.as_deref(), Some("2023-07-01"));
}

/// A full build leaves one segment (a search opens each segment and looks every term
/// up in each), and the build says how long the merge took.
#[test]
fn a_full_build_leaves_one_segment() {
    let ws = Workspace::with_repo_corpus();
    for i in 0..40 {
        std::fs::write(
            ws.corpus().join(format!("extra-{i}.txt")),
            HYDROGEN.repeat(50),
        )
        .unwrap();
    }
    let out = ws.index_corpus();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let segments = std::fs::read_dir(ws.index())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .is_ok_and(|e| e.file_name().to_string_lossy().ends_with(".idx"))
        })
        .count();
    assert_eq!(segments, 1);
    let hits = ws.search("hydrogen", &[]);
    assert!(!hits.is_empty() && hits.iter().all(attribution_holds));
}

/// A corpus without a manifest gives a notice per file only for the first few; the
/// rest are counted, and `accord docs` lists every one.
#[test]
fn many_files_without_manifest_entries_are_summarised_not_listed() {
    let ws = Workspace::empty();
    for i in 0..9 {
        std::fs::write(ws.corpus().join(format!("statement-{i}.txt")), HYDROGEN).unwrap();
    }
    let out = ws.index_corpus();
    let err = stderr(&out);
    assert_eq!(
        err.matches("has no entry in the manifest").count(),
        4,
        "{err}"
    );
    assert!(
        err.contains("... and 5 more files without a manifest entry"),
        "{err}"
    );
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
    assert_eq!(docs.len(), 9);
    assert!(docs.iter().all(|d| d.inferred));
}

#[test]
fn a_file_without_manifest_entry_is_indexed_with_inferred_metadata_and_a_notice() {
    let ws = Workspace::with_repo_corpus();
    std::fs::write(ws.corpus().join("hydrogen.txt"), HYDROGEN).unwrap();
    let out = ws.index_corpus();
    assert!(
        stderr(&out).contains("hydrogen.txt has no entry in the manifest"),
        "{}",
        stderr(&out)
    );
    let out = ws
        .accord()
        .args(["docs", "--json", "--doc", "hydrogen"])
        .output()
        .unwrap();
    let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
    assert!(docs[0].inferred);
    assert_eq!(docs[0].title, "Energy ministers agree on hydrogen");
    assert_eq!(docs[0].lang, "en");
    let hits = ws.search("hydrogen corridor", &[]);
    assert_eq!(hits[0].doc, "hydrogen");
    assert_eq!((hits[0].line_start, hits[0].line_end), (3, 3));
}

#[test]
fn korean_text_is_searchable_without_particles() {
    let ws = Workspace::empty();
    std::fs::write(
        ws.corpus().join("ko.txt"),
        "한·EU 디지털 파트너십\n\n한국과 유럽연합은 반도체 협력을 강화하기로 합의했다. 양측은 6G 공동 연구를 추진하고 해저 케이블 협력도 논의했다.\n",
    )
    .unwrap();
    ws.index_corpus();
    for q in ["반도체", "협력", "유럽연합", "해저 케이블", "6G"] {
        let hits = ws.search(q, &[]);
        assert!(!hits.is_empty(), "{q} found nothing");
        assert_eq!(hits[0].lang, "ko", "{q}");
        assert!(crate::common::attribution_holds(&hits[0]));
    }
    assert!(
        ws.search("도체", &[]).is_empty(),
        "a syllable inside a word must not match"
    );
}

#[test]
fn odd_files_are_skipped_with_a_warning_and_the_rest_is_indexed() {
    let ws = Workspace::with_repo_corpus();
    let c = ws.corpus();
    std::fs::write(c.join("empty.txt"), "").unwrap();
    std::fs::write(c.join("blank.txt"), "\n \n").unwrap();
    std::fs::write(
        c.join("binary.txt"),
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00garbage\x00\x01",
    )
    .unwrap();
    std::fs::write(c.join("report.pdf"), b"%PDF-1.4").unwrap();
    std::fs::write(c.join("report.docx"), b"PK\x03\x04").unwrap();
    let pl =
        "Obie strony zgodziły się na wymianę informacji na temat łańcucha dostaw półprzewodników.";
    let (cp1250, _, _) = encoding_rs::WINDOWS_1250.encode(pl);
    std::fs::write(c.join("cp1250.txt"), &cp1250).unwrap();
    let mut bom = b"\xEF\xBB\xBF".to_vec();
    bom.extend(b"Both sides agreed to expand cooperation on quantum sensing and photonics research.\r\n\r\nSecond paragraph about lithium refining.\r\n");
    std::fs::write(c.join("bom-crlf.txt"), &bom).unwrap();
    let utf16: Vec<u8> = "\u{feff}Ministrowie uzgodnili wspólny korytarz wodorowy do końca dekady."
        .encode_utf16()
        .flat_map(|u| u.to_le_bytes())
        .collect();
    std::fs::write(c.join("utf16.txt"), &utf16).unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink(".", c.join("loop")).unwrap();

    let out = ws.accord().arg("index").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("skipped") && err.contains("empty.txt: empty file"),
        "{err}"
    );
    assert!(err.contains("blank.txt: empty file"), "{err}");
    assert!(err.contains("binary.txt: binary file"), "{err}");
    assert!(
        err.contains("report.docx: not a text file (.docx)"),
        "{err}"
    );
    assert!(err.contains("report.pdf: damaged file"), "{err}");
    assert!(
        err.contains("cp1250.txt is not UTF-8; decoded as windows-1250"),
        "{err}"
    );
    assert!(!err.contains("panicked"));

    // Text decoded from another encoding is stored in the index and shown as decoded.
    let hits = ws.search("łańcucha", &[]);
    let hit = hits.iter().find(|h| h.path == "cp1250.txt").unwrap();
    assert_eq!((hit.text.as_str(), hit.stale), (pl, false));
    let hits = ws.search("wodorowy", &[]);
    assert!(
        hits[0].text.starts_with("Ministrowie uzgodnili"),
        "{hits:?}"
    );
    let hits = ws.search("lithium", &[]);
    assert_eq!(hits[0].path, "bom-crlf.txt");
    assert_eq!(hits[0].text, "Second paragraph about lithium refining.");
    assert_eq!(
        (hits[0].line_start, hits[0].line_end),
        (3, 3),
        "CRLF line numbers"
    );
    assert!(!hits[0].text.contains('\r'));
    assert!(
        !ws.search("wodorowy", &[]).is_empty(),
        "UTF-16 file indexed"
    );
    assert!(
        !ws.search("6G", &[]).is_empty(),
        "the rest of the corpus is indexed"
    );
}

#[test]
fn no_corpus_folder_is_a_clear_error() {
    let ws = Workspace::empty();
    std::fs::remove_dir(ws.corpus()).unwrap();
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("does not exist; pass --corpus DIR or set ACCORD_CORPUS"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn a_bad_manifest_names_file_and_line() {
    let ws = Workspace::with_repo_corpus();
    let manifest = ws.corpus().join("manifest.toml");
    let m = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, m.replacen("publisher =", "publisher_name =", 1)).unwrap();
    let out = ws.accord().arg("index").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("manifest.toml:") && err.contains("publisher_name"),
        "{err}"
    );
}

#[test]
fn an_index_folder_with_other_files_is_refused_and_left_alone() {
    let ws = Workspace::with_repo_corpus();
    std::fs::create_dir(ws.index()).unwrap();
    std::fs::write(ws.index().join("thesis.docx"), "mine").unwrap();
    for args in [
        vec!["index"],
        vec!["index", "--rebuild"],
        vec!["search", "6G"],
    ] {
        let out = ws.accord().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).contains("is not an accord index"),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(
        std::fs::read_to_string(ws.index().join("thesis.docx")).unwrap(),
        "mine"
    );
}

#[test]
fn an_index_from_an_older_accord_asks_for_a_rebuild() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let meta = ws.index().join("meta.json");
    let m = std::fs::read_to_string(&meta).unwrap();
    let current = format!("\\\"format\\\":{}", accord::index::FORMAT_VERSION);
    let old = m.replace(&current, "\\\"format\\\":0");
    assert_ne!(m, old, "payload not found in {m}");
    std::fs::write(&meta, old).unwrap();
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("rebuild it with `accord index --rebuild`"),
        "{}",
        stderr(&out)
    );
    ws.accord().args(["index", "--rebuild"]).assert().success();
    ws.accord().args(["search", "6G"]).assert().code(0);
}

#[test]
fn a_damaged_index_is_reported_and_rebuild_repairs_it() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    // Truncate every segment file.
    for entry in std::fs::read_dir(ws.index()).unwrap() {
        let p = entry.unwrap().path();
        if p.extension()
            .is_some_and(|e| e == "store" || e == "term" || e == "idx")
        {
            std::fs::write(&p, b"").unwrap();
        }
    }
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
    assert!(!stderr(&out).contains("panicked"));
    ws.accord().args(["index", "--rebuild"]).assert().success();
    ws.accord().args(["search", "6G"]).assert().code(0);

    std::fs::write(ws.index().join("meta.json"), "{ not json").unwrap();
    let out = ws.accord().args(["docs"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("damaged"), "{}", stderr(&out));
}

#[test]
fn a_second_indexer_is_refused_and_told_who_holds_the_lock() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let lock = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(ws.index().join(".accord-writer.lock"))
        .unwrap();
    lock.try_lock().unwrap();
    std::fs::write(
        ws.index().join(".accord-writer.lock"),
        "held by pid 4242, started at unix time 1",
    )
    .unwrap();
    let out = ws.accord().arg("index").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("another `accord index` is writing"),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("pid 4242"), "{}", stderr(&out));
    // Searching still works while the writer holds the lock.
    ws.accord().args(["search", "6G"]).assert().code(0);
    drop(lock);
    ws.accord().arg("index").assert().success();
}

#[test]
fn a_large_file_is_read_in_windows_with_exact_lines_and_bytes() {
    // The threshold is lowered so a small file takes the large-file path: windows of
    // 2 KB cut at blank lines, lines and bytes shifted to the whole file.
    let ws = Workspace::empty();
    let mut text = String::from("Skip to main content\n\nQuarterly statements of the council\n\n");
    for i in 0..200 {
        text.push_str(&format!(
            "Statement {i}: the ministers agreed on measure number {i} for the hydrogen corridor and the grid.\r\n\r\n"
        ));
    }
    text.push_str("Leave a comment\n");
    std::fs::write(ws.corpus().join("big.txt"), &text).unwrap();
    let out = ws
        .accord()
        .env("ACCORD_LARGE_FILE", "8000")
        .arg("index")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    for q in [
        "\"measure number 3\"",
        "\"measure number 117\"",
        "\"measure number 199\"",
    ] {
        let hits = ws.search(q, &[]);
        assert_eq!(hits.len(), 1, "{q}: {hits:#?}");
        assert!(
            crate::common::attribution_holds(&hits[0]),
            "{q}: {:?}",
            hits[0]
        );
    }
    assert!(ws
        .search("skip main content", &["--no-translate"])
        .is_empty());
    assert!(ws.search("leave comment", &["--no-translate"]).is_empty());
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
    assert_eq!(docs[0].passages, 201);
    // Unchanged: not read again.
    let again = ws
        .accord()
        .env("ACCORD_LARGE_FILE", "8000")
        .arg("index")
        .output()
        .unwrap();
    assert!(stdout(&again).contains("1 unchanged"), "{}", stdout(&again));
}

/// A file over the streaming size is decoded by the same decoder as a smaller one: a
/// Windows-1250 and a UTF-16 file indexed window by window give the passages (text,
/// lines, bytes) the whole-file path gives.
#[test]
fn streaming_and_whole_file_decoding_agree_on_legacy_and_utf16_files() {
    let mut text = String::new();
    for i in 0..120 {
        text.push_str(&format!(
            "Oświadczenie {i}: ministrowie uzgodnili środek numer {i} dla korytarza wodorowego i sieci.\n\n"
        ));
    }
    let legacy = encoding_rs::WINDOWS_1250.encode(&text).0.into_owned();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    for (name, bytes) in [("legacy.txt", legacy), ("utf16.txt", utf16)] {
        let hits_of = |large: Option<&str>| {
            let ws = Workspace::empty();
            std::fs::write(ws.corpus().join(name), &bytes).unwrap();
            let mut cmd = ws.accord();
            if let Some(limit) = large {
                cmd.env("ACCORD_LARGE_FILE", limit);
            }
            let out = cmd.arg("index").output().unwrap();
            assert!(out.status.success(), "{name}: {}", stderr(&out));
            let mut all = Vec::new();
            for q in [
                "\"środek numer 3\"",
                "\"środek numer 77\"",
                "\"środek numer 119\"",
            ] {
                let hits = ws.search(q, &["--no-translate"]);
                assert_eq!(hits.len(), 1, "{name} {q}: {hits:#?}");
                let h = &hits[0];
                all.push((
                    h.text.clone(),
                    h.line_start,
                    h.line_end,
                    h.byte_start,
                    h.byte_end,
                ));
            }
            let out = ws.accord().args(["docs", "--json"]).output().unwrap();
            let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
            (all, docs[0].passages)
        };
        // The file is about 12 KB (24 KB in UTF-16): 8000 makes it stream in windows of
        // 2 KB, cut inside characters and UTF-16 units of the raw bytes.
        let whole = hits_of(None);
        let streamed = hits_of(Some("8000"));
        assert_eq!(whole, streamed, "{name}");
        assert_eq!(whole.1, 120, "{name}");
    }
}

#[test]
fn an_index_killed_before_its_first_commit_is_rebuilt_not_refused() {
    // What a kill -9 right after the folder was created leaves: accord's schema, no
    // commit, no stamp.
    let ws = Workspace::with_repo_corpus();
    std::fs::create_dir(ws.index()).unwrap();
    tantivy::Index::create_in_dir(ws.index(), accord::index::schema::build()).unwrap();
    let out = ws.accord().args(["search", "6G"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("building it"), "{}", stderr(&out));
}

#[test]
fn rebuild_keeps_the_old_contents_until_it_commits() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let out = ws.accord().args(["index", "--rebuild"]).output().unwrap();
    assert!(stdout(&out).starts_with("3 added"), "{}", stdout(&out));
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let docs: Vec<crate::common::Doc> = crate::common::parse_lines(&out.stdout);
    assert_eq!(docs.len(), 3, "a rebuild must not leave documents twice");
}

/// Passage text is read back from the corpus file; when the file changed after
/// indexing, hits still name document, file and lines, are marked stale, and the user
/// is told to re-index. Nothing is shown from the changed file as if it were indexed.
/// Sets the modification time of `path` to `ago` before now.
fn set_mtime_ago(path: &std::path::Path, ago: std::time::Duration) {
    let file = std::fs::File::options().write(true).open(path).unwrap();
    file.set_modified(std::time::SystemTime::now() - ago)
        .unwrap();
}

#[test]
fn a_touched_file_is_re_stamped_so_that_size_and_time_vouch_for_it_again() {
    use std::time::Duration;
    let ws = Workspace::empty();
    let a = ws.corpus().join("a.txt");
    std::fs::write(&a, "Title\n\nThe ministers agreed on hydrogen corridors.\n").unwrap();
    set_mtime_ago(&a, Duration::from_secs(3600));
    ws.index_corpus();
    let record = |ws: &Workspace| {
        let index = accord::index::AccordIndex::open(&ws.index()).unwrap();
        let mut records = index.documents().unwrap();
        assert_eq!(records.len(), 1, "one record per file: {records:?}");
        records.remove(0)
    };
    assert!(record(&ws).unchanged_by_metadata(&std::fs::metadata(&a).unwrap()));

    // Touched (or copied, or checked out again): same bytes, a newer time. Size and time
    // no longer vouch for it, so searches would hash it; the next run re-stamps it.
    set_mtime_ago(&a, Duration::from_secs(600));
    assert!(!record(&ws).unchanged_by_metadata(&std::fs::metadata(&a).unwrap()));
    let out = ws.accord().arg("index").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let said = stdout(&out);
    assert!(
        said.contains("0 updated")
            && said.contains("1 unchanged")
            && said.contains("1 touched but unchanged, re-stamped"),
        "{said}"
    );
    let after = record(&ws);
    assert!(after.unchanged_by_metadata(&std::fs::metadata(&a).unwrap()));
    let hits = ws.search("hydrogen", &[]);
    assert_eq!(hits.len(), 1, "the passage is still there once: {hits:?}");
    assert_eq!(hits[0].text, "The ministers agreed on hydrogen corridors.");
    let out = ws.accord().arg("index").output().unwrap();
    assert!(stdout(&out).contains("(nothing to do)"), "{}", stdout(&out));

    // A file indexed right after it was written: size and time cannot vouch for it yet
    // (it may change again within the file system's timestamp granularity). A later run
    // that finds it unchanged re-stamps it.
    std::fs::write(&a, "Title\n\nThe ministers agreed on hydrogen pipelines.\n").unwrap();
    let out = ws.accord().arg("index").output().unwrap();
    assert!(stdout(&out).contains("1 updated"), "{}", stdout(&out));
    assert!(!record(&ws).unchanged_by_metadata(&std::fs::metadata(&a).unwrap()));
    assert_eq!(ws.search("pipelines", &[]).len(), 1);
    set_mtime_ago(&a, Duration::from_secs(60));
    let out = ws.accord().arg("index").output().unwrap();
    assert!(stdout(&out).contains("re-stamped"), "{}", stdout(&out));
    assert!(record(&ws).unchanged_by_metadata(&std::fs::metadata(&a).unwrap()));
}

#[test]
fn a_file_changed_since_indexing_gives_stale_hits_and_a_hint() {
    let ws = Workspace::empty();
    let c = ws.corpus();
    let body = "Title of the statement\n\nThe ministers agreed on hydrogen corridors.\n\nA second paragraph on fisheries.\n";
    std::fs::write(c.join("a.txt"), body).unwrap();
    ws.index_corpus();
    let hits = ws.search("hydrogen", &[]);
    assert_eq!(hits[0].text, "The ministers agreed on hydrogen corridors.");
    assert!(!hits[0].stale);
    assert!(attribution_holds(&hits[0]));

    // Touched but not changed: the content still matches the index.
    let file = std::fs::File::options()
        .write(true)
        .open(c.join("a.txt"))
        .unwrap();
    file.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(5))
        .unwrap();
    drop(file);
    let hits = ws.search("hydrogen", &[]);
    assert_eq!(hits[0].text, "The ministers agreed on hydrogen corridors.");
    assert!(!hits[0].stale);

    std::fs::write(c.join("a.txt"), body.replace("ministers", "officials")).unwrap();
    let out = ws
        .accord()
        .args(["search", "hydrogen", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hits: Vec<Hit> = parse_lines(&out.stdout);
    assert!(hits[0].stale && hits[0].text.is_empty(), "{hits:?}");
    assert_eq!((hits[0].line_start, hits[0].path.as_str()), (3, "a.txt"));
    let err = stderr(&out);
    assert!(
        err.contains("a.txt changed since it was indexed") && err.contains("accord index"),
        "{err}"
    );
    let out = ws.accord().args(["search", "hydrogen"]).output().unwrap();
    assert!(stdout(&out).contains("text not shown"), "{}", stdout(&out));

    // The file is not the one indexed: no passage of it is shown, not even one whose
    // bytes did not move, until it is indexed again.
    let hits = ws.search("fisheries", &[]);
    assert!(hits[0].stale && hits[0].text.is_empty(), "{hits:?}");

    // Re-indexing picks the change up.
    ws.index_corpus();
    let hits = ws.search("hydrogen", &[]);
    assert_eq!(hits[0].text, "The officials agreed on hydrogen corridors.");
    assert!(!hits[0].stale);

    // A deleted file: stale hits, no crash.
    std::fs::remove_file(c.join("a.txt")).unwrap();
    let hits = ws.search("fisheries", &[]);
    assert!(hits[0].stale, "{hits:?}");
}

/// The index and its corpus can move together: text is read from the corpus folder
/// given on the command line when the recorded one is gone.
#[test]
fn index_and_corpus_moved_together_still_show_text() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let moved = ws.dir.path().join("moved");
    std::fs::create_dir(&moved).unwrap();
    std::fs::rename(ws.corpus(), moved.join("corpus")).unwrap();
    std::fs::rename(ws.index(), moved.join("index")).unwrap();
    let out = assert_cmd::Command::cargo_bin("accord")
        .unwrap()
        .env_clear()
        .current_dir(&moved)
        .args(["search", "Fulbright", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hits: Vec<Hit> = parse_lines(&out.stdout);
    assert!(
        !hits[0].stale && hits[0].text.contains("Fulbright"),
        "{hits:?}"
    );
}
