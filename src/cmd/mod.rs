//! One file per subcommand.

pub mod align;
pub mod compare;
pub mod completions;
pub mod docs;
pub mod index;
pub mod man;
pub mod search;
pub mod serve;
pub mod timeline;

use std::path::Path;

/// The width to wrap human output to: the terminal's, else `COLUMNS` when set (as
/// shells set it for their own terminal), else none (a pipe: one line a paragraph).
pub fn width() -> Option<usize> {
    use std::io::IsTerminal;
    std::io::stdout()
        .is_terminal()
        .then(|| terminal_size::terminal_size().map(|(w, _)| w.0 as usize))
        .flatten()
        .or_else(|| std::env::var("COLUMNS").ok().and_then(|c| c.parse().ok()))
        .filter(|&w| w > 0)
}

/// The path to show for a file under the corpus folder.
pub fn shown_path(corpus: &Path, rel: &str) -> String {
    if corpus == Path::new(".") {
        rel.to_string()
    } else {
        corpus.join(rel).display().to_string()
    }
}
