//! The page at `/` in a real browser: headless Chromium driven through WebDriver
//! (chromedriver, started here on a free port) types a query, reads the results,
//! applies a filter, opens a passage in its document, compares and aligns, checks that
//! corpus text with `<script>` in it shows as text, and saves screenshots to
//! `target/browser/`.
//!
//! Without `chromium` and `chromedriver` (Debian: `apt-get install chromium
//! chromium-driver`) the test fails when `CI` is set or `ACCORD_BROWSER_TEST=1`, and
//! otherwise says it was skipped.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;

use crate::common::Workspace;
use crate::serve::Served;

/// The first of `names` found on PATH.
fn on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .flat_map(|dir| names.iter().map(move |n| dir.join(n)))
        .find(|p| p.is_file())
}

/// Whether a missing browser is a failure rather than a skip.
fn browser_required() -> bool {
    std::env::var_os("CI").is_some_and(|v| !v.is_empty())
        || std::env::var("ACCORD_BROWSER_TEST").is_ok_and(|v| v == "1")
}

/// chromedriver on a free loopback port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Driver {
    fn start(chromedriver: &Path, log: &Path) -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let driver = Driver {
            child,
            url: format!("http://127.0.0.1:{port}"),
        };
        let start = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(30),
                "chromedriver did not listen on port {port} within 30 s"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

async fn connect(driver: &Driver, chromium: &Path, profile: &Path) -> Client {
    let args = [
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        format!("--user-data-dir={}", profile.display()),
        "--window-size=1200,900".into(),
    ];
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({ "args": args, "binary": chromium }),
    );
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    ClientBuilder::new(connector)
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .unwrap_or_else(|e| panic!("cannot start Chromium through chromedriver: {e}"))
}

