//! `accord serve` driven over loopback: the real binary on a free port, its answers
//! parsed back into types, bad requests, and an index changed beside the running server.

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;
use serde::Deserialize;

use accord::wire::{AlignRow, ComparedPair, Document, Hit, Passage};
use accord::Lang;

use crate::common::{parse_lines, Doc, Workspace};

/// A running `accord serve --port 0`, stopped when dropped.
pub struct Served {
    child: Child,
    /// `http://127.0.0.1:PORT`, without the trailing slash.
    pub base: String,
    agent: ureq::Agent,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An answer: status, content type, body.
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub csp: String,
    pub body: String,
}

impl Answer {
    pub fn json<T: DeserializeOwned>(&self) -> T {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The `error` of a JSON error answer (asserting there is one).
    pub fn error(&self) -> String {
        #[derive(Deserialize)]
        struct E {
            error: String,
        }
        assert!(
            self.content_type.starts_with("application/json"),
            "{}: {}",
            self.content_type,
            self.body
        );
        let e: E = self.json();
        assert!(!e.error.is_empty());
        e.error
    }
}

impl Served {
    /// Starts the server on `ws`'s corpus and index (building the index if there is
    /// none), and waits for the address it prints.
    pub fn start(ws: &Workspace) -> Served {
        Served::start_with(ws, &[])
    }

    /// [`Served::start`] with more `accord serve` options.
    pub fn start_with(ws: &Workspace, options: &[&str]) -> Served {
        let log = std::fs::File::create(ws.dir.path().join("serve.log")).unwrap();
        let mut child = Command::new(assert_cmd::cargo::cargo_bin("accord"))
            .env_clear()
            .current_dir(ws.dir.path())
            .arg("--corpus")
            .arg(ws.corpus())
            .arg("--index")
            .arg(ws.index())
            .args(["serve", "--port", "0"])
            .args(options)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx
            .recv_timeout(Duration::from_secs(120))
            .unwrap_or_default();
        let base = line.trim().trim_end_matches('/').to_string();
        if !base.starts_with("http://127.0.0.1:") {
            let _ = child.kill();
            let log = std::fs::read_to_string(ws.dir.path().join("serve.log")).unwrap_or_default();
            panic!("accord serve printed {line:?}, not its address; stderr: {log}");
        }
        let agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        Served { child, base, agent }
    }

    /// GET `path` with query parameters `params`.
    pub fn get(&self, path: &str, params: &[(&str, &str)]) -> Answer {
        let mut request = self.agent.get(format!("{}{path}", self.base));
        for (k, v) in params {
            request = request.query(*k, *v);
        }
        let mut response = request.call().unwrap_or_else(|e| panic!("GET {path}: {e}"));
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("")
                .to_string()
        };
        let (content_type, csp) = (header("content-type"), header("content-security-policy"));
        Answer {
            status: response.status().as_u16(),
            content_type,
            csp,
            body: response.body_mut().read_to_string().unwrap(),
        }
    }

