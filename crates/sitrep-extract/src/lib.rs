//! Article extraction: from what a crawler or scraper hands over (HTML bytes
//! in any encoding, raw or gzipped, or text already scraped from a page) to
//! the article a person would read, as a [`Document`] with its blocks and
//! metadata.
//!
//! Key design decision: **the container is found by text accounting, not by
//! site rules.** Every element of the page is credited with the prose below
//! it and debited with the link text and short non-prose lines below it (and
//! with everything under a descendant whose class or id names boilerplate:
//! comments, related, share, sidebar…); the element with the best balance is
//! the article. Structured data corrects it where the page provides it: when
//! JSON-LD gives an `articleBody`, blocks that it does not contain are
//! dropped, and if the markup yields little of it the `articleBody` itself
//! is used. Reasons:
//! - it carries over to pages, sites and languages never seen, which is what
//!   the held-out evaluation measures, and a listing page simply fails to
//!   have a container worth the name, which we report as
//!   [`ExtractError::NotAnArticle`];
//! - it needs one walk of the DOM and a map of per-element sums, so it is
//!   fast and its time is linear in the page.
//!
//! Bad input is bounded: pages are cut at [`MAX_INPUT`] bytes, the DOM is
//! walked iteratively to [`html::MAX_DEPTH`] levels, gzip output is capped.
#![deny(missing_docs)]

pub mod decode;
pub mod furniture;
pub mod html;
pub mod meta;
pub mod score;
pub mod text;

use std::collections::HashSet;
use std::sync::Arc;

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use sitrep_model::{document_id, Block, BlockKind, DateSource, Document, PublicationDate, Span};

/// The extractor's version, recorded in every event's provenance.
pub const VERSION: &str = concat!("sitrep-extract ", env!("CARGO_PKG_VERSION"));

/// The largest input read, in bytes (after decompression): longer inputs are
/// cut there. News pages are far below it (the benchmark's largest is about
/// 1.5 MB); the cap keeps time and memory bounded on 50 MB pages.
pub const MAX_INPUT: usize = 8 * 1024 * 1024;

/// Markup nested deeper than this (by a cheap tag count) is cut before
/// parsing; see [`html::nesting_prefix`].
pub const MAX_NESTING: usize = 1000;

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
    /// The raw bytes (gzip is detected by its magic number and inflated).
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
    #[error("the input is not text (binary data: {reason}); give an HTML page or plain text")]
    NotText {
        /// What gave it away.
        reason: String,
    },
    /// The input starts like gzip but does not inflate.
    #[error("the input looks gzip-compressed but does not decompress ({reason}); the file may be truncated")]
    BadGzip {
        /// The decompressor's complaint.
        reason: String,
    },
    /// The page has text, but no article: a listing, an index, a form.
    #[error("no article on this page: {reason}")]
    NotAnArticle {
        /// Why the page was judged not to be an article.
        reason: String,
    },
}

/// The extraction stage. Build once, share across threads.
#[derive(Clone)]
pub struct Extractor {
    detector: Arc<LanguageDetector>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").finish_non_exhaustive()
    }
}

impl Default for Extractor {
    fn default() -> Self {
        Self::new()
    }
}

/// Languages the detector chooses among (a modest set keeps the binary
/// small; the design assumes none of them).
pub const LANGUAGES: &[Language] = &[
    Language::English,
    Language::French,
    Language::German,
    Language::Spanish,
    Language::Italian,
    Language::Portuguese,
    Language::Dutch,
    Language::Russian,
    Language::Arabic,
    Language::Chinese,
];

/// Bytes of text given to the language detector: its cost grows with the
/// sample (1,500 bytes took about half of all extraction time), and a few
/// sentences of article text are enough to tell these languages apart.
const LANG_SAMPLE: usize = 300;
/// Below this many letters the text is too short to judge; `<html lang>`
/// decides.
const LANG_MIN: usize = 40;

impl Extractor {
    /// An extractor with the default settings; loads the language models
    /// once (low-accuracy mode: trigram models, ample for article-length
    /// text, much lighter and faster than the high-accuracy ones).
    pub fn new() -> Self {
        let detector = LanguageDetectorBuilder::from_languages(LANGUAGES)
            .with_low_accuracy_mode()
            .with_preloaded_language_models()
            .build();
        Extractor {
            detector: Arc::new(detector),
        }
    }

    /// The ISO 639-1 code of the language of `text`, if it is long enough
    /// to judge.
    pub fn language(&self, text: &str) -> Option<String> {
        let mut end = text.len().min(LANG_SAMPLE);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let sample = &text[..end];
        if sample.chars().filter(|c| c.is_alphabetic()).count() < LANG_MIN {
            return None;
        }
        self.detector
            .detect_language_of(sample)
            .map(|l| l.iso_code_639_1().to_string())
    }

