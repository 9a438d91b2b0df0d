//! The ranges of the numbers a user can pass (on the command line or over HTTP), and
//! their checks: a number out of range is an error that names the range, never a
//! buffer sized from it.
//!
//! The caps bound what a search allocates: the top-k collector keeps `offset + limit`
//! candidates (at most 110,000, about 2 MB), and every hit of a page is read back from
//! its file and highlighted.

use crate::error::{Error, Result};

/// A named range of whole numbers, inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Range {
    /// What the number counts, as a message names it.
    pub name: &'static str,
    /// Smallest value allowed.
    pub min: u64,
    /// Largest value allowed.
    pub max: u64,
}

/// Hits on a page.
pub const LIMIT: Range = Range {
    name: "the number of hits",
    min: 1,
    max: 10_000,
};

/// Hits skipped before the page.
pub const OFFSET: Range = Range {
    name: "the offset",
    min: 0,
    max: 100_000,
};

/// Passages per document in a comparison.
pub const PER_SIDE: Range = Range {
    name: "the number of passages per side",
    min: 1,
    max: 100,
};

impl Range {
    /// `value`, if it is in the range.
    pub fn check(&self, value: u64) -> Result<usize> {
        if (self.min..=self.max).contains(&value) {
            // The largest maximum fits any usize.
            Ok(value as usize)
        } else {
            Err(self.error(&value.to_string()))
        }
    }

    /// The number `text` spells, if it is a whole number in the range.
    pub fn parse(&self, text: &str) -> Result<usize> {
        match text.trim().parse::<u64>() {
            Ok(value) => self.check(value),
            Err(_) => Err(self.error(text)),
        }
    }

    fn error(&self, value: &str) -> Error {
        let shown: String = value.chars().take(40).collect();
        Error::OutOfRange {
            name: self.name,
            value: shown,
            min: self.min,
            max: self.max,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_out_of_range_name_the_range() {
        assert_eq!(LIMIT.parse("10").unwrap(), 10);
        assert_eq!(OFFSET.parse("0").unwrap(), 0);
        for (range, text) in [
            (LIMIT, "0"),
            (LIMIT, "18446744073709551615"),
            (LIMIT, "99999999999999999999999"),
            (LIMIT, "-1"),
            (LIMIT, "ten"),
            (OFFSET, "100001"),
            (PER_SIDE, "101"),
        ] {
            let err = range.parse(text).unwrap_err().to_string();
            assert!(
                err.contains(&format!("from {} to {}", range.min, range.max)),
                "{text}: {err}"
            );
        }
    }
}
