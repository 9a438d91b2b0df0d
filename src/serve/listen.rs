//! The accept loop: each connection served by hyper's HTTP/1 with the limits a server
//! on an open port needs and `axum::serve` does not set.
//!
//! - A connection must send a request's headers within [`Limits::header_time`] of
//!   starting to (or of finishing the previous answer): a client that sends a byte a
//!   second (slowloris), or opens a connection and says nothing, is dropped then.
//! - At most [`Limits::connections`] are open at once; beyond, a connection is answered
//!   `503` with a JSON `{"error": ...}` and closed, so a flood of idle connections
//!   costs a file descriptor each for a moment and cannot starve the requests already
//!   being answered.
//! - A connection lives at most [`Limits::connection_time`]: then it is closed after the
//!   answer under way, or at once if that answer is not taken within
//!   [`Limits::request_time`] more (a client that stops reading).
//! - Headers take at most [`HEADER_BYTES`] (431 beyond).
//! - An accept that fails for want of file descriptors (EMFILE) or memory is retried
//!   after a pause with one warning, not in a busy loop.
//!
//! On Ctrl-C or SIGTERM the loop stops accepting, lets the answers under way finish
//! (for at most [`Limits::request_time`] and a second), and returns.

use std::future::Future;
use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWrite;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{watch, OwnedSemaphorePermit, Semaphore};
use tokio::task::JoinSet;

use super::Limits;

/// Largest request head (request line and headers) a connection may send.
pub const HEADER_BYTES: usize = 64 * 1024;
/// Connections over the cap being answered 503 at once; more are closed unanswered.
const REFUSING: usize = 64;
/// Pause after an accept that failed for want of resources.
const ACCEPT_PAUSE: Duration = Duration::from_millis(200);

/// Answers connections on `listener` with `app` until `shutdown` resolves.
pub async fn serve(
    listener: TcpListener,
    app: Router,
    limits: &Limits,
    shutdown: impl Future<Output = ()>,
) -> io::Result<()> {
    let slots = Arc::new(Semaphore::new(limits.connections.max(1)));
    let refusing = Arc::new(AtomicUsize::new(0));
    let (stop_tx, stop_rx) = watch::channel(());
    let mut tasks = JoinSet::new();
    let mut starved = false;
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            () = &mut shutdown => break,
            Some(_) = tasks.join_next(), if !tasks.is_empty() => {}
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    starved = false;
                    match Arc::clone(&slots).try_acquire_owned() {
                        Ok(slot) => {
                            tasks.spawn(connection(
                                stream,
                                app.clone(),
                                limits.clone(),
                                stop_rx.clone(),
                                slot,
                            ));
                        }
                        Err(_) => {
                            if refusing.fetch_add(1, Ordering::Relaxed) < REFUSING {
                                let refusing = Arc::clone(&refusing);
                                let max = limits.connections;
                                tokio::spawn(async move {
                                    refuse(stream, max).await;
                                    refusing.fetch_sub(1, Ordering::Relaxed);
                                });
                            } else {
                                refusing.fetch_sub(1, Ordering::Relaxed);
                                drop(stream);
                            }
                        }
                    }
                }
                // The peer gave up before we took it: nothing to do.
                Err(e) if is_connection_error(&e) => {}
                Err(e) => {
                    if !starved {
                        eprintln!(
                            "accord: warning: cannot accept connections ({e}); retrying every \
                             {} ms (too many open files? raise `ulimit -n` or lower \
                             --max-connections)",
                            ACCEPT_PAUSE.as_millis()
                        );
                        starved = true;
                    }
                    tokio::time::sleep(ACCEPT_PAUSE).await;
                }
            }
        }
    }
    // Every connection closes after its answer under way; those still busy after the
    // grace are cut.
    drop(stop_tx);
    drop(listener);
    let grace = limits.request_time + Duration::from_secs(1);
    let _ = tokio::time::timeout(grace, async { while tasks.join_next().await.is_some() {} }).await;
    tasks.shutdown().await;
    Ok(())
}

