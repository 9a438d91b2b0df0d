//! One file per subcommand.

pub mod align;
pub mod compare;
pub mod completions;
pub mod docs;
pub mod index;
pub mod man;
pub mod search;
pub mod serve;

use std::path::Path;

/// The path to show for a file under the corpus folder.
pub fn shown_path(corpus: &Path, rel: &str) -> String {
    if corpus == Path::new(".") {
        rel.to_string()
    } else {
        corpus.join(rel).display().to_string()
    }
}
