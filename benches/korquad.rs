//! Korean retrieval on KorQuAD 1.0 dev (as BEIR: 964 paragraphs, 5,774 questions, one
//! relevant paragraph each) with accord's own Korean analysis: how much the parts of
//! compounds (`analysis::korean`) add, and at which weight.
//!
//! ```sh
//! cargo bench --bench korquad                   # reads ../shared/eval/external/korquad1-dev
//! ACCORD_KORQUAD=path/to/korquad1-dev cargo bench --bench korquad
//! ```
//! Each question word is searched as accord searches a word: its exact form (weight 2)
//! and its stems (1) as one disjunction with a 0.1 tie-breaker, plus, in the variants
//! with parts, its stems among the index's parts at the given weight; the words are
//! OR'ed and ranked by BM25. Prints a Markdown table; says so and exits 0 when the data
//! is not there.

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::time::Instant;

use accord::analysis::{self, Analyzed, Analyzer, Form};
use accord::lang::Lang;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::PreTokenizedString;
use tantivy::{Index, TantivyDocument, Term};

fn data_dir() -> PathBuf {
    std::env::var_os("ACCORD_KORQUAD")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/external/korquad1-dev")
        })
}

fn jsonl(path: &Path) -> Option<Vec<serde_json::Value>> {
    let file = std::fs::File::open(path).ok()?;
    Some(
        std::io::BufReader::new(file)
            .lines()
            .map_while(Result::ok)
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| serde_json::from_str(&l).ok())
            .collect(),
    )
}

struct Data {
    corpus: Vec<(String, String)>,
    queries: Vec<(String, String)>,
    qrels: HashMap<String, HashSet<String>>,
}

fn load(dir: &Path) -> Option<Data> {
    let s = |v: &serde_json::Value, k: &str| v[k].as_str().unwrap_or("").to_string();
    let corpus = jsonl(&dir.join("corpus.jsonl"))?
        .iter()
        .map(|v| (s(v, "_id"), format!("{}\n{}", s(v, "title"), s(v, "text"))))
        .collect();
    let queries = jsonl(&dir.join("queries.jsonl"))?
        .iter()
        .map(|v| (s(v, "_id"), s(v, "text")))
        .collect();
    let mut qrels: HashMap<String, HashSet<String>> = HashMap::new();
    for entry in std::fs::read_dir(dir.join("qrels")).ok()?.flatten() {
        let text = std::fs::read_to_string(entry.path()).ok()?;
        for line in text.lines() {
            let cells: Vec<&str> = line.split('\t').collect();
            if cells.len() >= 3 && cells[2].trim().parse::<f64>().is_ok_and(|s| s > 0.0) {
                qrels
                    .entry(cells[0].to_string())
                    .or_default()
                    .insert(cells[1].to_string());
            }
        }
    }
    Some(Data {
        corpus,
        queries,
        qrels,
    })
}

/// The body tokens of a Korean text, with or without its parts.
fn pre_tokenized(text: &str, parts: bool) -> PreTokenizedString {
    let part_mark = analysis::part_mark(Lang::Ko);
    let tokens = analysis::tokens(&mut analysis::index_analyzer(Lang::Ko), text)
        .into_iter()
        .filter(|t| parts || part_mark.is_none_or(|m| !t.text.starts_with(m)))
        .collect();
    PreTokenizedString {
        text: text.to_string(),
        tokens,
    }
}

struct Row {
    ndcg10: f64,
    r100: f64,
    mrr10: f64,
    terms: u64,
    index_s: f64,
}

