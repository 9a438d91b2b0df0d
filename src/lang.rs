//! Languages accord supports, and language detection restricted to them.
//!
//! whatlang guesses among ~70 languages by default and then calls short Polish lines
//! Estonian; restricted to the three supported languages it is right on all but very
//! short text. Text too short to tell inherits its document's language.

use std::fmt;
use std::str::FromStr;

use whatlang::{Detector, Lang as WLang};

use crate::error::Error;

/// A supported language; serialised as its ISO 639-1 code (`"pl"`, `"en"`, `"ko"`).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
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
/// Characters of a passage the rules look at.
const MAX_SAMPLE_CHARS: usize = 400;
/// Characters of a passage the model looks at: its cost grows with the sample, and
/// among three languages this much tells.
const MODEL_SAMPLE_CHARS: usize = 160;

/// Language detection over the supported languages only.
///
/// Cheap evidence decides first: Hangul; the letters only Polish has, at the rate of
/// Polish prose; English or Polish function words without the other language's. Then
/// the language of the document around the passage, when the passage shows nothing
/// against it (an English document's passage with no Polish letters or Polish function
/// words is English). Only what is left goes to whatlang's model, which costs more than
/// the rest of indexing a passage.
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

/// What a passage shows of its language before any model is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Evidence {
    /// Too few letters to tell.
    TooShort,
    /// Decided by the rules.
    Clear(Lang),
    /// Not decided: what was counted.
    Unclear(Counts),
}

/// Letters and function words counted in a passage's sample.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    letters: usize,
    hangul: usize,
    polish_letters: usize,
    english_words: usize,
    only_polish_words: usize,
}

impl LangDetector {
    /// The language of `text`, or `None` when it is too short or too mixed to tell.
    pub fn detect(&self, text: &str) -> Option<Lang> {
        self.detect_in(text, None)
    }

    /// What the rules alone make of `text`.
    pub fn evidence(&self, text: &str) -> Evidence {
        let (sample, mut c) = sample_letters(text);
        if c.letters == 0 {
            return Evidence::TooShort;
        }
        // Hangul is unambiguous among the three.
        if c.hangul * 2 > c.letters && c.hangul >= 2 {
            return Evidence::Clear(Lang::Ko);
        }
        if c.letters < MIN_LETTERS {
            return Evidence::TooShort;
        }
        // Letters only Polish uses among the three (ą ć ę ł ń ś ź ż), at the rate of
        // Polish prose (about one letter in twenty; 4% leaves room for short passages).
        // English naming a Polish minister or city stays below that rate.
        if c.polish_letters >= 4 && c.polish_letters * 25 >= c.letters {
            return Evidence::Clear(Lang::Pl);
        }
        // Function words: English ones without Polish ones, or the reverse.
        let words = function_words(sample);
        c.english_words = words.english;
        c.only_polish_words = words.only_polish;
        if c.polish_letters == 0 && words.english >= 4 && words.english >= 4 * words.polish {
            return Evidence::Clear(Lang::En);
        }
        if c.hangul == 0 && words.only_polish >= 4 && words.only_polish >= 4 * words.english {
            return Evidence::Clear(Lang::Pl);
        }
        Evidence::Unclear(c)
    }

    /// The language of `text`, a passage of a document written in `context` (if
    /// known), or `None` when it is too short or too mixed to tell.
    pub fn detect_in(&self, text: &str, context: Option<Lang>) -> Option<Lang> {
        self.decide(text, self.evidence(text), context)
    }

    /// [`LangDetector::detect_in`] for a text whose [`Evidence`] is already known, so
    /// that a caller deciding unclear passages after a first look does not count again.
    pub fn decide(&self, text: &str, evidence: Evidence, context: Option<Lang>) -> Option<Lang> {
        match evidence {
            Evidence::TooShort => None,
            Evidence::Clear(lang) => Some(lang),
            Evidence::Unclear(c) => self.resolve(text, &c, context),
        }
    }

