//! Search: from a query string to ranked, attributed, highlighted passages.
//!
//! A query word is looked up in every language's body field at once, each of its forms
//! with its own weight (exact form most, then folded, then stem), so one query searches
//! Polish, English and Korean statements together, and a passage that has the word as
//! typed outranks one that only shares its stem. Web-page chrome is never searched.

pub mod highlight;
pub mod query;

use std::collections::BTreeMap;

use serde::Serialize;
use tantivy::query::{
    BooleanQuery, BoostQuery, ConstScoreQuery, DisjunctionMaxQuery, Occur as TOccur, PhraseQuery,
    Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{collector::TopDocs, Term};

use crate::analysis::{self, Analyzed, Analyzer, Form};
use crate::error::{Error, Result};
use crate::index::spans::{SpanReader, Stored};
use crate::index::text::TextSource;
use crate::index::{AccordIndex, DocRecord};
use crate::lang::Lang;
use crate::translate::{self, Translation};
use highlight::{Highlighter, MatchKind, QueryTerms, Snippet, TranslationNote};
use query::{Node, Occur};

/// Weight of an exact-form match.
const BOOST_EXACT: f32 = 2.0;
/// Weight of a folded match.
const BOOST_FOLDED: f32 = 1.5;
/// Weight of a stem match in a language's field.
const BOOST_STEM: f32 = 1.0;
/// Weight of a translated term: below every form of the original words.
const BOOST_TRANSLATED: f32 = 0.8;
/// A word scores by its best way of matching (exact, folded, stem, translated), plus
/// this share of the others: a passage is not rewarded three times for one word.
const TIE_BREAKER: f32 = 0.1;

/// What to search.
#[derive(Debug, Clone)]
pub struct SearchOptions {
    /// At most this many hits.
    pub limit: usize,
    /// Only passages in this language.
    pub lang: Option<Lang>,
    /// Only passages of this document id.
    pub doc: Option<String>,
    /// Also search the other languages with the query's translations.
    pub translate: bool,
    /// Use the general dictionary for words the glossary lacks.
    pub dictionary: bool,
    /// The query's language; detected when None.
    pub query_lang: Option<Lang>,
}

impl Default for SearchOptions {
    fn default() -> Self {
        SearchOptions {
            limit: 10,
            lang: None,
            doc: None,
            translate: true,
            dictionary: true,
            query_lang: None,
        }
    }
}

/// One ranked passage with its source.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// BM25 score (sum over fields).
    pub score: f32,
    /// Document id.
    pub doc: String,
    /// Document title.
    pub title: String,
    /// Document publisher.
    pub publisher: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line, inclusive.
    pub line_end: u64,
    /// Byte offset of the start in the (decoded) file.
    pub byte_start: u64,
    /// Byte offset past the end.
    pub byte_end: u64,
    /// 1-based position of the passage in its document.
    pub position: u64,
    /// Passage language.
    pub lang: Lang,
    /// How the query reached it, best kind first.
    #[serde(rename = "match")]
    pub matched: Vec<MatchKind>,
    /// Translations that reached it: `submarine cables -> kabli podmorskich (glossary)`.
    pub translations: Vec<String>,
    /// Share of the query's words and phrases the passage matches (0 to 1).
    pub coverage: f32,
    /// Words matched in the passage, as they appear in it.
    pub matched_words: Vec<String>,
    /// The whole passage ("" when `stale`).
    pub text: String,
    /// The file changed or went away since it was indexed: the passage text could not
    /// be read back (run `accord index`).
    pub stale: bool,
    /// A window of the passage around the matches.
    pub snippet: String,
    /// Highlighted byte ranges of `snippet`.
    pub highlights: Vec<(usize, usize)>,
}

/// Compiles parsed queries into tantivy queries, recording terms for highlighting.
struct Compiler<'a> {
    index: &'a AccordIndex,
    analyzed: Analyzed,
    terms: QueryTerms,
    /// Translate from this language (None: no translation).
    from: Option<Lang>,
    dictionary: bool,
    /// The languages whose passages are searched (`--lang` restricts it to one).
    langs: Vec<Lang>,
    /// Positive words and phrases of the query compiled so far.
    units: usize,
    /// For each positive word or phrase (or translated phrase spanning several), the
    /// queries that tell whether a passage matches it directly or by translation.
    checks: Vec<UnitCheck>,
}

