//! HTML and PDF files indexed and searched through the binary: hits point into the
//! file (lines of the HTML file, page and lines of the PDF) and carry the clean text.

use crate::common::Workspace;

const STATEMENT_HTML: &str = r##"<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Polsko-koreańska współpraca w dziedzinie półprzewodników - Ministerstwo Cyfryzacji</title>
<meta property="og:site_name" content="Ministerstwo Cyfryzacji">
<meta property="article:published_time" content="2024-05-14T10:00:00+02:00">
</head>
<body>
<nav><ul><li><a href="/">Strona główna</a></li><li><a href="/news">Aktualności</a></li></ul></nav>
<main>
<h1>Polsko-koreańska współpraca w dziedzinie półprzewodników</h1>
<p>Ministrowie obu krajów podpisali w Warszawie memorandum
o współpracy w dziedzinie <b>półprzewodników</b> i sztucznej inteligencji.</p>
<p>Strony zgodziły się na wymianę ekspertów oraz wspólne projekty badawcze.</p>
</main>
<footer><p>Ministerstwo Cyfryzacji, ul. Królewska 27, Warszawa</p></footer>
</body>
</html>
"##;

/// The hits of `accord search QUERY --json` as JSON values (fields beyond the common
/// ones, such as `page`, are looked up by name).
fn hits(ws: &Workspace, query: &str) -> Vec<serde_json::Value> {
    let out = ws
        .accord()
        .args(["search", query, "--json"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn an_html_hit_points_at_the_lines_of_its_paragraph_in_the_file() {
    let ws = Workspace::empty();
    std::fs::write(ws.corpus().join("memorandum.html"), STATEMENT_HTML).unwrap();
    ws.index_corpus();
    let found = hits(&ws, "memorandum półprzewodników");
    let hit = found
        .iter()
        .find(|h| h["text"].as_str().unwrap().contains("memorandum"))
        .expect("the paragraph is found");
    assert_eq!(hit["path"], "memorandum.html");
    let text = hit["text"].as_str().unwrap();
    assert_eq!(
        text,
        "Ministrowie obu krajów podpisali w Warszawie memorandum o współpracy w dziedzinie \
         półprzewodników i sztucznej inteligencji."
    );
    let (start, end) = (
        hit["line_start"].as_u64().unwrap() as usize,
        hit["line_end"].as_u64().unwrap() as usize,
    );
    let lines: Vec<&str> = STATEMENT_HTML.lines().collect();
    let window = lines[start - 1..end].join("\n");
    assert!(window.starts_with("<p>Ministrowie"), "{window}");
    assert!(window.contains("inteligencji.</p>"), "{window}");
    let (a, b) = (
        hit["byte_start"].as_u64().unwrap() as usize,
        hit["byte_end"].as_u64().unwrap() as usize,
    );
    assert!(STATEMENT_HTML[a..b].starts_with("Ministrowie"));
    assert!(STATEMENT_HTML[a..b].ends_with("inteligencji."));
    assert_eq!(
        hit["title"],
        "Polsko-koreańska współpraca w dziedzinie półprzewodników"
    );
    // Navigation and footer are not searchable.
    assert!(hits(&ws, "Królewska").is_empty());
    assert!(hits(&ws, "Aktualności").is_empty());
}

fn testdata(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/corpus/format/testdata")
        .join(name)
}

/// A PDF on which the PDF parser panics (found by the fuzzer) is one "damaged file"
/// line, not a panic message with a backtrace, and the rest of the corpus is indexed.
#[test]
fn a_pdf_the_parser_panics_on_is_reported_as_damaged_without_a_backtrace() {
    let ws = Workspace::empty();
    std::fs::copy(testdata("parser-panic.pdf"), ws.corpus().join("broken.pdf")).unwrap();
    std::fs::write(
        ws.corpus().join("note.txt"),
        "The ministers agreed to cooperate on semiconductors.\n",
    )
    .unwrap();
    let out = ws
        .accord()
        .env("RUST_BACKTRACE", "1")
        .arg("index")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(!stderr.contains("backtrace"), "{stderr}");
    let warning: Vec<&str> = stderr
        .lines()
        .filter(|l| l.contains("broken.pdf"))
        .collect();
    assert_eq!(warning.len(), 1, "{stderr}");
    assert!(
        warning[0].contains("damaged file (the PDF parser failed: "),
        "{stderr}"
    );
    assert_eq!(hits(&ws, "semiconductors").len(), 1);
}

#[test]
fn a_pdf_hit_has_its_lines_within_the_page_and_clean_text() {
    let ws = Workspace::empty();
    std::fs::copy(testdata("polish.pdf"), ws.corpus().join("komunikat.pdf")).unwrap();
    std::fs::copy(testdata("encrypted.pdf"), ws.corpus().join("locked.pdf")).unwrap();
    std::fs::copy(testdata("scanned.pdf"), ws.corpus().join("scan.pdf")).unwrap();
    let out = ws.index_corpus();
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        report.contains("locked.pdf") && report.contains("encrypted"),
        "{report}"
    );
    assert!(
        report.contains("scan.pdf") && report.contains("OCR"),
        "{report}"
    );

    // Found across the hyphenated line ends, "współ-" + "pracy", "cyberbezpieczeń-" + "stwa".
    let found = hits(&ws, "cyberbezpieczeństwa");
    let hit = found.first().expect("the paragraph is found");
    assert_eq!(hit["path"], "komunikat.pdf");
    assert_eq!(
        hit["text"],
        "Minister Cyfryzacji podpisał w Seulu memorandum o współpracy w dziedzinie sztucznej \
         inteligencji, cyberbezpieczeństwa i sieci 5G. Porozumienie przewiduje wymianę ekspertów."
    );
    // Page 1: running header, two title lines, the date line, then this paragraph.
    assert_eq!(
        (hit["line_start"].as_u64(), hit["line_end"].as_u64()),
        (Some(5), Some(7))
    );
    assert_eq!(
        hit["title"],
        "Polsko-koreańskie memorandum o współpracy cyfrowej"
    );
    assert!(!hits(&ws, "współpracy").is_empty());
    // The running header is on every page and in no hit.
    assert!(hits(&ws, "prasowy").is_empty());
}

/// The PDFs `tests/data/make-pdfs.py` makes.
fn pdf_data(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/pdf")
        .join(name)
}

/// Indexes one PDF of tests/data/pdf alone, checking the run succeeds.
fn indexed_pdf(name: &str) -> Workspace {
    let ws = Workspace::empty();
    std::fs::copy(pdf_data(name), ws.corpus().join(name)).unwrap();
    let out = ws.index_corpus();
    let report =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{report}");
    assert!(
        report.contains("1 added") && report.contains("0 skipped"),
        "{report}"
    );
    ws
}

fn place(hit: &serde_json::Value) -> (u64, u64, u64, u64) {
    let n = |k: &str| hit[k].as_u64().unwrap_or(0);
    (n("page"), n("page_end"), n("line_start"), n("line_end"))
}

/// A paragraph that runs over a page break is one passage from its first line on page
/// 1 to its last on page 2 (lines counted within each page, the running header first),
/// found by a phrase across the break; it used to stop the whole index run.
#[test]
fn a_pdf_paragraph_over_a_page_break_is_one_passage_on_two_pages() {
    let ws = indexed_pdf("english-across.pdf");
    let found = hits(
        &ws,
        "\"deputy ministers of both countries starting with a meeting\"",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let hit = &found[0];
    assert_eq!(
        hit["text"],
        "The ministers agreed to extend the cooperation on semiconductor research and on the \
         security of undersea cables, and to hold yearly consultations between the deputy \
         ministers of both countries, starting with a meeting in Warsaw in the spring. The \
         first meeting will set the agenda for the working groups."
    );
    // Page 1: header, title, three paragraphs of two lines, then this one's three;
    // page 2: header, then its last two lines.
    assert_eq!(place(hit), (1, 2, 9, 3));
    let after = hits(&ws, "separate paragraph closes");
    assert_eq!(place(&after[0]), (2, 0, 4, 4));
}

#[test]
fn a_korean_pdf_paragraph_over_a_page_break_is_one_passage_on_two_pages() {
    let ws = indexed_pdf("korean-across.pdf");
    let found = hits(&ws, "\"내년 봄 바르샤바에서\"");
    assert_eq!(found.len(), 1, "{found:?}");
    let hit = &found[0];
    assert_eq!(
        hit["text"],
        "양국은 반도체 연구와 해저 케이블 보안 분야의 협력을 확대하고 차관급 정례 협의를 매년 \
         개최하며 첫 회의는 내년 봄 바르샤바에서 열기로 했다. 첫 회의에서는 실무 그룹의 의제를 \
         정한다."
    );
    assert_eq!(place(hit), (1, 2, 9, 3));
    // The paragraph before it ended its sentence on page 1, and stays apart.
    let before = hits(&ws, "\"3번째 의제에 대해\"");
    assert_eq!(place(&before[0]), (1, 0, 7, 8));
}

/// A page of one-line paragraphs, 19 pt apart on 13 pt leading, is one passage a
/// paragraph, not one a page.
#[test]
fn one_line_pdf_paragraphs_are_one_passage_each() {
    let ws = indexed_pdf("one-line-paragraphs.pdf");
    for (query, line) in [
        ("memorandum", 3),
        ("exchange experts", 4),
        ("undersea cables", 5),
        ("semiconductor", 6),
        ("start-ups", 7),
        ("consultations Seoul", 8),
    ] {
        let found = hits(&ws, query);
        let hit = found.first().unwrap_or_else(|| panic!("{query}: no hit"));
        assert_eq!(place(hit), (1, 0, line, line), "{query}: {hit}");
        let text = hit["text"].as_str().unwrap();
        assert!(
            text.ends_with('.') && text.matches('.').count() == 1,
            "{query}: {text}"
        );
    }
}
