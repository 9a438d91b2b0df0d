//! Searching by the statements' dates: `since` and `until` bounds, and newest first.
//!
//! A document's date may be a day, a month or a year (`2024-05-14`, `2024-05`, `2024`),
//! and so may a bound: a document is within `since` when its date can fall on or after
//! the bound's first day, and within `until` when it can fall on or before the bound's
//! last day (a document of `2024` is within `--since 2024-05`). Documents without a date
//! are left out when a bound is given.

use tantivy::query::{BooleanQuery, ConstScoreQuery, Occur, Query};

use super::{SearchOptions, Sort};
use crate::error::{Error, Result};
use crate::index::read::term_filter;
use crate::index::AccordIndex;

/// Checks a date bound as users write it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) and gives
/// it back as written.
pub fn date_bound(value: &str) -> Result<String> {
    let value = value.trim();
    let bad = || Error::BadDate(value.to_string());
    let parts: Vec<&str> = value.split('-').collect();
    let number = |s: &str, len: usize| -> Option<u32> {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let year = parts.first().and_then(|y| number(y, 4)).ok_or_else(bad)?;
    if !(1000..=9999).contains(&year) || parts.len() > 3 {
        return Err(bad());
    }
    if let Some(m) = parts.get(1) {
        let month = number(m, 2)
            .filter(|m| (1..=12).contains(m))
            .ok_or_else(bad)?;
        if let Some(d) = parts.get(2) {
            let last = match month {
                4 | 6 | 9 | 11 => 30,
                2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
                2 => 28,
                _ => 31,
            };
            number(d, 2)
                .filter(|d| (1..=last).contains(d))
                .ok_or_else(bad)?;
        }
    }
    Ok(value.to_string())
}

/// The first day a date (or bound) can mean.
fn first_day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
    }
}

/// The last day a date (or bound) can mean (`-31` for any month: only compared).
fn last_day(date: &str) -> String {
    match date.len() {
        4 => format!("{date}-12-31"),
        7 => format!("{date}-31"),
        _ => date.to_string(),
    }
}

/// Whether a document dated `date` is within the bounds of `opts`.
pub fn within(date: Option<&str>, opts: &SearchOptions) -> bool {
    if opts.since.is_none() && opts.until.is_none() {
        return true;
    }
    let Some(date) = date else {
        return false;
    };
    let after = opts
        .since
        .as_deref()
        .is_none_or(|s| last_day(date) >= first_day(s));
    let before = opts
        .until
        .as_deref()
        .is_none_or(|u| first_day(date) <= last_day(u));
    after && before
}

/// The filter clause keeping only passages of documents within the date bounds: None
/// without bounds; a clause that matches nothing when no document is within them.
pub fn filter(
    index: &AccordIndex,
    opts: &SearchOptions,
) -> Result<Option<(Occur, Box<dyn Query>)>> {
    if opts.since.is_none() && opts.until.is_none() {
        return Ok(None);
    }
    let f = index.fields();
    let keys: Vec<(Occur, Box<dyn Query>)> = index
        .documents()?
        .into_iter()
        .filter(|r| within(r.meta.date.as_deref(), opts))
        .map(|r| (Occur::Should, term_filter(f.doc_key, &r.meta.path)))
        .collect();
    let query: Box<dyn Query> =
        Box::new(ConstScoreQuery::new(Box::new(BooleanQuery::new(keys)), 0.0));
    Ok(Some((Occur::Must, query)))
}

/// How many candidates to rank when hits are listed by date: the newest `wanted` of
/// them are shown, so more are looked at than relevance needs.
pub fn candidates(opts: &SearchOptions, by_relevance: usize) -> usize {
    match opts.sort {
        Sort::Relevance => by_relevance,
        Sort::Date => by_relevance.max(1000),
    }
}

/// A date key that sorts newest first, undated last.
pub fn newest_first(date: Option<&str>) -> std::cmp::Reverse<String> {
    std::cmp::Reverse(date.map_or_else(String::new, last_day))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounds_are_years_months_or_days() {
        for good in ["2024", "2024-05", "2024-02-29", "1999-12-31"] {
            assert_eq!(date_bound(good).unwrap(), good);
        }
        for bad in [
            "24",
            "2024-5",
            "2024-13",
            "2023-02-29",
            "2024-05-32",
            "May 2024",
            "",
            "2024-05-14-1",
        ] {
            let err = date_bound(bad).unwrap_err();
            assert!(err.to_string().contains("YYYY-MM-DD"), "{bad}: {err}");
        }
    }

    #[test]
    fn a_partial_date_is_within_a_bound_it_can_meet() {
        let opts = |since: Option<&str>, until: Option<&str>| SearchOptions {
            since: since.map(str::to_string),
            until: until.map(str::to_string),
            ..SearchOptions::default()
        };
        let may = opts(Some("2024-05"), None);
        assert!(within(Some("2024-05-14"), &may));
        assert!(within(Some("2024"), &may));
        assert!(!within(Some("2024-04-30"), &may));
        assert!(!within(None, &may));
        let year = opts(Some("2023"), Some("2023"));
        assert!(within(Some("2023-12-31"), &year));
        assert!(!within(Some("2024-01-01"), &year));
        assert!(within(None, &SearchOptions::default()));
        assert!(newest_first(Some("2024-05")) < newest_first(Some("2024-01-02")));
        assert!(newest_first(Some("2020")) < newest_first(None));
    }
}