    /// The port it listens on.
    pub fn port(&self) -> u16 {
        self.base.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// A raw connection to it.
    pub fn connect(&self) -> std::net::TcpStream {
        std::net::TcpStream::connect(("127.0.0.1", self.port())).unwrap()
    }

    /// Asks `path` until `done` accepts the answer, for at most 30 s.
    pub fn wait_for(
        &self,
        path: &str,
        params: &[(&str, &str)],
        done: impl Fn(&Answer) -> bool,
    ) -> Answer {
        let start = Instant::now();
        loop {
            let answer = self.get(path, params);
            if done(&answer) || start.elapsed() > Duration::from_secs(30) {
                return answer;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

#[derive(Debug, Deserialize)]
pub struct SearchAnswer {
    pub query: String,
    pub offset: usize,
    pub limit: usize,
    pub hits: Vec<Hit>,
}

#[derive(Debug, Deserialize)]
pub struct DocsAnswer {
    pub documents: Vec<Document>,
}

#[derive(Debug, Deserialize)]
pub struct DocumentAnswer {
    pub document: Document,
    pub passages: Vec<Passage>,
}

#[derive(Debug, Deserialize)]
pub struct Side {
    pub doc: String,
    pub title: String,
    pub lang: Lang,
}

#[derive(Debug, Deserialize)]
pub struct CompareAnswer {
    pub a: Option<Side>,
    pub b: Option<Side>,
    pub pairs: Vec<ComparedPair>,
}

#[derive(Debug, Deserialize)]
pub struct AlignAnswer {
    pub a: Side,
    pub b: Side,
    pub rows: Vec<AlignRow>,
}

/// Do the hit's file, lines and bytes hold its text?
fn attribution_holds(hit: &Hit) -> bool {
    let content = std::fs::read_to_string(&hit.file).unwrap();
    let lines: Vec<&str> = content.split('\n').collect();
    let (start, end) = (hit.line_start as usize, hit.line_end as usize);
    if start < 1 || end < start || end > lines.len() {
        return false;
    }
    let window = lines[start - 1..end].join("\n").replace('\r', "");
    let bytes = content[hit.byte_start as usize..hit.byte_end as usize].replace('\r', "");
    window.contains(&hit.text) && bytes == hit.text
}

#[derive(Debug, Deserialize)]
pub struct HealthAnswer {
    pub status: String,
    pub documents: Option<usize>,
    pub error: Option<String>,
}

#[test]
fn serve_search_answers_the_clis_hits() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let answer = served.get("/api/search", &[("q", "submarine cables"), ("limit", "5")]);
    assert_eq!(answer.status, 200, "{}", answer.body);
    let found: SearchAnswer = answer.json();
    let cli = ws.search("submarine cables", &["-n", "5"]);
    assert!(!cli.is_empty());
    assert_eq!(found.query, "submarine cables");
    assert_eq!((found.offset, found.limit), (0, 5));
    let key = |h: &Hit| {
        let lines = (h.line_start as usize, h.line_end as usize);
        (h.rank, h.doc.clone(), h.file.clone(), lines, h.text.clone())
    };
    let cli_key = |h: &crate::common::Hit| {
        let lines = (h.line_start, h.line_end);
        (h.rank, h.doc.clone(), h.file.clone(), lines, h.text.clone())
    };
    assert_eq!(
        found.hits.iter().map(key).collect::<Vec<_>>(),
        cli.iter().map(cli_key).collect::<Vec<_>>()
    );
    for hit in &found.hits {
        assert!(attribution_holds(hit), "{hit:?}");
    }

    // Filters and paging.
    let pl: SearchAnswer = served
        .get("/api/search", &[("q", "submarine cables"), ("lang", "pl")])
        .json();
    assert!(!pl.hits.is_empty());
    assert!(pl.hits.iter().all(|h| h.lang == Lang::Pl), "{pl:?}");
    let doc: SearchAnswer = served
        .get(
            "/api/search",
            &[("q", "6G"), ("doc", "msit-eu-kr-dpc-2023")],
        )
        .json();
    assert!(!doc.hits.is_empty());
    assert!(doc.hits.iter().all(|h| h.doc == "msit-eu-kr-dpc-2023"));
    let all: SearchAnswer = served
        .get("/api/search", &[("q", "6G"), ("limit", "4")])
        .json();
    let second: SearchAnswer = served
        .get(
            "/api/search",
            &[("q", "6G"), ("limit", "2"), ("offset", "2")],
        )
        .json();
    assert_eq!(
        second.hits.iter().map(key).collect::<Vec<_>>(),
        all.hits[2..].iter().map(key).collect::<Vec<_>>()
    );
}

#[test]
fn serve_lists_documents_and_shows_one_with_its_passages() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let docs: DocsAnswer = served.get("/api/docs", &[]).json();
    let out = ws.accord().args(["docs", "--json"]).output().unwrap();
    let cli: Vec<Doc> = parse_lines(&out.stdout);
    assert_eq!(
        docs.documents.iter().map(|d| &d.id).collect::<Vec<_>>(),
        cli.iter().map(|d| &d.id).collect::<Vec<_>>()
    );
    let id = "msit-eu-kr-dpc-2023";
    let shown: DocumentAnswer = served.get(&format!("/api/docs/{id}"), &[]).json();
    assert_eq!(shown.document.id, id);
    assert_eq!(shown.passages.len(), shown.document.passages);
    let file = std::fs::read_to_string(ws.corpus().join(&shown.document.path)).unwrap();
    let lines: Vec<&str> = file.lines().collect();
    for (i, p) in shown.passages.iter().enumerate() {
        assert!(i == 0 || p.position > shown.passages[i - 1].position);
        let window = lines[p.line_start as usize - 1..p.line_end as usize].join("\n");
        assert!(window.contains(&p.text), "{p:?}");
        assert_eq!(p.lang, Lang::En);
        assert_eq!(p.path, shown.document.path);
    }
}

#[test]
fn serve_compares_and_aligns_like_the_cli() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let c: CompareAnswer = served
        .get("/api/compare", &[("q", "semiconductor researchers forum")])
        .json();
    let (a, b) = (c.a.unwrap(), c.b.unwrap());
    assert_ne!(a.doc, b.doc);
    assert!(!a.title.is_empty() && !b.title.is_empty());
    assert!(!c.pairs.is_empty());
    for (i, p) in c.pairs.iter().enumerate() {
        assert_eq!(p.rank, i + 1);
        assert_eq!((&p.a_doc, &p.b_doc), (&a.doc, &b.doc));
        assert!(p.a.iter().all(|h| h.doc == a.doc) && p.b.iter().all(|h| h.doc == b.doc));
        assert!(p.a.iter().chain(&p.b).all(attribution_holds));
    }
    let al: AlignAnswer = served
        .get(
            "/api/align",
            &[("a", "ec-eu-kr-dpc-2023"), ("b", "msit-eu-kr-dpc-2023")],
        )
        .json();
    assert_eq!((al.a.lang, al.b.lang), (Lang::Pl, Lang::En));
    let mut pairs = 0;
    for row in &al.rows {
        match row {
            AlignRow::Pair { a, b, score, .. } => {
                assert!(a.position >= 1 && b.position >= 1 && (0.0..=1.0).contains(score));
                pairs += 1;
            }
            AlignRow::OnlyA { passage, .. } | AlignRow::OnlyB { passage, .. } => {
                assert!(!passage.text.is_empty())
            }
        }
    }
    assert!(pairs > 0);
    let out = ws
        .accord()
        .args([
            "align",
            "ec-eu-kr-dpc-2023",
            "msit-eu-kr-dpc-2023",
            "--json",
        ])
        .output()
        .unwrap();
    assert_eq!(parse_lines::<AlignRow>(&out.stdout), al.rows);
}

#[test]
fn serve_refuses_bad_requests_with_json_that_says_what_to_fix() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let long = "6G ".repeat(600);
    let huge = "x".repeat(10_000);
    // (path, parameters, status, what the error says)
    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], u16, &'a str);
    let cases: &[Case] = &[
        ("/api/search", &[], 400, "missing q"),
        ("/api/search", &[("q", "   ")], 400, "missing q"),
        ("/api/search", &[("q", "(6G")], 400, "invalid query"),
        (
            "/api/search",
            &[("q", "6G"), ("lang", "xx")],
            400,
            "pl, en, ko",
        ),
        ("/api/search", &[("q", "6G"), ("doc", "nope")], 404, "nope"),
        (
            "/api/search",
            &[("q", "6G"), ("limit", "0")],
            400,
            "limit must be",
        ),
        (
            "/api/search",
            &[("q", "6G"), ("limit", "100000")],
            400,
            "from 1 to",
        ),
        (
            "/api/search",
            &[("q", "6G"), ("limit", "ten")],
            400,
            "'ten'",
        ),
        (
            "/api/search",
            &[("q", "6G"), ("offset", "-1")],
            400,
            "offset",
        ),
        (
            "/api/search",
            &[("q", "6G"), ("colour", "red")],
            400,
            "unknown parameter `colour`",
        ),
        (
            "/api/search",
            &[("q", "6G"), ("q", "5G")],
            400,
            "repeated parameter",
        ),
        ("/api/search", &[("q", &long)], 400, "characters long"),
        ("/api/search", &[("q", &huge)], 414, "limit"),
        (
            "/api/search",
            &[("q", "6G"), ("translate", "maybe")],
            400,
            "true or false",
        ),
        ("/api/docs/nope", &[], 404, "unknown document 'nope'"),
        (
            "/api/compare",
            &[("q", "6G"), ("docs", "onlyone")],
            400,
            "docs=A,B",
        ),
        (
            "/api/compare",
            &[("q", "6G"), ("docs", "a,b")],
            404,
            "unknown document",
        ),
        (
            "/api/align",
            &[("a", "ec-eu-kr-dpc-2023")],
            400,
            "a=ID&b=ID",
        ),
        (
            "/api/align",
            &[("a", "ec-eu-kr-dpc-2023"), ("b", "x")],
            404,
            "'x'",
        ),
        ("/api/nothing", &[], 404, "/api/search"),
    ];
    for (path, params, status, says) in cases {
        let answer = served.get(path, params);
        assert_eq!(answer.status, *status, "{path} {params:?}: {}", answer.body);
        let error = answer.error();
        assert!(error.contains(says), "{path} {params:?}: {error}");
    }
    let q = served.get("/api/search", &[("q", "(6G")]);
    let parsed: serde_json::Value = q.json();
    assert_eq!(parsed["query"], "(6G");
    assert!(parsed["caret"].as_str().is_some_and(|c| c.contains('^')));

