//! `accord index`: build or update the index, with a progress bar on a terminal.

use std::io::IsTerminal;

use anyhow::Result;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use accord::index::build::{build, BuildOptions, BuildReport, Progress};

use crate::cli::{Global, IndexArgs};
use crate::Outcome;

/// A progress bar on stderr, by bytes, shown only on a terminal.
pub struct Bar(Option<ProgressBar>);

impl Bar {
    /// A bar when `enabled`, else nothing shown.
    pub fn new(enabled: bool) -> Bar {
        Bar(enabled.then(|| {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
            bar.set_style(
                ProgressStyle::with_template(
                    "indexing {bar:30} {bytes}/{total_bytes} {binary_bytes_per_sec} {wide_msg}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
            bar
        }))
    }
}

impl Progress for Bar {
    fn start(&mut self, _files: usize, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.set_length(bytes);
        }
    }
    fn advance(&mut self, rel: &str, bytes: u64) {
        if let Some(bar) = &self.0 {
            bar.set_message(rel.to_string());
            bar.inc(bytes);
        }
    }
    fn finish(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
    fn merging(&mut self, bytes: u64) {
        if let Some(bar) = &mut self.0 {
            let spinner =
                ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(8));
            spinner.set_style(
                ProgressStyle::with_template(
                    "{spinner} merging the index into one segment ({msg}) {elapsed}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
            );
            spinner.set_message(indicatif::HumanBytes(bytes).to_string());
            spinner.enable_steady_tick(std::time::Duration::from_millis(125));
            *bar = spinner;
        }
    }
    fn merged(&mut self) {
        if let Some(bar) = &self.0 {
            bar.finish_and_clear();
        }
    }
}

/// Files without a manifest entry listed one by one, at most.
const MAX_INFERRED_NOTICES: usize = 5;

/// Builds, printing warnings and notices to stderr; returns the report.
fn build_with_messages(global: &Global, rebuild: bool, quiet: bool) -> Result<BuildReport> {
    let opts = BuildOptions {
        corpus: global.corpus.clone(),
        index: global.index.clone(),
        rebuild,
    };
    let mut bar = Bar::new(!quiet && std::io::stderr().is_terminal());
    let report = build(&opts, &mut bar)?;
    print_messages(global, &report, quiet);
    Ok(report)
}

/// Prints a build's warnings, and its notices unless `quiet`, to stderr.
pub fn print_messages(global: &Global, report: &BuildReport, quiet: bool) {
    for s in &report.skipped {
        eprintln!(
            "accord: warning: skipped {}: {}",
            crate::cmd::shown_path(&global.corpus, &s.rel),
            s.reason
        );
    }
    if !quiet {
        for n in &report.notices {
            eprintln!("accord: notice: {n}");
        }
        // A corpus without a manifest would give a line per file: the first few, then
        // how many more.
        let shown = if report.inferred.len() > MAX_INFERRED_NOTICES {
            MAX_INFERRED_NOTICES - 1
        } else {
            report.inferred.len()
        };
        for n in &report.inferred[..shown] {
            eprintln!("accord: notice: {n}");
        }
        if shown < report.inferred.len() {
            eprintln!(
                "accord: notice: ... and {} more files without a manifest entry, indexed with ids, titles and languages inferred from their names and text; `accord docs` lists them, corpus/manifest.toml names them",
                report.inferred.len() - shown
            );
        }
    }
}

/// One line saying what the build did.
pub fn summary(report: &BuildReport) -> String {
    format!(
        "{} added, {} updated, {} removed, {} unchanged, {} skipped; {} passages from {:.1} KB in {:.2} s{}{}",
        report.added.len(),
        report.updated.len(),
        report.removed.len(),
        report.unchanged,
        report.skipped.len(),
        report.passages,
        report.bytes as f64 / 1024.0,
        report.elapsed.as_secs_f64(),
        if report.merging.is_zero() {
            String::new()
        } else {
            format!(" ({:.2} s merging)", report.merging.as_secs_f64())
        },
        match (report.committed, report.restamped) {
            (false, _) => String::from(" (nothing to do)"),
            (true, 0) => String::new(),
            (true, n) => format!(" ({n} touched but unchanged, re-stamped)"),
        }
    )
}

/// Runs `accord index`.
pub fn run(global: &Global, args: &IndexArgs) -> Result<Outcome> {
    let report = build_with_messages(global, args.rebuild, args.quiet)?;
    if !args.quiet {
        for rel in &report.removed {
            println!("removed {rel}");
        }
        println!("{}", summary(&report));
    }
    Ok(Outcome::Found)
}
