//! `Analyzer`: one pass over a text gives every form of every word.
//!
//! For each word (UAX#29, see `words`) at its position, in this order:
//! - [`Form::Exact`]: the word lower-cased;
//! - [`Form::Folded`]: the same with Latin diacritics folded, when that changes it
//!   (`łańcucha` -> `lancucha`);
//! - [`Form::Stem`]: what the language's rules make of it, unless it is a stop word
//!   (each language's rules are in its own file, behind the table of `language`):
//!   Polish Snowball stem, folded, with the stem of the folded word beside it when it
//!   differs (`półprzewodników` -> `polprzewodnik`); English Porter2 stem, folded;
//!   for Korean, the Hangul word and the word without its particle (`반도체를` ->
//!   `반도체를`, `반도체`), each script run of a word at its own position (`1989년에`
//!   -> `1989`, `년에`).
//!
//! The index keeps each distinct term of a position once (`IndexTokenizer`), so a word
//! whose stem is itself (`korea`, `6g`) costs one posting, not three. Queries and
//! highlighting use the forms to tell how a word matched. Everything is computed in one
//! pass, stems are cached per thread, and no allocation is made per word once the
//! buffers have grown: indexing is dominated by this code and by tantivy's postings.

use std::cell::RefCell;
use std::collections::HashMap;

use rustc_hash::{FxBuildHasher, FxHashMap};

use super::folding::fold_into;
use super::language::{rules, Language};
use super::words;
use crate::lang::Lang;

/// How a term stands for its word, best match first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Form {
    /// The word lower-cased.
    Exact,
    /// The word lower-cased, diacritics folded.
    Folded,
    /// The language's stem (or Korean particle-free form).
    Stem,
    /// A part of a compound (Korean: a piece of a long Hangul word, `교역` of
    /// `교역국이고`), indexed behind the part mark ([`super::part_mark`]) and searched
    /// by a query's stems at a low weight.
    Part,
}

/// One term of an analyzed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Term {
    /// Word position (0-based, one per word or Korean script run).
    pub position: u32,
    /// Byte offset of the word in the text.
    pub from: u32,
    /// Byte offset past the word.
    pub to: u32,
    /// What kind of form this term is.
    pub form: Form,
    /// How the index spells it (see `index_tokenizer`).
    pub indexed: Indexed,
    start: u32,
    end: u32,
}

/// How a term is spelled in the index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Indexed {
    /// As it is (an exact or folded form, or a stem equal to one of them).
    Plain,
    /// Behind the stem mark (a stem that differs from its word's exact and folded
    /// forms), or, for a part, behind the part mark.
    Marked,
    /// Not at all: the same spelling as another term of the word.
    No,
}

/// The terms of a text, in position order; the term texts share one buffer.
#[derive(Debug, Default, Clone)]
pub struct Analyzed {
    buffer: String,
    terms: Vec<Term>,
    scratch: String,
}

impl Analyzed {
    /// Empties it, keeping its memory.
    pub fn clear(&mut self) {
        self.buffer.clear();
        self.terms.clear();
    }