/// How to tell whether a passage matches some units of the query.
struct UnitCheck {
    units: Vec<usize>,
    direct: Option<Box<dyn Query>>,
    translated: Option<Box<dyn Query>>,
}

/// A query term and the form it stands for.
type FormOf = (String, Form);

/// A translated alternative to attach to a word's query.
type Extra = Vec<Translation>;

impl<'a> Compiler<'a> {
    fn new(
        index: &'a AccordIndex,
        from: Option<Lang>,
        dictionary: bool,
        only: Option<Lang>,
    ) -> Self {
        Compiler {
            index,
            analyzed: Analyzed::default(),
            terms: QueryTerms::default(),
            from,
            dictionary,
            langs: only.map_or_else(|| Lang::ALL.to_vec(), |l| vec![l]),
            units: 0,
            checks: Vec::new(),
        }
    }

    fn translations(&self, words: &[&str]) -> Vec<Translation> {
        match self.from {
            Some(from) => translate::translate(words, from, self.dictionary)
                .into_iter()
                .filter(|t| self.langs.contains(&t.to))
                .collect(),
            None => Vec::new(),
        }
    }

    fn compile(&mut self, node: &Node, negated: bool) -> Option<Box<dyn Query>> {
        match node {
            Node::Word(text) => {
                let extra = self.translations(&[text.as_str()]);
                self.text(text, negated, &extra)
            }
            Node::Phrase(text) => {
                // A phrase translates only as a whole.
                let words: Vec<&str> = text.split_whitespace().collect();
                let extra: Extra = self
                    .translations(&words)
                    .into_iter()
                    .filter(|t| t.start == 0 && t.end == words.len())
                    .collect();
                self.text(text, negated, &extra)
            }
            Node::Bool(clauses) => {
                // Runs of plain words translate together, so "supply chain" meets
                // "łańcuch dostaw" as a phrase.
                let words: Vec<Option<&str>> = clauses
                    .iter()
                    .map(|(_, n)| match n {
                        Node::Word(w) => Some(w.as_str()),
                        _ => None,
                    })
                    .collect();
                let mut per_clause: Vec<Extra> = vec![Vec::new(); clauses.len()];
                let mut spanning: Vec<(Occur, usize, Translation)> = Vec::new();
                let mut i = 0;
                while i < clauses.len() {
                    if words[i].is_none() {
                        i += 1;
                        continue;
                    }
                    let occur = clauses[i].0;
                    let mut j = i;
                    while j < clauses.len() && words[j].is_some() && clauses[j].0 == occur {
                        j += 1;
                    }
                    let run: Vec<&str> = words[i..j].iter().flatten().copied().collect();
                    for t in self.translations(&run) {
                        if t.end - t.start == 1 {
                            per_clause[i + t.start].push(t);
                        } else {
                            spanning.push((occur, i, t));
                        }
                    }
                    i = j;
                }
                // Stop words among other words are noise ("supply chain of
                // semiconductors"); alone, or in a phrase, they are searched.
                let content = |w: &str| !is_stop_word(w);
                let has_content = clauses.iter().any(|(o, n)| {
                    *o != Occur::MustNot && !matches!(n, Node::Word(w) if !content(w))
                });
                let mut out: Vec<(TOccur, Box<dyn Query>)> = Vec::new();
                let mut unit_of: Vec<Option<usize>> = vec![None; clauses.len()];
                for (k, ((occur, child), extra)) in clauses.iter().zip(per_clause).enumerate() {
                    let neg = negated || *occur == Occur::MustNot;
                    if matches!(child, Node::Word(_)) && !neg {
                        unit_of[k] = Some(self.units);
                    }
                    let q = match child {
                        Node::Word(w) if has_content && *occur == Occur::Should && !content(w) => {
                            continue
                        }
                        Node::Word(w) => self.text(w, neg, &extra),
                        other => self.compile(other, neg),
                    };
                    if let Some(q) = q {
                        out.push((tantivy_occur(*occur), q));
                    }
                }
                for (occur, run_start, t) in spanning {
                    let neg = negated || occur == Occur::MustNot;
                    let units: Vec<usize> = unit_of[run_start + t.start..run_start + t.end]
                        .iter()
                        .flatten()
                        .copied()
                        .collect();
                    if let Some(q) = self.translated(&t, neg, &units) {
                        if !neg {
                            self.checks.push(UnitCheck {
                                units: units.clone(),
                                direct: None,
                                translated: Some(q.box_clone()),
                            });
                        }
                        let o = if occur == Occur::MustNot {
                            TOccur::MustNot
                        } else {
                            TOccur::Should
                        };
                        out.push((o, q));
                    }
                }
                if out.iter().all(|(o, _)| *o == TOccur::MustNot) {
                    return None;
                }
                Some(Box::new(BooleanQuery::new(out)))
            }
        }
    }

