//! Highlighting: which words of a passage the query matched, and the snippet around them.
//!
//! The passage is run through the same analyzer as the index; a word is highlighted
//! when one of its terms is a query term of its language's field, as in the index. So
//! stemmed, folded and particle-stripped matches light up too, and the highlight says
//! which kind of match it was: the worse of the two forms that met (the passage's and
//! the query's), so `polprzewodnikow` typed without diacritics is a folded match of
//! `półprzewodników`, and `cooper` a stem match of `cooperation`.

use std::collections::HashMap;

use crate::analysis::{Analyzed, Analyzer, Form};
use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// How a query word reached a passage, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MatchKind {
    /// The word as typed (case aside).
    Exact,
    /// The word with diacritics folded (`lancuch` for `łańcuch`).
    Folded,
    /// The word's stem, or a Korean word without its particle.
    Stem,
    /// A word that starts with a prefix of the query (`semicond*`).
    Prefix,
    /// A word one or two typos away from a word of the query (`semicondutor`).
    Typo,
    /// A translation of the query into the passage's language.
    Translated,
}

/// Where a query term comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// The query's own words.
    Direct,
    /// A word a query word stands for: one its prefix starts, or one a typo away.
    Expanded(MatchKind),
    /// A translation: index into [`QueryTerms::notes`].
    Translated(usize),
}

/// A translation used by the query, for "why it matched".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TranslationNote {
    /// Query words as typed.
    pub from: String,
    /// Where the translation comes from (`glossary`, `dictionary`).
    pub source: &'static str,
}

impl From<Form> for MatchKind {
    fn from(form: Form) -> MatchKind {
        match form {
            Form::Exact => MatchKind::Exact,
            Form::Folded => MatchKind::Folded,
            Form::Stem | Form::Part => MatchKind::Stem,
        }
    }
}

fn slot(lang: Lang) -> usize {
    Lang::ALL.iter().position(|&l| l == lang).unwrap_or(0)
}

/// What the query knows about one of its terms.
#[derive(Debug, Clone)]
struct QueryTerm {
    origin: Origin,
    /// The forms the query has this term as (a bit per [`Form`]), for direct terms.
    forms: u8,
    units: Vec<usize>,
}

fn form_bit(form: Form) -> u8 {
    1 << form as u8
}

impl QueryTerm {
    /// The best form the query has this term as.
    fn best(&self) -> Form {
        [Form::Exact, Form::Folded, Form::Stem]
            .into_iter()
            .find(|f| self.forms & form_bit(*f) != 0)
            .unwrap_or(Form::Stem)
    }
}

/// Query terms by language field, gathered while the query is compiled, with the
/// query units (words or phrases of the query) each term stands for.
#[derive(Debug, Default, Clone)]
pub struct QueryTerms {
    terms: [HashMap<String, QueryTerm>; 3],
    /// Translations used, referenced by [`Origin::Translated`].
    pub notes: Vec<TranslationNote>,
}

impl QueryTerms {
    fn insert(&mut self, lang: Lang, term: &str, origin: Origin, form: Form, units: &[usize]) {
        let entry = self.terms[slot(lang)]
            .entry(term.to_string())
            .or_insert(QueryTerm {
                origin,
                forms: 0,
                units: Vec::new(),
            });
        // The query's own words win over what a word stands for, which wins over a
        // translation.
        let rank = |o: Origin| match o {
            Origin::Direct => 0,
            Origin::Expanded(_) => 1,
            Origin::Translated(_) => 2,
        };
        if rank(origin) < rank(entry.origin) {
            entry.origin = origin;
            entry.forms = 0;
        }
        // Of two translations, the one of more query words names the match (`submarine
        // cables -> kabli podmorskich`, not `cables -> kabli`, a word of that phrase).
        if matches!(origin, Origin::Translated(_))
            && matches!(entry.origin, Origin::Translated(_))
            && units.len() > entry.units.len()
        {
            entry.origin = origin;
            entry.forms = 0;
        }
        if origin == entry.origin {
            entry.forms |= form_bit(form);
        }
        for u in units {
            if !entry.units.contains(u) {
                entry.units.push(*u);
            }
        }
    }