/// Runs `script` (a JavaScript function body) until it returns true, for at most 20 s.
async fn until(client: &Client, what: &str, script: &str) {
    let start = Instant::now();
    loop {
        let done = client.execute(script, vec![]).await.unwrap();
        if done.as_bool() == Some(true) {
            return;
        }
        if start.elapsed() > Duration::from_secs(20) {
            let status = client
                .execute(
                    "return [...document.querySelectorAll('.status')].map(s => s.textContent).join(' | ')",
                    vec![],
                )
                .await
                .unwrap();
            panic!("timed out waiting for {what}; page status: {status}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn js(client: &Client, script: &str) -> serde_json::Value {
    client.execute(script, vec![]).await.unwrap()
}

async fn screenshot(client: &Client, name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser");
    std::fs::create_dir_all(&dir).unwrap();
    let png = client.screenshot().await.unwrap();
    assert!(png.starts_with(b"\x89PNG"), "{name}: not a PNG");
    std::fs::write(dir.join(format!("{name}.png")), png).unwrap();
}

#[test]
fn browser_searches_filters_opens_compares_and_shows_markup_as_text() {
    let (Some(chromium), Some(chromedriver)) = (
        on_path(&["chromium", "chromium-browser", "google-chrome"]),
        on_path(&["chromedriver"]),
    ) else {
        let message = "the browser test needs chromium and chromedriver on PATH \
                       (Debian: apt-get install chromium chromium-driver)";
        if browser_required() {
            panic!("{message}; CI or ACCORD_BROWSER_TEST=1 requires it to run");
        }
        eprintln!("SKIPPED browser test: {message}");
        return;
    };
    let ws = Workspace::with_repo_corpus();
    std::fs::write(
        ws.corpus().join("markup.txt"),
        "A statement quoting markup verbatim: <script>document.title = 'injected'</script> \
         and <b>bold</b> tags must show as text.\n",
    )
    .unwrap();
    ws.index_corpus();
    let served = Served::start(&ws);
    let driver = Driver::start(&chromedriver, &ws.dir.path().join("chromedriver.log"));
    let profile = ws.dir.path().join("chromium-profile");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let client = connect(&driver, &chromium, &profile).await;
        let result = drive(&client, &served.base).await;
        let _ = client.close().await;
        result
    });
}

async fn drive(c: &Client, base: &str) {
    c.goto(&format!("{base}/")).await.unwrap();
    until(
        c,
        "the page's script",
        "return document.querySelector('#doc option[value=\"msit-eu-kr-dpc-2023\"]') !== null",
    )
    .await;

    // Every form control has a label; the first Tab stop is the skip link.
    let unlabelled = js(
        c,
        "return [...document.querySelectorAll('input, select')].filter(e => e.labels.length === 0).map(e => e.id)",
    )
    .await;
    assert_eq!(unlabelled, json!([]), "controls without a label");
    assert_eq!(
        js(c, "return document.querySelector('[aria-live]') !== null").await,
        json!(true)
    );

    // Type a query and read the results.
    let q = c.find(Locator::Id("q")).await.unwrap();
    q.send_keys("submarine cables").await.unwrap();
    c.find(Locator::Css("#search-form button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        c,
        "results",
        "return document.querySelectorAll('#results .hit').length > 0",
    )
    .await;
    let status = c
        .find(Locator::Id("search-status"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(status.contains("submarine cables"), "{status}");
    let first = c.find(Locator::Css("#results .hit")).await.unwrap();
    let text = first.text().await.unwrap();
    assert!(text.starts_with("1."), "{text}");
    assert!(text.contains(".txt:"), "file:lines missing: {text}");
    assert!(text.contains("Matched:"), "{text}");
    let marks = js(
        c,
        "return document.querySelectorAll('#results .snippet mark').length",
    )
    .await;
    assert!(marks.as_u64().unwrap() > 0, "no highlighted words");
    screenshot(c, "search").await;

    // A filter: Polish passages only, reached through a translation ("via" line).
    c.find(Locator::Id("lang"))
        .await
        .unwrap()
        .select_by_value("pl")
        .await
        .unwrap();
    until(
        c,
        "Polish results",
        "return location.hash.includes('lang=pl') && document.querySelectorAll('#results .hit').length > 0 \
         && [...document.querySelectorAll('#results .snippet')].every(s => s.lang === 'pl')",
    )
    .await;
    let via = c
        .find(Locator::Css("#results .via"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(via.starts_with("via "), "{via}");
    screenshot(c, "search-polish").await;

    // A click opens the passage inside its document, highlighted and focused.
    let link = c.find(Locator::Css("#results .hit-title a")).await.unwrap();
    let href = link.attr("href").await.unwrap().unwrap();
    let position = href.rsplit("p=").next().unwrap().to_string();
    link.click().await.unwrap();
    until(
        c,
        "the document view",
        "return document.querySelector('#passages .passage.current .passage-text') !== null",
    )
    .await;
    let current = js(c, "const p = document.querySelector('.passage.current'); return [p.id, document.activeElement === p, document.querySelectorAll('#passages .passage').length]").await;
    assert_eq!(current[0], json!(format!("p-{position}")));
    assert_eq!(
        current[1],
        json!(true),
        "the highlighted passage has the focus"
    );
    assert!(current[2].as_u64().unwrap() > 5);
    let anchors = js(c, "return [...document.querySelectorAll('#passages .passage-head a')].every(a => a.getAttribute('href').includes('?p='))").await;
    assert_eq!(anchors, json!(true), "a link per passage");
    screenshot(c, "document").await;

    // Compare, from the nav link and the form.
    c.find(Locator::Css("nav a[data-view=compare]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let cq = c.find(Locator::Id("cq")).await.unwrap();
    cq.send_keys("semiconductor researchers forum\n")
        .await
        .unwrap();
    until(
        c,
        "the comparison",
        "return document.querySelectorAll('#compare-out .row').length > 1",
    )
    .await;
    let heads = js(c, "return [...document.querySelectorAll('#compare-out .row.head .cell h2')].map(h => h.textContent)").await;
    assert_eq!(heads.as_array().unwrap().len(), 2, "{heads}");
    let side_by_side = js(c, "const r = document.querySelector('#compare-out .row:not(.head)'); const [a, b] = r.children; return a.getBoundingClientRect().top === b.getBoundingClientRect().top && a.getBoundingClientRect().left < b.getBoundingClientRect().left").await;
    assert_eq!(side_by_side, json!(true), "two columns on a wide screen");
    screenshot(c, "compare").await;

    // On a narrow screen the columns stack.
    c.set_window_size(390, 900).await.unwrap();
    until(c, "stacked columns", "const r = document.querySelector('#compare-out .row:not(.head)'); const [a, b] = r.children; return b.getBoundingClientRect().top > a.getBoundingClientRect().top").await;
    let wide = js(c, "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w + 1).map(e => e.tagName + '#' + e.id + '.' + e.className).slice(0, 8)").await;
    assert_eq!(wide, json!([]), "elements wider than a narrow screen");
    screenshot(c, "compare-narrow").await;
    c.set_window_size(1200, 900).await.unwrap();

    // Align: pairs, then what only one side said.
    c.goto(&format!(
        "{base}/#/align?a=ec-eu-kr-dpc-2023&b=msit-eu-kr-dpc-2023"
    ))
    .await
    .unwrap();
    until(
        c,
        "the alignment",
        "return document.querySelectorAll('#align-out .pair-note').length > 0",
    )
    .await;
    let only = js(c, "return [...document.querySelectorAll('#align-out h2')].map(h => h.textContent).join(' | ')").await;
    assert!(only.as_str().unwrap().contains("Only in A"), "{only}");
    screenshot(c, "align").await;

    // Corpus text with markup in it is text, not markup.
    c.goto(&format!("{base}/#/search?q=quoting%20markup%20verbatim"))
        .await
        .unwrap();
    until(
        c,
        "the markup passage",
        "return document.querySelectorAll('#results .hit').length > 0",
    )
    .await;
    let snippet = c
        .find(Locator::Css("#results .snippet"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        snippet.contains("<script>document.title = 'injected'</script>"),
        "{snippet}"
    );
    assert!(snippet.contains("<b>bold</b>"), "{snippet}");
    let injected = js(c, "return [document.querySelectorAll('script').length, document.querySelectorAll('#results b').length, document.title]").await;
    assert_eq!(injected[0], json!(1), "only the page's own script element");
    assert_eq!(injected[1], json!(0));
    assert_ne!(injected[2], json!("injected"));
    c.find(Locator::Css("#results .hit-title a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    until(
        c,
        "the markup document",
        // The previous document's view may still stand until this one replaces it.
        "const t = document.querySelector('#passages .passage.current .passage-text'); return t !== null && t.textContent.includes('<script>')",
    )
    .await;
    let shown = c
        .find(Locator::Css(".passage.current .passage-text"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(shown.contains("<script>"), "{shown}");
    assert_eq!(
        js(c, "return document.querySelectorAll('script').length").await,
        json!(1)
    );
    screenshot(c, "markup-as-text").await;
}