    /// The forms of `text` in `lang`, by position: `(position, [(form, term)])`.
    fn positions(&mut self, lang: Lang, text: &str) -> Vec<(usize, Vec<(Form, String)>)> {
        Analyzer::new(lang).analyze(text, &mut self.analyzed);
        let mut out: Vec<(usize, Vec<(Form, String)>)> = Vec::new();
        for (t, s) in self.analyzed.iter() {
            let p = t.position as usize;
            match out.last_mut() {
                Some((q, forms)) if *q == p => forms.push((t.form, s.to_string())),
                _ => out.push((p, vec![(t.form, s.to_string())])),
            }
        }
        out
    }

    /// A word or phrase analyzed as `lang` analyzes it: each of its forms as the body
    /// field holds them, or one phrase per form. Returns the alternatives and every
    /// term they use with its form.
    fn body_query(&mut self, lang: Lang, text: &str) -> Option<(Vec<Alternative>, Vec<FormOf>)> {
        let positions = self.positions(lang, text);
        if positions.is_empty() {
            return None;
        }
        let field = self.index.fields().body;
        let mut used: Vec<(String, Form)> = Vec::new();
        for (_, forms) in &positions {
            for (form, term) in forms {
                if !used.iter().any(|(t, f)| t == term && f == form) {
                    used.push((term.clone(), *form));
                }
            }
        }
        let mut alternatives: Vec<Alternative> = Vec::new();
        if let [(_, forms)] = positions.as_slice() {
            // One word: its exact form, its folded form, its stems (as the index spells
            // them: marked, or as the word itself when the stem is a word).
            for (form, term) in forms {
                match form {
                    Form::Exact | Form::Folded => {
                        Alternative::term(field, term, boost_of(*form)).add_to(&mut alternatives)
                    }
                    Form::Stem => {
                        for spelling in stem_spellings(lang, term) {
                            Alternative::term(field, &spelling, BOOST_STEM)
                                .add_to(&mut alternatives);
                        }
                    }
                }
            }
            return Some((alternatives, used));
        }
        // A phrase: the exact forms in order; the folded forms; the stems (stop words,
        // which have none, leave a gap), each as a phrase of its own.
        for level in [Form::Exact, Form::Folded] {
            if level == Form::Folded && !used.iter().any(|(_, f)| *f == Form::Folded) {
                continue;
            }
            let terms: Vec<(usize, String)> = positions
                .iter()
                .filter_map(|(p, forms)| {
                    forms
                        .iter()
                        .find(|(f, _)| *f == level)
                        .or_else(|| forms.iter().find(|(f, _)| *f == Form::Exact))
                        .map(|(_, t)| (*p, t.clone()))
                })
                .collect();
            Alternative::phrase(field, &terms, boost_of(level)).add_to(&mut alternatives);
        }
        let stems: Vec<(usize, Vec<String>)> = positions
            .iter()
            .filter_map(|(p, forms)| shortest_stem(forms).map(|s| (*p, vec![s])))
            .collect();
        if let Some((key, q)) = self.stem_phrase(lang, &stems) {
            Alternative {
                key,
                boost: BOOST_STEM,
                query: q,
            }
            .add_to(&mut alternatives);
        }
        Some((alternatives, used))
    }

