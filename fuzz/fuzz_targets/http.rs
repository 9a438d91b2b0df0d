#![no_main]
//! Any bytes as what a client sends on one connection to `accord serve`: read by the
//! same HTTP/1.1 connection (hyper-util's auto builder, as `axum::serve` uses) in front
//! of the same router, over a tiny index of the bundled corpus built once. The
//! connection reads the bytes, then end of input, and writes into memory.
//!
//! Never a panic or a hang; what comes back is one well-formed HTTP/1.x response (or
//! nothing, when the bytes held no whole request), never a server error other than 503
//! (busy or out of time); every answer of the application carries its security headers,
//! and every JSON body parses.
use std::io;
use std::path::Path;
use std::pin::Pin;
use std::sync::{Arc, Mutex, OnceLock};
use std::task::{Context, Poll};

use accord::index::build::{build, BuildOptions, NoProgress};
use accord::serve::{router::router, CurrentIndex, Limits};
use hyper_util::rt::TokioExecutor;
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use libfuzzer_sys::fuzz_target;

/// The router over the index, and the runtime that answers (one thread, as a fuzz
/// target runs one input at a time; searches go to its blocking pool as in the server).
struct Server {
    app: axum::Router,
    runtime: tokio::runtime::Runtime,
    _dir: tempfile::TempDir,
}

fn server() -> &'static Server {
    static SERVER: OnceLock<Server> = OnceLock::new();
    SERVER.get_or_init(|| {
        let dir = tempfile::Builder::new()
            .prefix("accord-fuzz-http")
            .tempdir()
            .expect("a temporary folder for the fuzz index");
        let corpus = dir.path().join("corpus");
        std::fs::create_dir(&corpus).expect("corpus folder");
        let bundled = Path::new(env!("CARGO_MANIFEST_DIR")).join("../corpus");
        for entry in std::fs::read_dir(&bundled).expect("the bundled corpus, ../corpus") {
            let entry = entry.expect("a corpus entry");
            std::fs::copy(entry.path(), corpus.join(entry.file_name())).expect("copy corpus");
        }
        let index = dir.path().join("index");
        build(
            &BuildOptions {
                corpus: corpus.clone(),
                index: index.clone(),
                rebuild: true,
            },
            &mut NoProgress,
        )
        .expect("the bundled corpus indexes");
        let current = Arc::new(CurrentIndex::open(index, corpus));
        // Otherwise every search would be a 503 and the target would test nothing past it.
        if let Err(why) = current.get() {
            panic!("the fuzz index does not open: {why:?}");
        }
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a tokio runtime");
        Server {
            app: router(current, Limits::default()),
            runtime,
            _dir: dir,
        }
    })
}

/// One connection in memory: reads give the client's bytes, then end of input; writes
/// are kept.
struct Wire {
    input: Vec<u8>,
    read: usize,
    output: Arc<Mutex<Vec<u8>>>,
}

impl hyper::rt::Read for Wire {
    fn poll_read(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
        mut buf: hyper::rt::ReadBufCursor<'_>,
    ) -> Poll<io::Result<()>> {
        let n = buf.remaining().min(self.input.len() - self.read);
        let at = self.read;
        buf.put_slice(&self.input[at..at + n]);
        self.read += n;
        Poll::Ready(Ok(()))
    }
}

impl hyper::rt::Write for Wire {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        self.output.lock().unwrap().extend_from_slice(buf);
        Poll::Ready(Ok(buf.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

fn header<'h>(headers: &'h [httparse::Header<'_>], name: &str) -> Option<&'h [u8]> {
    headers
        .iter()
        .find(|h| h.name.eq_ignore_ascii_case(name))
        .map(|h| h.value)
}

/// The body of a chunked message, or `None` if it is not well formed.
fn dechunk(mut rest: &[u8]) -> Option<Vec<u8>> {
    let mut body = Vec::new();
    loop {
        let line = rest.windows(2).position(|w| w == b"\r\n")?;
        let size = std::str::from_utf8(&rest[..line]).ok()?;
        let size = usize::from_str_radix(size.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[line + 2..];
        if size == 0 {
            return Some(body);
        }
        body.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size..)?.strip_prefix(b"\r\n")?;
    }
}

/// Checks the one response a connection wrote.
fn check_response(input: &[u8], output: &[u8]) {
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    let head = match response.parse(output) {
        Ok(httparse::Status::Complete(n)) => n,
        other => panic!(
            "not an HTTP response ({other:?}): {:?}",
            String::from_utf8_lossy(output)
        ),
    };
    let status = response.code.expect("a complete response has a status");
    // HTTP/1.1, or 1.0 to a client that spoke 1.0.
    assert!(
        matches!(response.version, Some(0 | 1)),
        "{:?}",
        response.version
    );
    assert!(
        status < 500 || status == 503,
        "server error {status} for {:?}: {:?}",
        String::from_utf8_lossy(input),
        String::from_utf8_lossy(output)
    );
    let headers = response.headers;
    if header(headers, "content-type").is_some() {
        // An answer of the application, not one hyper wrote for a request it refused.
        assert_eq!(
            header(headers, "x-content-type-options"),
            Some(&b"nosniff"[..])
        );
        assert!(header(headers, "content-security-policy").is_some());
    }
    let rest = &output[head..];
    let body = if let Some(length) = header(headers, "content-length") {
        let length: usize = std::str::from_utf8(length).unwrap().parse().unwrap();
        // A HEAD request is answered with the length and without the body.
        assert!(
            rest.len() == length || rest.is_empty(),
            "{length} bytes declared, {} sent",
            rest.len()
        );
        rest.to_vec()
    } else if header(headers, "transfer-encoding")
        .is_some_and(|t| t.eq_ignore_ascii_case(b"chunked"))
    {
        if rest.is_empty() {
            Vec::new()
        } else {
            dechunk(rest).expect("a well-formed chunked body")
        }
    } else {
        rest.to_vec()
    };
    let json = header(headers, "content-type").is_some_and(|t| t.starts_with(b"application/json"));
    if json && !body.is_empty() {
        if let Err(e) = serde_json::from_slice::<serde_json::Value>(&body) {
            panic!(
                "a JSON answer that does not parse ({e}): {:?}",
                String::from_utf8_lossy(&body)
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let server = server();
    let output = Arc::new(Mutex::new(Vec::new()));
    let wire = Wire {
        input: data.to_vec(),
        read: 0,
        output: Arc::clone(&output),
    };
    let service = TowerToHyperService::new(server.app.clone());
    server.runtime.block_on(async move {
        let mut builder = Builder::new(TokioExecutor::new());
        // One request per connection, answered even though the client has stopped
        // sending (end of input comes right after the request).
        builder.http1().keep_alive(false).half_close(true);
        let _ = builder.serve_connection_with_upgrades(wire, service).await;
    });
    let output = output.lock().unwrap();
    if !output.is_empty() {
        check_response(data, &output);
    }
});
