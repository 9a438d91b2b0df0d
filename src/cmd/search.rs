//! `accord search`: ranked passages, human or JSON Lines.

use std::io::{IsTerminal, Write};

use anyhow::Result;

use accord::index::AccordIndex;
use accord::lang::Lang;
use accord::render::{self, Style};
use accord::search::{search_explained, SearchOptions};

use crate::cli::{Global, SearchArgs};
use crate::Outcome;

/// Opens the index, building it first when there is none yet (and saying so).
pub fn open_or_build(global: &Global) -> Result<AccordIndex> {
    let mut bar = crate::cmd::index::Bar::new(std::io::stderr().is_terminal());
    let opened =
        accord::open_or_build(&global.index, &global.corpus, &mut bar, |index, corpus| {
            eprintln!(
                "accord: no index in {} yet; building it from {} (first use)",
                index.display(),
                corpus.display()
            )
        })?;
    if let Some(report) = &opened.built {
        crate::cmd::index::print_messages(global, report, false);
        eprintln!("accord: {}", crate::cmd::index::summary(report));
    }
    Ok(opened.index)
}

/// Runs `accord search`.
pub fn run(global: &Global, args: &SearchArgs, style: Style) -> Result<Outcome> {
    let lang = args.lang.as_deref().map(str::parse::<Lang>).transpose()?;
    let query_lang = args
        .query_lang
        .as_deref()
        .map(str::parse::<Lang>)
        .transpose()?;
    let index = open_or_build(global)?;
    let query = args.query.join(" ");
    let (hits, explanation) = search_explained(
        &index,
        &query,
        &SearchOptions {
            limit: args.limit,
            lang,
            doc: args.doc.clone(),
            translate: !args.no_translate,
            dictionary: !args.no_dictionary,
            query_lang,
        },
    )?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    if args.explain {
        if args.json {
            render::explain::json(&mut out, &explanation)?;
        } else {
            render::explain::text(&mut out, &explanation, style)?;
        }
    }
    let file = |hit: &accord::Hit| crate::cmd::shown_path(&global.corpus, &hit.path);
    if args.json {
        for hit in &hits {
            render::json::hit(&mut out, hit, &file(hit))?;
        }
    } else {
        let layout = render::Layout {
            width: crate::cmd::width(),
            heading: args.heading || (!args.no_heading && std::io::stdout().is_terminal()),
        };
        render::text::hits(&mut out, &hits, &file, style, layout)?;
    }
    out.flush()?;
    let mut stale: Vec<&str> = hits
        .iter()
        .filter(|h| h.stale)
        .map(|h| h.path.as_str())
        .collect();
    stale.sort_unstable();
    stale.dedup();
    for path in stale {
        eprintln!(
            "accord: {} changed since it was indexed, so its hits show no text; \
             update the index with `accord index`",
            crate::cmd::shown_path(&global.corpus, path)
        );
    }
    if hits.is_empty() {
        eprintln!("accord: no hits; {}", explanation.summary());
    }
    Ok(if hits.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}
