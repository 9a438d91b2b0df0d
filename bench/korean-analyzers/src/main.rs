//! Benchmark of Korean analyzers for accord on KorQuAD 1.0 dev (BEIR layout) with tantivy BM25.
//!
//! korean-analyzers --data /work/shared/eval/external/korquad1-dev [--analyzers A,C,D3,B1,B2] [--no-title]
//! korean-analyzers startup <ANALYZER>      (fresh-process start-up: build analyzer + tokenize one sentence)
//! korean-analyzers tokens <ANALYZER> TEXT  (print tokens)

mod korean;

use std::collections::{HashMap, HashSet};
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::exit;
use std::time::Instant;

use korean::{KoreanTokenizer, VecTokenStream};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, Schema, TextFieldIndexing, TextOptions};
use tantivy::tokenizer::{TextAnalyzer, Token, Tokenizer};
use tantivy::{doc, Index, Term};

const SENTENCE: &str = "한국과 유럽연합은 반도체 협력을 강화하기로 합의했다";

// ---------------------------------------------------------------- lindera (B)
#[cfg(feature = "lindera")]
mod lind {
    use super::korean::{script_runs, VecTokenStream};
    use lindera::tokenizer::{DictionaryConfig, Tokenizer as LTokenizer, TokenizerConfig};
    use lindera::DictionaryKind;
    use std::sync::Arc;
    use tantivy::tokenizer::{Token, TokenStream as _, Tokenizer};
    use unicode_segmentation::UnicodeSegmentation;

    pub fn load() -> LTokenizer {
        let config = TokenizerConfig {
            dictionary: DictionaryConfig { kind: Some(DictionaryKind::KoDic), path: None },
            user_dictionary: None,
            mode: lindera::mode::Mode::Normal,
        };
        LTokenizer::from_config(config).expect("load ko-dic")
    }

    /// Which morphemes to keep.
    #[derive(Clone, Copy, Debug)]
    pub enum Keep {
        /// B1: every morpheme except whitespace / punctuation.
        All,
        /// B2: drop particles (J*), endings (E*) and symbols (S*).
        Content,
    }

    #[derive(Clone)]
    pub struct LinderaKo {
        pub tok: Arc<LTokenizer>,
        pub keep: Keep,
    }

    fn keep_tag(keep: Keep, tag: &str) -> bool {
        match keep {
            Keep::All => true,
            Keep::Content => {
                // compound tags like "VV+EP": judge by the first part
                let first = tag.split('+').next().unwrap_or(tag);
                !(first.starts_with('J') || first.starts_with('E') || first.starts_with('S'))
            }
        }
    }

    impl LinderaKo {
        pub fn tokens(&self, text: &str) -> Vec<Token> {
            let mut out = Vec::new();
            let mut pos = 0usize;
            for (woff, word) in text.unicode_word_indices() {
                for (roff, run, hangul) in script_runs(word) {
                    let offset = woff + roff;
                    if !hangul {
                        out.push(Token {
                            offset_from: offset,
                            offset_to: offset + run.len(),
                            position: pos,
                            text: run.to_lowercase(),
                            position_length: 1,
                        });
                        pos += 1;
                        continue;
                    }
                    let toks = self.tok.tokenize(run).expect("tokenize");
                    for mut t in toks {
                        let surface = t.get_text().to_string();
                        if surface.trim().is_empty() || !surface.chars().any(|c| c.is_alphanumeric()) {
                            continue;
                        }
                        let tag = t
                            .get_details()
                            .and_then(|d| d.first().map(|s| s.to_string()))
                            .unwrap_or_else(|| "UNK".into());
                        if !keep_tag(self.keep, &tag) {
                            continue;
                        }
                        out.push(Token {
                            offset_from: offset + t.byte_start,
                            offset_to: offset + t.byte_end,
                            position: pos,
                            text: surface.to_lowercase(),
                            position_length: 1,
                        });
                        pos += 1;
                    }
                }
            }
            out
        }