    /// A phrase of stems of `lang`: each position's stem in either of its index
    /// spellings, as a union of phrase queries over the spellings the index holds, with
    /// a key naming it. None when a position has none of them, or when the
    /// combinations exceed [`MAX_STEM_PHRASES`].
    fn stem_phrase(
        &self,
        lang: Lang,
        stems: &[(usize, Vec<String>)],
    ) -> Option<(String, Box<dyn Query>)> {
        let field = self.index.fields().body;
        let searcher = self.index.searcher();
        let exists = |t: &str| {
            searcher
                .doc_freq(&Term::from_field_text(field, t))
                .is_ok_and(|n| n > 0)
        };
        let mut choices: Vec<(usize, Vec<String>)> = Vec::new();
        for (p, alternatives) in stems {
            let present: Vec<String> = alternatives
                .iter()
                .flat_map(|s| stem_spellings(lang, s))
                .filter(|t| exists(t))
                .collect();
            if present.is_empty() {
                return None;
            }
            choices.push((*p, present));
        }
        let combinations: usize = choices.iter().map(|(_, c)| c.len()).product();
        if choices.is_empty() || combinations > MAX_STEM_PHRASES {
            return None;
        }
        let key = format!("stems {choices:?}");
        let mut queries: Vec<(TOccur, Box<dyn Query>)> = Vec::new();
        for k in 0..combinations {
            let mut rest = k;
            let terms: Vec<(usize, String)> = choices
                .iter()
                .map(|(p, c)| {
                    let t = c[rest % c.len()].clone();
                    rest /= c.len();
                    (*p, t)
                })
                .collect();
            queries.push((TOccur::Should, phrase_query(field, &terms)));
        }
        let query = if queries.len() == 1 {
            queries.remove(0).1
        } else {
            Box::new(BooleanQuery::new(queries))
        };
        Some((key, query))
    }

    /// A translation's stems in `lang`: one word's stems, or a phrase of stems.
    /// Returns the query and its terms.
    fn stem_query(&mut self, lang: Lang, text: &str) -> Option<(Box<dyn Query>, Vec<String>)> {
        let field = self.index.fields().body;
        let positions: Vec<(usize, Vec<String>)> = self
            .positions(lang, text)
            .into_iter()
            .filter_map(|(p, forms)| {
                let stems: Vec<String> = forms
                    .into_iter()
                    .filter(|(f, _)| *f == Form::Stem)
                    .map(|(_, t)| t)
                    .collect();
                (!stems.is_empty()).then_some((p, stems))
            })
            .collect();
        let all: Vec<String> = positions.iter().flat_map(|(_, s)| s.clone()).collect();
        let query: Box<dyn Query> = match positions.as_slice() {
            [] => return None,
            [(_, stems)] => {
                let qs: Vec<(TOccur, Box<dyn Query>)> = stems
                    .iter()
                    .flat_map(|s| stem_spellings(lang, s))
                    .map(|t| (TOccur::Should, term_query(field, &t)))
                    .collect();
                Box::new(BooleanQuery::new(qs))
            }
            many => {
                // Phrases use each word's shortest stem (a Korean word's particle-free form).
                let shortest: Vec<(usize, Vec<String>)> = many
                    .iter()
                    .map(|(p, stems)| {
                        (
                            *p,
                            stems
                                .iter()
                                .min_by_key(|t| t.len())
                                .cloned()
                                .into_iter()
                                .collect(),
                        )
                    })
                    .collect();
                self.stem_phrase(lang, &shortest)?.1
            }
        };
        Some((query, all))
    }

    /// A translation's alternatives, searched in its target language's field.
    fn translated(
        &mut self,
        t: &Translation,
        negated: bool,
        units: &[usize],
    ) -> Option<Box<dyn Query>> {
        let mut alternatives: Vec<(TOccur, Box<dyn Query>)> = Vec::new();
        for alt in &t.alternatives {
            if let Some((q, terms)) = self.stem_query(t.to, alt) {
                if !negated {
                    for term in terms {
                        self.terms.add_translated(
                            t.to,
                            &term,
                            TranslationNote {
                                from: t.from_text.clone(),
                                source: t.source.label(),
                            },
                            units,
                        );
                    }
                }
                alternatives.push((TOccur::Should, q));
            }
        }
        if alternatives.is_empty() {
            return None;
        }
        Some(Box::new(BoostQuery::new(
            Box::new(BooleanQuery::new(alternatives)),
            BOOST_TRANSLATED,
        )))
    }

