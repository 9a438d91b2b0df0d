//! `accord search`: ranked passages, human or JSON Lines.

use std::io::{IsTerminal, Write};

use anyhow::Result;

use accord::index::read::{pending, Pending};
use accord::index::AccordIndex;
use accord::lang::Lang;
use accord::render::{self, Style};
use accord::search::{count_by_document, date_bound, search_explained, SearchOptions, Sort};
use accord::Error;

use crate::cli::{Global, SearchArgs, SortArg};
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
    let langs = args
        .lang
        .iter()
        .map(|l| l.parse::<Lang>())
        .collect::<std::result::Result<Vec<Lang>, Error>>()?;
    let query_lang = args
        .query_lang
        .as_deref()
        .map(str::parse::<Lang>)
        .transpose()?;
    if args.cite && args.json && args.explain {
        anyhow::bail!(
            "--explain cannot go with --cite --json: the citations are one CSL-JSON array, \
             with no room for the explanation; drop --explain, or --json to read both"
        );
    }
    let index = open_or_build(global)?;
    let query = args.query.join(" ");
    let opts = SearchOptions {
        limit: args.limit,
        offset: args.offset,
        langs,
        docs: args.doc.clone(),
        translate: !args.no_translate,
        dictionary: !args.no_dictionary,
        query_lang,
        exact: args.exact,
        since: args.since.as_deref().map(date_bound).transpose()?,
        until: args.until.as_deref().map(date_bound).transpose()?,
        sort: match args.sort {
            SortArg::Relevance => Sort::Relevance,
            SortArg::Date => Sort::Date,
        },
    };
    if args.files_with_matches || args.count {
        return documents(global, args, &index, &query, &opts);
    }
    let (found, explanation) = search_explained(&index, &query, &opts)?;
    let hits = &found.hits;
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
    let mut stale: Vec<&str> = hits
        .iter()
        .filter(|h| h.stale)
        .map(|h| h.path.as_str())
        .collect();
    if args.cite {
        let cited = index.cited_files(hits.iter().map(|h| h.doc.as_str()))?;
        let files: Vec<String> = hits.iter().map(file).collect();
        let citations: Vec<render::cite::Citation> = hits
            .iter()
            .zip(&files)
            .filter_map(|(hit, file)| {
                Some(render::cite::Citation {
                    hit,
                    source: cited.get(&hit.doc)?,
                    file,
                })
            })
            .collect();
        // A file whose text the index stores gives its hits text even once it changed:
        // only its citation can tell.
        stale.extend(
            hits.iter()
                .filter(|h| cited.get(&h.doc).is_some_and(|c| !c.current))
                .map(|h| h.path.as_str()),
        );
        if args.json {
            render::cite::json(&mut out, &citations)?;
        } else {
            let layout = render::Layout {
                width: crate::cmd::width(),
                heading: false,
            };
            render::cite::text(&mut out, &citations, style, layout)?;
        }
    } else if args.json {
        for hit in hits {
            render::json::hit(&mut out, hit, &file(hit), found.total)?;
        }
    } else {
        let layout = render::Layout {
            width: crate::cmd::width(),
            heading: args.heading || (!args.no_heading && std::io::stdout().is_terminal()),
        };
        render::text::hits(&mut out, hits, &file, style, layout)?;
    }
    out.flush()?;
    stale.sort_unstable();
    stale.dedup();
    let consequence = if args.cite {
        "its citations say so"
    } else {
        "so its hits show no text"
    };
    for path in stale {
        eprintln!(
            "accord: {} changed since it was indexed, {consequence}; \
             update the index with `accord index`",
            crate::cmd::shown_path(&global.corpus, path)
        );
    }
    if !args.json {
        if let Some(line) = totals(hits.len(), found.total, args.offset) {
            eprintln!("accord: {line}");
        }
    }
    if hits.is_empty() {
        eprintln!("accord: no hits; {}", explanation.summary());
    }
    pending_note(global, &index)?;
    Ok(if hits.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}