    /// Every term with its text.
    pub fn iter(&self) -> impl Iterator<Item = (&Term, &str)> + '_ {
        self.terms
            .iter()
            .map(|t| (t, &self.buffer[t.start as usize..t.end as usize]))
    }

    /// Number of terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// No terms?
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// The text of term `i`.
    pub fn text(&self, i: usize) -> &str {
        let t = &self.terms[i];
        &self.buffer[t.start as usize..t.end as usize]
    }

    /// The term records.
    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Appends `form` for the word at `position` whose text is `buffer[start..]`,
    /// unless it repeats an earlier term of the same position with the same text (then
    /// the text is dropped from the buffer). Returns whether it was added.
    fn commit(&mut self, position: u32, from: usize, to: usize, form: Form, start: usize) -> bool {
        let end = self.buffer.len();
        let text = &self.buffer[start..end];
        let mut repeated = false;
        let mut plain_twin = false;
        for t in self
            .terms
            .iter()
            .rev()
            .take_while(|t| t.position == position)
        {
            if &self.buffer[t.start as usize..t.end as usize] == text {
                repeated |= t.form == form;
                plain_twin |= t.form < Form::Stem;
            }
        }
        if repeated || start == end {
            self.buffer.truncate(start);
            return false;
        }
        let indexed = match (form, plain_twin) {
            (Form::Part, _) => Indexed::Marked,
            (_, true) => Indexed::No,
            (Form::Stem, false) => Indexed::Marked,
            _ => Indexed::Plain,
        };
        self.terms.push(Term {
            position,
            from: from as u32,
            to: to as u32,
            form,
            indexed,
            start: start as u32,
            end: end as u32,
        });
        true
    }
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::Pl => 0,
        Lang::En => 1,
        Lang::Ko => 2,
    }
}

/// Stems cached per thread and language, bounded: prose repeats a small vocabulary, so
/// most words are stemmed once per thread.
#[derive(Default)]
struct StemCache {
    /// Lower-cased word -> its stems, joined by `\0`.
    stems: [FxHashMap<Box<str>, Box<str>>; 3],
}

/// Words cached per language before the cache is emptied and refilled.
const STEM_CACHE_WORDS: usize = 50_000;

thread_local! {
    static CACHE: RefCell<StemCache> = RefCell::new(StemCache {
        stems: std::array::from_fn(|_| HashMap::with_capacity_and_hasher(1024, FxBuildHasher)),
    });
}

/// A language's analyzer. Cheap to create and to clone: the stop words and the stem
/// cache are shared per process and per thread.
#[derive(Debug, Clone, Copy)]
pub struct Analyzer {
    lang: Lang,
}

impl Analyzer {
    /// The analyzer of `lang`.
    pub fn new(lang: Lang) -> Analyzer {
        Analyzer { lang }
    }

    /// Its language.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Analyzes `text` into `out` (emptied first).
    pub fn analyze(&self, text: &str, out: &mut Analyzed) {
        out.clear();
        let mut position = 0u32;
        let language = rules(self.lang);
        CACHE.with(|cache| {
            let mut cache = cache.borrow_mut();
            words::for_each_word(text, |from, to| {
                let word = &text[from..to];
                let Some(runs) = language.own_script_runs(word) else {
                    latin_word(out, &mut cache, language, position, from, to, word);
                    position += 1;
                    return;
                };
                let mut before: Option<&str> = None;
                for (offset, run, own) in runs {
                    let (a, b) = (from + offset, from + offset + run.len());
                    if own {
                        language.own_script_forms(run, before, &mut |form, text| {
                            let start = out.buffer.len();
                            out.buffer.push_str(text);
                            out.commit(position, a, b, form, start);
                        });
                    } else {
                        latin_word(out, &mut cache, language, position, a, b, run);
                    }
                    before = Some(run);
                    position += 1;
                }
            });
        });
    }
}

