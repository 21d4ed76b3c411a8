//! Article extraction: from what a crawler or scraper hands over (HTML bytes
//! in any encoding, or text already scraped from a page) to the article a
//! person would read, as a [`Document`] with its blocks and metadata.
#![deny(missing_docs)]

use sitrep_model::{document_id, Block, BlockKind, Document, Span};

/// The extractor's version, recorded in every event's provenance.
pub const VERSION: &str = concat!("sitrep-extract ", env!("CARGO_PKG_VERSION"));

/// What the input bytes are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InputFormat {
    /// Decide from the bytes.
    #[default]
    Auto,
    /// An HTML page.
    Html,
    /// Plain text, possibly scraped from a page.
    Text,
}

/// One input to the extractor.
#[derive(Debug, Clone, Copy, Default)]
pub struct Input<'a> {
    /// The raw bytes (already un-gzipped).
    pub bytes: &'a [u8],
    /// The address it was fetched from, if any.
    pub url: Option<&'a str>,
    /// The file it was read from, if any.
    pub origin: Option<&'a str>,
    /// A character set declared by the caller (HTTP header), if any.
    pub charset: Option<&'a str>,
    /// What the bytes are.
    pub format: InputFormat,
}

/// Why an input yielded no article.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The input is empty or only whitespace.
    #[error("the input is empty")]
    Empty,
    /// The input is not text in any known encoding.
    #[error("the input is not text (binary data or an unknown encoding)")]
    NotText,
    /// The input is HTML, which this extractor does not read yet.
    #[error("HTML input is not supported by this build")]
    HtmlUnsupported,
}

/// The extraction stage. Build once, share across threads.
#[derive(Debug, Clone, Default)]
pub struct Extractor {}

impl Extractor {
    /// An extractor with the default settings.
    pub fn new() -> Self {
        Extractor {}
    }

    /// Extracts the article from one input.
    pub fn extract(&self, input: &Input<'_>) -> Result<Document, ExtractError> {
        let text = std::str::from_utf8(input.bytes).map_err(|_| ExtractError::NotText)?;
        let trimmed = text.trim_start();
        if input.format == InputFormat::Html
            || (input.format == InputFormat::Auto && trimmed.starts_with('<'))
        {
            return Err(ExtractError::HtmlUnsupported);
        }
        let mut doc = Document::default();
        for (i, para) in text
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .enumerate()
        {
            if !doc.text.is_empty() {
                doc.text.push_str("\n\n");
            }
            let start = doc.text.len();
            doc.text.push_str(para);
            let kind = if i == 0 {
                doc.title = Some(para.to_string());
                BlockKind::Title
            } else {
                BlockKind::Paragraph
            };
            doc.blocks.push(Block {
                kind,
                span: Span::new(start, doc.text.len()),
            });
        }
        if doc.text.is_empty() {
            return Err(ExtractError::Empty);
        }
        doc.url = input.url.map(str::to_string);
        doc.origin = input.origin.map(str::to_string);
        doc.id = document_id(doc.canonical_url.as_deref().or(input.url), &doc.text);
        Ok(doc)
    }
}
