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
        let mut polish = 0usize;
        for c in text.chars().take(MAX_SAMPLE_CHARS) {
            if c.is_alphabetic() {
                letters += 1;
                if crate::analysis::korean::is_hangul(c) {
                    hangul += 1;
                } else if is_polish_letter(c) {
                    polish += 1;
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
        // Letters only Polish uses among the three (ą ć ę ł ń ś ź ż), at the rate of
        // Polish prose (about one letter in twenty; 4% leaves room for short passages):
        // no need to ask the model either. English naming a Polish minister or city stays
        // below that rate; Polish typed without diacritics goes to the model.
        if polish >= 4 && polish * 25 >= letters {
            return Some(Lang::Pl);
        }
        if polish == 0 && clearly_english(text) {
            return Some(Lang::En);
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

/// English function words, and Polish ones that are not also English words.
const ENGLISH_WORDS: &[&str] = &[
    "the", "and", "of", "to", "in", "is", "for", "that", "with", "are", "be", "this", "on", "by",
    "as", "it", "from", "or", "was", "which", "an", "will", "have", "has", "their",
];
const POLISH_WORDS: &[&str] = &[
    "i", "w", "z", "na", "sie", "do", "nie", "ze", "jest", "o", "od", "oraz", "dla", "przez", "po",
    "jak", "tym", "ich", "sa", "tak", "ktore", "ktory", "aby", "we", "za",
];

/// Text whose first words are English function words and not Polish ones (the
/// model is then not needed: it costs more than the rest of indexing a passage).
fn clearly_english(text: &str) -> bool {
    let (mut english, mut polish) = (0usize, 0usize);
    for word in text.split_whitespace().take(60) {
        let word = word.trim_matches(|c: char| !c.is_alphabetic());
        if word.len() > 5 || word.is_empty() {
            continue;
        }
        let lower = word.to_ascii_lowercase();
        if ENGLISH_WORDS.contains(&lower.as_str()) {
            english += 1;
        } else if POLISH_WORDS.contains(&lower.as_str()) {
            polish += 1;
        }
    }
    english >= 4 && english >= 4 * polish
}

/// ą ć ę ł ń ś ź ż (either case): written in Polish, not in English or Korean. `ó` is
/// left out: it is common in names of other languages.
fn is_polish_letter(c: char) -> bool {
    matches!(
        c,
        'ą' | 'ć'
            | 'ę'
            | 'ł'
            | 'ń'
            | 'ś'
            | 'ź'
            | 'ż'
            | 'Ą'
            | 'Ć'
            | 'Ę'
            | 'Ł'
            | 'Ń'
            | 'Ś'
            | 'Ź'
            | 'Ż'
    )
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
    fn english_function_words_decide_only_without_polish_ones() {
        assert!(clearly_english(
            "The ministers agreed that the forum will meet in Seoul and in Brussels."
        ));
        assert!(!clearly_english(
            "Obie strony zgodzily sie, ze forum bedzie sie spotykac w Seulu i w Brukseli."
        ));
        assert!(!clearly_english("6G, AI and HPC"));
    }

    #[test]
    fn polish_letters_decide_only_at_the_rate_of_polish_prose() {
        let d = LangDetector::default();
        assert_eq!(
            d.detect("Minister Michał Kurtyka met the delegation in Łódź to discuss the energy transition and grid investment."),
            Some(Lang::En)
        );
        assert_eq!(
            d.detect("Obie strony zgodzily sie na wymiane informacji na temat lancucha dostaw polprzewodnikow."),
            Some(Lang::Pl)
        );
        assert_eq!(
            d.detect("Ministrowie uzgodnili wspólny korytarz wodorowy i współpracę w dziedzinie łączności."),
            Some(Lang::Pl)
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
