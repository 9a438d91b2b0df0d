//! Running a compiled query and ranking what it finds: the top candidates by BM25,
//! re-ranked by how much of the query each covers, then read back and highlighted;
//! or every match counted by document (to list the documents that match).
//!
//! Candidates (three times the page's end, at least 30) are re-ranked by coverage, the
//! share of the query's words and phrases a passage matches directly, through a
//! translation or through a typo; then matches of the words as typed before
//! translation-only ones; then passages that need fewer typos; then BM25. Without it a
//! Polish passage that says everything an English query asks ranks below English
//! passages sharing one word with it. Coverage is found by seeking each unit's own
//! query in the candidates' segments' postings, so no passage text is read until the
//! final hits are highlighted. The total is counted apart, without scoring: beside the
//! top-k collector it would turn tantivy's block-max pruning off.

use std::collections::{BTreeMap, HashMap};

use serde::Serialize;
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur as TOccur, Query};
use tantivy::schema::Field;

use super::compile::{self, Compiled, UnitCheck};
use super::highlight::{self, Highlighter, MatchKind, QueryTerms, Snippet};
use super::{limits, query};
use super::{Hit, SearchOptions};
use crate::error::{Error, Result};
use crate::index::read::{passage_text, stored_block, term_filter, RecordCache};
use crate::index::spans::SpanReader;
use crate::index::AccordIndex;
use crate::lang::Lang;
use crate::translate::explain::{Explanation, LangReason};

/// A page of hits, and how many passages match in all.
#[derive(Debug, Clone, Serialize)]
pub struct Found {
    /// The hits of this page, best first.
    pub hits: Vec<Hit>,
    /// Passages that match the query (with the filters), on every page.
    pub total: usize,
}

/// How many passages of one document match.
#[derive(Debug, Clone, Serialize)]
pub struct DocumentCount {
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: String,
    /// File under the corpus folder.
    pub path: String,
    /// Matching passages.
    pub count: usize,
}

/// A query ready to run: the tantivy query with its filters, and what compiling found.
struct Prepared {
    query: BooleanQuery,
    compiled: Compiled,
    /// The language translated from (None: no translation), and why that one.
    from: Option<Lang>,
    lang_reason: LangReason,
}

/// Parses, compiles and filters `query_text`, after checking `opts`' numbers.
fn prepare(index: &AccordIndex, query_text: &str, opts: &SearchOptions) -> Result<Prepared> {
    limits::LIMIT.check(opts.limit as u64)?;
    limits::OFFSET.check(opts.offset as u64)?;
    let node = query::parse(query_text)?;
    let (from, lang_reason) = match (opts.translate, opts.query_lang) {
        (false, _) => (None, LangReason::NotTranslated),
        (true, Some(lang)) => (Some(lang), LangReason::Given),
        (true, None) => {
            let (lang, why) = compile::query_lang(index, query_text);
            (Some(lang), why)
        }
    };
    // A document filter names records: resolve them first, so an unknown id is an error
    // that suggests the closest ones, whatever the query.
    let mut doc_keys = Vec::with_capacity(opts.docs.len());
    for id in &opts.docs {
        doc_keys.push(index.record(id)?.meta.path);
    }
    let compiled = compile::compile(index, &node, from, opts)?;
    let Some(content) = compiled.query.as_ref().map(|q| q.box_clone()) else {
        return Err(Error::Query {
            query: query_text.to_string(),
            message: "nothing in the query can be searched for (only punctuation?)".into(),
            caret: "^".into(),
        });
    };
    let f = index.fields();
    // Only passages have body fields: neither records nor set-aside blocks can match.
    let mut clauses = vec![(TOccur::Must, content)];
    if !doc_keys.is_empty() {
        clauses.push(any_of(f.doc_key, doc_keys.iter().map(String::as_str)));
    }
    if !opts.langs.is_empty() {
        clauses.push(any_of(f.lang, opts.langs.iter().map(|l| Lang::code(*l))));
    }
    Ok(Prepared {
        query: BooleanQuery::new(clauses),
        compiled,
        from,
        lang_reason,
    })
}

/// A required filter: `field` holds one of `values`; adds nothing to the score.
fn any_of<'v>(field: Field, values: impl Iterator<Item = &'v str>) -> (TOccur, Box<dyn Query>) {
    let any: Vec<(TOccur, Box<dyn Query>)> = values
        .map(|v| (TOccur::Should, term_filter(field, v)))
        .collect();
    (
        TOccur::Must,
        Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(any)), 0.0)),
    )
}