fn evaluate(data: &Data, index_parts: bool, part_boost: Option<f32>) -> Row {
    let mut schema = Schema::builder();
    let body = schema.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_index_option(IndexRecordOption::WithFreqsAndPositions),
        ),
    );
    let index = Index::create_in_ram(schema.build());
    let t = Instant::now();
    let mut writer = index.writer_with_num_threads(1, 100_000_000).unwrap();
    for (_, text) in &data.corpus {
        let mut doc = TantivyDocument::default();
        doc.add_pre_tokenized_text(body, pre_tokenized(text, index_parts));
        writer.add_document(doc).unwrap();
    }
    writer.commit().unwrap();
    let index_s = t.elapsed().as_secs_f64();
    let searcher = index.reader().unwrap().searcher();
    let terms = searcher
        .segment_readers()
        .iter()
        .map(|s| s.inverted_index(body).unwrap().terms().num_terms() as u64)
        .sum();
    let term = |text: &str, boost: f32| -> Box<dyn Query> {
        Box::new(BoostQuery::new(
            Box::new(TermQuery::new(
                Term::from_field_text(body, text),
                IndexRecordOption::WithFreqs,
            )),
            boost,
        ))
    };
    let (stem_mark, part_mark) = (
        analysis::stem_mark(Lang::Ko),
        analysis::part_mark(Lang::Ko).unwrap_or('\u{4}'),
    );
    let mut analyzed = Analyzed::default();
    let (mut ndcg, mut recall, mut mrr, mut n) = (0.0, 0.0, 0.0, 0usize);
    for (id, question) in &data.queries {
        let Some(relevant) = data.qrels.get(id) else {
            continue;
        };
        n += 1;
        Analyzer::new(Lang::Ko).analyze(question, &mut analyzed);
        let mut words: Vec<Vec<Box<dyn Query>>> = Vec::new();
        let mut seen = HashSet::new();
        let mut position = u32::MAX;
        for (t, text) in analyzed.iter() {
            if t.form == Form::Part {
                continue;
            }
            if t.position != position {
                position = t.position;
                words.push(Vec::new());
                seen.clear();
            }
            let alternatives = words.last_mut().expect("pushed");
            let mut add = |spelling: String, boost: f32| {
                if seen.insert(spelling.clone()) {
                    alternatives.push(term(&spelling, boost));
                }
            };
            match t.form {
                Form::Exact | Form::Folded => add(text.to_string(), 2.0),
                _ => {
                    add(format!("{stem_mark}{text}"), 1.0);
                    add(text.to_string(), 1.0);
                    if let Some(b) = part_boost {
                        add(format!("{part_mark}{text}"), b);
                    }
                }
            }
        }
        let clauses: Vec<(Occur, Box<dyn Query>)> = words
            .into_iter()
            .filter(|w| !w.is_empty())
            .map(|w| {
                (
                    Occur::Should,
                    Box::new(DisjunctionMaxQuery::with_tie_breaker(w, 0.1)) as Box<dyn Query>,
                )
            })
            .collect();
        let hits = searcher
            .search(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(100).order_by_score(),
            )
            .unwrap();
        let ranked: Vec<&str> = hits
            .iter()
            .map(|(_, a)| data.corpus[a.doc_id as usize].0.as_str())
            .collect();
        let dcg: f64 = ranked
            .iter()
            .take(10)
            .enumerate()
            .filter(|(_, d)| relevant.contains(**d))
            .map(|(i, _)| 1.0 / ((i + 2) as f64).log2())
            .sum();
        let idcg: f64 = (0..relevant.len().min(10))
            .map(|i| 1.0 / ((i + 2) as f64).log2())
            .sum();
        ndcg += dcg / idcg;
        recall +=
            ranked.iter().filter(|d| relevant.contains(**d)).count() as f64 / relevant.len() as f64;
        if let Some(i) = ranked.iter().take(10).position(|d| relevant.contains(*d)) {
            mrr += 1.0 / (i + 1) as f64;
        }
    }
    let n = n.max(1) as f64;
    Row {
        ndcg10: ndcg / n,
        r100: recall / n,
        mrr10: mrr / n,
        terms,
        index_s,
    }
}

fn main() {
    let dir = data_dir();
    let Some(data) = load(&dir) else {
        println!(
            "KorQuAD not found at {} (set ACCORD_KORQUAD): Korean benchmark skipped",
            dir.display()
        );
        return;
    };
    println!(
        "KorQuAD 1.0 dev: {} paragraphs, {} questions\n",
        data.corpus.len(),
        data.queries.len()
    );
    println!("| variant | nDCG@10 | R@100 | MRR@10 | unique terms | index time |");
    println!("|---|---|---|---|---|---|");
    for (name, index_parts, boost) in [
        ("particles stripped, no parts indexed", false, None),
        ("parts indexed, not searched", true, None),
        ("parts searched at 0.1", true, Some(0.1)),
        ("parts searched at 0.3 (accord)", true, Some(0.3)),
        ("parts searched at 1.0 (as stems)", true, Some(1.0)),
    ] {
        let r = evaluate(&data, index_parts, boost);
        println!(
            "| {name} | {:.4} | {:.4} | {:.4} | {} | {:.2} s |",
            r.ndcg10, r.r100, r.mrr10, r.terms, r.index_s
        );
    }
}
