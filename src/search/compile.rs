//! Compiling a parsed query into a tantivy query over the `body` field.
//!
//! A word is analyzed as each searched language would analyze it, and the union of its
//! forms is searched, each once, with its own weight: the exact form, the folded form,
//! and the stems in both spellings the index may hold (behind their language's mark, or
//! as a word that is its own stem). A phrase becomes three phrases (exact, folded,
//! stems). Translations are their language's stems, weighted below every form of the
//! words as typed. While compiling, the terms are recorded for highlighting
//! ([`QueryTerms`]) and each positive word or phrase gets a `UnitCheck`, the queries
//! that tell the ranking whether a passage covers it.

use tantivy::query::{
    BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur as TOccur, PhraseQuery, Query, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::expand;
use super::highlight::{MatchKind, QueryTerms, TranslationNote};
use super::query::{Node, Occur};
use super::SearchOptions;
use crate::analysis::{self, Analyzed, Analyzer, Form};
use crate::error::Result;
use crate::index::read::term_filter;
use crate::index::AccordIndex;
use crate::lang::Lang;
use crate::translate::{self, Translation};

/// Weight of an exact-form match.
const BOOST_EXACT: f32 = 2.0;
/// Weight of a folded match.
const BOOST_FOLDED: f32 = 1.5;
/// Weight of a stem match (either spelling).
const BOOST_STEM: f32 = 1.0;
/// Weight of a word a prefix stands for (`semicond*` -> `semiconductors`).
const BOOST_PREFIX: f32 = 1.0;
/// Weight of a word one or two typos away from the word typed: below every form of the
/// word as typed.
const BOOST_TYPO: f32 = 0.3;
/// Weight of a translated term: below every form of the original words.
const BOOST_TRANSLATED: f32 = 0.8;
/// Weight of a word found as a part of a compound (Korean `교역` in `교역국이고`): below
/// a translation, so a passage with the word itself ranks first and an accidental
/// part (`도체` in `반도체`) stays at the bottom.
const BOOST_PART: f32 = 0.3;
/// A word scores by its best way of matching (exact, folded, stem, translated), plus
/// this share of the others: a passage is not rewarded three times for one word.
const TIE_BREAKER: f32 = 0.1;

/// A compiled query: what to run, and what the ranking and highlighting need to know.
pub(crate) struct Compiled {
    /// The query over passages' body field; None when nothing in it can be searched
    /// for (only punctuation, or only stop words that every analyzer drops).
    pub query: Option<Box<dyn Query>>,
    /// Terms to highlight, by form and by query unit.
    pub terms: QueryTerms,
    /// Positive words and phrases of the query.
    pub units: usize,
    /// For each positive word or phrase, how to tell whether a passage matches it.
    pub checks: Vec<UnitCheck>,
    /// Whether some word also matches through typos (the ranking then puts passages
    /// that need them below the others).
    pub typos: bool,
    /// The positive words and phrases, as typed (for the explanation).
    pub unit_texts: Vec<String>,
    /// Every translation the query asked for, with its senses (for the explanation).
    pub translations: Vec<Translation>,
}

/// Compiles `node` for `index`: translating from `from` (None: no translation), with
/// `opts`' dictionary, languages and typo tolerance.
pub(crate) fn compile(
    index: &AccordIndex,
    node: &Node,
    from: Option<Lang>,
    opts: &SearchOptions,
) -> Result<Compiled> {
    let mut compiler = Compiler {
        index,
        analyzed: Analyzed::default(),
        terms: QueryTerms::default(),
        from,
        dictionary: opts.dictionary,
        langs: if opts.langs.is_empty() {
            Lang::ALL.to_vec()
        } else {
            opts.langs.clone()
        },
        units: 0,
        checks: Vec::new(),
        exact: opts.exact,
        proximity: Proximity::default(),
        typos: false,
        unit_texts: Vec::new(),
        asked: Vec::new(),
    };
    let query = compiler.compile(node, false)?;
    Ok(Compiled {
        query,
        terms: compiler.terms,
        units: compiler.units,
        checks: compiler.checks,
        typos: compiler.typos,
        unit_texts: compiler.unit_texts,
        translations: compiler.asked,
    })
}

/// The language `query_text` is written in, judged by its words and how the corpus
/// uses them.
pub(crate) fn query_lang(
    index: &AccordIndex,
    query_text: &str,
) -> (Lang, translate::explain::LangReason) {
    translate::detect_query_lang_why(query_text, &|lang, word| corpus_share(index, lang, word))
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
    /// No typo tolerance.
    exact: bool,
    /// How close the words of the phrase being compiled must be.
    proximity: Proximity,
    /// Whether a word was given typo alternatives.
    typos: bool,
    /// The words and phrases searched, as typed (for the explanation).
    unit_texts: Vec<String>,
    /// Every translation asked for (for the explanation).
    asked: Vec<Translation>,
}

/// How close a phrase's words must be: `slop` other words may stand between them,
/// and with `any_order` they may come in any order (`NEAR`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Proximity {
    slop: u32,
    any_order: bool,
}