        /// Tagged morphemes of a text (for display).
        pub fn tagged(&self, text: &str) -> Vec<String> {
            self.tok
                .tokenize(text)
                .expect("tokenize")
                .into_iter()
                .map(|mut t| {
                    let s = t.get_text().to_string();
                    let tag = t.get_details().and_then(|d| d.first().map(|s| s.to_string())).unwrap_or_default();
                    format!("{s}/{tag}")
                })
                .collect()
        }
    }

    impl Tokenizer for LinderaKo {
        type TokenStream<'a> = VecTokenStream;
        fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
            VecTokenStream::new(self.tokens(text))
        }
    }
    #[allow(dead_code)]
    fn _assert(t: &mut VecTokenStream) -> bool {
        t.advance()
    }
}

// ---------------------------------------------------------------- analyzers
#[derive(Clone)]
enum Analyzer {
    Ko(KoreanTokenizer),
    #[cfg(feature = "lindera")]
    Lindera(lind::LinderaKo),
}

impl Analyzer {
    fn tokens(&self, text: &str) -> Vec<Token> {
        match self {
            Analyzer::Ko(k) => k.tokens(text),
            #[cfg(feature = "lindera")]
            Analyzer::Lindera(l) => l.tokens(text),
        }
    }
}

impl Tokenizer for Analyzer {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream::new(self.tokens(text))
    }
}

const ALL: &[(&str, &str)] = &[
    ("A", "Hangul character bigrams"),
    ("B1", "lindera ko-dic, all morphemes"),
    ("B2", "lindera ko-dic, no J*/E*/S* morphemes"),
    ("C", "josa stripping: surface + stem (particles, copula, 하다/되다 endings)"),
    ("Cv", "C + generic verb endings list"),
    ("C1", "C with stem >= 1 syllable even for 1-syllable particles"),
    ("D3", "C + bigrams of stems of >= 3 syllables"),
    ("D4", "C + bigrams of stems of >= 4 syllables"),
    ("AC", "C + bigrams of every surface word of >= 3 syllables (A and C combined)"),
    ("D3s5", "two fields: C in body + bigrams of stems >= 3 syl. in a gram field, boost 0.5 (D3s3 = 0.3, D3s10 = 1.0, ...)"),
    ("D3q", "D3 at index time, stem-only twin at query time (also Cq, D4q)"),
    ("D3v", "Cv + bigrams of stems of >= 3 syllables"),
];

#[cfg(feature = "lindera")]
static LINDERA: std::sync::OnceLock<std::sync::Arc<lindera::tokenizer::Tokenizer>> = std::sync::OnceLock::new();

fn make(name: &str) -> Option<Analyzer> {
    Some(match name {
        "A" => Analyzer::Ko(KoreanTokenizer::bigram()),
        "C" => Analyzer::Ko(KoreanTokenizer::josa()),
        "Cv" => Analyzer::Ko(KoreanTokenizer::josa().with_verb_endings()),
        "C1" => Analyzer::Ko(KoreanTokenizer::josa().with_min_stem_single(1)),
        "D3" => Analyzer::Ko(KoreanTokenizer::josa_bigram(3)),
        "D4" => Analyzer::Ko(KoreanTokenizer::josa_bigram(4)),
        // query-side twins (for `tokens` / `startup`; `evaluate` indexes with the base analyzer)
        "Cq" => Analyzer::Ko(KoreanTokenizer::josa().for_query()),
        "D3q" => Analyzer::Ko(KoreanTokenizer::josa_bigram(3).for_query()),
        "D4q" => Analyzer::Ko(KoreanTokenizer::josa_bigram(4).for_query()),
        "AC" => Analyzer::Ko(KoreanTokenizer::josa_bigram(3).with_bigrams_of_surface()),
        "D3v" => Analyzer::Ko(KoreanTokenizer::josa_bigram(3).with_verb_endings()),
        #[cfg(feature = "lindera")]
        "B1" | "B2" => {
            let tok = LINDERA.get_or_init(|| std::sync::Arc::new(lind::load())).clone();
            let keep = if name == "B1" { lind::Keep::All } else { lind::Keep::Content };
            Analyzer::Lindera(lind::LinderaKo { tok, keep })
        }
        _ => return None,
    })
}

