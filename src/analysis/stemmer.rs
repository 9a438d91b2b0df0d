//! Snowball stemming that leaves the tokens of this field alone.
//!
//! Elasticsearch's Polish stemmer turns `2021` into `20ć`; Snowball also shortens
//! acronyms (`gpai`). Tokens with a digit or a dot, and tokens of three letters or
//! fewer, are passed through unchanged. Tokens are expected to be lower-cased.
//!
//! Polish gets two corrections after Snowball ([`drop_final_i`], [`drop_mobile_e`]);
//! the analyzer then folds the stem and adds the stem of the folded word (Snowball
//! Polish only recognises endings written with their letters, `-ów`), so both sides of
//! the index meet on `stem(fold(word))` (see `analyzer`).

use frostem::Algorithm;

/// Shortest token (in characters) that is stemmed.
const MIN_STEM_CHARS: usize = 4;

/// Whether a (lower-cased) token should go through the stemmer.
pub fn stemmable(token: &str) -> bool {
    token.len() >= MIN_STEM_CHARS
        && token.chars().nth(MIN_STEM_CHARS - 1).is_some()
        && token.chars().all(char::is_alphabetic)
}

/// Appends the Snowball stem of `word` to `out`, or `word` itself when it is not
/// [`stemmable`].
pub fn stem_safe_into(algorithm: Algorithm, word: &str, out: &mut String) {
    if stemmable(word) {
        out.push_str(&frostem::Stemmer::new(algorithm).stem(word));
    } else {
        out.push_str(word);
    }
}

/// Appends the Polish stem of `word` to `out`: Snowball, then the two corrections.
pub fn stem_polish_into(word: &str, out: &mut String) {
    if stemmable(word) {
        let stem = frostem::Stemmer::new(Algorithm::Polish)
            .stem(word)
            .into_owned();
        out.push_str(&drop_mobile_e(drop_final_i(stem)));
    } else {
        out.push_str(word);
    }
}

/// Snowball Polish leaves the `i` of `-ii`/`-gii` genitives (`technologii` ->
/// `technologi`) but not of the nominative (`technologia` -> `technolog`): drop a final
/// `i` after a consonant from stems of six letters or more.
pub fn drop_final_i(stem: String) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aąeęioóuy".contains(c);
    if n >= 6 && chars[n - 1] == 'i' && consonant(chars[n - 2]) {
        chars[..n - 1].iter().collect()
    } else {
        stem
    }
}

/// Polish drops the e of a final `-el`, `-ek`, `-ec` when the word is inflected
/// (`kabel`, `kabli`; `budynek`, `budynku`), which Snowball does not undo: drop it from
/// such stems, so every form of the word meets on `kabl`, `budynk`.
pub fn drop_mobile_e(stem: String) -> String {
    let chars: Vec<char> = stem.chars().collect();
    let n = chars.len();
    let consonant = |c: char| c.is_alphabetic() && !"aąeęioóuy".contains(c);
    if n >= 5
        && chars[n - 2] == 'e'
        && matches!(chars[n - 1], 'l' | 'k' | 'c')
        && consonant(chars[n - 3])
    {
        let mut out: String = chars[..n - 2].iter().collect();
        out.push(chars[n - 1]);
        out
    } else {
        stem
    }
}
