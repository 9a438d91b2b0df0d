//! Dictionary-free Korean analyzer for tantivy (drop-in candidate for accord's `src/analysis/korean.rs`).
//!
//! Text is split into UAX#29 words (unicode-segmentation). Each word is split further into runs of
//! Hangul and non-Hangul characters ("1989년에" -> "1989", "년에"). Non-Hangul runs are emitted whole,
//! lower-cased. For each Hangul run the analyzer can emit (all at the run's position):
//!   * the surface form                        (`surface`)
//!   * the stem after stripping one particle / ending from a fixed list, longest match first (`stem`)
//!   * overlapping character bigrams of the stem (`bigrams`: never / stems of >= N syllables / always)
//!
//! Configurations measured in bench/korean-analyzers (KorQuAD 1.0 dev, BM25, nDCG@10):
//!   A   = KoreanTokenizer::bigram()        pure Hangul bigrams, one position per gram      0.9551
//!   C   = KoreanTokenizer::josa()          surface + stem                                  0.9374
//!   D3  = KoreanTokenizer::josa_bigram(3)  surface + stem + bigrams of stems >= 3 syl.     0.9512
//!   D3q = index with josa_bigram(3), query with josa_bigram(3).for_query()                0.9530  <- recommended
//!   (lindera + mecab-ko-dic: 0.9512, with ~0.5 s dictionary load per process)
//!
//! Use: register `josa_bigram(3)` as the field's tokenizer on the index, and build queries with
//! `josa_bigram(3).for_query()` (for QueryParser: `QueryParser::new(schema, fields, tm)` with a
//! TokenizerManager where the same tokenizer name maps to the query twin).

use tantivy::tokenizer::{Token, TokenStream, Tokenizer};
use unicode_segmentation::UnicodeSegmentation;

/// Particles (josa), copula forms and common verb / adjective endings, stripped from the end of a
/// Hangul word. One suffix is stripped (the longest that matches and leaves a long enough stem).
pub const SUFFIXES: &[&str] = &[
    // --- case / topic / conjunctive particles ---
    "이", "가", "을", "를", "은", "는", "의", "에", "도", "만", "로", "과", "와", "께", "랑", "야",
    "으로", "에서", "에게", "한테", "께서", "까지", "부터", "처럼", "보다", "하고", "이나", "이며",
    "이랑", "마다", "조차", "마저", "밖에", "에는", "에도", "에서는", "에서도", "에서의", "에서부터",
    "에게는", "에게도", "에게서", "으로는", "으로도", "으로서", "으로써", "으로의", "으로부터", "로는",
    "로도", "로서", "로써", "로의", "로부터", "과의", "와의", "과는", "와는", "과도", "와도", "까지의",
    "까지는", "부터는", "보다는", "만의", "만은", "만이", "만을", "에의", "라는", "이라는", "이란",
    "라고", "이라고", "이라", "라", "란", "인", "이자", "이고", "이며", "이든", "든지", "이든지",
    "에선", "에서처럼", "처럼의", "대로", "만큼", "뿐",
    // --- plural + particle ---
    "들", "들이", "들은", "들을", "들의", "들에", "들에게", "들과", "들도", "들로", "들이다",
    "들에서", "들은", "들만",
    // --- copula ---
    "이다", "였다", "이었다", "이었던", "였던", "이었고", "였고", "이었으며", "였으며", "입니다",
    "이며", "이자", "인데", "이던", "이면", "이나",
    // --- 하다 verbs / adjectives (noun + 하다) ---
    "하다", "한다", "했다", "하였다", "합니다", "했습니다", "하는", "한", "할", "하여", "해", "해서",
    "하고", "하며", "하면", "하지", "하기", "하기로", "하기에", "하기도", "하기는", "하기를", "하기위해",
    "했으며", "하였으며", "했고", "하였고", "했던", "하였던", "하던", "하게", "하도록", "하자", "함",
    "함으로써", "하므로", "했으나", "하였으나", "하나", "하여야", "해야", "했을", "하였을", "하려고",
    "하려는", "했지만", "하지만", "하면서", "하기도", "해왔다", "하고있다", "하고", "하겠다",
    // --- 되다 / 시키다 / 받다 (passive / causative) ---
    "되다", "된다", "됐다", "되었다", "되는", "된", "될", "되어", "돼", "되며", "되고", "되면", "되기",
    "되었으며", "됐으며", "되었고", "됐고", "되었던", "됐던", "되던", "되도록", "되지", "되었을",
    "시키다", "시킨다", "시켰다", "시키는", "시킨", "시키기", "시켜", "시키고", "시켰으며",
    "받다", "받았다", "받는", "받은", "받아", "받고",
    // --- -적 (adjectival nouns) ---
    "적", "적인", "적으로", "적이다", "적이", "적인데", "적이며", "적으로는",
];