// ---------------------------------------------------------------- data
struct Data {
    corpus: Vec<(String, String)>, // (_id, title + "\n" + text)
    queries: Vec<(String, String)>,
    qrels: HashMap<String, HashMap<String, f64>>,
}

fn read_jsonl(path: &Path) -> Vec<serde_json::Value> {
    let f = std::fs::File::open(path).unwrap_or_else(|e| {
        eprintln!("error: cannot open {}: {e}", path.display());
        exit(2)
    });
    std::io::BufReader::new(f)
        .lines()
        .map(|l| l.expect("read"))
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(&l).expect("json"))
        .collect()
}

fn load_data(dir: &Path, title: bool) -> Data {
    let need = [dir.join("corpus.jsonl"), dir.join("queries.jsonl")];
    if !dir.is_dir() || need.iter().any(|p| !p.is_file()) {
        eprintln!(
            "error: data folder {} is missing or incomplete (need corpus.jsonl, queries.jsonl, qrels/*.tsv)",
            dir.display()
        );
        exit(2);
    }
    let s = |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
    let corpus = read_jsonl(&need[0])
        .iter()
        .map(|v| {
            let t = s(v, "title");
            let body = s(v, "text");
            (s(v, "_id"), if title && !t.is_empty() { format!("{t}\n{body}") } else { body })
        })
        .collect();
    let queries: Vec<(String, String)> = read_jsonl(&need[1]).iter().map(|v| (s(v, "_id"), s(v, "text"))).collect();
    let mut qrels: HashMap<String, HashMap<String, f64>> = HashMap::new();
    let qdir = dir.join("qrels");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&qdir)
        .unwrap_or_else(|_| {
            eprintln!("error: {} missing", qdir.display());
            exit(2)
        })
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().map(|e| e == "tsv").unwrap_or(false))
        .collect();
    files.sort();
    if files.is_empty() {
        eprintln!("error: no qrels/*.tsv in {}", dir.display());
        exit(2);
    }
    for f in files {
        for (i, line) in std::fs::read_to_string(&f).expect("qrels").lines().enumerate() {
            let p: Vec<&str> = line.split('\t').collect();
            if p.len() < 3 || (i == 0 && p[0] == "query-id") {
                continue;
            }
            let score: f64 = p[2].trim().parse().unwrap_or(0.0);
            if score > 0.0 {
                qrels.entry(p[0].to_string()).or_default().insert(p[1].to_string(), score);
            }
        }
    }
    Data { corpus, queries, qrels }
}

// ---------------------------------------------------------------- evaluation
struct Row {
    name: String,
    ndcg10: f64,
    r100: f64,
    mrr10: f64,
    nq: usize,
    index_s: f64,
    search_s: f64,
    startup_ms: f64,
    terms: u64,
}

/// Two-field variants: "D3s<boost*10>" = body field analysed by C, plus a "gram" field holding only the
/// bigrams of stems of >= 3 syllables, queried with the given boost.
fn two_field(name: &str) -> Option<f32> {
    name.strip_prefix("D3s").and_then(|b| b.parse::<f32>().ok()).map(|b| b / 10.0)
}

