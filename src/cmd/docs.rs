//! `accord docs`: indexed documents, or what was set aside from them.

use std::io::Write;

use anyhow::Result;

use accord::index::read::{set_aside, unknown_document};
use accord::render::{self, Style};

use crate::cli::{DocsArgs, Global};
use crate::Outcome;

/// Runs `accord docs`.
pub fn run(global: &Global, args: &DocsArgs, style: Style) -> Result<Outcome> {
    let index = crate::cmd::search::open_or_build(global)?;
    let docs = index.documents()?;
    if let Some(id) = &args.doc {
        if !docs.iter().any(|d| &d.meta.id == id) {
            return Err(unknown_document(id, &docs).into());
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut printed = 0;
    if args.set_aside {
        for s in set_aside(&index, args.doc.as_deref())? {
            let file = crate::cmd::shown_path(&global.corpus, &s.path);
            if args.json {
                render::json::set_aside(&mut out, &s, &file)?;
            } else {
                render::text::set_aside(&mut out, &s, &file, style)?;
            }
            printed += 1;
        }
    } else {
        for d in docs
            .iter()
            .filter(|d| args.doc.as_ref().is_none_or(|id| &d.meta.id == id))
        {
            let file = crate::cmd::shown_path(&global.corpus, &d.meta.path);
            if args.json {
                render::json::document(&mut out, d, &file)?;
            } else {
                render::text::document(
                    &mut out,
                    d,
                    &file,
                    style,
                    render::Layout {
                        width: crate::cmd::width(),
                        heading: false,
                    },
                )?;
            }
            printed += 1;
        }
    }
    out.flush()?;
    Ok(if printed == 0 {
        Outcome::NotFound
    } else {
        Outcome::Found
    })
}
