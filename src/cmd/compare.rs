//! `accord compare`: two documents' best passages on a topic, side by side.

use std::io::{IsTerminal, Write};

use anyhow::{bail, Result};

use accord::compare::compare;
use accord::render::{self, Style};
use accord::search::SearchOptions;

use crate::cli::{CompareArgs, Global};
use crate::Outcome;

/// Runs `accord compare`.
pub fn run(global: &Global, args: &CompareArgs, style: Style) -> Result<Outcome> {
    let docs = match &args.docs {
        None => None,
        Some(spec) => match spec.split_once(',') {
            Some((a, b)) if !a.trim().is_empty() && !b.trim().is_empty() => {
                Some((a.trim().to_string(), b.trim().to_string()))
            }
            _ => bail!("--docs takes two document ids separated by a comma, e.g. --docs A,B (ids: `accord docs`)"),
        },
    };
    let index = crate::cmd::search::open_or_build(global)?;
    let query = args.query.join(" ");
    let base = SearchOptions {
        translate: !args.no_translate,
        ..SearchOptions::default()
    };
    let found = compare(
        &index,
        &query,
        docs.as_ref().map(|(a, b)| (a.as_str(), b.as_str())),
        args.limit.max(1),
        &base,
    )?;
    let Some(mut c) = found else {
        return Ok(Outcome::NotFound);
    };
    if docs.is_some() {
        // The library says who chose them in its terms; here the user did, with a flag.
        c.reason = "named with --docs".to_string();
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        let file = |h: &accord::search::Hit| crate::cmd::shown_path(&global.corpus, &h.path);
        render::json::comparison(&mut out, &c, file)?;
    } else {
        let width = std::io::stdout()
            .is_terminal()
            .then(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize))
            .flatten()
            .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()));
        let file = |rel: &str| crate::cmd::shown_path(&global.corpus, rel);
        render::compare::comparison(&mut out, &c, &file, width, style)?;
    }
    out.flush()?;
    Ok(Outcome::Found)
}