/// Runs `query_text` against `index`: the page `opts` asks for, and the total.
pub fn search(index: &AccordIndex, query_text: &str, opts: &SearchOptions) -> Result<Found> {
    search_explained(index, query_text, opts).map(|(found, _)| found)
}

/// Runs `query_text` against `index`, and says what it searched: the query's language
/// and why, its words and phrases, their translations and senses.
pub fn search_explained(
    index: &AccordIndex,
    query_text: &str,
    opts: &SearchOptions,
) -> Result<(Found, Explanation)> {
    let Prepared {
        query,
        compiled,
        from,
        lang_reason,
    } = prepare(index, query_text, opts)?;
    let translated = from.is_some();
    let f = index.fields();
    let searcher = index.searcher();
    // Candidates beyond the page, re-ranked by how much of the query they cover. A
    // one-word query without translation or typos has nothing to re-rank: every hit
    // covers it the same way.
    let wanted = opts.offset + opts.limit;
    let candidates = if compiled.units <= 1 && !translated && !compiled.typos {
        wanted
    } else {
        (wanted * 3).clamp(30, 300).max(wanted)
    };
    // The top candidates alone, so tantivy can skip blocks that cannot enter them
    // (block-max pruning, which a combined collector would turn off); the total from an
    // unscored count.
    let top = searcher.search(&query, &TopDocs::with_limit(candidates).order_by_score())?;
    let total = searcher.search(&query, &Count)?;

    // Coverage of each candidate: which units' queries match it, found by seeking in
    // each unit's postings (no stored text is read for this).
    let total_units = compiled.units.max(1);
    let covered = coverage(&searcher, &compiled.checks, &top, total_units)?;
    let spans = SpanReader::new(&searcher, f, index.path());
    // Equal scores fall back to document and position: tantivy's order of ties follows
    // the order the indexing threads added passages in, which varies from build to build.
    let mut at: Vec<(u64, u64)> = Vec::with_capacity(top.len());
    for (_, address) in &top {
        let span = spans.span(*address)?;
        at.push((span.doc, span.position));
    }
    let mut order: Vec<usize> = (0..top.len()).collect();
    order.sort_by(|&a, &b| {
        let (x, y) = (&covered[a], &covered[b]);
        y.share
            .total_cmp(&x.share)
            .then(y.direct.cmp(&x.direct))
            .then(x.by_typo.cmp(&y.by_typo))
            .then(top[b].0.total_cmp(&top[a].0))
            .then(at[a].cmp(&at[b]))
    });
    let page: Vec<usize> = order
        .into_iter()
        .skip(opts.offset)
        .take(opts.limit)
        .collect();

    let mut highlighter = Highlighter::default();
    let mut records = RecordCache::default();
    let mut source = index.text_source();
    let mut hits = Vec::with_capacity(page.len());
    for (rank, i) in page.into_iter().enumerate() {
        let (score, address) = top[i];
        let (stored, record) = stored_block(index, &spans, &mut records, address)?;
        let text = passage_text(&mut source, record, &stored);
        let meta = &record.meta;
        let span = stored.span;
        let stale = text.is_none();
        let text = text.unwrap_or_default();
        let lang = span.lang;
        let marks = highlighter.marks(&text, lang, &compiled.terms);
        let mut matched: Vec<MatchKind> = marks.iter().map(|m| m.kind).collect();
        matched.sort();
        matched.dedup();
        let mut matched_words: Vec<String> = Vec::new();
        for m in &marks {
            let w = text[m.start..m.end].to_string();
            if !matched_words.contains(&w) {
                matched_words.push(w);
            }
        }
        let translations = explain_translations(&text, &marks, &compiled.terms);
        let Snippet {
            text: snippet,
            highlights,
        } = highlight::snippet(&text, &marks);
        hits.push(Hit {
            rank: opts.offset + rank + 1,
            score,
            title: meta.title.clone(),
            publisher: meta.publisher.clone(),
            path: meta.path.clone(),
            doc: record.meta.id.clone(),
            line_start: span.line_start,
            line_end: span.line_end,
            byte_start: span.byte_start,
            byte_end: span.byte_end,
            position: span.position,
            lang,
            matched,
            translations,
            coverage: covered[i].share,
            matched_words,
            text,
            stale,
            snippet,
            highlights,
        });
    }
    let explanation = Explanation::new(
        query_text,
        from,
        lang_reason,
        compiled.unit_texts,
        &compiled.translations,
    );
    Ok((Found { hits, total }, explanation))
}