    // Not GET.
    let post = served
        .agent
        .post(format!("{}/api/search", served.base))
        .send("q=6G")
        .unwrap();
    assert_eq!(post.status().as_u16(), 405);
    // The server still answers after all of that.
    assert_eq!(served.get("/api/search", &[("q", "6G")]).status, 200);
}

#[test]
fn serve_picks_up_what_an_index_run_beside_it_commits() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let word = "zyxwvutsrq";
    let before: SearchAnswer = served.get("/api/search", &[("q", word)]).json();
    assert!(before.hits.is_empty());
    let docs_before: DocsAnswer = served.get("/api/docs", &[]).json();
    std::fs::write(
        ws.corpus().join("added.txt"),
        format!("A statement added while the server runs mentions {word} once.\n"),
    )
    .unwrap();
    ws.index_corpus();
    let after = served.wait_for("/api/search", &[("q", word)], |a| {
        a.status == 200 && !a.json::<SearchAnswer>().hits.is_empty()
    });
    let after: SearchAnswer = after.json();
    assert_eq!(after.hits.len(), 1, "{after:?}");
    assert!(after.hits[0].text.contains(word));
    // The records were read again too: the new document is listed and can be filtered on.
    let docs: DocsAnswer = served.get("/api/docs", &[]).json();
    assert_eq!(docs.documents.len(), docs_before.documents.len() + 1);
    let id = &after.hits[0].doc;
    let only: SearchAnswer = served
        .get("/api/search", &[("q", word), ("doc", id)])
        .json();
    assert_eq!(only.hits.len(), 1);
}

