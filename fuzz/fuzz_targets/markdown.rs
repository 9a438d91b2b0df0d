#![no_main]
//! Any bytes as a Markdown file, the way `corpus::read` takes one: decoded (or refused),
//! then extracted. Never a panic; every block's span lies inside the decoded text, on
//! char boundaries, with the lines that hold it, and covers non-blank source; every
//! block has text, its whitespace collapsed.
use accord::corpus::format::{markdown, Format, TextRelation};
use libfuzzer_sys::fuzz_target;

/// 1-based line of byte `offset` of `text` (lines split at `\n`).
fn line_of(text: &str, offset: usize) -> usize {
    1 + memchr_count(&text.as_bytes()[..offset])
}

fn memchr_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| b == b'\n').count()
}

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = accord::corpus::decode::decode(data) else {
        return;
    };
    let text = decoded.text.as_str();
    let ex = markdown::extract(text);
    assert_eq!(
        ex.relation,
        TextRelation::Extracted {
            format: Format::Markdown
        }
    );
    for b in &ex.blocks {
        let s = b.span;
        assert!(
            s.byte_start < s.byte_end && s.byte_end <= text.len(),
            "{s:?} in {} bytes",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.byte_start) && text.is_char_boundary(s.byte_end),
            "{s:?}"
        );
        assert_eq!(s.line_start, line_of(text, s.byte_start), "{s:?}");
        assert_eq!(s.line_end, line_of(text, s.byte_end - 1), "{s:?}");
        let source = &text[s.byte_start..s.byte_end];
        assert!(
            !source.starts_with(|c: char| c.is_ascii_whitespace()),
            "{s:?}: {source:?}"
        );
        assert!(
            !source.ends_with(|c: char| c.is_ascii_whitespace()),
            "{s:?}: {source:?}"
        );
        assert!(!b.text.is_empty());
        assert_eq!(
            b.text,
            b.text.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        assert!(b.pages.is_none() && b.set_aside.is_none());
    }
    for found in [&ex.meta.title, &ex.meta.date, &ex.meta.publisher]
        .into_iter()
        .flatten()
    {
        assert!(!found.value.trim().is_empty(), "{found:?}");
    }
});
