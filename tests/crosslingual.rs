//! Cross-lingual search, compare and align on the bundled corpus: the EU's Polish
//! release and MSIT's English release on the same meeting.

use crate::common::Workspace;
use serde::Deserialize;

const EU: &str = "ec-eu-kr-dpc-2023";
const MSIT: &str = "msit-eu-kr-dpc-2023";

#[test]
fn an_english_query_finds_the_polish_wording_and_says_how() {
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("submarine cables", &[]);
    let pl = hits
        .iter()
        .find(|h| h.lang == "pl")
        .expect("a Polish passage");
    assert_eq!(pl.doc, EU);
    assert!(pl.text.contains("kabli podmorskich"));
    assert_eq!(pl.matched, ["translated"]);
    assert_eq!(
        pl.translations,
        ["submarine cables -> kabli podmorskich (glossary)"]
    );
    assert!(crate::common::attribution_holds(pl));
    // The Polish passage covers both words (as a translated phrase); the English one
    // about "anti-submarine warfare" only one: coverage ranks first.
    assert_eq!(hits[0].lang, "pl");
    assert_eq!(hits[0].coverage, 1.0);
    let english = hits
        .iter()
        .find(|h| h.lang == "en")
        .expect("an English passage");
    assert!(english.text.contains("anti-submarine") && english.coverage < 1.0);

    let plain = ws.search("submarine cables", &["--no-translate"]);
    assert!(
        plain.iter().all(|h| h.lang != "pl"),
        "--no-translate still translated"
    );
}

#[test]
fn the_cross_items_of_the_public_queries_are_found() {
    let ws = Workspace::with_repo_corpus();
    for (query, wanted) in [
        (
            "supply chain of semiconductors",
            "łańcucha dostaw półprzewodników",
        ),
        ("cybersecurity", "w dziedzinie cyberbezpieczeństwa"),
        (
            "semiconductor researchers forum",
            "forum ROK-UE dla naukowców z sektora półprzewodników",
        ),
        ("next council meeting in Brussels", "w Brukseli"),
    ] {
        let hits = ws.search(query, &[]);
        assert!(
            hits.iter().any(|h| h.text.contains(wanted)),
            "{query:?} did not find {wanted:?}"
        );
    }
}

#[test]
fn polish_and_korean_queries_reach_english_text() {
    let ws = Workspace::with_repo_corpus();
    let hits = ws.search("półprzewodniki", &["--lang", "en"]);
    assert!(hits
        .iter()
        .any(|h| h.doc == MSIT && h.text.contains("semiconductor researchers")));
    assert!(hits.iter().all(|h| h.matched == ["translated"]));
    let hits = ws.search("반도체", &["-n", "20"]);
    assert!(
        hits.iter().any(|h| h.lang == "en"),
        "Korean query found no English passage"
    );
    assert!(
        hits.iter().any(|h| h.lang == "pl"),
        "Korean query found no Polish passage"
    );
}

