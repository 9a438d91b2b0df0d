#![no_main]
//! Any bytes as a PDF file: extracted or refused with a reason, never a panic (the
//! parser's own panics are caught inside `extract`); every block has its pages.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(ex) = accord::corpus::format::pdf::extract(data) else {
        return;
    };
    for b in &ex.blocks {
        let pages = b.pages.expect("a PDF block has pages");
        assert!(1 <= pages.start && pages.start <= pages.end);
        assert!(b.span.line_start >= 1);
        assert!(!b.text.trim().is_empty());
    }
});
