//! The curated trilingual glossary (`data/glossary.tsv`), compiled into the binary.
//!
//! Each line is a concept with its terms in English, Polish and Korean (alternatives
//! separated by ` | `). Terms are matched through the analyzers of their language, so
//! an inflected query (`submarine cables`, `łańcucha dostaw`, `해저 케이블을`) meets the
//! dictionary form (`submarine cable`, `łańcuch dostaw`, `해저 케이블`).
//!
//! Searches use `data/glossary.index`, the glossary with every term already analyzed,
//! as sorted lines searched in place ([`super::sorted`]): parsing the glossary and
//! analyzing its terms cost about a millisecond on every command that translates. The
//! index is generated from `glossary.tsv` by [`index_text`]; a test fails when it is
//! out of date (`ACCORD_BLESS=1 cargo test --lib glossary` rewrites it).

use crate::analysis;
use crate::lang::Lang;

use super::sorted;

/// The glossary shipped with accord.
pub const EMBEDDED: &str = include_str!("../../data/glossary.tsv");

/// [`EMBEDDED`], analyzed: see the module documentation.
pub const INDEX: &str = include_str!("../../data/glossary.index");

/// One concept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Concept {
    /// Line number in the TSV (1-based), a stable id within one version.
    pub line: usize,
    /// Terms per language, in [`Lang::ALL`] order; the first is the preferred form.
    pub terms: [Vec<&'static str>; 3],
    /// institution, place, technology, policy or general.
    pub kind: &'static str,
}

impl Concept {
    /// The terms of `lang`.
    pub fn terms(&self, lang: Lang) -> &[&'static str] {
        &self.terms[lang_index(lang)]
    }
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// Alternatives of a cell, separated by `|` (written ` | `).
fn alternatives(cell: &'static str) -> Vec<&'static str> {
    cell.split('|')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .collect()
}

/// Parses glossary TSV into concepts; errors name the line. Terms are slices of
/// `text`.
pub fn parse(text: &'static str) -> Result<Vec<Concept>, String> {
    let mut concepts = Vec::with_capacity(text.len() / 64);
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if n == 1 || line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cells: Vec<&'static str> = line.split('\t').collect();
        let [en, pl, ko, kind] = cells[..] else {
            return Err(format!(
                "line {n}: expected 4 tab-separated cells, found {}",
                cells.len()
            ));
        };
        let (en, pl, ko) = (alternatives(en), alternatives(pl), alternatives(ko));
        if en.is_empty() || pl.is_empty() || ko.is_empty() {
            return Err(format!("line {n}: every language needs a term"));
        }
        concepts.push(Concept {
            line: n,
            terms: [pl, en, ko],
            kind: kind.trim(),
        });
    }
    Ok(concepts)
}

/// Width of a concept number in the index: numbers sort as text.
const ID_WIDTH: usize = 5;

/// The index of glossary TSV `text`: for each concept (numbered from 0 in file order)
/// a `c` line with its cells; for each term of each language an `e` line with its
/// analyzed tokens and concept; for each token of a language a `v` line. Sorted
/// bytewise, ready for [`sorted::lower_bound`].
pub fn index_text(text: &'static str) -> Result<String, String> {
    let concepts = parse(text)?;
    let mut lines: Vec<String> = Vec::new();
    for (id, c) in concepts.iter().enumerate() {
        let cell = |lang| c.terms(lang).join(" | ");
        lines.push(format!(
            "c\t{id:0w$}\t{}\t{}\t{}\t{}\t{}",
            c.line,
            c.kind,
            cell(Lang::Pl),
            cell(Lang::En),
            cell(Lang::Ko),
            w = ID_WIDTH
        ));
        for lang in Lang::ALL {
            for term in c.terms(lang) {
                let tokens = analyzed(lang, term);
                if tokens.is_empty() {
                    return Err(format!(
                        "line {}: {lang} term {term:?} analyzes to nothing",
                        c.line
                    ));
                }
                lines.push(format!(
                    "e\t{lang}\t{}\t{id:0w$}",
                    tokens.join(" "),
                    w = ID_WIDTH
                ));
                for t in tokens {
                    lines.push(format!("v\t{lang}\t{t}"));
                }
            }
        }
    }
    lines.sort();
    lines.dedup();
    let mut out = lines.join("\n");
    out.push('\n');
    Ok(out)
}

/// A glossary match in a token sequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    /// First token (index into the sequence given).
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Concepts whose term analyzes to these tokens (several when stems collide:
    /// `government` and `governance` both give `govern`).
    pub concepts: Vec<usize>,
}

/// The analyzed form of a term in `lang`: one token per position, the shortest
/// alternative (a Korean word's stem rather than the word with its particle).
pub fn analyzed(lang: Lang, text: &str) -> Vec<String> {
    analyzed_with(&mut analysis::language_analyzer(lang), text)
}

/// [`analyzed`] with an analyzer the caller keeps (for many terms in a row).
pub fn analyzed_with(analyzer: &mut tantivy::tokenizer::TextAnalyzer, text: &str) -> Vec<String> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for t in analysis::tokens(analyzer, text) {
        match out.last_mut() {
            Some((pos, s)) if *pos == t.position => {
                if t.text.len() < s.len() {
                    *s = t.text;
                }
            }
            _ => out.push((t.position, t.text)),
        }
    }
    out.into_iter().map(|(_, s)| s).collect()
}

