//! Searching accord's index from a program: open it (building it from the corpus on
//! first use), search in any of the three languages, and print each hit with where to
//! find it, then the same hits as the JSON contract.
//!
//! ```sh
//! cargo run --example search -- "submarine cables"
//! cargo run --example search -- półprzewodniki corpus/ index/
//! ```

use std::path::PathBuf;

use accord::{open_or_build, search, NoProgress, SearchOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let query = args
        .next()
        .ok_or("usage: search QUERY [CORPUS_DIR] [INDEX_DIR]")?;
    let corpus = PathBuf::from(args.next().unwrap_or_else(|| "corpus".into()));
    let index = PathBuf::from(args.next().unwrap_or_else(|| "index".into()));

    let opened = open_or_build(&index, &corpus, &mut NoProgress, |index, corpus| {
        eprintln!(
            "no index in {} yet: building it from {}",
            index.display(),
            corpus.display()
        )
    })?;
    if let Some(report) = &opened.built {
        eprintln!(
            "indexed {} passages of {} files",
            report.passages,
            report.added.len()
        );
    }

    let opts = SearchOptions {
        limit: 5,
        ..SearchOptions::default()
    };
    let found = search(&opened.index, &query, &opts)?;
    let hits = &found.hits;
    eprintln!("{} of {} hits", hits.len(), found.total);
    if hits.is_empty() {
        println!("no hits for {query:?}");
    }
    for hit in hits {
        println!(
            "{}. [{}] {} ({}:{}-{})",
            hit.rank, hit.lang, hit.title, hit.path, hit.line_start, hit.line_end
        );
        println!("   {}", hit.snippet);
        for via in &hit.translations {
            println!("   via {via}");
        }
    }
    for hit in hits {
        let file = corpus.join(&hit.path).display().to_string();
        println!(
            "{}",
            serde_json::to_string(&accord::wire::Hit::new(hit, &file))?
        );
    }
    Ok(())
}
