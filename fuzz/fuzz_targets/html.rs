#![no_main]
//! Any bytes as an HTML file: extracted or refused, never a panic; every block's span
//! lies inside the file, in order, with text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(ex) = accord::corpus::format::html::extract(data) else {
        return;
    };
    for b in &ex.blocks {
        let s = b.span;
        assert!(s.byte_start <= s.byte_end && s.byte_end <= data.len());
        assert!(1 <= s.line_start && s.line_start <= s.line_end);
        assert!(!b.text.trim().is_empty());
    }
});
