//! An HTML file's character encoding, and where its decoded text lies in the file.
//!
//! The order a browser follows, shortened: a byte-order mark; else the bytes are taken
//! as UTF-8 when they are valid UTF-8 (a legacy encoding almost never is, so a stale
//! `<meta charset>` left in a page saved as UTF-8 does not garble it); else the
//! `<meta charset>` or `http-equiv` declaration in the first bytes; else chardetng.
//!
//! Spans must point into the file as it is on disk, so for a transcoded file an
//! [`OffsetMap`] turns offsets in the decoded text back into the file's byte offsets
//! (lines are the same in both: every supported encoding keeps `\n` a line break).

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8};

use crate::corpus::decode::Unreadable;

/// How far into the file a `<meta charset>` declaration is looked for (the HTML
/// standard's prescan reads 1024 bytes; pages with long comments first put it later).
const PRESCAN_BYTES: usize = 4096;

/// A decoded HTML file.
pub(super) struct Source<'a> {
    /// The text.
    pub text: Cow<'a, str>,
    /// The encoding's name, when it was not plain UTF-8.
    pub transcoded_from: Option<&'static str>,
    /// Decoded offsets to file offsets.
    pub map: OffsetMap,
}

/// Decodes `bytes`; see the module documentation.
pub(super) fn decode(bytes: &[u8]) -> Result<Source<'_>, Unreadable> {
    let (encoding, bom) = match Encoding::for_bom(bytes) {
        Some((enc, bom)) => (enc, bom),
        None => {
            if let Ok(text) = std::str::from_utf8(bytes) {
                return Ok(Source {
                    text: Cow::Borrowed(text),
                    transcoded_from: None,
                    map: OffsetMap::Identity,
                });
            }
            (declared(bytes).unwrap_or_else(|| detect(bytes)), 0)
        }
    };
    let body = &bytes[bom..];
    let (text, encoding) = match encoding.decode_without_bom_handling_and_without_replacement(body)
    {
        Some(text) => (text, encoding),
        // The declaration was wrong: ask the detector before giving up.
        None => {
            let detected = detect(body);
            let text = detected
                .decode_without_bom_handling_and_without_replacement(body)
                .ok_or(Unreadable::UnknownEncoding)?;
            (text, detected)
        }
    };
    let map = OffsetMap::new(&text, encoding, bom, bytes);
    let name = if encoding == UTF_8 {
        "UTF-8 with BOM"
    } else {
        encoding.name()
    };
    Ok(Source {
        text: Cow::Owned(text.into_owned()),
        transcoded_from: Some(name),
        map,
    })
}

fn detect(bytes: &[u8]) -> &'static Encoding {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    detector.guess(None, chardetng::Utf8Detection::Allow)
}

/// The encoding a `<meta charset=...>` or `<meta http-equiv="Content-Type"
/// content="...; charset=...">` near the start of the file declares.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN_BYTES)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut i = from + at + b"charset".len();
        from = i;
        while lower.get(i).is_some_and(|b| b.is_ascii_whitespace()) {
            i += 1;
        }
        if lower.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while lower
            .get(i)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            i += 1;
        }
        let end = lower[i..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
            .map_or(lower.len(), |n| i + n);
        if let Some(enc) = Encoding::for_label(&lower[i..end]) {
            // A file that declares UTF-16 but reached here has no BOM and is not UTF-16
            // text the prescan could read: the declaration is wrong (as browsers decide).
            if enc != UTF_16LE && enc != UTF_16BE {
                return Some(enc);
            }
        }
    }
    None
}

/// Offsets in the decoded text to byte offsets in the file.
pub(super) enum OffsetMap {
    /// The text is the file.
    Identity,
    /// A transcoded file: where each decoded line starts, in the file.
    Transcoded {
        encoding: &'static Encoding,
        /// Decoded offset of each line's start.
        decoded_starts: Vec<usize>,
        /// File offset of each line's start.
        file_starts: Vec<usize>,
        /// The file's length: no offset is past it.
        file_len: usize,
    },
}

impl OffsetMap {
    /// The map of `text`, decoded from `file` (a BOM of `bom` bytes, then `encoding`).
    fn new(text: &str, encoding: &'static Encoding, bom: usize, file: &[u8]) -> OffsetMap {
        let decoded_starts: Vec<usize> = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        // In an ASCII-compatible encoding a line feed is the byte 0x0A and no byte of a
        // multi-byte character is: the file's own line feeds are where lines start.
        // Re-encoding the text would not do: some decoded characters (Big5's HKSCS ones)
        // do not encode back, or not to the same bytes.
        let feeds: Vec<usize> = std::iter::once(bom)
            .chain(memchr::memchr_iter(b'\n', &file[bom..]).map(|i| bom + i + 1))
            .collect();
        let file_starts = if encoding.is_ascii_compatible() && feeds.len() == decoded_starts.len() {
            feeds
        } else {
            let mut file_starts = vec![bom];
            let mut at = bom;
            for pair in decoded_starts.windows(2) {
                at += encoded_len(encoding, &text[pair[0]..pair[1]]);
                file_starts.push(at.min(file.len()));
            }
            file_starts
        };
        OffsetMap::Transcoded {
            encoding,
            decoded_starts,
            file_starts,
            file_len: file.len(),
        }
    }

