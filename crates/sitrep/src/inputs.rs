//! Turning the command line's inputs (files, directories, JSON Lines, URLs,
//! standard input) into a lazy stream of raw documents, so that an ingest of
//! 100,000 files never holds more than a few of them in memory.

use std::fs::File;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::Duration;

use sitrep_extract::InputFormat;

/// Inputs larger than this are refused rather than read whole.
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// One raw document, as read from its source.
#[derive(Debug, Clone)]
pub struct RawDoc {
    /// Where it came from: a path, `path:line` for JSON Lines, a URL, `-`.
    pub origin: String,
    /// The bytes (un-gzipped).
    pub bytes: Vec<u8>,
    /// The URL it was fetched from or that its record names.
    pub url: Option<String>,
    /// The character set the server declared, if any.
    pub charset: Option<String>,
    /// What the bytes are.
    pub format: InputFormat,
    /// A title given by the input record, if any.
    pub title: Option<String>,
    /// A publication date given by the input record, if any.
    pub date: Option<String>,
    /// The language given by the input record (ISO 639-1), if any.
    pub language: Option<String>,
}

/// An input that could not be read, with what to do about it.
#[derive(Debug, Clone)]
pub struct InputFailure {
    /// The input.
    pub origin: String,
    /// What was wrong, and what to do.
    pub message: String,
}

impl std::fmt::Display for InputFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// One item of the stream.
pub type Item = Result<RawDoc, InputFailure>;

fn fail(origin: impl Into<String>, message: impl Into<String>) -> InputFailure {
    InputFailure {
        origin: origin.into(),
        message: message.into(),
    }
}

/// True for `http://` and `https://` addresses.
pub fn is_url(s: &str) -> bool {
    let l = s.get(..8).unwrap_or(s).to_ascii_lowercase();
    l.starts_with("http://") || l.starts_with("https://")
}

/// The stream of raw documents named by `args`, in order. Directories are
/// walked recursively (sorted, hidden entries skipped) for `.html`, `.htm`,
/// `.txt`, `.jsonl` and their `.gz` forms.
pub fn stream(args: &[String]) -> impl Iterator<Item = Item> + Send + '_ {
    args.iter()
        .flat_map(|arg| -> Box<dyn Iterator<Item = Item> + Send> {
            if arg == "-" {
                Box::new(std::iter::once(read_stdin()))
            } else if is_url(arg) {
                Box::new(std::iter::once(fetch(arg)))
            } else {
                let path = PathBuf::from(arg);
                if path.is_dir() {
                    Box::new(walk(path))
                } else {
                    from_file(path)
                }
            }
        })
}

fn walk(dir: PathBuf) -> impl Iterator<Item = Item> + Send {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'))
        .flat_map(|entry| -> Box<dyn Iterator<Item = Item> + Send> {
            match entry {
                Err(e) => {
                    let origin = e
                        .path()
                        .map(|p| p.display().to_string())
                        .unwrap_or_else(|| "directory".into());
                    Box::new(std::iter::once(Err(fail(
                        origin,
                        format!("cannot read: {e}; check permissions"),
                    ))))
                }
                Ok(e) if e.file_type().is_file() && kind_of(e.path()).is_some() => {
                    from_file(e.into_path())
                }
                Ok(_) => Box::new(std::iter::empty()),
            }
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FileKind {
    Html,
    Text,
    JsonLines,
}

/// What a file holds, by its name (`.gz` looked through).
fn kind_of(path: &Path) -> Option<FileKind> {
    let name = path.file_name()?.to_string_lossy().to_ascii_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.').map(|(_, e)| e)?;
    match ext {
        "html" | "htm" | "xhtml" => Some(FileKind::Html),
        "txt" | "text" => Some(FileKind::Text),
        "jsonl" | "ndjson" => Some(FileKind::JsonLines),
        _ => None,
    }
}

fn is_gzip(bytes: &[u8]) -> bool {
    bytes.starts_with(&[0x1f, 0x8b])
}

fn gunzip(origin: &str, bytes: &[u8]) -> Result<Vec<u8>, InputFailure> {
    let mut out = Vec::new();
    flate2::read::MultiGzDecoder::new(bytes)
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut out)
        .map_err(|e| {
            fail(
                origin,
                format!("gzip data is damaged ({e}); re-download the file"),
            )
        })?;
    if out.len() as u64 > MAX_INPUT_BYTES {
        return Err(fail(
            origin,
            format!(
                "uncompressed input exceeds {} MiB; split it",
                MAX_INPUT_BYTES >> 20
            ),
        ));
    }
    Ok(out)
}

fn read_limited(origin: &str, mut r: impl Read) -> Result<Vec<u8>, InputFailure> {
    let mut bytes = Vec::new();
    r.by_ref()
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(origin, format!("cannot read: {e}")))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(fail(
            origin,
            format!("input exceeds {} MiB; split it", MAX_INPUT_BYTES >> 20),
        ));
    }
    if is_gzip(&bytes) {
        bytes = gunzip(origin, &bytes)?;
    }
    Ok(bytes)
}

fn raw(origin: String, bytes: Vec<u8>, format: InputFormat) -> RawDoc {
    RawDoc {
        origin,
        bytes,
        url: None,
        charset: None,
        format,
        title: None,
        date: None,
        language: None,
    }
}

fn read_stdin() -> Item {
    let bytes = read_limited("-", std::io::stdin().lock())?;
    Ok(raw("-".into(), bytes, InputFormat::Auto))
}