    /// Records a term of the query itself, in `lang`'s field, as `form`, standing for
    /// query unit `unit`.
    pub fn add(&mut self, lang: Lang, term: &str, form: Form, unit: usize) {
        self.insert(lang, term, Origin::Direct, form, &[unit]);
    }

    /// Records a word form that query unit `unit` stands for (`kind`: a prefix's or a
    /// typo's), in every language (word forms are spelled alike in all three).
    pub fn add_expanded(&mut self, term: &str, kind: MatchKind, unit: usize) {
        for lang in Lang::ALL {
            self.insert(lang, term, Origin::Expanded(kind), Form::Exact, &[unit]);
        }
    }

    /// Records a term that comes from a translation of `units`; a direct term wins.
    pub fn add_translated(
        &mut self,
        lang: Lang,
        term: &str,
        note: TranslationNote,
        units: &[usize],
    ) {
        let at = match self.notes.iter().position(|n| *n == note) {
            Some(i) => i,
            None => {
                self.notes.push(note);
                self.notes.len() - 1
            }
        };
        self.insert(lang, term, Origin::Translated(at), Form::Stem, units);
    }

    fn lookup(&self, lang: Lang, term: &str) -> Option<&QueryTerm> {
        self.terms[slot(lang)].get(term)
    }
}

/// A matched word in a passage: byte range and how it matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    /// Start byte in the passage text.
    pub start: usize,
    /// End byte (exclusive).
    pub end: usize,
    /// Best kind of match for this word.
    pub kind: MatchKind,
    /// For a translated match, the translation ([`QueryTerms::notes`] index).
    pub note: Option<usize>,
    /// Query units this word matched.
    pub units: Vec<usize>,
}

/// Highlighting state, reused across the hits of a search.
#[derive(Default)]
pub struct Highlighter {
    analyzed: Analyzed,
}

impl Highlighter {
    /// Marks the words of `text` (a passage in `lang`) that the query matched.
    pub fn marks(&mut self, text: &str, lang: Lang, terms: &QueryTerms) -> Vec<Mark> {
        Analyzer::new(lang).analyze(text, &mut self.analyzed);
        let mut marks: Vec<Mark> = Vec::new();
        for (t, s) in self.analyzed.iter() {
            let Some(q) = terms.lookup(lang, s) else {
                continue;
            };
            // As in the index: a passage's stem that differs from its word meets only
            // the query's stems; its exact and folded forms meet any query term.
            let stem_only = t.form >= Form::Stem;
            if stem_only && q.forms & form_bit(Form::Stem) == 0 {
                continue;
            }
            let (kind, note) = match q.origin {
                Origin::Direct if stem_only => (MatchKind::Stem, None),
                Origin::Direct => (MatchKind::from(t.form.max(q.best())), None),
                Origin::Expanded(kind) => (kind, None),
                Origin::Translated(i) => (MatchKind::Translated, Some(i)),
            };
            let (start, end) = (t.from as usize, t.to as usize);
            let mark = match marks.iter_mut().find(|m| m.start == start && m.end == end) {
                Some(m) => m,
                None => {
                    marks.push(Mark {
                        start,
                        end,
                        kind,
                        note,
                        units: Vec::new(),
                    });
                    marks.last_mut().expect("just pushed")
                }
            };
            if kind < mark.kind {
                mark.kind = kind;
                mark.note = note;
            }
            for u in &q.units {
                if !mark.units.contains(u) {
                    mark.units.push(*u);
                }
            }
        }
        marks.sort_by_key(|m| (m.start, m.end));
        marks
    }
}

/// A window of a passage with its highlights.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Snippet {
    /// Text, whitespace collapsed, with `…` where the passage was cut.
    pub text: String,
    /// Highlighted byte ranges of `text`.
    pub highlights: Vec<(usize, usize)>,
}

/// Longest snippet, in characters.
pub const SNIPPET_CHARS: usize = 240;

fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The window of `text` with the most marks, whitespace collapsed.
pub fn snippet(text: &str, marks: &[Mark]) -> Snippet {
    let budget = SNIPPET_CHARS * 4; // bytes, generous for Hangul (3 bytes a syllable)
    let (mut start, mut end) = if text.chars().count() <= SNIPPET_CHARS {
        (0, text.len())
    } else {
        let chars_to_bytes = |from: usize, n: usize| {
            text[from..]
                .char_indices()
                .nth(n)
                .map_or(text.len(), |(i, _)| from + i)
        };
        let mut best = (0usize, 0usize);
        for m in marks {
            let from = floor_boundary(text, m.start.saturating_sub(60));
            let to = chars_to_bytes(from, SNIPPET_CHARS);
            let count = marks
                .iter()
                .filter(|x| x.start >= from && x.end <= to)
                .count();
            if count > best.1 {
                best = (from, count);
            }
        }
        let from = best.0;
        (from, chars_to_bytes(from, SNIPPET_CHARS).min(from + budget))
    };
    // Do not cut words in half.
    if start > 0 {
        if let Some(space) = text[start..end].find(char::is_whitespace) {
            if space < 30 {
                start += space;
            }
        }
    }
    if end < text.len() {
        if let Some(space) = text[start..end].rfind(char::is_whitespace) {
            if end - (start + space) < 30 {
                end = start + space;
            }
        }
    }
    let mut out = String::new();
    let mut highlights = Vec::new();
    if start > 0 {
        out.push_str("… ");
    }
    let body = &text[start..end];
    let lead = body.len() - body.trim_start().len();
    let mut open: Option<usize> = None;
    let mut last_space = true;
    for (i, c) in body.char_indices() {
        let at = start + i;
        if let Some(m) = marks.iter().find(|m| m.start == at) {
            open = Some(out.len());
            let _ = m;
        }
        if i >= lead {
            if c.is_whitespace() {
                if !last_space {
                    out.push(' ');
                }
                last_space = true;
            } else {
                out.push(c);
                last_space = false;
            }
        }
        let next = at + c.len_utf8();
        if let Some(from) = open {
            if marks.iter().any(|m| m.end == next && m.start < next) {
                highlights.push((from, out.len()));
                open = None;
            }
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    if end < text.len() {
        out.push_str(" …");
    }
    Snippet {
        text: out,
        highlights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stem_folded_and_exact_marks() {
        let mut h = Highlighter::default();
        let mut terms = QueryTerms::default();
        terms.add(Lang::Pl, "polprzewodnik", Form::Stem, 0);
        terms.add(Lang::Pl, "lancucha", Form::Exact, 1);
        terms.add(Lang::Pl, "dostaw", Form::Exact, 2);
        let text = "łańcucha dostaw półprzewodników";
        let marks = h.marks(text, Lang::Pl, &terms);
        let kinds: Vec<(&str, MatchKind)> = marks
            .iter()
            .map(|m| (&text[m.start..m.end], m.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                ("łańcucha", MatchKind::Folded),
                ("dostaw", MatchKind::Exact),
                ("półprzewodników", MatchKind::Stem)
            ]
        );
    }

    #[test]
    fn snippet_centres_on_matches_and_collapses_whitespace() {
        let text = format!(
            "{}\n\nthe 6G vision   group{}",
            "filler ".repeat(80),
            " tail".repeat(80)
        );
        let at = text.find("6G").unwrap();
        let marks = [Mark {
            start: at,
            end: at + 2,
            kind: MatchKind::Exact,
            note: None,
            units: vec![0],
        }];
        let s = snippet(&text, &marks);
        assert!(
            s.text.starts_with("… ") && s.text.ends_with(" …"),
            "{}",
            s.text
        );
        assert!(s.text.contains("the 6G vision group"), "{}", s.text);
        let (a, b) = s.highlights[0];
        assert_eq!(&s.text[a..b], "6G");
        assert!(s.text.chars().count() <= SNIPPET_CHARS + 4);
    }

    #[test]
    fn short_passage_is_whole() {
        let s = snippet("Kolejne kroki", &[]);
        assert_eq!(s.text, "Kolejne kroki");
    }
}
