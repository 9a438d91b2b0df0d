//! Binary search over text tables whose lines are sorted bytewise, searched in place.
//!
//! The FreeDict dictionaries and the analyzed glossary are compiled into the binary as
//! such tables: a lookup touches a few lines, and nothing is parsed at start-up.

/// Start of the line holding byte `at`.
fn line_start(table: &str, at: usize) -> usize {
    table[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Byte offset of the first line that is not less than `key` (bytewise).
pub fn lower_bound(table: &str, key: &str) -> usize {
    let (mut lo, mut hi) = (0usize, table.len());
    // Invariant: lines starting before `lo` are < key; lines starting at or after `hi`
    // are >= key.
    while lo < hi {
        let mut mid = (lo + hi) / 2;
        while !table.is_char_boundary(mid) {
            mid -= 1;
        }
        let start = line_start(table, mid).max(lo);
        let end = table[start..].find('\n').map_or(table.len(), |i| start + i);
        if &table.as_bytes()[start..end] < key.as_bytes() {
            lo = (end + 1).min(table.len());
        } else {
            hi = start;
        }
    }
    lo
}

/// The lines starting with `prefix`, in order.
pub fn with_prefix<'t>(table: &'t str, prefix: &str) -> impl Iterator<Item = &'t str> + 't {
    let at = lower_bound(table, prefix);
    let prefix = prefix.to_string();
    table[at..]
        .lines()
        .take_while(move |line| line.starts_with(prefix.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TABLE: &str = "a\t1\nab\t2\nab c\t3\nb\t4\n";

    #[test]
    fn finds_first_and_last_lines_and_prefixes() {
        assert_eq!(lower_bound(TABLE, "a\t"), 0);
        assert_eq!(&TABLE[lower_bound(TABLE, "b")..], "b\t4\n");
        assert_eq!(lower_bound(TABLE, "c"), TABLE.len());
        let ab: Vec<&str> = with_prefix(TABLE, "ab").collect();
        assert_eq!(ab, ["ab\t2", "ab c\t3"]);
        assert_eq!(with_prefix(TABLE, "z").count(), 0);
    }
}
