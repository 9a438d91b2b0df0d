//! `DiacriticFolder`: folds Latin letters to their base letter so `lancuch` finds `łańcuch`.
//!
//! Unicode decomposition alone misses letters with a stroke (`ł`, `đ`, `ø`), which is
//! why SQLite's `remove_diacritics` leaves `ł` alone; they are mapped explicitly here.
//! Only Latin letters are touched: Hangul syllables would decompose into jamo under NFD,
//! and must stay as they are.

use tantivy::tokenizer::{Token, TokenFilter, TokenStream, Tokenizer};
use unicode_normalization::char::decompose_canonical;

/// Folds `c` into `out`; returns whether it changed anything.
fn fold_char(c: char, out: &mut String) -> bool {
    let mapped: Option<&str> = match c {
        'ł' => Some("l"),
        'Ł' => Some("L"),
        'đ' => Some("d"),
        'Đ' => Some("D"),
        'ø' => Some("o"),
        'Ø' => Some("O"),
        'ß' => Some("ss"),
        'æ' => Some("ae"),
        'Æ' => Some("AE"),
        'œ' => Some("oe"),
        'Œ' => Some("OE"),
        'ı' => Some("i"),
        _ => None,
    };
    if let Some(m) = mapped {
        out.push_str(m);
        return true;
    }
    let latin = matches!(c as u32, 0x00C0..=0x024F | 0x1E00..=0x1EFF);
    if !latin {
        out.push(c);
        return false;
    }
    let mut changed = false;
    decompose_canonical(c, |d| {
        if ('\u{0300}'..='\u{036F}').contains(&d) {
            changed = true;
        } else {
            out.push(d);
        }
    });
    changed
}

/// `text` with Latin diacritics removed (`Łańcuch` -> `Lancuch`).
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut out);
    }
    out
}

/// Does `text` contain anything [`fold`] would change?
pub fn has_diacritics(text: &str) -> bool {
    !text.is_ascii() && fold(text) != text
}

/// Token filter applying [`fold`] to every token.
///
/// [`DiacriticFolder::changed_only`] drops the tokens folding leaves as they are: the
/// index's `folded` field needs only the words that have diacritics, since the `exact`
/// field already holds the others (this halves that field for English and Korean text).
#[derive(Clone, Copy, Default)]
pub struct DiacriticFolder {
    changed_only: bool,
}

impl DiacriticFolder {
    /// A folder that keeps only the tokens it changed.
    pub fn changed_only() -> DiacriticFolder {
        DiacriticFolder { changed_only: true }
    }
}

impl TokenFilter for DiacriticFolder {
    type Tokenizer<T: Tokenizer> = DiacriticFolderFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> Self::Tokenizer<T> {
        DiacriticFolderFilter {
            inner: tokenizer,
            changed_only: self.changed_only,
        }
    }
}

/// [`DiacriticFolder`] applied to a tokenizer.
#[derive(Clone)]
pub struct DiacriticFolderFilter<T> {
    inner: T,
    changed_only: bool,
}

impl<T: Tokenizer> Tokenizer for DiacriticFolderFilter<T> {
    type TokenStream<'a> = DiacriticFolderStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DiacriticFolderStream {
            tail: self.inner.token_stream(text),
            buffer: String::new(),
            changed_only: self.changed_only,
        }
    }
}

/// Stream of a [`DiacriticFolderFilter`].
pub struct DiacriticFolderStream<T> {
    tail: T,
    buffer: String,
    changed_only: bool,
}

impl<T: TokenStream> TokenStream for DiacriticFolderStream<T> {
    fn advance(&mut self) -> bool {
        loop {
            if !self.tail.advance() {
                return false;
            }
            let token = self.tail.token_mut();
            let mut changed = false;
            if !token.text.is_ascii() {
                self.buffer.clear();
                for c in token.text.chars() {
                    changed |= fold_char(c, &mut self.buffer);
                }
                if changed {
                    std::mem::swap(&mut token.text, &mut self.buffer);
                }
            }
            if changed || !self.changed_only {
                return true;
            }
        }
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn polish_letters_fold_including_l_with_stroke() {
        assert_eq!(
            fold("Łańcuch dostaw półprzewodników"),
            "Lancuch dostaw polprzewodnikow"
        );
        assert_eq!(fold("zażółć gęślą jaźń"), "zazolc gesla jazn");
    }

    #[test]
    fn hangul_is_left_alone() {
        assert_eq!(fold("반도체 협력"), "반도체 협력");
    }

    #[test]
    fn detects_diacritics() {
        assert!(has_diacritics("łódź"));
        assert!(!has_diacritics("lodz"));
        assert!(!has_diacritics("반도체"));
    }
}