fn from_file(path: PathBuf) -> Box<dyn Iterator<Item = Item> + Send> {
    let origin = path.display().to_string();
    let file = match File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            let hint = match e.kind() {
                std::io::ErrorKind::NotFound => "check the path",
                std::io::ErrorKind::PermissionDenied => "check its permissions",
                _ => "check the file",
            };
            return Box::new(std::iter::once(Err(fail(
                origin,
                format!("cannot open: {e}; {hint}"),
            ))));
        }
    };
    match kind_of(&path) {
        Some(FileKind::JsonLines) => Box::new(json_lines(origin, path, file)),
        kind => {
            let format = match kind {
                Some(FileKind::Html) => InputFormat::Html,
                Some(FileKind::Text) => InputFormat::Text,
                _ => InputFormat::Auto,
            };
            Box::new(std::iter::once(
                read_limited(&origin, file).map(|b| raw(origin.clone(), b, format)),
            ))
        }
    }
}

/// One article of a JSON Lines file.
#[derive(serde::Deserialize)]
struct Record {
    url: Option<String>,
    title: Option<String>,
    date: Option<String>,
    #[serde(alias = "lang")]
    language: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

fn json_lines(origin: String, path: PathBuf, file: File) -> impl Iterator<Item = Item> + Send {
    let gz = path
        .extension()
        .map(|e| e.eq_ignore_ascii_case("gz"))
        .unwrap_or(false);
    let reader: Box<dyn BufRead + Send> = if gz {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
    reader
        .split(b'\n')
        .enumerate()
        .filter_map(move |(i, line)| {
            let at = format!("{origin}:{}", i + 1);
            let line = match line {
                Ok(l) => l,
                Err(e) => return Some(Err(fail(at, format!("cannot read: {e}")))),
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                return None;
            }
            Some(record(at, &line))
        })
}

fn record(at: String, line: &[u8]) -> Item {
    let r: Record = serde_json::from_slice(line).map_err(|e| {
        fail(
            &at,
            format!("not a JSON object ({e}); each line must be {{\"url\",\"title\",\"date\",\"text\"|\"html\"}}"),
        )
    })?;
    let (bytes, format) = match (r.html, r.text) {
        (Some(h), _) => (h.into_bytes(), InputFormat::Html),
        (None, Some(t)) => {
            // Plain text: the title, when given, heads the text as it would
            // on the page.
            let t = match &r.title {
                Some(title)
                    if !title.trim().is_empty() && !t.trim_start().starts_with(title.trim()) =>
                {
                    format!("{}\n\n{}", title.trim(), t)
                }
                _ => t,
            };
            (t.into_bytes(), InputFormat::Text)
        }
        (None, None) => {
            return Err(fail(
                at,
                "the record has neither \"text\" nor \"html\"; add one",
            ));
        }
    };
    Ok(RawDoc {
        origin: at,
        bytes,
        url: r.url,
        charset: None,
        format,
        title: r.title,
        date: r.date,
        language: r.language,
    })
}

fn fetch(url: &str) -> Item {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_connect(Some(Duration::from_secs(15)))
        .timeout_global(Some(Duration::from_secs(60)))
        .user_agent(concat!("sitrep/", env!("CARGO_PKG_VERSION")))
        .build()
        .into();
    let resp = agent.get(url).call().map_err(|e| {
        fail(
            url,
            format!("cannot fetch: {e}; check the address and the network"),
        )
    })?;
    let content_type = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let charset = content_type.split(';').find_map(|p| {
        p.trim()
            .strip_prefix("charset=")
            .map(|c| c.trim_matches('"').to_string())
    });
    let bytes = read_limited(url, resp.into_body().into_reader())?;
    let format = if content_type.contains("html") {
        InputFormat::Html
    } else if content_type.starts_with("text/plain") {
        InputFormat::Text
    } else {
        InputFormat::Auto
    };
    Ok(RawDoc {
        origin: url.to_string(),
        bytes,
        url: Some(url.to_string()),
        charset,
        format,
        title: None,
        date: None,
        language: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_by_name() {
        assert_eq!(kind_of(Path::new("a/b.html.gz")), Some(FileKind::Html));
        assert_eq!(kind_of(Path::new("b.TXT")), Some(FileKind::Text));
        assert_eq!(kind_of(Path::new("b.jsonl")), Some(FileKind::JsonLines));
        assert_eq!(kind_of(Path::new("b.pdf")), None);
        assert_eq!(kind_of(Path::new("README")), None);
    }

    #[test]
    fn records_need_text_or_html() {
        let r = record(
            "x:1".into(),
            br#"{"url":"https://a.b/c","title":"T","text":"Body."}"#,
        )
        .unwrap();
        assert_eq!(r.bytes, b"T\n\nBody.");
        assert_eq!(r.url.as_deref(), Some("https://a.b/c"));
        let e = record("x:2".into(), br#"{"url":"u"}"#).unwrap_err();
        assert!(e.message.contains("neither"));
        let e = record("x:3".into(), b"not json").unwrap_err();
        assert!(e.message.contains("not a JSON object"));
    }

    #[test]
    fn truncated_gzip_is_an_error() {
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        std::io::Write::write_all(&mut enc, &b"hello world ".repeat(1000)).unwrap();
        let full = enc.finish().unwrap();
        assert!(read_limited("t", &full[..]).is_ok());
        let e = read_limited("t", &full[..full.len() / 2]).unwrap_err();
        assert!(e.message.contains("gzip"), "{}", e.message);
    }
}