    /// A word or phrase, as each searched language analyzes it, plus its translations.
    fn text(&mut self, text: &str, negated: bool, extra: &[Translation]) -> Option<Box<dyn Query>> {
        // Every language's forms of it, each once: the exact and folded forms are
        // spelled alike in all three, the stems are marked by language.
        let mut alternatives: Vec<Alternative> = Vec::new();
        let unit = self.units;
        for lang in self.langs.clone() {
            let Some((found, terms)) = self.body_query(lang, text) else {
                continue;
            };
            if !negated {
                for (t, form) in &terms {
                    self.terms.add(lang, t, *form, unit);
                }
            }
            for alternative in found {
                alternative.add_to(&mut alternatives);
            }
        }
        let direct = (!alternatives.is_empty()).then(|| {
            one_or_dismax(
                alternatives
                    .into_iter()
                    .map(|a| boosted(a.query, a.boost))
                    .collect(),
            )
        });
        let translated: Vec<Box<dyn Query>> = extra
            .iter()
            .filter_map(|t| self.translated(t, negated, &[unit]))
            .collect();
        if direct.is_none() && translated.is_empty() {
            return None;
        }
        if !negated {
            self.units += 1;
            let either = |qs: &[Box<dyn Query>]| -> Option<Box<dyn Query>> {
                (!qs.is_empty()).then(|| {
                    Box::new(BooleanQuery::new(
                        qs.iter().map(|q| (TOccur::Should, q.box_clone())).collect(),
                    )) as Box<dyn Query>
                })
            };
            self.checks.push(UnitCheck {
                units: vec![unit],
                direct: direct.as_ref().map(|q| q.box_clone()),
                translated: either(&translated),
            });
        }
        let disjuncts: Vec<Box<dyn Query>> = direct.into_iter().chain(translated).collect();
        Some(one_or_dismax(disjuncts))
    }
}

/// One way a passage can match a word or phrase: a term or a phrase with its weight.
/// `key` names what it matches, so the same term found by two languages' analyses is
/// searched once, at the higher weight.
struct Alternative {
    key: String,
    boost: f32,
    query: Box<dyn Query>,
}

impl Alternative {
    fn term(field: Field, text: &str, boost: f32) -> Alternative {
        Alternative {
            key: format!("term {text:?}"),
            boost,
            query: term_query(field, text),
        }
    }

    fn phrase(field: Field, terms: &[(usize, String)], boost: f32) -> Alternative {
        let key = match terms {
            [(_, t)] => format!("term {t:?}"),
            _ => {
                let first = terms.first().map_or(0, |(p, _)| *p);
                let shifted: Vec<(usize, &str)> =
                    terms.iter().map(|(p, t)| (p - first, t.as_str())).collect();
                format!("phrase {shifted:?}")
            }
        };
        Alternative {
            key,
            boost,
            query: phrase_query(field, terms),
        }
    }

    /// Adds it to `all`, or raises the weight of the same alternative already there.
    fn add_to(self, all: &mut Vec<Alternative>) {
        match all.iter_mut().find(|a| a.key == self.key) {
            Some(a) => a.boost = a.boost.max(self.boost),
            None => all.push(self),
        }
    }
}

/// The weight of a match of this form.
fn boost_of(form: Form) -> f32 {
    match form {
        Form::Exact => BOOST_EXACT,
        Form::Folded => BOOST_FOLDED,
        Form::Stem => BOOST_STEM,
    }
}

/// Most phrase queries a phrase of stems expands to (each stem has two spellings in the
/// index); past it, the phrase is searched by its exact and folded forms only.
const MAX_STEM_PHRASES: usize = 32;

