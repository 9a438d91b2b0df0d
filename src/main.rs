//! The `accord` binary: parses arguments, runs a command, maps the outcome to an exit
//! code (0 hits, 1 no hits, 2 error) like grep and ripgrep. A closed pipe (`| head`)
//! ends the program quietly with success.

mod advice;
mod cli;
mod cmd;
mod help;

use std::io::IsTerminal;
use std::process::ExitCode;

use clap::Parser;

use accord::render::Style;
use cli::{Cli, ColorChoice, Command};

/// What a command concluded.
pub enum Outcome {
    /// Found something / did its job.
    Found,
    /// Ran fine, found nothing.
    NotFound,
}

fn style(choice: ColorChoice) -> Style {
    let color = match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    };
    Style { color }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

// The executable stays position-independent (Rust's default): linking with `-no-pie`
// saved about 0.3 ms of a 4.5 ms search (the relocation of ~23,000 pointers) but turns
// off address randomisation of the code of a tool that reads files from anywhere.

/// jemalloc rather than the system allocator: indexing allocates from several threads
/// at once (tantivy's arenas, passages, analysis buffers), and glibc's per-thread
/// arenas fragmented into 220 MB of resident memory where jemalloc keeps 150 MB on the
/// same 200 MB corpus (BENCHMARKS.md).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static GLOBAL: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// jemalloc's options: freed pages go back to the system after half a second rather
/// than ten, so the memory the indexing threads held is gone before the segments are
/// merged (which maps them into memory); measured 314 -> see BENCHMARKS.md.
#[cfg(not(target_env = "msvc"))]
#[allow(non_upper_case_globals)]
#[export_name = "_rjem_malloc_conf"]
pub static malloc_conf: &[u8; 36] = b"dirty_decay_ms:500,muzzy_decay_ms:0\0";

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return advice::usage_error(&err),
    };
    let style = style(cli.global.color);
    let result = match &cli.command {
        Command::Index(args) => cmd::index::run(&cli.global, args),
        Command::Search(args) => cmd::search::run(&cli.global, args, style),
        Command::Docs(args) => cmd::docs::run(&cli.global, args, style),
        Command::Compare(args) => cmd::compare::run(&cli.global, args, style),
        Command::Align(args) => cmd::align::run(&cli.global, args, style),
        Command::Timeline(args) => cmd::timeline::run(&cli.global, args, style),
        Command::Serve(args) => cmd::serve::run(&cli.global, args),
        Command::Completions(args) => cmd::completions::run(args),
        Command::Man(args) => cmd::man::run(args),
    };
    match result {
        Ok(Outcome::Found) => ExitCode::SUCCESS,
        Ok(Outcome::NotFound) => ExitCode::from(1),
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            advice::print(&err);
            ExitCode::from(2)
        }
    }
}
