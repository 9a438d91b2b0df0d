//! Cross-lingual retrieval on PUD (Parallel Universal Dependencies): 1,000 sentences
//! aligned in English, Polish and Korean. Query with a sentence in one language, find
//! its counterpart among the 1,000 of another; recall@10 and MRR@10 in every direction
//! (EN<->PL, EN<->KO, PL<->KO), translation off and on (glossary only, glossary +
//! dictionaries).
//!
//! ```sh
//! cargo bench --bench pud                       # reads ../shared/eval/external/pud
//! ACCORD_PUD=path/to/pud.en-pl-ko.jsonl cargo bench --bench pud
//! ACCORD_PUD_DIRECTIONS=en-ko,ko-en ACCORD_PUD_MODES=dictionary cargo bench --bench pud
//! ```
//! `ACCORD_PUD_DIRECTIONS` (comma-separated `from-to`) and `ACCORD_PUD_MODES` (`off`,
//! `glossary`, `dictionary`) restrict the table. Prints a Markdown table. Says so and
//! exits 0 when the data is not there.

use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Instant;

use accord::index::build::{build, BuildOptions, NoProgress};
use accord::index::AccordIndex;
use accord::lang::Lang;
use accord::search::{search, SearchOptions};

fn data_path() -> PathBuf {
    std::env::var_os("ACCORD_PUD")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/eval/external/pud/pud.en-pl-ko.jsonl")
        })
}

/// The sentence as a query of words: quotes, parentheses and operators made literal.
fn plain_query(text: &str) -> String {
    text.split_whitespace()
        .map(|w| {
            let w: String = w
                .chars()
                .map(|c| {
                    if "\"“”„«»()".contains(c) {
                        ' '
                    } else {
                        c
                    }
                })
                .collect();
            let w = w.trim().trim_start_matches(['+', '-']).to_string();
            match w.as_str() {
                "AND" | "OR" | "NOT" => w.to_lowercase(),
                _ => w,
            }
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn index_language(
    sentences: &[(String, HashMap<Lang, String>)],
    lang: Lang,
    dir: &std::path::Path,
) -> AccordIndex {
    let corpus = dir.join(format!("corpus-{lang}"));
    std::fs::create_dir_all(&corpus).unwrap();
    let mut manifest = String::new();
    for (id, texts) in sentences {
        std::fs::write(corpus.join(format!("{id}.txt")), &texts[&lang]).unwrap();
        manifest.push_str(&format!(
            "[[document]]\nfile = \"{id}.txt\"\nid = \"{id}\"\ntitle = \"{id}\"\npublisher = \"PUD\"\nlang = \"{lang}\"\nforce_lang = true\n\n"
        ));
    }
    std::fs::write(corpus.join("manifest.toml"), manifest).unwrap();
    let index = dir.join(format!("index-{lang}"));
    build(
        &BuildOptions {
            corpus,
            index: index.clone(),
            rebuild: true,
        },
        &mut NoProgress,
    )
    .unwrap();
    AccordIndex::open(&index).unwrap()
}

fn main() {
    let path = data_path();
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!(
            "PUD not found at {} (set ACCORD_PUD): cross-lingual benchmark skipped",
            path.display()
        );
        return;
    };
    let mut sentences = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("PUD line is JSON");
        let mut texts = HashMap::new();
        for lang in Lang::ALL {
            texts.insert(
                lang,
                v[lang.code()].as_str().unwrap_or_default().to_string(),
            );
        }
        sentences.push((
            v["sent_id"]
                .as_str()
                .unwrap_or_default()
                .replace(['/', '.'], "_"),
            texts,
        ));
    }
    let dir = tempfile::tempdir().unwrap();
    let mut indexes = HashMap::new();
    for lang in [Lang::Pl, Lang::En, Lang::Ko] {
        indexes.insert(lang, index_language(&sentences, lang, dir.path()));
    }
    println!(
        "PUD: {} sentences per language, {}",
        sentences.len(),
        path.display()
    );
    println!();
    println!("| direction | translation | recall@10 | MRR@10 | ms/query |");
    println!("|---|---|---:|---:|---:|");
    let wanted = |var: &str, name: &str| {
        std::env::var(var).map_or(true, |list| list.split(',').any(|x| x.trim() == name))
    };
    for (from, to) in [
        (Lang::En, Lang::Pl),
        (Lang::Pl, Lang::En),
        (Lang::En, Lang::Ko),
        (Lang::Ko, Lang::En),
        (Lang::Pl, Lang::Ko),
        (Lang::Ko, Lang::Pl),
    ] {
        if !wanted("ACCORD_PUD_DIRECTIONS", &format!("{from}-{to}")) {
            continue;
        }
        for (mode, label, translate, dictionary) in [
            ("off", "off", false, false),
            ("glossary", "glossary", true, false),
            ("dictionary", "glossary + dictionaries", true, true),
        ] {
            if !wanted("ACCORD_PUD_MODES", mode) {
                continue;
            }
            let index = &indexes[&to];
            let opts = SearchOptions {
                limit: 10,
                translate,
                dictionary,
                query_lang: Some(from),
                ..SearchOptions::default()
            };
            let (mut found, mut rr) = (0usize, 0f64);
            let started = Instant::now();
            for (id, texts) in &sentences {
                let q = plain_query(&texts[&from]);
                let hits = search(index, &q, &opts).map(|f| f.hits).unwrap_or_default();
                if let Some(rank) = hits.iter().position(|h| &h.doc == id) {
                    found += 1;
                    rr += 1.0 / (rank + 1) as f64;
                }
            }
            let n = sentences.len() as f64;
            let ms = started.elapsed().as_secs_f64() * 1000.0 / n;
            println!(
                "| {}->{} | {label} | {:.3} | {:.3} | {ms:.2} |",
                from.code(),
                to.code(),
                found as f64 / n,
                rr / n
            );
        }
    }
}