    /// Decides an unclear passage: its document's language when nothing in it speaks
    /// against that, else the model.
    fn resolve(&self, text: &str, c: &Counts, context: Option<Lang>) -> Option<Lang> {
        match context {
            Some(Lang::En)
                if c.polish_letters == 0 && c.only_polish_words == 0 && c.hangul == 0 =>
            {
                return Some(Lang::En)
            }
            Some(Lang::Pl)
                if c.hangul == 0
                    && c.english_words == 0
                    && (c.polish_letters > 0 || c.only_polish_words > 0) =>
            {
                return Some(Lang::Pl)
            }
            _ => {}
        }
        let info = self
            .detector
            .detect(prefix_chars(text, MODEL_SAMPLE_CHARS))?;
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

/// The sample the rules look at (the first [`MAX_SAMPLE_CHARS`] characters of `text`),
/// with its letters counted.
fn sample_letters(text: &str) -> (&str, Counts) {
    let sample = prefix_chars(text, MAX_SAMPLE_CHARS);
    let bytes = sample.as_bytes();
    // ASCII letters are counted a byte at a time, in runs short enough to count in a
    // byte, which the compiler does for many bytes at once.
    let letters = bytes
        .chunks(usize::from(u8::MAX))
        .map(|run| {
            run.iter()
                .fold(0u8, |n, b| n + u8::from(b.is_ascii_alphabetic()))
        })
        .map(usize::from)
        .sum();
    let mut c = Counts {
        letters,
        ..Counts::default()
    };
    // Only the characters outside ASCII are decoded: those starting at a leading byte,
    // found skipping runs of ASCII.
    let mut at = 0;
    while at < bytes.len() {
        if bytes.get(at..at + 16).is_some_and(|run| run.is_ascii()) {
            at += 16;
            continue;
        }
        let b = bytes[at];
        at += 1;
        if b < 0xC0 {
            continue;
        }
        let ch = sample[at - 1..].chars().next().unwrap_or_default();
        match letter(ch) {
            Letter::None => {}
            Letter::Hangul => {
                c.letters += 1;
                c.hangul += 1;
            }
            Letter::Polish => {
                c.letters += 1;
                c.polish_letters += 1;
            }
            Letter::Other => c.letters += 1,
        }
    }
    (sample, c)
}

/// What a character counts as for the rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Letter {
    /// Not a letter.
    None,
    /// A Hangul letter.
    Hangul,
    /// A letter only Polish uses ([`is_polish_letter`]).
    Polish,
    /// Any other letter.
    Other,
}

/// [`Letter`] of `ch`. The letters of Korean and Polish text are told apart without a
/// look-up in the Unicode tables, which cost more than the rest of the rules; the test
/// `letters_are_classified_as_by_definition` checks this against the definition for
/// every character.
fn letter(ch: char) -> Letter {
    match ch {
        '\u{AC00}'..='\u{D7A3}' => Letter::Hangul,
        _ if is_polish_letter(ch) => Letter::Polish,
        '\u{C0}'..='\u{17F}' if ch != '×' && ch != '÷' => Letter::Other,
        _ if !ch.is_alphabetic() => Letter::None,
        _ if crate::script::is_hangul(ch) => Letter::Hangul,
        _ => Letter::Other,
    }
}

/// The first `n` characters of `text`.
fn prefix_chars(text: &str, n: usize) -> &str {
    if text.len() <= n {
        return text;
    }
    if n == 0 {
        return "";
    }
    // `Chars::nth` skips characters without decoding them.
    let mut chars = text.chars();
    chars.nth(n - 1);
    &text[..text.len() - chars.as_str().len()]
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

/// Polish function words that are not English words (`i`, `do`, `we` are both).
const ONLY_POLISH_WORDS: &[&str] = &[
    "w", "z", "na", "sie", "nie", "ze", "jest", "od", "oraz", "dla", "przez", "po", "tym", "ich",
    "sa", "tak", "ktore", "ktory", "aby", "za",
];

/// Function words among the first words of a text.
#[derive(Debug, Default, PartialEq, Eq)]
struct FunctionWords {
    english: usize,
    /// Polish function words, `i`, `do` and `we` included.
    polish: usize,
    /// Polish function words that are not English words.
    only_polish: usize,
}

/// The function word lists as [`word_key`]s.
const ENGLISH_KEYS: [u64; ENGLISH_WORDS.len()] = word_keys(ENGLISH_WORDS);
const POLISH_KEYS: [u64; POLISH_WORDS.len()] = word_keys(POLISH_WORDS);
const ONLY_POLISH_KEYS: [u64; ONLY_POLISH_WORDS.len()] = word_keys(ONLY_POLISH_WORDS);

/// Words to compare with the lists: ASCII and at most this long (no function word is
/// longer).
const MAX_WORD_BYTES: usize = 5;

/// A word of at most [`MAX_WORD_BYTES`] ASCII bytes, lower-cased, as one number: the
/// lists are searched by comparing numbers. The first byte is a letter (not zero), so
/// different words have different keys.
const fn word_key(word: &[u8]) -> u64 {
    let mut key = 0;
    let mut i = 0;
    while i < word.len() {
        key = key << 8 | word[i].to_ascii_lowercase() as u64;
        i += 1;
    }
    key
}

const fn word_keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = word_key(words[i].as_bytes());
        i += 1;
    }
    keys
}

