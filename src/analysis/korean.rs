//! Korean: Hangul words with their particles and endings split off.
//!
//! Korean attaches particles (josa) and verb endings to the word (`반도체를`, `협력을`,
//! `강화하기로`), so a whole-word index would not find `반도체` in `반도체를`. For every
//! Hangul word the analyzer emits the word and, at the same position, the word with
//! its longest known particle or ending removed (a one-syllable particle leaves at least
//! two syllables: `국가` is not cut to `국`). Digits and Latin letters glued to Hangul
//! are their own tokens (`1989년에`, `6G를`). Non-Hangul words are lower-cased and
//! folded as elsewhere. Queries search the word or its stem; phrases use the stem.
//!
//! Why rules and not a morphological dictionary (mecab ko-dic via lindera 0.21) or
//! character bigrams was measured on KorQuAD (`bench/korean-analyzers/RESULTS.md`):
//! nDCG@10 0.951, the same as mecab ko-dic, with no 0.5 s dictionary load per command,
//! no 24 MB in the binary, and unlike bigrams `도체` does not match `반도체`.

use super::analyzer::Form;
use super::folding::fold_into;
use super::language::Language;
use crate::lang::Lang;
use crate::script;

/// Particles (josa), copula forms and common endings of noun + 하다/되다 verbs, as
/// measured in `bench/korean-analyzers` (KorQuAD). One is stripped, the longest that
/// leaves a long enough stem.
const SUFFIXES: &[&str] = &[
    // case, topic and conjunctive particles
    "이",
    "가",
    "을",
    "를",
    "은",
    "는",
    "의",
    "에",
    "도",
    "만",
    "로",
    "과",
    "와",
    "께",
    "랑",
    "야",
    "으로",
    "에서",
    "에게",
    "한테",
    "께서",
    "까지",
    "부터",
    "처럼",
    "보다",
    "하고",
    "이나",
    "이며",
    "이랑",
    "마다",
    "조차",
    "마저",
    "밖에",
    "에는",
    "에도",
    "에서는",
    "에서도",
    "에서의",
    "에서부터",
    "에게는",
    "에게도",
    "에게서",
    "으로는",
    "으로도",
    "으로서",
    "으로써",
    "으로의",
    "으로부터",
    "로는",
    "로도",
    "로서",
    "로써",
    "로의",
    "로부터",
    "과의",
    "와의",
    "과는",
    "와는",
    "과도",
    "와도",
    "까지의",
    "까지는",
    "부터는",
    "보다는",
    "만의",
    "만은",
    "만이",
    "만을",
    "에의",
    "라는",
    "이라는",
    "이란",
    "라고",
    "이라고",
    "이라",
    "라",
    "란",
    "인",
    "이자",
    "이고",
    "이든",
    "든지",
    "이든지",
    "에선",
    "에서처럼",
    "처럼의",
    "대로",
    "만큼",
    "뿐",
    // plural + particle
    "들",
    "들이",
    "들은",
    "들을",
    "들의",
    "들에",
    "들에게",
    "들과",
    "들도",
    "들로",
    "들이다",
    "들에서",
    "들만",
    // copula
    "이다",
    "였다",
    "이었다",
    "이었던",
    "였던",
    "이었고",
    "였고",
    "이었으며",
    "였으며",
    "입니다",
    "인데",
    "이던",
    "이면",
    // noun + 하다
    "하다",
    "한다",
    "했다",
    "하였다",
    "합니다",
    "했습니다",
    "하는",
    "한",
    "할",
    "하여",
    "해",
    "해서",
    "하며",
    "하면",
    "하지",
    "하기",
    "하기로",
    "하기에",
    "하기도",
    "하기는",
    "하기를",
    "하기위해",
    "했으며",
    "하였으며",
    "했고",
    "하였고",
    "했던",
    "하였던",
    "하던",
    "하게",
    "하도록",
    "하자",
    "함",
    "함으로써",
    "하므로",
    "했으나",
    "하였으나",
    "하나",
    "하여야",
    "해야",
    "했을",
    "하였을",
    "하려고",
    "하려는",
    "했지만",
    "하지만",
    "하면서",
    "해왔다",
    "하고있다",
    "하겠다",
    // 되다, 시키다, 받다
    "되다",
    "된다",
    "됐다",
    "되었다",
    "되는",
    "된",
    "될",
    "되어",
    "돼",
    "되며",
    "되고",
    "되면",
    "되기",
    "되었으며",
    "됐으며",
    "되었고",
    "됐고",
    "되었던",
    "됐던",
    "되던",
    "되도록",
    "되지",
    "되었을",
    "시키다",
    "시킨다",
    "시켰다",
    "시키는",
    "시킨",
    "시키기",
    "시켜",
    "시키고",
    "시켰으며",
    "받다",
    "받았다",
    "받는",
    "받은",
    "받아",
    "받고",
    // adjectival -적
    "적",
    "적인",
    "적으로",
    "적이다",
    "적이",
    "적인데",
    "적이며",
    "적으로는",
];

/// Syllables a stem keeps when a one-syllable particle is removed (`국가` is not `국`+`가`).
const MIN_STEM_AFTER_ONE: usize = 2;

/// The stem of a Hangul word, if a known particle or ending can be removed.
pub fn strip_particle(word: &str) -> Option<&str> {
    // Suffixes longest first, with their syllable counts: the first that fits leaves the
    // shortest stem.
    static BY_LENGTH: std::sync::OnceLock<Vec<(&'static str, usize)>> = std::sync::OnceLock::new();
    let suffixes = BY_LENGTH.get_or_init(|| {
        let mut v: Vec<(&str, usize)> = SUFFIXES.iter().map(|s| (*s, s.chars().count())).collect();
        v.sort_by_key(|s| std::cmp::Reverse(s.0.len()));
        v
    });
    let syllables = word.chars().count();
    suffixes
        .iter()
        .find(|&&(suffix, n)| {
            let min = if n == 1 { MIN_STEM_AFTER_ONE } else { 1 };
            n < syllables && syllables - n >= min && word.ends_with(suffix)
        })
        .map(|(suffix, _)| &word[..word.len() - suffix.len()])
}

/// The Korean rules.
pub struct Korean;

impl Language for Korean {
    fn lang(&self) -> Lang {
        Lang::Ko
    }

    fn is_stop_word(&self, _exact: &str) -> bool {
        false
    }

    /// Latin words in Korean text: their folded form is their only stem.
    fn stems_into(&self, exact: &str, out: &mut String) {
        fold_into(exact, out);
    }

    /// A word with Hangul in it: its Hangul runs and the runs between them.
    fn own_script_runs<'a>(&self, word: &'a str) -> Option<Vec<(usize, &'a str, bool)>> {
        script::has_hangul(word).then(|| script::hangul_runs(word))
    }

    /// A Hangul run: the run itself, and without its particle or ending.
    fn own_script_forms(&self, run: &str, emit: &mut dyn FnMut(Form, &str)) {
        emit(Form::Exact, run);
        emit(Form::Stem, run);
        if let Some(stem) = strip_particle(run) {
            emit(Form::Stem, stem);
        }
    }
}