#[test]
fn translation_follows_the_query_language() {
    let ws = Workspace::with_repo_corpus();
    // Read as English, "Brussels" translates to Polish; read as Polish it is not a
    // Polish word and nothing translates it.
    let en = ws.search("Brussels", &[]);
    assert!(en.iter().any(|h| h.text.contains("w Brukseli")));
    let forced = ws.search("Brussels", &["--query-lang", "pl"]);
    assert!(
        forced.iter().all(|h| !h.text.contains("w Brukseli")),
        "{forced:#?}"
    );
    let out = ws
        .accord()
        .args(["search", "x", "--query-lang", "de"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[derive(Debug, Deserialize)]
struct Pair {
    rank: usize,
    a_doc: String,
    b_doc: String,
    a: Option<crate::common::Hit>,
    b: Option<crate::common::Hit>,
}

#[test]
fn compare_puts_the_eu_and_msit_wording_side_by_side() {
    let ws = Workspace::with_repo_corpus();
    let out = ws
        .accord()
        .args(["compare", "semiconductor researchers forum", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let pairs: Vec<Pair> = crate::common::parse_lines(&out.stdout);
    assert!(!pairs.is_empty());
    let mut docs = [pairs[0].a_doc.as_str(), pairs[0].b_doc.as_str()];
    docs.sort();
    assert_eq!(
        docs,
        [EU, MSIT],
        "counterparts not detected from the manifest"
    );
    let texts: Vec<&str> = pairs
        .iter()
        .flat_map(|p| [p.a.as_ref(), p.b.as_ref()])
        .flatten()
        .map(|h| h.text.as_str())
        .collect();
    assert!(texts
        .iter()
        .any(|t| t.contains("forum ROK-UE dla naukowców")));
    assert!(texts
        .iter()
        .any(|t| t.contains("forum for semiconductor researchers")));
    assert_eq!(
        pairs.iter().map(|p| p.rank).collect::<Vec<_>>(),
        (1..=pairs.len()).collect::<Vec<_>>()
    );

    // Two columns when wide, stacked when narrow; highlighting on both sides.
    let wide = ws
        .accord()
        .env("COLUMNS", "160")
        .args(["--color", "always", "compare", "6G"])
        .output()
        .unwrap();
    let wide = String::from_utf8(wide.stdout).unwrap();
    assert!(wide.lines().any(|l| l.contains('│')), "{wide}");
    assert!(wide.matches("\x1b[1;31m6G").count() >= 2, "{wide}");
    let narrow = ws
        .accord()
        .env("COLUMNS", "70")
        .args(["compare", "6G"])
        .output()
        .unwrap();
    assert!(!String::from_utf8(narrow.stdout).unwrap().contains('│'));
}

#[test]
fn compare_with_named_documents_and_bad_names() {
    let ws = Workspace::with_repo_corpus();
    let ok = ws
        .accord()
        .args([
            "compare",
            "cooperation",
            "--docs",
            &format!("{MSIT},rok-us-alliance-70-2023"),
            "--json",
        ])
        .output()
        .unwrap();
    let pairs: Vec<Pair> = crate::common::parse_lines(&ok.stdout);
    assert_eq!(pairs[0].a_doc, MSIT);
    assert_eq!(pairs[0].b_doc, "rok-us-alliance-70-2023");
    let bad = ws
        .accord()
        .args(["compare", "6G", "--docs", "nope"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--docs takes two document ids"));
    let unknown = ws
        .accord()
        .args(["compare", "6G", "--docs", "a,b"])
        .output()
        .unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("unknown document 'a'"));
}

#[derive(Debug, Deserialize)]
struct Row {
    #[serde(rename = "type")]
    kind: String,
    a: Option<Passage>,
    b: Option<Passage>,
    passage: Option<Passage>,
    score: Option<f64>,
}

#[derive(Debug, Deserialize)]
struct Passage {
    text: String,
    lang: String,
}

#[test]
fn align_pairs_what_both_said_and_lists_what_one_side_said() {
    let ws = Workspace::with_repo_corpus();
    let out = ws
        .accord()
        .args(["align", EU, MSIT, "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: Vec<Row> = crate::common::parse_lines(&out.stdout);
    let paired = |pl: &str, en: &str| {
        rows.iter().any(|r| {
            r.kind == "pair"
                && r.a
                    .as_ref()
                    .is_some_and(|a| a.text.contains(pl) && a.lang == "pl")
                && r.b
                    .as_ref()
                    .is_some_and(|b| b.text.contains(en) && b.lang == "en")
                && r.score.is_some_and(|s| s > 0.0 && s <= 1.0)
        })
    };
    let only_eu = |pl: &str| {
        rows.iter()
            .any(|r| r.kind == "only_a" && r.passage.as_ref().is_some_and(|p| p.text.contains(pl)))
    };
    assert!(
        paired(
            "forum ROK-UE dla naukowców",
            "forum for semiconductor researchers"
        ),
        "semiconductor forum"
    );
    assert!(
        paired("wspólną wizję 6G", "Recommendation Framework for 6G Vision"),
        "6G vision"
    );
    assert!(
        only_eu("w Brukseli"),
        "next council meeting in Brussels: MSIT does not say it"
    );
    assert!(
        only_eu("kabli podmorskich"),
        "submarine cables: MSIT does not say it"
    );

    let human = ws.accord().args(["align", EU, MSIT]).output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(
        text.contains("Counterparts") && text.contains(&format!("Only in {EU}")),
        "{text}"
    );
    let bad = ws.accord().args(["align", EU, "nope"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn a_translation_found_only_inside_korean_compounds_is_searched() {
    // Korean writes compounds together: the only "bus" of this statement is inside
    // 수소버스 and 전기버스. A Polish or English query for buses must still reach it.
    let ws = Workspace::empty();
    std::fs::write(
        ws.corpus().join("seoul-buses.txt"),
        "서울시, 수소버스 200대 도입\n\n\
         서울시는 내년까지 시내 노선에 수소버스 200대를 도입하고 전기버스 충전소를 늘린다고 밝혔다.\n",
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("warsaw-trams.txt"),
        "Warszawa kupuje tramwaje\n\nMiasto podpisało umowę na dostawę 40 tramwajów niskopodłogowych.\n",
    )
    .unwrap();
    for query in ["autobusy", "buses"] {
        let hits = ws.search(query, &["--lang", "ko"]);
        assert!(
            hits.iter().any(|h| h.text.contains("수소버스")),
            "{query:?} did not reach the Korean compound: {hits:#?}"
        );
    }
}

#[test]
fn a_polish_relational_adjective_reaches_its_noun_in_english_and_korean() {
    // Polish names the material with an adjective ('wodorowe', 'kosmiczny'), English and
    // Korean with the noun ('hydrogen', 수소; 'space', 우주): the glossary lists the
    // adjective beside the noun, so the query in one form reaches the other languages.
    let ws = Workspace::empty();
    std::fs::write(
        ws.corpus().join("ulsan-hydrogen.txt"),
        "울산시, 수소 트램 시범 운행\n\n울산시는 다음 달부터 수소 트램 시범 운행을 시작한다고 밝혔다.\n",
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("space-office.txt"),
        "Joint space office opens\n\nThe two agencies opened a joint space office for satellite data.\n",
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("trams-plain.txt"),
        "Nowe tramwaje w Gdańsku\n\nMiasto odebrało dziesięć nowych tramwajów elektrycznych.\n",
    )
    .unwrap();
    let hits = ws.search("tramwaje wodorowe", &["--lang", "ko"]);
    assert!(
        hits.iter().any(|h| h.text.contains("수소 트램")),
        "'wodorowe' did not reach 수소: {hits:#?}"
    );
    let hits = ws.search("biuro kosmiczne", &["--lang", "en"]);
    assert!(
        hits.iter().any(|h| h.path.ends_with("space-office.txt")),
        "'kosmiczne' did not reach 'space': {hits:#?}"
    );
}
