//! A commitment's timeline: every passage that carries it, oldest statement first, and
//! how its wording changed from one statement to the next.
//!
//! The passages are a search's hits (same query language, translated across the three
//! languages) kept by a relevance cut: a passage must match at least [`MIN_COVERAGE`]
//! of the query's words and phrases and score at least [`MIN_RELATIVE_SCORE`] of the
//! best passage in its language (scores are not comparable across languages, since
//! translations are weighted down). Documents are ordered by their date (the manifest's,
//! else the one inferred from metadata or text); undated documents come last.
//!
//! Wording is compared with the previous statement's closest passage (most words in
//! common). Two passages in one language are compared on analysed stems (an inflection
//! is not a change); across languages, on language-independent keys: glossary concepts,
//! numbers and acronyms, and English stems (Polish and Korean words through the
//! dictionary). A word without such a key (a Korean word the dictionary lacks) is left
//! out of a cross-language comparison.

use std::collections::{BTreeMap, HashSet};

use crate::analysis;
use crate::error::Result;
use crate::index::AccordIndex;
use crate::lang::Lang;
use crate::search::{self, Hit, SearchOptions};
use crate::translate::{dictionary, glossary::Glossary};

/// Default share of the query's words and phrases a passage must match.
pub const MIN_COVERAGE: f32 = 0.75;
/// Default share of the best score in its language a passage must reach.
pub const MIN_RELATIVE_SCORE: f32 = 0.2;
/// Candidates read from the search before the cut.
const CANDIDATES: usize = 1000;

/// What to put on a timeline.
#[derive(Debug, Clone)]
pub struct TimelineOptions {
    /// The search (languages, documents, dates, translation); its limit and offset are
    /// ignored.
    pub search: SearchOptions,
    /// At most this many passages per document, best first (then shown in document order).
    pub per_document: usize,
    /// Minimum share of the query matched (0 to 1).
    pub min_coverage: f32,
    /// Minimum score relative to the best passage in the same language (0 to 1).
    pub min_relative_score: f32,
}

impl Default for TimelineOptions {
    fn default() -> Self {
        TimelineOptions {
            search: SearchOptions::default(),
            per_document: 3,
            min_coverage: MIN_COVERAGE,
            min_relative_score: MIN_RELATIVE_SCORE,
        }
    }
}

/// How an entry's wording was compared with the previous statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compared {
    /// The first mention: nothing before it.
    First,
    /// Another passage of the first statement: no earlier statement.
    Nothing,
    /// Same language: word by word, on stems.
    Words,
    /// Different languages: on concepts through translation.
    Concepts,
}

/// A word added or dropped, in its passage's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WordChange {
    /// As written in the passage (a glossary term's words together).
    pub word: String,
    /// Its language.
    pub lang: Lang,
    /// Its English gloss, for a Polish or Korean word compared across languages.
    pub gloss: Option<String>,
}

/// The passage an entry was compared with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Previous {
    /// Document id.
    pub doc: String,
    /// 1-based first line.
    pub line_start: u64,
    /// Its language.
    pub lang: Lang,
}

/// One passage on the timeline.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The passage and its document.
    pub hit: Hit,
    /// The first mention (the oldest statement's first passage).
    pub first: bool,
    /// How it was compared.
    pub compared: Compared,
    /// The passage compared with.
    pub previous: Option<Previous>,
    /// Words this passage has that the previous one lacks.
    pub added: Vec<WordChange>,
    /// Words of the previous passage this one lacks.
    pub dropped: Vec<WordChange>,
}

/// A timeline, oldest first, undated documents last.
#[derive(Debug, Clone, Default)]
pub struct Timeline {
    /// The entries.
    pub entries: Vec<Entry>,
    /// Passages the search found before the relevance cut.
    pub candidates: usize,
    /// Undated documents among the entries' documents.
    pub undated: usize,
}