/// Any word not in the language's own script: exact, folded, and (unless a stop word)
/// its stems.
fn latin_word(
    out: &mut Analyzed,
    cache: &mut StemCache,
    language: &dyn Language,
    position: u32,
    from: usize,
    to: usize,
    word: &str,
) {
    let start = out.buffer.len();
    if word.is_ascii() {
        out.buffer.push_str(word);
        out.buffer[start..].make_ascii_lowercase();
    } else {
        // As tantivy's LowerCaser: character by character.
        for c in word.chars() {
            out.buffer.extend(c.to_lowercase());
        }
    }
    if !out.commit(position, from, to, Form::Exact, start) {
        return;
    }
    let exact = out.terms.len() - 1;
    if !word.is_ascii() {
        let start = out.buffer.len();
        let mut scratch = std::mem::take(&mut out.scratch);
        scratch.clear();
        fold_into(
            &out.buffer[out.terms[exact].start as usize..start],
            &mut scratch,
        );
        out.buffer.push_str(&scratch);
        out.scratch = scratch;
        out.commit(position, from, to, Form::Folded, start);
    }
    let exact_text = out.text(exact);
    let slot = lang_slot(language.lang());
    let map = &mut cache.stems[slot];
    // One lookup per word: a stop word is cached with no stems.
    let stems: &str = match map.get(exact_text) {
        Some(s) => s,
        None => {
            let mut s = String::new();
            if !language.is_stop_word(exact_text) {
                language.stems_into(exact_text, &mut s);
            }
            if map.len() >= STEM_CACHE_WORDS {
                map.clear();
            }
            let key: Box<str> = exact_text.into();
            map.entry(key).or_insert_with(|| s.into_boxed_str())
        }
    };
    for stem in stems.split('\0').filter(|s| !s.is_empty()) {
        let start = out.buffer.len();
        out.buffer.push_str(stem);
        out.commit(position, from, to, Form::Stem, start);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(position, form, text)` of every term.
    fn forms(lang: Lang, text: &str) -> Vec<(u32, Form, String)> {
        let mut out = Analyzed::default();
        Analyzer::new(lang).analyze(text, &mut out);
        out.iter()
            .map(|(t, s)| (t.position, t.form, s.to_string()))
            .collect()
    }

    fn assert_term(t: (u32, Form, String), position: u32, form: Form, text: &str) {
        assert_eq!(t, (position, form, text.to_string()));
    }

    #[test]
    fn polish_word_has_exact_folded_and_both_stems() {
        let f = forms(Lang::Pl, "Półprzewodników");
        assert_term(f[0].clone(), 0, Form::Exact, "półprzewodników");
        assert_term(f[1].clone(), 0, Form::Folded, "polprzewodnikow");
        assert_term(f[2].clone(), 0, Form::Stem, "polprzewodnik");
        assert!(f[2..].iter().all(|t| t.1 == Form::Stem));
    }

    #[test]
    fn stop_words_have_no_stem() {
        let f = forms(Lang::En, "the semiconductors");
        assert_eq!(f.iter().filter(|t| t.0 == 0).count(), 1);
        assert_term(f[0].clone(), 0, Form::Exact, "the");
        assert_term(f[2].clone(), 1, Form::Stem, "semiconductor");
    }

    #[test]
    fn a_stem_equal_to_the_word_is_still_a_stem_form() {
        let f = forms(Lang::En, "Korea");
        assert_eq!(
            f,
            [
                (0, Form::Exact, "korea".to_string()),
                (0, Form::Stem, "korea".to_string())
            ]
        );
    }

    #[test]
    fn korean_runs_take_their_own_positions() {
        let f = forms(Lang::Ko, "1989년에 반도체를");
        let texts: Vec<(u32, &str)> = f.iter().map(|t| (t.0, t.2.as_str())).collect();
        assert!(texts.contains(&(0, "1989")), "{f:?}");
        assert!(texts.contains(&(1, "년에")), "{f:?}");
        assert!(texts.contains(&(2, "반도체를")), "{f:?}");
        assert!(texts.contains(&(2, "반도체")), "{f:?}");
    }

    #[test]
    fn cached_stems_equal_fresh_ones() {
        let first = forms(Lang::Pl, "łańcucha dostaw łańcucha");
        let again = forms(Lang::Pl, "łańcucha dostaw łańcucha");
        assert_eq!(first, again);
        let stems: Vec<&str> = first
            .iter()
            .filter(|t| t.0 == 0 && t.1 == Form::Stem)
            .map(|t| t.2.as_str())
            .collect();
        assert_eq!(
            stems,
            first
                .iter()
                .filter(|t| t.0 == 2 && t.1 == Form::Stem)
                .map(|t| t.2.as_str())
                .collect::<Vec<_>>()
        );
    }
}