/// Every document with passages that match `query_text`, with how many: most matches
/// first, then by id. `opts`' page (limit, offset) does not apply.
pub fn count_by_document(
    index: &AccordIndex,
    query_text: &str,
    opts: &SearchOptions,
) -> Result<Vec<DocumentCount>> {
    let Prepared { query, .. } = prepare(index, query_text, opts)?;
    let searcher = index.searcher();
    let found = searcher.search(&query, &DocSetCollector)?;
    let spans = SpanReader::new(&searcher, index.fields(), index.path());
    let mut by_number: HashMap<u64, usize> = HashMap::new();
    for address in found {
        *by_number.entry(spans.span(address)?.doc).or_default() += 1;
    }
    let mut records = RecordCache::default();
    let mut out = Vec::with_capacity(by_number.len());
    for (number, count) in by_number {
        let record = records.get(index, number)?;
        out.push(DocumentCount {
            doc: record.meta.id.clone(),
            title: record.meta.title.clone(),
            path: record.meta.path.clone(),
            count,
        });
    }
    out.sort_by(|a, b| b.count.cmp(&a.count).then(a.doc.cmp(&b.doc)));
    Ok(out)
}

/// How a candidate covers the query.
#[derive(Debug, Clone, Default)]
struct Covered {
    /// Share of the query's units it matches, in any way (0 to 1).
    share: f32,
    /// Whether it matches some unit as typed (not only through translations or typos).
    direct: bool,
    /// Units it matches only through typos.
    by_typo: usize,
}

/// How each candidate covers the query's units.
fn coverage(
    searcher: &tantivy::Searcher,
    checks: &[UnitCheck],
    candidates: &[(f32, tantivy::DocAddress)],
    total_units: usize,
) -> Result<Vec<Covered>> {
    use tantivy::query::EnableScoring;
    use tantivy::DocSet;

    #[derive(Clone, Copy, PartialEq)]
    enum How {
        Direct,
        Translated,
        Typo,
    }
    // Per candidate: the units matched, and those matched otherwise than by typos.
    let mut units: Vec<Vec<usize>> = vec![Vec::new(); candidates.len()];
    let mut firm: Vec<Vec<usize>> = vec![Vec::new(); candidates.len()];
    let mut direct = vec![false; candidates.len()];
    let mut by_segment: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, (_, a)) in candidates.iter().enumerate() {
        by_segment.entry(a.segment_ord).or_default().push(i);
    }
    for (segment, mut members) in by_segment {
        members.sort_by_key(|&i| candidates[i].1.doc_id);
        let reader = searcher.segment_reader(segment);
        for check in checks {
            for (query, how) in [
                (&check.direct, How::Direct),
                (&check.translated, How::Translated),
                (&check.typo, How::Typo),
            ] {
                let Some(query) = query else { continue };
                let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
                let mut scorer = weight.scorer(reader, 1.0)?;
                for &i in &members {
                    let doc = candidates[i].1.doc_id;
                    if scorer.doc() < doc {
                        scorer.seek(doc);
                    }
                    if scorer.doc() == doc {
                        for u in &check.units {
                            if !units[i].contains(u) {
                                units[i].push(*u);
                            }
                            if how != How::Typo && !firm[i].contains(u) {
                                firm[i].push(*u);
                            }
                        }
                        direct[i] |= how == How::Direct;
                    }
                }
            }
        }
    }
    Ok((0..candidates.len())
        .map(|i| Covered {
            share: (units[i].len() as f32 / total_units as f32).min(1.0),
            direct: direct[i],
            by_typo: units[i].len() - firm[i].len(),
        })
        .collect())
}

/// "submarine cables -> kabli podmorskich (glossary)" for each translation that matched.
fn explain_translations(text: &str, marks: &[highlight::Mark], terms: &QueryTerms) -> Vec<String> {
    let mut out = Vec::new();
    for (i, note) in terms.notes.iter().enumerate() {
        let mut words: Vec<&str> = Vec::new();
        for m in marks.iter().filter(|m| m.note == Some(i)) {
            let w = &text[m.start..m.end];
            if !words.contains(&w) {
                words.push(w);
            }
        }
        if !words.is_empty() {
            out.push(format!(
                "{} -> {} ({})",
                note.from,
                words.join(" "),
                note.source
            ));
        }
    }
    out
}