/// The timeline of `query` in `index`.
pub fn timeline(index: &AccordIndex, query: &str, opts: &TimelineOptions) -> Result<Timeline> {
    let mut search_opts = opts.search.clone();
    search_opts.limit = CANDIDATES;
    search_opts.offset = 0;
    search_opts.sort = search::Sort::Relevance;
    let found = search::search(index, query, &search_opts)?;
    Ok(arrange(found.hits, opts))
}

/// The relevance cut, the order and the comparisons, on a search's hits.
pub fn arrange(hits: Vec<Hit>, opts: &TimelineOptions) -> Timeline {
    let candidates = hits.len();
    let mut best: BTreeMap<Lang, f32> = BTreeMap::new();
    for h in &hits {
        let b = best.entry(h.lang).or_insert(0.0);
        *b = b.max(h.score);
    }
    let mut kept: Vec<Hit> = Vec::new();
    let mut per_doc: BTreeMap<String, usize> = BTreeMap::new();
    // Hits arrive best first: the first `per_document` of each document are its best.
    for h in hits {
        let floor = best.get(&h.lang).copied().unwrap_or(0.0) * opts.min_relative_score;
        if h.coverage + 1e-6 < opts.min_coverage || h.score < floor {
            continue;
        }
        let n = per_doc.entry(h.doc.clone()).or_insert(0);
        if *n >= opts.per_document {
            continue;
        }
        *n += 1;
        kept.push(h);
    }
    // Oldest first; undated last; then by document id and position.
    kept.sort_by(|a, b| {
        (a.date.is_none(), &a.date, &a.doc, a.position).cmp(&(
            b.date.is_none(),
            &b.date,
            &b.doc,
            b.position,
        ))
    });
    let undated = {
        let docs: HashSet<&str> = kept
            .iter()
            .filter(|h| h.date.is_none())
            .map(|h| h.doc.as_str())
            .collect();
        docs.len()
    };
    let words: Vec<Vec<Word>> = kept.iter().map(|h| words(&h.text, h.lang)).collect();
    let mut entries = Vec::with_capacity(kept.len());
    // Index range of the previous document's entries and of the current one's.
    let mut previous_doc: Option<(usize, usize)> = None;
    let mut current_start = 0;
    for (i, hit) in kept.iter().enumerate() {
        if i > 0 && kept[i - 1].doc != hit.doc {
            previous_doc = Some((current_start, i));
            current_start = i;
        }
        let (compared, previous, added, dropped) = match previous_doc {
            None if i == 0 => (Compared::First, None, Vec::new(), Vec::new()),
            None => (Compared::Nothing, None, Vec::new(), Vec::new()),
            Some((a, b)) => {
                let cross = |j: usize| kept[j].lang != hit.lang;
                let closest = (a..b)
                    .max_by(|&x, &y| {
                        overlap(&words[i], &words[x], cross(x))
                            .total_cmp(&overlap(&words[i], &words[y], cross(y)))
                            .then(y.cmp(&x))
                    })
                    .unwrap_or(a);
                let cross = cross(closest);
                let p = &kept[closest];
                (
                    if cross {
                        Compared::Concepts
                    } else {
                        Compared::Words
                    },
                    Some(Previous {
                        doc: p.doc.clone(),
                        line_start: p.line_start,
                        lang: p.lang,
                    }),
                    missing(&words[i], &words[closest], hit.lang, cross),
                    missing(&words[closest], &words[i], p.lang, cross),
                )
            }
        };
        entries.push(Entry {
            hit: hit.clone(),
            first: i == 0,
            compared,
            previous,
            added,
            dropped,
        });
    }
    Timeline {
        entries,
        candidates,
        undated,
    }
}

