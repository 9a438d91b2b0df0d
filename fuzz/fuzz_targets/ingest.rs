#![no_main]
//! Any bytes as a corpus file: decode, then cut into passages; every passage must point
//! at its own text.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(decoded) = accord::corpus::decode::decode(data) else {
        return;
    };
    let text = decoded.text;
    let doc = accord::corpus::prepare("f.txt", &text, None, &accord::lang::LangDetector::default());
    for p in doc.passages.iter().chain(&doc.set_aside) {
        let s = p.span;
        assert_eq!(text[s.byte_start..s.byte_end].replace('\r', ""), p.text);
    }
});
