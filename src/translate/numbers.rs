//! Amounts of millions and billions as each language writes them: Korean with its
//! magnitudes (`4800만`, `3천만`, `7억2000만`), English (`48 million`, `48m`, `1.2bn`)
//! and Polish (`48 mln`, `48 milionów`, `1,2 mld`).
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

/// An amount at the start of `words` in `lang` and how many words it takes: a Korean
/// word in magnitudes ([`korean_amount`]); an English or Polish number with its scale
/// glued (`48m`, `€1.2bn`, `2mld`) or as the next word (`48 million`, `1,2 mld`,
/// `48 milionów`). English reads `,` as a thousands separator, Polish as the decimal
/// comma.
pub fn amount(lang: Lang, words: &[&str]) -> Option<(f64, usize)> {
    let first = words.first()?;
    if lang == Lang::Ko {
        return korean_amount(first).map(|v| (v, 1));
    }
    let word = first.trim_start_matches(|c: char| !c.is_alphanumeric());
    let currency = word.len() < first.len();
    let digits = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    if digits == 0 || !word.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (number, glued) = word.split_at(digits);
    let number = match lang {
        Lang::Pl => number.replace(',', "."),
        _ => number.replace(',', ""),
    };
    let number: f64 = number.trim_end_matches('.').parse().ok()?;
    if !glued.is_empty() {
        // `48m` is as often metres: millions only after a currency sign (`€48m`).
        if glued.eq_ignore_ascii_case("m") && !currency {
            return None;
        }
        return scale(glued).map(|s| (number * s, 1));
    }
    let next = words.get(1)?;
    if next.eq_ignore_ascii_case("m") {
        return None;
    }
    scale(next).map(|s| (number * s, 2))
}

/// The multiplier a scale word stands for: million, billion and their abbreviations in
/// English and Polish (`mln`, `mld`, `milionów`, `miliarda`...).
fn scale(word: &str) -> Option<f64> {
    let w = word.to_lowercase();
    let w = w.trim_end_matches('.');
    if w == "m" || w == "mln" || w.starts_with("million") || w.starts_with("milion") {
        Some(1e6)
    } else if w == "bn" || w == "mld" || w.starts_with("billion") || w.starts_with("miliard") {
        Some(1e9)
    } else {
        None
    }
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
/// `1,2 mld`, `1,2 miliardów`; `4800만`, `7억2000만`); empty below a million and for a
/// value it would not write so (more than two decimals; for Korean, below 만).
pub fn written(lang: Lang, value: f64) -> Vec<String> {
    if lang == Lang::Ko {
        return korean_written(value);
    }
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

/// `value` in Korean magnitudes: `4800만` (also `4,800만`, and `2천만` for a round
/// thousand of 만), `7억2000만`, `12억`, `3조`; empty below a million or when it is not
/// a whole number of 만.
fn korean_written(value: f64) -> Vec<String> {
    if value < 1e6 || (value / 1e4).fract().abs() > 1e-6 {
        return Vec::new();
    }
    let man = (value / 1e4).round() as u64;
    let (jo, rest) = (man / 100_000_000, man % 100_000_000);
    let (eok, man) = (rest / 10_000, rest % 10_000);
    let mut out = Vec::new();
    if jo == 0 && eok == 0 {
        out.push(format!("{man}만"));
        if man >= 1_000 {
            out.push(format!("{},{:03}만", man / 1_000, man % 1_000));
            if man % 1_000 == 0 {
                out.push(format!("{}천만", man / 1_000));
            }
        }
        return out;
    }
    let mut text = String::new();
    if jo > 0 {
        text.push_str(&format!("{jo}조"));
    }
    if eok > 0 {
        text.push_str(&format!("{eok}억"));
    }
    if man > 0 {
        text.push_str(&format!("{man}만"));
    }
    out.push(text);
    out
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
    fn english_and_polish_amounts_are_read_with_their_scale() {
        assert_eq!(amount(Lang::En, &["€35m", "fund"]), Some((35e6, 1)));
        assert_eq!(amount(Lang::En, &["35", "million"]), Some((35e6, 2)));
        assert_eq!(amount(Lang::En, &["$2.5bn"]), Some((2.5e9, 1)));
        assert_eq!(amount(Lang::En, &["1,200", "million"]), Some((1.2e9, 2)));
        assert_eq!(amount(Lang::Pl, &["2,5", "mld"]), Some((2.5e9, 2)));
        assert_eq!(amount(Lang::Pl, &["35", "milionów"]), Some((35e6, 2)));
        assert_eq!(amount(Lang::Ko, &["3500만"]), Some((35e6, 1)));
        // A number without a scale, a code: not an amount.
        assert_eq!(amount(Lang::En, &["35", "projects"]), None);
        assert_eq!(amount(Lang::En, &["6G"]), None);
        // Metres, most likely.
        assert_eq!(amount(Lang::En, &["48m", "tower"]), None);
        assert_eq!(amount(Lang::En, &["48", "m"]), None);
        assert_eq!(amount(Lang::Pl, &["2025"]), None);
    }

    #[test]
    fn amounts_are_written_in_korean_magnitudes() {
        assert_eq!(written(Lang::Ko, 35e6), ["3500만", "3,500만"]);
        assert_eq!(written(Lang::Ko, 20e6), ["2000만", "2,000만", "2천만"]);
        assert_eq!(written(Lang::Ko, 7.2e8), ["7억2000만"]);
        assert_eq!(written(Lang::Ko, 2.5e9), ["25억"]);
        assert!(written(Lang::Ko, 5e5).is_empty());
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
