//! Languages accord supports, and language detection restricted to them.
//!
//! whatlang guesses among ~70 languages by default and then calls short Polish lines
//! Estonian; restricted to the three supported languages it is right on all but very
//! short text. Text too short to tell inherits its document's language.

use std::fmt;
use std::str::FromStr;

use whatlang::{Detector, Lang as WLang};

use crate::error::Error;

/// A supported language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    /// Polish.
    Pl,
    /// English.
    En,
    /// Korean.
    Ko,
}

impl Lang {
    /// All supported languages, in the order fields are laid out.
    pub const ALL: [Lang; 3] = [Lang::Pl, Lang::En, Lang::Ko];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Pl => "pl",
            Lang::En => "en",
            Lang::Ko => "ko",
        }
    }

    /// English name, for messages.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Pl => "Polish",
            Lang::En => "English",
            Lang::Ko => "Korean",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Lang {
    type Err = Error;

    fn from_str(s: &str) -> Result<Lang, Error> {
        match s.trim().to_ascii_lowercase().as_str() {
            "pl" | "pol" | "polish" => Ok(Lang::Pl),
            "en" | "eng" | "english" => Ok(Lang::En),
            "ko" | "kor" | "korean" => Ok(Lang::Ko),
            _ => Err(Error::UnknownLanguage(s.to_string())),
        }
    }
}

/// Fewer letters than this and detection is not trusted.
const MIN_LETTERS: usize = 25;
/// Characters of a passage the detector looks at.
const MAX_SAMPLE_CHARS: usize = 400;

/// Language detection over the supported languages only.
pub struct LangDetector {
    detector: Detector,
}

impl Default for LangDetector {
    fn default() -> Self {
        LangDetector {
            detector: Detector::with_allowlist(vec![WLang::Pol, WLang::Eng, WLang::Kor]),
        }
    }
}

impl LangDetector {
    /// The language of `text`, or `None` when it is too short or too mixed to tell.
    pub fn detect(&self, text: &str) -> Option<Lang> {
        let mut letters = 0usize;
        let mut hangul = 0usize;
        for c in text.chars().take(MAX_SAMPLE_CHARS) {
            if c.is_alphabetic() {
                letters += 1;
                if crate::analysis::korean::is_hangul(c) {
                    hangul += 1;
                }
            }
        }
        if letters == 0 {
            return None;
        }
        // Hangul is unambiguous among the three: no need to ask the model.
        if hangul * 2 > letters && hangul >= 2 {
            return Some(Lang::Ko);
        }
        if letters < MIN_LETTERS {
            return None;
        }
        // The first few hundred characters tell the language as well as the whole
        // passage does, at a bounded cost.
        let sample = match text.char_indices().nth(MAX_SAMPLE_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let info = self.detector.detect(sample)?;
        if info.confidence() < 0.2 {
            return None;
        }
        match info.lang() {
            WLang::Pol => Some(Lang::Pl),
            WLang::Eng => Some(Lang::En),
            WLang::Kor => Some(Lang::Ko),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_the_three_languages() {
        let d = LangDetector::default();
        assert_eq!(
            d.detect(
                "Obaj partnerzy zgodzili się pracować nad półprzewodnikami i technologią kwantową."
            ),
            Some(Lang::Pl)
        );
        assert_eq!(
            d.detect(
                "Both sides intend to organize an annual forum for semiconductor researchers."
            ),
            Some(Lang::En)
        );
        assert_eq!(
            d.detect("한국과 유럽연합은 반도체 협력을 강화하기로 합의했다"),
            Some(Lang::Ko)
        );
    }

    #[test]
    fn short_text_is_undecided() {
        let d = LangDetector::default();
        assert_eq!(d.detect("Kolejne kroki"), None);
        assert_eq!(d.detect("2023"), None);
    }

    #[test]
    fn parses_codes_and_lists_choices_on_error() {
        assert_eq!("PL".parse::<Lang>().unwrap(), Lang::Pl);
        let err = "xx".parse::<Lang>().unwrap_err().to_string();
        assert!(err.contains("choose from: pl, en, ko"), "{err}");
    }
}