/// How the index may spell a stem of `lang`: marked, or as a word that is its own stem.
fn stem_spellings(lang: Lang, stem: &str) -> [String; 2] {
    [
        format!("{}{stem}", analysis::stem_mark(lang)),
        stem.to_string(),
    ]
}

/// The shortest stem form of a word's forms, if it has any (stop words have none).
fn shortest_stem(forms: &[(Form, String)]) -> Option<String> {
    forms
        .iter()
        .filter(|(f, _)| *f == Form::Stem)
        .map(|(_, t)| t)
        .min_by_key(|t| t.len())
        .cloned()
}

/// Terms at their positions as a phrase (one term: a term query).
fn phrase_query(field: Field, terms: &[(usize, String)]) -> Box<dyn Query> {
    match terms {
        [(_, t)] => term_query(field, t),
        _ => {
            let first = terms.first().map_or(0, |(p, _)| *p);
            Box::new(PhraseQuery::new_with_offset(
                terms
                    .iter()
                    .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
                    .collect(),
            ))
        }
    }
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

/// A word's alternatives: the best counts, the others a little (a passage is not
/// rewarded three times for one word).
fn one_or_dismax(mut queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    if queries.len() == 1 {
        queries.remove(0)
    } else {
        Box::new(DisjunctionMaxQuery::with_tie_breaker(queries, TIE_BREAKER))
    }
}

/// A word every language analyzer drops, or that English or Polish treat as a stop word.
fn is_stop_word(word: &str) -> bool {
    [Lang::En, Lang::Pl].into_iter().any(|lang| {
        let mut analyzer = analysis::language_analyzer(lang);
        analysis::tokens(&mut analyzer, word).is_empty()
    }) && word.chars().all(char::is_alphabetic)
}

fn tantivy_occur(occur: Occur) -> TOccur {
    match occur {
        Occur::Should => TOccur::Should,
        Occur::Must => TOccur::Must,
        Occur::MustNot => TOccur::MustNot,
    }
}

/// How much the corpus uses `word` as a word of `lang`: 1.5 when it appears only in
/// that language's passages, 0.5 when in both, 0 when not in that language.
fn corpus_share(index: &AccordIndex, lang: Lang, word: &str) -> f64 {
    let searcher = index.searcher();
    let f = index.fields();
    let used_in = |l: Lang| -> bool {
        let mut analyzer = analysis::language_analyzer(l);
        let Some(stem) = analysis::tokens(&mut analyzer, word).into_iter().next() else {
            return false;
        };
        let [marked, plain] = stem_spellings(l, &stem.text);
        // A marked stem is only ever in passages of its language; a word spelled as its
        // own stem may be in any, so it counts in passages of `l`.
        let in_l = BooleanQuery::new(vec![
            (TOccur::Must, term_query(f.body, &plain)),
            (TOccur::Must, term_filter(f.lang, l.code())),
        ]);
        searcher
            .doc_freq(&Term::from_field_text(f.body, &marked))
            .is_ok_and(|n| n > 0)
            || any_match(&searcher, &in_l)
    };
    let other = if lang == Lang::En { Lang::Pl } else { Lang::En };
    match (used_in(lang), used_in(other)) {
        (true, false) => 1.5,
        (true, true) => 0.5,
        _ => 0.0,
    }
}

/// Whether any document matches `query`: the first match in any segment ends the search.
fn any_match(searcher: &tantivy::Searcher, query: &dyn Query) -> bool {
    use tantivy::query::EnableScoring;
    use tantivy::DocSet;
    let Ok(weight) = query.weight(EnableScoring::disabled_from_searcher(searcher)) else {
        return false;
    };
    searcher.segment_readers().iter().any(|reader| {
        weight
            .scorer(reader, 1.0)
            .is_ok_and(|scorer| scorer.doc() != tantivy::TERMINATED)
    })
}

fn term_filter(field: Field, value: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, value),
        IndexRecordOption::Basic,
    ))
}

fn filter(field: Field, value: &str) -> (TOccur, Box<dyn Query>) {
    (
        TOccur::Must,
        Box::new(ConstScoreQuery::new(term_filter(field, value), 0.0)),
    )
}