/// A content word (or glossary term) of a passage.
#[derive(Debug, Clone, PartialEq)]
struct Word {
    /// As written.
    surface: String,
    /// Its stems in its language (for a glossary term, its words' shortest stems joined:
    /// one id, so a term that grew a word is a change).
    stems: Vec<String>,
    /// A glossary term's words' stems, each on its own: a single word of another
    /// passage is present when the term holds it.
    parts: Vec<String>,
    /// Language-independent keys (`c:12` concept, `n:6g`, `w:cabl` English stem).
    keys: Vec<String>,
    /// English gloss, for a Polish or Korean word.
    gloss: Option<String>,
}

impl Word {
    fn ids(&self, cross: bool) -> &[String] {
        if cross {
            &self.keys
        } else {
            &self.stems
        }
    }

    /// What another passage's word may match in this one.
    fn present(&self, cross: bool) -> impl Iterator<Item = &String> {
        let parts = if cross { &[][..] } else { &self.parts[..] };
        self.ids(cross).iter().chain(parts)
    }
}

/// A number or an acronym: the same in every language.
fn neutral(word: &str) -> Option<String> {
    let has_digit = word.chars().any(|c| c.is_ascii_digit());
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let acronym = letters.len() >= 2 && letters.iter().all(|c| c.is_ascii_uppercase());
    (has_digit || acronym).then(|| word.to_lowercase())
}

