//! `accord man [COMMAND]`: the manual page in roff, generated at run time from the same
//! clap definitions as `--help` (as `rg --generate man` does), so the page installed
//! always matches the binary and the build needs no extra step.

use std::io::Write;

use anyhow::{bail, Result};
use clap::CommandFactory;

use crate::cli::{Cli, ManArgs};
use crate::Outcome;

/// Runs `accord man`.
pub fn run(args: &ManArgs) -> Result<Outcome> {
    let mut accord = Cli::command();
    accord.build();
    let (command, title) = match &args.command {
        None => (accord.clone(), "accord".to_string()),
        Some(name) => {
            let Some(command) = accord.find_subcommand(name) else {
                let known: Vec<&str> = accord
                    .get_subcommands()
                    .map(|c| c.get_name())
                    .filter(|n| *n != "help")
                    .collect();
                bail!(
                    "unknown command '{name}'; choose from: {}",
                    known.join(", ")
                );
            };
            let command = command.clone().version(env!("CARGO_PKG_VERSION"));
            (command, format!("accord-{name}"))
        }
    };
    let mut page = Vec::new();
    let man = clap_mangen::Man::new(command.clone()).title(title);
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    if command.get_subcommands().next().is_some() {
        man.render_subcommands_section(&mut page)?;
    }
    if let Some(after) = command.get_after_help() {
        page.extend(sections(&after.to_string()).as_bytes());
    }
    man.render_version_section(&mut page)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    out.write_all(&page)?;
    out.flush()?;
    Ok(Outcome::Found)
}

/// The text after `--help`'s options ("Examples:", "How to read it:"...) as roff
/// sections, kept as laid out (`.nf`): roff would otherwise run the lines together.
fn sections(text: &str) -> String {
    let mut out = String::new();
    let mut open = false;
    for line in text.lines() {
        if let Some(heading) = line.strip_suffix(':').filter(|_| !line.starts_with(' ')) {
            if open {
                out.push_str(".fi\n");
            }
            out.push_str(&format!(".SH {}\n.nf\n", heading.to_uppercase()));
            open = true;
        } else if !open {
            // Text before any heading: a paragraph of its own.
            out.push_str(&format!(".SH NOTES\n.nf\n{}\n", escape(line)));
            open = true;
        } else {
            out.push_str(&escape(line));
            out.push('\n');
        }
    }
    if open {
        out.push_str(".fi\n");
    }
    out
}

/// A line of text as roff reads it literally.
fn escape(line: &str) -> String {
    let body = line.replace('\\', "\\e").replace('-', "\\-");
    if body.starts_with('.') || body.starts_with('\'') {
        format!("\\&{body}")
    } else {
        body
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn help_sections_become_literal_roff_sections() {
        let roff = sections("How to read it:\n  0.84 ⟷  a\n.dot -x\nExamples:\n  accord index");
        assert_eq!(
            roff,
            ".SH HOW TO READ IT\n.nf\n  0.84 ⟷  a\n\\&.dot \\-x\n.fi\n.SH EXAMPLES\n.nf\n  accord index\n.fi\n"
        );
    }
}