/// The stem of a Polish key (an analyzed token), by which [`Glossary::find`] also
/// compares keys: `kolej` (the lemma of `koleje`) -> `kol` (the key of `kolej`). None
/// for the other languages, whose keys compare exactly.
fn loose_key(lang: Lang, token: &str) -> Option<String> {
    if lang != Lang::Pl {
        return None;
    }
    let mut stem = String::new();
    analysis::polish::stem_into(token, &mut stem);
    Some(stem)
}

/// Other keys a Polish word may meet a term on: the keys of its lemmas, analyzed as a
/// term is. A term is written in its base form, so its key is its lemma's; an inflected
/// word's own key can miss it where the stemmer cuts the two differently (`klastry` ->
/// `klastr`, the term `klaster` -> `klaster`). Empty for the other languages, and for a
/// word that analyzes to other than one token.
pub fn lemma_keys(lang: Lang, word: &str) -> Vec<String> {
    if lang != Lang::Pl {
        return Vec::new();
    }
    let own = analyzed(lang, word);
    if own.len() != 1 {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    analysis::polish::for_each_lemma(&word.to_lowercase(), |lemma| {
        if let [key] = analyzed(lang, lemma).as_slice() {
            if *key != own[0] && !out.contains(key) {
                out.push(key.clone());
            }
        }
    });
    out
}

/// A concept from the cells of its index line after the number: TSV line, kind, terms.
fn concept_of(cells: &'static str) -> Option<Concept> {
    let mut cells = cells.split('\t');
    let line = cells.next()?.parse().ok()?;
    let kind = cells.next()?;
    let mut terms: [Vec<&'static str>; 3] = Default::default();
    for t in &mut terms {
        *t = alternatives(cells.next()?);
    }
    Some(Concept { line, terms, kind })
}

/// The glossary, searched through its index.
pub struct Glossary {
    index: &'static str,
}

impl Glossary {
    /// The glossary shipped with accord.
    pub fn embedded() -> &'static Glossary {
        static GLOSSARY: Glossary = Glossary { index: INDEX };
        &GLOSSARY
    }

    /// Concept number `id` (as in [`Match::concepts`]).
    pub fn concept(&self, id: usize) -> Option<Concept> {
        let prefix = format!("c\t{id:0w$}\t", w = ID_WIDTH);
        let line = sorted::with_prefix(self.index, &prefix).next()?;
        concept_of(&line[prefix.len()..])
    }

    /// Every concept with its number, in file order.
    pub fn concepts(&self) -> impl Iterator<Item = (usize, Concept)> {
        sorted::with_prefix(self.index, "c\t").filter_map(|line| {
            let (id, rest) = line["c\t".len()..].split_once('\t')?;
            Some((id.parse().ok()?, concept_of(rest)?))
        })
    }

    /// Longest glossary matches, left to right, in a sequence of analyzed tokens of
    /// `lang` (as produced by [`analyzed`]).
    ///
    /// A Polish token also meets a key with the same stem (`loose_key`): a term and
    /// an inflected form of it can keep different shortest forms (`kolej` keeps its
    /// stem `kol`, `koleje` only its lemma `kolej`). At the same length an exact match
    /// wins over such a loose one (and over one through a lemma, in [`Self::find_with`]).
    pub fn find(&self, lang: Lang, tokens: &[String]) -> Vec<Match> {
        self.find_with(lang, tokens, &[])
    }

    /// [`Glossary::find`], where token `i` may also be any of `others[i]` (the keys of
    /// its word's lemmas: [`lemma_keys`]; missing or empty for none).
    pub fn find_with(&self, lang: Lang, tokens: &[String], others: &[Vec<String>]) -> Vec<Match> {
        let none = Vec::new();
        let others_of = |i: usize| others.get(i).unwrap_or(&none);
        let loose: Vec<Option<String>> = tokens.iter().map(|t| loose_key(lang, t)).collect();
        // Whether `entry` fits the tokens from `at`: Some(true) exactly, Some(false)
        // through a lemma or a stem.
        let fits_at = |at: usize, entry: &[&str]| -> Option<bool> {
            if tokens.len() - at < entry.len() {
                return None;
            }
            let mut exact = true;
            for (j, (a, (b, loose_b))) in entry
                .iter()
                .zip(tokens[at..].iter().zip(&loose[at..]))
                .enumerate()
            {
                if a == b {
                    continue;
                }
                exact = false;
                if others_of(at + j).iter().any(|o| o == a) {
                    continue;
                }
                loose_b.as_ref()?;
                if loose_key(lang, a) != *loose_b {
                    return None;
                }
            }
            Some(exact)
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            // Entries whose first token is tokens[i] (`e<TAB>lang<TAB>t1 t2<TAB>id`), and
            // for a Polish token those whose first token starts with its stem.
            let exact_prefixes: Vec<String> = std::iter::once(&tokens[i])
                .chain(others_of(i))
                .map(|key| format!("e\t{lang}\t{key}"))
                .collect();
            let exact_lines = exact_prefixes.iter().flat_map(|prefix| {
                sorted::with_prefix(self.index, prefix)
                    .filter(|line| line[prefix.len()..].starts_with([' ', '\t']))
            });
            let loose_prefix = loose[i].as_ref().map(|stem| format!("e\t{lang}\t{stem}"));
            let loose_lines = loose_prefix
                .iter()
                .flat_map(|prefix| sorted::with_prefix(self.index, prefix));
            // (length, exact, concepts) of the best entry so far.
            let mut best: Option<(usize, bool, Vec<usize>)> = None;
            for line in exact_lines.chain(loose_lines) {
                // After `e<TAB>lang<TAB>`: the tokens, a tab, the concept number.
                let body = &line[2 + lang.code().len() + 1..];
                let Some((entry, id)) = body.rsplit_once('\t') else {
                    continue;
                };
                let Ok(id) = id.parse::<usize>() else {
                    continue;
                };
                let entry: Vec<&str> = entry.split(' ').collect();
                let Some(exact) = fits_at(i, &entry) else {
                    continue;
                };
                let key = (entry.len(), exact);
                match &mut best {
                    Some((len, was_exact, ids)) if (*len, *was_exact) == key => {
                        if !ids.contains(&id) {
                            ids.push(id);
                        }
                    }
                    Some((len, was_exact, _)) if (*len, *was_exact) > key => {}
                    _ => best = Some((entry.len(), exact, vec![id])),
                }
            }
            match best {
                Some((len, _, concepts)) => {
                    out.push(Match {
                        start: i,
                        end: i + len,
                        concepts,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Is this (analyzed) token part of some term of `lang`?
    pub fn knows(&self, lang: Lang, token: &str) -> bool {
        let line = format!("v\t{lang}\t{token}");
        let at = sorted::lower_bound(self.index, &line);
        self.index[at..].lines().next() == Some(line.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_index_is_current() {
        let fresh = index_text(EMBEDDED).expect("the glossary parses and analyzes");
        if std::env::var_os("ACCORD_BLESS").is_some() {
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/glossary.index");
            std::fs::write(path, &fresh).expect("write data/glossary.index");
            return;
        }
        assert!(
            fresh == INDEX,
            "data/glossary.index is out of date (glossary.tsv or the analyzers changed); \
             rewrite it with `ACCORD_BLESS=1 cargo test --lib glossary` and review the diff"
        );
    }

    #[test]
    fn every_entry_round_trips_through_the_analyzers() {
        // Each term, analyzed, is found as a whole match of its own concept (or of a
        // concept holding the same term).
        let g = Glossary::embedded();
        let mut failures = Vec::new();
        for (ci, c) in parse(EMBEDDED).unwrap().iter().enumerate() {
            assert_eq!(g.concept(ci).as_ref(), Some(c));
            for lang in Lang::ALL {
                for term in c.terms(lang) {
                    let tokens = analyzed(lang, term);
                    let found = g.find(lang, &tokens);
                    let whole = found
                        .iter()
                        .any(|m| m.start == 0 && m.end == tokens.len() && m.concepts.contains(&ci));
                    if !whole {
                        failures.push(format!(
                            "line {}: {lang} {term:?} -> {tokens:?} -> {found:?}",
                            c.line
                        ));
                    }
                    for t in &tokens {
                        assert!(g.knows(lang, t), "{lang} {t:?}");
                    }
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        assert!(!g.knows(Lang::En, "zzzqqq"));
        assert_eq!(g.concept(99_999), None);
    }

    #[test]
    fn inflected_forms_meet_dictionary_forms() {
        let g = Glossary::embedded();
        let concept_of = |lang, text: &str| {
            let tokens = analyzed(lang, text);
            let m = g.find(lang, &tokens);
            assert_eq!(m.len(), 1, "{text:?} -> {tokens:?} -> {m:?}");
            g.concept(m[0].concepts[0]).unwrap().terms(Lang::En)[0].to_string()
        };
        assert_eq!(concept_of(Lang::En, "submarine cables"), "submarine cable");
        assert_eq!(concept_of(Lang::Pl, "łańcucha dostaw"), "supply chain");
        assert_eq!(concept_of(Lang::Pl, "półprzewodników"), "semiconductor");
        assert_eq!(concept_of(Lang::Ko, "반도체를"), "semiconductor");
        assert_eq!(concept_of(Lang::Pl, "w Brukseli"), "Brussels");
        // The instrumental plural keeps only its lemma (`kolej`), the term its stem
        // (`kol`): they meet on the stem.
        assert_eq!(concept_of(Lang::Pl, "kolejami"), "railway");
    }

    #[test]
    fn an_inflected_polish_word_meets_its_term_through_its_lemma() {
        // `klastrów` keeps `klastr`, the term `klaster` keeps `klaster`: its lemma's key.
        let g = Glossary::embedded();
        let tokens = analyzed(Lang::Pl, "klastrów");
        assert!(g.find(Lang::Pl, &tokens).is_empty(), "{tokens:?}");
        let others = [lemma_keys(Lang::Pl, "klastrów")];
        let m = g.find_with(Lang::Pl, &tokens, &others);
        assert_eq!(m.len(), 1, "{others:?} -> {m:?}");
        let concept = g.concept(m[0].concepts[0]).unwrap();
        assert_eq!(concept.terms(Lang::En)[0], "cluster");
        assert!(lemma_keys(Lang::En, "clusters").is_empty());
    }

    #[test]
    fn a_malformed_line_is_reported_with_its_number() {
        let err = parse("en\tpl\tko\tkind\nchip\tczip\n").err().unwrap();
        assert!(err.starts_with("line 2:"), "{err}");
    }
}
