//! Dates and publishers read from the files themselves, shown by `docs` with where they
//! came from, carried by hits, and searched by: `--since`, `--until`, `--sort date`.

use crate::common::{parse_lines, Workspace};

fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Three statements without a manifest, each stating its date its own way.
fn dated_corpus() -> Workspace {
    let ws = Workspace::empty();
    let files = [
        (
            "pl.txt",
            "Ministerstwo Klimatu i Środowiska\n\nWodór w centrum współpracy\n\n\
             Warszawa, 19 października 2018 r.\n\n\
             Ministrowie uzgodnili budowę korytarza wodorowego (hydrogen corridor) do końca dekady.\n",
        ),
        (
            "en.md",
            "---\ndate: April 5, 2024\npublisher: Ministry of Energy\n---\n\n\
             # Hydrogen corridor agreed\n\nThe ministers agreed on a hydrogen corridor by 2030.\n",
        ),
        (
            "ko.txt",
            "수소 협력 강화\n\n입력 2023-05-22 10:31\n\n\
             양국은 수소 회랑(hydrogen corridor)을 구축하기로 합의했다고 밝혔다.\n",
        ),
        (
            "old.txt",
            "Hydrogen corridor: the hydrogen corridor plan\n\nPublished 3 March 2015\n\n\
             Hydrogen corridor, hydrogen corridor, hydrogen corridor.\n",
        ),
    ];
    for (name, text) in files {
        std::fs::write(ws.corpus().join(name), text).unwrap();
    }
    ws.index_corpus();
    ws
}

#[test]
fn documents_state_their_dates_and_docs_says_where_each_came_from() {
    let ws = dated_corpus();
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let docs: Vec<serde_json::Value> = parse_lines(&out.stdout);
    let by_path = |p: &str| docs.iter().find(|d| d["path"] == p).unwrap().clone();
    assert_eq!(by_path("pl.txt")["date"], "2018-10-19");
    assert_eq!(by_path("pl.txt")["sources"]["date"], "text");
    assert_eq!(by_path("en.md")["date"], "2024-04-05");
    assert_eq!(by_path("en.md")["publisher"], "Ministry of Energy");
    assert_eq!(
        by_path("en.md")["sources"]["publisher"]["metadata"],
        "front matter"
    );
    assert_eq!(by_path("en.md")["title"], "Hydrogen corridor agreed");
    assert_eq!(by_path("ko.txt")["date"], "2023-05-22");
    let human = ws.accord().arg("docs").output().unwrap();
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(human.contains("date from text"), "{human}");
    assert!(
        human.contains("publisher from metadata: front matter"),
        "{human}"
    );
}

#[test]
fn since_until_and_sort_by_date() {
    let ws = dated_corpus();
    // The documents of the hits, in order (a document's passages counted once).
    let docs_of = |extra: &[&str]| -> Vec<(String, Option<String>)> {
        let mut docs: Vec<(String, Option<String>)> = Vec::new();
        for h in ws.search("hydrogen corridor", extra) {
            if !docs.iter().any(|(p, _)| *p == h.path) {
                docs.push((h.path, h.date));
            }
        }
        docs
    };
    let all = docs_of(&["--no-translate"]);
    assert_eq!(all.len(), 4, "{all:?}");
    assert!(
        all.iter().all(|(_, d)| d.is_some()),
        "hits carry dates: {all:?}"
    );
    // By relevance the oldest comes first; by date, last.
    assert_eq!(all[0].0, "old.txt", "{all:?}");
    let newest = docs_of(&["--no-translate", "--sort", "date"]);
    let paths: Vec<&str> = newest.iter().map(|(p, _)| p.as_str()).collect();
    assert_eq!(paths, ["en.md", "ko.txt", "pl.txt", "old.txt"]);
    let since = docs_of(&["--no-translate", "--since", "2023-05"]);
    let mut paths: Vec<&str> = since.iter().map(|(p, _)| p.as_str()).collect();
    paths.sort();
    assert_eq!(paths, ["en.md", "ko.txt"]);
    let window = docs_of(&["--no-translate", "--since", "2019", "--until", "2023"]);
    assert_eq!(window.len(), 1, "{window:?}");
    assert_eq!(window[0].0, "ko.txt");
    assert!(docs_of(&["--no-translate", "--until", "2010"]).is_empty());
    assert_eq!(
        docs_of(&["--no-translate", "--until", "2015-03-03"]).len(),
        1
    );
}

