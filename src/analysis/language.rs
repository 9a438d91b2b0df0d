//! The per-language table: what the analyzer asks of each language's rules.
//!
//! As charabia maps a (script, language) pair to its segmenter, [`rules`] maps each
//! supported language to the one value holding all its rules (`polish`, `english`,
//! `korean`); the analyzer knows nothing of any language beyond this interface.

use super::analyzer::Form;
use super::english::English;
use super::korean::Korean;
use super::polish::Polish;
use crate::lang::Lang;

/// A language's rules.
pub trait Language: Sync {
    /// The language these rules are for.
    fn lang(&self) -> Lang;

    /// Is `exact` (a lower-cased word) a stop word? Stop words are never stemmed, so
    /// never among the stem forms (they stay searchable as exact forms).
    fn is_stop_word(&self, exact: &str) -> bool;

    /// Appends the stems of `exact` (a lower-cased word that is not a stop word) to
    /// `out`, `\0` between two; nothing when the word has none.
    fn stems_into(&self, exact: &str, out: &mut String);

    /// When `word` is written in the language's own script and analysed by its own
    /// rules (Korean Hangul): the runs of the word, each at its own position, as byte
    /// offset, run, and whether the run is in that script. `None`: the word is analysed
    /// as a whole, as any Latin word.
    fn own_script_runs<'a>(&self, _word: &'a str) -> Option<Vec<(usize, &'a str, bool)>> {
        None
    }

    /// The forms of a run in the language's own script, best first (see
    /// [`Language::own_script_runs`]); `before` is the run before it in the same word
    /// (`30` before `일에`).
    fn own_script_forms(
        &self,
        _run: &str,
        _before: Option<&str>,
        _emit: &mut dyn FnMut(Form, &str),
    ) {
    }
}

/// The rules of `lang`.
pub fn rules(lang: Lang) -> &'static dyn Language {
    match lang {
        Lang::Pl => &Polish,
        Lang::En => &English,
        Lang::Ko => &Korean,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_rules() {
        for lang in Lang::ALL {
            assert_eq!(rules(lang).lang(), lang);
        }
    }
}
