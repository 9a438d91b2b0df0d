//! Scripts: which writing system a character belongs to, below every stage that asks.
//!
//! Language detection (`lang`), web-page chrome (`corpus::chrome`), analysis and query
//! translation all need to know what is Hangul; keeping the answer here, under all of
//! them, means no stage imports from one further down the pipeline.

/// Is `c` Hangul (syllables or jamo)?
pub fn is_hangul(c: char) -> bool {
    matches!(c,
        '\u{AC00}'..='\u{D7A3}'
        | '\u{1100}'..='\u{11FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{A960}'..='\u{A97F}'
        | '\u{D7B0}'..='\u{D7FF}')
}

/// Does `text` hold any Hangul?
pub fn has_hangul(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(is_hangul)
}

/// Maximal runs of Hangul and of other characters in a word (`1989년에` gives `1989`,
/// `년에`): byte offset, run, whether Hangul.
pub fn hangul_runs(word: &str) -> Vec<(usize, &str, bool)> {
    let mut runs = Vec::new();
    let mut start = 0;
    let mut current: Option<bool> = None;
    for (i, c) in word.char_indices() {
        let h = is_hangul(c);
        match current {
            Some(k) if k != h => {
                runs.push((start, &word[start..i], k));
                start = i;
                current = Some(h);
            }
            None => current = Some(h),
            _ => {}
        }
    }
    if let Some(k) = current {
        runs.push((start, &word[start..], k));
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hangul_runs_split_where_the_script_changes() {
        assert_eq!(
            hangul_runs("1989년에"),
            [(0, "1989", false), (4, "년에", true)]
        );
        assert_eq!(hangul_runs("반도체"), [(0, "반도체", true)]);
        assert!(hangul_runs("").is_empty());
        assert!(has_hangul("6G를") && !has_hangul("6G"));
    }
}