/// The content words of `text` in `lang` (stop words dropped), in order.
fn words(text: &str, lang: Lang) -> Vec<Word> {
    let mut analyzer = analysis::language_analyzer(lang);
    // One entry per position: its stems and where it is.
    let mut seq: Vec<(usize, Vec<String>, (usize, usize))> = Vec::new();
    for t in analysis::tokens(&mut analyzer, text) {
        match seq.last_mut() {
            Some((pos, stems, _)) if *pos == t.position => {
                if !stems.contains(&t.text) {
                    stems.push(t.text)
                }
            }
            _ => seq.push((t.position, vec![t.text], (t.offset_from, t.offset_to))),
        }
    }
    // Glossary concepts over the shortest stem of each position, as the glossary's own
    // index is analysed.
    let shortest: Vec<String> = seq
        .iter()
        .map(|(_, s, _)| {
            s.iter()
                .min_by_key(|x| x.len())
                .cloned()
                .unwrap_or_default()
        })
        .collect();
    let glossary = Glossary::embedded();
    let mut concept_at: Vec<Option<(usize, Vec<usize>)>> = vec![None; seq.len()];
    for m in glossary.find(lang, &shortest) {
        concept_at[m.start] = Some((m.end, m.concepts));
    }
    let mut english = analysis::language_analyzer(Lang::En);
    let mut english_stem = |w: &str| {
        analysis::tokens(&mut english, w)
            .into_iter()
            .next()
            .map(|t| t.text)
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < seq.len() {
        let (_, stems, (a, b)) = &seq[i];
        if let Some((end, concepts)) = &concept_at[i] {
            let (a, b) = (*a, seq[end - 1].2 .1);
            let gloss = concepts
                .first()
                .and_then(|&c| glossary.concept(c))
                .map(|c| c.terms(Lang::En)[0].to_string());
            out.push(Word {
                surface: text[a..b].to_string(),
                stems: vec![shortest[i..*end].join(" ")],
                parts: seq[i..*end].iter().flat_map(|s| s.1.clone()).collect(),
                keys: concepts.iter().map(|c| format!("c:{c}")).collect(),
                gloss: gloss.filter(|_| lang != Lang::En),
            });
            i = *end;
            continue;
        }
        let surface = &text[*a..*b];
        i += 1;
        if surface.chars().count() < 2 {
            continue;
        }
        let (keys, gloss) = if let Some(n) = neutral(surface) {
            (vec![format!("n:{n}")], None)
        } else if lang == Lang::En {
            (
                english_stem(&surface.to_lowercase())
                    .map(|s| format!("w:{s}"))
                    .into_iter()
                    .collect(),
                None,
            )
        } else {
            let senses: Vec<&str> = dictionary::lookup_word(lang, Lang::En, surface)
                .into_iter()
                .filter(|e| !e.part)
                .flat_map(|e| e.senses)
                .filter(|s| !s.contains(' '))
                .collect();
            let keys: Vec<String> = senses
                .iter()
                .filter_map(|s| english_stem(s))
                .map(|s| format!("w:{s}"))
                .collect();
            (keys, senses.first().map(|s| s.to_string()))
        };
        out.push(Word {
            surface: surface.to_string(),
            stems: stems.clone(),
            parts: Vec::new(),
            keys,
            gloss,
        });
    }
    out
}

/// Share of `a`'s compared words that `b` has too (for picking the closest passage).
fn overlap(a: &[Word], b: &[Word], cross: bool) -> f64 {
    let theirs: HashSet<&String> = b.iter().flat_map(|w| w.present(cross)).collect();
    let ours: Vec<&Word> = a.iter().filter(|w| !w.ids(cross).is_empty()).collect();
    if ours.is_empty() {
        return 0.0;
    }
    let shared = ours
        .iter()
        .filter(|w| w.ids(cross).iter().any(|k| theirs.contains(k)))
        .count();
    shared as f64 / ours.len() as f64
}

/// The words of `a` (in `lang`) that `b` lacks, each once, in `a`'s order. Across
/// languages a word without a key is not compared.
fn missing(a: &[Word], b: &[Word], lang: Lang, cross: bool) -> Vec<WordChange> {
    let theirs: HashSet<&String> = b.iter().flat_map(|w| w.present(cross)).collect();
    let mut seen: HashSet<&String> = HashSet::new();
    let mut out = Vec::new();
    for w in a {
        let ids = w.ids(cross);
        if ids.is_empty() || ids.iter().any(|k| theirs.contains(k)) {
            continue;
        }
        // Every key is marked seen, so a word is listed once whichever key it shares.
        let fresh = ids.iter().filter(|k| seen.insert(k)).count();
        if fresh == 0 {
            continue;
        }
        out.push(WordChange {
            word: w.surface.clone(),
            lang,
            gloss: if cross { w.gloss.clone() } else { None },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn diff(a: &str, la: Lang, b: &str, lb: Lang) -> (Vec<String>, Vec<String>) {
        let (wa, wb) = (words(a, la), words(b, lb));
        let cross = la != lb;
        let show = |v: Vec<WordChange>| v.into_iter().map(|c| c.word).collect();
        (
            show(missing(&wb, &wa, lb, cross)),
            show(missing(&wa, &wb, la, cross)),
        )
    }

    #[test]
    fn same_language_inflection_is_not_a_change() {
        let (added, dropped) = diff(
            "Both sides will expand cooperation on semiconductors by 2030.",
            Lang::En,
            "Both sides expanded their cooperation on semiconductor supply chains by 2035.",
            Lang::En,
        );
        assert!(added.contains(&"2035".to_string()), "{added:?}");
        assert!(added.iter().any(|w| w.contains("supply")), "{added:?}");
        assert_eq!(dropped, vec!["2030".to_string()], "{dropped:?}");
        let (added, dropped) = diff(
            "współpraca w dziedzinie półprzewodników",
            Lang::Pl,
            "współpracy w dziedzinie półprzewodnikami",
            Lang::Pl,
        );
        assert!(
            added.is_empty() && dropped.is_empty(),
            "{added:?} {dropped:?}"
        );
    }

    #[test]
    fn across_languages_words_meet_through_translation() {
        let (added, dropped) = diff(
            "Both sides will cooperate on semiconductors and 6G.",
            Lang::En,
            "Obie strony będą współpracować w dziedzinie półprzewodników i kabli podmorskich.",
            Lang::Pl,
        );
        assert!(
            !added.iter().any(|w| w.contains("półprzewodnik")),
            "{added:?}"
        );
        assert!(added.iter().any(|w| w.contains("kabli")), "{added:?}");
        assert!(dropped.contains(&"6G".to_string()), "{dropped:?}");
    }
}
