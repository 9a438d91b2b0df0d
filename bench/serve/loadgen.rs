//! Load generator for `accord serve` (std only: `rustc -O loadgen.rs`).
//!
//! `loadgen BASE_URL CLIENTS SECONDS MAX_REQUESTS PATHS_FILE [STOP_FILE]`: CLIENTS
//! threads, each on its own keep-alive HTTP/1.1 connection to the loopback server, send
//! GETs for the paths in PATHS_FILE (one a line, taken in turn from a different start per
//! client) until SECONDS have passed, MAX_REQUESTS have been sent in all, or STOP_FILE
//! exists. Prints one JSON line: requests, seconds, requests/s, p50/p99/max latency in
//! ms, errors (anything but 200, or a broken connection) and the statuses seen.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

struct Outcome {
    latencies: Vec<Duration>,
    statuses: BTreeMap<String, usize>,
}

fn connect(addr: &str) -> std::io::Result<(TcpStream, BufReader<TcpStream>)> {
    let stream = TcpStream::connect(addr)?;
    stream.set_nodelay(true)?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let reader = BufReader::new(stream.try_clone()?);
    Ok((stream, reader))
}

/// One GET on the connection; the status, after reading the whole body.
fn get(stream: &mut TcpStream, reader: &mut BufReader<TcpStream>, host: &str, path: &str) -> std::io::Result<u16> {
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n")?;
    let mut line = String::new();
    reader.read_line(&mut line)?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
    let mut length = None;
    loop {
        line.clear();
        reader.read_line(&mut line)?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse::<usize>().ok();
            }
        }
    }
    let length = length.ok_or_else(|| std::io::Error::other("no content-length"))?;
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(status)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 6 {
        eprintln!("usage: loadgen BASE_URL CLIENTS SECONDS MAX_REQUESTS PATHS_FILE [STOP_FILE]");
        std::process::exit(2);
    }
    let host = args[1]
        .trim_start_matches("http://")
        .trim_end_matches('/')
        .to_string();
    let clients: usize = args[2].parse().expect("CLIENTS");
    let seconds: f64 = args[3].parse().expect("SECONDS");
    let max: usize = args[4].parse().expect("MAX_REQUESTS");
    let paths: Vec<String> = std::fs::read_to_string(&args[5])
        .expect("PATHS_FILE")
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect();
    assert!(!paths.is_empty(), "no paths");
    let stop_file = args.get(6).map(PathBuf::from);

    let paths = Arc::new(paths);
    let sent = Arc::new(AtomicUsize::new(0));
    let stop = Arc::new(AtomicBool::new(false));
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(seconds);
    {
        let stop = Arc::clone(&stop);
        std::thread::spawn(move || loop {
            if Instant::now() >= deadline || stop_file.as_ref().is_some_and(|f| f.exists()) {
                stop.store(true, Ordering::Relaxed);
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        });
    }
    let workers: Vec<_> = (0..clients)
        .map(|c| {
            let (paths, sent, stop, host) =
                (Arc::clone(&paths), Arc::clone(&sent), Arc::clone(&stop), host.clone());
            std::thread::spawn(move || {
                let mut out = Outcome {
                    latencies: Vec::new(),
                    statuses: BTreeMap::new(),
                };
                let mut conn = None;
                let mut i = c * 7919 % paths.len();
                while !stop.load(Ordering::Relaxed) && sent.fetch_add(1, Ordering::Relaxed) < max {
                    let path = &paths[i % paths.len()];
                    i += 1;
                    let t = Instant::now();
                    let result = (|| {
                        if conn.is_none() {
                            conn = Some(connect(&host)?);
                        }
                        let (s, r) = conn.as_mut().unwrap();
                        get(s, r, &host, path)
                    })();
                    let key = match result {
                        Ok(status) => status.to_string(),
                        Err(e) => {
                            conn = None;
                            format!("io: {}", e.kind())
                        }
                    };
                    out.latencies.push(t.elapsed());
                    *out.statuses.entry(key).or_default() += 1;
                }
                out
            })
        })
        .collect();
    let mut latencies = Vec::new();
    let mut statuses: BTreeMap<String, usize> = BTreeMap::new();
    for w in workers {
        let out = w.join().expect("a client thread panicked");
        latencies.extend(out.latencies);
        for (k, v) in out.statuses {
            *statuses.entry(k).or_default() += v;
        }
    }
    let elapsed = start.elapsed().as_secs_f64();
    latencies.sort();
    let ms = |q: f64| {
        if latencies.is_empty() {
            return 0.0;
        }
        let i = ((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1;
        latencies[i].as_secs_f64() * 1000.0
    };
    let n = latencies.len();
    let errors: usize = statuses
        .iter()
        .filter(|(k, _)| k.as_str() != "200")
        .map(|(_, v)| v)
        .sum();
    let statuses_json: Vec<String> = statuses.iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
    println!(
        "{{\"clients\": {clients}, \"requests\": {n}, \"seconds\": {elapsed:.2}, \"rps\": {:.0}, \
         \"p50_ms\": {:.2}, \"p99_ms\": {:.2}, \"max_ms\": {:.2}, \"errors\": {errors}, \"statuses\": {{{}}}}}",
        n as f64 / elapsed,
        ms(0.50),
        ms(0.99),
        ms(1.0),
        statuses_json.join(", ")
    );
}
