//! What a search did with its query, for people who want to see why (`--explain`) and
//! for a search that finds nothing: the query's language and the evidence for it, the
//! words and phrases searched, and each translation with its source, senses, weights,
//! and the senses dropped and why. Serialisable: the JSON output carries it as is.

use serde::Serialize;

use super::{Dropped, Role, Sense, Source, Translation};
use crate::lang::Lang;

/// How the query's language was decided.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum LangReason {
    /// Given by the caller.
    Given,
    /// The query has Hangul.
    Hangul,
    /// The query has Polish letters (ą, ę, ł...).
    PolishLetters,
    /// Its words as dictionary headwords and as the corpus uses them, per language.
    Words {
        /// Evidence for English.
        en: f64,
        /// Evidence for Polish.
        pl: f64,
    },
    /// No word decided; the language detector, or English by default.
    Detector,
    /// Translation is off: the query is searched as typed only.
    NotTranslated,
}

impl LangReason {
    /// Shown to users.
    pub fn label(&self) -> String {
        match self {
            LangReason::Given => "given".into(),
            LangReason::Hangul => "Hangul".into(),
            LangReason::PolishLetters => "Polish letters".into(),
            LangReason::Words { en, pl } => {
                format!("its words in dictionaries and corpus: en {en:.1}, pl {pl:.1}")
            }
            LangReason::Detector => "no word decides: language detector (else English)".into(),
            LangReason::NotTranslated => "translation off".into(),
        }
    }
}

/// One translation of a query word or phrase.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TranslationExplained {
    /// The query words (or compound part) translated.
    pub from: String,
    /// Target language code.
    pub to: String,
    /// Glossary, dictionary, or dictionary through English.
    pub source: Source,
    /// What it stands for (the whole words, a word of a glossary phrase, a compound part).
    pub role: Role,
    /// Dictionary headwords used (for a pivot: the English words gone through).
    pub via: Vec<String>,
    /// The senses searched, with their weights.
    pub senses: Vec<Sense>,
    /// The senses not searched, and why.
    pub dropped: Vec<Dropped>,
}

impl From<&Translation> for TranslationExplained {
    fn from(t: &Translation) -> Self {
        TranslationExplained {
            from: t.from_text.clone(),
            to: t.to.code().to_string(),
            source: t.source,
            role: t.role.clone(),
            via: t.via.clone(),
            senses: t.alternatives.clone(),
            dropped: t.dropped.clone(),
        }
    }
}

/// What a search searched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Explanation {
    /// The query as given.
    pub query: String,
    /// The language translations start from (None: translation off).
    pub lang: Option<String>,
    /// Why that language.
    pub lang_reason: LangReason,
    /// The words and phrases searched as typed.
    pub units: Vec<String>,
    /// Their translations, in query order.
    pub translations: Vec<TranslationExplained>,
}

impl Explanation {
    /// An explanation of `query` searched from `lang` (None: not translated).
    pub fn new(
        query: &str,
        lang: Option<Lang>,
        lang_reason: LangReason,
        units: Vec<String>,
        translations: &[Translation],
    ) -> Self {
        let mut explained: Vec<TranslationExplained> = Vec::new();
        for t in translations {
            let e = TranslationExplained::from(t);
            // The compiler may ask for a run's translations more than once.
            if !explained.contains(&e) {
                explained.push(e);
            }
        }
        Explanation {
            query: query.to_string(),
            lang: lang.map(|l| l.code().to_string()),
            lang_reason,
            units,
            translations: explained,
        }
    }

    /// One line saying what was searched: the units and the translations searched
    /// (`searched "cable" (en: translation off)`, `searched "kabel" (pl) and cable, lead
    /// (en, dictionary)`).
    pub fn summary(&self) -> String {
        let units: Vec<String> = self.units.iter().map(|u| format!("{u:?}")).collect();
        let mut out = format!(
            "searched {} ({})",
            units.join(", "),
            self.lang.as_deref().unwrap_or("translation off")
        );
        let searched: Vec<String> = self
            .translations
            .iter()
            .filter(|t| !t.senses.is_empty())
            .map(|t| {
                let senses: Vec<&str> = t.senses.iter().map(|s| s.text.as_str()).collect();
                format!("{} ({}, {})", senses.join(" | "), t.to, t.source.label())
            })
            .collect();
        if searched.is_empty() {
            let dropped = self
                .translations
                .iter()
                .map(|t| t.dropped.len())
                .sum::<usize>();
            if dropped > 0 {
                out.push_str(&format!(
                    "; no translation searched ({dropped} senses not in the index or too common)"
                ));
            } else if self.lang.is_some() {
                out.push_str("; no translation found");
            }
        } else {
            out.push_str(" and ");
            out.push_str(&searched.join(", "));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::translate::{translate, NoEvidence};

    #[test]
    fn says_what_was_searched_in_one_line() {
        let translations = translate(&["submarine", "cables"], Lang::En, true, &NoEvidence);
        let e = Explanation::new(
            "submarine cables",
            Some(Lang::En),
            LangReason::Given,
            vec!["submarine".into(), "cables".into()],
            &translations,
        );
        let line = e.summary();
        assert!(
            line.starts_with("searched \"submarine\", \"cables\" (en) and "),
            "{line}"
        );
        assert!(line.contains("kabel podmorski"), "{line}");
        assert!(!line.contains('\n'));
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(json["lang_reason"]["by"], "given");
        assert_eq!(json["translations"][0]["source"], "glossary");
    }

    #[test]
    fn without_translation_the_summary_says_so() {
        let e = Explanation::new(
            "cable",
            None,
            LangReason::NotTranslated,
            vec!["cable".into()],
            &[],
        );
        assert_eq!(e.summary(), "searched \"cable\" (translation off)");
    }
}
