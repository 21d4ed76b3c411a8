//! Documents, their text blocks and publication dates.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{Event, Mention, Sentence};

/// A half-open byte range `[start, end)` into [`Document::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    /// The text this span covers, or `""` when it is out of range or not on
    /// character boundaries.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start as usize..self.end as usize)
            .unwrap_or("")
    }
    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start) as usize
    }
    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// Converts a byte offset into `text` to a character (Unicode scalar value)
/// offset, as the event JSON format reports spans.
pub fn char_offset(text: &str, byte: u32) -> u32 {
    let byte = (byte as usize).min(text.len());
    let mut b = byte;
    while b > 0 && !text.is_char_boundary(b) {
        b -= 1;
    }
    text[..b].chars().count() as u32
}

/// What role a block of text plays in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// The article's title.
    Title,
    /// A section heading inside the body.
    Heading,
    /// A body paragraph.
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A quotation set off from the body.
    Quote,
    /// One row of a table, cells separated by tabs.
    TableRow,
}

/// One block of the main text: a title, heading, paragraph, list item, quote
/// or table row, located in [`Document::text`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// The block's role.
    pub kind: BlockKind,
    /// Where the block lies in the document text.
    pub span: Span,
}

/// Where a document's publication date came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DateSource {
    /// The page's own metadata (JSON-LD, OpenGraph, meta tags, `<time>`).
    Metadata,
    /// A date pattern in the URL.
    Url,
    /// A date written in the visible text.
    Text,
    /// The input record (a JSONL field) or the caller (`--date`).
    Input,
}

/// The publication date of a document, with its provenance.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PublicationDate {
    /// ISO 8601 calendar date (`YYYY-MM-DD`).
    pub date: String,
    /// Where it came from.
    pub source: DateSource,
}

/// A document as it flows through the pipeline: the extracted article, then
/// the sentences, mentions and events that later stages hang on it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier: see [`document_id`].
    pub id: String,
    /// The address the document was read from, if any.
    pub url: Option<String>,
    /// The page's canonical address (`<link rel=canonical>`, `og:url`).
    pub canonical_url: Option<String>,
    /// The file or stream the document was read from, if not a URL.
    pub origin: Option<String>,
    /// The article's title.
    pub title: Option<String>,
    /// The main text: the title first when known, then the body blocks,
    /// separated by blank lines.
    pub text: String,
    /// The blocks of [`Document::text`], in order.
    pub blocks: Vec<Block>,
    /// Authors, as the page names them.
    pub authors: Vec<String>,
    /// The publication date.
    pub published: Option<PublicationDate>,
    /// The last-modified date (ISO 8601), when the page states one.
    pub modified: Option<String>,
    /// The site's name.
    pub site: Option<String>,
    /// The page's own summary.
    pub description: Option<String>,
    /// ISO 639-1 code of the text's language (`en`, `fr`).
    pub language: Option<String>,
    /// Reader comments, kept apart from the article.
    pub comments: Vec<String>,
    /// Related-article links (title or URL), kept apart from the article.
    pub related: Vec<String>,
    /// Sentences with their UD analysis (nlp stage).
    pub sentences: Vec<Sentence>,
    /// Actor, place and time mentions (code stage).
    pub mentions: Vec<Mention>,
    /// Coded events (code and resolve stages).
    pub events: Vec<Event>,
}

impl Document {
    /// The publication date as ISO text, if known.
    pub fn published_date(&self) -> Option<&str> {
        self.published.as_ref().map(|p| p.date.as_str())
    }
}

/// The identifier of a document: the first 16 hex digits of the SHA-256 of
/// its canonical URL when it has one, else of its text. Re-reading the same
/// article gives the same id, which is how the store keeps one copy.
pub fn document_id(canonical_url: Option<&str>, text: &str) -> String {
    let mut h = Sha256::new();
    match canonical_url {
        Some(u) if !u.trim().is_empty() => {
            h.update(b"url\0");
            h.update(u.trim().as_bytes());
        }
        _ => {
            h.update(b"text\0");
            h.update(text.as_bytes());
        }
    }
    let digest = h.finalize();
    digest[..8].iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_follow_url_then_text() {
        let a = document_id(Some("https://x.org/a"), "one");
        let b = document_id(Some("https://x.org/a"), "two");
        let c = document_id(None, "one");
        let d = document_id(None, "two");
        assert_eq!(a, b);
        assert_ne!(c, d);
        assert_ne!(a, c);
        assert_eq!(a.len(), 16);
    }

    #[test]
    fn char_offsets_count_scalars() {
        let t = "Poutine à Sotchi";
        let byte = t.find("Sotchi").unwrap() as u32;
        assert_eq!(char_offset(t, byte), 10);
        assert_eq!(byte, 11);
    }

    #[test]
    fn span_slice_is_safe() {
        let t = "à b";
        assert_eq!(Span::new(0, 1).slice(t), "");
        assert_eq!(Span::new(0, 2).slice(t), "à");
        assert_eq!(Span::new(2, 99).slice(t), "");
    }
}