    /// The file offset of decoded offset `at` (a character boundary of `text`).
    pub fn file_offset(&self, text: &str, at: usize) -> usize {
        match self {
            OffsetMap::Identity => at,
            OffsetMap::Transcoded {
                encoding,
                decoded_starts,
                file_starts,
                file_len,
            } => {
                let line = decoded_starts.partition_point(|&s| s <= at).max(1) - 1;
                // Within its line: the line's end (its line feed) bounds a character
                // that encodes back to more bytes than it was read from.
                let line_end = file_starts
                    .get(line + 1)
                    .map_or(*file_len, |next| next.saturating_sub(1));
                let offset =
                    file_starts[line] + encoded_len(encoding, &text[decoded_starts[line]..at]);
                offset.min(line_end.max(file_starts[line]))
            }
        }
    }
}

/// How many bytes `text` takes in `encoding`.
fn encoded_len(encoding: &'static Encoding, text: &str) -> usize {
    if encoding == UTF_8 {
        text.len()
    } else if encoding == UTF_16LE || encoding == UTF_16BE {
        text.encode_utf16().count() * 2
    } else if text.is_ascii() {
        text.len()
    } else {
        encoding.encode(text).0.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(bytes: &[u8]) -> (String, Option<&'static str>) {
        let s = decode(bytes).unwrap();
        (s.text.into_owned(), s.transcoded_from)
    }

    #[test]
    fn encodings_from_bom_declaration_or_detection() {
        let (win1250, _, _) =
            encoding_rs::WINDOWS_1250.encode("<p>Współpraca gospodarcza i żegluga</p>");
        let mut declared = b"<meta charset=\"windows-1250\">".to_vec();
        declared.extend_from_slice(&win1250);
        let (euc_kr, _, _) =
            encoding_rs::EUC_KR.encode("<p>한국과 폴란드는 반도체 협력을 강화하기로 합의했다</p>");
        let mut http_equiv =
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\">".to_vec();
        http_equiv.extend_from_slice(&euc_kr);
        let mut bom = b"\xEF\xBB\xBF".to_vec();
        bom.extend_from_slice("<p>zażółć</p>".as_bytes());
        let cases: Vec<(&[u8], &str, Option<&str>)> = vec![
            ("<p>zażółć</p>".as_bytes(), "zażółć", None),
            (&bom, "zażółć", Some("UTF-8 with BOM")),
            (&declared, "Współpraca", Some("windows-1250")),
            (&http_equiv, "반도체", Some("EUC-KR")),
            (&euc_kr, "반도체", Some("EUC-KR")),
        ];
        for (bytes, needle, from) in cases {
            let (text, got) = decoded(bytes);
            assert!(text.contains(needle), "{text}");
            assert_eq!(got, from, "{text}");
        }
    }

    #[test]
    fn a_stale_declaration_does_not_garble_utf8() {
        let page = "<meta charset=\"iso-8859-2\"><p>Współpraca</p>";
        assert_eq!(decoded(page.as_bytes()).0, page);
    }

    #[test]
    fn decoded_offsets_map_to_file_offsets() {
        let text = "<p>한국\n<b>반도체</b> 협력</p>";
        let (bytes, _, _) = encoding_rs::EUC_KR.encode(text);
        let source = decode(&bytes).unwrap();
        let at = source.text.find("협력").unwrap();
        let file_at = source.map.file_offset(&source.text, at);
        let (want, _, _) = encoding_rs::EUC_KR.encode("협력");
        assert_eq!(&bytes[file_at..file_at + want.len()], &want[..]);
    }

    /// Found by the `html` fuzz target: two bytes the detector reads as Big5, whose
    /// HKSCS character Big5's encoder does not write back (it writes `&#...;`), so the
    /// offset counted by re-encoding ran past the end of the file.
    #[test]
    fn offsets_stay_in_the_file_when_characters_do_not_encode_back() {
        let bytes = b"\x87\xb2";
        let source = decode(bytes).unwrap();
        assert!(source.transcoded_from.is_some());
        let end = source.text.len();
        assert!(source.map.file_offset(&source.text, end) <= bytes.len());
        // Lines start where the file's line feeds are, whatever came before them.
        let bytes = b"<p>\x87\xb2\x87\xb2</p>\n<p>next</p>";
        let source = decode(bytes).unwrap();
        let at = source.text.find("next").unwrap();
        let file_at = source.map.file_offset(&source.text, at);
        assert_eq!(&bytes[file_at..file_at + 4], b"next");
    }
}