/// Errors of one connection that went away, not of the listener.
fn is_connection_error(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::ConnectionRefused
            | io::ErrorKind::ConnectionAborted
            | io::ErrorKind::ConnectionReset
            | io::ErrorKind::Interrupted
    )
}

/// Serves one connection, holding its `slot` until it closes.
async fn connection(
    stream: TcpStream,
    app: Router,
    limits: Limits,
    mut stop: watch::Receiver<()>,
    slot: OwnedSemaphorePermit,
) {
    let _ = stream.set_nodelay(true);
    let mut builder = http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_time)
        .max_header_size(HEADER_BYTES)
        .max_buf_size(HEADER_BYTES);
    let conn = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(app));
    tokio::pin!(conn);
    let deadline = tokio::time::sleep(limits.connection_time);
    tokio::pin!(deadline);
    let mut closing = false;
    loop {
        tokio::select! {
            _ = conn.as_mut() => break,
            _ = stop.changed(), if !closing => {
                conn.as_mut().graceful_shutdown();
                closing = true;
            }
            () = &mut deadline => {
                if closing {
                    // The answer under way was not taken in time: cut it.
                    break;
                }
                conn.as_mut().graceful_shutdown();
                closing = true;
                deadline
                    .as_mut()
                    .reset(tokio::time::Instant::now() + limits.request_time);
            }
        }
    }
    drop(slot);
}

/// Answers a connection over the cap with a 503 and closes it. The request is read
/// first (for up to a second), so closing does not reset the connection before the
/// client has read the answer.
async fn refuse(mut stream: TcpStream, max: usize) {
    let body = format!(
        "{{\"error\":\"the server has {max} connections open, its limit \
         (--max-connections); try again in a moment\"}}"
    );
    let answer = format!(
        "HTTP/1.1 503 Service Unavailable\r\ncontent-type: application/json\r\n\
         content-length: {}\r\nretry-after: 1\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    let second = Duration::from_secs(1);
    let mut head = Vec::new();
    let mut buf = [0u8; 4096];
    let _ = tokio::time::timeout(second, async {
        while head.len() < HEADER_BYTES && !head.windows(4).any(|w| w == b"\r\n\r\n") {
            match read_some(&stream, &mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => head.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    let _ = tokio::time::timeout(second, async {
        let mut rest = answer.as_bytes();
        while !rest.is_empty() {
            stream.writable().await?;
            match stream.try_write(rest) {
                Ok(n) => rest = &rest[n..],
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => {}
                Err(e) => return Err(e),
            }
        }
        std::future::poll_fn(|cx| std::pin::Pin::new(&mut stream).poll_shutdown(cx)).await?;
        // Drain what else comes until the client closes.
        while read_some(&stream, &mut buf).await? > 0 {}
        io::Result::Ok(())
    })
    .await;
}

/// Reads what has arrived on `stream` (0 at its end).
async fn read_some(stream: &TcpStream, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        stream.readable().await?;
        match stream.try_read(buf) {
            Err(e) if e.kind() == io::ErrorKind::WouldBlock => continue,
            other => return other,
        }
    }
}

/// Raises this process's soft limit on open files (up to the hard limit) so that
/// `connections` connections and the index's files fit, as Go's runtime does for every
/// server; returns how many connections fit under the limit it got.
#[cfg(unix)]
pub fn fit_open_files(connections: usize) -> usize {
    // Index files, the listener, stdio and the blocking pool's reads.
    const RESERVE: libc::rlim_t = 256;
    let want = (connections as libc::rlim_t).saturating_add(RESERVE);
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return connections;
        }
        if limit.rlim_cur < want {
            let raised = libc::rlimit {
                rlim_cur: want.min(limit.rlim_max),
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    if limit.rlim_cur >= want {
        connections
    } else {
        limit.rlim_cur.saturating_sub(RESERVE).max(1) as usize
    }
}

/// Elsewhere the limit is left as it is.
#[cfg(not(unix))]
pub fn fit_open_files(connections: usize) -> usize {
    connections
}