    /// Extracts the article from one input.
    pub fn extract(&self, input: &Input<'_>) -> Result<Document, ExtractError> {
        let inflated;
        let mut bytes = input.bytes;
        if decode::is_gzip(bytes) {
            inflated = decode::gunzip(bytes, MAX_INPUT)?;
            bytes = &inflated;
        }
        if bytes.len() > MAX_INPUT {
            bytes = &bytes[..MAX_INPUT];
        }
        if bytes.iter().all(|b| b.is_ascii_whitespace()) {
            return Err(ExtractError::Empty);
        }
        check_binary(bytes)?;
        let html = match input.format {
            InputFormat::Html => true,
            InputFormat::Text => false,
            InputFormat::Auto => looks_like_html(bytes),
        };
        let (text, _) = decode::decode(bytes, input.charset, html);
        let mut doc = if html {
            self.html_article(&text, input.url)?
        } else {
            self.text_article(&text)?
        };
        doc.url = input.url.map(str::to_string);
        doc.origin = input.origin.map(str::to_string);
        doc.id = document_id(doc.canonical_url.as_deref().or(input.url), &doc.text);
        Ok(doc)
    }

    fn text_article(&self, text: &str) -> Result<Document, ExtractError> {
        let art = text::extract_text(text);
        if art.blocks.is_empty() {
            return Err(ExtractError::Empty);
        }
        let mut doc = Document::default();
        assemble(&mut doc, art.blocks.iter().map(|(k, t)| (*k, t.as_str())));
        doc.title = art
            .blocks
            .first()
            .filter(|(k, _)| *k == BlockKind::Title)
            .map(|(_, t)| t.clone());
        doc.related = art.related;
        doc.comments = art.comments;
        doc.language = self.language(body_text(&doc));
        if let Some(d) = meta::text_date(&doc.text[..floor(&doc.text, 2000)]) {
            doc.published = Some(PublicationDate {
                date: d,
                source: DateSource::Text,
            });
        }
        Ok(doc)
    }

    fn html_article(&self, text: &str, url: Option<&str>) -> Result<Document, ExtractError> {
        let page = scraper::Html::parse_document(html::nesting_prefix(text, MAX_NESTING));
        let meta = meta::read(&page, url);
        let raw = html::blocks(&page);
        let content = html::content(&page, &raw);
        let mut body: Vec<(BlockKind, String)> = content
            .blocks
            .iter()
            .map(|b| (b.kind, b.text.clone()))
            .collect();

        // Title: the JSON-LD headline, else an <h1> that the page title
        // contains, else the page title.
        let mut h1s = raw
            .iter()
            .filter(|b| b.h1 && b.chars > 3)
            .map(|b| b.text.as_str());
        let title = match &meta.title {
            Some(t) => Some(
                h1s.filter(|h| t.contains(h))
                    .max_by_key(|h| h.len())
                    .unwrap_or(t)
                    .to_string(),
            ),
            None => h1s.next().map(str::to_string),
        };
        // The title is not repeated in the body.
        if let Some(t) = &title {
            body.retain(|(_, b)| b != t);
        }

        if let Some(ab) = &meta.article_body {
            refine_with_article_body(&mut body, &raw, ab);
        }

        let body_chars: usize = body.iter().map(|(_, t)| t.len()).sum();
        if meta.is_listing && !meta.is_article {
            return Err(ExtractError::NotAnArticle {
                reason: "the page declares itself a list or collection (JSON-LD) and no article"
                    .into(),
            });
        }
        if !meta.is_article
            && content.link_headings >= 4
            && content.link_headings * 2 > body.len() / 2
        {
            return Err(ExtractError::NotAnArticle {
                reason: format!(
                    "the main block is a list of {} linked headlines (an index or listing page)",
                    content.link_headings
                ),
            });
        }
        let prose_blocks = body.iter().filter(|(_, t)| text::is_prose(t)).count();
        if body_chars < 200 || (prose_blocks < 2 && body_chars < 500 && !meta.is_article) {
            return Err(ExtractError::NotAnArticle {
                reason: format!(
                    "only {body_chars} characters of article-like text ({prose_blocks} prose blocks) among {} characters of page text",
                    raw.iter().map(|b| b.chars).sum::<usize>()
                ),
            });
        }

        let mut doc = Document::default();
        let mut all: Vec<(BlockKind, &str)> = Vec::with_capacity(body.len() + 1);
        if let Some(t) = &title {
            all.push((BlockKind::Title, t.as_str()));
        }
        all.extend(body.iter().map(|(k, t)| (*k, t.as_str())));
        assemble(&mut doc, all.into_iter());
        doc.title = title;
        doc.authors = meta.authors;
        doc.published = meta.published.or_else(|| {
            meta::text_date(&doc.text[..floor(&doc.text, 3000)]).map(|date| PublicationDate {
                date,
                source: DateSource::Text,
            })
        });
        doc.modified = meta.modified;
        doc.site = meta.site;
        doc.canonical_url = meta.canonical;
        doc.description = meta.description;
        doc.related = content.related;
        doc.language = self.language(body_text(&doc)).or(meta.html_lang);
        Ok(doc)
    }
}

