//! Amounts written with Korean magnitudes (`4800만`, `3천만`, `1.2조`), as English and
//! Polish write them (`48 million`, `48m`; `48 mln`, `48 milionów`).
//!
//! Korean counts large numbers in units of ten thousand (만), a hundred million (억) and
//! a trillion (조); English and Polish statements count in millions and billions. A
//! Korean report of an EU programme's `4800만 유로` is the English release's
//! `€48 million` or `€48m`, which no dictionary can say.

use crate::lang::Lang;

/// The value of a Korean amount: digits (with `,` or `.`) and magnitudes, groups of
/// them largest first (`4억5000만`), a unit or particle after the last magnitude
/// allowed (`4800만유로를`). None unless the word starts with a digit and has a
/// magnitude of ten thousand or more.
pub fn korean_amount(word: &str) -> Option<f64> {
    let mut chars = word.chars().peekable();
    if !chars.peek()?.is_ascii_digit() {
        return None;
    }
    let mut total = 0.0;
    let mut group = 0.0; // the current group, before its 만/억/조
    let mut number = String::new();
    let mut big = false;
    while let Some(&c) = chars.peek() {
        match c {
            '0'..='9' | '.' => number.push(c),
            ',' => {}
            '십' | '백' | '천' => {
                let n = if number.is_empty() {
                    1.0
                } else {
                    number.parse::<f64>().ok()?
                };
                number.clear();
                group += n * small_magnitude(c);
            }
            '만' | '억' | '조' => {
                if !number.is_empty() {
                    group += number.parse::<f64>().ok()?;
                    number.clear();
                }
                if group == 0.0 {
                    return None;
                }
                total += group * big_magnitude(c);
                group = 0.0;
                big = true;
            }
            _ => break,
        }
        chars.next();
    }
    if !big {
        return None;
    }
    if !number.is_empty() {
        total += number.parse::<f64>().ok()?;
    }
    (total + group > 0.0).then_some(total + group)
}

fn small_magnitude(c: char) -> f64 {
    match c {
        '십' => 10.0,
        '백' => 100.0,
        _ => 1_000.0,
    }
}

fn big_magnitude(c: char) -> f64 {
    match c {
        '만' => 1e4,
        '억' => 1e8,
        _ => 1e12,
    }
}

/// How `lang` writes `value` in millions or billions (`48 million`, `48m`;
/// `1,2 mld`, `1,2 miliarda`); empty below a million, for Korean, and for a value
/// that needs more than two decimals.
pub fn written(lang: Lang, value: f64) -> Vec<String> {
    let (scaled, billions) = if value >= 1e9 {
        (value / 1e9, true)
    } else if value >= 1e6 {
        (value / 1e6, false)
    } else {
        return Vec::new();
    };
    let hundredths = (scaled * 100.0).round();
    if (hundredths - scaled * 100.0).abs() > 1e-6 {
        return Vec::new();
    }
    let mut n = format!("{:.2}", hundredths / 100.0);
    while n.ends_with('0') {
        n.pop();
    }
    if n.ends_with('.') {
        n.pop();
    }
    match (lang, billions) {
        (Lang::En, false) => vec![format!("{n} million"), format!("{n}m")],
        (Lang::En, true) => vec![format!("{n} billion"), format!("{n}bn")],
        (Lang::Pl, false) => {
            let n = n.replace('.', ",");
            vec![format!("{n} mln"), format!("{n} milionów")]
        }
        (Lang::Pl, true) => {
            let n = n.replace('.', ",");
            vec![format!("{n} mld"), format!("{n} miliardów")]
        }
        (Lang::Ko, _) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_amounts_are_read_with_their_magnitudes() {
        assert_eq!(korean_amount("3500만"), Some(35_000_000.0));
        assert_eq!(korean_amount("3,500만유로를"), Some(35_000_000.0));
        assert_eq!(korean_amount("2천만"), Some(20_000_000.0));
        assert_eq!(korean_amount("7억2000만"), Some(720_000_000.0));
        assert_eq!(korean_amount("2.5조"), Some(2.5e12));
        // No magnitude, no digit first: not an amount.
        assert_eq!(korean_amount("2025년"), None);
        assert_eq!(korean_amount("만큼"), None);
        assert_eq!(korean_amount("6G"), None);
    }

    #[test]
    fn amounts_are_written_in_millions_and_billions() {
        assert_eq!(written(Lang::En, 35e6), ["35 million", "35m"]);
        assert_eq!(written(Lang::En, 7.2e8), ["720 million", "720m"]);
        assert_eq!(written(Lang::En, 2.5e9), ["2.5 billion", "2.5bn"]);
        assert_eq!(written(Lang::Pl, 2.5e9), ["2,5 mld", "2,5 miliardów"]);
        assert_eq!(written(Lang::Pl, 35e6), ["35 mln", "35 milionów"]);
        // Below a million, or too precise to be said so: nothing.
        assert!(written(Lang::En, 5e5).is_empty());
        assert!(written(Lang::En, 12_345_678.0).is_empty());
    }
}