/// How to tell whether a passage matches some units of the query.
pub(crate) struct UnitCheck {
    /// The units it tells about.
    pub units: Vec<usize>,
    /// Matches the units as typed.
    pub direct: Option<Box<dyn Query>>,
    /// Matches them through a translation.
    pub translated: Option<Box<dyn Query>>,
    /// Matches them only through a word one or two typos away.
    pub typo: Option<Box<dyn Query>>,
}

/// A query term and the form it stands for.
type FormOf = (String, Form);

/// A translated alternative to attach to a word's query.
type Extra = Vec<Translation>;

impl<'a> Compiler<'a> {
    /// The translations of a run of words, their senses chosen by this index.
    fn translations(&mut self, words: &[&str]) -> Vec<Translation> {
        let Some(from) = self.from else {
            return Vec::new();
        };
        let searcher = self.index.searcher();
        let evidence = translate::IndexEvidence::new(&searcher, self.index.fields().body);
        let found: Vec<Translation> = translate::translate(words, from, self.dictionary, &evidence)
            .into_iter()
            .filter(|t| self.langs.contains(&t.to))
            .collect();
        self.asked.extend(found.iter().cloned());
        found
    }

    fn compile(&mut self, node: &Node, negated: bool) -> Result<Option<Box<dyn Query>>> {
        Ok(match node {
            Node::Word(text) => {
                let extra = self.translations(&[text.as_str()]);
                self.text(text, negated, &extra, true)?
            }
            Node::Prefix(text) => self.prefix(text, negated)?,
            Node::Phrase(text) => self.phrase(text, negated)?,
            Node::Near {
                text,
                slop,
                ordered,
            } => {
                let outer = self.proximity;
                self.proximity = Proximity {
                    slop: *slop,
                    any_order: !ordered,
                };
                let query = self.phrase(text, negated);
                self.proximity = outer;
                query?
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
                        Node::Word(w) => self.text(w, neg, &extra, true)?,
                        other => self.compile(other, neg)?,
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
                                typo: None,
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
                    return Ok(None);
                }
                Some(Box::new(BooleanQuery::new(out)))
            }
        })
    }

    /// The forms of `text` in `lang`, by position: `(position, [(form, term)])`.
    fn positions(&mut self, lang: Lang, text: &str) -> Vec<(usize, Vec<(Form, String)>)> {
        Analyzer::new(lang).analyze(text, &mut self.analyzed);
        let mut out: Vec<(usize, Vec<(Form, String)>)> = Vec::new();
        // A query's own parts are not searched: its stems are searched among the
        // index's parts instead (a query word inside a passage's compound).
        for (t, s) in self.analyzed.iter().filter(|(t, _)| t.form != Form::Part) {
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
                        if let Some(mark) = analysis::part_mark(lang) {
                            Alternative::term(field, &format!("{mark}{term}"), BOOST_PART)
                                .add_to(&mut alternatives);
                        }
                    }
                    Form::Part => {}
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
            Alternative::phrase(field, &terms, boost_of(level), self.proximity)
                .add_to(&mut alternatives);
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
        let key = format!("stems {choices:?} {:?}", self.proximity);
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
            queries.push((TOccur::Should, phrase_query(field, &terms, self.proximity)));
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
                // One word: its stems as words, and inside the index's compounds (a
                // Korean translation `버스` in `수소버스`), as a typed word is searched.
                let mut qs: Vec<(TOccur, Box<dyn Query>)> = stems
                    .iter()
                    .flat_map(|s| stem_spellings(lang, s))
                    .map(|t| (TOccur::Should, term_query(field, &t)))
                    .collect();
                if let Some(mark) = analysis::part_mark(lang) {
                    qs.extend(stems.iter().map(|s| {
                        let part = term_query(field, &format!("{mark}{s}"));
                        (TOccur::Should, boosted(part, BOOST_PART / BOOST_STEM))
                    }));
                }
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
            if let Some((q, terms)) = self.stem_query(t.to, &alt.text) {
                if !negated {
                    for term in terms {
                        self.terms.add_translated(
                            t.to,
                            &term,
                            TranslationNote {
                                from: t.from_text.clone(),
                                to: alt.text.clone(),
                                source: t.source.label(),
                            },
                            units,
                        );
                    }
                }
                alternatives.push((TOccur::Should, boosted(q, alt.weight)));
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
    /// A phrase (or words that must be close, by [`Compiler::proximity`]); it
    /// translates only as a whole.
    fn phrase(&mut self, text: &str, negated: bool) -> Result<Option<Box<dyn Query>>> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let extra: Extra = self
            .translations(&words)
            .into_iter()
            .filter(|t| t.start == 0 && t.end == words.len())
            .collect();
        self.text(text, negated, &extra, false)
    }

    /// `word*`: every word form the index holds that starts with the word, lower-cased
    /// or folded (`polprzewod*` reaches `półprzewodników` through its folded form).
    fn prefix(&mut self, text: &str, negated: bool) -> Result<Option<Box<dyn Query>>> {
        let field = self.index.fields().body;
        let searcher = self.index.searcher();
        let lower = text.to_lowercase();
        let folded = analysis::folding::fold(&lower);
        let mut found = expand::prefix_terms(&searcher, field, &folded)?;
        if folded != lower {
            for e in expand::prefix_terms(&searcher, field, &lower)? {
                if !found.iter().any(|f| f.term == e.term) {
                    found.push(e);
                }
            }
        }
        let unit = self.units;
        let mut queries: Vec<Box<dyn Query>> = Vec::new();
        for e in &found {
            let whole = e.term == lower || e.term == folded;
            let boost = if whole { BOOST_EXACT } else { BOOST_PREFIX };
            queries.push(boosted(term_query(field, &e.term), boost));
            if !negated {
                if whole {
                    for lang in self.langs.clone() {
                        self.terms.add(lang, &e.term, Form::Exact, unit);
                    }
                } else {
                    self.terms.add_expanded(&e.term, MatchKind::Prefix, unit);
                }
            }
        }
        // No word starts so: a query that matches nothing (the query has no hits; it
        // is not malformed).
        let query: Box<dyn Query> = if queries.is_empty() {
            Box::new(BooleanQuery::new(Vec::new()))
        } else {
            one_or_dismax(queries)
        };
        if !negated {
            self.units += 1;
            self.checks.push(UnitCheck {
                units: vec![unit],
                direct: Some(query.box_clone()),
                translated: None,
                typo: None,
            });
        }
        Ok(Some(query))
    }

    /// The words one or two typos away from `word` (by its length; none for codes,
    /// stop words or with `exact`), each weighted below every form of the word.
    fn typo_query(&mut self, word: &str, unit: usize) -> Result<Option<Box<dyn Query>>> {
        let budget = expand::typo_budget(word);
        if self.exact || budget == 0 || is_stop_word(word) {
            return Ok(None);
        }
        let field = self.index.fields().body;
        let searcher = self.index.searcher();
        let lower = word.to_lowercase();
        let folded = analysis::folding::fold(&lower);
        let mut found = expand::typo_terms(&searcher, field, &folded, budget)?;
        // An inflection is not a typo: the word's stems already reach it.
        let own = self.stems_of(word);
        found.retain(|e| e.term != lower && self.stems_of(&e.term).is_disjoint(&own));
        if found.is_empty() {
            return Ok(None);
        }
        let mut queries: Vec<Box<dyn Query>> = Vec::new();
        for e in &found {
            queries.push(boosted(term_query(field, &e.term), BOOST_TYPO));
            self.terms.add_expanded(&e.term, MatchKind::Typo, unit);
        }
        self.typos = true;
        Ok(Some(one_or_dismax(queries)))
    }

    /// The stems `word` has in the languages searched.
    fn stems_of(&mut self, word: &str) -> std::collections::HashSet<(Lang, String)> {
        let mut out = std::collections::HashSet::new();
        for lang in self.langs.clone() {
            for (_, forms) in self.positions(lang, word) {
                for (form, term) in forms {
                    if form == Form::Stem {
                        out.insert((lang, term));
                    }
                }
            }
        }
        out
    }

    fn text(
        &mut self,
        text: &str,
        negated: bool,
        extra: &[Translation],
        typos: bool,
    ) -> Result<Option<Box<dyn Query>>> {
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
        let typo = if typos && !negated {
            self.typo_query(text, unit)?
        } else {
            None
        };
        if direct.is_none() && translated.is_empty() && typo.is_none() {
            return Ok(None);
        }
        if !negated {
            self.units += 1;
            self.unit_texts.push(text.to_string());
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
                typo: typo.as_ref().map(|q| q.box_clone()),
            });
        }
        let disjuncts: Vec<Box<dyn Query>> =
            direct.into_iter().chain(translated).chain(typo).collect();
        Ok(Some(one_or_dismax(disjuncts)))
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

    fn phrase(
        field: Field,
        terms: &[(usize, String)],
        boost: f32,
        proximity: Proximity,
    ) -> Alternative {
        let key = match terms {
            [(_, t)] => format!("term {t:?}"),
            _ => {
                let first = terms.first().map_or(0, |(p, _)| *p);
                let shifted: Vec<(usize, &str)> =
                    terms.iter().map(|(p, t)| (p - first, t.as_str())).collect();
                format!("phrase {shifted:?} {proximity:?}")
            }
        };
        Alternative {
            key,
            boost,
            query: phrase_query(field, terms, proximity),
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
        Form::Part => BOOST_PART,
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

/// Most words a `NEAR` group searches in every order (4! = 24 phrase queries); a
/// longer group is searched in the order typed.
const MAX_ANY_ORDER: usize = 4;

/// Terms at their positions as a phrase (one term: a term query), with `proximity`'s
/// slop; in any order, every order of the terms, side by side within the slop.
fn phrase_query(field: Field, terms: &[(usize, String)], proximity: Proximity) -> Box<dyn Query> {
    let phrase = |terms: Vec<(usize, &str)>, slop: u32| -> Box<dyn Query> {
        let first = terms.first().map_or(0, |(p, _)| *p);
        Box::new(PhraseQuery::new_with_offset_and_slop(
            terms
                .into_iter()
                .map(|(p, t)| (p - first, Term::from_field_text(field, t)))
                .collect(),
            slop,
        ))
    };
    match terms {
        [(_, t)] => term_query(field, t),
        _ if !proximity.any_order || terms.len() > MAX_ANY_ORDER => phrase(
            terms.iter().map(|(p, t)| (*p, t.as_str())).collect(),
            proximity.slop,
        ),
        _ => {
            // Gaps left by stop words count towards the distance allowed.
            let span = terms.last().map_or(0, |(p, _)| *p) - terms[0].0;
            let slop = proximity.slop + (span + 1 - terms.len()) as u32;
            let words: Vec<&str> = terms.iter().map(|(_, t)| t.as_str()).collect();
            let orders: Vec<(TOccur, Box<dyn Query>)> = permutations(words.len())
                .into_iter()
                .map(|order| {
                    let terms = order
                        .iter()
                        .enumerate()
                        .map(|(p, &i)| (p, words[i]))
                        .collect();
                    (TOccur::Should, phrase(terms, slop))
                })
                .collect();
            Box::new(BooleanQuery::new(orders))
        }
    }
}

/// Every order of `0..n`.
fn permutations(n: usize) -> Vec<Vec<usize>> {
    if n == 0 {
        return vec![Vec::new()];
    }
    let mut out = Vec::new();
    for rest in permutations(n - 1) {
        for at in 0..=rest.len() {
            let mut order = rest.clone();
            order.insert(at, n - 1);
            out.push(order);
        }
    }
    out
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