#[test]
fn a_bad_date_is_a_clear_error() {
    let ws = Workspace::empty();
    for bad in ["2024-13", "yesterday", "24-05-01"] {
        let out = ws
            .accord()
            .args(["search", "hydrogen", "--since", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("YYYY-MM-DD"),
            "{bad}: {}",
            stderr(&out)
        );
    }
}

/// Without a manifest, two releases on the same event are found as counterparts by the
/// dates their texts state and the names they share.
#[test]
fn compare_finds_counterparts_by_inferred_dates_and_shared_names() {
    let ws = Workspace::empty();
    std::fs::write(
        ws.corpus().join("en.txt"),
        "Korea and the EU deepen chip cooperation\n\nSeoul, 22 May 2023\n\n\
         The Republic of Korea and the European Union agreed in Seoul to deepen cooperation \
         on semiconductors, 6G and artificial intelligence, with NATO and the OECD as observers \
         and ASML and KAIST as research partners.\n",
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("pl.txt"),
        "Korea i UE zacieśniają współpracę\n\nSeul, 23 maja 2023 r.\n\n\
         Republika Korei i Unia Europejska uzgodniły w Seulu zacieśnienie współpracy w \
         dziedzinie półprzewodników, 6G i sztucznej inteligencji, z NATO i OECD jako \
         obserwatorami oraz ASML i KAIST jako partnerami badawczymi.\n",
    )
    .unwrap();
    std::fs::write(
        ws.corpus().join("other.txt"),
        "Fisheries talks\n\nOslo, 1 March 2019\n\nNorway and Iceland discussed cod quotas with NATO and the OECD.\n",
    )
    .unwrap();
    ws.index_corpus();
    let out = ws
        .accord()
        .args(["compare", "semiconductors", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let pairs: Vec<serde_json::Value> = parse_lines(&out.stdout);
    let first = &pairs[0];
    let docs = [
        first["a_doc"].as_str().unwrap(),
        first["b_doc"].as_str().unwrap(),
    ];
    assert!(docs.contains(&"en") && docs.contains(&"pl"), "{first}");
    assert!(
        first["reason"].as_str().unwrap().contains("dated within"),
        "{first}"
    );
}

/// A web page whose menus run to dozens of blocks before the headline: its date is the
/// one beside the headline, not lost past the top of the page.
#[test]
fn a_page_dated_beside_its_headline_below_long_menus_gets_that_date() {
    let ws = Workspace::empty();
    let menu: String = (1..=30)
        .map(|i| format!("<li><a href=\"/m{i}\">Dział {i}</a></li>"))
        .collect();
    let page = format!(
        "<html lang=\"en\"><head><title>News | Harbour Authority</title></head><body>\
         <div class=\"top\"><ul>{menu}</ul></div>\
         <div class=\"post\"><div class=\"post-title\">Harbour authority and Busan port sign a shore power pact</div>\
         <p class=\"meta\">Posted on : Feb.4,2025 10:12 KST Modified on : Feb.5,2025 09:00 KST</p>\
         <p>The harbour authority and the port of Busan signed a pact on shore power for container ships on Tuesday.</p>\
         <p>Both ports will install the first berths with shore power before the end of 2026.</p></div></body></html>"
    );
    std::fs::write(ws.corpus().join("harbour.html"), page).unwrap();
    ws.index_corpus();
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let docs: Vec<serde_json::Value> = parse_lines(&out.stdout);
    assert_eq!(docs[0]["date"], "2025-02-04", "{docs:?}");
    assert_eq!(
        docs[0]["title"],
        "Harbour authority and Busan port sign a shore power pact"
    );
}

#[test]
fn pages_name_their_publisher_and_docs_says_where_it_came_from() {
    let ws = Workspace::empty();
    let body = "<p>The two ministers agreed to open a joint office for port logistics and to meet again in the spring.</p>";
    let files = [
        // The unit between the headline and the portal, in `<title>`.
        (
            "unit.html",
            format!(
                "<html lang=\"en\"><head><title>Port logistics office agreed - Ministry of Maritime Affairs - Portal Gov.example</title>\
                 <meta property=\"og:title\" content=\"Port logistics office agreed\"></head>\
                 <body><main><h1>Port logistics office agreed</h1>{body}</main></body></html>"
            ),
        ),
        // A portal's declared name; the page names its issuer.
        (
            "issuer.html",
            format!(
                "<html lang=\"en\"><head><title>Port logistics office agreed - GOV.UK</title>\
                 <meta property=\"og:site_name\" content=\"GOV.UK\"></head>\
                 <body><main><h1>Port logistics office agreed</h1>\
                 <dl><dt>From:</dt><dd>Department for Transport</dd></dl>{body}</main></body></html>"
            ),
        ),
        // A photo credit is no publisher; the copyright line names it, commas and all.
        (
            "credit.txt",
            "항만 물류 협력 사무소 개설 합의\n\n(사진=해양수산부 제공) 양국 장관이 악수하고 있다.\n\n\
             양국 장관은 항만 물류를 위한 공동 사무소를 열고 봄에 다시 만나기로 합의했다고 밝혔다.\n\n\
             Copyright (c) Ministry of Oceans, Fisheries and Ports. All rights reserved.\n"
                .to_string(),
        ),
    ];
    for (name, text) in &files {
        std::fs::write(ws.corpus().join(name), text).unwrap();
    }
    ws.index_corpus();
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let docs: Vec<serde_json::Value> = parse_lines(&out.stdout);
    let by_path = |p: &str| docs.iter().find(|d| d["path"] == p).unwrap().clone();
    assert_eq!(
        by_path("unit.html")["publisher"],
        "Ministry of Maritime Affairs"
    );
    assert_eq!(
        by_path("unit.html")["sources"]["publisher"]["metadata"],
        "title"
    );
    assert_eq!(
        by_path("issuer.html")["publisher"],
        "Department for Transport"
    );
    assert_eq!(by_path("issuer.html")["sources"]["publisher"], "text");
    assert_eq!(
        by_path("credit.txt")["publisher"],
        "Ministry of Oceans, Fisheries and Ports"
    );
    assert_eq!(by_path("credit.txt")["sources"]["publisher"], "text");
    let human = ws
        .accord()
        .args(["docs", "--doc", "issuer"])
        .output()
        .unwrap();
    let human = String::from_utf8_lossy(&human.stdout);
    assert!(human.contains("Department for Transport"), "{human}");
    assert!(human.contains("publisher from text"), "{human}");
}
