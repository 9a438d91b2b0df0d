//! `accord serve`: the index over HTTP (the server itself is [`accord::serve`]).

use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;

use anyhow::{Context, Result};

use accord::serve::{Config, Server};

use crate::cli::{Global, ServeArgs};
use crate::Outcome;

/// Runs `accord serve` until Ctrl-C or SIGTERM.
pub fn run(global: &Global, args: &ServeArgs) -> Result<Outcome> {
    // First use builds the index, as `search` does. An index that cannot be opened is
    // no reason not to serve: the server reports it and recovers once it is repaired.
    if let Err(err) = crate::cmd::search::open_or_build(global) {
        eprintln!(
            "accord: warning: {err:#}; serving anyway (/api/health says what is wrong until \
             the index is repaired)"
        );
    }
    let addr = SocketAddr::new(args.bind, args.port);
    let mut config = Config::new(global.index.clone(), global.corpus.clone());
    config.limits.connections = args.max_connections;
    config.limits.header_time = Duration::from_secs(args.header_timeout);
    let server = Server::bind(addr, config)
        .with_context(|| format!("cannot listen on {addr} (choose another with --port N)"))?;
    if server.connections() < args.max_connections {
        eprintln!(
            "accord: warning: this process may open too few files for {} connections \
             (`ulimit -n`); taking at most {} at once",
            args.max_connections,
            server.connections()
        );
    }
    let local = server.local_addr()?;
    if !local.ip().is_loopback() {
        eprintln!(
            "accord: serving the network on {local}: anyone who can reach this machine can \
             search the index (--bind 127.0.0.1 keeps it to this machine)"
        );
    }
    eprintln!(
        "accord: serving {} at http://{local}/ (Ctrl-C stops)",
        global.index.display()
    );
    // The address alone on stdout, for scripts (with --port 0 it is the only way to
    // learn the port).
    let mut stdout = std::io::stdout();
    writeln!(stdout, "http://{local}/")?;
    stdout.flush()?;
    server.run().context("the server stopped")?;
    Ok(Outcome::Found)
}
