//! Opening an index for searching, building it first when the folder has none: what
//! every reading command does, so a first search needs no separate indexing step.

use std::path::Path;

use super::build::{build, BuildOptions, BuildReport, Progress};
use super::AccordIndex;
use crate::error::{Error, Result};

/// An index opened by [`open_or_build`], with the report of the build that made it,
/// if one was needed.
pub struct Opened {
    /// The index, reading passage text from the corpus folder too.
    pub index: AccordIndex,
    /// The first build's report, when the folder held no index yet.
    pub built: Option<BuildReport>,
}

/// Opens the index in `index`, building it from `corpus` first when the folder holds
/// none yet (missing, or empty but for READMEs). Passage text is also read from
/// `corpus`, so an index and corpus moved together keep working.
///
/// `on_first_build(index, corpus)` is called just before such a build, so the caller
/// can tell its user why this call takes longer (the library prints nothing); the
/// build reports to `progress`. Any other state (damaged, old, foreign) is an error,
/// never rebuilt behind the caller's back.
pub fn open_or_build(
    index: &Path,
    corpus: &Path,
    progress: &mut dyn Progress,
    on_first_build: impl FnOnce(&Path, &Path),
) -> Result<Opened> {
    let (mut opened, built) = match AccordIndex::open(index) {
        Err(Error::NoIndex(_)) => {
            on_first_build(index, corpus);
            let report = build(
                &BuildOptions {
                    corpus: corpus.to_path_buf(),
                    index: index.to_path_buf(),
                    rebuild: false,
                },
                progress,
            )?;
            (AccordIndex::open(index)?, Some(report))
        }
        other => (other?, None),
    };
    opened.add_corpus(corpus);
    Ok(Opened {
        index: opened,
        built,
    })
}
