//! Running a compiled query and ranking what it finds: the top candidates by BM25,
//! re-ranked by how much of the query each covers, then read back and highlighted.
//!
//! Candidates (three times the limit, at least 30) are re-ranked by coverage, the share
//! of the query's words and phrases a passage matches directly or through a
//! translation; then matches of the words as typed before translation-only ones; then
//! BM25. Without it a Polish passage that says everything an English query asks ranks
//! below English passages sharing one word with it. Coverage is found by seeking each
//! unit's own query in the candidates' segments' postings, so no passage text is read
//! until the final hits are highlighted.

use std::collections::BTreeMap;

use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur as TOccur};

use super::compile::{self, UnitCheck};
use super::highlight::{self, Highlighter, MatchKind, QueryTerms, Snippet};
use super::query;
use super::{Hit, SearchOptions};
use crate::error::{Error, Result};
use crate::index::read::{filter, passage_text, stored_block, RecordCache};
use crate::index::spans::SpanReader;
use crate::index::AccordIndex;
use crate::translate::explain::{Explanation, LangReason};

/// Runs `query_text` against `index`.
pub fn search(index: &AccordIndex, query_text: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
    search_explained(index, query_text, opts).map(|(hits, _)| hits)
}

/// Runs `query_text` against `index`, and says what it searched: the query's language
/// and why, its words and phrases, their translations and senses.
pub fn search_explained(
    index: &AccordIndex,
    query_text: &str,
    opts: &SearchOptions,
) -> Result<(Vec<Hit>, Explanation)> {
    let node = query::parse(query_text)?;
    let (from, lang_reason) = match (opts.translate, opts.query_lang) {
        (false, _) => (None, LangReason::NotTranslated),
        (true, Some(lang)) => (Some(lang), LangReason::Given),
        (true, None) => {
            let (lang, why) = compile::query_lang(index, query_text);
            (Some(lang), why)
        }
    };
    // A document filter names a record: resolve it first, so an unknown id is an error
    // that lists the known ones, whatever the query.
    let doc_key = match &opts.doc {
        Some(id) => Some(index.record(id)?.meta.path),
        None => None,
    };
    let compiled = compile::compile(index, &node, from, opts.dictionary, opts.lang);
    let Some(content) = compiled.query else {
        return Err(Error::Query {
            query: query_text.to_string(),
            message: "nothing in the query can be searched for (only punctuation?)".into(),
            caret: "^".into(),
        });
    };
    let f = index.fields();
    // Only passages have body fields: neither records nor set-aside blocks can match.
    let mut clauses = vec![(TOccur::Must, content)];
    if let Some(key) = &doc_key {
        clauses.push(filter(f.doc_key, key));
    }
    if let Some(lang) = opts.lang {
        clauses.push(filter(f.lang, lang.code()));
    }
    let query = BooleanQuery::new(clauses);
    let searcher = index.searcher();
    // Candidates beyond the limit, re-ranked by how much of the query they cover. A
    // one-word query without translation has nothing to re-rank: every hit covers it.
    let wanted = opts.limit.max(1);
    // (A few more than wanted even then, so that passages tied at the limit are all seen
    // and the limit cuts among them by their place in the corpus.)
    let candidates = if compiled.units <= 1 && from.is_none() {
        wanted + TIE_MARGIN
    } else {
        (wanted * 3).clamp(30, 300).max(wanted)
    };
    let top = searcher.search(&query, &TopDocs::with_limit(candidates).order_by_score())?;

    // Coverage of each candidate: which units' queries match it, found by seeking in
    // each unit's postings (no stored text is read for this).
    let total_units = compiled.units.max(1);
    let (coverage, direct) = coverage(&searcher, &compiled.checks, &top, total_units)?;
    let mut order: Vec<usize> = (0..top.len()).collect();
    order.sort_by(|&a, &b| {
        coverage[b]
            .total_cmp(&coverage[a])
            .then(direct[b].cmp(&direct[a]))
            .then(top[b].0.total_cmp(&top[a].0))
    });
    let key = |i: usize| (coverage[i], direct[i], top[i].0);
    let mut cut = wanted.min(order.len());
    while cut > 0 && cut < order.len() && key(order[cut]) == key(order[cut - 1]) {
        cut += 1;
    }
    order.truncate(cut);

    let mut highlighter = Highlighter::default();
    let mut records = RecordCache::default();
    let mut source = index.text_source();
    let spans = SpanReader::new(&searcher, f, index.path());
    let mut hits = Vec::with_capacity(order.len());
    let ties: Vec<(f32, bool, f32)> = order.iter().map(|&i| key(i)).collect();
    for (rank, i) in order.into_iter().enumerate() {
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
            rank: rank + 1,
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
            coverage: coverage[i],
            matched_words,
            text,
            stale,
            snippet,
            highlights,
        });
    }
    // Passages that tie on every ranking key come in the order of their place in the
    // corpus, not of where a (multi-threaded) build happened to put them in the index.
    let mut start = 0;
    while start < hits.len() {
        let end = start
            + ties[start..]
                .iter()
                .take_while(|t| **t == ties[start])
                .count();
        hits[start..end].sort_by(|a, b| (&a.path, a.byte_start).cmp(&(&b.path, b.byte_start)));
        start = end;
    }
    hits.truncate(wanted);
    for (rank, hit) in hits.iter_mut().enumerate() {
        hit.rank = rank + 1;
    }
    let explanation = Explanation::new(
        query_text,
        from,
        lang_reason,
        compiled.unit_texts,
        &compiled.translations,
    );
    Ok((hits, explanation))
}

/// Candidates a one-word search reads beyond the limit, for ties at the limit.
const TIE_MARGIN: usize = 8;

/// For each candidate: the share of query units it matches, and whether it matches any
/// unit directly (not only through a translation).
fn coverage(
    searcher: &tantivy::Searcher,
    checks: &[UnitCheck],
    candidates: &[(f32, tantivy::DocAddress)],
    total_units: usize,
) -> Result<(Vec<f32>, Vec<bool>)> {
    use tantivy::query::EnableScoring;
    use tantivy::DocSet;

    let mut units: Vec<Vec<usize>> = vec![Vec::new(); candidates.len()];
    let mut direct = vec![false; candidates.len()];
    let mut by_segment: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, (_, a)) in candidates.iter().enumerate() {
        by_segment.entry(a.segment_ord).or_default().push(i);
    }
    for (segment, mut members) in by_segment {
        members.sort_by_key(|&i| candidates[i].1.doc_id);
        let reader = searcher.segment_reader(segment);
        for check in checks {
            for (query, is_direct) in [(&check.direct, true), (&check.translated, false)] {
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
                        }
                        direct[i] |= is_direct;
                    }
                }
            }
        }
    }
    let coverage = units
        .iter()
        .map(|u| (u.len() as f32 / total_units as f32).min(1.0))
        .collect();
    Ok((coverage, direct))
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