/// "10 of 34 hits; the next page: --offset 10", or None when nothing matched.
fn totals(shown: usize, total: usize, offset: usize) -> Option<String> {
    let plural = |n: usize| if n == 1 { "hit" } else { "hits" };
    if total == 0 {
        return None;
    }
    if shown == 0 {
        return Some(format!(
            "no hits past the first {offset}; {total} {} in all",
            plural(total)
        ));
    }
    let (first, last) = (offset + 1, offset + shown);
    Some(if offset == 0 && shown == total {
        format!("{total} {}", plural(total))
    } else if last < total {
        let range = if offset == 0 {
            format!("{shown}")
        } else {
            format!("{first}-{last}")
        };
        format!(
            "{range} of {total} {}; the next page: --offset {last}",
            plural(total)
        )
    } else {
        format!("{first}-{last} of {total} {}", plural(total))
    })
}

/// Says on stderr when the corpus folder has files the index does not reflect yet.
pub fn pending_note(global: &Global, index: &AccordIndex) -> Result<()> {
    let Some(p) = pending(index, &global.corpus)? else {
        return Ok(());
    };
    if let Some(line) = pending_line(&p) {
        eprintln!("accord: {line}; update the index with `accord index`");
    }
    Ok(())
}

/// "2 files not indexed yet, 1 changed since indexing", or None when all is indexed.
fn pending_line(p: &Pending) -> Option<String> {
    let files = |n: usize| {
        if n == 1 {
            "1 file".to_string()
        } else {
            format!("{n} files")
        }
    };
    let mut parts = Vec::new();
    if p.new > 0 {
        parts.push(format!("{} not indexed yet", files(p.new)));
    }
    if p.changed > 0 {
        parts.push(format!("{} changed since indexing", files(p.changed)));
    }
    if p.gone > 0 {
        parts.push(format!(
            "{} indexed but gone from the corpus",
            files(p.gone)
        ));
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// `-l` and `--count`: the matching documents, one a line.
fn documents(
    global: &Global,
    args: &SearchArgs,
    index: &AccordIndex,
    query: &str,
    opts: &SearchOptions,
) -> Result<Outcome> {
    let counts = count_by_document(index, query, opts)?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    for c in &counts {
        let file = crate::cmd::shown_path(&global.corpus, &c.path);
        if args.json {
            render::json::document_count(&mut out, c, &file)?;
        } else if args.count {
            writeln!(out, "{}:{}", render::clean(&file), c.count)?;
        } else {
            writeln!(out, "{}", render::clean(&file))?;
        }
    }
    out.flush()?;
    pending_note(global, index)?;
    Ok(if counts.is_empty() {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}

#[cfg(test)]
mod tests {
    use super::{pending_line, totals, Pending};

    #[test]
    fn pending_files_are_counted_in_one_line() {
        assert_eq!(pending_line(&Pending::default()), None);
        let p = Pending {
            new: 2,
            changed: 1,
            gone: 0,
        };
        assert_eq!(
            pending_line(&p).unwrap(),
            "2 files not indexed yet, 1 file changed since indexing"
        );
    }

    #[test]
    fn totals_say_how_many_and_where_the_next_page_starts() {
        assert_eq!(totals(0, 0, 0), None);
        assert_eq!(totals(3, 3, 0).unwrap(), "3 hits");
        assert_eq!(totals(1, 1, 0).unwrap(), "1 hit");
        assert_eq!(
            totals(10, 34, 0).unwrap(),
            "10 of 34 hits; the next page: --offset 10"
        );
        assert_eq!(
            totals(10, 34, 10).unwrap(),
            "11-20 of 34 hits; the next page: --offset 20"
        );
        assert_eq!(totals(4, 34, 30).unwrap(), "31-34 of 34 hits");
        assert_eq!(
            totals(0, 34, 40).unwrap(),
            "no hits past the first 40; 34 hits in all"
        );
    }
}
