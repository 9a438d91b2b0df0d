#![no_main]
//! Any UTF-8 string through the query parser: an error is fine, a panic or hang is not.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(q) = std::str::from_utf8(data) {
        let _ = accord::search::query::parse(q);
    }
});