#[test]
fn serve_reports_a_missing_or_damaged_index_and_recovers() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let ok: HealthAnswer = served.get("/api/health", &[]).json();
    assert_eq!((ok.status.as_str(), ok.documents), ("ok", Some(3)));

    let aside = ws.dir.path().join("index-aside");
    std::fs::rename(ws.index(), &aside).unwrap();
    let health = served.wait_for("/api/health", &[], |a| a.status == 503);
    assert_eq!(health.status, 503, "{}", health.body);
    let h: HealthAnswer = health.json();
    assert_eq!(h.status, "unavailable");
    assert!(h.error.unwrap().contains("no index in"));
    let search = served.get("/api/search", &[("q", "6G")]);
    assert_eq!(search.status, 503);
    assert!(search.error().contains("accord index"));

    std::fs::rename(&aside, ws.index()).unwrap();
    let back = served.wait_for("/api/health", &[], |a| a.status == 200);
    assert_eq!(back.status, 200, "{}", back.body);
    assert_eq!(served.get("/api/search", &[("q", "6G")]).status, 200);

    // A damaged commit record: reported, then repaired by restoring it.
    let meta = ws.index().join("meta.json");
    let good = std::fs::read(&meta).unwrap();
    std::fs::write(&meta, b"{ not json").unwrap();
    let damaged = served.wait_for("/api/health", &[], |a| a.status == 503);
    assert!(damaged.error().contains("damaged"), "{}", damaged.body);
    assert_eq!(served.get("/api/docs", &[]).status, 503);
    std::fs::write(&meta, good).unwrap();
    let repaired = served.wait_for("/api/health", &[], |a| a.status == 200);
    assert_eq!(repaired.status, 200, "{}", repaired.body);
}

#[test]
fn serve_answers_many_readers_at_once() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let queries = [
        "6G",
        "semiconductor",
        "półprzewodników",
        "submarine cables",
        "반도체",
    ];
    std::thread::scope(|s| {
        for t in 0..8 {
            let served = &served;
            s.spawn(move || {
                for i in 0..6 {
                    let q = queries[(t + i) % queries.len()];
                    let a = served.get("/api/search", &[("q", q), ("limit", "3")]);
                    assert_eq!(a.status, 200, "{q}: {}", a.body);
                    let _: SearchAnswer = a.json();
                }
            });
        }
    });
}

