//! Bytes to text: gzip, byte-order marks, declared and detected encodings.
//!
//! The order follows the HTML standard's encoding sniffing, simplified: a BOM
//! wins, then the charset the caller was given (the HTTP header), then a
//! `<meta charset>` / `http-equiv` declaration in the first 4 KiB, then
//! detection by `chardetng`. A declaration that is plainly wrong (the bytes
//! are not valid in it, while they are valid UTF-8) yields to UTF-8: pages
//! mislabelled as Latin-1 but written in UTF-8 are common.

use std::io::Read;

use encoding_rs::{Encoding, UTF_8};

use crate::ExtractError;

/// True when the bytes start with the gzip magic number.
pub fn is_gzip(bytes: &[u8]) -> bool {
    bytes.len() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b
}

/// Decompresses gzip data, reading at most `limit` bytes of output.
///
/// Truncated or corrupt streams give [`ExtractError::BadGzip`]; output past
/// `limit` is cut (the caller's size cap applies to the decompressed page,
/// so a small "gzip bomb" cannot take unbounded memory).
pub fn gunzip(bytes: &[u8], limit: usize) -> Result<Vec<u8>, ExtractError> {
    let mut out = Vec::with_capacity(bytes.len().saturating_mul(4).min(limit));
    let decoder = flate2::read::MultiGzDecoder::new(bytes);
    decoder
        .take(limit as u64)
        .read_to_end(&mut out)
        .map_err(|e| ExtractError::BadGzip {
            reason: e.to_string(),
        })?;
    Ok(out)
}

/// Decodes `bytes` to a string, choosing the encoding as described in the
/// module documentation. Returns the text and the encoding's name.
pub fn decode(bytes: &[u8], declared: Option<&str>, html: bool) -> (String, &'static str) {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return (text.into_owned(), enc.name());
    }
    let declared = declared
        .and_then(|c| Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| if html { meta_charset(bytes) } else { None });
    let utf8_ok = std::str::from_utf8(bytes).is_ok();
    let enc = match declared {
        // UTF-16 cannot be declared from inside an ASCII-compatible page.
        Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => UTF_8,
        Some(e) if e != UTF_8 && utf8_ok && !bytes.is_ascii() => UTF_8,
        Some(e) => e,
        None if utf8_ok => UTF_8,
        None => {
            let mut det = chardetng::EncodingDetector::new();
            det.feed(bytes, true);
            det.guess(None, true)
        }
    };
    let (text, _, _) = enc.decode(bytes);
    (text.into_owned(), enc.name())
}

/// The encoding a `<meta charset=…>` or `<meta http-equiv=content-type
/// content="…; charset=…">` names in the first 4 KiB, if any.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"<meta") {
        let start = from + pos;
        let end = lower[start..]
            .iter()
            .position(|&b| b == b'>')
            .map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(cs) = find(tag, b"charset") {
            let rest = &tag[cs + 7..];
            let rest = trim_start(rest);
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = trim_start(rest);
                let rest = rest
                    .strip_prefix(b"\"")
                    .or_else(|| rest.strip_prefix(b"'"))
                    .unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|&b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if let Some(enc) = Encoding::for_label(&rest[..len]) {
                    return Some(enc);
                }
            }
        }
        from = end;
        if from >= lower.len() {
            break;
        }
    }
    None
}

fn trim_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_is_read() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><body>caf\xe9</body>";
        let (text, enc) = decode(page, None, true);
        assert_eq!(enc, "windows-1252");
        assert!(text.contains("café"));
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">\xe0 Paris";
        let (text, _) = decode(page, None, true);
        assert!(text.contains("à Paris"));
    }

    #[test]
    fn mislabelled_utf8_is_read_as_utf8() {
        let page = "<meta charset=iso-8859-1><p>Élysée à Sotchi</p>".as_bytes();
        let (text, enc) = decode(page, None, true);
        assert_eq!(enc, "UTF-8");
        assert!(text.contains("Élysée à Sotchi"));
    }

    #[test]
    fn bom_and_caller_charset() {
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("déjà".as_bytes());
        assert_eq!(decode(&b, Some("latin1"), false).0, "déjà");
        assert_eq!(decode(b"d\xe9j\xe0", Some("latin1"), false).0, "déjà");
    }

    #[test]
    fn undeclared_legacy_bytes_are_detected() {
        let text = "Le président a déclaré à la presse que la sécurité était une priorité; les élèves étaient là.";
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(text);
        let (back, _) = decode(&bytes, None, false);
        assert_eq!(back, text);
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&[b'a'; 10_000]).unwrap();
        let gz = enc.finish().unwrap();
        assert!(is_gzip(&gz));
        assert_eq!(gunzip(&gz, 1 << 20).unwrap().len(), 10_000);
        assert_eq!(gunzip(&gz, 100).unwrap().len(), 100);
        assert!(matches!(
            gunzip(&gz[..gz.len() / 2], 1 << 20),
            Err(ExtractError::BadGzip { .. })
        ));
    }
}