fn floor(s: &str, at: usize) -> usize {
    let mut i = at.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The text after the title block.
pub fn body_text(doc: &Document) -> &str {
    match doc.blocks.iter().find(|b| b.kind != BlockKind::Title) {
        Some(b) => &doc.text[b.span.start as usize..],
        None => "",
    }
}

fn assemble<'a>(doc: &mut Document, blocks: impl Iterator<Item = (BlockKind, &'a str)>) {
    for (kind, t) in blocks {
        let t = t.trim();
        if t.is_empty() {
            continue;
        }
        if !doc.text.is_empty() {
            doc.text.push_str("\n\n");
        }
        let start = doc.text.len();
        doc.text.push_str(t);
        doc.blocks.push(Block {
            kind,
            span: Span::new(start, doc.text.len()),
        });
    }
}

fn lower_tokens(t: &str) -> Vec<String> {
    score::tokens(t)
        .into_iter()
        .map(str::to_lowercase)
        .collect()
}

/// Uses the page's JSON-LD `articleBody` to correct the markup's blocks:
/// keeps the blocks it contains; when the markup holds less than half of it,
/// takes blocks from anywhere on the page that it contains; when that still
/// falls short, uses the `articleBody` paragraphs themselves.
fn refine_with_article_body(body: &mut Vec<(BlockKind, String)>, raw: &[html::RawBlock], ab: &str) {
    let ab_tokens = lower_tokens(ab);
    let dom_tokens: usize = body.iter().map(|(_, t)| score::tokens(t).len()).sum();
    // A short articleBody is a summary or a paywall teaser, not the body.
    if ab_tokens.len() < 30 || ab_tokens.len() * 2 < dom_tokens {
        return;
    }
    let ab_words: HashSet<&str> = ab_tokens.iter().map(String::as_str).collect();
    let ab_shingles: HashSet<[&str; 3]> = ab_tokens
        .windows(3)
        .map(|w| [w[0].as_str(), w[1].as_str(), w[2].as_str()])
        .collect();
    // Share of a block's trigrams (or words, for short blocks) in the body.
    let share = |t: &str| -> f64 {
        let toks = lower_tokens(t);
        if toks.len() < 3 {
            if toks.is_empty() {
                return 0.0;
            }
            return toks
                .iter()
                .filter(|w| ab_words.contains(w.as_str()))
                .count() as f64
                / toks.len() as f64;
        }
        let n = toks.len() - 2;
        toks.windows(3)
            .filter(|w| ab_shingles.contains(&[w[0].as_str(), w[1].as_str(), w[2].as_str()]))
            .count() as f64
            / n as f64
    };
    let coverage = |blocks: &[(BlockKind, String)]| -> f64 {
        let mut seen: HashSet<[&str; 3]> = HashSet::new();
        let mut toks_all = Vec::new();
        for (_, t) in blocks {
            toks_all.extend(lower_tokens(t));
        }
        for w in toks_all.windows(3) {
            let k = [w[0].as_str(), w[1].as_str(), w[2].as_str()];
            if let Some(s) = ab_shingles.get(&k) {
                seen.insert(*s);
            }
        }
        seen.len() as f64 / ab_shingles.len().max(1) as f64
    };
    let filtered: Vec<(BlockKind, String)> = body
        .iter()
        .filter(|(_, t)| share(t) >= 0.5)
        .cloned()
        .collect();
    let cov = coverage(&filtered);
    if cov >= 0.5 {
        *body = filtered;
        return;
    }
    // Blocks from anywhere on the page that the articleBody contains.
    let mut picked: Vec<(BlockKind, String)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for b in raw {
        if b.h1 || !seen.insert(b.text.as_str()) {
            continue;
        }
        if score::tokens(&b.text).len() >= 4 && share(&b.text) >= 0.8 {
            picked.push((b.kind, b.text.clone()));
        }
    }
    let cov_picked = coverage(&picked);
    if cov_picked >= 0.6 && cov_picked > cov {
        *body = picked;
    } else if cov_picked.max(cov) < 0.4 {
        *body = ab
            .split('\n')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(|p| (BlockKind::Paragraph, p.to_string()))
            .collect();
    }
}

fn looks_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(|b| b.to_ascii_lowercase()).collect();
    let has = |n: &[u8]| lower.windows(n.len()).any(|w| w == n);
    let first = head.iter().find(|b| !b.is_ascii_whitespace());
    first == Some(&b'<')
        || has(b"<html")
        || has(b"<!doctype")
        || has(b"<body")
        || has(b"<div")
        || has(b"<p>")
}

/// Rejects binary data: NUL bytes or many control characters in the first
/// 8 KiB (UTF-16 is recognised by its BOM before this).
fn check_binary(bytes: &[u8]) -> Result<(), ExtractError> {
    if encoding_rs::Encoding::for_bom(bytes).is_some() {
        return Ok(());
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(ExtractError::NotText {
            reason: format!("a NUL byte at offset {pos}"),
        });
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if controls * 20 > head.len() {
        return Err(ExtractError::NotText {
            reason: format!("{controls} control bytes in the first {} bytes", head.len()),
        });
    }
    Ok(())
}