/// The file (`doc_key`) of document `id`, or an error listing the known ids.
fn document_key(index: &AccordIndex, id: &str) -> Result<String> {
    match index.document(id)? {
        Some(record) => Ok(record.meta.path),
        None => {
            let known: Vec<String> = index.documents()?.into_iter().map(|r| r.meta.id).collect();
            Err(Error::UnknownDocument {
                id: id.to_string(),
                known: known.join(", "),
            })
        }
    }
}

/// A passage's text: stored in the index (a transcoded file), or read back from its
/// file (None when the file no longer holds it).
fn passage_text(source: &mut TextSource, record: &DocRecord, stored: &Stored) -> Option<String> {
    if crate::index::text::stored_in_index(&record.encoding) {
        return stored.text.clone();
    }
    source.read(record, stored.span.byte_start, stored.span.byte_end)
}

/// What the index keeps of the passage at `address`, and its document's record.
fn stored_passage<'c>(
    index: &AccordIndex,
    spans: &SpanReader,
    docs: &'c mut DocCache,
    address: tantivy::DocAddress,
) -> Result<(Stored, &'c DocRecord)> {
    let span = spans.span(address)?;
    let record = docs.get(index, span.doc)?;
    let stored = spans.read(
        address,
        crate::index::text::stored_in_index(&record.encoding),
    )?;
    Ok((stored, record))
}

