//! `accord timeline`: a commitment's passages oldest first, with the words each
//! statement added and dropped; human or JSON Lines.

use std::io::Write;

use anyhow::Result;

use accord::lang::Lang;
use accord::render::{self, Style};
use accord::search::{date_bound, SearchOptions};
use accord::timeline::{timeline, TimelineOptions};
use accord::Error;

use crate::cli::{Global, TimelineArgs};
use crate::Outcome;

/// Runs `accord timeline`.
pub fn run(global: &Global, args: &TimelineArgs, style: Style) -> Result<Outcome> {
    let langs = args
        .lang
        .iter()
        .map(|l| l.parse::<Lang>())
        .collect::<std::result::Result<Vec<Lang>, Error>>()?;
    let index = crate::cmd::search::open_or_build(global)?;
    let query = args.query.join(" ");
    let opts = TimelineOptions {
        search: SearchOptions {
            langs,
            docs: args.doc.clone(),
            translate: !args.no_translate,
            exact: args.exact,
            since: args.since.as_deref().map(date_bound).transpose()?,
            until: args.until.as_deref().map(date_bound).transpose()?,
            ..SearchOptions::default()
        },
        per_document: args.limit,
        min_coverage: args.min_coverage,
        min_relative_score: args.min_score,
    };
    let t = timeline(&index, &query, &opts)?;
    let file = |e: &accord::timeline::Entry| crate::cmd::shown_path(&global.corpus, &e.hit.path);
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.json {
        for e in &t.entries {
            render::json::timeline_entry(&mut out, e, &file(e))?;
        }
    } else {
        let layout = render::Layout {
            width: crate::cmd::width(),
            heading: true,
        };
        render::timeline::timeline(&mut out, &t, &file, style, layout)?;
    }
    out.flush()?;
    let docs = {
        let mut d: Vec<&str> = t.entries.iter().map(|e| e.hit.doc.as_str()).collect();
        d.dedup();
        d.len()
    };
    if t.entries.is_empty() {
        if t.candidates > 0 {
            eprintln!(
                "accord: no passage on the timeline: {} hits, none matching enough of the query \
                 (lower --min-coverage or --min-score to see weaker ones)",
                t.candidates
            );
        } else {
            eprintln!("accord: no passage matches {query:?}");
        }
    } else if !args.json {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        let mut line = format!(
            "{} in {}, oldest first ({} hits before the relevance cut)",
            plural(t.entries.len(), "passage", "passages"),
            plural(docs, "statement", "statements"),
            t.candidates
        );
        if t.undated > 0 {
            line.push_str(&format!(
                "; {} without a date, listed last",
                plural(t.undated, "statement", "statements")
            ));
        }
        eprintln!("accord: {line}");
    }
    crate::cmd::search::pending_note(global, &index)?;
    Ok(if t.entries.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}
