//! `sitrep extract <FILE|DIR|URL|->…`: the article text and metadata of
//! pages or scraped text, as text, JSON, JSON Lines or Markdown.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use clap::ValueEnum;
use serde_json::json;
use sitrep_extract::{Extractor, Input, InputFormat, MAX_INPUT};
use sitrep_model::{BlockKind, Document};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The main text only (title first), blocks separated by blank lines.
    Txt,
    /// One pretty-printed JSON object per input.
    Json,
    /// One JSON object per line.
    Jsonl,
    /// Markdown: title, headings, lists and quotes marked up.
    Markdown,
}

/// Arguments.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Files, folders (every file inside, not recursing), http(s) URLs, or
    /// `-` for standard input. Gzipped files are recognised by their bytes.
    #[arg(required = true)]
    pub inputs: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Txt)]
    pub format: Format,
    /// Read inputs as HTML or plain text instead of deciding from the bytes.
    #[arg(long, value_parser = ["html", "text"])]
    pub input_format: Option<String>,
    /// Seconds to wait for a URL before giving up.
    #[arg(long, default_value_t = 20)]
    pub timeout: u64,
}

struct Source {
    name: String,
    url: Option<String>,
    charset: Option<String>,
    bytes: Vec<u8>,
}

fn read_limited(mut r: impl Read, what: &str) -> anyhow::Result<Vec<u8>> {
    let mut buf = Vec::new();
    r.by_ref()
        .take(MAX_INPUT as u64 * 4)
        .read_to_end(&mut buf)
        .with_context(|| format!("cannot read {what}"))?;
    Ok(buf)
}

fn fetch(url: &str, timeout: u64) -> anyhow::Result<Source> {
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(timeout)))
        .build()
        .into();
    let resp = agent
        .get(url)
        .header("User-Agent", concat!("sitrep/", env!("CARGO_PKG_VERSION")))
        .call()
        .map_err(|e| {
            anyhow::anyhow!("cannot fetch {url}: {e} (check the address and your network)")
        })?;
    let charset = resp
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .and_then(|ct| {
            ct.split(';').find_map(|p| {
                p.trim()
                    .strip_prefix("charset=")
                    .map(|c| c.trim_matches('"').to_string())
            })
        });
    let bytes = read_limited(resp.into_body().into_reader(), url)?;
    Ok(Source {
        name: url.to_string(),
        url: Some(url.to_string()),
        charset,
        bytes,
    })
}

fn file(path: &Path) -> anyhow::Result<Source> {
    let f = std::fs::File::open(path).with_context(|| format!("cannot open {}", path.display()))?;
    Ok(Source {
        name: path.display().to_string(),
        url: None,
        charset: None,
        bytes: read_limited(f, &path.display().to_string())?,
    })
}

fn expand(input: &str) -> anyhow::Result<Vec<PathBuf>> {
    let p = PathBuf::from(input);
    if p.is_dir() {
        let mut files: Vec<PathBuf> = std::fs::read_dir(&p)
            .with_context(|| format!("cannot list {}", p.display()))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        files.sort();
        Ok(files)
    } else {
        Ok(vec![p])
    }
}

fn to_json(doc: &Document) -> serde_json::Value {
    json!({
        "id": doc.id,
        "url": doc.url,
        "origin": doc.origin,
        "canonical_url": doc.canonical_url,
        "title": doc.title,
        "text": sitrep_extract::body_text(doc),
        "blocks": doc.blocks.iter().map(|b| json!({"kind": b.kind, "text": b.span.slice(&doc.text)})).collect::<Vec<_>>(),
        "authors": doc.authors,
        "date": doc.published_date(),
        "date_source": doc.published.as_ref().map(|p| p.source),
        "modified": doc.modified,
        "site": doc.site,
        "description": doc.description,
        "language": doc.language,
        "comments": doc.comments,
        "related": doc.related,
    })
}

fn markdown(doc: &Document) -> String {
    let mut out = String::new();
    for b in &doc.blocks {
        let t = b.span.slice(&doc.text);
        match b.kind {
            BlockKind::Title => out.push_str(&format!("# {t}\n\n")),
            BlockKind::Heading => out.push_str(&format!("## {t}\n\n")),
            BlockKind::ListItem => out.push_str(&format!("- {t}\n\n")),
            BlockKind::Quote => out.push_str(&format!("> {t}\n\n")),
            BlockKind::TableRow => out.push_str(&format!("| {} |\n\n", t.replace('\t', " | "))),
            BlockKind::Paragraph => out.push_str(&format!("{t}\n\n")),
        }
    }
    out
}

/// Runs the subcommand.
pub fn run(args: Args) -> anyhow::Result<()> {
    let ex = Extractor::new();
    let format = match args.input_format.as_deref() {
        Some("html") => InputFormat::Html,
        Some("text") => InputFormat::Text,
        _ => InputFormat::Auto,
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut failures = 0;
    let mut total = 0;
    let mut last_error: Option<anyhow::Error> = None;
    for input in &args.inputs {
        let sources: Vec<anyhow::Result<Source>> = if input == "-" {
            vec![
                read_limited(std::io::stdin(), "standard input").map(|bytes| Source {
                    name: "-".into(),
                    url: None,
                    charset: None,
                    bytes,
                }),
            ]
        } else if input.starts_with("http://") || input.starts_with("https://") {
            vec![fetch(input, args.timeout)]
        } else {
            expand(input)?.iter().map(|p| file(p)).collect()
        };
        for src in sources {
            total += 1;
            let src = match src {
                Ok(s) => s,
                Err(e) => {
                    failures += 1;
                    if let Some(prev) = last_error.replace(e) {
                        eprintln!("sitrep extract: {prev:#}");
                    }
                    continue;
                }
            };
            let doc = ex.extract(&Input {
                bytes: &src.bytes,
                url: src.url.as_deref(),
                origin: if src.url.is_none() {
                    Some(&src.name)
                } else {
                    None
                },
                charset: src.charset.as_deref(),
                format,
            });
            let doc = match doc {
                Ok(d) => d,
                Err(e) => {
                    failures += 1;
                    let e = anyhow::anyhow!("{}: {e}", src.name);
                    if let Some(prev) = last_error.replace(e) {
                        eprintln!("sitrep extract: {prev:#}");
                    }
                    continue;
                }
            };
            match args.format {
                Format::Txt => writeln!(out, "{}\n", doc.text)?,
                Format::Markdown => write!(out, "{}", markdown(&doc))?,
                Format::Json => writeln!(out, "{}", serde_json::to_string_pretty(&to_json(&doc))?)?,
                Format::Jsonl => writeln!(out, "{}", serde_json::to_string(&to_json(&doc))?)?,
            }
        }
    }
    out.flush()?;
    match last_error {
        Some(e) if total == 1 => Err(e),
        Some(e) => {
            eprintln!("sitrep extract: {e:#}");
            if failures == total {
                bail!("no article extracted from any of the {total} inputs");
            }
            Ok(())
        }
        None => Ok(()),
    }
}