/// Runs `query_text` against `index`.
pub fn search(index: &AccordIndex, query_text: &str, opts: &SearchOptions) -> Result<Vec<Hit>> {
    let node = query::parse(query_text)?;
    let from = opts.translate.then(|| {
        opts.query_lang.unwrap_or_else(|| {
            translate::detect_query_lang(query_text, &|lang, word| corpus_share(index, lang, word))
        })
    });
    // A document filter names a record: resolve it first, so an unknown id is an error
    // that lists the known ones, whatever the query.
    let doc_key = match &opts.doc {
        Some(id) => Some(document_key(index, id)?),
        None => None,
    };
    let mut compiler = Compiler::new(index, from, opts.dictionary, opts.lang);
    let Some(content) = compiler.compile(&node, false) else {
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
    let candidates = if compiler.units <= 1 && from.is_none() {
        wanted
    } else {
        (wanted * 3).clamp(30, 300).max(wanted)
    };
    let top = searcher.search(&query, &TopDocs::with_limit(candidates).order_by_score())?;

    // Coverage of each candidate: which units' queries match it, found by seeking in
    // each unit's postings (no stored text is read for this).
    let total_units = compiler.units.max(1);
    let (coverage, direct) = coverage(&searcher, &compiler.checks, &top, total_units)?;
    let mut order: Vec<usize> = (0..top.len()).collect();
    order.sort_by(|&a, &b| {
        coverage[b]
            .total_cmp(&coverage[a])
            .then(direct[b].cmp(&direct[a]))
            .then(top[b].0.total_cmp(&top[a].0))
    });
    order.truncate(wanted);

    let mut highlighter = Highlighter::default();
    let mut docs = DocCache::default();
    let mut source = index.text_source();
    let spans = SpanReader::new(&searcher, f, index.path());
    let mut hits = Vec::with_capacity(order.len());
    for (rank, i) in order.into_iter().enumerate() {
        let (score, address) = top[i];
        let (stored, record) = stored_passage(index, &spans, &mut docs, address)?;
        let text = passage_text(&mut source, record, &stored);
        let meta = &record.meta;
        let span = stored.span;
        let stale = text.is_none();
        let text = text.unwrap_or_default();
        let lang = span.lang;
        let marks = highlighter.marks(&text, lang, &compiler.terms);
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
        let translations = explain_translations(&text, &marks, &compiler.terms);
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
    Ok(hits)
}

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

/// Document records looked up once per document while rendering a result list.
#[derive(Default)]
struct DocCache {
    docs: std::collections::HashMap<u64, DocRecord>,
}

impl DocCache {
    fn get(&mut self, index: &AccordIndex, number: u64) -> Result<&DocRecord> {
        if let std::collections::hash_map::Entry::Vacant(slot) = self.docs.entry(number) {
            let record = index
                .document_by_number(number)?
                .ok_or_else(|| Error::DamagedIndex {
                    path: index.path().to_path_buf(),
                    detail: format!("passages of document number {number} have no record"),
                })?;
            slot.insert(record);
        }
        Ok(&self.docs[&number])
    }
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

/// A passage as stored in the index (for comparing documents).
#[derive(Debug, Clone, Serialize)]
pub struct StoredPassage {
    /// Document id.
    pub doc: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// 1-based position in the document.
    pub position: u64,
    /// Language.
    pub lang: Lang,
    /// Text.
    pub text: String,
}

/// Which blocks to read.
#[derive(Debug, Clone, Copy)]
enum Block {
    Passage,
    SetAside,
}

/// Reads every block of `kind` (optionally of one document), with its span and text,
/// through `make`.
fn stored_blocks<T>(
    index: &AccordIndex,
    kind: Block,
    doc: Option<&str>,
    mut make: impl FnMut(Stored, String, String, String) -> T,
) -> Result<Vec<T>> {
    use crate::index::schema::{KIND_CHROME, KIND_DOC};
    let f = index.fields();
    let mut clauses: Vec<(TOccur, Box<dyn Query>)> = match kind {
        Block::SetAside => vec![filter(f.kind, KIND_CHROME)],
        // Passages are what has no kind.
        Block::Passage => vec![
            (TOccur::Must, Box::new(tantivy::query::AllQuery)),
            (TOccur::MustNot, term_filter(f.kind, KIND_CHROME)),
            (TOccur::MustNot, term_filter(f.kind, KIND_DOC)),
        ],
    };
    if let Some(doc) = doc {
        clauses.push(filter(f.doc_key, &document_key(index, doc)?));
    }
    let searcher = index.searcher();
    let found = searcher.search(
        &BooleanQuery::new(clauses),
        &tantivy::collector::DocSetCollector,
    )?;
    let mut out = Vec::with_capacity(found.len());
    let mut docs = DocCache::default();
    let mut source = index.text_source();
    let spans = SpanReader::new(&searcher, f, index.path());
    for address in found {
        let (stored, record) = stored_passage(index, &spans, &mut docs, address)?;
        let path = record.meta.path.clone();
        let id = record.meta.id.clone();
        let text = passage_text(&mut source, record, &stored).ok_or_else(|| Error::Stale {
            path: path.clone(),
            lines: format!("{}-{}", stored.span.line_start, stored.span.line_end),
        })?;
        out.push(make(stored, id, path, text));
    }
    Ok(out)
}

/// Every searchable passage of a document, in document order.
pub fn passages_of(index: &AccordIndex, doc: &str) -> Result<Vec<StoredPassage>> {
    let mut out = stored_blocks(
        index,
        Block::Passage,
        Some(doc),
        |stored, id, path, text| {
            let span = stored.span;
            StoredPassage {
                doc: id,
                path,
                line_start: span.line_start,
                line_end: span.line_end,
                position: span.position,
                lang: span.lang,
                text,
            }
        },
    )?;
    out.sort_by_key(|p| p.position);
    Ok(out)
}

/// A block set aside as web-page chrome, for auditing.
#[derive(Debug, Clone, Serialize)]
pub struct SetAside {
    /// Document id.
    pub doc: String,
    /// File under the corpus folder.
    pub path: String,
    /// 1-based first line.
    pub line_start: u64,
    /// 1-based last line.
    pub line_end: u64,
    /// Why it was set aside.
    pub reason: String,
    /// Its text.
    pub text: String,
}

/// Every block set aside, optionally of one document, in file order.
pub fn set_aside(index: &AccordIndex, doc: Option<&str>) -> Result<Vec<SetAside>> {
    let mut out = stored_blocks(index, Block::SetAside, doc, |stored, id, path, text| {
        SetAside {
            doc: id,
            path,
            line_start: stored.span.line_start,
            line_end: stored.span.line_end,
            reason: stored.reason.unwrap_or_default(),
            text,
        }
    })?;
    out.sort_by(|a, b| (&a.path, a.line_start).cmp(&(&b.path, b.line_start)));
    Ok(out)
}
