//! Decoding a corpus file's bytes into text, or saying why it cannot be.
//!
//! UTF-8 (with or without BOM) is taken as is; UTF-16 is recognised by its BOM or by
//! its pattern of zero bytes; anything else that is not valid UTF-8 goes to chardetng,
//! the detector Firefox uses, and is decoded with encoding_rs (Windows-1250 and
//! ISO-8859-2 Polish, EUC-KR Korean...). A file that decodes only with errors, or that
//! looks binary, is skipped with a reason: never indexed as garbage.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

/// A file decoded to text.
#[derive(Debug)]
pub struct Decoded {
    /// The text. Byte ranges of passages refer to this text.
    pub text: String,
    /// The encoding it was decoded from.
    pub encoding: &'static str,
    /// Whether the encoding was guessed (no BOM, not UTF-8).
    pub guessed: bool,
}

/// Why a file was not decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unreadable {
    /// Nothing but whitespace.
    Empty,
    /// Binary content (zero bytes or mostly control characters).
    Binary,
    /// Not UTF-8, and no encoding decodes it cleanly.
    UnknownEncoding,
    /// An encrypted PDF.
    Encrypted,
    /// A PDF without a text layer (scanned pages, images only).
    NoTextLayer,
    /// A damaged file its format's parser could not read, with what went wrong.
    Damaged(String),
    /// Larger than its format's extractor reads (the limit, in bytes or pages).
    TooLarge(String),
}

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unreadable::Empty => f.write_str("empty file"),
            Unreadable::Binary => f.write_str("binary file, not text"),
            Unreadable::UnknownEncoding => f.write_str(
                "not UTF-8 and its encoding could not be determined; convert it to UTF-8",
            ),
            Unreadable::Encrypted => f.write_str(
                "encrypted PDF; save a copy without a password (or print it to PDF) to index it",
            ),
            Unreadable::NoTextLayer => f.write_str(
                "PDF without a text layer (scanned or images only); \
                 run OCR on it (for example ocrmypdf) to index it",
            ),
            Unreadable::Damaged(why) => write!(
                f,
                "damaged file ({why}); open and save it again, or export it as text"
            ),
            Unreadable::TooLarge(limit) => write!(
                f,
                "too large to extract ({limit}); split it or convert it to text"
            ),
        }
    }
}

/// Decodes `bytes`; see the module documentation.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Unreadable> {
    let (text, encoding, guessed) = if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let body = &bytes[bom..];
        let text = enc
            .decode_without_bom_handling_and_without_replacement(body)
            .ok_or(Unreadable::UnknownEncoding)?;
        let name = if enc == UTF_8 {
            "UTF-8 with BOM"
        } else {
            enc.name()
        };
        (text.into_owned(), name, false)
    } else if let Ok(text) = std::str::from_utf8(bytes) {
        (text.to_string(), "UTF-8", false)
    } else if let Some(enc) = utf16_without_bom(bytes) {
        let text = enc
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or(Unreadable::UnknownEncoding)?;
        (text.into_owned(), enc.name(), true)
    } else {
        if looks_binary(bytes) {
            return Err(Unreadable::Binary);
        }
        let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        detector.feed(bytes, true);
        let enc = detector.guess(None, chardetng::Utf8Detection::Deny);
        let text = enc
            .decode_without_bom_handling_and_without_replacement(bytes)
            .ok_or(Unreadable::UnknownEncoding)?;
        (text.into_owned(), enc.name(), true)
    };
    if text.trim().is_empty() {
        return Err(Unreadable::Empty);
    }
    if mostly_control(&text) {
        return Err(Unreadable::Binary);
    }
    Ok(Decoded {
        text,
        encoding,
        guessed,
    })
}

/// Zero bytes at one parity and not the other: UTF-16 text without a BOM.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even = sample.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = sample
        .iter()
        .skip(1)
        .step_by(2)
        .filter(|&&b| b == 0)
        .count();
    if odd * 10 >= pairs * 3 && even * 20 < pairs {
        Some(UTF_16LE)
    } else if even * 10 >= pairs * 3 && odd * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn looks_binary(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(8192)].contains(&0)
}

fn mostly_control(text: &str) -> bool {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars().take(8192) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') || c == '\u{FFFD}' {
            control += 1;
        }
    }
    control * 10 > total
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("zażółć".as_bytes()).unwrap().text, "zażółć");
        let d = decode(b"\xEF\xBB\xBFabc").unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("abc", "UTF-8 with BOM"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let (le, _, _) = UTF_16LE.encode("Współpraca");
        let mut with_bom = vec![0xFF, 0xFE];
        let units: Vec<u8> = "Współpraca cyfrowa"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        with_bom.extend(&units);
        assert_eq!(decode(&with_bom).unwrap().text, "Współpraca cyfrowa");
        assert_eq!(decode(&units).unwrap().text, "Współpraca cyfrowa");
        drop(le);
    }

    #[test]
    fn legacy_polish_and_korean() {
        let text = "Współpraca w dziedzinie półprzewodników i łańcucha dostaw została zacieśniona.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1250.encode(text);
        assert_eq!(decode(&bytes).unwrap().text, text);
        let ko = "한국과 유럽연합은 반도체 협력을 강화하기로 합의했다. 양측은 디지털 파트너십을 논의했다.";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(ko);
        assert_eq!(decode(&bytes).unwrap().text, ko);
    }

    #[test]
    fn empty_and_binary_are_refused() {
        assert_eq!(decode(b"  \n\n").unwrap_err(), Unreadable::Empty);
        assert_eq!(decode(b"").unwrap_err(), Unreadable::Empty);
        assert_eq!(
            decode(b"\x7fELF\x02\x01\x01\x00\x00\x00\xff\xfe").unwrap_err(),
            Unreadable::Binary
        );
    }
}