fn evaluate(name: &str, data: &Data) -> Row {
    let t0 = Instant::now();
    let gram_boost = two_field(name);
    let base = name.strip_suffix('q').filter(|b| matches!(*b, "C" | "D3" | "D4"));
    let analyzer = if gram_boost.is_some() { make("C") } else { make(base.unwrap_or(name)) }.unwrap_or_else(|| {
        eprintln!("error: unknown analyzer {name} (built without the lindera feature?)");
        exit(2)
    });
    let gram_an = Analyzer::Ko(KoreanTokenizer::grams_only(3));
    // "<name>q": index with <name>, query with its stem-only twin
    let query_an = match (&analyzer, base) {
        (Analyzer::Ko(k), Some(_)) => Analyzer::Ko(k.clone().for_query()),
        _ => analyzer.clone(),
    };
    let startup_ms = t0.elapsed().as_secs_f64() * 1e3;

    let mut sb = Schema::builder();
    let opts = |tok: &str| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer(tok).set_index_option(IndexRecordOption::WithFreqsAndPositions),
        )
    };
    let body = sb.add_text_field("body", opts("ko"));
    let gram = sb.add_text_field("gram", opts("ko_gram"));
    let schema = sb.build();
    let index = Index::create_in_ram(schema);
    index.tokenizers().register("ko", TextAnalyzer::from(analyzer.clone()));
    index.tokenizers().register("ko_gram", TextAnalyzer::from(gram_an.clone()));

    let t1 = Instant::now();
    let mut writer = index.writer_with_num_threads(1, 200_000_000).expect("writer");
    for (_, text) in &data.corpus {
        if gram_boost.is_some() {
            writer.add_document(doc!(body => text.as_str(), gram => text.as_str())).expect("add");
        } else {
            writer.add_document(doc!(body => text.as_str())).expect("add");
        }
    }
    writer.commit().expect("commit");
    let index_s = t1.elapsed().as_secs_f64();

    let reader = index.reader().expect("reader");
    let searcher = reader.searcher();
    assert_eq!(searcher.segment_readers().len(), 1, "expected a single segment");
    let seg = searcher.segment_reader(0);
    let terms = seg.inverted_index(body).expect("inv").terms().num_terms() as u64
        + seg.inverted_index(gram).expect("inv").terms().num_terms() as u64;

    let t2 = Instant::now();
    let (mut ndcg, mut rec, mut mrr, mut nq) = (0.0, 0.0, 0.0, 0usize);
    for (qid, qtext) in &data.queries {
        let Some(rels) = data.qrels.get(qid) else { continue };
        nq += 1;
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut add = |an: &Analyzer, field, boost: Option<f32>| {
            let mut seen = HashSet::new();
            for t in an.tokens(qtext) {
                if !seen.insert(t.text.clone()) {
                    continue;
                }
                let tq = TermQuery::new(Term::from_field_text(field, &t.text), IndexRecordOption::WithFreqs);
                let q: Box<dyn Query> = match boost {
                    Some(b) => Box::new(BoostQuery::new(Box::new(tq), b)),
                    None => Box::new(tq),
                };
                clauses.push((Occur::Should, q));
            }
        };
        add(&query_an, body, None);
        if let Some(b) = gram_boost {
            add(&gram_an, gram, Some(b));
        }
        if clauses.is_empty() {
            continue;
        }
        let q = BooleanQuery::new(clauses);
        let hits = searcher.search(&q, &TopDocs::with_limit(100).order_by_score()).expect("search");
        let ranked: Vec<&str> = hits.iter().map(|(_, a)| data.corpus[a.doc_id as usize].0.as_str()).collect();
        // nDCG@10 (gain = qrel score, log2 discount)
        let dcg: f64 = ranked
            .iter()
            .take(10)
            .enumerate()
            .map(|(i, d)| rels.get(*d).copied().unwrap_or(0.0) / ((i + 2) as f64).log2())
            .sum();
        let mut ideal: Vec<f64> = rels.values().copied().collect();
        ideal.sort_by(|a, b| b.partial_cmp(a).unwrap());
        let idcg: f64 = ideal.iter().take(10).enumerate().map(|(i, g)| g / ((i + 2) as f64).log2()).sum();
        ndcg += if idcg > 0.0 { dcg / idcg } else { 0.0 };
        rec += ranked.iter().filter(|d| rels.contains_key(**d)).count() as f64 / rels.len() as f64;
        if let Some(i) = ranked.iter().take(10).position(|d| rels.contains_key(*d)) {
            mrr += 1.0 / (i + 1) as f64;
        }
    }
    let search_s = t2.elapsed().as_secs_f64();
    let n = nq.max(1) as f64;
    Row { name: name.into(), ndcg10: ndcg / n, r100: rec / n, mrr10: mrr / n, nq, index_s, search_s, startup_ms, terms }
}

