//! Diacritic folding: Latin letters to their base letter, so `lancuch` finds `łańcuch`.
//!
//! Unicode decomposition alone misses letters with a stroke (`ł`, `đ`, `ø`), which is
//! why SQLite's `remove_diacritics` leaves `ł` alone; they are mapped explicitly here.
//! Only Latin letters are touched: Hangul syllables would decompose into jamo under NFD,
//! and must stay as they are.

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
    fold_into(text, &mut out);
    out
}

/// Appends [`fold`]`(text)` to `out`.
pub fn fold_into(text: &str, out: &mut String) {
    if text.is_ascii() {
        out.push_str(text);
        return;
    }
    for c in text.chars() {
        fold_char(c, out);
    }
}

/// The first character of `c` folded (`ł` -> `l`, `ó` -> `o`, `æ` -> `a`).
pub fn fold_first(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let mut out = String::with_capacity(4);
    fold_char(c, &mut out);
    out.chars().next().unwrap_or(c)
}

/// Does `text` contain anything [`fold`] would change?
pub fn has_diacritics(text: &str) -> bool {
    !text.is_ascii() && fold(text) != text
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