/// Counts the function words among the first 60 words of `text` (case aside).
///
/// A word is what `split_whitespace` gives, without the characters other than letters
/// at either end (`trim_matches`), looked for in the lists when what is left is ASCII
/// and short enough. This finds the same words with byte comparisons, decoding only
/// characters outside ASCII, and compares numbers rather than strings:
/// `function_words_by_definition` in the tests is the definition, and property tests
/// hold the two to the same counts.
fn function_words(text: &str) -> FunctionWords {
    const MAX_WORDS: usize = 60;
    let mut out = FunctionWords::default();
    let bytes = text.as_bytes();
    let mut at = 0;
    for _ in 0..MAX_WORDS {
        let Some(start) = skip_space(text, at) else {
            break;
        };
        let (end, ascii) = word_end(text, start);
        at = end;
        let word = &bytes[start..end];
        let letters = if ascii {
            let Some(first) = word.iter().position(u8::is_ascii_alphabetic) else {
                continue;
            };
            let last = word
                .iter()
                .rposition(u8::is_ascii_alphabetic)
                .unwrap_or(first);
            &word[first..=last]
        } else {
            text[start..end]
                .trim_matches(|c: char| letter(c) == Letter::None)
                .as_bytes()
        };
        if letters.is_empty() || letters.len() > MAX_WORD_BYTES || !letters.is_ascii() {
            continue;
        }
        let key = word_key(letters);
        if ENGLISH_KEYS.contains(&key) {
            out.english += 1;
        } else if POLISH_KEYS.contains(&key) {
            out.polish += 1;
            out.only_polish += usize::from(ONLY_POLISH_KEYS.contains(&key));
        }
    }
    out
}

/// Whether ASCII byte `b` is white space (as `char::is_whitespace` says). All of it is
/// at most `b' '`, so that a byte above is known to be none with one comparison.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// The start of the first word at or after byte `at` of `text`, if there is one.
fn skip_space(text: &str, mut at: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        let b = *bytes.get(at)?;
        if b.is_ascii() {
            if b > b' ' || !is_ascii_space(b) {
                return Some(at);
            }
            at += 1;
        } else {
            let ch = text[at..].chars().next().unwrap_or_default();
            if !ch.is_whitespace() {
                return Some(at);
            }
            at += ch.len_utf8();
        }
    }
}

/// The end of the word starting at byte `at` of `text` (at white space or the end of
/// the text), and whether the word is ASCII.
fn word_end(text: &str, mut at: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut ascii = true;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            if b <= b' ' && is_ascii_space(b) {
                break;
            }
            at += 1;
        } else {
            ascii = false;
            let ch = text[at..].chars().next().unwrap_or_default();
            if ch.is_whitespace() {
                break;
            }
            at += ch.len_utf8();
        }
    }
    (at, ascii)
}

/// [`function_words`] as first written, for tests to hold the fast one to.
#[cfg(test)]
fn function_words_by_definition(text: &str) -> FunctionWords {
    let mut out = FunctionWords::default();
    let mut lower = [0u8; 5];
    for word in text.split_whitespace().take(60) {
        let word = word.trim_matches(|c: char| !c.is_alphabetic());
        if word.len() > 5 || word.is_empty() || !word.is_ascii() {
            continue;
        }
        let w = &mut lower[..word.len()];
        w.copy_from_slice(word.as_bytes());
        w.make_ascii_lowercase();
        let w = std::str::from_utf8(w).unwrap_or_default();
        if ENGLISH_WORDS.contains(&w) {
            out.english += 1;
        } else if POLISH_WORDS.contains(&w) {
            out.polish += 1;
            out.only_polish += usize::from(ONLY_POLISH_WORDS.contains(&w));
        }
    }
    out
}