/// Generic verb / adjective endings after a bare verb stem (optional; more aggressive).
pub const VERB_ENDINGS: &[&str] = &[
    "었다", "았다", "였다", "었던", "았던", "었으며", "았으며", "었고", "았고", "었을", "았을",
    "습니다", "ㅂ니다", "는다", "ㄴ다", "다", "고", "며", "면", "서", "지", "게", "기", "음",
    "으며", "으면", "으나", "으니", "는데", "은데", "던", "도록", "려고", "려는", "기로", "기에",
];

/// Bigram policy for Hangul runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bigrams {
    Never,
    /// Bigrams of stems (or surfaces, when nothing is stripped) of at least max(this, 3) syllables
    /// (a 2-syllable stem is its own bigram).
    MinSyllables(usize),
}

#[derive(Clone, Debug)]
pub struct KoreanTokenizer {
    /// Emit the Hangul surface form.
    pub surface: bool,
    /// Emit the stem after particle / ending stripping.
    pub stem: bool,
    /// Minimum stem length (syllables) when the stripped suffix is a single syllable.
    pub min_stem_single: usize,
    /// Minimum stem length (syllables) when the stripped suffix has two or more syllables.
    pub min_stem_multi: usize,
    pub bigrams: Bigrams,
    /// Take bigrams from the surface form instead of the stem.
    pub bigrams_of_surface: bool,
    /// Emit only the bigrams of Hangul stems (for a separate, lower-weighted "gram" field).
    pub grams_only: bool,
    /// Query side: when a suffix was stripped, emit only the stem (not the surface), so that phrase
    /// queries like "반도체를 협력" also find "반도체 협력이".
    pub query_mode: bool,
    /// Pure-bigram mode (analyzer A): one position per gram, surface/stem ignored.
    pub pure_bigram: bool,
    suffixes: std::sync::Arc<Vec<(&'static str, usize)>>,
}

fn sorted_suffixes_from(lists: &[&[&'static str]]) -> std::sync::Arc<Vec<(&'static str, usize)>> {
    let mut v: Vec<(&'static str, usize)> =
        lists.iter().flat_map(|l| l.iter()).map(|s| (*s, s.chars().count())).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.dedup();
    std::sync::Arc::new(v)
}

fn sorted_suffixes() -> std::sync::Arc<Vec<(&'static str, usize)>> {
    sorted_suffixes_from(&[SUFFIXES])
}

impl KoreanTokenizer {
    /// A: Hangul character bigrams.
    pub fn bigram() -> Self {
        KoreanTokenizer {
            surface: false,
            stem: false,
            min_stem_single: 2,
            min_stem_multi: 1,
            bigrams: Bigrams::MinSyllables(1),
            pure_bigram: true,
            bigrams_of_surface: true,
            grams_only: false,
            query_mode: false,
            suffixes: sorted_suffixes(),
        }
    }
    /// C: surface + particle-stripped stem.
    pub fn josa() -> Self {
        KoreanTokenizer {
            surface: true,
            stem: true,
            min_stem_single: 2,
            min_stem_multi: 1,
            bigrams: Bigrams::Never,
            pure_bigram: false,
            bigrams_of_surface: false,
            grams_only: false,
            query_mode: false,
            suffixes: sorted_suffixes(),
        }
    }
    /// D: surface + stem + bigrams of stems with at least `min_syllables` syllables.
    pub fn josa_bigram(min_syllables: usize) -> Self {
        KoreanTokenizer { bigrams: Bigrams::MinSyllables(min_syllables), ..Self::josa() }
    }

    /// Minimum stem length (syllables) left by a one-syllable particle.
    pub fn with_min_stem_single(mut self, n: usize) -> Self {
        self.min_stem_single = n;
        self
    }

    /// Only the bigrams (of stems with >= `min_syllables` syllables), nothing else.
    pub fn grams_only(min_syllables: usize) -> Self {
        KoreanTokenizer { grams_only: true, ..Self::josa_bigram(min_syllables) }
    }

    /// The query-side twin of this analyzer (see `query_mode`).
    pub fn for_query(mut self) -> Self {
        self.query_mode = true;
        self
    }

    /// Take bigrams from the surface form rather than the stem.
    pub fn with_bigrams_of_surface(mut self) -> Self {
        self.bigrams_of_surface = true;
        self
    }

    /// Also strip generic verb endings (VERB_ENDINGS).
    pub fn with_verb_endings(mut self) -> Self {
        self.suffixes = sorted_suffixes_from(&[SUFFIXES, VERB_ENDINGS]);
        self
    }

    /// Strip one suffix (longest first). Returns the stem's byte length, if any suffix was stripped.
    pub fn stem_len(&self, word: &str, word_chars: usize) -> Option<usize> {
        for (suf, n) in self.suffixes.iter() {
            if *n >= word_chars || !word.ends_with(suf) {
                continue;
            }
            let stem_chars = word_chars - n;
            let min = if *n == 1 { self.min_stem_single } else { self.min_stem_multi };
            if stem_chars >= min.max(1) {
                return Some(word.len() - suf.len());
            }
        }
        None
    }

    fn hangul_run(&self, run: &str, offset: usize, pos: &mut usize, out: &mut Vec<Token>) {
        let push = |out: &mut Vec<Token>, text: &str, from: usize, to: usize, position: usize| {
            out.push(Token {
                offset_from: from,
                offset_to: to,
                position,
                text: text.to_string(),
                position_length: 1,
            });
        };
        let idx: Vec<usize> = run.char_indices().map(|(i, _)| i).chain(std::iter::once(run.len())).collect();
        let nchars = idx.len() - 1;
        if self.pure_bigram {
            if nchars == 1 {
                push(out, run, offset, offset + run.len(), *pos);
                *pos += 1;
            } else {
                for i in 0..nchars - 1 {
                    push(out, &run[idx[i]..idx[i + 2]], offset + idx[i], offset + idx[i + 2], *pos);
                    *pos += 1;
                }
            }
            return;
        }
        let p = *pos;
        *pos += 1;
        let stem_bytes = if self.stem { self.stem_len(run, nchars) } else { None };
        if self.surface && !self.grams_only && !(self.query_mode && stem_bytes.is_some()) {
            push(out, run, offset, offset + run.len(), p);
        }
        let (stem, stem_chars) = match stem_bytes {
            Some(b) => {
                let stem = &run[..b];
                if !self.grams_only {
                    push(out, stem, offset, offset + b, p);
                }
                (stem, stem.chars().count())
            }
            None => (run, nchars),
        };
        let (stem, stem_chars) = if self.bigrams_of_surface { (run, nchars) } else { (stem, stem_chars) };
        if let Bigrams::MinSyllables(min) = self.bigrams {
            if stem_chars >= min.max(3) {
                for i in 0..stem_chars - 1 {
                    let gram = &stem[idx[i]..idx[i + 2]];
                    push(out, gram, offset + idx[i], offset + idx[i + 2], p);
                }
            }
        }
    }

    /// Analyze `text` into tokens (also used for query construction).
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut pos = 0usize;
        for (woff, word) in text.unicode_word_indices() {
            for (roff, run, hangul) in script_runs(word) {
                let offset = woff + roff;
                if self.grams_only && !hangul {
                    continue;
                }
                if hangul {
                    self.hangul_run(run, offset, &mut pos, &mut out);
                } else {
                    out.push(Token {
                        offset_from: offset,
                        offset_to: offset + run.len(),
                        position: pos,
                        text: run.to_lowercase(),
                        position_length: 1,
                    });
                    pos += 1;
                }
            }
        }
        out
    }
}

pub fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{AC00}'..='\u{D7A3}'   // syllables
        | '\u{1100}'..='\u{11FF}' // jamo
        | '\u{3130}'..='\u{318F}' // compatibility jamo
        | '\u{A960}'..='\u{A97F}'
        | '\u{D7B0}'..='\u{D7FF}')
}

/// Split a word into maximal runs of Hangul / non-Hangul characters: (byte offset, run, is_hangul).
pub fn script_runs(word: &str) -> Vec<(usize, &str, bool)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut cur: Option<bool> = None;
    for (i, c) in word.char_indices() {
        let h = is_hangul(c);
        match cur {
            Some(k) if k != h => {
                runs.push((start, &word[start..i], k));
                start = i;
                cur = Some(h);
            }
            None => cur = Some(h),
            _ => {}
        }
    }
    if let Some(k) = cur {
        runs.push((start, &word[start..], k));
    }
    runs
}

