//! Decoding a corpus file's bytes into text, or saying why it cannot be: one decoder for
//! every file size.
//!
//! How a file is decoded is decided from its first [`SNIFF_BYTES`] ([`sniff`]): a BOM
//! names its encoding; else valid UTF-8 is UTF-8; UTF-16 without a BOM is recognised by
//! its pattern of zero bytes; anything else goes to chardetng, the detector Firefox
//! uses, and is decoded with encoding_rs (Windows-1250 and ISO-8859-2 Polish, EUC-KR
//! Korean...). The bytes are then decoded by a [`Decoder`], fed the whole file at once
//! ([`decode`]) or window by window (`corpus::stream`, for files too large to hold):
//! both make the same decision from the same bytes and decode them by the same code, so
//! a file decodes the same whatever its size. A file that decodes only with errors, or
//! that looks binary, is skipped with a reason: never indexed as garbage.

use encoding_rs::{DecoderResult, Encoding, UTF_16BE, UTF_16LE, UTF_8};

use super::format::TextRelation;

/// Bytes at the start of a file that decide how it is decoded (the whole file if it is
/// shorter).
pub const SNIFF_BYTES: usize = 1 << 20;

/// A file decoded to text.
#[derive(Debug)]
pub struct Decoded {
    /// The text. Byte ranges of passages refer to this text.
    pub text: String,
    /// How it was decoded.
    pub how: Sniffed,
}

impl Decoded {
    /// The encoding's name, as users are told it (`UTF-8`, `UTF-8 with BOM`, `windows-1250`).
    pub fn encoding(&self) -> &'static str {
        self.how.name()
    }
}

/// How a file is decoded, as its first bytes say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sniffed {
    /// The encoding.
    pub encoding: &'static Encoding,
    /// Length of the byte-order mark that starts the file (0 for none).
    pub bom: usize,
    /// Whether the encoding was guessed (no BOM, not UTF-8).
    pub guessed: bool,
}

impl Sniffed {
    /// Plain UTF-8 without a BOM: decoding changes nothing.
    pub const UTF8: Sniffed = Sniffed {
        encoding: UTF_8,
        bom: 0,
        guessed: false,
    };

    /// The encoding's name, as users are told it.
    pub fn name(&self) -> &'static str {
        if self.encoding == UTF_8 && self.bom > 0 {
            "UTF-8 with BOM"
        } else {
            self.encoding.name()
        }
    }

    /// How text decoded this way relates to the file: the file's own bytes only for
    /// UTF-8 without a BOM (byte offsets in the text are then offsets in the file).
    pub fn relation(&self) -> TextRelation {
        if *self == Sniffed::UTF8 {
            TextRelation::Verbatim
        } else {
            TextRelation::Transcoded {
                encoding: self.name().to_string(),
            }
        }
    }
}

/// Why a file was not read.
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
    /// Bytes that are not valid in the encoding the file's start showed.
    Malformed {
        /// The encoding.
        encoding: &'static str,
        /// Byte offset in the file of the first bad byte (about: within a few bytes).
        at: u64,
    },
    /// A frameset (or a page that is only an `iframe`): its text is in the pages its
    /// frames load, whose addresses it holds.
    Frames(Vec<String>),
    /// A format this build does not read yet.
    Unsupported(&'static str),
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
            Unreadable::Malformed { encoding, at } => write!(
                f,
                "invalid {encoding} at byte {at}; convert the file to UTF-8"
            ),
            Unreadable::Frames(sources) if sources.is_empty() => f.write_str(
                "a frameset page without text of its own; index the pages its frames load instead",
            ),
            Unreadable::Frames(sources) => write!(
                f,
                "a frameset page without text of its own: its text is in the pages its frames \
                 load ({}); save or index those instead",
                sources.join(", ")
            ),
            Unreadable::Unsupported(what) => f.write_str(what),
        }
    }
}