/// Text whose first words are English function words and not Polish ones.
#[cfg(test)]
fn clearly_english(text: &str) -> bool {
    let words = function_words(text);
    words.english >= 4 && words.english >= 4 * words.polish
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
    fn polish_function_words_decide_only_when_they_are_not_english() {
        let d = LangDetector::default();
        assert_eq!(
            d.evidence("Komisja przedstawi w tym roku plan dla sektora oraz nowe zasady, ktore sa potrzebne przez caly okres."),
            Evidence::Clear(Lang::Pl)
        );
        assert_eq!(
            function_words("I do think we do need to go, I do.").only_polish,
            0
        );
    }

    #[test]
    fn the_document_language_decides_what_shows_nothing_against_it() {
        let d = LangDetector::default();
        let unclear = "Enter your password in the password entry box.";
        assert!(matches!(d.evidence(unclear), Evidence::Unclear(_)));
        assert_eq!(d.detect_in(unclear, Some(Lang::En)), Some(Lang::En));
        // Polish without diacritics in an English document is left to the model.
        let polish = "Wpisz haslo w polu hasla i nacisnij przycisk.";
        assert_eq!(d.detect_in(polish, Some(Lang::En)), d.detect(polish));
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

    /// [`sample_letters`] as first written: the sample, then its characters.
    fn sample_letters_by_definition(text: &str) -> (&str, Counts) {
        let sample = match text.char_indices().nth(MAX_SAMPLE_CHARS) {
            Some((end, _)) => &text[..end],
            None => text,
        };
        let mut c = Counts::default();
        for ch in sample.chars() {
            if ch.is_alphabetic() {
                c.letters += 1;
                if crate::script::is_hangul(ch) {
                    c.hangul += 1;
                } else if is_polish_letter(ch) {
                    c.polish_letters += 1;
                }
            }
        }
        (sample, c)
    }

    #[test]
    fn letters_are_classified_as_by_definition() {
        for ch in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let want = if !ch.is_alphabetic() {
                Letter::None
            } else if crate::script::is_hangul(ch) {
                Letter::Hangul
            } else if is_polish_letter(ch) {
                Letter::Polish
            } else {
                Letter::Other
            };
            assert_eq!(letter(ch), want, "{ch:?} U+{:04X}", u32::from(ch));
        }
    }

    #[test]
    fn function_word_lists_are_short_lower_case_ascii() {
        for w in ENGLISH_WORDS
            .iter()
            .chain(POLISH_WORDS)
            .chain(ONLY_POLISH_WORDS)
        {
            assert!(w.len() <= MAX_WORD_BYTES && w.bytes().all(|b| b.is_ascii_lowercase()));
        }
    }

    #[test]
    fn function_words_are_counted_as_by_definition() {
        for text in [
            "",
            " ",
            "the",
            "«the» „i” (w) -na- 2023 the,and:of THE And",
            "The\u{a0}and\u{3000}of\u{85}to\u{2028}in ich",
            "it's e.g. a-b the.. ..the ...",
            "théé the\u{301} \u{301}the a\u{0}b",
        ] {
            assert_eq!(
                function_words(text),
                function_words_by_definition(text),
                "{text:?}"
            );
        }
        let many = "the ".repeat(70);
        assert_eq!(function_words(&many).english, 60);
    }

    /// Text of function words (either case), other words, letters and spaces of both
    /// kinds and punctuation, so that words meet at every kind of border.
    fn words_like() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let word = prop::sample::select(
            ENGLISH_WORDS
                .iter()
                .chain(POLISH_WORDS)
                .flat_map(|w| [w.to_string(), w.to_uppercase()])
                .collect::<Vec<_>>(),
        );
        let piece = prop_oneof![
            4 => word,
            2 => "[ \t\n\r\u{b}\u{c}\u{a0}\u{85}\u{2003}\u{3000}]{1,2}",
            2 => "[a-zA-Z]{1,7}",
            1 => "[.,;:'\"()«»„”’—0-9\u{0}\u{301}-]{1,2}",
            1 => "[ąćęłńóśźżÀ-ſé가-힣ㄱ-ㆎ\u{3130}\u{318f}]{1,3}",
            1 => ".{1,2}",
        ];
        prop::collection::vec(piece, 0..250).prop_map(|p| p.concat())
    }

    proptest::proptest! {
        #[test]
        fn function_words_agree_with_their_definition(text in words_like()) {
            proptest::prop_assert_eq!(function_words(&text), function_words_by_definition(&text));
        }

        #[test]
        fn sample_letters_agree_with_their_definition(text in words_like()) {
            proptest::prop_assert_eq!(sample_letters(&text), sample_letters_by_definition(&text));
        }

        #[test]
        fn function_words_agree_with_their_definition_on_any_text(text in ".*") {
            proptest::prop_assert_eq!(function_words(&text), function_words_by_definition(&text));
            proptest::prop_assert_eq!(sample_letters(&text), sample_letters_by_definition(&text));
        }
    }

    #[test]
    fn parses_codes_and_lists_choices_on_error() {
        assert_eq!("PL".parse::<Lang>().unwrap(), Lang::Pl);
        let err = "xx".parse::<Lang>().unwrap_err().to_string();
        assert!(err.contains("choose from: pl, en, ko"), "{err}");
    }
}
