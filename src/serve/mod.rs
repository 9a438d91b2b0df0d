//! `accord serve`: the index over HTTP, as a JSON API and a web page.
//!
//! The API answers with the same library calls and the same JSON objects as the CLI's
//! `--json` output (`/api/search`, `/api/docs`, `/api/docs/{id}`, `/api/compare`,
//! `/api/align`, `/api/health`); the page at `/` is plain HTML, CSS and JavaScript
//! compiled into the binary ([`assets`]), so it works offline.
//!
//! The stack is axum 0.8 on tokio, with tower's timeout and concurrency layers and
//! tower-http's body limit and headers, served by hyper's HTTP/1 connections from our
//! own accept loop ([`listen`]: header time limit, connection cap, connection lifetime). axum is tokio's own HTTP framework, kept by the
//! tokio team on hyper: extractors give typed query parameters with rejections we turn
//! into JSON, and tower layers give request time limits without writing a server loop.
//! actix-web is as fast but brings its own runtime and middleware model; a hand-written
//! hyper service would redo routing and extraction. Searching is blocking work
//! (tantivy, file reads), so it runs on tokio's blocking pool, at most
//! [`Limits::blocking`] at a time: the async threads only accept and route requests.
//!
//! What the server deliberately does not do: it never writes the index (`accord index`
//! does, beside it; [`current`] picks up each commit), and it never builds HTML from
//! corpus text: the page puts every piece of corpus text into DOM text nodes.

pub mod assets;
pub mod current;
pub mod error;
pub mod handlers;
pub mod listen;
pub mod router;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

pub use current::{CurrentIndex, Health};
pub use error::ApiError;

/// What one request may ask for and take.
#[derive(Debug, Clone)]
pub struct Limits {
    /// Longest query, in characters.
    pub query_chars: usize,
    /// Most hits one request may ask for (`limit`).
    pub hits: usize,
    /// Deepest page (`offset`).
    pub offset: usize,
    /// Longest time a request may take, waiting for its turn included.
    pub request_time: Duration,
    /// Searches (and other index reads) running at once; the rest wait their turn.
    pub blocking: usize,
    /// Largest request body (the API takes none; anything more is refused).
    pub body_bytes: usize,
    /// Longest request target (path and query string), in bytes.
    pub uri_bytes: usize,
    /// Connections open at once; beyond, a connection is answered 503 and closed.
    pub connections: usize,
    /// Longest time a connection may take to send a request's headers, counted from
    /// its first byte or the end of the previous answer (so also the longest idle time
    /// between requests).
    pub header_time: Duration,
    /// Longest time a connection stays open; then it closes after the answer under way.
    pub connection_time: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Limits {
            query_chars: 1000,
            hits: 100,
            offset: 1000,
            request_time: Duration::from_secs(10),
            blocking: (cores * 2).max(2),
            body_bytes: 16 * 1024,
            uri_bytes: 8 * 1024,
            connections: 1024,
            header_time: Duration::from_secs(10),
            connection_time: Duration::from_secs(300),
        }
    }
}

/// How to serve.
#[derive(Debug, Clone)]
pub struct Config {
    /// Index folder.
    pub index: PathBuf,
    /// Corpus folder (where passage text is read, after the one the index names).
    pub corpus: PathBuf,
    /// Request limits.
    pub limits: Limits,
    /// How often the index folder is looked at for a new commit or a repair.
    pub poll: Duration,
}

impl Config {
    /// Serving `index` (text from `corpus`) with the default limits.
    pub fn new(index: PathBuf, corpus: PathBuf) -> Config {
        Config {
            index,
            corpus,
            limits: Limits::default(),
            poll: Duration::from_millis(250),
        }
    }
}

/// A bound server, not yet answering.
pub struct Server {
    listener: std::net::TcpListener,
    config: Config,
    runtime: tokio::runtime::Runtime,
}

impl Server {
    /// Binds `addr` (port 0: a free port) and prepares the runtime. The process's limit
    /// on open files is raised to fit [`Limits::connections`] if it can be; if not, the
    /// cap is lowered to what fits ([`Server::connections`] says how many).
    pub fn bind(addr: SocketAddr, mut config: Config) -> std::io::Result<Server> {
        config.limits.connections = listen::fit_open_files(config.limits.connections);
        let listener = std::net::TcpListener::bind(addr)?;
        listener.set_nonblocking(true)?;
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .max_blocking_threads(config.limits.blocking.max(1) + 2)
            .thread_name("accord-serve")
            .enable_all()
            .build()?;
        Ok(Server {
            listener,
            config,
            runtime,
        })
    }

    /// How many connections it takes at once.
    pub fn connections(&self) -> usize {
        self.config.limits.connections
    }

    /// The address it listens on (with the port chosen when 0 was asked for).
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Answers requests until the process gets Ctrl-C or SIGTERM, then finishes the
    /// requests under way.
    pub fn run(self) -> std::io::Result<()> {
        let Server {
            listener,
            config,
            runtime,
        } = self;
        runtime.block_on(async move {
            let current = Arc::new(CurrentIndex::open(
                config.index.clone(),
                config.corpus.clone(),
            ));
            let watcher = current::watch(Arc::clone(&current), config.poll);
            let app = router::router(current, config.limits.clone());
            let listener = tokio::net::TcpListener::from_std(listener)?;
            let served = listen::serve(listener, app, &config.limits, shutdown_signal()).await;
            watcher.abort();
            served
        })
    }
}

/// Ctrl-C, or SIGTERM on Unix.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
}
