//! `accord completions SHELL`: a completion script generated from the clap definitions,
//! so it always knows this binary's commands and options.

use std::io::Write;

use anyhow::Result;
use clap::CommandFactory;

use crate::cli::{Cli, CompletionsArgs};
use crate::Outcome;

/// Runs `accord completions`.
pub fn run(args: &CompletionsArgs) -> Result<Outcome> {
    let mut command = Cli::command();
    // Generated into memory first: clap_complete panics when its writer fails, and a
    // closed pipe (`| head`) is not an error.
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "accord", &mut script);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(&script)?;
    out.flush()?;
    Ok(Outcome::Found)
}