fn texts(a: &Analyzer, s: &str) -> Vec<String> {
    a.tokens(s).into_iter().map(|t| t.text).collect()
}

fn matches(a: &Analyzer, query: &str, doc: &str) -> bool {
    let d: HashSet<String> = texts(a, doc).into_iter().collect();
    texts(a, query).iter().any(|t| d.contains(t))
}

fn behaviour(name: &str) {
    if name.ends_with('q') {
        println!("{name:>4} | query side of {} emits only stems: same matches", &name[..name.len() - 1]);
        return;
    }
    if two_field(name).is_some() {
        println!("{name:>4} | two fields: body as C, gram field as the D3 bigrams (matches like D3, bigram-only matches score lower)");
        return;
    }
    let a = make(name).unwrap();
    let yn = |b: bool| if b { "yes" } else { "no" };
    println!(
        "{name:>4} | 반도체→반도체를: {:3} | 협력→협력을: {:3} | 도체→반도체 (bad): {:3} | 유럽→유럽연합은: {:3} | {}",
        yn(matches(&a, "반도체", "반도체를")),
        yn(matches(&a, "협력", "협력을")),
        yn(matches(&a, "도체", "반도체")),
        yn(matches(&a, "유럽", "유럽연합은")),
        texts(&a, SENTENCE).join(" ")
    );
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let names_avail: Vec<&str> = ALL.iter().map(|(n, _)| *n).filter(|n| make_check(n)).collect();

    if args.first().map(|s| s.as_str()) == Some("startup") {
        // Fresh-process start-up: build the analyzer and tokenize one sentence.
        let name = args.get(1).map(|s| s.as_str()).unwrap_or("A");
        let t = Instant::now();
        let a = make(name).unwrap_or_else(|| {
            eprintln!("unknown analyzer {name}");
            exit(2)
        });
        let toks = texts(&a, SENTENCE);
        println!("{name}: start-up (build + tokenize one sentence) {:.1} ms; {} tokens", t.elapsed().as_secs_f64() * 1e3, toks.len());
        return;
    }
    if args.first().map(|s| s.as_str()) == Some("phrase") {
        phrase_check(args.get(1).map(|s| s.as_str()).unwrap_or("D3"));
        return;
    }
    if args.first().map(|s| s.as_str()) == Some("tokens") {
        let name = args.get(1).map(|s| s.as_str()).unwrap_or("A");
        let text = args.get(2).map(|s| s.as_str()).unwrap_or(SENTENCE);
        let a = make(name).unwrap_or_else(|| {
            eprintln!("unknown analyzer {name}");
            exit(2)
        });
        for t in a.tokens(text) {
            println!("{}\t{}\t{}..{}", t.position, t.text, t.offset_from, t.offset_to);
        }
        #[cfg(feature = "lindera")]
        if let Analyzer::Lindera(l) = &a {
            println!("tagged: {}", l.tagged(text).join(" "));
        }
        return;
    }

    let mut data_dir: Option<PathBuf> = None;
    let mut names: Vec<String> = names_avail.iter().map(|s| s.to_string()).collect();
    let mut title = true;
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "--data" => {
                data_dir = args.get(i + 1).map(PathBuf::from);
                i += 1;
            }
            "--analyzers" => {
                names = args.get(i + 1).map(|s| s.split(',').map(String::from).collect()).unwrap_or_default();
                i += 1;
            }
            "--no-title" => title = false,
            "-h" | "--help" => {
                println!("usage: korean-analyzers --data DIR [--analyzers A,C,...] [--no-title]\n       korean-analyzers startup NAME\n       korean-analyzers tokens NAME [TEXT]");
                for (n, d) in ALL {
                    println!("  {n:>4}  {d}{}", if make_check(n) { "" } else { "  (needs --features lindera)" });
                }
                return;
            }
            other => {
                eprintln!("error: unknown argument {other}");
                exit(2);
            }
        }
        i += 1;
    }
    let Some(dir) = data_dir else {
        eprintln!("error: --data DIR is required (e.g. --data /work/shared/eval/external/korquad1-dev)");
        exit(2);
    };
    let data = load_data(&dir, title);
    println!(
        "data: {} docs, {} queries, {} queries with qrels; title indexed: {title}",
        data.corpus.len(),
        data.queries.len(),
        data.qrels.len()
    );

    println!("\nBehaviour checks and tokens of \"{SENTENCE}\":");
    for n in &names {
        if make_check(n) {
            behaviour(n);
        }
    }

    println!("\n| analyzer | nDCG@10 | R@100 | MRR@10 | queries | index time (964 docs) | search time (all queries) | analyzer build in-process | unique terms |");
    println!("|---|---|---|---|---|---|---|---|---|");
    for n in &names {
        let r = evaluate(n, &data);
        println!(
            "| {} | {:.4} | {:.4} | {:.4} | {} | {:.2} s | {:.2} s | {:.1} ms | {} |",
            r.name, r.ndcg10, r.r100, r.mrr10, r.nq, r.index_s, r.search_s, r.startup_ms, r.terms
        );
    }
}