#[test]
fn serve_gives_the_page_with_a_policy_against_inline_and_foreign_script() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let page = served.get("/", &[]);
    assert_eq!(page.status, 200);
    assert!(page.content_type.starts_with("text/html"));
    for needed in [
        "script-src 'self'",
        "default-src 'none'",
        "connect-src 'self'",
    ] {
        assert!(page.csp.contains(needed), "{}", page.csp);
    }
    assert!(!page.csp.contains("unsafe-inline"));
    assert!(page.body.contains(r#"<script src="/app.js""#));
    assert!(!page.body.contains("http://") && !page.body.contains("https://"));
    for asset in ["/app.js", "/app.css", "/icon.svg"] {
        let a = served.get(asset, &[]);
        assert_eq!(a.status, 200, "{asset}");
        assert!(!a.body.is_empty());
    }
    let js = served.get("/app.js", &[]).body;
    assert!(
        !js.contains("innerHTML"),
        "corpus text must go into text nodes"
    );
}

/// Searches began on a commit whose files `accord index --rebuild` removed failed with
/// 503 ("a segment has no readable span file") before they were retried on the newer one.
#[test]
fn serve_answers_every_search_through_a_rebuild_beside_it() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    let done = std::sync::atomic::AtomicBool::new(false);
    std::thread::scope(|s| {
        for _ in 0..4 {
            s.spawn(|| {
                while !done.load(std::sync::atomic::Ordering::Relaxed) {
                    let a = served.get("/api/search", &[("q", "6G"), ("limit", "3")]);
                    assert_eq!(a.status, 200, "{}", a.body);
                }
            });
        }
        for _ in 0..3 {
            let out = ws
                .accord()
                .args(["index", "--rebuild", "-q"])
                .output()
                .unwrap();
            assert!(out.status.success());
        }
        done.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}

#[test]
fn serve_refuses_a_broken_percent_escape_with_400() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start(&ws);
    for target in ["/api/search?q=%ZZ%", "/api/search?q=%FF"] {
        let request = format!("GET {target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        let answer = raw_exchange(&served, request.as_bytes());
        assert!(answer.starts_with("HTTP/1.1 400"), "{target}: {answer}");
        assert!(
            answer.contains("percent escape") || answer.contains("UTF-8"),
            "{answer}"
        );
    }
}

/// Sends `request` on a new connection and reads the answer until the server closes.
fn raw_exchange(served: &Served, request: &[u8]) -> String {
    use std::io::{Read, Write};
    let mut conn = served.connect();
    conn.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    conn.write_all(request).unwrap();
    let mut answer = Vec::new();
    let _ = conn.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

#[test]
fn serve_drops_a_client_that_never_finishes_its_headers() {
    use std::io::{Read, Write};
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start_with(&ws, &["--header-timeout", "2"]);
    // Slowloris: a request's head a byte at a time, never finished.
    let mut slow = served.connect();
    slow.set_read_timeout(Some(Duration::from_millis(300)))
        .unwrap();
    let started = Instant::now();
    let head = b"GET /api/health HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    let mut dropped = None;
    let mut buf = [0u8; 256];
    for (i, byte) in head.iter().enumerate() {
        if slow.write_all(&[*byte]).is_err() {
            dropped = Some(started.elapsed());
            break;
        }
        match slow.read(&mut buf) {
            // Closed (or answered and closed): dropped.
            Ok(_) => {
                dropped = Some(started.elapsed());
                break;
            }
            Err(e)
                if e.kind() == std::io::ErrorKind::WouldBlock
                    || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => {
                dropped = Some(started.elapsed());
                break;
            }
        }
        if i == 2 {
            // Meanwhile others are answered.
            let a = served.get("/api/health", &[]);
            assert_eq!(a.status, 200, "{}", a.body);
        }
    }
    let dropped = dropped.expect("the slow client was never dropped");
    assert!(
        dropped >= Duration::from_millis(1500) && dropped < Duration::from_secs(6),
        "dropped after {dropped:?}, the header timeout is 2 s"
    );
    // An idle connection goes the same way.
    let mut idle = served.connect();
    idle.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    let started = Instant::now();
    let n = idle.read(&mut buf).unwrap_or(0);
    assert_eq!(n, 0, "an idle connection got an answer");
    assert!(
        started.elapsed() < Duration::from_secs(6),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(served.get("/api/health", &[]).status, 200);
}

#[test]
fn serve_answers_503_over_its_connection_cap() {
    let ws = Workspace::with_repo_corpus();
    ws.index_corpus();
    let served = Served::start_with(&ws, &["--max-connections", "4"]);
    let held: Vec<_> = (0..4).map(|_| served.connect()).collect();
    // The server takes them in turn; give it a moment.
    std::thread::sleep(Duration::from_millis(300));
    let answer = raw_exchange(
        &served,
        b"GET /api/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or("");
    let error: serde_json::Value =
        serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"));
    let error = error["error"].as_str().unwrap();
    assert!(
        error.contains("4 connections") && error.contains("limit"),
        "{error}"
    );
    drop(held);
    let a = served.wait_for("/api/health", &[], |a| a.status == 200);
    assert_eq!(a.status, 200, "{}", a.body);
}