/// Decides from `head`, the first [`SNIFF_BYTES`] of a file, how to decode it; `whole`
/// says `head` is the whole file (else its last character may be cut).
pub fn sniff(head: &[u8], whole: bool) -> Result<Sniffed, Unreadable> {
    if let Some((encoding, bom)) = Encoding::for_bom(head) {
        return Ok(Sniffed {
            encoding,
            bom,
            guessed: false,
        });
    }
    if is_utf8_prefix(head, whole) {
        return Ok(Sniffed::UTF8);
    }
    let guessed = |encoding| Sniffed {
        encoding,
        bom: 0,
        guessed: true,
    };
    if let Some(encoding) = utf16_without_bom(head) {
        return Ok(guessed(encoding));
    }
    if looks_binary(head) {
        return Err(Unreadable::Binary);
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(head, whole);
    Ok(guessed(
        detector.guess(None, chardetng::Utf8Detection::Deny),
    ))
}

/// Valid UTF-8, but for a character cut at the end when `head` is not the whole file.
fn is_utf8_prefix(head: &[u8], whole: bool) -> bool {
    match std::str::from_utf8(head) {
        Ok(_) => true,
        Err(e) => !whole && e.error_len().is_none(),
    }
}

/// Decodes a file's bytes, fed in order in one or more pieces, the way [`sniff`] said.
pub struct Decoder {
    how: Sniffed,
    inner: encoding_rs::Decoder,
    /// Bytes of the file fed so far.
    fed: u64,
}

impl Decoder {
    /// A decoder for a file whose start was sniffed as `how`.
    pub fn new(how: Sniffed) -> Decoder {
        Decoder {
            how,
            inner: how.encoding.new_decoder_without_bom_handling(),
            fed: 0,
        }
    }

    /// How it decodes.
    pub fn how(&self) -> Sniffed {
        self.how
    }

    /// Decodes the next `bytes` of the file onto `out`; `last` for the file's last
    /// piece. A piece may end inside a character: its rest is decoded with the next.
    pub fn feed(&mut self, bytes: &[u8], last: bool, out: &mut String) -> Result<(), Unreadable> {
        let start = self.fed;
        // The byte-order mark is not text.
        let skip = (self.how.bom as u64)
            .saturating_sub(start)
            .min(bytes.len() as u64) as usize;
        self.fed += bytes.len() as u64;
        let mut src = &bytes[skip..];
        let mut offset = start + skip as u64;
        loop {
            let room = self
                .inner
                .max_utf8_buffer_length_without_replacement(src.len())
                .unwrap_or(src.len().saturating_mul(3));
            out.reserve(room);
            let (result, read) = self
                .inner
                .decode_to_string_without_replacement(src, out, last);
            match result {
                DecoderResult::InputEmpty => return Ok(()),
                DecoderResult::OutputFull => {
                    src = &src[read..];
                    offset += read as u64;
                }
                DecoderResult::Malformed(bad, _) => {
                    let at = offset + read as u64 - u64::from(bad);
                    // A guess that fails was a wrong guess; a stated or verified
                    // encoding that fails has bad bytes, which the user can find.
                    return Err(if self.how.guessed {
                        Unreadable::UnknownEncoding
                    } else {
                        Unreadable::Malformed {
                            encoding: self.how.name(),
                            at,
                        }
                    });
                }
            }
        }
    }
}

/// Checks the start of decoded text: refuses text that is blank or mostly control
/// characters (`more` says text follows, so blank is not yet empty).
pub fn check_text(text: &str, more: bool) -> Result<(), Unreadable> {
    if !more && text.trim().is_empty() {
        return Err(Unreadable::Empty);
    }
    if mostly_control(text) {
        return Err(Unreadable::Binary);
    }
    Ok(())
}

/// Decodes the whole of a file's `bytes`; see the module documentation.
pub fn decode(bytes: &[u8]) -> Result<Decoded, Unreadable> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let how = sniff(head, head.len() == bytes.len())?;
    decode_as(bytes, how)
}

/// Decodes the whole of `bytes` as `how` says (a format that states its own charset,
/// as HTML does, sniffs it itself).
pub fn decode_as(bytes: &[u8], how: Sniffed) -> Result<Decoded, Unreadable> {
    let mut text = String::new();
    if how == Sniffed::UTF8 {
        // The common case costs one validation and one copy.
        text = std::str::from_utf8(bytes)
            .map_err(|e| Unreadable::Malformed {
                encoding: "UTF-8",
                at: e.valid_up_to() as u64,
            })?
            .to_string();
    } else {
        Decoder::new(how).feed(bytes, true, &mut text)?;
    }
    check_text(&text, false)?;
    Ok(Decoded { text, how })
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
        assert_eq!((d.text.as_str(), d.encoding()), ("abc", "UTF-8 with BOM"));
        assert_eq!(
            d.how.relation(),
            TextRelation::Transcoded {
                encoding: "UTF-8 with BOM".into()
            }
        );
        assert_eq!(
            decode(b"abc").unwrap().how.relation(),
            TextRelation::Verbatim
        );
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let mut with_bom = vec![0xFF, 0xFE];
        let units: Vec<u8> = "Współpraca cyfrowa"
            .encode_utf16()
            .flat_map(|u| u.to_le_bytes())
            .collect();
        with_bom.extend(&units);
        assert_eq!(decode(&with_bom).unwrap().text, "Współpraca cyfrowa");
        assert_eq!(decode(&units).unwrap().text, "Współpraca cyfrowa");
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

    /// Feeding a decoder in pieces cut anywhere (inside a character, inside a UTF-16
    /// unit, inside the BOM) gives the text the whole file gives.
    #[test]
    fn pieces_cut_anywhere_decode_as_the_whole() {
        let text = "Zażółć gęślą jaźń. 한국과 유럽연합은 반도체 협력을 강화했다.\n\n".repeat(40);
        let pl = "Zażółć gęślą jaźń, współpraca półprzewodników.\n\n".repeat(60);
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let cases: Vec<Vec<u8>> = vec![
            text.clone().into_bytes(),
            [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
            utf16,
            encoding_rs::WINDOWS_1250.encode(&pl).0.into_owned(),
        ];
        for bytes in cases {
            let whole = decode(&bytes).unwrap();
            for piece in [1, 2, 3, 7, 100] {
                let how = sniff(&bytes[..bytes.len().min(SNIFF_BYTES)], true).unwrap();
                let mut decoder = Decoder::new(how);
                let mut out = String::new();
                let chunks: Vec<&[u8]> = bytes.chunks(piece).collect();
                for (i, chunk) in chunks.iter().enumerate() {
                    decoder
                        .feed(chunk, i + 1 == chunks.len(), &mut out)
                        .unwrap();
                }
                assert_eq!(out, whole.text, "pieces of {piece} bytes");
            }
        }
    }

    #[test]
    fn bad_bytes_after_a_utf8_start_are_named_with_their_offset() {
        let mut bytes = "Współpraca.\n".repeat(10).into_bytes();
        let at = bytes.len() as u64;
        bytes.extend(b"\xff\xfe more");
        let how = sniff(&bytes[..20], false).unwrap();
        assert_eq!(how, Sniffed::UTF8);
        let mut out = String::new();
        let err = Decoder::new(how).feed(&bytes, true, &mut out).unwrap_err();
        assert_eq!(
            err,
            Unreadable::Malformed {
                encoding: "UTF-8",
                at
            }
        );
        assert!(err.to_string().contains(&format!("byte {at}")), "{err}");
    }
}