fn make_check(name: &str) -> bool {
    match name {
        "B1" | "B2" => cfg!(feature = "lindera"),
        "Cq" | "D3q" | "D4q" => true,
        _ => ALL.iter().any(|(n, _)| *n == name) || two_field(name).is_some(),
    }
}

/// Which of a few documents do QueryParser phrase queries find with this analyzer?
fn phrase_check(name: &str) {
    let base = name.strip_suffix('q').filter(|b| matches!(*b, "C" | "D3" | "D4"));
    let a = make(base.unwrap_or(name)).unwrap_or_else(|| {
        eprintln!("unknown analyzer {name}");
        exit(2)
    });
    let mut sb = Schema::builder();
    let body = sb.add_text_field(
        "body",
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default().set_tokenizer("ko").set_index_option(IndexRecordOption::WithFreqsAndPositions),
        ),
    );
    let index = Index::create_in_ram(sb.build());
    index.tokenizers().register("ko", TextAnalyzer::from(a.clone()));
    let docs = ["한국과 유럽연합은 반도체 협력을 강화하기로 합의했다", "반도체를 협력 대상으로", "협력을 반도체", "초전도체 협력이 중요하다"];
    let mut w = index.writer_with_num_threads(1, 20_000_000).unwrap();
    for d in docs {
        w.add_document(doc!(body => d)).unwrap();
    }
    w.commit().unwrap();
    let searcher = index.reader().unwrap().searcher();
    let qp = match (&a, base) {
        // query side: same tokenizer name, stem-only twin, in the QueryParser's own TokenizerManager
        (Analyzer::Ko(k), Some(_)) => {
            let qtm = tantivy::tokenizer::TokenizerManager::default();
            qtm.register("ko", TextAnalyzer::from(k.clone().for_query()));
            tantivy::query::QueryParser::new(index.schema(), vec![body], qtm)
        }
        _ => tantivy::query::QueryParser::for_index(&index, vec![body]),
    };
    for q in ["\"반도체 협력\"", "\"반도체 협력을\"", "\"반도체를 협력\"", "\"유럽연합 반도체\"", "\"도체 협력\"", "반도체", "유럽"] {
        match qp.parse_query(q) {
            Ok(query) => {
                let hits = searcher.search(&query, &TopDocs::with_limit(10).order_by_score()).unwrap();
                let found: Vec<String> = hits.iter().map(|(s, d)| format!("doc{}({:.2})", d.doc_id, s)).collect();
                println!("{name} {q}: {}", found.join(" "));
            }
            Err(e) => println!("{name} {q}: parse error {e}"),
        }
    }
    println!("docs: {:?}", docs);
}