/// Token stream over pre-computed tokens.
pub struct VecTokenStream {
    tokens: Vec<Token>,
    next: usize,
}

impl VecTokenStream {
    pub fn new(tokens: Vec<Token>) -> Self {
        VecTokenStream { tokens, next: 0 }
    }
}

impl TokenStream for VecTokenStream {
    fn advance(&mut self) -> bool {
        if self.next < self.tokens.len() {
            self.next += 1;
            true
        } else {
            false
        }
    }
    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }
    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

impl Tokenizer for KoreanTokenizer {
    type TokenStream<'a> = VecTokenStream;
    fn token_stream<'a>(&'a mut self, text: &'a str) -> VecTokenStream {
        VecTokenStream::new(self.tokens(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    fn texts(t: &KoreanTokenizer, s: &str) -> Vec<String> {
        t.tokens(s).into_iter().map(|t| t.text).collect()
    }
    #[test]
    fn josa() {
        let t = KoreanTokenizer::josa();
        assert_eq!(texts(&t, "반도체를"), vec!["반도체를", "반도체"]);
        assert_eq!(texts(&t, "협력을"), vec!["협력을", "협력"]);
        assert_eq!(texts(&t, "반도체"), vec!["반도체"]);
        assert_eq!(texts(&t, "5G와 AI"), vec!["5g", "와", "ai"]);
    }
    #[test]
    fn josa_bigram_and_query_twin() {
        let d = KoreanTokenizer::josa_bigram(3);
        assert_eq!(texts(&d, "반도체를"), vec!["반도체를", "반도체", "반도", "도체"]);
        assert_eq!(texts(&d.clone().for_query(), "반도체를 협력"), vec!["반도체", "반도", "도체", "협력"]);
        assert_eq!(
            texts(&d, "강화하기로 합의했다"),
            vec!["강화하기로", "강화", "합의했다", "합의"]
        );
        // all forms of one word share its position
        let pos: Vec<usize> = d.tokens("유럽연합은 반도체").iter().map(|t| t.position).collect();
        assert_eq!(pos, vec![0, 0, 0, 0, 0, 1, 1, 1]);
    }
}
